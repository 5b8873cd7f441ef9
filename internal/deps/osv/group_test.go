package osv

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/deps/pep440"
	"github.com/krait-dev/krait/internal/finding"
)

func withAliases(v *Vulnerability, summary string, aliases ...string) *Vulnerability {
	v.Aliases = aliases
	v.Summary = summary
	return v
}

func TestGroup(t *testing.T) {
	r := func(events ...Event) []Affected { return []Affected{pypi("requests", []Range{eco(events...)})} }
	// PYSEC and GHSA describe one CVE; another GHSA names the PYSEC id
	// only; an unrelated CVE-only record; one record not affecting 2.0.
	pysec := withAliases(vuln("PYSEC-2023-74", r(intro("2.0"), fixed("2.31.0"))...), "", "CVE-2023-32681", "GHSA-j8r2-6x86-q33q")
	ghsa := withAliases(vuln("GHSA-j8r2-6x86-q33q", r(intro("2.3.0"), fixed("2.31.0"))...), "Unintended leak of Proxy-Authorization header", "CVE-2023-32681")
	ghsa.Severity = []Severity{{Type: SeverityCVSSV3, Score: "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:C/C:H/I:N/A:N"}}
	ghsa.Modified = time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	// Transitive: names only the PYSEC id, through which it joins.
	other := withAliases(vuln("OSV-2023-1", r(intro("0"), fixed("2.32.0"))...), "", "PYSEC-2023-74")
	cve := withAliases(vuln("CVE-2018-18074", r(intro("0"), fixed("2.20.0"))...), "", "")
	cve.Details = "\n\n  The Requests package before 2.20.0 sends an HTTP Authorization header.\nMore text."
	cve.Affected[0].DatabaseSpecific = []byte(`{"severity":"HIGH"}`)
	notHit := withAliases(vuln("GHSA-xxxx-yyyy-zzzz", r(intro("3.0"))...), "not this one", "CVE-2023-32681")

	v := pep440.MustParse("2.19.1")
	got := Group("Requests", v, []*Vulnerability{ghsa, notHit, cve, other, pysec})
	want := []Match{
		{
			Package: "requests", Version: "2.19.1",
			ID: "PYSEC-2023-74", IDs: []string{"PYSEC-2023-74", "GHSA-j8r2-6x86-q33q", "OSV-2023-1"},
			Aliases:       []string{"CVE-2023-32681"},
			Summary:       "Unintended leak of Proxy-Authorization header",
			URL:           "https://osv.dev/vulnerability/PYSEC-2023-74",
			Rating:        Rating{Severity: finding.Medium, Score: 6.1, Vector: "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:C/C:H/I:N/A:N", Type: SeverityCVSSV3},
			FixedVersions: []string{"2.31.0", "2.32.0"},
			Fix:           "2.32.0",
			Modified:      time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC),
			Entries:       []EntryRef{{"PYSEC-2023-74", 0}, {"GHSA-j8r2-6x86-q33q", 0}, {"OSV-2023-1", 0}},
		},
		{
			Package: "requests", Version: "2.19.1",
			ID: "CVE-2018-18074", IDs: []string{"CVE-2018-18074"},
			Summary:       "The Requests package before 2.20.0 sends an HTTP Authorization header.",
			URL:           "https://osv.dev/vulnerability/CVE-2018-18074",
			Rating:        Rating{Severity: finding.High, Type: SourceDatabaseSpecific},
			FixedVersions: []string{"2.20.0"},
			Fix:           "2.20.0",
			Modified:      time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC),
			Entries:       []EntryRef{{"CVE-2018-18074", 0}},
		},
	}
	// Matches sort by primary id with the PYSEC < GHSA < CVE < other rank.
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Group =\n%+v\nwant\n%+v", got, want)
	}

	// Input order does not matter.
	again := Group("requests", v, []*Vulnerability{pysec, other, cve, notHit, ghsa})
	if !reflect.DeepEqual(again, want) {
		t.Errorf("Group depends on input order:\n%+v", again)
	}

	// The index gives the same answer.
	ix := NewIndex([]*Vulnerability{ghsa, notHit, cve, other, pysec})
	res := ix.Query("REQUESTS", v)
	if !reflect.DeepEqual(res.Matches, want) || res.Package != "requests" || res.Version != "2.19.1" {
		t.Errorf("Query = %+v", res)
	}
	if got := Group("requests", pep440.MustParse("2.32.0"), []*Vulnerability{ghsa, cve, other, pysec}); len(got) != 0 {
		t.Errorf("fixed version matched: %+v", got)
	}
}

