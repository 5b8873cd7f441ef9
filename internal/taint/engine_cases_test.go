package taint

import (
	"fmt"
	"strings"
	"testing"
)

const flaskHead = `from flask import Flask, request
import os, subprocess, sqlite3
app = Flask(__name__)
`

func TestDirectFlow(t *testing.T) {
	check(t, flaskHead+`
@app.route("/a")
def a():
    cmd = request.args.get("c")
    os.system(cmd)  # flow request.args
    os.system("ls")
    os.system(request.form["x"])  # flow request.form
`)
}

func TestFoldingPrunesBranch(t *testing.T) {
	check(t, flaskHead+`
@app.route("/a")
def a():
    param = request.args.get("c")
    num = 106
    bar = "safe" if 7 * 18 + num > 200 else param
    os.system(bar)
    bar2 = "safe" if 7 * 18 + num < 200 else param
    os.system(bar2)  # flow request.args
    if (num * 2) % 5 == 2 and "ab" + "c" == "abc":
        os.system(param)  # flow request.args
    else:
        os.system(param)
    if not num or num - 106:
        os.system(param)
`)
}

func TestContainers(t *testing.T) {
	check(t, flaskHead+`
@app.route("/a")
def a():
    param = request.args.get("c")
    l = ["safe", param, "more"]
    os.system(l[0])
    os.system(l[1])  # flow request.args
    os.system(l[-1])
    l.pop(0)
    os.system(l[0])  # flow request.args
    os.system(l[1])
    m = []
    m.append("a")
    m.append(param)
    m.append("b")
    os.system(m[0])
    os.system(m[1])  # flow request.args
    d = {}
    d["keyA"] = "safe"
    d["keyB"] = param
    os.system(d["keyA"])
    os.system(d.get("keyA"))
    os.system(d["keyB"])  # flow request.args
    os.system(d.get("keyB"))  # flow request.args
    e = {"x": param, "y": "ok"}
    os.system(e["y"])
    os.system(e["x"])  # flow request.args
    v1, v2 = "safe", param
    os.system(v1)
    os.system(v2)  # flow request.args
    n = ["a", "b"]
    n.insert(0, param)
    os.system(n[1])
    os.system(n[0])  # flow request.args
    r = [param, "x"]
    r.remove(param)
    os.system(" ".join(r))  # flow request.args
    s = ["x", param]
    s.remove("x")
    os.system(s[0])  # flow request.args
    obj.attr = param
    os.system(obj.other)
    os.system(obj.attr)  # flow request.args
`)
}

func TestReassignmentAndStrings(t *testing.T) {
	check(t, flaskHead+`
@app.route("/a")
def a():
    p = request.args.get("c")
    os.system(f"ls {p}")  # flow request.args
    os.system("ls %s" % p)  # flow request.args
    os.system("ls {}".format(p))  # flow request.args
    os.system("ls " + p[1:3])  # flow request.args
    os.system(" ".join(["ls", p]))  # flow request.args
    p = "constant"
    os.system(p)
    q = request.args.get("q")
    q = q.replace("x", "y")
    os.system(q)  # flow request.args
`)
}

func TestLoopsAndTry(t *testing.T) {
	check(t, flaskHead+`
@app.route("/a")
def a():
    p = request.args.get("c")
    x = "safe"
    y = "safe"
    for i in range(3):
        os.system(y)  # flow request.args
        y = x
        x = p
    while True:
        z = p
        break
    else:
        z = "never"
    os.system(z)  # flow request.args
    w = "ok"
    try:
        w = p
        int("x")
        w = "ok"
    except ValueError:
        os.system(w)  # flow request.args
    finally:
        pass
    v = "fine"
    try:
        v = "fine2"
    except Exception:
        v = p
    else:
        os.system(v)
    for item in [p]:
        os.system(item)  # flow request.args
    for item in ["a", "b"]:
        os.system(item)
        continue
`)
}

