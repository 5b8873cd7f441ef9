// Package pytorchload reports torch.load calls that may unpickle
// arbitrary objects (Bandit B614).
package pytorchload

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
)

//go:embed doc.md
var doc string

// Analyzer reports torch.load without weights_only=True.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1614",
		Name:       "pytorch-load",
		Aliases:    []string{"B614"},
		CWE:        []int{502},
		Severity:   finding.Medium,
		Confidence: finding.HighConfidence,
		Summary:    "torch.load without weights_only=True",
		Doc:        doc,
	},
	Nodes:     []ast.Kind{ast.KindCall},
	CallRoots: analysis.Roots("torch"),
	Run:       run,
}

// loads are the functions that unpickle a file unless weights_only=True.
// torch.jit.load reads TorchScript, not pickles, and is not one of them.
var loads = map[string]bool{
	"torch.load":               true,
	"torch.serialization.load": true,
}

func run(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	name := p.CalleeName(call)
	if name == "torch.hub.load" {
		// Bandit reports it as a load without weights_only; it does worse:
		// it imports and runs hubconf.py from the repository it downloads.
		p.Report(call, "torch.hub.load downloads a repository and runs its hubconf.py: code execution if the repository is not trusted and pinned")
		return
	}
	if !loads[name] {
		return
	}
	wo := analysis.Keyword(call, "weights_only")
	if wo == nil {
		if analysis.HasKwargs(call) {
			p.ReportDiagnostic(analysis.Diagnostic{
				Loc:        call.Loc,
				Message:    name + " may be called without weights_only=True (**kwargs): loading an untrusted file can run arbitrary code",
				Confidence: int(finding.MediumConfidence),
			})
			return
		}
		p.Reportf(call, "%s without weights_only=True unpickles arbitrary objects on torch before 2.6: loading an untrusted file can run arbitrary code", name)
		return
	}
	switch v, known := p.Truth(wo); {
	case !known:
		p.ReportDiagnostic(analysis.Diagnostic{
			Loc:        call.Loc,
			Message:    name + " with a weights_only value krait cannot know: if it is false, loading an untrusted file can run arbitrary code",
			Confidence: int(finding.MediumConfidence),
		})
	case !v:
		p.Reportf(call, "%s with weights_only=False unpickles arbitrary objects: loading an untrusted file can run arbitrary code", name)
	}
}