func TestGroupPrimaryAndFix(t *testing.T) {
	// Without PYSEC, GHSA is primary; Fix skips a fixed version another
	// record of the group still affects.
	a := withAliases(vuln("GHSA-bbbb", pypi("p", []Range{eco(intro("0"), fixed("1.1"))})), "", "CVE-1")
	b := withAliases(vuln("CVE-1", pypi("p", []Range{eco(intro("0"), fixed("1.3"))})), "")
	c := withAliases(vuln("GHSA-aaaa", pypi("p", []Range{eco(intro("0"), fixed("1.2"))})), "", "CVE-1")
	m := Group("p", pep440.MustParse("1.0"), []*Vulnerability{a, b, c})
	if len(m) != 1 {
		t.Fatalf("got %d matches", len(m))
	}
	if m[0].ID != "GHSA-aaaa" || !slices.Equal(m[0].IDs, []string{"GHSA-aaaa", "GHSA-bbbb", "CVE-1"}) || len(m[0].Aliases) != 0 {
		t.Errorf("ids = %s %v %v", m[0].ID, m[0].IDs, m[0].Aliases)
	}
	if m[0].Fix != "1.3" || !slices.Equal(m[0].FixedVersions, []string{"1.1", "1.2", "1.3"}) {
		t.Errorf("fix %q fixed %v", m[0].Fix, m[0].FixedVersions)
	}
	if m[0].Rating.Known() {
		t.Errorf("rating %+v, want unknown", m[0].Rating)
	}
}

func TestIndex(t *testing.T) {
	older := vuln("PYSEC-1", pypi("pkg", []Range{eco(intro("0"), fixed("1.0"))}))
	newer := vuln("PYSEC-1", pypi("pkg", []Range{eco(intro("0"), fixed("2.0"))}))
	newer.Modified = older.Modified.Add(time.Hour)
	bad := vuln("PYSEC-2", pypi("pkg", []Range{eco(intro("0"), fixed("no good"))}))
	ix := NewIndex([]*Vulnerability{newer, nil, older, bad})
	if ix.Len() != 2 {
		t.Errorf("Len = %d", ix.Len())
	}
	if len(ix.Query("pkg", pep440.MustParse("1.5")).Matches) != 1 {
		t.Error("the newer duplicate was not kept")
	}
	ws := ix.Warnings()
	if len(ws) != 2 || !strings.Contains(ws[0].Message, "duplicate") || ws[1].ID != "PYSEC-2" {
		t.Errorf("warnings = %v", ws)
	}
	res := ix.Query("pkg", pep440.MustParse("0.1"))
	if len(res.Warnings) != 1 || res.Warnings[0].ID != "PYSEC-2" {
		t.Errorf("query warnings = %v", res.Warnings)
	}
	if got := len(ix.Advisories("PKG")); got != 2 {
		t.Errorf("Advisories = %d", got)
	}
	if res := ix.Query("unknown", pep440.MustParse("1")); len(res.Matches) != 0 || len(res.Warnings) != 0 {
		t.Errorf("unknown package: %+v", res)
	}
}

func TestParseAll(t *testing.T) {
	srcs := []Source{
		{Name: "ok.json", Data: []byte(`{"id":"PYSEC-1","modified":"2024-01-01T00:00:00Z","affected":[{"package":{"ecosystem":"PyPI","name":"x"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"}]}]}]}`)},
		{Name: "syntax.json", Data: []byte(`{"id":`)},
		{Name: "noid.json", Data: []byte(`{"modified":"2024-01-01T00:00:00Z"}`)},
		{Name: "twoevents.json", Data: []byte(`{"id":"X","modified":"2024-01-01T00:00:00Z","affected":[{"package":{"ecosystem":"PyPI","name":"x"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0","fixed":"1"}]}]}]}`)},
		{Name: "badtime.json", Data: []byte(`{"id":"X","modified":"yesterday"}`)},
		{Name: "notobject.json", Data: []byte(`[1,2]`)},
	}
	vulns, ws := ParseAll(srcs)
	if len(vulns) != 1 || vulns[0].ID != "PYSEC-1" {
		t.Errorf("vulns = %v", vulns)
	}
	var names []string
	for _, w := range ws {
		names = append(names, w.Source)
		if !strings.HasPrefix(w.String(), w.Source+": record skipped: ") {
			t.Errorf("warning %q", w)
		}
	}
	if want := []string{"syntax.json", "noid.json", "twoevents.json", "badtime.json", "notobject.json"}; !slices.Equal(names, want) {
		t.Errorf("warned about %v, want %v", names, want)
	}
}

func TestDetailsURL(t *testing.T) {
	if got := DetailsURL("GHSA-j8r2-6x86-q33q"); got != "https://osv.dev/vulnerability/GHSA-j8r2-6x86-q33q" {
		t.Error(got)
	}
	if got := DetailsURL("a/b?c"); got != "https://osv.dev/vulnerability/a%2Fb%3Fc" {
		t.Error(got)
	}
}

// TestIndexConcurrent queries one index from several goroutines (run with
// -race).
func TestIndexConcurrent(t *testing.T) {
	vulns, queries := synthetic(300, 50)
	ix := NewIndex(vulns)
	want := make([]int, len(queries))
	for i, q := range queries {
		want[i] = len(ix.Query(q.name, q.version).Matches)
	}
	done := make(chan error, 4)
	for range 4 {
		go func() {
			for i, q := range queries {
				if got := len(ix.Query(q.name, q.version).Matches); got != want[i] {
					done <- fmt.Errorf("%s %s: %d matches, want %d", q.name, q.version, got, want[i])
					return
				}
				_ = ix.JudgeRange(q.name, nil, []pep440.Version{q.version})
			}
			done <- nil
		}()
	}
	for range 4 {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
