package semantic_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/python/parser"
	"github.com/krait-dev/krait/internal/semantic"
)

// calls returns the qualified name of the callee of every call, keyed by
// the call's line, resolving each in the scope it appears in.
func calls(t *testing.T, src string) map[int32]string {
	t.Helper()
	f := parser.ParseFile("t.py", []byte(src))
	if len(f.Errors) > 0 {
		t.Fatalf("parse: %v", f.Errors[0])
	}
	m := semantic.Build(f.Module, "pkg.sub")
	out := make(map[int32]string)
	var stack []*semantic.Scope
	var visit func(n ast.Node)
	visit = func(n ast.Node) {
		if s := m.Scope(n); s != nil {
			stack = append(stack, s)
			defer func() { stack = stack[:len(stack)-1] }()
		}
		if c, ok := n.(*ast.Call); ok {
			if _, seen := out[c.Lineno]; !seen { // the outermost call of the line
				out[c.Lineno] = m.QualifiedName(stack[len(stack)-1], c.Func)
			}
		}
		ast.Inspect(n, func(c ast.Node) bool {
			if c == nil || c == n {
				return c == n
			}
			visit(c)
			return false
		})
	}
	visit(f.Module)
	return out
}

func TestQualifiedNames(t *testing.T) {
	src := `import os
import os.path as osp
import subprocess as sp
from subprocess import Popen as P, run
from . import sibling
from ..up import thing
from ... import pickle
import importlib
pickle.loads(x)
os.system("x")
osp.join("a")
sp.call("x")
P("x")
run("x")
sibling.f()
thing()
eval("1")
def eval(x): pass
eval("2")
def f():
    import yaml
    yaml.load(x)
    def g():
        yaml.dump(x)
    return g
m = __import__("os")
m.popen("x")
im = importlib.import_module("os.path")
im.exists("x")
alias = sp.Popen
alias("x")
s = requests.Session()
s.get("u")
import requests
with requests.Session() as sess:
    sess.post("u")
getattr(os, "system")("x")
class C:
    run = 1
    def m(self):
        run("x")
lambda: sp.check_output("x")
[sp.getoutput(x) for x in y]
def deco(sp):
    return sp
@sp.Popen("decorator")
def h(sp=sp.call("default")):
    sp.run("param")
`
	got := calls(t, src)
	want := map[int32]string{
		9: "...pickle.loads", 10: "os.system", 11: "os.path.join", 12: "subprocess.call", 13: "subprocess.Popen", 14: "subprocess.run",
		15: "pkg.sub.sibling.f", 16: "pkg.up.thing", 17: "builtins.eval", 19: "", 22: "yaml.load", 24: "yaml.dump",
		27: "os.popen", 29: "os.path.exists", 31: "subprocess.Popen", 33: "", // requests is imported only on the next line
		36: "requests.Session().post", 37: "os.system", 41: "subprocess.run", 42: "subprocess.check_output",
		43: "subprocess.getoutput",
	}
	for line, w := range want {
		if got[line] != w {
			t.Errorf("line %d: got %q, want %q", line, got[line], w)
		}
	}
}

func TestConstValue(t *testing.T) {
	src := "SHELL = True\nNAME = 'a' + 'b'\nX = 1\nX = 2\nNEG = not SHELL\nS = 'ab' * 2\nO = None or 'x'\n"
	f := parser.ParseFile("t.py", []byte(src))
	m := semantic.Build(f.Module, "")
	get := func(name string) (ast.Value, bool) {
		return m.ConstValue(m.Module, &ast.Name{Id: name, Loc: ast.Loc{Lineno: 100}})
	}
	cases := []struct {
		name string
		want ast.Value
		ok   bool
	}{{"SHELL", true, true}, {"NAME", "ab", true}, {"X", nil, false}, {"NEG", false, true}, {"S", "abab", true}, {"O", "x", true}, {"missing", nil, false}}
	for _, c := range cases {
		v, ok := get(c.name)
		if ok != c.ok || ok && v != c.want {
			t.Errorf("%s: got %v %v, want %v %v", c.name, v, ok, c.want, c.ok)
		}
	}
}
