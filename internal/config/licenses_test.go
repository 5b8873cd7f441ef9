package config

import (
	"strings"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/license"
)

func TestLicenses(t *testing.T) {
	c, err := loadDeps(t, `
[licenses]
allow = ["MIT", "Apache-2.0", "GPL-2.0-only WITH Classpath-exception-2.0"]
deny = ["AGPL-3.0-only", "GPL-3.0"]
review = ["MPL-2.0"]
include-dev = true
dev-groups = ["dev", "ci"]
overrides = [
  { package = "Foo_Bar", version = "1.0", license = "MIT", reason = "metadata wrong upstream", expires = 2027-01-31 },
  { package = "internal-lib", reason = "our own code", expires = "2026-01-01" },
]

[licenses.categories]
strong-copyleft = "fail"
"weak copyleft" = "WARN"
`)
	if err != nil {
		t.Fatal(err)
	}
	l := c.Licenses
	if l == nil || len(l.Allow) != 3 || len(l.Deny) != 2 || len(l.Review) != 1 || !l.IncludeDev || len(l.DevGroups) != 2 || len(l.Overrides) != 2 {
		t.Fatalf("Licenses = %+v", l)
	}
	if l.Categories[license.CategoryStrongCopyleft] != license.ActionFail || l.Categories[license.CategoryWeakCopyleft] != license.ActionWarn {
		t.Errorf("categories = %v", l.Categories)
	}
	o := l.Overrides[0]
	if o.Package != "Foo_Bar" || o.Version != "1.0" || o.License != "MIT" || !o.Expires.Equal(time.Date(2027, 1, 31, 0, 0, 0, 0, time.UTC)) || o.Key != "licenses.overrides[0]" {
		t.Errorf("override = %+v", o)
	}
	p := l.Policy()
	if _, err := license.NewEvaluator(p, nil, time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatalf("the decoded policy does not validate: %v", err)
	}
	if len(p.Overrides) != 2 || p.Overrides[1].Reason != "our own code" || p.DevGroups[1] != "ci" {
		t.Errorf("Policy() = %+v", p)
	}
	// No table: the default policy.
	if p := (*Licenses)(nil).Policy(); p.IncludeDev || p.DevGroups != nil || p.Categories != nil {
		t.Errorf("nil Policy() = %+v", p)
	}
}

func TestLicensesErrors(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"[licenses]\nallow = \"MIT\"\n", "licenses.allow: expected a list of strings, got a string"},
		{"[licenses]\ndeny = [\"MIT\", \"Not-A-License\"]\n", "licenses.deny[1]: "},
		{"[licenses]\nreview = [\"MIT OR Apache-2.0\"]\n", `licenses.review[0]: "MIT OR Apache-2.0" is an expression`},
		{"[licenses]\nallow = [\"MIT\"]\ndeny = [\"mit\"]\n", "licenses: MIT is both allowed and denied"},
		{"[licenses.categories]\ncopyleft = \"fail\"\n", `licenses.categories.copyleft: unknown license category "copyleft"`},
		{"[licenses.categories]\npermissive = \"deny\"\n", `licenses.categories.permissive: unknown license policy action "deny"`},
		{"[licenses.categories]\npermissive = 1\n", "licenses.categories.permissive: expected a string, got an integer"},
		{"[licenses]\noverrides = [{ package = \"x\" }]\n", "licenses.overrides[0]: overriding the license of x needs a reason"},
		{"[licenses]\noverrides = [{ reason = \"r\" }]\n", "licenses.overrides[0]: an override needs a package"},
		{"[licenses]\noverrides = [{ package = \"x\", reason = \"r\", license = \"MIT OR\" }]\n", "licenses.overrides[0].license: "},
		{"[licenses]\noverrides = [{ package = \"x\", reason = \"r\", expires = \"soon\" }]\n", `licenses.overrides[0].expires: expected a date like 2026-12-31, got "soon"`},
		{"[licenses]\noverrides = [{ package = \"x\", reason = \"r\", reasn = \"r\" }]\n", `licenses.overrides[0].reasn: unknown key (did you mean "reason"?)`},
		{"[licenses]\noverrides = { package = \"x\" }\n", "licenses.overrides: expected an array of tables"},
		{"[licenses]\ninclude-dev = \"yes\"\n", "licenses.include-dev: expected true or false, got a string"},
		{"[licenses]\ndev-group = [\"dev\"]\n", `licenses.dev-group: unknown key (did you mean "dev-groups"?)`},
		{"[licence]\nallow = []\n", `licence: unknown key (did you mean "licenses"?)`},
	} {
		_, err := loadDeps(t, c.text)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.text, err, c.want)
		}
	}
}

// TestLicensesConfigured: a policy is configured by an allow, deny or
// review list or a category action; overrides and dev settings alone only
// tune the default policy.
func TestLicensesConfigured(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"", false},
		{"[licenses]\n", false},
		{"[licenses]\nallow = []\ndeny = []\nreview = []\n", false},
		{"[licenses]\ninclude-dev = true\ndev-groups = [\"lint\"]\n", false},
		{"[licenses]\noverrides = [{ package = \"pkg\", reason = \"ours\" }]\n", false},
		{"[licenses.categories]\n", false},
		{"[licenses]\nallow = [\"MIT\"]\n", true},
		{"[licenses]\ndeny = [\"GPL-3.0-only\"]\n", true},
		{"[licenses]\nreview = [\"MPL-2.0\"]\n", true},
		{"[licenses.categories]\nunknown = \"allow\"\n", true},
	} {
		cfg, err := loadDeps(t, c.text)
		if err != nil {
			t.Fatalf("%q: %v", c.text, err)
		}
		if got := cfg.Licenses.Configured(); got != c.want {
			t.Errorf("%q: Configured() = %v, want %v", c.text, got, c.want)
		}
	}
}
