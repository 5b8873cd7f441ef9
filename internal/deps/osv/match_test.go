package osv

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/deps/pep440"
)

func intro(v string) Event   { return Event{Introduced: v} }
func fixed(v string) Event   { return Event{Fixed: v} }
func lastAff(v string) Event { return Event{LastAffected: v} }
func limit(v string) Event   { return Event{Limit: v} }

func pypi(name string, ranges []Range, versions ...string) Affected {
	return Affected{Package: Package{Ecosystem: EcosystemPyPI, Name: name}, Ranges: ranges, Versions: versions}
}

func eco(events ...Event) Range { return Range{Type: RangeEcosystem, Events: events} }

func vuln(id string, affected ...Affected) *Vulnerability {
	return &Vulnerability{ID: id, Modified: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), Affected: affected}
}

// TestRangeEvents checks every kind of event combination against the OSV
// schema's evaluation, for versions on both sides of each boundary.
func TestRangeEvents(t *testing.T) {
	tests := []struct {
		name     string
		events   []Event
		affected []string
		safe     []string
	}{
		{"introduced 0 only", []Event{intro("0")}, []string{"0", "0.0.1", "1.0", "99!1.0", "1.0.dev0", "1.0+local"}, nil},
		{"introduced 0 fixed", []Event{intro("0"), fixed("1.0.2")},
			[]string{"0", "1.0", "1.0.1", "1.0.2rc1", "1.0.2.dev1", "1.0.1.post3", "1.0.1+abc"},
			[]string{"1.0.2", "1.0.2.0", "1.0.2+local", "1.0.2.post1", "1.0.3", "2.0", "1!0.1"}},
		{"introduced fixed pair", []Event{intro("1.0"), fixed("1.5")},
			[]string{"1.0", "1.0.0", "1.0+x", "1.4.9", "1.5rc1", "1.0.post1"},
			[]string{"0.9", "1.0rc1", "1.0.dev0", "1.5", "1.6"}},
		{"two pairs", []Event{intro("1.0.0"), fixed("1.0.2"), intro("3.0.0"), fixed("3.2.5")},
			[]string{"1.0.0", "1.0.1", "3.0", "3.2.4", "3.2.5a1"},
			[]string{"0.1", "1.0.2", "2.0", "2.9.9", "3.2.5", "4.0"}},
		{"unsorted events", []Event{fixed("3.2.5"), intro("3.0.0"), fixed("1.0.2"), intro("1.0.0")},
			[]string{"1.0.0", "1.0.1", "3.0", "3.2.4"},
			[]string{"1.0.2", "2.0", "3.2.5", "0.5"}},
		{"last_affected", []Event{intro("0"), lastAff("2.1.214")},
			[]string{"0.1", "2.1.214", "2.1.214.0"},
			// PEP 440 orders a local version after its public version.
			[]string{"2.1.214+local", "2.1.214.post1", "2.1.215", "3.0"}},
		{"last_affected with introduced", []Event{intro("2.0"), lastAff("2.0")},
			[]string{"2.0", "2.0.0"},
			[]string{"1.9", "2.0.1", "2.0.post1"}},
		{"introduced only", []Event{intro("2.0")},
			[]string{"2.0", "2.0.post1", "3.0", "1!0.0"},
			[]string{"1.9", "2.0rc1", "2.0.dev1"}},
		{"limit bounds open range", []Event{intro("1.0"), limit("2.0")},
			[]string{"1.0", "1.9.9"},
			[]string{"0.9", "2.0", "3.0"}},
		{"limit bounds fixed range", []Event{intro("0"), fixed("5.0"), limit("3.0")},
			[]string{"1.0", "2.9"},
			[]string{"3.0", "4.0", "5.0"}},
		{"several limits", []Event{intro("0"), limit("1.0"), limit("3.0")},
			[]string{"0.5", "2.5"},
			[]string{"3.0", "4.0"}},
		{"limit star", []Event{intro("1.0"), limit("*")},
			[]string{"1.0", "100"},
			[]string{"0.9"}},
		{"same version introduced and fixed is empty", []Event{intro("1.0"), fixed("1.0")},
			nil,
			[]string{"0.9", "1.0", "1.1"}},
		{"pre-release bounds", []Event{intro("2.0a1"), fixed("2.0rc2")},
			[]string{"2.0a1", "2.0b3", "2.0rc1", "2.0rc1.post1"},
			[]string{"2.0a1.dev1", "2.0.dev5", "2.0rc2", "2.0", "1.9"}},
		{"post-release fixed", []Event{intro("0"), fixed("1.0.post1")},
			[]string{"1.0", "1.0+local", "1.0.post1.dev0", "1.0.post0"},
			[]string{"1.0.post1", "1.0.post2", "1.0.1"}},
		{"local versions in events", []Event{intro("1.0+abc"), fixed("1.1")},
			[]string{"1.0+abd", "1.0+abc", "1.0.1"},
			[]string{"1.0", "1.0+ab", "1.1"}},
		{"epochs", []Event{intro("0"), fixed("1!1.0")},
			[]string{"2024.1", "1!0.9", "999"},
			[]string{"1!1.0", "2!0.1"}},
		{"non-normalised event versions", []Event{intro("v1.0-beta.2"), fixed("1.0-1")},
			[]string{"1.0b2", "1.0", "1.0.0"},
			[]string{"1.0b1", "1.0.post1", "1.0-2"}},
		{"legacy fixed sorts before every PEP 440 version", []Event{intro("0"), fixed("1.0-foo")},
			[]string{"0.9-foo", "1.0-fon"},
			[]string{"0", "1.0", "1.0-foo"}},
		{"legacy introduced", []Event{intro("2004d"), fixed("1.0")},
			[]string{"2004d", "2005d", "0.1"},
			[]string{"2003d", "2003a", "1.0"}},
		{"multiple introduced without fixed between", []Event{intro("1.0"), intro("2.0"), fixed("3.0")},
			[]string{"1.0", "2.5"},
			[]string{"0.5", "3.0"}},
		// The schema's walk alone would call 2.11.6 safe; read as the union
		// of the intervals the record writes (PYSEC-2021-114).
		{"overlapping intervals", []Event{intro("2.11"), fixed("2.11.7"), intro("0"), fixed("2.11.6"), intro("2.12"), fixed("2.12.4")},
			[]string{"1.0", "2.11", "2.11.6", "2.11.6.post1", "2.12.3"},
			[]string{"2.11.7", "2.11.8", "2.12.4", "3.0"}},
		// A fixed and an introduced event at one version (PYSEC-2022-236).
		{"adjacent intervals", []Event{intro("0"), fixed("3.1.1"), intro("3.2.0"), fixed("3.2.2"), intro("3.1.1"), fixed("3.1.3")},
			[]string{"3.0", "3.1.1", "3.1.2", "3.2.1"},
			[]string{"3.1.3", "3.1.4", "3.2.2"}},
		{"pairs respect limits", []Event{intro("2.0"), fixed("3.0"), intro("0"), fixed("1.0"), limit("2.5")},
			[]string{"0.5", "2.0", "2.4"},
			[]string{"1.0", "2.5", "2.9"}},
		{"mixed last_affected and fixed", []Event{intro("1.0"), lastAff("1.2"), intro("2.0"), fixed("2.2")},
			[]string{"1.2", "2.1"},
			[]string{"1.2.1", "2.2", "0.1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := vuln("TEST-1", pypi("pkg", []Range{eco(tt.events...)}))
			a := Compile(v)
			for _, w := range a.Warnings {
				if !strings.Contains(w.Message, "legacy") {
					t.Errorf("unexpected warning %s", w)
				}
			}
			for _, s := range tt.affected {
				if !Affects(v, "pkg", pep440.ParseLoose(s)) {
					t.Errorf("%s: want affected", s)
				}
			}
			for _, s := range tt.safe {
				if Affects(v, "pkg", pep440.ParseLoose(s)) {
					t.Errorf("%s: want not affected", s)
				}
			}
		})
	}
}

