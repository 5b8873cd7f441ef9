// Package tryexceptpass reports exception handlers that catch everything
// and do nothing (Bandit B110).
package tryexceptpass

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

// Analyzer reports `except: pass` and its variants.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1110",
		Name:       "try-except-pass",
		Aliases:    []string{"B110", "S110"},
		CWE:        []int{703},
		Severity:   finding.Low,
		Confidence: finding.HighConfidence,
		Summary:    "exception handler that silently swallows every exception",
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
	for _, s := range h.Body {
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
	d.Message = fmt.Sprintf("%s that does nothing (pass) hides every error: handle, log or narrow it", generalkit.ExceptionName(p, h))
	p.ReportDiagnostic(d)
}
