package taint

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

func TestLambdas(t *testing.T) {
	check(t, flaskHead+`
run = lambda c: os.system(c)  # flow request.args
ident = lambda v: v
const = lambda v: "ls"

@app.route("/a")
def a():
    p = request.args.get("c")
    f = lambda x: os.system(x)  # flow request.args
    f(p)
    f("ls")
    g = lambda x, y: subprocess.call(y, shell=True)
    g(p, "ls")
    run(p)
    os.system(ident(p))  # flow request.args
    os.system(const(p))
    os.system(ident("ls"))
    (lambda z: os.popen(z))(p)  # flow request.args
    h = lambda: os.system(p)  # flow request.args
    h()
`)
}

func TestClosures(t *testing.T) {
	check(t, flaskHead+`
@app.route("/a")
def a():
    p = request.args.get("c")
    safe = "ls"

    def run():
        os.system(p)  # flow request.args

    def run_safe():
        os.system(safe)

    def get():
        return p

    def inner(x):
        subprocess.call(x, shell=True)  # flow request.args

    def outer_helper():
        run()

    run()
    run_safe()
    os.system(get())  # flow request.args
    inner(p)
    inner(safe)
    outer_helper()
    return "ok"

@app.route("/b")
def b():
    p = request.args.get("c")
    def later():
        os.system(p)
    p = "ls"
    later()
    return "ok"
`)
}

func TestPartial(t *testing.T) {
	check(t, flaskHead+`
import functools
from functools import partial

def run_query(conn, sql):
    conn.execute(sql)  # flow request.args

conn = sqlite3.connect("x.db")
query = functools.partial(run_query, conn)

@app.route("/a")
def a():
    p = request.args.get("c")
    sh = partial(os.system, p)
    sh()  # flow request.args
    ls = partial(os.system, "ls")
    ls()
    call = partial(subprocess.call, shell=True)
    call(p)  # flow request.args
    call("ls")
    query(p)
    query("SELECT 1")
    late = partial(os.system, p)
    p = "ls"
    late()  # flow request.args
    return "ok"
`)
}

func TestDecorators(t *testing.T) {
	check(t, flaskHead+`
import functools

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper

def cached(func):
    return func

@logged
def run(cmd):
    os.system(cmd)  # flow request.args

@cached
def ident(v):
    return v

class Tool:
    @staticmethod
    def sh(cmd):
        os.system(cmd)  # flow request.form

    @classmethod
    def make(cls, cmd):
        return cmd

@app.route("/a")
def a():
    p = request.args.get("c")
    run(p)
    run("ls")
    os.system(ident(p))  # flow request.args
    Tool().sh(request.form["x"])
    Tool.sh("ls")
    os.popen(Tool.make(p))  # flow request.args
    os.popen(Tool.make("ls"))
    return "ok"
`)
}

func TestInstanceMethods(t *testing.T) {
	check(t, flaskHead+`
class Base:
    def run(self, cmd):
        os.system(cmd)  # flow request.args request.form

class Repo(Base):
    def __init__(self, db):
        self.db = db
        self.table = "items"

    def find(self, name):
        self.db.execute("SELECT * FROM items WHERE name = '" + name + "'")  # flow request.args

    def find_safe(self, name):
        self.db.execute("SELECT * FROM items WHERE name = ?", (name,))

    def table_cmd(self):
        os.system("dump " + self.table)

    def db_cmd(self):
        os.system(self.db)  # flow request.values

@app.route("/a")
def a():
    p = request.args.get("c")
    obj = Repo(sqlite3.connect("x.db"))
    obj.find(p)
    obj.find_safe(p)
    obj.find("x")
    obj.run(p)
    Repo(None).run(request.form["x"])
    obj.table_cmd()
    bad = Repo(request.values["db"])
    bad.db_cmd()
    obj.db_cmd()
    return "ok"
`)
}

func TestClosureThroughClosure(t *testing.T) {
	check(t, flaskHead+`
@app.route("/a")
def a():
    p = request.args.get("c")

    def run():
        os.system(p)  # flow request.args

    def helper():
        run()

    helper()
    return "ok"

def outer():
    q = "ls"
    def run():
        os.system(q)
    run()
`)
}

func TestMethodsWriteAttributes(t *testing.T) {
	check(t, flaskHead+`
class Job:
    def __init__(self):
        self.cmd = "ls"
        self.name = "job"

    def set(self, cmd):
        self.cmd = cmd

    def run(self):
        os.system(self.cmd)  # flow request.args

    def label(self):
        os.system("echo " + self.name)

@app.route("/a")
def a():
    job = Job()
    job.run()
    job.set(request.args["c"])
    job.label()
    job.run()
    Job.run(job)
    return "ok"
`)
}

