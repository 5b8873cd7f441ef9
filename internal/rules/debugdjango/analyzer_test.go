package debugdjango_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/debugdjango"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata/rule", debugdjango.Analyzer)
}

// fallbackProbe reports what EnvFallback makes of the value of every
// assignment.
var fallbackProbe = &analysis.Analyzer{
	Rule:  analysis.Rule{ID: "KRT0000", Name: "env-fallback-probe"},
	Nodes: []ast.Kind{ast.KindAssign},
	Run: func(p *analysis.Pass, n ast.Node) {
		a := n.(*ast.Assign)
		if v, variable, ok := debugdjango.EnvFallback(p, a.Value); ok {
			p.Reportf(a, "%s unset: %v", variable, v)
		}
	},
}

func TestEnvFallback(t *testing.T) {
	analysistest.Run(t, "testdata/fallback", fallbackProbe)
}
