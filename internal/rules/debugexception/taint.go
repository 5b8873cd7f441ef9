package debugexception

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/semantic"
)

// maxDepth bounds the recursion into nested expressions and names.
const maxDepth = 32

// maxRounds bounds the rounds of propagation through local variables.
const maxRounds = 4

// function is the analysis of one function body: which of its local
// variables hold exception text, flow-insensitively (a name holds what any
// of its assignments in the function puts into it).
type function struct {
	p      *analysis.Pass
	scope  *semantic.Scope
	locals map[string]leak
	leaky  []string // leakyExceptions and the option's additions
}

// walk calls visit for every node of body with the scope it is in, without
// entering nested functions and classes (they are analysed on their own).
func (a *function) walk(body []ast.Stmt, visit func(ast.Node, *semantic.Scope)) {
	scopes := []*semantic.Scope{a.scope}
	var opened []bool
	for _, st := range body {
		if st == nil {
			continue
		}
		ast.Inspect(st, func(n ast.Node) bool {
			if n == nil {
				if len(opened) > 0 {
					if opened[len(opened)-1] {
						scopes = scopes[:len(scopes)-1]
					}
					opened = opened[:len(opened)-1]
				}
				return false
			}
			switch n.(type) {
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef:
				return false
			}
			visit(n, scopes[len(scopes)-1])
			s := a.p.Model.Scope(n)
			if s != nil {
				scopes = append(scopes, s)
			}
			opened = append(opened, s != nil)
			return true
		})
	}
}

// qualified returns the qualified name of e in scope s.
func (a *function) qualified(e ast.Expr, s *semantic.Scope) string {
	return a.p.Model.QualifiedName(s, e)
}

// propagate finds the local variables that hold exception text:
// assignments (msg = str(e)), augmented assignments, item assignments
// (data["error"] = str(e)), loops over leaked values, mutating calls
// (errors.append(str(e)), buf.write(tb)) and traceback printers
// (traceback.print_exc(file=buf)).
func (a *function) propagate(body []ast.Stmt) {
	for round := 0; round < maxRounds; round++ {
		changed := false
		taint := func(target ast.Expr, l leak) {
			if l.level != none && a.taintTarget(target, l) {
				changed = true
			}
		}
		a.walk(body, func(n ast.Node, s *semantic.Scope) {
			switch n := n.(type) {
			case *ast.Assign:
				l := a.eval(n.Value, s, 0)
				for _, t := range n.Targets {
					taint(t, l)
				}
			case *ast.AugAssign:
				taint(n.Target, a.eval(n.Value, s, 0))
			case *ast.AnnAssign:
				if n.Value != nil {
					taint(n.Target, a.eval(n.Value, s, 0))
				}
			case *ast.NamedExpr:
				taint(n.Target, a.eval(n.Value, s, 0))
			case *ast.For:
				taint(n.Target, a.eval(n.Iter, s, 0))
			case *ast.AsyncFor:
				taint(n.Target, a.eval(n.Iter, s, 0))
			case *ast.Call:
				q := a.qualified(n.Func, s)
				if pos, ok := printers[q]; ok {
					taint(analysis.Arg(n, pos, "file"), leak{level: traceback})
				} else if q == "builtins.print" {
					taint(analysis.Keyword(n, "file"), a.args(n, s).text())
				} else if attr, ok := n.Func.(*ast.Attribute); ok && mutators[attr.Attr] {
					taint(attr.Value, a.args(n, s))
				}
			}
		})
		if !changed {
			return
		}
	}
}

// taintTarget records that the local variable at the root of target
// (x, x[k], x[i][j], or each name of a tuple) holds l, and reports whether
// that is new.
func (a *function) taintTarget(target ast.Expr, l leak) bool {
	switch t := target.(type) {
	case *ast.Name:
		old, seen := a.locals[t.Id]
		joined := join(old, l)
		if seen && joined == old {
			return false
		}
		a.locals[t.Id] = joined
		return true
	case *ast.Subscript:
		return a.taintTarget(t.Value, l)
	case *ast.Tuple:
		changed := false
		for _, e := range t.Elts {
			changed = a.taintTarget(e, l) || changed
		}
		return changed
	case *ast.List:
		changed := false
		for _, e := range t.Elts {
			changed = a.taintTarget(e, l) || changed
		}
		return changed
	case *ast.Starred:
		return a.taintTarget(t.Value, l)
	}
	return false
}

// args returns what the arguments of call carry together.
func (a *function) args(call *ast.Call, s *semantic.Scope) leak {
	l := noLeak
	for _, x := range call.Args {
		l = join(l, a.eval(x, s, 0))
	}
	for _, k := range call.Keywords {
		l = join(l, a.eval(k.Value, s, 0))
	}
	return l
}

// sinkArgs returns what the arguments of a response function carry to
// the client: text made from an exception, or an exception object passed
// on its own to a function that converts it to text (all but the JSON
// serialisers, on which an exception object fails).
func (a *function) sinkArgs(call *ast.Call, s *semantic.Scope, json bool) leak {
	shown := func(x ast.Expr) leak {
		l := a.eval(x, s, 0)
		if !l.raw {
			return l
		}
		switch x.(type) {
		case *ast.Dict, *ast.List, *ast.Tuple, *ast.Set:
			return noLeak
		}
		if json {
			return noLeak
		}
		return l.text()
	}
	l := noLeak
	for _, x := range call.Args {
		l = join(l, shown(x))
	}
	for _, k := range call.Keywords {
		l = join(l, shown(k.Value))
	}
	return l
}

