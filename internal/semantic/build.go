package semantic

import (
	"strings"

	"github.com/krait-dev/krait/internal/python/ast"
)

// Build builds the semantic model of a module. pkg is the dotted package
// the module belongs to (for relative imports), or "" when unknown.
func Build(mod *ast.Module, pkg string) *Model {
	m := &Model{Package: pkg, scopes: make(map[ast.Node]*Scope)}
	b := &builder{m: m}
	m.Module = b.newScope(ModuleScope, mod, nil)
	b.stmts(m.Module, mod.Body)
	return m
}

type builder struct {
	m *Model
	// bindings and lists are slabs that bindings and one-element binding
	// lists are cut from, so a module's many bindings cost few
	// allocations.
	bindings []Binding
	lists    []*Binding
}

// newBinding returns a new binding from the slab.
func (b *builder) newBinding(bd Binding) *Binding {
	if len(b.bindings) == cap(b.bindings) {
		b.bindings = make([]Binding, 0, min(2*cap(b.bindings)+16, 512))
	}
	b.bindings = append(b.bindings, bd)
	return &b.bindings[len(b.bindings)-1]
}

// appendBinding appends bd to list, cutting a new list of one from the
// slab (full, so a later append copies it out).
func (b *builder) appendBinding(list []*Binding, bd *Binding) []*Binding {
	if len(list) > 0 {
		return append(list, bd)
	}
	if len(b.lists) == cap(b.lists) {
		b.lists = make([]*Binding, 0, min(2*cap(b.lists)+16, 1024))
	}
	b.lists = append(b.lists, bd)
	n := len(b.lists)
	return b.lists[n-1 : n : n]
}

func (b *builder) newScope(kind ScopeKind, n ast.Node, parent *Scope) *Scope {
	s := &Scope{Kind: kind, Node: n, Parent: parent, Bindings: make(map[string][]*Binding)}
	b.m.scopes[n] = s
	return s
}

func (b *builder) bind(s *Scope, name string, kind BindingKind, node ast.Node, loc ast.Loc) *Binding {
	// global and nonlocal declarations send the binding elsewhere.
	if s.Globals[name] {
		s = b.m.Module
	} else if s.Nonlocal[name] {
		for p := s.Parent; p != nil; p = p.Parent {
			if p.Kind == FunctionScope || p.Kind == LambdaScope {
				if _, ok := p.Bindings[name]; ok {
					s = p
					break
				}
			}
		}
	}
	bd := b.newBinding(Binding{Name: name, Kind: kind, Scope: s, Node: node, Loc: loc})
	s.Bindings[name] = b.appendBinding(s.Bindings[name], bd)
	return bd
}

func (b *builder) stmts(s *Scope, list []ast.Stmt) {
	for _, st := range list {
		b.stmt(s, st)
	}
}

