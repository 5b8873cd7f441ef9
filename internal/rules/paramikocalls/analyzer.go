// Package paramikocalls reports commands run on a remote host through a
// paramiko SSH client's exec_command (Bandit B601).
package paramikocalls

import (
	_ "embed"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/injectkit"
	"github.com/krait-dev/krait/internal/semantic"
)

//go:embed doc.md
var doc string

// Analyzer reports paramiko exec_command calls.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1601",
		Name:       "paramiko-calls",
		Aliases:    []string{"B601", "S601"},
		CWE:        []int{78},
		Severity:   finding.Medium,
		Confidence: finding.MediumConfidence,
		Summary:    "command run on a remote host with paramiko exec_command",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindCall},
	Run:   run,
}

func run(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	var name string
	switch f := call.Func.(type) {
	case *ast.Attribute:
		if f.Attr != "exec_command" {
			return
		}
		name = p.CalleeName(call)
	case *ast.Name:
		// A name bound to a client's method: exec = client.exec_command.
		name = p.CalleeName(call)
		if !strings.HasSuffix(name, ".exec_command") && (name != "" || injectkit.BoundMethod(p.Model, p.Scope(), f) != "exec_command") {
			return
		}
	default:
		return
	}
	// Krait knows the receiver is a paramiko client; otherwise, like
	// Bandit, it reports any exec_command in a file that imports paramiko.
	confirmed := strings.HasPrefix(name, "paramiko.")
	if !confirmed && !importsParamiko(p.Scope()) {
		return
	}
	d := analysis.Diagnostic{Loc: call.Loc}
	if confirmed {
		d.Confidence = int(finding.HighConfidence)
	}
	r := injectkit.Resolver{Model: p.Model, Scope: p.Scope(), FollowNames: true}
	if cmd := analysis.Arg(call, 0, "command"); cmd != nil && !r.Parts(cmd).Dynamic() {
		d.Severity = int(finding.Low)
		d.Message = "exec_command runs a constant command in the remote user's shell over SSH"
	} else {
		d.Message = "exec_command runs a command built at run time in the remote user's shell over SSH: command injection on the remote host if any part comes from outside"
	}
	p.ReportDiagnostic(d)
}

// importsParamiko reports whether paramiko is imported in scope s or a
// scope around it (Bandit reports any exec_command in a file that
// imports paramiko).
func importsParamiko(s *semantic.Scope) bool {
	for ; s != nil; s = s.Parent {
		for _, bs := range s.Bindings {
			for _, b := range bs {
				if b.Kind == semantic.ImportBinding && (b.Import == "paramiko" || strings.HasPrefix(b.Import, "paramiko.")) {
					return true
				}
			}
		}
	}
	return false
}
