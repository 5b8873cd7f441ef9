package debugflask

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/python/ast"
)

// Guarded reports whether n, the node being visited, runs only under a
// condition the code chose at run time: in a branch of an if statement,
// a while loop or a conditional expression whose test is not known
// statically (if args.debug:, if os.environ.get("DEV"):). Such code is a
// deliberate switch for development, not debug mode left on. The
// `if __name__ == "__main__":` guard is no such condition: it is how a
// module is run. A branch whose test is known to be false never runs and
// counts as guarded.
func Guarded(p *analysis.Pass, n ast.Node) bool {
	parents := p.Parents()
	for i, anc := range parents {
		child := n
		if i+1 < len(parents) {
			child = parents[i+1]
		}
		var test ast.Expr
		switch a := anc.(type) {
		case *ast.If:
			test = a.Test
		case *ast.While:
			test = a.Test
		case *ast.IfExp:
			test = a.Test
		default:
			continue
		}
		if ast.Node(test) == child || mainGuard(p, test) {
			continue
		}
		if on, known := p.Truth(test); !known || !on {
			return true
		}
	}
	return false
}

// mainGuard reports whether test is `__name__ == "__main__"`.
func mainGuard(p *analysis.Pass, test ast.Expr) bool {
	c, ok := test.(*ast.Compare)
	if !ok || len(c.Ops) != 1 || c.Ops[0] != ast.Eq || len(c.Comparators) != 1 {
		return false
	}
	l, r := c.Left, c.Comparators[0]
	if _, ok := l.(*ast.Constant); ok {
		l, r = r, l
	}
	s, ok := p.String(r)
	return ok && s == "__main__" && p.QualifiedName(l) == "builtins.__name__"
}