func TestSanitizersAndAllowList(t *testing.T) {
	check(t, flaskHead+`
import shlex, html
from werkzeug.utils import secure_filename
ALLOWED = ["a", "b"]

@app.route("/a")
def a():
    p = request.args.get("c")
    os.system("ls " + shlex.quote(p))
    os.system(str(int(p)))
    open(shlex.quote(p))  # flow request.args
    open(secure_filename(p))
    if p in ALLOWED:
        os.system(p)
    else:
        os.system(p)  # flow request.args
    if p not in ("x", "y"):
        return "no"
    os.system(p)
    q = request.args.get("q")
    if q == "fixed":
        os.system(q)
`)
}

func TestSummaries(t *testing.T) {
	check(t, flaskHead+`
def run(cmd):
    os.system(cmd)  # flow request.args

def build(x, y):
    return "ls " + y

def clean(x):
    return "safe"

def rec(n, s):
    if n > 0:
        return rec(n - 1, s)
    return s

def even(n, s):
    return odd(n, s) if n else s

def odd(n, s):
    return even(n, s)

@app.route("/a")
def a():
    p = request.args.get("c")
    run(p)
    os.system(build(p, "x"))
    os.system(build("x", p))  # flow request.args
    os.system(clean(p))
    os.system(rec(3, p))  # flow request.args
    os.system(rec(3, "k"))
    os.system(even(2, p))  # flow request.args

class Handler:
    def helper(self, v):
        subprocess.call(v, shell=True)  # flow request.form

    @app.route("/b")
    def view(self):
        self.helper(request.form["v"])
`)
}

func TestFrameworks(t *testing.T) {
	check(t, `from flask import Flask, request, redirect, make_response
import requests, pickle, yaml, sqlite3
app = Flask(__name__)

@app.route("/u/<int:uid>/<name>")
def user(uid, name):
    open(name)  # flow route_parameter_name
    requests.get(request.args["url"])  # flow request.args
    redirect(request.args.get("next"))  # flow request.args
    pickle.loads(request.data)  # flow request.data
    yaml.load(request.data, Loader=yaml.SafeLoader)
    conn = sqlite3.connect("db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM t WHERE n = '%s'" % name)  # flow route_parameter_name
    cur.execute("SELECT * FROM t WHERE n = ?", (name,))
    eval(request.args.get("e"))  # flow request.args
    return "<p>" + name + "</p>"  # flow route_parameter_name

@app.route("/j")
def j():
    return {"name": request.args.get("n")}
`)
	check(t, `from django.http import HttpResponse
import os

def view(request, slug):
    os.system(request.GET["c"])  # flow request.GET
    os.system(slug)  # flow URL_parameter_slug
    os.system(request.method)
    return HttpResponse(request.POST.get("x"))  # flow request.POST

def helper(x):
    os.system(x)
`)
	check(t, `import sys, os
os.system(sys.argv[1])  # flow sys.argv
cmd = input()
os.system(cmd)  # flow input()
def f():
    os.system(cmd)  # flow input()
`)
}

func TestOddTrees(t *testing.T) {
	srcs := []string{
		"x = *a, = b\n",
		"def f(*args, **kw):\n    return f(*args, **kw)\n",
		"a[b][c][d][e][f].g.h.i = 1\nimport os\nos.system(a[b][c][d][e][f].g.h.i)\n",
		"match x:\n    case {'a': y, **rest}: pass\n    case [1, *z] if z: pass\n",
		"while x:\n    try:\n        continue\n    finally:\n        break\n",
		"lambda: (yield)\n",
		"x = [i for i in range(10) if (y := i)]\n",
		"async def f():\n    async with a as (b, c):\n        async for d in e:\n            await g(d)\n",
	}
	deep := "x = "
	for i := 0; i < 150; i++ {
		deep += "("
	}
	deep += "1"
	for i := 0; i < 150; i++ {
		deep += ")"
	}
	srcs = append(srcs, deep+"\n")
	for _, s := range srcs {
		analyze(t, s)
	}
}

func TestRefineDoesNotLeak(t *testing.T) {
	check(t, flaskHead+`
ALLOWED = ["a"]
@app.route("/a")
def a():
    p = request.args.get("c")
    y = "a" if p in ALLOWED else "b"
    os.system(p)  # flow request.args
    n = 0
    while p not in ALLOWED and n < 3:
        n += 1
    os.system(p)  # flow request.args
`)
}

