package requirements

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/deps/internal/pyref"
	"github.com/krait-dev/krait/internal/deps/inventory"
	"github.com/krait-dev/krait/internal/deps/pep503"
)

// pipScript parses each requirements file named on stdin with pip's own
// requirements-file parser (no network: only local files, no finder) and
// reports each requirement's position, text, flags and hashes, plus its
// PEP 508 fields when packaging can parse the text.
const pipScript = `
import json, re, sys
from pip._internal.req.req_file import parse_requirements
from pip._internal.network.session import PipSession
from pip._vendor.packaging.requirements import Requirement
out = {}
session = PipSession()
for f in json.load(sys.stdin):
    rows = []
    for r in parse_requirements(f, session):
        m = re.match(r"-[rc] (.*) \(line (\d+)\)$", r.comes_from)
        row = {"file": m.group(1), "line": int(m.group(2)), "text": r.requirement,
               "editable": r.is_editable, "constraint": r.constraint, "hashes": [], "name": None}
        for algo, digests in ((r.options or {}).get("hashes") or {}).items():
            row["hashes"] += [algo + ":" + d for d in digests]
        if not r.is_editable:
            try:
                req = Requirement(r.requirement)
                row["name"] = req.name
                row["extras"] = sorted(req.extras)
                row["specs"] = sorted(str(s) for s in req.specifier)
                row["url"] = req.url or ""
                row["marker"] = req.marker is not None
            except Exception:
                pass
        rows.append(row)
    out[f] = rows
json.dump(out, sys.stdout)
`

type pipRow struct {
	File       string   `json:"file"`
	Line       int      `json:"line"`
	Text       string   `json:"text"`
	Editable   bool     `json:"editable"`
	Constraint bool     `json:"constraint"`
	Hashes     []string `json:"hashes"`
	Name       *string  `json:"name"`
	Extras     []string `json:"extras"`
	Specs      []string `json:"specs"`
	URL        string   `json:"url"`
	Marker     bool     `json:"marker"`
}

// TestDifferentialPip compares the fixtures pip accepts (pip stops at the
// first bad line and recurses forever on cycles, so bad.txt, hashes.txt and
// cycle/ are left out) with pip's parse_requirements.
func TestDifferentialPip(t *testing.T) {
	files := []string{"testdata/nested.txt", "testdata/kinds.txt", "testdata/crlf.txt"}
	var ref map[string][]pipRow
	version := pyref.Run(t, pipScript, files, &ref)
	t.Logf("pip's vendored packaging %s", version)
	for _, f := range files {
		pkgs, problems, err := Parse(context.Background(), f, Options{})
		if err != nil || len(problems) > 0 {
			t.Fatalf("%s: %v %v", f, problems, err)
		}
		rows := ref[f]
		if len(rows) != len(pkgs) {
			t.Errorf("%s: %d packages, pip %d", f, len(pkgs), len(rows))
			continue
		}
		for i, row := range rows {
			comparePip(t, pkgs[i], row)
		}
	}
}

func comparePip(t *testing.T, p inventory.Package, row pipRow) {
	t.Helper()
	where := filepath.ToSlash(p.File) + ":" + strings.TrimSpace(row.Text)
	if filepath.Clean(p.File) != filepath.Clean(row.File) || p.Line != row.Line {
		t.Errorf("%s: at %s:%d, pip %s:%d", where, p.File, p.Line, row.File, row.Line)
	}
	if (p.Source == inventory.SourceEditable) != row.Editable || p.Constraint != row.Constraint {
		t.Errorf("%s: source %s constraint %v, pip editable %v constraint %v", where, p.Source, p.Constraint, row.Editable, row.Constraint)
	}
	got := slices.Clone(p.Hashes)
	slices.Sort(got)
	want := slices.Clone(row.Hashes)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("%s: hashes %v, pip %v", where, got, want)
	}
	if row.Name == nil || (p.Source != inventory.SourcePyPI && p.URL != row.URL) {
		return
	}
	if p.Normalized != pep503.Normalize(*row.Name) {
		t.Errorf("%s: name %q, pip %q", where, p.Normalized, *row.Name)
	}
	extras := slices.Clone(p.Extras)
	slices.Sort(extras)
	if !slices.Equal(extras, row.Extras) && len(extras)+len(row.Extras) > 0 {
		t.Errorf("%s: extras %v, pip %v", where, extras, row.Extras)
	}
	var specs []string
	for _, s := range p.Specifiers {
		specs = append(specs, s.String())
	}
	slices.Sort(specs)
	if !slices.Equal(specs, row.Specs) && len(specs)+len(row.Specs) > 0 {
		t.Errorf("%s: specifiers %v, pip %v", where, specs, row.Specs)
	}
	if (p.Marker != "") != row.Marker {
		t.Errorf("%s: marker %q, pip has marker %v", where, p.Marker, row.Marker)
	}
}
