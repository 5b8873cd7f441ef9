// Package cryptoutil holds the helpers that the crypto group of rules
// (Bandit B201, B202, B324, B501-B509, B701-B704) share: qualified names
// that also see through type annotations and attributes of self,
// keyword lookup with positions, import checks, class hierarchies,
// statically constant text, and rule options. They are candidates for
// internal/analysis.
package cryptoutil

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/semantic"
)

// maxDepth bounds every recursion of this package over names, classes
// and expressions.
const maxDepth = 12

// FindKeyword returns the keyword argument name of call (with its
// position, for reporting), or nil.
func FindKeyword(call *ast.Call, name string) *ast.Keyword {
	for _, k := range call.Keywords {
		if k != nil && k.Arg == name {
			return k
		}
	}
	return nil
}

// HasStarArgs reports whether call passes *args or **kwargs, which may
// hide any argument.
func HasStarArgs(call *ast.Call) bool {
	for _, a := range call.Args {
		if _, ok := a.(*ast.Starred); ok {
			return true
		}
	}
	return analysis.HasKwargs(call)
}

// Name returns the qualified name of e in the current scope, like
// Pass.QualifiedName, and where that is unknown it also looks at
//   - the type annotation of a name (`tar: tarfile.TarFile` as a
//     parameter, or `s: requests.Session = make()`): the name of an
//     instance of the annotated class, "tarfile.TarFile()";
//   - attributes of self (`self.session` in a method whose class assigns
//     `self.session = requests.Session()`): the assigned value's name;
//   - attribute chains and calls built on those.
//
// It returns "" when e stays unknown.
func Name(p *analysis.Pass, e ast.Expr) string {
	return name(p, p.Scope(), e, 0)
}

func name(p *analysis.Pass, s *semantic.Scope, e ast.Expr, depth int) string {
	if e == nil || depth > maxDepth {
		return ""
	}
	if q := p.Model.QualifiedName(s, e); q != "" {
		return q
	}
	switch e := e.(type) {
	case *ast.Name:
		return annotated(p, s, e, depth+1)
	case *ast.Attribute:
		if q := selfAttribute(p, s, e, depth+1); q != "" {
			return q
		}
		if q := name(p, s, e.Value, depth+1); q != "" {
			return q + "." + e.Attr
		}
	case *ast.Call:
		if q := name(p, s, e.Func, depth+1); q != "" {
			return q + "()"
		}
	}
	return ""
}

// annotated returns the instance name that the annotation of name e's
// binding gives, or "".
func annotated(p *analysis.Pass, s *semantic.Scope, e *ast.Name, depth int) string {
	b := p.Model.Resolve(s, e.Id, e.Loc)
	if b == nil {
		return ""
	}
	var ann ast.Expr
	scope := b.Scope
	switch n := b.Node.(type) {
	case *ast.Arg:
		ann = n.Annotation
		// Annotations of parameters are evaluated where the function is
		// defined.
		if scope.Parent != nil {
			scope = scope.Parent
		}
	case *ast.AnnAssign:
		ann = n.Annotation
	}
	ann = unwrapOptional(p, scope, ann)
	if ann == nil {
		return ""
	}
	if q := p.Model.QualifiedName(scope, ann); q != "" && !strings.HasSuffix(q, "()") {
		return q + "()"
	}
	return ""
}

// unwrapOptional returns T for the annotations Optional[T], T | None and
// None | T, and ann itself otherwise.
func unwrapOptional(p *analysis.Pass, s *semantic.Scope, ann ast.Expr) ast.Expr {
	switch a := ann.(type) {
	case *ast.Subscript:
		if q := p.Model.QualifiedName(s, a.Value); q == "typing.Optional" {
			return a.Slice
		}
	case *ast.BinOp:
		if a.Op != ast.BitOr {
			return ann
		}
		if isNone(a.Right) {
			return a.Left
		}
		if isNone(a.Left) {
			return a.Right
		}
	}
	return ann
}