func (b *builder) stmt(s *Scope, st ast.Stmt) {
	switch n := st.(type) {
	case *ast.FunctionDef:
		b.function(s, n, n.Name, n.Args, n.Body, n.DecoratorList, n.Returns, n.TypeParams)
	case *ast.AsyncFunctionDef:
		b.function(s, n, n.Name, n.Args, n.Body, n.DecoratorList, n.Returns, n.TypeParams)
	case *ast.ClassDef:
		b.exprs(s, n.DecoratorList)
		b.exprs(s, n.Bases)
		for _, k := range n.Keywords {
			b.expr(s, k.Value)
		}
		b.bind(s, n.Name, ClassBinding, n, n.Loc)
		cs := b.newScope(ClassScope, n, s)
		b.stmts(cs, n.Body)
	case *ast.Assign:
		b.expr(s, n.Value)
		for _, t := range n.Targets {
			var value ast.Expr
			if len(n.Targets) == 1 {
				value = n.Value
			}
			b.target(s, t, AssignBinding, n, value)
		}
	case *ast.AugAssign:
		b.expr(s, n.Value)
		b.target(s, n.Target, AugAssignBinding, n, nil)
	case *ast.AnnAssign:
		b.expr(s, n.Annotation)
		if n.Value != nil {
			b.expr(s, n.Value)
			b.target(s, n.Target, AssignBinding, n, n.Value)
		} else if name, ok := n.Target.(*ast.Name); ok {
			b.bind(s, name.Id, AnnotationBinding, n, name.Loc)
		} else {
			b.expr(s, n.Target)
		}
	case *ast.TypeAlias:
		b.expr(s, n.Value)
		b.target(s, n.Name, AssignBinding, n, nil)
	case *ast.For:
		b.expr(s, n.Iter)
		b.target(s, n.Target, LoopBinding, n, nil)
		b.stmts(s, n.Body)
		b.stmts(s, n.Orelse)
	case *ast.AsyncFor:
		b.expr(s, n.Iter)
		b.target(s, n.Target, LoopBinding, n, nil)
		b.stmts(s, n.Body)
		b.stmts(s, n.Orelse)
	case *ast.With:
		b.withItems(s, n, n.Items)
		b.stmts(s, n.Body)
	case *ast.AsyncWith:
		b.withItems(s, n, n.Items)
		b.stmts(s, n.Body)
	case *ast.Try:
		b.try(s, n.Body, n.Handlers, n.Orelse, n.Finalbody)
	case *ast.TryStar:
		b.try(s, n.Body, n.Handlers, n.Orelse, n.Finalbody)
	case *ast.If:
		b.expr(s, n.Test)
		b.stmts(s, n.Body)
		b.stmts(s, n.Orelse)
	case *ast.While:
		b.expr(s, n.Test)
		b.stmts(s, n.Body)
		b.stmts(s, n.Orelse)
	case *ast.Match:
		b.expr(s, n.Subject)
		for _, c := range n.Cases {
			b.pattern(s, c.Pattern, n)
			if c.Guard != nil {
				b.expr(s, c.Guard)
			}
			b.stmts(s, c.Body)
		}
	case *ast.Import:
		for _, a := range n.Names {
			if a.Asname != "" {
				bd := b.bind(s, a.Asname, ImportBinding, n, a.Loc)
				bd.Import = a.Name
			} else {
				first, _, _ := strings.Cut(a.Name, ".")
				bd := b.bind(s, first, ImportBinding, n, a.Loc)
				bd.Import = first
			}
		}
	case *ast.ImportFrom:
		module := b.absolute(n.Module, n.Level)
		for _, a := range n.Names {
			if a.Name == "*" {
				s.StarImports = append(s.StarImports, module)
				continue
			}
			name := a.Name
			if a.Asname != "" {
				name = a.Asname
			}
			bd := b.bind(s, name, ImportBinding, n, a.Loc)
			switch {
			case module == "":
				bd.Import = a.Name
			case strings.HasSuffix(module, "."):
				bd.Import = module + a.Name // an unresolved relative import
			default:
				bd.Import = module + "." + a.Name
			}
		}
	case *ast.Global:
		if s.Globals == nil {
			s.Globals = make(map[string]bool)
		}
		for _, name := range n.Names {
			s.Globals[name] = true
		}
	case *ast.Nonlocal:
		if s.Nonlocal == nil {
			s.Nonlocal = make(map[string]bool)
		}
		for _, name := range n.Names {
			s.Nonlocal[name] = true
		}
	case *ast.Delete:
		for _, t := range n.Targets {
			b.target(s, t, DeleteBinding, n, nil)
		}
	case *ast.Return:
		if n.Value != nil {
			b.expr(s, n.Value)
		}
	case *ast.Raise:
		if n.Exc != nil {
			b.expr(s, n.Exc)
		}
		if n.Cause != nil {
			b.expr(s, n.Cause)
		}
	case *ast.Assert:
		b.expr(s, n.Test)
		if n.Msg != nil {
			b.expr(s, n.Msg)
		}
	case *ast.ExprStmt:
		b.expr(s, n.Value)
	}
}

// absolute resolves a possibly relative import of module at level.
func (b *builder) absolute(module string, level int) string {
	if level == 0 {
		return module
	}
	base := b.m.Package
	if base == "" {
		return strings.Repeat(".", level) + module
	}
	parts := strings.Split(base, ".")
	if level-1 >= len(parts) {
		// Above the top package: keep it relative, so that it never
		// resolves to a top-level module of the same name.
		return strings.Repeat(".", level) + module
	}
	parts = parts[:len(parts)-(level-1)]
	if module != "" {
		parts = append(parts, module)
	}
	return strings.Join(parts, ".")
}

func (b *builder) function(s *Scope, n ast.Stmt, name string, args *ast.Arguments, body []ast.Stmt, decorators []ast.Expr, returns ast.Expr, typeParams []ast.TypeParam) {
	b.exprs(s, decorators)
	b.argumentDefaults(s, args)
	if returns != nil {
		b.expr(s, returns)
	}
	b.bind(s, name, FunctionBinding, n, n.Location())
	fs := b.newScope(FunctionScope, n, s)
	b.typeParams(fs, typeParams)
	b.parameters(fs, args, n)
	b.stmts(fs, body)
}

func (b *builder) typeParams(s *Scope, tps []ast.TypeParam) {
	for _, tp := range tps {
		switch t := tp.(type) {
		case *ast.TypeVar:
			b.bind(s, t.Name, OtherBinding, t, t.Loc)
		case *ast.ParamSpec:
			b.bind(s, t.Name, OtherBinding, t, t.Loc)
		case *ast.TypeVarTuple:
			b.bind(s, t.Name, OtherBinding, t, t.Loc)
		}
	}
}

// argumentDefaults visits defaults and annotations, which are evaluated
// in the enclosing scope.
func (b *builder) argumentDefaults(s *Scope, args *ast.Arguments) {
	if args == nil {
		return
	}
	b.exprs(s, args.Defaults)
	b.exprs(s, args.KwDefaults)
	for _, a := range allArgs(args) {
		if a.Annotation != nil {
			b.expr(s, a.Annotation)
		}
	}
}

