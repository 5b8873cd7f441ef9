// Package processnoshell reports functions that replace or spawn a process
// without a shell, such as os.execv and os.spawnl (Bandit B606).
package processnoshell

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/injectkit"
)

//go:embed doc.md
var doc string

// Analyzer reports process starts without a shell through os.exec*,
// os.spawn*, os.posix_spawn* and os.startfile.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1606",
		Name:       "start-process-with-no-shell",
		Aliases:    []string{"B606", "S606"},
		CWE:        []int{78},
		Severity:   finding.Low,
		Confidence: finding.MediumConfidence,
		Summary:    "process started without a shell (os.exec*, os.spawn*, os.startfile)",
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
	if !ok || f.Kind != injectkit.NoShell {
		return
	}
	r := injectkit.Resolver{Model: p.Model, Scope: p.Scope(), FollowNames: true}
	if constantProgram(r, f, call) {
		p.Reportf(call, "%s starts a constant program without a shell: check its arguments for untrusted input", name)
		return
	}
	p.Reportf(call, "%s starts a program chosen at run time without a shell: check that it does not come from untrusted input", name)
}

// constantProgram reports whether the program call starts is known.
func constantProgram(r injectkit.Resolver, f injectkit.ProcFunc, call *ast.Call) bool {
	cmd := f.Command(call)
	return cmd != nil && !r.Parts(cmd).Dynamic()
}
