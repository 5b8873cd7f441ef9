package taint

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/parser"
	"github.com/krait-dev/krait/internal/semantic"
)

// writeProject writes files (slash paths → source) below a new directory
// and returns their paths.
func writeProject(t *testing.T, files map[string]string) []string {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for name, src := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	sort.Strings(paths)
	return paths
}

// analyseProject returns the findings of every file of the project, as
// "file:line class via sink".
func analyseProject(t *testing.T, paths []string) []string {
	t.Helper()
	project := NewProject(paths, os.ReadFile, nil)
	names := analysis.ModuleNames(paths)
	var out []string
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f := parser.ParseFile(p, src)
		pkg := packageName(names[p], p)
		res := AnalyzeProject(p, f.Module, semantic.Build(f.Module, pkg), nil, project)
		for _, fd := range res.Findings {
			out = append(out, filepath.Base(p)+":"+strconv.Itoa(int(fd.Loc.Lineno))+" "+fd.Class.String()+" via "+fd.Sink)
		}
	}
	return out
}

func TestProjectCrossFile(t *testing.T) {
	paths := writeProject(t, map[string]string{
		"web/__init__.py": "",
		"web/views.py": `from flask import Flask, request
from web import db
from web.db import run_safe, quoted
from web.helpers import name_from_request
from .chain import first

app = Flask(__name__)

@app.route("/a")
def a():
    db.run(request.args["q"])            # SQL injection in db.py, reported here

@app.route("/b")
def b():
    run_safe(request.args["q"])          # parameterised: nothing

@app.route("/c")
def c():
    import os
    os.system("ls " + quoted(request.args["q"]))   # sanitised in the other file

@app.route("/d")
def d():
    import os
    os.system(name_from_request())       # a source returned from another file

@app.route("/e")
def e():
    first(request.args["q"])             # three files deep
`,
		"web/db.py": `import sqlite3
import shlex

def run(sql):
    cur = sqlite3.connect("x").cursor()
    cur.execute("SELECT * FROM t WHERE n = '" + sql + "'")

def run_safe(value):
    cur = sqlite3.connect("x").cursor()
    cur.execute("SELECT * FROM t WHERE n = ?", (value,))

def quoted(s):
    return shlex.quote(s)
`,
		"web/helpers.py": `from flask import request

def name_from_request():
    return request.args["name"]
`,
		"web/chain.py": `from web.chain2 import second

def first(x):
    second(x)
`,
		"web/chain2.py": `import subprocess

def second(y):
    subprocess.call(y, shell=True)
`,
		// An import cycle must not hang or crash.
		"cyc/__init__.py": "",
		"cyc/a.py":        "from flask import request\nfrom cyc.b import g\n\ndef f(x):\n    return g(x)\n\ndef view():\n    import os\n    os.system(f(request.args['x']))\n",
		"cyc/b.py":        "from cyc.a import f\n\ndef g(x):\n    return f(x)\n",
	})
	got := analyseProject(t, paths)
	want := []string{
		"a.py:9 command injection via os.system",
		"views.py:11 SQL injection via execute() (through run())",
		"views.py:25 command injection via os.system",
		"views.py:29 command injection via subprocess.call (through first())",
	}
	sort.Strings(got)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestUnionIsCommutative checks that the union of labels does not depend
// on the order of its operands (it is built over maps, whose order
// varies): the shorter trace wins, the smaller on a tie.
func TestUnionIsCommutative(t *testing.T) {
	step := func(line int, msg string) finding.Step { return finding.Step{Path: "a.py", Line: line, Message: msg} }
	long := &Label{Source: "request.args", Trace: []finding.Step{step(1, "source"), step(2, "assigned to a"), step(3, "assigned to b")}}
	short := &Label{Source: "request.args", Trace: []finding.Step{step(1, "source"), step(4, "assigned to c")}}
	other := &Label{Source: "request.args", Trace: []finding.Step{step(1, "source"), step(4, "assigned to b")}}
	for _, c := range []struct {
		a, b *Label
		want *Label
	}{{long, short, short}, {short, other, other}} {
		x, y := Taint{c.a}.Union(Taint{c.b}), Taint{c.b}.Union(Taint{c.a})
		if len(x) != 1 || len(y) != 1 || x[0] != c.want || y[0] != c.want {
			t.Errorf("union keeps %v / %v, want %v", x[0].Trace, y[0].Trace, c.want.Trace)
		}
	}
}

// TestProjectSummariesOnDemand checks that a call into another file
// computes the summaries it reaches (through a recursive pair and a
// module-level alias) and not the rest of that module.
func TestProjectSummariesOnDemand(t *testing.T) {
	paths := writeProject(t, map[string]string{
		"app/__init__.py": "",
		"app/views.py": `from flask import Flask, request
from app import lib
app = Flask(__name__)

@app.route("/run")
def run():
    lib.entry(request.args["cmd"], 3)
    return "started"
`,
		"app/lib.py": `import os
import subprocess
from functools import partial

def entry(cmd, n):
    return ping(cmd, n)

def ping(cmd, n):
    if n > 0:
        return pong(cmd, n - 1)
    return launch(cmd)

def pong(cmd, n):
    return ping(cmd, n)

launch = partial(subprocess.call, shell=True)

def unrelated(x):
    os.system(x)

class Unused:
    def method(self, y):
        return eval(y)
`,
	})
	project := NewProject(paths, os.ReadFile, nil)
	names := analysis.ModuleNames(paths)
	var got []string
	for _, p := range paths {
		src, _ := os.ReadFile(p)
		f := parser.ParseFile(p, src)
		res := AnalyzeProject(p, f.Module, semantic.Build(f.Module, packageName(names[p], p)), nil, project)
		if strings.HasSuffix(p, "views.py") {
			for _, fd := range res.Findings {
				got = append(got, strconv.Itoa(int(fd.Loc.Lineno))+" "+fd.Class.String())
			}
		}
	}
	if len(got) != 1 || got[0] != "7 command injection" {
		t.Errorf("views.py findings = %q, want the command injection of line 7 through entry → ping ⇄ pong", got)
	}
	m := project.done["app.lib@1"]
	if m == nil || m.e == nil {
		t.Fatalf("app.lib was not prepared at depth 1: %v", project.done)
	}
	computed := map[string]bool{}
	for f := range m.e.summaries {
		computed[f.name] = true
	}
	for _, want := range []string{"entry", "ping", "pong"} {
		if !computed[want] {
			t.Errorf("summary of %s not computed (computed: %v)", want, computed)
		}
	}
	for _, unwanted := range []string{"unrelated", "method"} {
		if computed[unwanted] {
			t.Errorf("summary of %s computed, though no call reaches it", unwanted)
		}
	}
}
