// Package processwithshell reports functions that always start a process
// through a shell, such as os.system and os.popen (Bandit B605).
package processwithshell

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/injectkit"
)

//go:embed doc.md
var doc string

// Analyzer reports process starts through a shell.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1605",
		Name:       "start-process-with-a-shell",
		Aliases:    []string{"B605", "S605"},
		CWE:        []int{78},
		Severity:   finding.High,
		Confidence: finding.HighConfidence,
		Summary:    "process started with a shell (os.system, os.popen, ...)",
		Doc:        doc,
	},
	Nodes:     []ast.Kind{ast.KindCall},
	CallRoots: injectkit.ProcRoots(),
	Run:       run,
}

// reportedByB602 are shell functions of the subprocess module that
// subprocess-popen-with-shell-equals-true (KRT1602) already reports.
var reportedByB602 = map[string]bool{
	"subprocess.getoutput":       true,
	"subprocess.getstatusoutput": true,
}

func run(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	name := p.CalleeName(call)
	f, ok := injectkit.LookupProc(name)
	if !ok || f.Kind != injectkit.Shell || reportedByB602[name] {
		return
	}
	r := injectkit.Resolver{Model: p.Model, Scope: p.Scope(), FollowNames: true}
	if cmd := f.Command(call); cmd != nil && !r.Parts(cmd).Dynamic() {
		p.ReportDiagnostic(analysis.Diagnostic{
			Loc:      call.Loc,
			Message:  name + " runs a constant command through a shell: safe as written, but rewrite it without a shell before a variable finds its way in",
			Severity: int(finding.Low),
		})
		return
	}
	p.Reportf(call, "%s runs a command built at run time through a shell: command injection if any part comes from outside", name)
}
