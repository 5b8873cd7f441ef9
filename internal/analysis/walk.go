package analysis

import (
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/python/parser"
	"github.com/krait-dev/krait/internal/semantic"
)

// walker runs the analyzers subscribed to each node kind over one file in
// a single depth-first walk, keeping the stack of ancestors and scopes.
type walker struct {
	model  *semantic.Model
	byKind [ast.NumKinds][]*Pass
	stack  []ast.Node
	scopes []*semantic.Scope
	diags  []Diagnostic
}

func (w *walker) scope() *semantic.Scope { return w.scopes[len(w.scopes)-1] }

func (w *walker) report(d Diagnostic) { w.diags = append(w.diags, d) }

// Visit implements ast.Visitor.
func (w *walker) Visit(n ast.Node) ast.Visitor {
	if n == nil {
		top := w.stack[len(w.stack)-1]
		w.stack = w.stack[:len(w.stack)-1]
		if w.model.Scope(top) != nil {
			w.scopes = w.scopes[:len(w.scopes)-1]
		}
		return nil
	}
	w.stack = append(w.stack, n)
	if s := w.model.Scope(n); s != nil {
		w.scopes = append(w.scopes, s)
	}
	for _, p := range w.byKind[n.NodeKind()] {
		p.Analyzer.Run(p, n)
	}
	return w
}

// runFile walks one parsed file with the analyzers and returns their
// diagnostics, in the order they were reported.
func runFile(path string, f *parser.File, model *semantic.Model, analyzers []*Analyzer, options map[string]map[string]any) []Diagnostic {
	w := &walker{model: model}
	for _, a := range analyzers {
		p := &Pass{Analyzer: a, File: f, Path: path, Model: model, Options: options[a.Name], w: w}
		for _, k := range a.Nodes {
			w.byKind[k] = append(w.byKind[k], p)
		}
	}
	ast.Walk(w, f.Module)
	return w.diags
}
