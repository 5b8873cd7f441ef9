package osv

import (
	"reflect"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/deps/pep440"
)

func TestJudgeRange(t *testing.T) {
	flask := vuln("GHSA-m2qf-hxjv-5gpq", pypi("Flask", []Range{eco(intro("0"), fixed("2.2.5"), intro("2.3.0"), fixed("2.3.2"))}))
	flask2 := vuln("PYSEC-2019-179", pypi("flask", []Range{eco(intro("0"), fixed("1.0"))}))
	django := vuln("PYSEC-2022-1", pypi("django", []Range{eco(intro("3.2"), fixed("3.2.14"), intro("4.0"), fixed("4.0.6"))}))
	unfixed := vuln("PYSEC-2024-9", pypi("abandoned", []Range{eco(intro("1.5"))}))
	pre := vuln("PYSEC-2024-10", pypi("prepkg", []Range{eco(intro("2.0a1"), fixed("2.0rc1"))}))
	withdrawn := vuln("PYSEC-2024-11", pypi("flask", []Range{eco(intro("0"))}))
	w := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	withdrawn.Withdrawn = &w
	all := []*Vulnerability{flask, flask2, django, unfixed, pre, withdrawn}

	rel := func(vs ...string) []pep440.Version {
		var out []pep440.Version
		for _, s := range vs {
			out = append(out, pep440.ParseLoose(s))
		}
		return out
	}
	tests := []struct {
		name, pkg, spec string
		releases        []pep440.Version
		want            Judgement
	}{
		{"floor from specifier and events", "flask", ">=2.0", nil, Judgement{
			Verdict: VerdictFloor, Floor: "2.3.2",
			Candidates: []string{"2.0", "2.2.5", "2.3.0", "2.3.2"},
			Affected:   []string{"2.0", "2.3.0"},
			IDs:        []string{"GHSA-m2qf-hxjv-5gpq"},
		}},
		{"safe above the last fix", "Flask", ">=2.3.2", nil, Judgement{
			Verdict: VerdictSafe, Candidates: []string{"2.3.2"},
		}},
		{"vulnerable everywhere allowed", "flask", "<1.0", rel("0.12.2", "0.12.3"), Judgement{
			Verdict:    VerdictVulnerable,
			Candidates: []string{"0.12.2", "0.12.3"},
			Affected:   []string{"0.12.2", "0.12.3"},
			IDs:        []string{"PYSEC-2019-179", "GHSA-m2qf-hxjv-5gpq"},
		}},
		{"compatible release", "django", "~=3.2", rel("3.2.13", "3.2.14", "3.2.15", "4.1"), Judgement{
			Verdict: VerdictFloor, Floor: "3.2.14",
			Candidates: []string{"3.2", "3.2.13", "3.2.14", "3.2.15"},
			Affected:   []string{"3.2", "3.2.13"},
			IDs:        []string{"PYSEC-2022-1"},
		}},
		{"compatible release, patch level", "django", "~=3.2.14", nil, Judgement{
			Verdict: VerdictSafe, Candidates: []string{"3.2.14"},
		}},
		{"unfixed: highest allowed is affected", "abandoned", ">=1.0", rel("1.0", "1.4", "1.5", "1.6"), Judgement{
			Verdict:    VerdictPartial,
			Candidates: []string{"1.0", "1.4", "1.5", "1.6"},
			Affected:   []string{"1.5", "1.6"},
			IDs:        []string{"PYSEC-2024-9"},
		}},
		{"no candidate allowed", "abandoned", "!=1.5", nil, Judgement{Verdict: VerdictUnknown}},
		{"pre-releases excluded", "prepkg", ">=1.0", rel("1.0", "2.0b1", "2.0"), Judgement{
			Verdict: VerdictSafe, Candidates: []string{"1.0", "2.0"},
		}},
		{"pre-releases mentioned", "prepkg", ">=2.0a1", rel("2.0b1", "2.0"), Judgement{
			Verdict: VerdictFloor, Floor: "2.0rc1",
			Candidates: []string{"2.0a1", "2.0b1", "2.0rc1", "2.0"},
			Affected:   []string{"2.0a1", "2.0b1"},
			IDs:        []string{"PYSEC-2024-10"},
		}},
		{"equal versions counted once, legacy dropped", "django", ">=4.0,<4.1", rel("4.0.0", "4.0.6.0", "4.0-legacy-x"), Judgement{
			Verdict: VerdictFloor, Floor: "4.0.6",
			Candidates: []string{"4.0", "4.0.6"},
			Affected:   []string{"4.0"},
			IDs:        []string{"PYSEC-2022-1"},
		}},
		{"empty set and unknown package", "unknown", "", rel("1.0"), Judgement{
			Verdict: VerdictSafe, Candidates: []string{"1.0"},
		}},
	}
	ix := NewIndex(all)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set, err := pep440.ParseSpecifierSet(tt.spec)
			if err != nil {
				t.Fatal(err)
			}
			got := JudgeRange(all, tt.pkg, set, tt.releases)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("JudgeRange =\n%+v\nwant\n%+v", got, tt.want)
			}
			if got := ix.JudgeRange(tt.pkg, set, tt.releases); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Index.JudgeRange =\n%+v\nwant\n%+v", got, tt.want)
			}
		})
	}
}
