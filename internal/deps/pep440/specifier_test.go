package pep440

import (
	"errors"
	"testing"
)

func TestSpecifierContains(t *testing.T) {
	tests := []struct {
		spec, version string
		pre, want     bool
	}{
		{">=1.0", "1.0", false, true},
		{">=1.0", "2.0a1", false, false},
		{">=1.0", "2.0a1", true, true},
		{">=1.0a1", "2.0a1", false, true},  // mentions a pre-release
		{"!=1.0a1", "2.0a1", false, false}, // != never mentions
		{"<1.0", "1.0a1", true, false},     // <V excludes pre-releases of V
		{"<1.0", "0.9a1", true, true},
		{"<1.0rc1", "1.0a1", true, true},
		{"<1.0rc1", "1.0a1", false, false},  // < never mentions
		{">1.0", "1.0.post1", false, false}, // >V excludes post-releases of V
		{">1.0.post1", "1.0.post2", false, true},
		{">1.0", "1.0+local", false, false},
		{">1.0", "1.1", false, true},
		{"==1.0", "1.0+local", false, true},
		{"==1.0+local", "1.0", false, false},
		{"==1.0+local", "1.0+LOCAL", false, true},
		{"==1.0.0", "1", false, true},
		{"==1.*", "1.5.2", false, true},
		{"==1.0.*", "1", false, true},
		{"==1.0.*", "1.post1", false, true},
		{"==1.0.*", "1.1", false, false},
		{"!=1.0.*", "1.1", false, true},
		{"==1!2.*", "2.0", false, false},
		{"~=2.2", "2.3", false, true},
		{"~=2.2", "3.0", false, false},
		{"~=1.4.5", "1.4.9", false, true},
		{"~=1.4.5", "1.5.0", false, false},
		{"~=2.2.post3", "2.2.post4", false, true},
		{"~=1.4.5a4", "1.4.5a5", false, true},
		{"===1.0", "1.0", false, true},
		{"===1.0", "1.0.0", false, false},
		{"===foobar", "foobar", false, true},
		{"<=1.0", "1.0+local", false, true},
		{">=1.0", "foobar", false, false},
	}
	for _, tt := range tests {
		set, err := ParseSpecifierSet(tt.spec)
		if err != nil {
			t.Errorf("ParseSpecifierSet(%q): %v", tt.spec, err)
			continue
		}
		if got := set.Contains(ParseLoose(tt.version), tt.pre); got != tt.want {
			t.Errorf("%q.Contains(%q, %v) = %v, want %v", tt.spec, tt.version, tt.pre, got, tt.want)
		}
	}
}

func TestSpecifierSet(t *testing.T) {
	set, err := ParseSpecifierSet(" >= 1.0 , <2.0,, !=1.5.* ")
	if err != nil {
		t.Fatal(err)
	}
	if set.String() != ">=1.0,<2.0,!=1.5.*" {
		t.Errorf("String() = %q", set.String())
	}
	for v, want := range map[string]bool{"1.0": true, "1.5.1": false, "1.9": true, "2.0": false, "2.0a1": false} {
		if got := set.Contains(MustParse(v), false); got != want {
			t.Errorf("Contains(%s) = %v, want %v", v, got, want)
		}
	}
	empty, _ := ParseSpecifierSet("")
	if !empty.Contains(MustParse("1.0"), false) || empty.Contains(MustParse("1.0a1"), false) || !empty.Contains(MustParse("1.0a1"), true) {
		t.Error("empty set semantics wrong")
	}
}

func TestSpecifierErrors(t *testing.T) {
	for _, s := range []string{"1.0", "~=1", "~=1.0.*", "<1.0+local", ">=1.*", "==1.0.dev1.*", "==1.0+local.*", "== 1.0 .*", "=>1.0", "==", "==1.0 2", ">=foo"} {
		_, err := ParseSpecifierSet(s)
		var ise *InvalidSpecifierError
		if !errors.As(err, &ise) {
			t.Errorf("ParseSpecifierSet(%q) = %v, want InvalidSpecifierError", s, err)
		}
	}
}
