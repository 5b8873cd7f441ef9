// Package subprocessnoshell reports subprocess calls that run a program
// without a shell (Bandit B603), an audit point for untrusted arguments.
package subprocessnoshell

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/injectkit"
)

//go:embed doc.md
var doc string

// Analyzer reports subprocess calls without shell=True.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1603",
		Name:       "subprocess-without-shell-equals-true",
		Aliases:    []string{"B603", "S603"},
		CWE:        []int{78},
		Severity:   finding.Low,
		Confidence: finding.HighConfidence,
		Summary:    "subprocess call without a shell: check for execution of untrusted input",
		Doc:        doc,
	},
	Nodes:     []ast.Kind{ast.KindCall},
	CallRoots: injectkit.ProcRoots(),
	Run:       run,
}

func run(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	name := p.CalleeName(call)
	f, ok := injectkit.LookupProc(name)
	if !ok || f.Kind != injectkit.Subprocess {
		return
	}
	d := analysis.Diagnostic{Loc: call.Loc}
	r := injectkit.Resolver{Model: p.Model, Scope: p.Scope(), FollowNames: true}
	switch shell := injectkit.ShellArg(p, call); {
	case shell == injectkit.True:
		return // a shell command: subprocess-popen-with-shell-equals-true (B602)
	case shell == injectkit.Unknown:
		return // it may be true: B602 reports it, as Bandit does
	case f.ConstantCall(r, call):
		d.Confidence = int(finding.LowConfidence)
		d.Message = name + " runs a constant command without a shell"
	default:
		d.Message = name + " runs a program with arguments computed at run time (no shell): check that none comes from untrusted input"
	}
	p.ReportDiagnostic(d)
}
