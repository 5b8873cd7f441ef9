package generalkit

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/python/ast"
)

// broadExceptions are the exception classes that catch (nearly)
// everything.
var broadExceptions = map[string]bool{"builtins.Exception": true, "builtins.BaseException": true}

// CatchesAll reports whether handler h catches every exception: a bare
// `except:`, `except Exception:` or `except BaseException:` (resolved, so
// a class of the module named Exception does not count), or a tuple
// holding one of them. With anyType, every handler counts, as with
// Bandit's check_typed_exception. unsure is true when the handler only
// spells Exception or BaseException but krait resolves the name to an
// import from elsewhere (`from errors import Exception`), which may or may
// not be the builtin.
func CatchesAll(p *analysis.Pass, h *ast.ExceptHandler, anyType bool) (catches, unsure bool) {
	if h.Type == nil || anyType {
		return true, false
	}
	return broad(p, h.Type)
}

func broad(p *analysis.Pass, e ast.Expr) (catches, unsure bool) {
	if t, ok := e.(*ast.Tuple); ok {
		for _, x := range t.Elts {
			if c, u := broad(p, x); c && !u {
				return true, false
			} else if c {
				catches, unsure = true, true
			}
		}
		return catches, unsure
	}
	q := p.QualifiedName(e)
	if broadExceptions[q] {
		return true, false
	}
	var spelled string
	switch e := e.(type) {
	case *ast.Name:
		spelled = e.Id
	case *ast.Attribute:
		spelled = e.Attr
	}
	if q != "" && (spelled == "Exception" || spelled == "BaseException") {
		return true, true
	}
	return false, false
}

// ExceptionName returns how handler h's type reads in a message:
// "bare except", "except Exception" and so on.
func ExceptionName(p *analysis.Pass, h *ast.ExceptHandler) string {
	if h.Type == nil {
		return "a bare except"
	}
	switch q := p.QualifiedName(h.Type); q {
	case "builtins.Exception", "builtins.BaseException":
		return "except " + q[len("builtins."):]
	}
	return "an except clause"
}

// IsNoOp reports whether statement s does nothing: pass, `...` or another
// constant expression (such as a docstring-like comment string).
func IsNoOp(s ast.Stmt) bool {
	switch s := s.(type) {
	case *ast.Pass:
		return true
	case *ast.ExprStmt:
		_, ok := s.Value.(*ast.Constant)
		return ok
	}
	return false
}
