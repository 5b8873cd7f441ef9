package osv

import (
	"archive/zip"
	"io"
	"path/filepath"
	"slices"
	"testing"

	"github.com/krait-dev/krait/internal/deps/pep440"
	"github.com/krait-dev/krait/internal/testutil"
)

// loadSnapshot reads the PyPA advisory snapshot in ../shared (skipped when
// the shared data is missing, failing under CI=true).
func loadSnapshot(tb testing.TB) []Source {
	tb.Helper()
	path := filepath.Join(testutil.SharedDir(tb), "osv", "PyPI-pysec-2024-10.zip")
	zr, err := zip.OpenReader(path)
	if err != nil {
		tb.Fatalf("open %s: %v", path, err)
	}
	defer zr.Close()
	var srcs []Source
	for _, f := range zr.File {
		if filepath.Ext(f.Name) != ".json" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			tb.Fatalf("%s: %s: %v", path, f.Name, err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			tb.Fatalf("%s: %s: %v", path, f.Name, err)
		}
		srcs = append(srcs, Source{Name: f.Name, Data: data})
	}
	return srcs
}

// TestSnapshot runs the real PyPA database through parsing, indexing and
// a few queries whose answers are known.
func TestSnapshot(t *testing.T) {
	srcs := loadSnapshot(t)
	vulns, ws := ParseAll(srcs)
	for _, w := range ws {
		t.Logf("parse: %s", w)
	}
	if len(vulns) < 2600 {
		t.Fatalf("parsed %d of %d records", len(vulns), len(srcs))
	}
	ix := NewIndex(vulns)
	for _, w := range ix.Warnings() {
		t.Logf("index: %s", w)
	}
	t.Logf("%d documents, %d records indexed, %d parse and %d index warnings", len(srcs), ix.Len(), len(ws), len(ix.Warnings()))

	// CVE-2023-32681 in requests: PYSEC-2023-74, introduced 2.3.0, fixed 2.31.0.
	res := ix.Query("Requests", pep440.MustParse("2.30.0"))
	var ids []string
	for _, m := range res.Matches {
		ids = append(ids, m.IDs...)
		if m.ID == "PYSEC-2023-74" {
			if m.Fix != "2.31.0" || !slices.Contains(m.Aliases, "CVE-2023-32681") || !slices.Contains(m.Aliases, "GHSA-j8r2-6x86-q33q") {
				t.Errorf("PYSEC-2023-74 match = %+v", m)
			}
		}
	}
	if !slices.Contains(ids, "PYSEC-2023-74") {
		t.Errorf("requests 2.30.0: PYSEC-2023-74 not among %v", ids)
	}
	for _, m := range ix.Query("requests", pep440.MustParse("2.31.0")).Matches {
		if m.ID == "PYSEC-2023-74" {
			t.Error("requests 2.31.0 matched PYSEC-2023-74")
		}
	}
	// osv.dev expanded each record's ranges into its versions list; the
	// ranges alone must cover the list, except where the list itself is
	// off: pre-releases of an introduced version (PYSEC-2023-61 lists
	// 3.2a1 under introduced 3.2, which PEP 440 orders before it) and
	// versions at or past the fix (PYSEC-2023-177 lists 23.9.0, its fixed
	// version).
	known := map[string]bool{"PYSEC-2023-61": true, "PYSEC-2023-177": true}
	listed, uncovered := 0, 0
	for _, v := range vulns {
		for _, af := range v.Affected {
			if len(af.Versions) == 0 || len(af.Ranges) == 0 {
				continue
			}
			rangesOnly := &Vulnerability{ID: v.ID, Affected: []Affected{{Package: af.Package, Ranges: af.Ranges}}}
			a := Compile(rangesOnly)
			for _, s := range af.Versions {
				listed++
				if _, ok := a.Affects(af.Package.Name, pep440.ParseLoose(s)); !ok {
					uncovered++
					if !known[v.ID] {
						t.Errorf("%s: %s %s is listed but outside the ranges %+v", v.ID, af.Package.Name, s, af.Ranges)
					}
				}
			}
		}
	}
	t.Logf("%d listed versions, %d outside the ranges", listed, uncovered)

	// Withdrawn records are in the snapshot but never match.
	withdrawn := 0
	for _, v := range vulns {
		if v.Withdrawn == nil {
			continue
		}
		withdrawn++
		for _, name := range Compile(v).Packages() {
			for _, m := range ix.Query(name, pep440.MustParse("0.0.1")).Matches {
				if slices.Contains(m.IDs, v.ID) {
					t.Errorf("withdrawn %s matched", v.ID)
				}
			}
		}
	}
	if withdrawn == 0 {
		t.Error("the snapshot's withdrawn records were not seen")
	}
}

// BenchmarkSnapshotQuery queries every package of the real database at
// version 1.0.
func BenchmarkSnapshotQuery(b *testing.B) {
	vulns, _ := ParseAll(loadSnapshot(b))
	ix := NewIndex(vulns)
	var names []string
	for name := range ix.byName {
		names = append(names, name)
	}
	v := pep440.MustParse("1.0")
	b.ResetTimer()
	for b.Loop() {
		for _, n := range names {
			ix.Query(n, v)
		}
	}
}
