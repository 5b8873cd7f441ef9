// Package djangoextra reports Django QuerySet.extra calls whose SQL
// fragments are not constant (Bandit B610).
package djangoextra

import (
	_ "embed"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/injectkit"
)

//go:embed doc.md
var doc string

// Analyzer reports QuerySet.extra with SQL built at run time.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1610",
		Name:       "django-extra-used",
		Aliases:    []string{"B610", "S610"},
		CWE:        []int{89},
		Severity:   finding.Medium,
		Confidence: finding.MediumConfidence,
		Summary:    "Django QuerySet.extra with SQL that is not constant",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindCall},
	Run:   run,
}

// extra's parameters, in order: extra(select, where, params, tables,
// order_by, select_params). params and select_params are safe.
var params = []string{"select", "where", "params", "tables", "order_by", "select_params"}

func run(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	switch f := call.Func.(type) {
	case *ast.Attribute:
		if f.Attr != "extra" {
			return
		}
	case *ast.Name:
		// extra = qs.extra; extra(...): a name bound to the method.
		name := p.CalleeName(call)
		if !strings.HasSuffix(name, ".extra") && (name != "" || injectkit.BoundMethod(p.Model, p.Scope(), f) != "extra") {
			return
		}
	default:
		return
	}
	args := map[string]ast.Expr{}
	for i, name := range params {
		if e := analysis.Arg(call, i, name); e != nil {
			args[name] = e
		}
	}
	var bad []string
	for _, key := range []string{"select", "where", "tables", "order_by"} {
		e, ok := args[key]
		if !ok || constantFragments(p, e, key == "select") {
			continue
		}
		bad = append(bad, key)
	}
	if len(bad) == 0 {
		return
	}
	p.Reportf(call, "extra() is given SQL that is not constant (%s): SQL injection if any part comes from outside", strings.Join(bad, ", "))
}

// constantFragments reports whether e, a list of SQL fragments (or for
// select a dict of them), holds only strings known statically.
func constantFragments(p *analysis.Pass, e ast.Expr, dict bool) bool {
	var elts []ast.Expr
	switch x := e.(type) {
	case *ast.List:
		elts = x.Elts
	case *ast.Tuple:
		elts = x.Elts
	case *ast.Dict:
		if !dict {
			return false
		}
		for _, k := range x.Keys {
			if k == nil { // **mapping
				return false
			}
		}
		elts = append(append(elts, x.Keys...), x.Values...)
	case *ast.Constant:
		return x.Value == nil // None: the parameter's default
	default:
		return false
	}
	r := injectkit.Resolver{Model: p.Model, Scope: p.Scope()}
	for _, el := range elts {
		if r.Parts(el).Dynamic() {
			return false
		}
	}
	return true
}
