package taint

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/python/ast"
)

type memoKey struct{}

// ResultFor returns the taint analysis of the file p is walking, computed
// once per file and shared by every taint rule (through Pass.FileMemo).
func ResultFor(p *analysis.Pass) *Result {
	m := p.FileMemo()
	if r, ok := m[memoKey{}].(*Result); ok {
		return r
	}
	user, _ := p.Options[ModelsOption].(*UserModels)
	project, _ := p.Options[ProjectOption].(*Project)
	r := AnalyzeProject(p.Path, p.File.Module, p.Model, user, project)
	m[memoKey{}] = r
	return r
}

// NewAnalyzer returns the analyzer of a taint rule: it reports the
// engine's findings of class c, with their traces.
func NewAnalyzer(rule analysis.Rule, c Class) *analysis.Analyzer {
	return &analysis.Analyzer{
		Rule:  rule,
		Nodes: []ast.Kind{ast.KindModule},
		Run: func(p *analysis.Pass, _ ast.Node) {
			for _, f := range ResultFor(p).ByClass(c) {
				p.ReportDiagnostic(analysis.Diagnostic{
					Loc: f.Loc, Message: f.Message(), Confidence: f.Confidence, Severity: f.Severity, Trace: f.Trace,
				})
			}
		},
	}
}