func TestProjectClasses(t *testing.T) {
	paths := writeProject(t, map[string]string{
		"app/__init__.py": "",
		"app/views.py": `from flask import Flask, request
from app.repo import Repo, Runner, shell
from app import repo
from functools import partial

app = Flask(__name__)

@app.route("/a")
def a():
    r = Repo("items")
    r.find(request.args["q"])           # SQL injection in repo.py
    r.find_safe(request.args["q"])      # parameterised
    repo.Repo("x").find(request.args["q"])

@app.route("/b")
def b():
    Runner.run(request.args["c"])       # a static method
    Runner.run("ls")
    go = partial(Runner.run, request.args["c"])
    go()
    t = Repo(request.args["t"])
    t.dump()
    shell(request.args["c"])
`,
		"app/repo.py": `import os
import sqlite3

class Base:
    def dump(self):
        os.system("dump " + self.table)

class Repo(Base):
    def __init__(self, table):
        self.table = table
        self.db = sqlite3.connect("x.db")

    def find(self, name):
        self.db.execute("SELECT * FROM t WHERE n = '" + name + "'")

    def find_safe(self, name):
        self.db.execute("SELECT * FROM t WHERE n = ?", (name,))

class Runner:
    @staticmethod
    def run(cmd):
        os.system(cmd)

shell = lambda c: os.system(c)
`,
	})
	got := analyseProject(t, paths)
	want := []string{
		"views.py:11 SQL injection via execute() (through find())",
		"views.py:13 SQL injection via execute() (through find())",
		"views.py:17 command injection via os.system (through run())",
		"views.py:20 command injection via os.system (through run())",
		"views.py:22 command injection via os.system (through dump())",
		"views.py:23 command injection via os.system (through <lambda>())",
	}
	sort.Strings(got)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestInterprocOddTrees(t *testing.T) {
	check(t, flaskHead+`
from functools import partial
p = partial(p, 1)
p()
q = partial()
q(request.args["x"])
r = partial(*request.args)
r()
f = lambda x: f(x)
f(request.args["x"])
g = lambda: (lambda: (lambda: g())())()
g()
class A(B):
    def m(self):
        return self.m()
class B(A):
    def n(self, x):
        return self.missing(x)
A().m()
B().n(request.args["x"])
A.m(None)
def outer():
    def mid():
        def inner():
            return inner()
        return inner()
    return mid()
outer()
class C:
    m = lambda self, x: os.system(x)  # flow request.args
C().m(request.args["x"])
`)
}

func TestKeepLabelsPrefersSources(t *testing.T) {
	var tt Taint
	for i := 1; i <= maxLabels+4; i++ {
		tt = tt.Union(Taint{{Param: i}})
	}
	tt = tt.Union(Taint{{Source: "request.args"}})
	found := false
	for _, l := range tt {
		found = found || l.Source == "request.args"
	}
	if len(tt) != maxLabels || !found {
		t.Errorf("labels = %d, source kept = %v", len(tt), found)
	}
	for i := 1; i < len(tt); i++ {
		if !labelLess(tt[i-1], tt[i]) {
			t.Errorf("labels not sorted at %d", i)
		}
	}
}

func TestTemplateInjection(t *testing.T) {
	r := analyze(t, `from flask import Flask, request, render_template_string
from jinja2 import Template
import html
app = Flask(__name__)

@app.route("/a")
def a():
    name = request.args["n"]
    Template(name)
    Template("{{ n }}").render(n=name)
    render_template_string(html.escape(name))
    render_template_string("<p>" + name)
    render_template_string("{{ n }}", n=name)
    return "ok"
`)
	var got []string
	for _, f := range r.Findings {
		got = append(got, fmt.Sprintf("%d:%s", f.Loc.Lineno, f.Class))
	}
	want := []string{
		"9:server-side template injection",
		"11:server-side template injection",
		"12:cross-site scripting",
		"12:server-side template injection",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if c, err := ParseClass("ssti"); err != nil || c != TemplateInjection {
		t.Errorf("ParseClass(ssti) = %v, %v", c, err)
	}
}

// TestProjectModelsFirst checks that a modelled sink keeps its model when
// the project defines it (the library itself being scanned).
func TestProjectModelsFirst(t *testing.T) {
	paths := writeProject(t, map[string]string{
		"views.py": `import subprocess
from flask import request

def view():
    subprocess.Popen(request.args["c"], shell=True)
    subprocess.run(request.args["c"], shell=True)
`,
		"subprocess.py": `class Popen:
    def __init__(self, args, shell=False):
        self.log = open(args)

def run(args, shell=False):
    open(args)
`,
	})
	got := analyseProject(t, paths)
	want := []string{
		"views.py:5 command injection via subprocess.Popen",
		"views.py:6 command injection via subprocess.run",
	}
	sort.Strings(got)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestInterprocLimits checks that many lambdas, deep closures and long
// base-class chains stay within the limits and finish quickly.
func TestInterprocLimits(t *testing.T) {
	var b strings.Builder
	b.WriteString(flaskHead)
	for i := 0; i < maxFunctions+100; i++ {
		fmt.Fprintf(&b, "f%d = lambda x: os.system(x)\n", i)
	}
	b.WriteString("@app.route(\"/a\")\ndef a():\n    p = request.args[\"c\"]\n")
	indent := "    "
	for i := 0; i < 60; i++ {
		fmt.Fprintf(&b, "%sdef n%d():\n", indent, i)
		indent += "    "
	}
	fmt.Fprintf(&b, "%sos.system(p)\n", indent)
	for i := 0; i < 100; i++ {
		fmt.Fprintf(&b, "class C%d(C%d):\n    def m%d(self, x):\n        return self.m%d(x)\n", i+1, i, i, i+1)
	}
	b.WriteString("C100().m0(request.args[\"x\"])\n")
	r := analyze(t, b.String())
	if r == nil {
		t.Fatal("no result")
	}
}
