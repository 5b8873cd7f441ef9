// Package assertused reports assert statements (Bandit B101).
package assertused

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/generalkit"
)

//go:embed doc.md
var doc string

// Analyzer reports assert statements, which `python -O` removes.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1101",
		Name:       "assert-used",
		Aliases:    []string{"B101", "S101"},
		CWE:        []int{703},
		Severity:   finding.Low,
		Confidence: finding.HighConfidence,
		Summary:    "assert statement, removed when Python runs with -O",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindAssert},
	Run:   run,
}

func run(p *analysis.Pass, n ast.Node) {
	a := n.(*ast.Assert)
	if skips, _ := generalkit.StringList(p.Options, "skips"); len(skips) > 0 {
		for _, pat := range skips {
			if generalkit.Fnmatch(p.Path, pat) {
				return
			}
		}
	}
	if generalkit.IsTestFile(p.Path) {
		p.ReportDiagnostic(analysis.Diagnostic{
			Loc:        a.Loc,
			Message:    "assert in a test module: removed when Python runs with -O (harmless in tests run by pytest)",
			Confidence: int(finding.LowConfidence),
		})
		return
	}
	p.Report(a, "assert is removed when Python runs with -O: do not use it to enforce a check at run time")
}
