package semantic

import (
	"strings"

	"github.com/krait-dev/krait/internal/python/ast"
)

// maxAliasDepth bounds alias chains (a = b; b = c; ...) and guards
// against cycles.
const maxAliasDepth = 16

func locBefore(a, b ast.Loc) bool {
	if a.Lineno != b.Lineno {
		return a.Lineno < b.Lineno
	}
	return a.ColOffset < b.ColOffset
}

// Resolve returns the binding that name refers to when used at loc in
// scope s, following Python's scoping rules (class scopes are not visible
// from the functions inside them; global and nonlocal declarations). In
// the scope of the use, the last binding before the use wins; bindings in
// enclosing scopes are taken last-wins, as they may run in any order. It
// returns nil for builtins and unbound names.
func (m *Model) Resolve(s *Scope, name string, at ast.Loc) *Binding {
	if s == nil {
		return nil
	}
	// Decorators, default values, annotations and base classes are
	// evaluated in the scope around a function, lambda or class: they come
	// before its body.
	for s.Parent != nil && beforeBody(s, at) {
		s = s.Parent
	}
	start := s
	if s.Globals[name] {
		s = m.Module
	}
	for ; s != nil; s = s.Parent {
		if s != start && s.Kind == ClassScope {
			continue
		}
		bs := s.Bindings[name]
		if len(bs) == 0 {
			continue
		}
		if s == start {
			var last *Binding
			for _, b := range bs {
				if locBefore(b.Loc, at) {
					last = b
				}
			}
			if last != nil {
				return last
			}
			if s.Kind == ModuleScope || s.Kind == ClassScope {
				// Module and class bodies run top to bottom: a name used
				// before its first binding is a builtin or unbound.
				break
			}
		}
		return bs[len(bs)-1]
	}
	return nil
}

// QualifiedName returns the dotted name that expression e refers to in
// scope s: "subprocess.Popen" for P after `from subprocess import Popen as
// P`, "os.path.join" for `o.path.join` after `import os as o`,
// "builtins.eval" for an unshadowed eval, "requests.Session().get" for
// `requests.Session().get` or for `s.get` after `s = requests.Session()`.
// It returns "" when e refers to something local or unknown.
func (m *Model) QualifiedName(s *Scope, e ast.Expr) string {
	return m.qualified(s, e, 0)
}

func (m *Model) qualified(s *Scope, e ast.Expr, depth int) string {
	if depth > maxAliasDepth {
		return ""
	}
	switch e := e.(type) {
	case *ast.Name:
		b := m.Resolve(s, e.Id, e.Loc)
		if b == nil {
			if builtins[e.Id] {
				return "builtins." + e.Id
			}
			return ""
		}
		return m.bindingQualified(b, depth+1)
	case *ast.Attribute:
		q := m.qualified(s, e.Value, depth+1)
		if q == "" {
			return ""
		}
		return q + "." + e.Attr
	case *ast.Call:
		fq := m.qualified(s, e.Func, depth+1)
		if fq == "" {
			return ""
		}
		switch fq {
		case "builtins.__import__", "importlib.import_module":
			if len(e.Args) > 0 {
				if name, ok := m.constString(s, e.Args[0], depth+1); ok && name != "" {
					if fq == "builtins.__import__" {
						name, _, _ = strings.Cut(name, ".")
					}
					return name
				}
			}
			return ""
		case "builtins.getattr":
			if len(e.Args) >= 2 {
				obj := m.qualified(s, e.Args[0], depth+1)
				if attr, ok := m.constString(s, e.Args[1], depth+1); ok && obj != "" && attr != "" {
					return obj + "." + attr
				}
			}
			return ""
		}
		return fq + "()"
	}
	return ""
}

// bindingQualified returns what a binding's name stands for.
func (m *Model) bindingQualified(b *Binding, depth int) string {
	switch b.Kind {
	case ImportBinding:
		return b.Import
	case AssignBinding, WithBinding:
		if b.Value == nil {
			return ""
		}
		return m.qualified(b.Scope, b.Value, depth)
	}
	return ""
}