func TestObjectsAndHelpers(t *testing.T) {
	check(t, flaskHead+`
import shlex

class Holder:
    def __init__(self, value):
        self.value = value
        self.default = "localhost"

    def get(self):
        return self.value

def clean(v):
    return shlex.quote(v)

@app.route("/a")
def a():
    p = request.args.get("c")
    h = Holder(p)
    os.system(h.default)
    os.system(h.value)  # flow request.args
    os.system(h.get())  # flow request.args
    os.system(clean(p))
    open(clean(p))  # flow request.args
    d = {"a": "safe"}
    d["b"] = p
    d.pop("b")
    os.system(d.get("b", d["a"]))
    os.system(str(d))
    s = "ABC"[1]
    if s == "B":
        v = "ok"
    else:
        v = p
    os.system(v)
`)
}

func TestSubprocessAndHeaders(t *testing.T) {
	check(t, flaskHead+`
from flask import make_response

@app.route("/a")
def a():
    p = request.args.get("c")
    subprocess.run(["ping", "-c", "1", p])
    subprocess.run([p, "-c", "1"])  # flow request.args
    subprocess.run(["/bin/sh", "-c", p])  # flow request.args
    subprocess.run("ping " + p, shell=True)  # flow request.args
    subprocess.run(["ping", p], shell=False)
    r = make_response("", 302)
    r.headers["Location"] = p  # flow request.args
    r.headers["X-Other"] = p  # flow request.args
    full = os.path.realpath(os.path.join("/srv", p))
    if not full.startswith("/srv/"):
        return "no"
    open(full)
    open(os.path.realpath(p))  # flow request.args
    return r
`)
}

func TestLocalSourcesAreLowConfidence(t *testing.T) {
	r := check(t, `import os, sys
os.system(sys.argv[1])  # flow sys.argv
`)
	if len(r.Findings) != 1 || r.Findings[0].Confidence == 0 {
		t.Errorf("want one low-confidence finding, got %+v", r.Findings)
	}
}

func TestTrace(t *testing.T) {
	r := check(t, flaskHead+`
def run(cmd):
    os.system(cmd)  # flow request.args

@app.route("/a")
def a():
    p = request.args.get("c")
    q = "ls " + p
    run(q)
`)
	var msgs []string
	for _, s := range r.Findings[0].Trace {
		msgs = append(msgs, fmt.Sprintf("%d:%s", s.Line, s.Message))
	}
	want := "10:source: request.args 10:assigned to p 11:assigned to q 12:passed to run() as cmd 5:parameter cmd 6:os.system (command injection)"
	if got := strings.Join(msgs, " "); got != want {
		t.Errorf("trace:\n%s\nwant:\n%s", got, want)
	}
}

func TestRecursionBound(t *testing.T) {
	// A chain of helpers longer than one round converges; every round
	// is bounded by maxSummaryRounds.
	r := check(t, flaskHead+`
def f1(x):
    return f2(x)
def f2(x):
    return f3(x)
def f3(x):
    return f1(x) if x else x

@app.route("/a")
def a():
    os.system(f1(request.args["c"]))  # flow request.args
`)
	if r.Rounds > maxSummaryRounds {
		t.Errorf("rounds = %d", r.Rounds)
	}
}

func TestMatch(t *testing.T) {
	check(t, flaskHead+`
@app.route("/a")
def a():
    p = request.args.get("c")
    match p:
        case "ls":
            os.system(p)
        case [x, *rest]:
            os.system(x)  # flow request.args
        case other:
            os.system("echo " + other)  # flow request.args
`)
}

func TestBudget(t *testing.T) {
	// Nested loops multiply iterations; the statement budget bounds them.
	src := flaskHead + "@app.route(\"/a\")\ndef a():\n    p = request.args.get(\"c\")\n    x = 'a'\n"
	indent := "    "
	for i := 0; i < 12; i++ {
		src += indent + "for i" + itoa(i) + " in range(10):\n"
		indent += "    "
		src += indent + "x = x + str(i" + itoa(i) + ")\n"
	}
	src += indent + "x = p\n    os.system(x)\n"
	r := analyze(t, src)
	if len(r.Findings) != 1 {
		t.Errorf("findings = %v", lines(r))
	}
}
