// Package hardcodedpasswordfuncarg reports string literals passed as
// password-like keyword arguments (Bandit B106).
package hardcodedpasswordfuncarg

import (
	_ "embed"
	"strconv"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/generalkit"
)

//go:embed doc.md
var doc string

// Analyzer reports hardcoded passwords passed as keyword arguments.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1106",
		Name:       "hardcoded-password-funcarg",
		Aliases:    []string{"B106", "S106"},
		CWE:        []int{259},
		Severity:   finding.Low,
		Confidence: finding.MediumConfidence,
		Summary:    "string literal passed as a password-like keyword argument",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindCall},
	Run:   run,
}

func run(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	var m *generalkit.PasswordMatcher
	for _, kw := range call.Keywords {
		if kw.Arg == "" {
			continue // **kwargs
		}
		if m == nil {
			m = generalkit.NewPasswordMatcher(p.Options)
		}
		matched, metadata := m.Classify(kw.Arg)
		if !matched {
			continue
		}
		s, ok := p.String(kw.Value)
		if !ok || s == "" {
			continue
		}
		if name, isName := kw.Value.(*ast.Name); isName && m.Match(name.Id) {
			continue // reported where that constant is assigned
		}
		d := analysis.Diagnostic{
			Loc:     kw.Loc,
			Message: "possible hardcoded password passed as " + strconv.Quote(kw.Arg) + " (value not shown)",
		}
		if metadata || m.PlaceholderValue(kw.Arg, s) {
			d.Confidence = int(finding.LowConfidence)
		}
		p.ReportDiagnostic(d)
	}
}
