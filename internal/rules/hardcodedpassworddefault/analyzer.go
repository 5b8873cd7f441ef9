// Package hardcodedpassworddefault reports string literals used as
// defaults of password-like parameters (Bandit B107).
package hardcodedpassworddefault

import (
	_ "embed"
	"strconv"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/generalkit"
)

//go:embed doc.md
var doc string

// Analyzer reports hardcoded password defaults of parameters.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1107",
		Name:       "hardcoded-password-default",
		Aliases:    []string{"B107", "S107"},
		CWE:        []int{259},
		Severity:   finding.Low,
		Confidence: finding.MediumConfidence,
		Summary:    "string literal as the default of a password-like parameter",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindFunctionDef, ast.KindAsyncFunctionDef, ast.KindLambda},
	Run:   run,
}

func run(p *analysis.Pass, n ast.Node) {
	var args *ast.Arguments
	switch n := n.(type) {
	case *ast.FunctionDef:
		args = n.Args
	case *ast.AsyncFunctionDef:
		args = n.Args
	case *ast.Lambda:
		args = n.Args
	}
	if args == nil {
		return
	}
	// Defaults belong to the last positional parameters; keyword-only
	// parameters have one default each (nil when there is none).
	positional := append(append([]*ast.Arg(nil), args.Posonlyargs...), args.Args...)
	if off := len(positional) - len(args.Defaults); off >= 0 {
		for i, d := range args.Defaults {
			check(p, n, positional[off+i], d)
		}
	}
	for i, a := range args.Kwonlyargs {
		if i < len(args.KwDefaults) {
			check(p, n, a, args.KwDefaults[i])
		}
	}
}

// check reports the default value of parameter a when the parameter looks
// like a password and the default is a non-empty string.
func check(p *analysis.Pass, fn ast.Node, a *ast.Arg, value ast.Expr) {
	if a == nil || value == nil {
		return
	}
	m := generalkit.NewPasswordMatcher(p.Options)
	matched, metadata := m.Classify(a.Arg)
	if !matched {
		return
	}
	// Defaults are evaluated in the scope around the function, while the
	// walk is inside the function's own scope here.
	scope := p.Scope()
	if scope != nil && scope.Node == fn && scope.Parent != nil {
		scope = scope.Parent
	}
	v, ok := p.Model.ConstValue(scope, value)
	s, isStr := v.(string)
	if !ok || !isStr || s == "" {
		return
	}
	if name, isName := value.(*ast.Name); isName && m.Match(name.Id) {
		return // reported where that constant is assigned
	}
	loc := a.Loc
	end := value.Location()
	loc.EndLineno, loc.EndColOffset = end.EndLineno, end.EndColOffset
	d := analysis.Diagnostic{
		Loc:     loc,
		Message: "possible hardcoded password as the default of parameter " + strconv.Quote(a.Arg) + " (value not shown)",
	}
	if metadata || m.PlaceholderValue(a.Arg, s) {
		d.Confidence = int(finding.LowConfidence)
	}
	p.ReportDiagnostic(d)
}
