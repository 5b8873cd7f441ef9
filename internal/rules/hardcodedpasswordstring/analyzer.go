// Package hardcodedpasswordstring reports string literals assigned to or
// compared with names that look like passwords (Bandit B105).
package hardcodedpasswordstring

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

// Analyzer reports hardcoded password strings.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1105",
		Name:       "hardcoded-password-string",
		Aliases:    []string{"B105", "S105"},
		CWE:        []int{259},
		Severity:   finding.Low,
		Confidence: finding.MediumConfidence,
		Summary:    "string literal assigned to or compared with a password-like name",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindAssign, ast.KindAnnAssign, ast.KindNamedExpr, ast.KindCompare, ast.KindDict},
	Run:   run,
}

func run(p *analysis.Pass, n ast.Node) {
	c := checker{p: p, m: generalkit.NewPasswordMatcher(p.Options)}
	switch n := n.(type) {
	case *ast.Assign:
		for _, t := range n.Targets {
			c.assign(t, n.Value)
		}
	case *ast.AnnAssign:
		if n.Value != nil {
			c.assign(n.Target, n.Value)
		}
	case *ast.NamedExpr:
		c.assign(n.Target, n.Value)
	case *ast.Compare:
		operands := append([]ast.Expr{n.Left}, n.Comparators...)
		for i := 0; i+1 < len(operands); i++ {
			c.compare(operands[i], operands[i+1])
			c.compare(operands[i+1], operands[i])
		}
	case *ast.Dict:
		for i, k := range n.Keys {
			if k == nil || i >= len(n.Values) {
				continue // **mapping
			}
			if name, how := targetName(k, true); name != "" {
				c.check(name, how, n.Values[i], false)
			}
		}
	}
}

// checker checks the nodes of one visit with one password matcher.
type checker struct {
	p *analysis.Pass
	m *generalkit.PasswordMatcher
}

// assign checks value assigned to target; tuple targets are paired with
// tuple values element by element.
func (c checker) assign(target, value ast.Expr) {
	if elts, ok := sequence(target); ok {
		if vals, ok := sequence(value); ok && len(vals) == len(elts) {
			for i := range elts {
				c.assign(elts[i], vals[i])
			}
		}
		return
	}
	if name, how := targetName(target, false); name != "" {
		c.check(name, how, value, false)
	}
}

func sequence(e ast.Expr) ([]ast.Expr, bool) {
	var elts []ast.Expr
	switch e := e.(type) {
	case *ast.Tuple:
		elts = e.Elts
	case *ast.List:
		elts = e.Elts
	default:
		return nil, false
	}
	for _, x := range elts {
		if _, star := x.(*ast.Starred); star {
			return nil, false
		}
	}
	return elts, true
}

// targetName returns the name a password would be stored under: a
// variable, an attribute, a constant subscript key (d["password"]) or, as
// Bandit does, a subscript by a variable (d[password]) — and how it was
// found. A dictionary key is a string literal or, as Bandit does, a name.
func targetName(e ast.Expr, dictKey bool) (name, how string) {
	switch e := e.(type) {
	case *ast.Name:
		if dictKey {
			return e.Id, "dictionary key variable"
		}
		return e.Id, "variable"
	case *ast.Attribute:
		if dictKey {
			return "", ""
		}
		return e.Attr, "attribute"
	case *ast.Constant:
		if s, ok := e.Value.(string); ok && dictKey {
			return s, "dictionary key"
		}
	case *ast.Subscript:
		if dictKey {
			return "", ""
		}
		switch k := e.Slice.(type) {
		case *ast.Constant:
			if s, ok := k.Value.(string); ok {
				return s, "key"
			}
		case *ast.Name:
			return k.Id, "key variable"
		}
	}
	return "", ""
}

// compare checks `name == "literal"` with name on either side.
func (c checker) compare(named, value ast.Expr) {
	if name, how := targetName(named, false); name != "" {
		c.check(name, how, value, true)
	}
}

// check reports value when name looks like a password and value is a
// non-empty string known statically.
func (c checker) check(name, how string, value ast.Expr, compared bool) {
	p, m := c.p, c.m
	matched, metadata := m.Classify(name)
	if !matched {
		return
	}
	if compared && !literal(value) {
		return // token == END_ELEMENT: a named constant is not a password
	}
	s, ok := p.String(value)
	if !ok || s == "" {
		return
	}
	if n, isName := value.(*ast.Name); isName && m.Match(n.Id) {
		return // PASSWORD = "..." is reported where it is assigned
	}
	d := analysis.Diagnostic{Loc: value.Location()}
	verb := "assigned to"
	if compared {
		verb = "compared with"
	}
	d.Message = "possible hardcoded password " + verb + " " + how + " " + strconv.Quote(name) + " (value not shown)"
	if metadata || m.PlaceholderValue(name, s) || how == "key variable" || how == "dictionary key variable" {
		d.Confidence = int(finding.LowConfidence)
	}
	p.ReportDiagnostic(d)
}

// literal reports whether e is a string literal or an operation on
// literals only ("hunter" + "2"), with no names.
func literal(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Constant:
		return true
	case *ast.BinOp:
		return literal(e.Left) && literal(e.Right)
	}
	return false
}