func TestSemverRangeUsesPEP440(t *testing.T) {
	v := vuln("TEST-1", pypi("pkg", []Range{{Type: RangeSemver, Events: []Event{intro("1.0.0-alpha.1"), fixed("1.2.0")}}}))
	for s, want := range map[string]bool{"1.0.0a1": true, "1.0": true, "1.1.9": true, "1.0.0.dev1": false, "1.2": false} {
		if got := Affects(v, "pkg", pep440.MustParse(s)); got != want {
			t.Errorf("%s: got %v, want %v", s, got, want)
		}
	}
}

func TestVersionsList(t *testing.T) {
	v := vuln("TEST-1", pypi("pkg", nil, "1.0", "2.0.0rc1", "3.0-1", "weird-1.0"))
	for s, want := range map[string]bool{
		"1.0": true, "1.0.0": true, "1": true, "1.0.1": false, "1.0+local": false,
		"2.0rc1": true, "2.0.0-rc.1": true, "2.0": false,
		"3.0.post1": true, "3.0": false,
		"weird-1.0": true, "weird-1.1": false,
	} {
		if got := Affects(v, "pkg", pep440.ParseLoose(s)); got != want {
			t.Errorf("%s: got %v, want %v", s, got, want)
		}
	}
}

func TestVersionsListAndRanges(t *testing.T) {
	// The versions list and the ranges are alternatives: either may match.
	v := vuln("TEST-1", pypi("pkg", []Range{eco(intro("2.0"), fixed("2.1"))}, "1.5"))
	for s, want := range map[string]bool{"1.5": true, "2.0": true, "1.6": false, "2.1": false} {
		if got := Affects(v, "pkg", pep440.MustParse(s)); got != want {
			t.Errorf("%s: got %v, want %v", s, got, want)
		}
	}
}

