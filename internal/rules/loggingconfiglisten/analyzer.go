// Package loggingconfiglisten reports logging.config.listen without a
// verify function (Bandit B612).
package loggingconfiglisten

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
)

//go:embed doc.md
var doc string

// Analyzer reports logging.config.listen without verify.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1612",
		Name:       "logging-config-insecure-listen",
		Aliases:    []string{"B612", "S612"},
		CWE:        []int{94},
		Severity:   finding.Medium,
		Confidence: finding.HighConfidence,
		Summary:    "logging.config.listen without verify",
		Doc:        doc,
	},
	Nodes:     []ast.Kind{ast.KindCall},
	CallRoots: analysis.Roots("logging.config.listen"),
	Run:       run,
}

func run(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	if p.CalleeName(call) != "logging.config.listen" {
		return
	}
	// listen(port=DEFAULT_LOGGING_CONFIG_PORT, verify=None)
	verify := analysis.Arg(call, 1, "verify")
	if verify != nil {
		if v, known := p.ConstValue(verify); !known || v != nil {
			return
		}
	} else if analysis.HasKwargs(call) {
		p.ReportDiagnostic(analysis.Diagnostic{
			Loc:        call.Loc,
			Message:    "logging.config.listen may be called without verify (hidden in **kwargs): whoever can connect to the port can run code in this process",
			Confidence: int(finding.MediumConfidence),
		})
		return
	}
	p.Report(call, "logging.config.listen without verify: whoever can connect to the port can run code in this process")
}