// eval returns what expression e, in scope s, carries of an exception.
// Calls of response functions (sinks) carry nothing: they are reported
// where they are made.
func (a *function) eval(e ast.Expr, s *semantic.Scope, depth int) leak {
	if e == nil || depth > maxDepth {
		return noLeak
	}
	depth++
	switch e := e.(type) {
	case *ast.Name:
		b := a.p.Model.Resolve(s, e.Id, e.Loc)
		if b == nil {
			return noLeak
		}
		if b.Kind == semantic.ExceptBinding {
			if h, ok := b.Node.(*ast.ExceptHandler); ok {
				return a.handler(h, b.Scope)
			}
			return noLeak
		}
		if b.Scope == a.scope {
			return a.locals[e.Id]
		}
	case *ast.Attribute:
		if harmlessAttrs[e.Attr] {
			return noLeak
		}
		return a.eval(e.Value, s, depth).text()
	case *ast.Subscript:
		return a.eval(e.Value, s, depth)
	case *ast.Call:
		return a.call(e, s, depth)
	case *ast.JoinedStr:
		return a.all(e.Values, s, depth).text()
	case *ast.FormattedValue:
		return a.eval(e.Value, s, depth).text()
	case *ast.BinOp:
		if e.Op == ast.Add || e.Op == ast.Modulo {
			return join(a.eval(e.Left, s, depth), a.eval(e.Right, s, depth)).text()
		}
	case *ast.Dict:
		return join(a.all(e.Keys, s, depth), a.all(e.Values, s, depth))
	case *ast.List:
		return a.all(e.Elts, s, depth)
	case *ast.Tuple:
		return a.all(e.Elts, s, depth)
	case *ast.Set:
		return a.all(e.Elts, s, depth)
	case *ast.Starred:
		return a.eval(e.Value, s, depth)
	case *ast.IfExp:
		return join(a.eval(e.Body, s, depth), a.eval(e.Orelse, s, depth))
	case *ast.BoolOp:
		return a.all(e.Values, s, depth)
	case *ast.NamedExpr:
		return a.eval(e.Value, s, depth)
	case *ast.Await:
		return a.eval(e.Value, s, depth)
	}
	return noLeak
}

func (a *function) all(list []ast.Expr, s *semantic.Scope, depth int) leak {
	l := noLeak
	for _, x := range list {
		l = join(l, a.eval(x, s, depth))
	}
	return l
}

// call returns what the result of call carries.
func (a *function) call(call *ast.Call, s *semantic.Scope, depth int) leak {
	q := a.qualified(call.Func, s)
	if l, ok := sources[q]; ok {
		return l
	}
	if _, ok := sinks[q]; ok {
		return noLeak
	}
	all := func() leak {
		l := a.all(call.Args, s, depth)
		for _, k := range call.Keywords {
			l = join(l, a.eval(k.Value, s, depth))
		}
		return l
	}
	switch {
	case textCalls[q]:
		return all().text()
	case containerCalls[q]:
		return all()
	}
	if attr, ok := call.Func.(*ast.Attribute); ok {
		// A method of a leaked value (str(e).splitlines(), buf.getvalue()).
		if l := a.eval(attr.Value, s, depth); l.level != none {
			return l.text()
		}
		if stringMethods[attr.Attr] {
			return all().text()
		}
	}
	return noLeak
}

// exceptionClass is how much the message of a caught exception may leak.
type exceptionClass uint8

const (
	clientFacing exceptionClass = iota // the project's own or a validation error: meant for the client
	narrow                             // a narrow built-in exception
	broad                              // any exception, or one that carries server internals
)

// handler returns what the exception bound by handler h carries.
func (a *function) handler(h *ast.ExceptHandler, s *semantic.Scope) leak {
	if h.Type == nil {
		return leak{level: message, raw: true}
	}
	switch a.classify(h.Type, s, 0) {
	case narrow:
		return leak{level: narrowMessage, raw: true}
	case broad:
		return leak{level: message, raw: true}
	}
	return noLeak
}

// classify classifies the exception type expression e (a class or a
// tuple of classes) in scope s.
func (a *function) classify(e ast.Expr, s *semantic.Scope, depth int) exceptionClass {
	if depth > maxDepth {
		return clientFacing
	}
	if t, ok := e.(*ast.Tuple); ok {
		c := clientFacing
		for _, x := range t.Elts {
			c = max(c, a.classify(x, s, depth+1))
		}
		return c
	}
	q := a.qualified(e, s)
	if q == "" {
		// A name assigned a tuple of exception classes.
		if n, ok := e.(*ast.Name); ok {
			b := a.p.Model.Resolve(s, n.Id, n.Loc)
			if b != nil && b.Kind == semantic.AssignBinding && b.Value != nil && len(b.Scope.Bindings[n.Id]) == 1 {
				return a.classify(b.Value, b.Scope, depth+1)
			}
		}
		return clientFacing
	}
	switch {
	case narrowExceptions[q]:
		return narrow
	case strings.HasPrefix(q, "builtins."):
		return broad
	case matchesName(a.leaky, q):
		return broad
	}
	return clientFacing
}
