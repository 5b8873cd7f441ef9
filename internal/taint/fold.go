package taint

import (
	"math"
	"strings"

	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/semantic"
)

// maxFoldedString bounds the strings built by folding; longer results are
// unknown (their taint is still tracked).
const maxFoldedString = 1 << 16

func constEqual(a, b ast.Value) bool {
	switch x := a.(type) {
	case nil:
		return b == nil
	case bool:
		y, ok := b.(bool)
		return ok && x == y
	case int64:
		switch y := b.(type) {
		case int64:
			return x == y
		case float64:
			return float64(x) == y
		}
	case float64:
		switch y := b.(type) {
		case int64:
			return x == float64(y)
		case float64:
			return x == y
		}
	case string:
		y, ok := b.(string)
		return ok && x == y
	case []byte:
		y, ok := b.([]byte)
		return ok && string(x) == string(y)
	}
	return false
}

func truthy(v ast.Value) bool { return semantic.Truthy(v) }

// asInt returns v as an int64 (bools are ints in Python).
func asInt(v ast.Value) (int64, bool) {
	switch x := v.(type) {
	case int64:
		return x, true
	case bool:
		if x {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

func asFloat(v ast.Value) (float64, bool) {
	if i, ok := asInt(v); ok {
		return float64(i), true
	}
	f, ok := v.(float64)
	return f, ok
}

// foldBinOp folds l op r when Python would give a result we can compute
// exactly; ok is false otherwise (overflow, division by zero, unknown
// types).
func foldBinOp(op ast.Operator, l, r ast.Value) (ast.Value, bool) {
	if ls, ok := l.(string); ok {
		switch op {
		case ast.Add:
			if rs, ok := r.(string); ok && len(ls)+len(rs) <= maxFoldedString {
				return ls + rs, true
			}
		case ast.Mult:
			if n, ok := asInt(r); ok {
				if n <= 0 {
					return "", true
				}
				if int64(len(ls))*n <= maxFoldedString {
					return strings.Repeat(ls, int(n)), true
				}
			}
		case ast.Modulo:
			return formatPercent(ls, r)
		}
		return nil, false
	}
	if li, ok := asInt(l); ok {
		if ri, ok := asInt(r); ok {
			switch op {
			case ast.Add:
				s := li + ri
				if (s > li) == (ri > 0) {
					return s, true
				}
			case ast.Sub:
				s := li - ri
				if (s < li) == (ri > 0) {
					return s, true
				}
			case ast.Mult:
				if li == 0 || ri == 0 {
					return int64(0), true
				}
				p := li * ri
				if p/ri == li && !(li == -1 && ri == math.MinInt64) && !(ri == -1 && li == math.MinInt64) {
					return p, true
				}
			case ast.FloorDiv, ast.Modulo:
				if ri == 0 || li == math.MinInt64 && ri == -1 {
					return nil, false
				}
				q, m := li/ri, li%ri
				if m != 0 && (m < 0) != (ri < 0) {
					q--
					m += ri
				}
				if op == ast.FloorDiv {
					return q, true
				}
				return m, true
			case ast.Div:
				if ri == 0 {
					return nil, false
				}
				return float64(li) / float64(ri), true
			case ast.BitAnd:
				return li & ri, true
			case ast.BitOr:
				return li | ri, true
			case ast.BitXor:
				return li ^ ri, true
			}
			return nil, false
		}
	}
	lf, ok1 := asFloat(l)
	rf, ok2 := asFloat(r)
	if ok1 && ok2 {
		switch op {
		case ast.Add:
			return lf + rf, true
		case ast.Sub:
			return lf - rf, true
		case ast.Mult:
			return lf * rf, true
		case ast.Div:
			if rf != 0 {
				return lf / rf, true
			}
		}
	}
	return nil, false
}

// formatPercent folds "..%s.." % value for %s and %d with one value or a
// tuple is not folded (the taint is tracked regardless).
func formatPercent(f string, r ast.Value) (ast.Value, bool) {
	if strings.Count(f, "%") != 1 {
		return nil, false
	}
	i := strings.IndexByte(f, '%')
	if i+1 >= len(f) {
		return nil, false
	}
	var s string
	switch f[i+1] {
	case 's':
		switch x := r.(type) {
		case string:
			s = x
		case int64:
			s = itoa(int(x))
		default:
			return nil, false
		}
	case 'd':
		x, ok := r.(int64)
		if !ok {
			return nil, false
		}
		s = itoa(int(x))
	default:
		return nil, false
	}
	return f[:i] + s + f[i+2:], true
}

// foldCompare folds one comparison; ok is false when unknown.
func foldCompare(op ast.CmpOperator, l, r ast.Value) (bool, bool) {
	switch op {
	case ast.Eq:
		if comparable(l, r) {
			return constEqual(l, r), true
		}
	case ast.NotEq:
		if comparable(l, r) {
			return !constEqual(l, r), true
		}
	case ast.Is:
		if l == nil || r == nil {
			return l == nil && r == nil, true
		}
	case ast.IsNot:
		if l == nil || r == nil {
			return !(l == nil && r == nil), true
		}
	case ast.In, ast.NotIn:
		ls, ok1 := l.(string)
		rs, ok2 := r.(string)
		if ok1 && ok2 {
			in := strings.Contains(rs, ls)
			return in == (op == ast.In), true
		}
	case ast.Lt, ast.LtE, ast.Gt, ast.GtE:
		var c int
		if ls, ok := l.(string); ok {
			rs, ok := r.(string)
			if !ok {
				return false, false
			}
			c = strings.Compare(ls, rs)
		} else {
			lf, ok1 := asFloat(l)
			rf, ok2 := asFloat(r)
			if !ok1 || !ok2 {
				return false, false
			}
			switch {
			case lf < rf:
				c = -1
			case lf > rf:
				c = 1
			}
		}
		switch op {
		case ast.Lt:
			return c < 0, true
		case ast.LtE:
			return c <= 0, true
		case ast.Gt:
			return c > 0, true
		default:
			return c >= 0, true
		}
	}
	return false, false
}

// comparable reports whether == between l and r is decided by constEqual.
func comparable(l, r ast.Value) bool {
	kind := func(v ast.Value) int {
		switch v.(type) {
		case nil:
			return 1
		case bool, int64, float64:
			return 2
		case string:
			return 3
		case []byte:
			return 4
		}
		return 0
	}
	return kind(l) != 0 && kind(r) != 0
}

// maxFoldDepth bounds the recursion of Fold; deeper expressions are
// unknown (a branch that could be ruled out is then kept).
const maxFoldDepth = 32

// Fold returns the constant value of e when it is made of constants,
// names that lookup knows, arithmetic, comparisons and not: what the
// pattern rules need to tell a dead branch (`if 7 * 18 + num > 200:` with
// num = 106) without running the engine.
func Fold(e ast.Expr, lookup func(name string) (ast.Value, bool)) (ast.Value, bool) {
	return fold(e, lookup, 0)
}

func fold(e ast.Expr, lookup func(string) (ast.Value, bool), depth int) (ast.Value, bool) {
	if e == nil || depth > maxFoldDepth {
		return nil, false
	}
	switch x := e.(type) {
	case *ast.Constant:
		return x.Value, x.Value != nil
	case *ast.Name:
		if lookup == nil {
			return nil, false
		}
		return lookup(x.Id)
	case *ast.BinOp:
		l, ok := fold(x.Left, lookup, depth+1)
		if !ok {
			return nil, false
		}
		r, ok := fold(x.Right, lookup, depth+1)
		if !ok {
			return nil, false
		}
		return foldBinOp(x.Op, l, r)
	case *ast.UnaryOp:
		v, ok := fold(x.Operand, lookup, depth+1)
		if !ok {
			return nil, false
		}
		switch x.Op {
		case ast.Not:
			return !truthy(v), true
		case ast.USub:
			return foldBinOp(ast.Sub, int64(0), v)
		}
	case *ast.Compare:
		l, ok := fold(x.Left, lookup, depth+1)
		if !ok || len(x.Ops) != len(x.Comparators) {
			return nil, false
		}
		for i, op := range x.Ops {
			r, ok := fold(x.Comparators[i], lookup, depth+1)
			if !ok {
				return nil, false
			}
			b, ok := foldCompare(op, l, r)
			if !ok {
				return nil, false
			}
			if !b {
				return false, true
			}
			l = r
		}
		return true, true
	}
	return nil, false
}
