package setuppy

import (
	"context"
	"fmt"
	"strings"

	"github.com/krait-dev/krait/internal/deps/inventory"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/python/parser"
)

// computedMsg is the problem reported for a value krait does not evaluate.
const computedMsg = "%s is computed at run time; not read"

// ParseSetupPy parses data as the setup.py named path, without running it.
func ParseSetupPy(ctx context.Context, path string, data []byte) ([]inventory.Package, []inventory.Problem, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, fmt.Errorf("setup file %s: %w", path, err)
	}
	c := &collector{file: path}
	f := parser.ParseFile(path, data)
	if len(f.Errors) > 0 {
		e := f.Errors[0]
		c.problem(e.Line, "setup.py has a syntax error (%s: %s); only the statements before it are read", e.Kind, e.Msg)
	}
	// Module-level names bound exactly once by a plain assignment.
	binds := map[string]ast.Expr{}
	rebound := map[string]bool{}
	for _, st := range f.Module.Body {
		switch st := st.(type) {
		case *ast.Assign:
			for _, t := range st.Targets {
				if n, ok := t.(*ast.Name); ok {
					if _, dup := binds[n.Id]; dup || len(st.Targets) > 1 {
						rebound[n.Id] = true
					}
					binds[n.Id] = st.Value
				}
			}
		case *ast.AugAssign:
			if n, ok := st.Target.(*ast.Name); ok {
				rebound[n.Id] = true
			}
		case *ast.AnnAssign:
			if n, ok := st.Target.(*ast.Name); ok {
				rebound[n.Id] = true
			}
		}
	}
	r := &resolver{binds: binds, rebound: rebound}
	found := false
	ast.Inspect(f.Module, func(n ast.Node) bool {
		call, ok := n.(*ast.Call)
		if !ok || !isSetup(call.Func) {
			return true
		}
		found = true
		for _, kw := range call.Keywords {
			switch kw.Arg {
			case "":
				c.problem(int(kw.Lineno), "setup() arguments passed with ** are computed at run time; not read")
			case "install_requires":
				c.requirements(r, kw.Value, "", "install_requires", int(kw.Lineno))
			case "extras_require":
				c.extras(r, kw.Value, int(kw.Lineno))
			}
		}
		return true
	})
	if !found {
		c.problem(0, "no setup() call found")
	}
	return c.pkgs, c.problems, nil
}

func isSetup(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Name:
		return e.Id == "setup"
	case *ast.Attribute:
		return e.Attr == "setup"
	}
	return false
}

type resolver struct {
	binds   map[string]ast.Expr
	rebound map[string]bool
}

// resolve follows a module-level name to its literal (one level only, to
// stay finite).
func (r *resolver) resolve(e ast.Expr) ast.Expr {
	if n, ok := e.(*ast.Name); ok && !r.rebound[n.Id] {
		if v, ok := r.binds[n.Id]; ok {
			if _, isName := v.(*ast.Name); !isName {
				return v
			}
		}
	}
	return e
}

func constString(e ast.Expr) (string, bool) {
	k, ok := e.(*ast.Constant)
	if !ok {
		return "", false
	}
	s, ok := k.Value.(string)
	return s, ok
}

// requirements reads a literal requirement list (or multi-line string).
func (c *collector) requirements(r *resolver, e ast.Expr, extra, what string, line int) {
	e = r.resolve(e)
	if s, ok := constString(e); ok {
		base := int(e.Location().Lineno)
		for i, l := range strings.Split(s, "\n") {
			t := strings.TrimSpace(l)
			if t == "" || strings.HasPrefix(t, "#") {
				continue
			}
			if j := strings.Index(t, " #"); j >= 0 {
				t = strings.TrimSpace(t[:j])
			}
			c.add(t, extra, base+i)
		}
		return
	}
	var elts []ast.Expr
	switch e := e.(type) {
	case *ast.List:
		elts = e.Elts
	case *ast.Tuple:
		elts = e.Elts
	default:
		c.problem(line, computedMsg, what)
		return
	}
	strs := make([]string, len(elts))
	lines := make([]int, len(elts))
	for i, el := range elts {
		el = r.resolve(el) // a name bound to a string constant
		s, ok := constString(el)
		if !ok {
			c.problem(line, computedMsg, what)
			return
		}
		strs[i], lines[i] = s, int(el.Location().Lineno)
	}
	for i, s := range strs {
		c.add(strings.TrimSpace(s), extra, lines[i])
	}
}

func (c *collector) extras(r *resolver, e ast.Expr, line int) {
	d, ok := r.resolve(e).(*ast.Dict)
	if !ok {
		c.problem(line, computedMsg, "extras_require")
		return
	}
	for i, k := range d.Keys {
		key, ok := constString(k)
		if !ok { // nil key: **spread
			c.problem(line, computedMsg, "extras_require")
			continue
		}
		kl := int(k.Location().Lineno)
		c.requirements(r, d.Values[i], key, fmt.Sprintf("extras_require[%q]", key), kl)
	}
}
