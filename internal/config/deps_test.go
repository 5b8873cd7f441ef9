package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func loadDeps(t *testing.T, text string) (*Config, error) {
	t.Helper()
	p := filepath.Join(t.TempDir(), "krait.toml")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return Load(p)
}

func TestDeps(t *testing.T) {
	c, err := loadDeps(t, `
[deps]
python-version = "3.12"
platform = "linux"
osv-url = "https://osv.example"
ignore = [
  { id = "GHSA-aaaa-bbbb-cccc", reason = "not reachable: we never parse YAML from users", expires = 2027-01-31 },
  { id = "PYSEC-2021-1", reason = "dev only", expires = "2026-01-01" },
  { id = "CVE-2020-1", reason = "forever" },
]
`)
	if err != nil {
		t.Fatal(err)
	}
	d := c.Deps
	if d == nil || d.PythonVersion != "3.12" || d.Platform != "linux" || d.OSVURL != "https://osv.example" || len(d.Ignores) != 3 {
		t.Fatalf("Deps = %+v", d)
	}
	now := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	for i, want := range []bool{false, true, false} {
		if got := d.Ignores[i].Expired(now); got != want {
			t.Errorf("ignore %d (%s) expired = %v, want %v", i, d.Ignores[i].ID, got, want)
		}
	}
	if !d.Ignores[0].Expired(time.Date(2027, 1, 31, 0, 0, 0, 0, time.UTC)) {
		t.Error("an ignore still applies on its expiry day")
	}
	if d.Ignores[1].Key != "deps.ignore[1]" {
		t.Errorf("key = %q", d.Ignores[1].Key)
	}
}

func TestDepsErrors(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"[deps]\nignore = [{ id = \"X\" }]\n", "deps.ignore[0]: ignoring X needs a reason"},
		{"[deps]\nignore = [{ reason = \"r\" }]\n", "deps.ignore[0]: an ignore needs an id"},
		{"[deps]\nignore = [{ id = \"X\", reason = \"r\", expires = \"soon\" }]\n", `deps.ignore[0].expires: expected a date like 2026-12-31, got "soon"`},
		{"[deps]\nignore = \"X\"\n", "deps.ignore: expected an array of tables"},
		{"[deps]\npython-versoin = \"3.12\"\n", `deps.python-versoin: unknown key (did you mean "python-version"?)`},
		{"[deps]\nignore = [{ id = \"X\", reason = \"r\", until = 2026-01-01 }]\n", "deps.ignore[0].until: unknown key"},
	} {
		_, err := loadDeps(t, c.text)
		var ce *Error
		if !errors.As(err, &ce) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: err = %v, want %q", c.text, err, c.want)
		}
	}
}