func isNone(e ast.Expr) bool {
	c, ok := e.(*ast.Constant)
	return ok && c.Value == nil
}

// selfAttribute resolves self.attr inside a method: when the methods of
// the enclosing class assign self.attr, and every such assignment has a
// value with the same qualified name, that name.
func selfAttribute(p *analysis.Pass, s *semantic.Scope, e *ast.Attribute, depth int) string {
	self, ok := e.Value.(*ast.Name)
	if !ok || s == nil || s.Kind != semantic.FunctionScope {
		return ""
	}
	args := functionArgs(s.Node)
	if args == nil || firstParam(args) != self.Id {
		return ""
	}
	cls := s.Parent
	if cls == nil || cls.Kind != semantic.ClassScope {
		return ""
	}
	classDef, ok := cls.Node.(*ast.ClassDef)
	if !ok {
		return ""
	}
	found := ""
	for _, st := range classDef.Body {
		var body []ast.Stmt
		var fargs *ast.Arguments
		switch f := st.(type) {
		case *ast.FunctionDef:
			body, fargs = f.Body, f.Args
		case *ast.AsyncFunctionDef:
			body, fargs = f.Body, f.Args
		default:
			continue
		}
		fs := p.Model.Scope(st)
		selfName := firstParam(fargs)
		if fs == nil || selfName == "" {
			continue
		}
		for _, value := range selfAssignments(body, selfName, e.Attr) {
			q := p.Model.QualifiedName(fs, value)
			if q == "" || (found != "" && q != found) {
				return ""
			}
			found = q
		}
	}
	return found
}

func functionArgs(n ast.Node) *ast.Arguments {
	switch f := n.(type) {
	case *ast.FunctionDef:
		return f.Args
	case *ast.AsyncFunctionDef:
		return f.Args
	}
	return nil
}

func firstParam(args *ast.Arguments) string {
	if args == nil {
		return ""
	}
	if len(args.Posonlyargs) > 0 {
		return args.Posonlyargs[0].Arg
	}
	if len(args.Args) > 0 {
		return args.Args[0].Arg
	}
	return ""
}

// selfAssignments returns the values assigned to self.attr in body, not
// looking into nested functions, classes or lambdas.
func selfAssignments(body []ast.Stmt, self, attr string) []ast.Expr {
	var values []ast.Expr
	isTarget := func(t ast.Expr) bool {
		a, ok := t.(*ast.Attribute)
		if !ok || a.Attr != attr {
			return false
		}
		n, ok := a.Value.(*ast.Name)
		return ok && n.Id == self
	}
	for _, st := range body {
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef, *ast.Lambda:
				return false
			case *ast.Assign:
				for _, t := range n.Targets {
					if isTarget(t) {
						values = append(values, n.Value)
					}
				}
			case *ast.AnnAssign:
				if n.Value != nil && isTarget(n.Target) {
					values = append(values, n.Value)
				}
			}
			return true
		})
	}
	return values
}

// Imports reports whether a module for which match returns true is
// imported in the current scope or a scope around it (import M, import
// M as N, from M import x, from M import *). match receives the dotted
// name of the imported module or object.
func Imports(p *analysis.Pass, match func(module string) bool) bool {
	for s := p.Scope(); s != nil; s = s.Parent {
		for _, m := range s.StarImports {
			if match(m) {
				return true
			}
		}
		for _, bs := range s.Bindings {
			for _, b := range bs {
				if b.Kind == semantic.ImportBinding && match(b.Import) {
					return true
				}
			}
		}
	}
	return false
}

// ModuleIs returns a match function for Imports that accepts module and
// its submodules and members.
func ModuleIs(module string) func(string) bool {
	return func(m string) bool { return m == module || strings.HasPrefix(m, module+".") }
}

// LastName returns the identifier at the end of a name or attribute
// chain (`Policy` for `paramiko.client.Policy` or `Policy()`), or "".
func LastName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Name:
		return e.Id
	case *ast.Attribute:
		return e.Attr
	case *ast.Call:
		return LastName(e.Func)
	}
	return ""
}

