package pep440

import (
	"errors"
	"sort"
	"testing"
)

func TestParseNormalises(t *testing.T) {
	tests := []struct{ in, want string }{
		{"1.0", "1.0"},
		{"  v1.0\n", "1.0"},
		{"V1.0", "1.0"},
		{"1!2.0", "1!2.0"},
		{"0!2.0", "2.0"},
		{"01.02.003", "1.2.3"},
		{"1.0-1", "1.0.post1"},
		{"1.0_r2", "1.0.post2"},
		{"1.0rev", "1.0.post0"},
		{"1.0-post-3", "1.0.post3"},
		{"1.0alpha", "1.0a0"},
		{"1.0.beta.2", "1.0b2"},
		{"1.0c1", "1.0rc1"},
		{"1.0pre1", "1.0rc1"},
		{"1.0-preview_4", "1.0rc4"},
		{"1.0RC1", "1.0rc1"},
		{"1.0dev", "1.0.dev0"},
		{"1.0-DEV-7", "1.0.dev7"},
		{"1.0a1.post2.dev3", "1.0a1.post2.dev3"},
		{"1.0+ABC-1_02", "1.0+abc.1.2"},
		{"123456789012345678901234567890.1", "123456789012345678901234567890.1"},
	}
	for _, tt := range tests {
		v, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if got := v.String(); got != tt.want {
			t.Errorf("Parse(%q).String() = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{"", " ", "1.0.", ".1", "1..0", "1.0+", "1.0+a..b", "a1", "1.0 a1", "1.0-", "1.*", "french toast", "1.0a1a1"} {
		_, err := Parse(in)
		var ive *InvalidVersionError
		if !errors.As(err, &ive) {
			t.Errorf("Parse(%q) = %v, want InvalidVersionError", in, err)
		}
	}
}

func TestAccessors(t *testing.T) {
	v := MustParse("1!2.0rc1.post2.dev3+Ubuntu.1")
	if v.Public() != "1!2.0rc1.post2.dev3" || v.BaseVersion() != "1!2.0" || v.Local() != "ubuntu.1" || v.Epoch() != "1" {
		t.Errorf("accessors: public %q base %q local %q epoch %q", v.Public(), v.BaseVersion(), v.Local(), v.Epoch())
	}
	if !v.IsPrerelease() || !v.IsPostrelease() || !v.IsDevrelease() {
		t.Errorf("flags wrong for %v", v)
	}
	if f := MustParse("1.0.post1"); f.IsPrerelease() || !f.IsPostrelease() {
		t.Errorf("1.0.post1 flags wrong")
	}
	if d := MustParse("1.0.dev1"); !d.IsPrerelease() || !d.IsDevrelease() {
		t.Errorf("1.0.dev1 flags wrong")
	}
}

func TestCompareOrder(t *testing.T) {
	// Ascending, as in PEP 440's examples.
	order := []string{
		"1.0.dev456", "1.0a1", "1.0a2.dev456", "1.0a12.dev456", "1.0a12",
		"1.0b1.dev456", "1.0b2", "1.0b2.post345.dev456", "1.0b2.post345",
		"1.0rc1.dev456", "1.0rc1", "1.0", "1.0+abc.5", "1.0+abc.7", "1.0+5",
		"1.0.post456.dev34", "1.0.post456", "1.0.15", "1.1.dev1", "1!0.1",
	}
	for i := range order {
		for j := range order {
			got := Compare(MustParse(order[i]), MustParse(order[j]))
			want := cmpInt(i, j)
			if got != want {
				t.Errorf("Compare(%s, %s) = %d, want %d", order[i], order[j], got, want)
			}
		}
	}
	if !Equal(MustParse("1.0"), MustParse("1.0.0.0")) || !Equal(MustParse("1.0+1"), MustParse("1.0+01")) {
		t.Error("trailing zeros or local leading zeros not ignored")
	}
	if Compare(MustParse("99999999999999999999999.0"), MustParse("99999999999999999999998.9")) != 1 {
		t.Error("big release numbers compare wrongly")
	}
}

func TestLegacy(t *testing.T) {
	lv := ParseLoose("french toast")
	if !lv.IsLegacy() || lv.String() != "french toast" || lv.IsPrerelease() {
		t.Fatalf("ParseLoose(french toast) = %#v", lv)
	}
	if Compare(lv, MustParse("0.0.dev0")) != -1 {
		t.Error("legacy version must sort before every PEP 440 version")
	}
	vs := []string{"2.0-SNAPSHOT", "1.0-foo", "2004d", "1.0.final", "1.0-rc1-x", "1.0-dev-r1234", "french toast"}
	parsed := make([]Version, len(vs))
	for i, s := range vs {
		parsed[i] = ParseLoose(s)
	}
	sort.Slice(parsed, func(i, j int) bool { return Compare(parsed[i], parsed[j]) < 0 })
	got := []string{}
	for _, v := range parsed {
		got = append(got, v.String())
	}
	// Order established with packaging 21.3's LegacyVersion.
	want := []string{"french toast", "1.0-dev-r1234", "1.0-rc1-x", "1.0.final", "1.0-foo", "2.0-SNAPSHOT", "2004d"}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("legacy order = %v, want %v", got, want)
		}
	}
}

// TestFastPathAgreesWithGrammar checks that the fast path of Parse gives
// what the full grammar gives, on the forms it takes and near misses.
func TestFastPathAgreesWithGrammar(t *testing.T) {
	for _, s := range []string{
		"1", "1.0", "01.002.0003", "1.0a1", "1.0b2", "1.0rc3", "1.0rc03", "1.0.post1", "1.0.dev0", "1.0a1.post2.dev3",
		"2.0.0rc1.dev5", "1.0a", "1.0.post", "1.0.dev", "1.0c1", "1.0-1", "1.0.a1", "1..0", "1.", ".1", "1.0+local",
		"1.0rc1x", "v1.0", " 1.0", "1.0 ", "1!1.0", "1.0.POST1", "1.0alpha1", "1.0_dev1", "1.0a1.dev", "0.9.8.b1",
	} {
		fast, ok := parseRelease(s)
		full, err := parseFull(s)
		if !ok {
			continue // the full grammar decides
		}
		if err != nil {
			t.Errorf("%q: the fast path accepts what the grammar rejects", s)
			continue
		}
		if fast.String() != full.String() || Compare(fast, full) != 0 {
			t.Errorf("%q: fast path %s, grammar %s", s, fast, full)
		}
	}
}
