package fix

import (
	"errors"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/deps/pep440"
)

func rel(v string) Release { return Release{Version: pep440.MustParse(v)} }

// affectedBelow returns an AffectedFunc for one advisory affecting every
// version before fixed.
func affectedBelow(id, fixed string) AffectedFunc {
	f := pep440.MustParse(fixed)
	return func(v pep440.Version) []string {
		if pep440.Compare(v, f) < 0 {
			return []string{id}
		}
		return nil
	}
}

func both(fs ...AffectedFunc) AffectedFunc {
	return func(v pep440.Version) []string {
		var out []string
		for _, f := range fs {
			out = append(out, f(v)...)
		}
		return out
	}
}

func set(s string) pep440.SpecifierSet {
	ss, err := pep440.ParseSpecifierSet(s)
	if err != nil {
		panic(err)
	}
	return ss
}

func TestChoose(t *testing.T) {
	base := []Release{rel("2.19.0"), rel("2.20.0"), rel("2.25.0"), rel("2.31.0"), rel("2.32.0"), rel("3.0.0rc1")}
	yanked := func(v, reason string) Release { r := rel(v); r.Yanked, r.YankedReason = true, reason; return r }
	py := func(v, rp string) Release { r := rel(v); r.RequiresPython = rp; return r }
	tests := []struct {
		name    string
		req     Request
		want    string   // chosen version
		fixed   []string // advisories fixed
		reasons []string // substrings of the NoFixError, in order
	}{
		{name: "smallest-unaffected",
			req:  Request{Current: pep440.MustParse("2.19.0"), Releases: base, Affected: affectedBelow("GHSA-1", "2.20.0")},
			want: "2.20.0", fixed: []string{"GHSA-1"}},
		{name: "every-advisory",
			req:  Request{Current: pep440.MustParse("2.19.0"), Releases: base, Affected: both(affectedBelow("GHSA-1", "2.20.0"), affectedBelow("PYSEC-2", "2.31.0"))},
			want: "2.31.0", fixed: []string{"GHSA-1", "PYSEC-2"}},
		{name: "unsorted-input",
			req:  Request{Current: pep440.MustParse("2.19.0"), Releases: []Release{rel("2.32.0"), rel("2.25.0"), rel("2.19.0")}, Affected: affectedBelow("GHSA-1", "2.20.0")},
			want: "2.25.0", fixed: []string{"GHSA-1"}},
		{name: "skips-yanked",
			req:  Request{Current: pep440.MustParse("2.19.0"), Releases: []Release{rel("2.19.0"), yanked("2.20.0", "broken"), rel("2.25.0")}, Affected: affectedBelow("GHSA-1", "2.20.0")},
			want: "2.25.0", fixed: []string{"GHSA-1"}},
		{name: "skips-prerelease",
			req:  Request{Current: pep440.MustParse("2.19.0"), Releases: []Release{rel("2.19.0"), rel("2.20.0rc1"), rel("2.20.0")}, Affected: affectedBelow("GHSA-1", "2.20.0rc1")},
			want: "2.20.0", fixed: []string{"GHSA-1"}},
		{name: "prerelease-pin-allows-prerelease",
			req:  Request{Current: pep440.MustParse("2.19.0b1"), Releases: []Release{rel("2.19.0b1"), rel("2.20.0rc1"), rel("2.20.0")}, Affected: affectedBelow("GHSA-1", "2.20.0rc1")},
			want: "2.20.0rc1", fixed: []string{"GHSA-1"}},
		{name: "constraint",
			req: Request{Current: pep440.MustParse("2.19.0"), Releases: base, Affected: affectedBelow("GHSA-1", "2.20.0"),
				Constraints: []Constraint{{Origin: "constraints.txt:3", Specifiers: set("!=2.20.0,<2.30")}}},
			want: "2.25.0", fixed: []string{"GHSA-1"}},
		{name: "python",
			req: Request{Current: pep440.MustParse("2.19.0"), Python: "3.8",
				Releases: []Release{rel("2.19.0"), py("2.31.0", ">=3.9"), py("2.32.0", ">=3.7"), py("2.33.0", ">=3.6.*")},
				Affected: affectedBelow("GHSA-1", "2.31.0")},
			want: "2.32.0", fixed: []string{"GHSA-1"}},
		{name: "invalid-requires-python-ignored",
			req: Request{Current: pep440.MustParse("2.19.0"), Python: "3.8",
				Releases: []Release{rel("2.19.0"), py("2.31.0", "garbage!")}, Affected: affectedBelow("GHSA-1", "2.31.0")},
			want: "2.31.0", fixed: []string{"GHSA-1"}},
		{name: "all-affected",
			req:     Request{Package: "requests", Current: pep440.MustParse("2.19.0"), Releases: base, Affected: affectedBelow("GHSA-9", "9")},
			reasons: []string{"every release up to 3.0.0rc1 is affected by GHSA-9"}},
		{name: "nothing-newer",
			req:     Request{Package: "requests", Current: pep440.MustParse("2.32.0"), Releases: base[:5], Affected: affectedBelow("GHSA-9", "9")},
			reasons: []string{"no release newer than 2.32.0 is known"}},
		{name: "blocked-by-constraint-and-python",
			req: Request{Package: "requests", Current: pep440.MustParse("2.19.0"), Python: "3.8",
				Releases: []Release{rel("2.19.0"), rel("2.30.0"), py("2.31.0", ">=3.7"), py("2.32.0", ">=3.9"), py("2.33.0", ">=3.9")},
				Affected: affectedBelow("GHSA-1", "2.31.0"),
				Constraints: []Constraint{
					{Origin: "requirements.txt:4", Specifiers: set("<2.30")},
				}},
			reasons: []string{"requests<2.30 (from requirements.txt:4) excludes the fixed 2.31.0", "2.32.0 requires Python >=3.9 but the project targets 3.8"}},
		{name: "yanked-only",
			req: Request{Package: "requests", Current: pep440.MustParse("2.19.0"),
				Releases: []Release{rel("2.19.0"), yanked("2.31.0", "regression")}, Affected: affectedBelow("GHSA-1", "2.31.0")},
			reasons: []string{"the fixed 2.31.0 is yanked (regression)"}},
		{name: "prerelease-only",
			req: Request{Package: "requests", Current: pep440.MustParse("2.19.0"),
				Releases: []Release{rel("2.19.0"), rel("3.0.0rc1")}, Affected: affectedBelow("GHSA-1", "3.0.0rc1")},
			reasons: []string{"only pre-releases are unaffected (3.0.0rc1)"}},
		{name: "prerelease-allowed",
			req: Request{Package: "requests", Current: pep440.MustParse("2.19.0"), AllowPrereleases: true,
				Releases: []Release{rel("2.19.0"), rel("3.0.0rc1")}, Affected: affectedBelow("GHSA-1", "3.0.0rc1")},
			want: "3.0.0rc1", fixed: []string{"GHSA-1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Choose(tt.req)
			if tt.want != "" {
				if err != nil {
					t.Fatalf("Choose: %v", err)
				}
				if got.Release.Version.String() != tt.want {
					t.Errorf("chose %s, want %s", got.Release.Version, tt.want)
				}
				if strings.Join(got.Fixed, ",") != strings.Join(tt.fixed, ",") {
					t.Errorf("fixed %v, want %v", got.Fixed, tt.fixed)
				}
				return
			}
			var nf *NoFixError
			if !errors.As(err, &nf) {
				t.Fatalf("err = %v (chose %s), want a NoFixError", err, got.Release.Version)
			}
			if len(nf.Reasons) != len(tt.reasons) {
				t.Fatalf("reasons %q, want %d", nf.Reasons, len(tt.reasons))
			}
			for i, r := range tt.reasons {
				if !strings.Contains(nf.Reasons[i], r) {
					t.Errorf("reason %d = %q, want it to contain %q", i, nf.Reasons[i], r)
				}
			}
		})
	}
}
