// Package debugdjangohosts reports a wildcard in the ALLOWED_HOSTS of a
// Django settings module.
package debugdjangohosts

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/debugdjango"
)

//go:embed doc.md
var doc string

// Analyzer reports ALLOWED_HOSTS that accepts any host.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT2003",
		Name:       "django-allowed-hosts-wildcard",
		CWE:        []int{183},
		Severity:   finding.Medium,
		Confidence: finding.HighConfidence,
		Summary:    `ALLOWED_HOSTS contains "*" in a Django settings module`,
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindModule},
	Run:   run,
}

// setting is the setting this rule checks.
const setting = "ALLOWED_HOSTS"

// wildcards are the ALLOWED_HOSTS entries that match any host.
var wildcards = map[string]bool{"*": true}

// listAdders are the list methods that add an entry: the argument at
// position pos is the entry, or for extend (iterable) a list of entries.
var listAdders = map[string]struct {
	pos      int
	iterable bool
}{
	"append": {pos: 0}, "insert": {pos: 1}, "extend": {pos: 0, iterable: true},
}

const effect = `, so Django accepts requests for any Host header and builds absolute URLs (password-reset links, redirects) from the host an attacker sends`

func run(p *analysis.Pass, n ast.Node) {
	mod := n.(*ast.Module)
	if debugdjango.Classify(p.Path, mod) != debugdjango.Settings {
		return
	}
	// The statements that put a wildcard into the setting, since the last
	// assignment that replaced it.
	type wildcard struct {
		at       ast.Node
		variable string // the environment variable whose absence adds it, or ""
	}
	var pending []wildcard
	for _, st := range mod.Body {
		switch st := st.(type) {
		case *ast.Assign, *ast.AnnAssign:
			var value ast.Expr
			var targets []ast.Expr
			if a, ok := st.(*ast.Assign); ok {
				value, targets = a.Value, a.Targets
			} else {
				a := st.(*ast.AnnAssign)
				value, targets = a.Value, []ast.Expr{a.Target}
			}
			if value == nil || !assigns(targets) {
				continue
			}
			pending = pending[:0]
			if has, variable := hasWildcard(p, value); has {
				pending = append(pending, wildcard{st, variable})
			}
		case *ast.AugAssign:
			if assigns([]ast.Expr{st.Target}) {
				if has, variable := hasWildcard(p, st.Value); has {
					pending = append(pending, wildcard{st, variable})
				}
			}
		case *ast.ExprStmt:
			call, ok := st.Value.(*ast.Call)
			if !ok {
				continue
			}
			attr, ok := call.Func.(*ast.Attribute)
			if !ok || !assigns([]ast.Expr{attr.Value}) {
				continue
			}
			adder, ok := listAdders[attr.Attr]
			if !ok {
				continue
			}
			arg := analysis.Arg(call, adder.pos, "")
			if adder.iterable {
				if has, variable := hasWildcard(p, arg); has {
					pending = append(pending, wildcard{st, variable})
				}
			} else if s, ok := p.String(arg); ok && wildcards[s] {
				pending = append(pending, wildcard{st, ""})
			}
		}
	}
	for _, w := range pending {
		note := ""
		conf := 0
		if debugdjango.StarImportAfter(mod, w.at.(ast.Stmt)) {
			note, conf = debugdjango.OverrideNote, int(finding.LowConfidence)
		}
		msg := setting + ` contains "*"` + effect + note
		if w.variable != "" {
			msg = setting + ` contains "*" whenever the environment variable ` + w.variable + ` is not set` + effect + note
		}
		p.ReportDiagnostic(analysis.Diagnostic{Loc: w.at.Location(), Message: msg, Confidence: conf})
	}
}

// assigns reports whether targets include the name of the setting.
func assigns(targets []ast.Expr) bool {
	for _, t := range targets {
		if n, ok := t.(*ast.Name); ok && n.Id == setting {
			return true
		}
	}
	return false
}

// hasWildcard reports whether the list value e holds a wildcard entry,
// and the environment variable whose absence puts it there ("" when it is
// there regardless).
func hasWildcard(p *analysis.Pass, e ast.Expr) (bool, string) {
	if literalWildcard(p, e, 0) {
		return true, ""
	}
	v, variable, ok := debugdjango.EnvFallback(p, e)
	if !ok {
		return false, ""
	}
	switch v := v.(type) {
	case string:
		return wildcards[v], variable // a str is iterated by character
	case []any:
		for _, x := range v {
			if s, ok := x.(string); ok && wildcards[s] {
				return true, variable
			}
		}
	}
	return false, ""
}

// maxDepth bounds the names and concatenations literalWildcard follows.
const maxDepth = 8

// literalWildcard reports whether e is a literal list, tuple or set (or a
// concatenation of them, or a name assigned one once) with a wildcard
// entry, or the wildcard string itself.
func literalWildcard(p *analysis.Pass, e ast.Expr, depth int) bool {
	if depth > maxDepth {
		return false
	}
	var elts []ast.Expr
	switch e := e.(type) {
	case *ast.List:
		elts = e.Elts
	case *ast.Tuple:
		elts = e.Elts
	case *ast.Set:
		elts = e.Elts
	case *ast.BinOp:
		return e.Op == ast.Add && (literalWildcard(p, e.Left, depth+1) || literalWildcard(p, e.Right, depth+1))
	case *ast.Name:
		if s, ok := p.String(e); ok {
			return wildcards[s]
		}
		b := p.Model.Resolve(p.Scope(), e.Id, e.Loc)
		if b == nil || b.Value == nil || len(b.Scope.Bindings[e.Id]) != 1 {
			return false
		}
		return literalWildcard(p, b.Value, depth+1)
	default:
		s, ok := p.String(e)
		return ok && wildcards[s]
	}
	for _, x := range elts {
		if s, ok := p.String(x); ok && wildcards[s] {
			return true
		}
	}
	return false
}
