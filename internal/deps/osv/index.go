package osv

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/krait-dev/krait/internal/deps/pep440"
	"github.com/krait-dev/krait/internal/deps/pep503"
)

// Source is one raw OSV document and where it came from (a file path or an
// archive member), for ParseAll.
type Source struct {
	Name string
	Data []byte
}

// ParseAll parses many OSV documents. A document that Parse rejects is
// skipped and reported as a warning naming its source; the others are
// returned in input order.
func ParseAll(srcs []Source) ([]*Vulnerability, []Warning) {
	var vulns []*Vulnerability
	var ws []Warning
	for _, s := range srcs {
		v, err := Parse(s.Data)
		if err != nil {
			ws = append(ws, Warning{Source: s.Name, Message: "record skipped: " + strings.TrimPrefix(err.Error(), "osv: ")})
			continue
		}
		vulns = append(vulns, v)
	}
	return vulns, ws
}

// Index holds advisories compiled for matching and keyed by the normalised
// names of the PyPI packages they name. It is read-only after NewIndex and
// safe for concurrent use.
type Index struct {
	byName   map[string][]*Advisory
	n        int
	warnings []Warning
}

// NewIndex compiles vulns (see Compile) and indexes them by package. When
// two records share an id the one modified last is kept (the later one on a
// tie) and a warning is recorded. Nil records are ignored.
func NewIndex(vulns []*Vulnerability) *Index {
	ix := &Index{byName: map[string][]*Advisory{}}
	byID := map[string]int{}
	var kept []*Vulnerability
	for _, v := range vulns {
		if v == nil {
			continue
		}
		if i, ok := byID[v.ID]; ok {
			old := kept[i]
			if v.Modified.Before(old.Modified) {
				ix.warnings = append(ix.warnings, Warning{ID: v.ID, Message: fmt.Sprintf("duplicate record; kept the one modified %s", old.Modified.Format(time.RFC3339))})
				continue
			}
			ix.warnings = append(ix.warnings, Warning{ID: v.ID, Message: fmt.Sprintf("duplicate record; kept the one modified %s", v.Modified.Format(time.RFC3339))})
			kept[i] = v
			continue
		}
		byID[v.ID] = len(kept)
		kept = append(kept, v)
	}
	for _, v := range kept {
		a := Compile(v)
		ix.warnings = append(ix.warnings, a.Warnings...)
		for _, name := range a.Packages() {
			ix.byName[name] = append(ix.byName[name], a)
		}
	}
	ix.n = len(kept)
	return ix
}

// Len returns the number of records indexed (after dropping duplicates).
func (ix *Index) Len() int { return ix.n }

// Warnings returns every warning found while building the index.
func (ix *Index) Warnings() []Warning { return slices.Clone(ix.warnings) }

// Advisories returns the advisories naming the PyPI package name (any
// spelling; it is normalised), withdrawn ones included.
func (ix *Index) Advisories(name string) []*Advisory {
	return slices.Clone(ix.byName[pep503.Normalize(name)])
}

// Result is what Query found for one package version.
type Result struct {
	Package   string    // PEP 503 normalised name
	Version   string    // normalised version
	Matches   []Match   // one per vulnerability, sorted by primary id
	Withdrawn []string  // ids of withdrawn advisories that would otherwise match, sorted
	Warnings  []Warning // warnings of the advisories naming the package
}

// Query matches one version of the PyPI package name against the index and
// groups the advisories that affect it (see Group).
func (ix *Index) Query(name string, version pep440.Version) Result {
	name = pep503.Normalize(name)
	res := Result{Package: name, Version: version.String()}
	var hits []hit
	for _, a := range ix.byName[name] {
		res.Warnings = append(res.Warnings, a.Warnings...)
		i, ok := a.affectsIgnoringWithdrawal(name, version)
		switch {
		case !ok:
		case a.Withdrawn():
			res.Withdrawn = append(res.Withdrawn, a.Vuln.ID)
		default:
			hits = append(hits, hit{a, i})
		}
	}
	slices.Sort(res.Withdrawn)
	res.Matches = group(name, version, hits)
	return res
}