// reassigned reports whether b's name has other bindings in its scope,
// which makes its value unreliable as a constant.
func (m *Model) reassigned(b *Binding) bool {
	for _, o := range b.Scope.Bindings[b.Name] {
		if o != b && o.Kind != AnnotationBinding {
			return true
		}
	}
	return false
}

// Binding returns the binding that name e (a Name) refers to in scope s,
// or nil.
func (m *Model) Binding(s *Scope, e *ast.Name) *Binding { return m.Resolve(s, e.Id, e.Loc) }

// ConstValue returns the constant value of e in scope s when it can be
// known statically: literals, names assigned exactly once from a
// constant, and simple operations on them (not, unary minus, string and
// number addition, string repetition, and/or).
func (m *Model) ConstValue(s *Scope, e ast.Expr) (ast.Value, bool) {
	return m.constValue(s, e, 0)
}

func (m *Model) constString(s *Scope, e ast.Expr, depth int) (string, bool) {
	v, ok := m.constValue(s, e, depth)
	if !ok {
		return "", false
	}
	str, ok := v.(string)
	return str, ok
}

func (m *Model) constValue(s *Scope, e ast.Expr, depth int) (ast.Value, bool) {
	if depth > maxAliasDepth || e == nil {
		return nil, false
	}
	switch e := e.(type) {
	case *ast.Constant:
		return e.Value, true
	case *ast.Name:
		b := m.Resolve(s, e.Id, e.Loc)
		if b == nil || b.Kind != AssignBinding || b.Value == nil || m.reassigned(b) {
			return nil, false
		}
		return m.constValue(b.Scope, b.Value, depth+1)
	case *ast.UnaryOp:
		v, ok := m.constValue(s, e.Operand, depth+1)
		if !ok {
			return nil, false
		}
		switch e.Op {
		case ast.Not:
			return !Truthy(v), true
		case ast.USub:
			switch x := v.(type) {
			case int64:
				if x != -x || x == 0 {
					return -x, true
				}
			case float64:
				return -x, true
			}
		}
	case *ast.BinOp:
		l, ok1 := m.constValue(s, e.Left, depth+1)
		r, ok2 := m.constValue(s, e.Right, depth+1)
		if !ok1 || !ok2 {
			return nil, false
		}
		switch e.Op {
		case ast.Add:
			switch x := l.(type) {
			case string:
				if y, ok := r.(string); ok {
					return x + y, true
				}
			case int64:
				if y, ok := r.(int64); ok {
					if s := x + y; (s > x) == (y > 0) {
						return s, true
					}
				}
			}
		case ast.Mult:
			if x, ok := l.(string); ok {
				if n, ok := r.(int64); ok && n >= 0 && int64(len(x))*n <= 1<<16 {
					return strings.Repeat(x, int(n)), true
				}
			}
		}
	case *ast.BoolOp:
		var v ast.Value
		for i, x := range e.Values {
			xv, ok := m.constValue(s, x, depth+1)
			if !ok {
				return nil, false
			}
			v = xv
			t := Truthy(xv)
			if i < len(e.Values)-1 && (e.Op == ast.And && !t || e.Op == ast.Or && t) {
				return xv, true
			}
		}
		return v, true
	}
	return nil, false
}

// Truthy reports Python's truth value of a constant.
func Truthy(v ast.Value) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case int64:
		return x != 0
	case float64:
		return x != 0
	case complex128:
		return x != 0
	case string:
		return x != ""
	case []byte:
		return len(x) != 0
	}
	return true
}

// beforeBody reports whether loc lies before the body of the function,
// lambda or class that opens scope s.
func beforeBody(s *Scope, loc ast.Loc) bool {
	var body ast.Loc
	switch n := s.Node.(type) {
	case *ast.FunctionDef:
		if len(n.Body) == 0 {
			return false
		}
		body = n.Body[0].Location()
	case *ast.AsyncFunctionDef:
		if len(n.Body) == 0 {
			return false
		}
		body = n.Body[0].Location()
	case *ast.ClassDef:
		if len(n.Body) == 0 {
			return false
		}
		body = n.Body[0].Location()
	case *ast.Lambda:
		if n.Body == nil {
			return false
		}
		body = n.Body.Location()
	default:
		return false
	}
	return locBefore(loc, body)
}