func (b *builder) parameters(s *Scope, args *ast.Arguments, owner ast.Node) {
	if args == nil {
		return
	}
	for _, a := range allArgs(args) {
		b.bind(s, a.Arg, ParameterBinding, a, a.Loc)
	}
}

// allArgs returns every parameter of args in order.
func allArgs(args *ast.Arguments) []*ast.Arg {
	var all []*ast.Arg
	all = append(all, args.Posonlyargs...)
	all = append(all, args.Args...)
	if args.Vararg != nil {
		all = append(all, args.Vararg)
	}
	all = append(all, args.Kwonlyargs...)
	if args.Kwarg != nil {
		all = append(all, args.Kwarg)
	}
	return all
}

func (b *builder) withItems(s *Scope, n ast.Stmt, items []*ast.WithItem) {
	for _, it := range items {
		b.expr(s, it.ContextExpr)
		if it.OptionalVars != nil {
			b.target(s, it.OptionalVars, WithBinding, n, it.ContextExpr)
		}
	}
}

func (b *builder) try(s *Scope, body []ast.Stmt, handlers []*ast.ExceptHandler, orelse, final []ast.Stmt) {
	b.stmts(s, body)
	for _, h := range handlers {
		if h.Type != nil {
			b.expr(s, h.Type)
		}
		if h.Name != "" {
			b.bind(s, h.Name, ExceptBinding, h, h.Loc)
		}
		b.stmts(s, h.Body)
	}
	b.stmts(s, orelse)
	b.stmts(s, final)
}

// target binds the names of an assignment target; value is the assigned
// expression when the target is a plain name receiving it whole.
func (b *builder) target(s *Scope, t ast.Expr, kind BindingKind, node ast.Node, value ast.Expr) {
	switch t := t.(type) {
	case *ast.Name:
		bd := b.bind(s, t.Id, kind, node, t.Loc)
		bd.Value = value
	case *ast.Tuple:
		for _, e := range t.Elts {
			b.target(s, e, unpackKind(kind), node, nil)
		}
	case *ast.List:
		for _, e := range t.Elts {
			b.target(s, e, unpackKind(kind), node, nil)
		}
	case *ast.Starred:
		b.target(s, t.Value, unpackKind(kind), node, nil)
	default:
		b.expr(s, t)
	}
}

func unpackKind(k BindingKind) BindingKind {
	if k == AssignBinding {
		return OtherBinding
	}
	return k
}

func (b *builder) pattern(s *Scope, p ast.Pattern, match ast.Node) {
	ast.Inspect(p, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.MatchAs:
			if n.Name != "" {
				b.bind(s, n.Name, MatchBinding, match, n.Loc)
			}
		case *ast.MatchStar:
			if n.Name != "" {
				b.bind(s, n.Name, MatchBinding, match, n.Loc)
			}
		case *ast.MatchMapping:
			if n.Rest != "" {
				b.bind(s, n.Rest, MatchBinding, match, n.Loc)
			}
		case *ast.MatchValue:
			b.expr(s, n.Value)
			return false
		case *ast.MatchClass:
			b.expr(s, n.Cls)
		}
		return true
	})
}

func (b *builder) exprs(s *Scope, list []ast.Expr) {
	for _, e := range list {
		if e != nil {
			b.expr(s, e)
		}
	}
}

// expr visits an expression for the scopes and bindings inside it:
// lambdas, comprehensions and assignment expressions.
func (b *builder) expr(s *Scope, e ast.Expr) {
	if e == nil {
		return
	}
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Lambda:
			b.argumentDefaults(s, n.Args)
			ls := b.newScope(LambdaScope, n, s)
			b.parameters(ls, n.Args, n)
			b.expr(ls, n.Body)
			return false
		case *ast.ListComp:
			b.comprehension(s, n, n.Generators, n.Elt)
			return false
		case *ast.SetComp:
			b.comprehension(s, n, n.Generators, n.Elt)
			return false
		case *ast.GeneratorExp:
			b.comprehension(s, n, n.Generators, n.Elt)
			return false
		case *ast.DictComp:
			b.comprehension(s, n, n.Generators, n.Key, n.Value)
			return false
		case *ast.NamedExpr:
			b.expr(s, n.Value)
			// An assignment expression binds in the nearest scope that is
			// not a comprehension.
			t := s
			for t.Kind == ComprehensionScope && t.Parent != nil {
				t = t.Parent
			}
			b.target(t, n.Target, AssignBinding, n, n.Value)
			return false
		}
		return true
	})
}

func (b *builder) comprehension(s *Scope, n ast.Expr, gens []*ast.Comprehension, elts ...ast.Expr) {
	cs := b.newScope(ComprehensionScope, n, s)
	for i, g := range gens {
		if i == 0 {
			b.expr(s, g.Iter) // the first iterable is evaluated outside
		} else {
			b.expr(cs, g.Iter)
		}
		b.target(cs, g.Target, LoopBinding, g, nil)
		b.exprs(cs, g.Ifs)
	}
	b.exprs(cs, elts)
}
