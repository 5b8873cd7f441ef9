// Package tryexceptcontinue reports exception handlers in loops that
// catch everything and just continue (Bandit B112).
package tryexceptcontinue

import (
	_ "embed"
	"fmt"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/generalkit"
)

//go:embed doc.md
var doc string

// Analyzer reports `except: continue` and its variants.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1112",
		Name:       "try-except-continue",
		Aliases:    []string{"B112", "S112"},
		CWE:        []int{703},
		Severity:   finding.Low,
		Confidence: finding.HighConfidence,
		Summary:    "exception handler that silently continues a loop on every exception",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindExceptHandler},
	Run:   run,
}

func run(p *analysis.Pass, n ast.Node) {
	h := n.(*ast.ExceptHandler)
	if len(h.Body) == 0 {
		return
	}
	if _, ok := h.Body[len(h.Body)-1].(*ast.Continue); !ok {
		return
	}
	for _, s := range h.Body[:len(h.Body)-1] {
		if !generalkit.IsNoOp(s) {
			return
		}
	}
	catches, unsure := generalkit.CatchesAll(p, h, generalkit.Bool(p.Options, "check_typed_exception", false))
	if !catches {
		return
	}
	d := analysis.Diagnostic{Loc: h.Loc}
	if unsure {
		d.Confidence = int(finding.LowConfidence)
	}
	d.Message = fmt.Sprintf("%s that only continues the loop hides every error: handle, log or narrow it", generalkit.ExceptionName(p, h))
	p.ReportDiagnostic(d)
}
