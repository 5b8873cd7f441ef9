package taint

import (
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/python/parser"
	"github.com/krait-dev/krait/internal/semantic"
)

func TestUserModels(t *testing.T) {
	src := `import os
from myapp.web import param, ctx
from myapp.db import run_sql
from myapp.html import clean, clean_sql


def handler():
    name = param("name")
    run_sql("select '" + name + "'")
    run_sql("select 1")
    os.system("echo " + name)
    os.system("echo " + clean(name))
    run_sql(clean_sql(name))
    os.system(clean_sql(name))
    os.system(ctx.body)
`
	f := parser.ParseFile("t.py", []byte(src))
	user := &UserModels{
		Sources:    map[string]string{"myapp.web.param": "myapp.web.param", "myapp.web.ctx.body": "ctx.body"},
		Sinks:      map[string]Sink{"myapp.db.run_sql": {Class: SQLInjection, AllArgs: true}},
		Sanitizers: map[string]Class{"myapp.html.clean": AllClasses, "myapp.html.clean_sql": SQLInjection},
	}
	r := AnalyzeWith("t.py", f.Module, semantic.Build(f.Module, ""), user)
	got := strings.Join(lines(r), "\n")
	want := "9:myapp.db.run_sql:myapp.web.param\n11:os.system:myapp.web.param\n14:os.system:myapp.web.param\n15:os.system:ctx.body"
	if got != want {
		t.Errorf("findings:\n%s\nwant:\n%s", got, want)
	}
	// Without the models the module has no source at all.
	if r := Analyze("t.py", f.Module, semantic.Build(f.Module, "")); len(r.Findings) != 0 {
		t.Errorf("built-in models found %v", lines(r))
	}
}

func TestParseClass(t *testing.T) {
	for name, want := range map[string]Class{"sql": SQLInjection, "tainted-sql-injection": SQLInjection, "XSS": XSS, "weak_hash": WeakHash, "all": AllClasses} {
		if c, err := ParseClass(name); err != nil || c != want {
			t.Errorf("ParseClass(%q) = %v, %v", name, c, err)
		}
	}
	if _, err := ParseClass("sqli"); err == nil {
		t.Error("ParseClass(sqli): no error")
	}
}