// Last returns the last component of a dotted qualified name, without a
// trailing "()".
func Last(q string) string {
	q = strings.TrimSuffix(q, "()")
	if i := strings.LastIndexByte(q, '.'); i >= 0 {
		return q[i+1:]
	}
	return q
}

// DerivesFrom reports whether e names a class in bases or a class
// defined in the file that derives, directly or through other classes
// of the file, from one of them; it returns the base it found.
func DerivesFrom(p *analysis.Pass, e ast.Expr, bases map[string]bool) (string, bool) {
	return derivesFrom(p, p.Scope(), e, bases, 0)
}

func derivesFrom(p *analysis.Pass, s *semantic.Scope, e ast.Expr, bases map[string]bool, depth int) (string, bool) {
	if depth > maxDepth || e == nil {
		return "", false
	}
	if q := p.Model.QualifiedName(s, e); q != "" {
		return q, bases[q]
	}
	n, ok := e.(*ast.Name)
	if !ok {
		return "", false
	}
	b := p.Model.Resolve(s, n.Id, n.Loc)
	if b == nil || b.Kind != semantic.ClassBinding {
		return "", false
	}
	cd, ok := b.Node.(*ast.ClassDef)
	if !ok {
		return "", false
	}
	for _, base := range cd.Bases {
		if q, ok := derivesFrom(p, b.Scope, base, bases, depth+1); ok {
			return q, true
		}
	}
	return "", false
}

// IsLocalClass reports whether e is a name bound by a class statement of
// the file.
func IsLocalClass(p *analysis.Pass, e ast.Expr) bool {
	n, ok := e.(*ast.Name)
	if !ok {
		return false
	}
	b := p.Model.Resolve(p.Scope(), n.Id, n.Loc)
	return b != nil && b.Kind == semantic.ClassBinding
}

// Falsy reports whether e is statically known to be false, 0, "" and so
// on, but not None: verify=None, debug=None and friends mean "the
// default", not "off".
func Falsy(p *analysis.Pass, e ast.Expr) bool {
	if e == nil {
		return false
	}
	v, ok := p.ConstValue(e)
	return ok && v != nil && !semantic.Truthy(v)
}

// IsNone reports whether e is statically None.
func IsNone(p *analysis.Pass, e ast.Expr) bool {
	if e == nil {
		return false
	}
	v, ok := p.ConstValue(e)
	return ok && v == nil
}

// Int returns the value of e when it is an int known statically.
func Int(p *analysis.Pass, e ast.Expr) (int64, bool) {
	if e == nil {
		return 0, false
	}
	v, ok := p.ConstValue(e)
	if !ok {
		return 0, false
	}
	switch x := v.(type) {
	case int64:
		return x, true
	case bool:
		// True and False are ints in Python, but no one means a key
		// size by them.
		return 0, false
	}
	return 0, false
}

// LocalInstance reports whether e is an instance of a class defined in
// the file: `X()`, or a name bound to it (`x = X()`, `with X() as x`).
// derived says whether that class derives, directly or through other
// classes of the file, from one of bases.
func LocalInstance(p *analysis.Pass, e ast.Expr, bases map[string]bool) (local, derived bool) {
	s := p.Scope()
	for depth := 0; depth < maxDepth && e != nil; depth++ {
		switch x := e.(type) {
		case *ast.Name:
			b := p.Model.Resolve(s, x.Id, x.Loc)
			if b == nil || (b.Kind != semantic.AssignBinding && b.Kind != semantic.WithBinding) {
				return false, false
			}
			e, s = b.Value, b.Scope
		case *ast.Call:
			n, ok := x.Func.(*ast.Name)
			if !ok {
				return false, false
			}
			b := p.Model.Resolve(s, n.Id, n.Loc)
			if b == nil || b.Kind != semantic.ClassBinding {
				return false, false
			}
			_, derived = derivesFrom(p, s, n, bases, 0)
			return true, derived
		default:
			return false, false
		}
	}
	return false, false
}

