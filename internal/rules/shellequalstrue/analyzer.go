// Package shellequalstrue reports calls of functions other than the
// subprocess module's that pass shell=True (Bandit B604): wrappers that
// usually hand the command to a shell.
package shellequalstrue

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/injectkit"
)

//go:embed doc.md
var doc string

// Analyzer reports non-subprocess calls with shell=True.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1604",
		Name:       "any-other-function-with-shell-equals-true",
		Aliases:    []string{"B604", "S604"},
		CWE:        []int{78},
		Severity:   finding.Medium,
		Confidence: finding.LowConfidence,
		Summary:    "function call with shell=True",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindCall},
	Run:   run,
}

func run(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	shell := injectkit.ShellArg(p, call)
	if shell == injectkit.Absent || shell == injectkit.False {
		return
	}
	name := p.CalleeName(call)
	if f, ok := injectkit.LookupProc(name); ok && f.Kind == injectkit.Subprocess {
		return // the subprocess rules (B602, B603) report these
	}
	callee := name
	if callee == "" {
		callee = "this function"
	}
	if shell == injectkit.Unknown {
		p.Reportf(call, "%s is called with a shell= value krait cannot know: if it is true the command probably runs through a shell (command injection if it is built from outside input)", callee)
		return
	}
	p.Reportf(call, "%s is called with shell=True: the command probably runs through a shell (command injection if it is built from outside input)", callee)
}
