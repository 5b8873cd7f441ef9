// Package execused reports calls of exec (Bandit B102).
package execused

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
)

//go:embed doc.md
var doc string

// Analyzer reports calls of the builtin exec and its compatibility
// wrappers.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1102",
		Name:       "exec-used",
		Aliases:    []string{"B102", "S102"},
		CWE:        []int{78},
		Severity:   finding.Medium,
		Confidence: finding.HighConfidence,
		Summary:    "use of exec",
		Doc:        doc,
	},
	Nodes:     []ast.Kind{ast.KindCall},
	CallRoots: analysis.RootsOf(execFunctions),
	Run:       run,
}

// execFunctions are the functions that execute a string as Python code,
// with the position and keyword of that string.
var execFunctions = map[string]struct {
	pos int
	kw  string
}{
	"builtins.exec":          {0, "source"},
	"six.exec_":              {0, "_code_"},
	"future.utils.exec_":     {0, ""},
	"past.builtins.execfile": {0, "filename"},
}

func run(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	name := p.CalleeName(call)
	fn, ok := execFunctions[name]
	if !ok {
		return
	}
	code := analysis.Arg(call, fn.pos, fn.kw)
	if _, constant := p.String(code); constant {
		p.ReportDiagnostic(analysis.Diagnostic{
			Loc:      call.Loc,
			Message:  name + " runs constant code: prefer writing the code out",
			Severity: int(finding.Low),
		})
		return
	}
	p.Reportf(call, "%s runs code built at run time: code injection if any part of it comes from outside", name)
}