// Spelling returns the dotted name e is written as ("ssl.wrap_socket"
// for a Name or an attribute chain on a Name), or "".
func Spelling(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Name:
		return e.Id
	case *ast.Attribute:
		if s := Spelling(e.Value); s != "" {
			return s + "." + e.Attr
		}
	}
	return ""
}

// Names returns the qualified name of e in the current scope and a
// fallback name for when that is not the one a rule looks for. The
// fallback applies when the name at the root of e is bound by an
// assignment krait does not understand or bound nowhere (a star import):
// it is the import of the same name in the same scope (`try: from Crypto
// import RSA / except ImportError: RSA = None` makes RSA.generate
// "Crypto.RSA.generate"), or else e's spelling ("ssl.wrap_socket" after
// `ssl = import_helper.import_module("ssl")`), which is how Bandit
// matches names. spelled is "" for names bound by def, class, import or
// as parameters. A call is named after its function, with "()".
func Names(p *analysis.Pass, e ast.Expr) (qualified, spelled string) {
	return NamesIn(p, p.Scope(), e)
}

// NamesIn is Names in scope s.
func NamesIn(p *analysis.Pass, s *semantic.Scope, e ast.Expr) (qualified, spelled string) {
	if call, ok := e.(*ast.Call); ok {
		q, sp := NamesIn(p, s, call.Func)
		if q != "" {
			q += "()"
		}
		if sp != "" {
			sp += "()"
		}
		return q, sp
	}
	return p.Model.QualifiedName(s, e), spelling(p, s, e)
}

// CalleeNames is Names for the function a call calls, using the callee
// name that the framework computes once per call.
func CalleeNames(p *analysis.Pass, call *ast.Call) (qualified, spelled string) {
	return p.CalleeName(call), p.CallMemo(call, "cryptoutil.spelling", func() string { return spelling(p, p.Scope(), call.Func) })
}

// Match looks q, then s, up in m: the value, the name that matched, and
// whether it was the spelling s.
func Match[V any](m map[string]V, q, s string) (v V, name string, bySpelling, ok bool) {
	if v, ok := m[q]; ok && q != "" {
		return v, q, false, true
	}
	if v, ok := m[s]; ok && s != "" {
		return v, s, true, true
	}
	return v, "", false, false
}

// MayCall reports whether call may call one of the functions whose last
// names are in names: an attribute call must use one of them; a call
// of a plain name may be of any (an alias). Rules use it to skip calls
// before resolving names.
func MayCall(call *ast.Call, names map[string]bool) bool {
	switch f := call.Func.(type) {
	case *ast.Attribute:
		return names[f.Attr]
	case *ast.Name:
		return true
	}
	return false
}

func spelling(p *analysis.Pass, s *semantic.Scope, e ast.Expr) string {
	root := e
	for {
		a, ok := root.(*ast.Attribute)
		if !ok {
			break
		}
		root = a.Value
	}
	n, ok := root.(*ast.Name)
	if !ok {
		return ""
	}
	b := p.Model.Resolve(s, n.Id, n.Loc)
	if b != nil {
		switch b.Kind {
		case semantic.AssignBinding, semantic.OtherBinding, semantic.WithBinding:
		default:
			return ""
		}
		// `try: import yaml / except ImportError: yaml = None`: the
		// name stands for the import where it is usable at all.
		for _, o := range b.Scope.Bindings[n.Id] {
			if o.Kind == semantic.ImportBinding && o.Import != "" {
				return o.Import + strings.TrimPrefix(Spelling(e), n.Id)
			}
		}
	}
	if ast.Expr(n) == e {
		// A bare name is spelled only by the callers' own rules.
		return ""
	}
	return Spelling(e)
}

// LastNames returns the last components of the qualified names that are
// the keys of m, so that rules can skip unrelated calls before resolving
// names.
func LastNames[V any](m map[string]V) map[string]bool {
	out := make(map[string]bool, len(m))
	for q := range m {
		out[Last(q)] = true
	}
	return out
}
