package osv

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/krait-dev/krait/internal/deps/pep440"
)

type benchQuery struct {
	name    string
	version pep440.Version
}

// synthetic builds n advisories over pkgs packages, each with one to three
// ECOSYSTEM ranges and half of them with a GIT range and a versions list,
// and one pinned version per package to query.
func synthetic(n, pkgs int) ([]*Vulnerability, []benchQuery) {
	r := rand.New(rand.NewSource(1))
	ver := func() string { return fmt.Sprintf("%d.%d.%d", r.Intn(5), r.Intn(20), r.Intn(10)) }
	vulns := make([]*Vulnerability, 0, n)
	for i := range n {
		v := vuln(fmt.Sprintf("PYSEC-2024-%d", i))
		v.Aliases = []string{fmt.Sprintf("CVE-2024-%d", i/2)} // pairs share an alias
		v.Severity = []Severity{{Type: SeverityCVSSV3, Score: "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N"}}
		var ranges []Range
		for range 1 + r.Intn(3) {
			lo, hi := pep440.MustParse(ver()), pep440.MustParse(ver())
			if pep440.Compare(lo, hi) > 0 {
				lo, hi = hi, lo
			}
			ranges = append(ranges, eco(intro(lo.String()), fixed(hi.String())))
		}
		var versions []string
		if i%2 == 0 {
			ranges = append(ranges, Range{Type: RangeGit, Repo: "https://example.org/x", Events: []Event{intro("0"), fixed("0123456789abcdef")}})
			for range 10 {
				versions = append(versions, ver())
			}
		}
		v.Affected = []Affected{pypi(fmt.Sprintf("Package_%d", r.Intn(pkgs)), ranges, versions...)}
		vulns = append(vulns, v)
	}
	queries := make([]benchQuery, 0, pkgs)
	for p := range pkgs {
		queries = append(queries, benchQuery{fmt.Sprintf("package-%d", p), pep440.MustParse(ver())})
	}
	return vulns, queries
}

// BenchmarkQuery matches 500 pinned packages against 3,000 advisories
// (one op is all 500 queries).
func BenchmarkQuery(b *testing.B) {
	vulns, queries := synthetic(3000, 500)
	ix := NewIndex(vulns)
	b.ResetTimer()
	matches := 0
	for b.Loop() {
		matches = 0
		for _, q := range queries {
			matches += len(ix.Query(q.name, q.version).Matches)
		}
	}
	b.ReportMetric(float64(matches), "matches/op")
}

// BenchmarkNewIndex compiles 3,000 advisories.
func BenchmarkNewIndex(b *testing.B) {
	vulns, _ := synthetic(3000, 500)
	for b.Loop() {
		NewIndex(vulns)
	}
}
