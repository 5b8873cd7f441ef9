package cryptoutil

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/semantic"
)

// ConstantText reports whether e can only evaluate to text that the
// program's author wrote: literals; f-strings, `+`, `%` and
// str.format/str.join over such text; names whose every binding in
// their scope assigns such text; conditional expressions of such text;
// and the results of the calls whose qualified names safe holds (escape
// functions, whose output is safe whatever their input); a function of
// the file is looked up by its spelling ("sanitize", "helpers.clean").
func ConstantText(p *analysis.Pass, e ast.Expr, safe map[string]bool) bool {
	c := &constText{p: p, safe: safe}
	return c.expr(p.Scope(), e, 0)
}

type constText struct {
	p    *analysis.Pass
	safe map[string]bool
}

func (c *constText) expr(s *semantic.Scope, e ast.Expr, depth int) bool {
	if e == nil || depth > maxDepth {
		return false
	}
	switch e := e.(type) {
	case *ast.Constant:
		return true
	case *ast.JoinedStr:
		for _, v := range e.Values {
			if !c.expr(s, v, depth+1) {
				return false
			}
		}
		return true
	case *ast.FormattedValue:
		return c.expr(s, e.Value, depth+1) && (e.FormatSpec == nil || c.expr(s, e.FormatSpec, depth+1))
	case *ast.BinOp:
		if e.Op != ast.Add && e.Op != ast.Modulo {
			return false
		}
		return c.expr(s, e.Left, depth+1) && c.expr(s, e.Right, depth+1)
	case *ast.Tuple:
		return c.all(s, e.Elts, depth)
	case *ast.List:
		return c.all(s, e.Elts, depth)
	case *ast.Dict:
		for _, v := range e.Values {
			if !c.expr(s, v, depth+1) {
				return false
			}
		}
		return true
	case *ast.IfExp:
		return c.expr(s, e.Body, depth+1) && c.expr(s, e.Orelse, depth+1)
	case *ast.Call:
		return c.call(s, e, depth)
	case *ast.Name:
		return c.name(s, e, depth)
	}
	return false
}

func (c *constText) all(s *semantic.Scope, list []ast.Expr, depth int) bool {
	for _, x := range list {
		if st, ok := x.(*ast.Starred); ok {
			x = st.Value
		}
		if !c.expr(s, x, depth+1) {
			return false
		}
	}
	return true
}

func (c *constText) call(s *semantic.Scope, call *ast.Call, depth int) bool {
	if q := c.p.Model.QualifiedName(s, call.Func); q != "" && c.safe[q] {
		return true
	}
	if q := Spelling(call.Func); q != "" && c.p.Model.QualifiedName(s, call.Func) == "" && c.safe[q] {
		// A function of the file, named as the configuration spells it.
		return true
	}
	attr, ok := call.Func.(*ast.Attribute)
	if !ok || (attr.Attr != "format" && attr.Attr != "join") {
		return false
	}
	if !c.expr(s, attr.Value, depth+1) || !c.all(s, call.Args, depth) {
		return false
	}
	for _, k := range call.Keywords {
		if !c.expr(s, k.Value, depth+1) {
			return false
		}
	}
	return true
}

// name: a constant, or a local variable every binding of which assigns
// constant text.
func (c *constText) name(s *semantic.Scope, n *ast.Name, depth int) bool {
	if _, ok := c.p.Model.ConstValue(s, n); ok {
		return true
	}
	b := c.p.Model.Resolve(s, n.Id, n.Loc)
	if b == nil {
		return false
	}
	bs := b.Scope.Bindings[n.Id]
	if len(bs) == 0 {
		return false
	}
	for _, b := range bs {
		var value ast.Expr
		switch b.Kind {
		case semantic.AssignBinding:
			value = b.Value
		case semantic.AugAssignBinding:
			if a, ok := b.Node.(*ast.AugAssign); ok {
				value = a.Value
			}
		case semantic.AnnotationBinding:
			continue
		}
		if value == nil || !c.expr(b.Scope, value, depth+1) {
			return false
		}
	}
	return true
}
