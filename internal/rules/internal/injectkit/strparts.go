package injectkit

import (
	"strconv"
	"strings"

	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/semantic"
)

// maxDepth bounds the recursion over nested expressions and names.
const maxDepth = 32

// Piece is one fragment of a string built at run time: literal text, or a
// part whose value is not known statically.
type Piece struct {
	Text    string // the literal text; empty for a dynamic piece
	Dynamic bool
}

// Parts is the sequence of fragments a string-building expression is made
// of: `"SELECT * FROM " + table` is a literal piece and a dynamic one.
type Parts []Piece

// Dynamic reports whether some piece is not known statically.
func (ps Parts) Dynamic() bool {
	for _, p := range ps {
		if p.Dynamic {
			return true
		}
	}
	return false
}

// Join returns the text of the pieces, each dynamic piece replaced by
// placeholder.
func (ps Parts) Join(placeholder string) string {
	var b strings.Builder
	for _, p := range ps {
		if p.Dynamic {
			b.WriteString(placeholder)
		} else {
			b.WriteString(p.Text)
		}
	}
	return b.String()
}

// Literals returns the literal pieces joined by sep, dropping the dynamic
// ones (Bandit's view of a string built by concatenation).
func (ps Parts) Literals(sep string) string {
	var lits []string
	for _, p := range ps {
		if !p.Dynamic {
			lits = append(lits, p.Text)
		}
	}
	return strings.Join(lits, sep)
}

// Resolver finds the literal fragments of string expressions in one
// scope of a module's semantic model.
type Resolver struct {
	Model *semantic.Model
	Scope *semantic.Scope
	// FollowNames makes a name assigned exactly once stand for the
	// expression assigned to it (`cmd = "ls " + d; os.system(cmd)`).
	FollowNames bool
}

// Parts splits e into its fragments: string constants (also names bound
// to constants), concatenations with +, %-formatting, str.format calls
// on a literal and f-strings. Anything else is one dynamic piece.
func (r Resolver) Parts(e ast.Expr) Parts {
	var ps Parts
	r.parts(r.Scope, e, &ps, 0)
	return ps
}

func (r Resolver) parts(s *semantic.Scope, e ast.Expr, out *Parts, depth int) {
	if e == nil || depth > maxDepth {
		*out = append(*out, Piece{Dynamic: true})
		return
	}
	if v, ok := r.Model.ConstValue(s, e); ok {
		*out = append(*out, Piece{Text: constText(v)})
		return
	}
	switch e := e.(type) {
	case *ast.BinOp:
		switch e.Op {
		case ast.Add:
			// Flatten left-deep chains (a + b + c) without recursion.
			var rights []ast.Expr
			left := ast.Expr(e)
			for {
				b, ok := left.(*ast.BinOp)
				if !ok || b.Op != ast.Add {
					break
				}
				rights = append(rights, b.Right)
				left = b.Left
			}
			r.parts(s, left, out, depth+1)
			for i := len(rights) - 1; i >= 0; i-- {
				r.parts(s, rights[i], out, depth+1)
			}
			return
		case ast.Modulo:
			if _, ok := r.Model.ConstValue(s, e.Left); ok || isStringish(e.Left) {
				r.parts(s, e.Left, out, depth+1)
				r.formatArgs(s, e.Right, out, depth+1)
				return
			}
		}
	case *ast.JoinedStr:
		for _, v := range e.Values {
			if fv, ok := v.(*ast.FormattedValue); ok {
				r.parts(s, fv.Value, out, depth+1)
				continue
			}
			r.parts(s, v, out, depth+1)
		}
		return
	case *ast.Call:
		if attr, ok := e.Func.(*ast.Attribute); ok && attr.Attr == "format" {
			if _, ok := r.Model.ConstValue(s, attr.Value); ok || isStringish(attr.Value) {
				r.parts(s, attr.Value, out, depth+1)
				for _, a := range e.Args {
					r.parts(s, a, out, depth+1)
				}
				for _, k := range e.Keywords {
					r.parts(s, k.Value, out, depth+1)
				}
				return
			}
		}
	case *ast.Name:
		if r.FollowNames {
			if b := singleAssignment(r.Model, s, e); b != nil {
				r.parts(b.Scope, b.Value, out, depth+1)
				return
			}
		}
	}
	*out = append(*out, Piece{Dynamic: true})
}

