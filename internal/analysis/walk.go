package analysis

import (
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/python/parser"
	"github.com/krait-dev/krait/internal/semantic"
)

// opensScope marks the node kinds that may open a scope.
var opensScope = [ast.NumKinds]bool{
	ast.KindModule: true, ast.KindFunctionDef: true, ast.KindAsyncFunctionDef: true,
	ast.KindClassDef: true, ast.KindLambda: true, ast.KindListComp: true,
	ast.KindSetComp: true, ast.KindDictComp: true, ast.KindGeneratorExp: true,
}

// walker runs the analyzers subscribed to each node kind over one file in
// a single depth-first walk, keeping the stack of ancestors and scopes.
type walker struct {
	model  *semantic.Model
	byKind [ast.NumKinds][]*Pass
	// byRoot holds the passes subscribed to calls through CallRoots, by
	// root.
	byRoot map[string][]*Pass
	stack  []ast.Node
	scopes []*semantic.Scope
	diags  []Diagnostic
	memo   map[any]any // see Pass.FileMemo
	// The qualified callee name of the call being visited, computed once
	// for all the analyzers that ask for it.
	callNode   *ast.Call
	callName   string
	callCached bool
	callValues []keyValue // see Pass.CallMemo; reset for each call
}

type keyValue struct{ key, value string }

func (w *walker) callMemo(call *ast.Call, key string, compute func() string) string {
	if call != w.callNode {
		return compute()
	}
	for _, kv := range w.callValues {
		if kv.key == key {
			return kv.value
		}
	}
	v := compute()
	w.callValues = append(w.callValues, keyValue{key, v})
	return v
}

// calleeName returns the qualified name of call's callee, cached for the
// call being visited.
func (w *walker) calleeName(call *ast.Call) string {
	if call != w.callNode {
		return w.model.QualifiedName(w.scope(), call.Func)
	}
	if !w.callCached {
		w.callName = w.model.QualifiedName(w.scope(), call.Func)
		w.callCached = true
	}
	return w.callName
}

func (w *walker) scope() *semantic.Scope { return w.scopes[len(w.scopes)-1] }

func (w *walker) report(d Diagnostic) { w.diags = append(w.diags, d) }

// Visit implements ast.Visitor.
func (w *walker) Visit(n ast.Node) ast.Visitor {
	if n == nil {
		top := w.stack[len(w.stack)-1]
		w.stack = w.stack[:len(w.stack)-1]
		if opensScope[top.NodeKind()] && w.model.Scope(top) != nil {
			w.scopes = w.scopes[:len(w.scopes)-1]
		}
		return nil
	}
	w.stack = append(w.stack, n)
	if opensScope[n.NodeKind()] {
		if s := w.model.Scope(n); s != nil {
			w.scopes = append(w.scopes, s)
		}
	}
	if c, ok := n.(*ast.Call); ok {
		w.callNode, w.callCached, w.callValues = c, false, w.callValues[:0]
		if len(w.byRoot) > 0 {
			for _, p := range w.byRoot[rootOf(w.calleeName(c))] {
				p.Analyzer.Run(p, n)
			}
		}
	}
	for _, p := range w.byKind[n.NodeKind()] {
		p.Analyzer.Run(p, n)
	}
	return w
}

// runFile walks one parsed file with the analyzers and returns their
// diagnostics, in the order they were reported.
func runFile(path string, src []byte, f *parser.File, model *semantic.Model, analyzers []*Analyzer, options map[string]map[string]any) []Diagnostic {
	w := &walker{model: model}
	for _, a := range analyzers {
		p := &Pass{Analyzer: a, File: f, Path: path, Src: src, Model: model, Options: options[a.Name], w: w}
		for _, k := range a.Nodes {
			if k == ast.KindCall && len(a.CallRoots) > 0 {
				if w.byRoot == nil {
					w.byRoot = make(map[string][]*Pass)
				}
				for _, r := range a.CallRoots {
					if ps := w.byRoot[r]; len(ps) == 0 || ps[len(ps)-1] != p { // a root listed twice runs once
						w.byRoot[r] = append(ps, p)
					}
				}
				continue
			}
			w.byKind[k] = append(w.byKind[k], p)
		}
	}
	ast.Walk(w, f.Module)
	return w.diags
}

// rootOf returns the first segment of a qualified name: "os" for
// "os.path.join", "requests" for "requests.Session().get".
func rootOf(name string) string {
	for i := 0; i < len(name); i++ {
		if name[i] == '.' || name[i] == '(' {
			return name[:i]
		}
	}
	return name
}
