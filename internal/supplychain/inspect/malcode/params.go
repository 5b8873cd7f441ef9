package malcode

import (
	"strings"

	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/semantic"
)

// sinkParams says which parameters of a function reach exec ("exec"), a
// process launch ("proc") or the data of a network send ("net") inside
// it.
type sinkParams map[int]string

// maxParamRounds bounds the rounds that carry sink parameters from
// helpers to their callers (run(src) → helper(src) → exec(src)).
const maxParamRounds = 3

// funcDef is a function of the module with its scope and class.
type funcDef struct {
	node  ast.Node
	args  *ast.Arguments
	body  []ast.Stmt
	scope *semantic.Scope
	class *ast.ClassDef
}

// collectFuncs returns the module's functions.
func (f *facts) collectFuncs(mod *ast.Module) []*funcDef {
	var out []*funcDef
	var visit func(stmts []ast.Stmt, class *ast.ClassDef)
	visit = func(stmts []ast.Stmt, class *ast.ClassDef) {
		for _, st := range stmts {
			ast.Inspect(st, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.FunctionDef:
					out = append(out, &funcDef{node: n, args: n.Args, body: n.Body, scope: f.model.Scope(n), class: class})
					visit(n.Body, nil)
					return false
				case *ast.AsyncFunctionDef:
					out = append(out, &funcDef{node: n, args: n.Args, body: n.Body, scope: f.model.Scope(n), class: class})
					visit(n.Body, nil)
					return false
				case *ast.ClassDef:
					visit(n.Body, n)
					return false
				}
				return true
			})
		}
	}
	visit(mod.Body, nil)
	return out
}

func paramIndex(args *ast.Arguments, name string) int {
	if args == nil {
		return -1
	}
	i := 0
	for _, a := range args.Posonlyargs {
		if a.Arg == name {
			return i
		}
		i++
	}
	for _, a := range args.Args {
		if a.Arg == name {
			return i
		}
		i++
	}
	return -1
}

// paramsIn returns the indexes of fd's parameters that e uses, directly
// or through local assignments.
func (f *facts) paramsIn(fd *funcDef, e ast.Expr, depth int, out map[int]bool) {
	if depth > 4 || fd.scope == nil {
		return
	}
	ast.Inspect(e, func(n ast.Node) bool {
		nm, ok := n.(*ast.Name)
		if !ok {
			return true
		}
		b := f.model.Resolve(fd.scope, nm.Id, nm.Loc)
		if b == nil || b.Scope != fd.scope {
			return true
		}
		switch b.Kind {
		case semantic.ParameterBinding:
			if i := paramIndex(fd.args, nm.Id); i >= 0 {
				out[i] = true
			}
		case semantic.AssignBinding, semantic.WithBinding:
			if b.Value != nil {
				f.paramsIn(fd, b.Value, depth+1, out)
			}
		}
		return true
	})
}

// computeSinkParams finds, for every function, the parameters that reach
// exec or a process launch, carried through up to maxParamRounds levels
// of helpers.
func (f *facts) computeSinkParams(mod *ast.Module) {
	f.funcs = f.collectFuncs(mod)
	f.sinks = map[ast.Node]sinkParams{}
	for round := 0; round < maxParamRounds; round++ {
		changed := false
		for _, fd := range f.funcs {
			if fd.scope == nil {
				continue
			}
			for _, st := range fd.body {
				ast.Inspect(st, func(n ast.Node) bool {
					switch n.(type) {
					case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef:
						return false
					}
					call, ok := n.(*ast.Call)
					if !ok {
						return true
					}
					kind, args := f.sinkKind(fd.scope, fd.class, call)
					if kind == "" {
						return true
					}
					used := map[int]bool{}
					for _, a := range args {
						f.paramsIn(fd, a, 0, used)
					}
					for i := range used {
						if f.sinks[fd.node] == nil {
							f.sinks[fd.node] = sinkParams{}
						}
						if f.sinks[fd.node][i] == "" {
							f.sinks[fd.node][i] = kind
							changed = true
						}
					}
					return true
				})
			}
		}
		if !changed {
			break
		}
	}
}

