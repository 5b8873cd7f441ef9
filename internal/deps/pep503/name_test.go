package pep503

import "testing"

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"Friendly-Bar": "friendly-bar", "FRIENDLY-BAR": "friendly-bar", "friendly.bar": "friendly-bar",
		"friendly_bar": "friendly-bar", "Friendly-_.-Bar": "friendly-bar", "a__b..c": "a-b-c", "-x-": "-x-", "": "",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
	if !Equal("Zope.Interface", "zope-interface") {
		t.Error("Equal failed")
	}
}

func TestValid(t *testing.T) {
	for in, want := range map[string]bool{
		"requests": true, "A": true, "zope.interface": true, "a-_.b": true, "": false, "-a": false, "a-": false,
		"a b": false, "ä": false, "a1": true, "_a": false,
	} {
		if got := Valid(in); got != want {
			t.Errorf("Valid(%q) = %v, want %v", in, got, want)
		}
	}
}
