package taintweakrandom

import "testing"

func TestInAuthFlow(t *testing.T) {
	for name, want := range map[string]bool{
		"forgot": true, "send_verification": true, "mfaLogin": true, "resetPassword": true, "confirm_email": true,
		"chart_colour": false, "make_coupon": false, "render_page": false, "": false,
	} {
		if got := inAuthFlow(name); got != want {
			t.Errorf("inAuthFlow(%q) = %v, want %v", name, got, want)
		}
	}
}