func TestGitRangeDoesNotHideOthers(t *testing.T) {
	v := vuln("TEST-1", pypi("pkg", []Range{
		{Type: RangeGit, Repo: "https://example.org/r", Events: []Event{intro("0"), fixed("deadbeef")}},
		eco(intro("1.0"), fixed("1.1")),
	}))
	a := Compile(v)
	if len(a.Warnings) != 0 {
		t.Errorf("GIT range warned: %v", a.Warnings)
	}
	if !Affects(v, "pkg", pep440.MustParse("1.0")) {
		t.Error("ECOSYSTEM range next to a GIT range was ignored")
	}
	if Affects(v, "pkg", pep440.MustParse("0.5")) {
		t.Error("GIT range was evaluated")
	}
	gitOnly := vuln("TEST-2", pypi("pkg", []Range{{Type: RangeGit, Events: []Event{intro("0")}}}))
	if Affects(gitOnly, "pkg", pep440.MustParse("1.0")) {
		t.Error("GIT-only entry matched")
	}
}

func TestEcosystemsAndNames(t *testing.T) {
	v := vuln("TEST-1",
		Affected{Package: Package{Ecosystem: "npm", Name: "left-pad"}, Ranges: []Range{eco(intro("0"))}},
		Affected{Package: Package{Ecosystem: "PyPI:private", Name: "other"}, Ranges: []Range{eco(intro("0"))}},
		Affected{Package: Package{Ecosystem: "pypi", Name: "lower"}, Ranges: []Range{eco(intro("0"))}},
		Affected{Package: Package{Ecosystem: "Root:PyPI", Name: "root-x"}, Ranges: []Range{eco(intro("0"))}},
		pypi("Django", []Range{eco(intro("0"), fixed("4.0"))}),
		pypi("zope.interface", []Range{eco(intro("0"), fixed("5.0"))}),
	)
	one := pep440.MustParse("1.0")
	for name, want := range map[string]bool{
		"django": true, "Django": true, "DJANGO": true,
		"zope-interface": true, "zope_interface": true, "Zope.Interface": true, "zope.interface": true,
		"left-pad": false, "other": false, "lower": false, "root-x": false, "zopeinterface": false,
	} {
		if got := Affects(v, name, one); got != want {
			t.Errorf("%s: got %v, want %v", name, got, want)
		}
	}
	if got := Compile(v).Packages(); !slices.Equal(got, []string{"django", "zope-interface"}) {
		t.Errorf("Packages = %v", got)
	}
	if i, ok := AffectedEntry(v, "zope-interface", one); !ok || i != 5 {
		t.Errorf("AffectedEntry = %d, %v; want 5, true", i, ok)
	}
	if i, ok := AffectedEntry(v, "flask", one); ok || i != -1 {
		t.Errorf("AffectedEntry(flask) = %d, %v; want -1, false", i, ok)
	}
}

func TestAffectedEntryFirstMatch(t *testing.T) {
	v := vuln("TEST-1",
		pypi("pkg", []Range{eco(intro("2.0"))}),
		pypi("pkg", []Range{eco(intro("0"), fixed("3.0"))}),
	)
	for s, want := range map[string]int{"1.0": 1, "2.5": 0, "3.5": 0} {
		if i, ok := AffectedEntry(v, "pkg", pep440.MustParse(s)); !ok || i != want {
			t.Errorf("%s: entry %d, %v; want %d", s, i, ok, want)
		}
	}
}

func TestWithdrawn(t *testing.T) {
	v := vuln("TEST-1", pypi("pkg", []Range{eco(intro("0"))}))
	w := time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC)
	v.Withdrawn = &w
	if Affects(v, "pkg", pep440.MustParse("1.0")) {
		t.Error("withdrawn advisory matched")
	}
	if m := Group("pkg", pep440.MustParse("1.0"), []*Vulnerability{v}); len(m) != 0 {
		t.Errorf("Group kept a withdrawn advisory: %+v", m)
	}
	ix := NewIndex([]*Vulnerability{v})
	res := ix.Query("pkg", pep440.MustParse("1.0"))
	if len(res.Matches) != 0 || !slices.Equal(res.Withdrawn, []string{"TEST-1"}) {
		t.Errorf("Query = %+v", res)
	}
}

