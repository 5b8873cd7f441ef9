package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/taint"
)

func loadString(t *testing.T, text string) (*Config, error) {
	t.Helper()
	p := filepath.Join(t.TempDir(), "krait.toml")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return Load(p)
}

func TestTaintModels(t *testing.T) {
	c, err := loadString(t, `
[taint]
sources = ["myapp.web.param", "myapp.ctx.body"]
sanitizers = ["myapp.html.clean"]
[taint.sinks]
"myapp.db.run_sql" = "sql"
"myapp.shell.run" = "tainted-command-injection"
`)
	if err != nil {
		t.Fatal(err)
	}
	u := c.Taint
	if u == nil || len(u.Sources) != 2 || u.Sources["myapp.web.param"] != "myapp.web.param" {
		t.Fatalf("sources = %+v", u)
	}
	if u.Sinks["myapp.db.run_sql"].Class != taint.SQLInjection || !u.Sinks["myapp.db.run_sql"].AllArgs ||
		u.Sinks["myapp.shell.run"].Class != taint.CommandInjection {
		t.Errorf("sinks = %+v", u.Sinks)
	}
	if u.Sanitizers["myapp.html.clean"] != taint.AllClasses {
		t.Errorf("sanitizers = %+v", u.Sanitizers)
	}
	c, err = loadString(t, "[taint.sanitizers]\n\"myapp.html.clean\" = \"xss\"\n\"myapp.q\" = [\"sql\", \"command\"]\n")
	if err != nil {
		t.Fatal(err)
	}
	if c.Taint.Sanitizers["myapp.html.clean"] != taint.XSS || c.Taint.Sanitizers["myapp.q"] != taint.SQLInjection|taint.CommandInjection {
		t.Errorf("sanitizers = %+v", c.Taint.Sanitizers)
	}
}

func TestTaintModelsErrors(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"[taint]\nsource = [\"a\"]\n", `taint.source: unknown key (did you mean "sources"?)`},
		{"[taint]\nsources = \"a\"\n", `taint.sources: expected a list of strings`},
		{"[taint.sinks]\n\"a.b\" = \"sqli\"\n", `taint.sinks."a.b": unknown vulnerability class "sqli"`},
		{"[taint.sinks]\n\"a.b\" = [\"sql\", \"xss\"]\n", `taint.sinks."a.b": a sink takes one vulnerability class`},
		{"[taint]\nsinks = [\"a\"]\n", `taint.sinks: expected a table`},
	} {
		_, err := loadString(t, c.text)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: err = %v, want %s", c.text, err, c.want)
		}
	}
}
