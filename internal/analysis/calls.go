package analysis

import (
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/semantic"
)

// Keyword returns the value of the keyword argument name of call, or nil.
func Keyword(call *ast.Call, name string) ast.Expr {
	for _, k := range call.Keywords {
		if k.Arg == name {
			return k.Value
		}
	}
	return nil
}

// Arg returns the argument of call at position pos (0-based; -1 for none)
// or, when not given positionally, the keyword argument name ("" for
// none). It returns nil when the argument is absent or hidden behind
// *args or **kwargs.
func Arg(call *ast.Call, pos int, name string) ast.Expr {
	if pos >= 0 {
		for i, a := range call.Args {
			if _, ok := a.(*ast.Starred); ok {
				break
			}
			if i == pos {
				return a
			}
		}
	}
	if name != "" {
		return Keyword(call, name)
	}
	return nil
}

// HasKwargs reports whether call passes **kwargs, which may hold any
// keyword argument.
func HasKwargs(call *ast.Call) bool {
	for _, k := range call.Keywords {
		if k.Arg == "" {
			return true
		}
	}
	return false
}

// Truth returns the truth value of e when it is known statically
// (literals, constants assigned once, simple folding).
func (p *Pass) Truth(e ast.Expr) (value, known bool) {
	if e == nil {
		return false, false
	}
	v, ok := p.ConstValue(e)
	if !ok {
		return false, false
	}
	return semantic.Truthy(v), true
}

// String returns the value of e when it is a str known statically.
func (p *Pass) String(e ast.Expr) (string, bool) {
	if e == nil {
		return "", false
	}
	v, ok := p.ConstValue(e)
	if !ok {
		return "", false
	}
	s, ok := v.(string)
	return s, ok
}

// CalleeName returns the qualified name of the function call calls, or "".
func (p *Pass) CalleeName(call *ast.Call) string { return p.w.calleeName(call) }

// CallMemo returns what compute returns for call and key, computed once per
// call for all the analyzers that ask while the walk is at call (the node
// being visited); for any other call it calls compute each time. Keys name
// the computation, e.g. "spelling".
func (p *Pass) CallMemo(call *ast.Call, key string, compute func() string) string {
	return p.w.callMemo(call, key, compute)
}