// formatArgs adds the pieces of the right operand of %: a tuple's
// elements, a dict's values, or the operand itself.
func (r Resolver) formatArgs(s *semantic.Scope, e ast.Expr, out *Parts, depth int) {
	switch e := e.(type) {
	case *ast.Tuple:
		for _, x := range e.Elts {
			r.parts(s, x, out, depth)
		}
		return
	case *ast.Dict:
		for _, x := range e.Values {
			r.parts(s, x, out, depth)
		}
		return
	}
	r.parts(s, e, out, depth)
}

// constText returns the text str() gives for a constant, close enough for
// pattern matching.
func constText(v ast.Value) string {
	switch x := v.(type) {
	case string:
		return x
	case []byte:
		return string(x)
	case nil:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	}
	return "0"
}

// isStringish reports whether e is a string literal or an f-string.
func isStringish(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Constant:
		_, ok := e.Value.(string)
		return ok
	case *ast.JoinedStr:
		return true
	}
	return false
}

// singleAssignment returns the binding of name n when it is a plain
// assignment and the only binding of the name in its scope, so that its
// value is what the name holds wherever it is used; nil otherwise.
func singleAssignment(m *semantic.Model, s *semantic.Scope, n *ast.Name) *semantic.Binding {
	b := m.Binding(s, n)
	if b == nil || b.Kind != semantic.AssignBinding || b.Value == nil {
		return nil
	}
	for _, o := range b.Scope.Bindings[n.Id] {
		if o != b && o.Kind != semantic.AnnotationBinding {
			return nil
		}
	}
	return b
}

// Sequence returns the elements of e when it is a list or tuple literal,
// or (with FollowNames) a name assigned a list or tuple literal once, and
// the scope they are to be read in.
func (r Resolver) Sequence(e ast.Expr) ([]ast.Expr, *semantic.Scope, bool) {
	s := r.Scope
	for depth := 0; depth < maxDepth; depth++ {
		switch x := e.(type) {
		case *ast.List:
			return x.Elts, s, true
		case *ast.Tuple:
			return x.Elts, s, true
		case *ast.Name:
			if !r.FollowNames {
				return nil, nil, false
			}
			b := singleAssignment(r.Model, s, x)
			if b == nil {
				return nil, nil, false
			}
			e, s = b.Value, b.Scope
			continue
		}
		return nil, nil, false
	}
	return nil, nil, false
}

// In returns a copy of r that reads expressions in scope s.
func (r Resolver) In(s *semantic.Scope) Resolver {
	r.Scope = s
	return r
}

// BoundMethod returns the attribute name n was assigned from, once and
// only once in its scope (`run = client.exec_command` gives
// "exec_command"), or "".
func BoundMethod(m *semantic.Model, s *semantic.Scope, n *ast.Name) string {
	b := singleAssignment(m, s, n)
	if b == nil {
		return ""
	}
	if attr, ok := b.Value.(*ast.Attribute); ok {
		return attr.Attr
	}
	return ""
}

// Leading returns the beginning of the string e as far as it is known
// statically, whether that is all of it, and whether anything of it is
// known: `"ls " + d` gives "ls ", false, true.
func (r Resolver) Leading(e ast.Expr) (text string, complete, ok bool) {
	var lead []byte
	for _, p := range r.Parts(e) {
		if p.Dynamic {
			return string(lead), false, len(lead) > 0
		}
		lead = append(lead, p.Text...)
	}
	return string(lead), true, true
}
