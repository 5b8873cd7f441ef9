package ast

// Visitor is called by Walk for each node; see go/ast.Visitor.
type Visitor interface {
	// Visit is called for node n. If the returned visitor w is not nil,
	// Walk visits each child of n with w, then calls w.Visit(nil).
	Visit(n Node) (w Visitor)
}

// Walk traverses the tree rooted at n in depth-first order, children in
// field order, as go/ast.Walk does.
func Walk(v Visitor, n Node) {
	if v = v.Visit(n); v == nil {
		return
	}
	n.walk(v)
	v.Visit(nil)
}

type inspector func(Node) bool

func (f inspector) Visit(n Node) Visitor {
	if f(n) {
		return f
	}
	return nil
}

// Inspect traverses the tree rooted at n, calling f for each node; when f
// returns false the node's children are skipped. f is also called with nil
// after a node's children, as in go/ast.Inspect.
func Inspect(n Node, f func(Node) bool) {
	Walk(inspector(f), n)
}