// sinkKind returns whether call (in scope s, inside class) is an exec
// sink, a process launch or a call of a helper with sink parameters, and
// the argument expressions that matter.
func (f *facts) sinkKind(s *semantic.Scope, class *ast.ClassDef, call *ast.Call) (string, []ast.Expr) {
	q := f.model.QualifiedName(s, call.Func)
	switch {
	case execSinks[q]:
		if len(call.Args) > 0 {
			return "exec", call.Args[:1]
		}
		return "", nil
	case isProc(q):
		return "proc", call.Args
	case isNet(q):
		if strings.HasSuffix(q, ".connect") || strings.HasSuffix(q, ".connect_ex") || q == "socket.create_connection" {
			return "", nil
		}
		args := append([]ast.Expr{}, call.Args...)
		for _, k := range call.Keywords {
			args = append(args, k.Value)
		}
		return "net", args
	}
	fd, offset := f.localCallee(s, class, call)
	if fd == nil {
		return "", nil
	}
	var args []ast.Expr
	kind := ""
	for i, k := range f.sinks[fd.node] {
		if j := i - offset; j >= 0 && j < len(call.Args) {
			args = append(args, call.Args[j])
			if kind == "" || sinkRank[k] > sinkRank[kind] {
				kind = k
			}
		}
	}
	return kind, args
}

// sinkRank orders the kinds of sink parameters when one helper call
// carries several.
var sinkRank = map[string]int{"net": 1, "proc": 2, "exec": 3}

// localCallee resolves a call of a function of the module: a name bound
// to a def, or self.method() inside a class. offset is 1 for a method
// called through self (its first parameter is self).
func (f *facts) localCallee(s *semantic.Scope, class *ast.ClassDef, call *ast.Call) (*funcDef, int) {
	switch fn := call.Func.(type) {
	case *ast.Name:
		b := f.model.Resolve(s, fn.Id, fn.Loc)
		if b == nil || b.Kind != semantic.FunctionBinding {
			return nil, 0
		}
		for _, fd := range f.funcs {
			if fd.node == b.Node {
				return fd, 0
			}
		}
	case *ast.Attribute:
		if c, ok := fn.Value.(*ast.Call); ok {
			// Cls().method(): a method of a class of the module
			if nm, ok := c.Func.(*ast.Name); ok {
				if b := f.model.Resolve(s, nm.Id, nm.Loc); b != nil {
					if cd, ok := b.Node.(*ast.ClassDef); ok {
						return f.methodDef(cd, fn.Attr), 1
					}
				}
			}
			return nil, 0
		}
		self, ok := fn.Value.(*ast.Name)
		if !ok || self.Id != "self" || class == nil {
			return nil, 0
		}
		return f.methodDef(class, fn.Attr), 1
	}
	return nil, 0
}

// methodDef returns the method name of class, or nil.
func (f *facts) methodDef(class *ast.ClassDef, name string) *funcDef {
	for _, fd := range f.funcs {
		if fd.class == class {
			if d, ok := fd.node.(*ast.FunctionDef); ok && d.Name == name {
				return fd
			}
		}
	}
	return nil
}

// enclosingClass returns the class of the method being walked, or nil.
func (f *facts) enclosingClass() *ast.ClassDef {
	for i := len(f.scopes) - 1; i >= 0; i-- {
		if c, ok := f.scopes[i].Node.(*ast.ClassDef); ok {
			return c
		}
	}
	return nil
}

// helperSink checks a call of a helper whose parameters reach exec or a
// process launch.
func (f *facts) helperSink(call *ast.Call) {
	s := f.scope()
	fd, offset := f.localCallee(s, f.enclosingClass(), call)
	if fd == nil || len(f.sinks[fd.node]) == 0 {
		return
	}
	name := "a helper"
	switch d := fd.node.(type) {
	case *ast.FunctionDef:
		name = d.Name + "()"
	case *ast.AsyncFunctionDef:
		name = d.Name + "()"
	}
	for i, kind := range f.sinks[fd.node] {
		j := i - offset
		if j < 0 || j >= len(call.Args) {
			continue
		}
		o := f.flow.origin(s, call.Args[j], 0)
		if kind == "net" {
			// a secret, or the path of a credential store, handed to a
			// helper that sends its parameter (or what it reads from it)
			_, credPath := containsAny(pathFragments(f.model, s, call.Args[j]), credentialPaths)
			if o&Secret != 0 || credPath {
				f.report(IDExfiltration, call.Loc, "secret data (or a credential file) is handed to %s, which sends it over the network", name)
			}
			continue
		}
		what := "exec in " + name
		if kind == "proc" {
			what = "a process launch in " + name
		}
		switch {
		case o&Image != 0:
			f.report(IDSteganography, call.Loc, "data read from an image reaches %s", what)
		case o&Net != 0:
			f.report(IDDownloadExec, call.Loc, "data fetched from the network reaches %s", what)
		}
		if o&Decoded != 0 {
			f.report(IDDecodedExec, call.Loc, "decoded or decompressed data reaches %s", what)
		}
	}
}
