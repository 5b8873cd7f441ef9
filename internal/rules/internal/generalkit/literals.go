package generalkit

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/python/ast"
)

// LiteralUse says how the program uses a string literal.
type LiteralUse uint8

// The uses of a string literal.
const (
	// UsedAsValue is any use not listed below: assigned, passed, returned.
	UsedAsValue LiteralUse = iota
	// Discarded is an expression statement: a docstring or a bare string
	// the program computes and throws away.
	Discarded
	// Compared is an operand of a comparison (==, !=, in, ...), or an
	// element of a literal container on the right of one: the program
	// checks another value against it and never uses it itself.
	Compared
	// NotAtStart is a piece of an f-string other than its first, a piece
	// of a format spec, or the right operand of +: the whole string does
	// not start with it.
	NotAtStart
	// StrMethod is the receiver or an argument of a str method on a value
	// krait cannot resolve ("::".join(parts), path.startswith("/tmp")).
	StrMethod
)

// strArgMethods are str methods whose string arguments are searched for,
// split on or stripped, never used as data of their own.
var strArgMethods = map[string]bool{
	"startswith": true, "endswith": true, "split": true, "rsplit": true,
	"find": true, "rfind": true, "index": true, "rindex": true, "count": true,
	"partition": true, "rpartition": true, "strip": true, "lstrip": true,
	"rstrip": true, "removeprefix": true, "removesuffix": true,
}

// strReceiverMethods are str methods whose receiver is a separator or a
// pattern: "::".join(parts), "0.0.0.0".split(".").
var strReceiverMethods = map[string]bool{
	"join": true, "split": true, "rsplit": true, "partition": true,
	"rpartition": true, "count": true, "startswith": true, "endswith": true,
}

// UseOf returns how the literal c, the node p is visiting, is used.
func UseOf(p *analysis.Pass, c *ast.Constant) LiteralUse {
	parents := p.Parents()
	if len(parents) == 0 {
		return UsedAsValue
	}
	switch parent := parents[len(parents)-1].(type) {
	case *ast.ExprStmt:
		return Discarded
	case *ast.Compare:
		return Compared
	case *ast.Tuple, *ast.List, *ast.Set:
		// host in ("0.0.0.0", "::")
		if len(parents) >= 2 {
			if cmp, ok := parents[len(parents)-2].(*ast.Compare); ok && cmp.Left != parent.(ast.Expr) {
				return Compared
			}
		}
	case *ast.JoinedStr:
		if len(parents) >= 2 {
			if _, spec := parents[len(parents)-2].(*ast.FormattedValue); spec {
				return NotAtStart
			}
		}
		if len(parent.Values) == 0 || parent.Values[0] != ast.Expr(c) {
			return NotAtStart
		}
		// The f-string as a whole is the literal; see how it is used.
		if len(parents) >= 2 {
			switch parents[len(parents)-2].(type) {
			case *ast.ExprStmt:
				return Discarded
			case *ast.Compare:
				return Compared
			}
		}
	case *ast.BinOp:
		// root + "/tmp/x": the whole string starts with root.
		if parent.Op == ast.Add && parent.Right == ast.Expr(c) {
			return NotAtStart
		}
	case *ast.Attribute:
		if parent.Value == ast.Expr(c) && strReceiverMethods[parent.Attr] {
			return StrMethod
		}
	case *ast.Call:
		if fn, ok := parent.Func.(*ast.Attribute); ok && strArgMethods[fn.Attr] && p.QualifiedName(fn) == "" {
			for _, a := range parent.Args {
				if a == ast.Expr(c) {
					return StrMethod
				}
			}
		}
	}
	return UsedAsValue
}
