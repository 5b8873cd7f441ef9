// Package processpartialpath reports processes started by a program name
// without a path, which the PATH search resolves (Bandit B607).
package processpartialpath

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/injectkit"
)

//go:embed doc.md
var doc string

// Analyzer reports process starts with a partial executable path.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1607",
		Name:       "start-process-with-partial-path",
		Aliases:    []string{"B607", "S607"},
		CWE:        []int{78, 426},
		Severity:   finding.Low,
		Confidence: finding.HighConfidence,
		Summary:    "process started with a partial executable path",
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
	if !ok {
		return
	}
	r := injectkit.Resolver{Model: p.Model, Scope: p.Scope(), FollowNames: true}
	cmd := f.Command(call)
	prefix, complete, known := injectkit.ProgramPrefix(r, cmd)
	if !known || injectkit.IsFullPath(prefix) {
		return
	}
	// subprocess runs executable= instead of args[0] when it is given.
	if f.Kind == injectkit.Subprocess {
		if exe := analysis.Keyword(call, "executable"); exe != nil {
			if path, ok := p.String(exe); ok && injectkit.IsFullPath(path) {
				return
			}
		}
	}
	prog := firstWord(prefix)
	if !complete && prog == prefix {
		prog += "..."
	}
	p.Reportf(cmd, "%s starts %q by a partial path: the program is looked up in PATH, which an attacker may control", name, prog)
}

// firstWord returns s up to its first space or tab.
func firstWord(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' || s[i] == '\t' {
			return s[:i]
		}
	}
	return s
}
