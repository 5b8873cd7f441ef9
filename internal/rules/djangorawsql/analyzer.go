// Package djangorawsql reports Django RawSQL expressions whose SQL is not
// constant (Bandit B611).
package djangorawsql

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/injectkit"
)

//go:embed doc.md
var doc string

// Analyzer reports RawSQL with SQL built at run time.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1611",
		Name:       "django-rawsql-used",
		Aliases:    []string{"B611", "S611"},
		CWE:        []int{89},
		Severity:   finding.Medium,
		Confidence: finding.MediumConfidence,
		Summary:    "Django RawSQL with SQL that is not constant",
		Doc:        doc,
	},
	Nodes:     []ast.Kind{ast.KindCall},
	CallRoots: analysis.RootsOf(rawSQL),
	Run:       run,
}

// rawSQL are the qualified names of Django's RawSQL expression.
var rawSQL = map[string]bool{
	"django.db.models.RawSQL":             true,
	"django.db.models.expressions.RawSQL": true,
}

func run(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	if !rawSQL[p.CalleeName(call)] {
		return
	}
	sql := analysis.Arg(call, 0, "sql")
	r := injectkit.Resolver{Model: p.Model, Scope: p.Scope()}
	if sql != nil && !r.Parts(sql).Dynamic() {
		return
	}
	p.Report(call, "RawSQL is given SQL that is not constant: SQL injection if any part comes from outside")
}