func TestInvalidVersionsSkipRangeWithWarning(t *testing.T) {
	v := vuln("TEST-1",
		pypi("pkg", []Range{
			eco(intro("0"), fixed("not a version")), // unusable: would otherwise match everything
			eco(intro("2.0"), fixed("2.1")),
			eco(intro("nodigits"), fixed("9.0")),
			eco(intro("1.*")),
			eco(intro("0"), limit("bad limit")),
			eco(fixed("1.0")), // no introduced
			{Type: "WEIRD", Events: []Event{intro("0")}},
			eco(intro(strings.Repeat("1.", 200) + "x")),
			eco(intro("1.0\x00")),
			eco(Event{}),
		}, "also bad", "4.0", ""),
	)
	a := Compile(v)
	want := []string{
		"affected[0].versions[0]", "affected[0].versions[2]",
		"affected[0].ranges[0].events[1]", "affected[0].ranges[2].events[0]",
		"affected[0].ranges[3].events[0]", "affected[0].ranges[4].events[1]",
		"affected[0].ranges[5]", "affected[0].ranges[6]",
		"affected[0].ranges[7].events[0]", "affected[0].ranges[8].events[0]",
		"affected[0].ranges[9].events[0]",
	}
	var got []string
	for _, w := range a.Warnings {
		if w.ID != "TEST-1" || w.Message == "" {
			t.Errorf("bad warning %+v", w)
		}
		got = append(got, w.Field)
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("warnings at\n%v\nwant\n%v\n(%v)", got, want, a.Warnings)
	}
	for s, wantHit := range map[string]bool{"1.0": false, "2.0": true, "2.1": false, "4.0": true, "9.5": false} {
		if got := Affects(v, "pkg", pep440.MustParse(s)); got != wantHit {
			t.Errorf("%s: got %v, want %v", s, got, wantHit)
		}
	}
}

func TestFixedVersions(t *testing.T) {
	v := vuln("TEST-1",
		pypi("pkg", []Range{
			eco(intro("0"), fixed("1.2.0"), intro("2.0"), fixed("2.3")),
			eco(intro("1.0"), fixed("1.2")), // same as 1.2.0
			{Type: RangeGit, Events: []Event{intro("0"), fixed("abc123")}},
			eco(intro("0"), fixed("bad version!")),
		}),
		pypi("Pkg", []Range{eco(intro("3.0"), fixed("3.0.5"), intro("3.1"), lastAff("3.1.4"))}),
		pypi("other", []Range{eco(intro("0"), fixed("9.9"))}),
	)
	var got []string
	for _, f := range FixedVersions(v, "PKG") {
		got = append(got, f.String())
	}
	if want := []string{"1.2.0", "2.3", "3.0.5"}; !slices.Equal(got, want) {
		t.Errorf("FixedVersions = %v, want %v", got, want)
	}
	for in, want := range map[string]string{"0.5": "1.2.0", "1.2": "2.3", "2.0": "2.3", "2.3": "3.0.5", "3.0.5": "", "9": ""} {
		f, ok := NextFixed(v, "pkg", pep440.MustParse(in))
		if got := map[bool]string{true: f.String(), false: ""}[ok]; got != want {
			t.Errorf("NextFixed(%s) = %q, want %q", in, got, want)
		}
	}
	// A fixed version that another range still affects is no fix.
	w := vuln("TEST-2", pypi("pkg", []Range{eco(intro("0"), fixed("1.1")), eco(intro("1.0"), fixed("1.3"))}))
	if f, ok := NextFixed(w, "pkg", pep440.MustParse("0.5")); !ok || f.String() != "1.3" {
		t.Errorf("NextFixed across ranges = %v, %v; want 1.3", f, ok)
	}
}

func TestNilAndZero(t *testing.T) {
	if Affects(nil, "pkg", pep440.MustParse("1.0")) {
		t.Error("nil vulnerability matched")
	}
	v := vuln("TEST-1", pypi("pkg", []Range{eco(intro("1.0"))}))
	var zero pep440.Version
	_ = Affects(v, "pkg", zero) // must not panic
	_ = NewIndex([]*Vulnerability{v}).Query("pkg", zero)
	_ = Group("pkg", zero, []*Vulnerability{v})
	if r := Rate(nil, "pkg"); r.Known() {
		t.Errorf("Rate(nil) = %+v", r)
	}
}
