package analysis_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
)

// probe reports every call with its callee name, its scope kind, its
// depth, the number of calls seen before in the file and its options.
var probe = &analysis.Analyzer{
	Rule:  analysis.Rule{ID: "KRT9999", Name: "probe", Severity: finding.Low, Confidence: finding.LowConfidence},
	Nodes: []ast.Kind{ast.KindCall},
	Run: func(p *analysis.Pass, n ast.Node) {
		call := n.(*ast.Call)
		memo := p.Memo()
		count, _ := memo["calls"].(int)
		memo["calls"] = count + 1
		tag, _ := p.StringsOption("tag")
		fn := ""
		if f, ok := p.EnclosingFunction().(*ast.FunctionDef); ok {
			fn = f.Name
		}
		p.Reportf(call, "%s scope=%d fn=%s seen=%d depth=%d tag=%v", p.CalleeName(call), p.Scope().Kind, fn, count, len(p.Parents()), tag)
	},
}

var boom = &analysis.Analyzer{
	Rule:  analysis.Rule{ID: "KRT9998", Name: "boom", Severity: finding.Low, Confidence: finding.LowConfidence},
	Nodes: []ast.Kind{ast.KindReturn},
	Run:   func(p *analysis.Pass, n ast.Node) { panic("rule bug") },
}

func TestCheckerDispatchAndState(t *testing.T) {
	c := &analysis.Checker{Analyzers: []*analysis.Analyzer{probe}, Options: map[string]map[string]any{"probe": {"tag": []any{"x"}}}}
	src := "import os as o\no.system('a')\ndef f():\n    o.popen('b')\n"
	r := c.CheckSource("t.py", []byte(src))
	if r.Panic != nil {
		t.Fatal(r.Panic)
	}
	var got []string
	for _, f := range r.Findings {
		got = append(got, f.Message)
	}
	want := []string{
		"os.system scope=0 fn= seen=0 depth=2 tag=[x]",
		"os.popen scope=2 fn=f seen=1 depth=3 tag=[x]",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// The memo starts empty for each file.
	r = c.CheckSource("u.py", []byte("print(1)\n"))
	if len(r.Findings) != 1 || !strings.Contains(r.Findings[0].Message, "seen=0") {
		t.Fatalf("memo leaked between files: %v", r.Findings)
	}
	f := r.Findings[0]
	if f.RuleID != "KRT9999" || f.Line != 1 || f.Column != 1 || f.EndColumn != 9 || f.Snippet != "print(1)" {
		t.Fatalf("finding fields: %+v", f)
	}
}

func TestCheckerRecoversPanics(t *testing.T) {
	c := &analysis.Checker{Analyzers: []*analysis.Analyzer{boom}, Jobs: 2}
	srcs := map[string]string{"a.py": "def f():\n    return 1\n", "b.py": "x = 1\n"}
	results := map[string]*analysis.Result{}
	failed := map[string]error{}
	err := c.Check(context.Background(), []string{"a.py", "b.py", "c.py"}, func(path string) ([]byte, error) {
		if s, ok := srcs[path]; ok {
			return []byte(s), nil
		}
		return nil, errors.New("no such file")
	}, func(r *analysis.Result, readErr error) {
		results[r.Path] = r
		if readErr != nil {
			failed[r.Path] = readErr
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if results["a.py"].Panic == nil || results["b.py"].Panic != nil {
		t.Fatalf("panic not confined to a.py: %v %v", results["a.py"].Panic, results["b.py"].Panic)
	}
	if failed["c.py"] == nil || results["c.py"].File != nil {
		t.Fatalf("unreadable c.py not reported: %v", failed)
	}
}

func TestRuleMatches(t *testing.T) {
	r := &analysis.Rule{ID: "KRT1602", Name: "subprocess-popen-with-shell-equals-true", Aliases: []string{"B602", "S602"}}
	for _, sel := range []string{"all", "KRT1602", "krt16", "B602", "b6", "S60", "subprocess-popen-with-shell-equals-true"} {
		if !r.Matches(sel) {
			t.Errorf("%q should select the rule", sel)
		}
	}
	for _, sel := range []string{"B603", "S7", "KRT2", "subprocess"} {
		if r.Matches(sel) {
			t.Errorf("%q should not select the rule", sel)
		}
	}
}

func TestCallRootsNarrowDispatch(t *testing.T) {
	osOnly := &analysis.Analyzer{
		Rule:      analysis.Rule{ID: "KRT9997", Name: "os-only", Severity: finding.Low, Confidence: finding.LowConfidence},
		Nodes:     []ast.Kind{ast.KindCall},
		CallRoots: []string{"os", "builtins", "os"}, // a root listed twice runs once
		Run: func(p *analysis.Pass, n ast.Node) {
			p.Reportf(n, "%s", p.CalleeName(n.(*ast.Call)))
		},
	}
	c := &analysis.Checker{Analyzers: []*analysis.Analyzer{osOnly, probe}}
	src := "import os as o, subprocess\no.system('a')\nsubprocess.run('b')\no.path.join('c')\neval('d')\ndef local(): pass\nlocal()\n"
	r := c.CheckSource("t.py", []byte(src))
	var got []string
	for _, f := range r.Findings {
		if f.RuleID == "KRT9997" {
			got = append(got, f.Message)
		}
	}
	want := "os.system\nos.path.join\nbuiltins.eval"
	if strings.Join(got, "\n") != want {
		t.Fatalf("got\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
	if n := len(r.Findings) - len(got); n != 5 {
		t.Fatalf("the unnarrowed analyzer saw %d calls, want 5", n)
	}
	if got := analysis.Roots("os.path.join", "requests.Session().get", "os", ""); strings.Join(got, ",") != "os,requests" {
		t.Fatalf("Roots = %v", got)
	}
}
