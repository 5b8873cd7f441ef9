// Package wildcardinjection reports shell commands that run chown, chmod,
// tar or rsync on a * wildcard (Bandit B609).
package wildcardinjection

import (
	_ "embed"
	"path"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/injectkit"
)

//go:embed doc.md
var doc string

// Analyzer reports wildcard injection into Unix commands.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1609",
		Name:       "linux-commands-wildcard-injection",
		Aliases:    []string{"B609", "S609"},
		CWE:        []int{155},
		Severity:   finding.High,
		Confidence: finding.MediumConfidence,
		Summary:    "shell command runs chown, chmod, tar or rsync on a * wildcard",
		Doc:        doc,
	},
	Nodes:     []ast.Kind{ast.KindCall},
	CallRoots: injectkit.ProcRoots(),
	Run:       run,
}

// vulnerable are the commands whose options a file name can inject.
var vulnerable = map[string]bool{"chown": true, "chmod": true, "tar": true, "rsync": true}

func run(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	name := p.CalleeName(call)
	f, ok := injectkit.LookupProc(name)
	if !ok {
		return
	}
	switch f.Kind {
	case injectkit.Shell:
	case injectkit.Subprocess:
		if injectkit.ShellArg(p, call) != injectkit.True {
			return // without a shell nothing expands the wildcard
		}
	default:
		return
	}
	r := injectkit.Resolver{Model: p.Model, Scope: p.Scope(), FollowNames: true}
	text := injectkit.CommandText(r, f.Command(call))
	if !strings.Contains(text, "*") {
		return
	}
	if prog := vulnerableCommand(text); prog != "" {
		p.Reportf(call, "%s runs %s on a * wildcard through a shell: a file named like an option (--reference=..., --checkpoint-action=exec=...) is read as one", name, prog)
	}
}

// vulnerableCommand returns the first word of the shell command text
// that names chown, chmod, tar or rsync (by any path), or "".
func vulnerableCommand(text string) string {
	words := strings.FieldsFunc(text, func(r rune) bool {
		switch r {
		case ' ', '\t', '\n', '\r', ';', '&', '|', '(', ')', '`', '<', '>', '"', '\'':
			return true
		}
		return false
	})
	for _, w := range words {
		if base := path.Base(w); vulnerable[base] {
			return base
		}
	}
	return ""
}
