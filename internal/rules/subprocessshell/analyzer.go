// Package subprocessshell reports subprocess calls made with shell=True
// (Bandit B602).
package subprocessshell

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
)

//go:embed doc.md
var doc string

// Analyzer reports subprocess calls with shell=True.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1602",
		Name:       "subprocess-popen-with-shell-equals-true",
		Aliases:    []string{"B602", "S602"},
		CWE:        []int{78},
		Severity:   finding.High,
		Confidence: finding.HighConfidence,
		Summary:    "subprocess call with shell=True",
		Doc:        doc,
	},
	Nodes:     []ast.Kind{ast.KindCall},
	CallRoots: analysis.RootsOf(shellFunctions),
	Run:       run,
}

// shellFunctions are the subprocess functions that take shell=.
var shellFunctions = map[string]bool{
	"subprocess.Popen": true, "subprocess.run": true, "subprocess.call": true,
	"subprocess.check_call": true, "subprocess.check_output": true,
	"subprocess.getoutput": true, "subprocess.getstatusoutput": true,
}

func run(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	name := p.CalleeName(call)
	if !shellFunctions[name] {
		return
	}
	// getoutput and getstatusoutput always use a shell.
	alwaysShell := name == "subprocess.getoutput" || name == "subprocess.getstatusoutput"
	confidence := 0 // the rule's default
	if !alwaysShell {
		shellArg := analysis.Keyword(call, "shell")
		if shellArg == nil {
			return
		}
		shell, known := p.Truth(shellArg)
		switch {
		case known && !shell:
			return
		case !known:
			// shell=<something computed>: it may be true, as Bandit
			// assumes; say so with less confidence.
			confidence = int(finding.MediumConfidence)
		}
	}
	cmd := analysis.Arg(call, 0, "args")
	if alwaysShell {
		cmd = analysis.Arg(call, 0, "cmd")
	}
	if _, literal := p.String(cmd); literal {
		p.ReportDiagnostic(analysis.Diagnostic{
			Loc:        call.Loc,
			Message:    name + " runs a constant command through the shell (shell=True)",
			Severity:   int(finding.Low),
			Confidence: confidence,
		})
		return
	}
	p.ReportDiagnostic(analysis.Diagnostic{
		Loc:        call.Loc,
		Message:    name + " runs a command built at run time through the shell (shell=True): command injection if any part comes from outside",
		Confidence: confidence,
	})
}
