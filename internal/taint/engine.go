package taint

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/semantic"
)

// Finding is a flow from a source to a sink.
type Finding struct {
	Class  Class
	Sink   string // how the message names the sink ("os.system")
	Source string // how the message names the source ("request.args")
	Loc    ast.Loc
	// Confidence is 0 for the rule's default, else a finding.Confidence;
	// Severity likewise (lower for local sources: argv, environment).
	Confidence int
	Severity   int
	Trace      []finding.Step
}

// Message returns the finding's one-sentence message.
func (f *Finding) Message() string {
	return fmt.Sprintf("%s flows to %s: %s", f.Source, f.Sink, f.Class)
}

// Result is the outcome of analysing one module.
type Result struct {
	Findings []*Finding // sorted by position, class, source
	// Rounds is the number of summary rounds the analysis took.
	Rounds int
	// Skipped counts functions whose analysis hit a budget limit.
	Skipped int
}

// ByClass returns the findings of class c.
func (r *Result) ByClass(c Class) []*Finding {
	var out []*Finding
	for _, f := range r.Findings {
		if f.Class == c {
			out = append(out, f)
		}
	}
	return out
}

// fn is a function of the module under analysis.
type fn struct {
	index  int      // its place in engine.funcs (source order)
	node   ast.Node // *ast.FunctionDef, *ast.AsyncFunctionDef or *ast.Lambda
	name   string
	args   *ast.Arguments
	body   []ast.Stmt
	decos  []ast.Expr
	class  *ast.ClassDef // the class it is a method of, or nil
	scope  *semantic.Scope
	params []*ast.Arg // every parameter, in order
	// What the framework models say about it.
	sourceParams map[string]string // parameter → source label
	// depends are the parameters of a FastAPI view or dependency whose
	// value FastAPI computes by calling a function of the module
	// (Depends(g)): they hold what g returns from the request.
	depends      map[string]*fn
	requestParam string // parameter whose attributes are sources
	// requestAttrs are the attributes of requestParam that are sources
	// (requestAttributes when nil).
	requestAttrs []string
	// selfSources are the paths under the first parameter (self) that are
	// sources in a method of a request handler class, with their labels.
	selfSources map[string]string
	flaskView   bool // returned strings are HTML responses
	// wsgiStart is the start_response parameter of a WSGI application,
	// whose headers argument is a header sink.
	wsgiStart string
	// lambda marks a lambda (its body is one return statement); static
	// and classMethod the decorators that change what binds the first
	// parameter.
	lambda, static, classMethod bool
	// free are the variables of enclosing functions the function reads
	// (a closure), and selfAttrs the attributes of its receiver a method
	// reads (self.x). Both are summarised as extra parameters after
	// params, in that order: a call passes the caller's values of those
	// variables and of the receiver's attributes.
	free      []string
	selfAttrs []string
	// freeScopes are the scopes that bind free (in order), and nested the
	// functions of the module f's body names (for free variables read by
	// the closures it calls).
	freeScopes []*semantic.Scope
	nested     []*fn
}

// nparams is the number of parameters of f's summary: its own, then its
// free variables, then the attributes of its receiver it reads.
func (f *fn) nparams() int { return len(f.params) + len(f.free) + len(f.selfAttrs) }

// paramName names parameter i of f's summary in traces.
func (f *fn) paramName(i int) string {
	switch {
	case i < 0:
	case i < len(f.params):
		if f.params[i] != nil {
			return f.params[i].Arg
		}
	case i < len(f.params)+len(f.free):
		return f.free[i-len(f.params)]
	case i < f.nparams():
		if self := f.selfParam(); self != "" {
			return self + "." + f.selfAttrs[i-len(f.params)-len(f.free)]
		}
	}
	return "argument"
}

// selfParam returns the name of a method's receiver parameter, or "".
func (f *fn) selfParam() string {
	if f.class == nil || f.static || len(f.params) == 0 || f.params[0] == nil {
		return ""
	}
	return f.params[0].Arg
}

// paramSink is a flow inside a function from one of its parameters to a
// sink.
type attrSummary struct {
	value  Value
	params map[int]Class
}

type paramSink struct {
	path       string // the file of the sink
	param      int
	class      Class
	sink       string
	loc        ast.Loc
	confidence int
	trace      []finding.Step // from the parameter to just before the sink
}

// summary is what a call of a function does with taint.
type summary struct {
	// paramReturn maps the parameters whose taint flows to the result to
	// the classes that flow sanitises them for.
	paramReturn map[int]Class
	// attrs are, for a method, what it leaves in its receiver's
	// attributes (self.x): the value from real sources and constants,
	// and the parameters that flow there.
	attrs   map[string]attrSummary
	returns Taint // real sources the function returns
	sinks   []paramSink
}

func (s *summary) equal(o *summary) bool {
	if s == nil || o == nil {
		return s == o
	}
	if len(s.paramReturn) != len(o.paramReturn) || !equalTaint(s.returns, o.returns) || len(s.sinks) != len(o.sinks) {
		return false
	}
	for k, c := range s.paramReturn {
		if oc, ok := o.paramReturn[k]; !ok || oc != c {
			return false
		}
	}
	if len(s.attrs) != len(o.attrs) {
		return false
	}
	for k, a := range s.attrs {
		b, ok := o.attrs[k]
		if !ok || !sameValue(a.value, b.value) || len(a.params) != len(b.params) {
			return false
		}
		for p, c := range a.params {
			if oc, ok := b.params[p]; !ok || oc != c {
				return false
			}
		}
	}
	for i := range s.sinks {
		a, b := s.sinks[i], o.sinks[i]
		if a.param != b.param || a.class != b.class || a.loc != b.loc || a.sink != b.sink {
			return false
		}
	}
	return true
}

func (s *summary) empty() bool {
	return s == nil || len(s.paramReturn) == 0 && len(s.returns) == 0 && len(s.sinks) == 0 && len(s.attrs) == 0
}

type findingKey struct {
	loc    ast.Loc
	class  Class
	source string
}

type engine struct {
	// partialNames are the names assigned partial(...) (notePartial).
	partialNames map[string]bool
	// methodNames caches hasMethod.
	methodNames map[*ast.ClassDef]map[string]bool
	// attrTypes caches, per class, what its methods assign to attributes
	// of self (see selfAttrCall).
	attrTypes   map[*ast.ClassDef]map[string]string
	path        string
	model       *semantic.Model
	funcs       []*fn
	byNode      map[ast.Node]*fn
	summaries   map[*fn]*summary
	moduleState *State
	findings    map[findingKey]*Finding
	skipped     map[*fn]bool
	django      bool
	aiohttp     bool
	starlette   bool
	// user are the project's own models; userHints the last parts of
	// its sources' names (for the prescan).
	user      *UserModels
	userHints map[string]bool
	// project gives the summaries of other modules' functions (nil: calls
	// into other modules use the default); stack lists the modules whose
	// summaries are being computed, this one last, to cut cycles.
	project *Project
	stack   []string
	// demand computes the summaries, callees first (see demand.go).
	demand *demand
	// shared holds the summaries of a module followed across files that
	// are the same at every depth (nil: none are shared).
	shared *sharedSummaries
}

// Analyze runs the taint analysis over one module. path names the file in
// traces. It never panics on odd trees; it takes time bounded by the
// limits in value.go per function.
func Analyze(path string, mod *ast.Module, model *semantic.Model) *Result {
	return AnalyzeWith(path, mod, model, nil)
}

// AnalyzeWith is Analyze with the project's own models added to the
// built-in ones (nil: none).
func AnalyzeWith(path string, mod *ast.Module, model *semantic.Model, user *UserModels) *Result {
	return AnalyzeProject(path, mod, model, user, nil)
}

// AnalyzeProject is AnalyzeWith with calls into the other modules of the
// project modelled by their summaries (nil: none).
func AnalyzeProject(path string, mod *ast.Module, model *semantic.Model, user *UserModels, project *Project) *Result {
	e := newEngine(path, model, user)
	e.project = project
	if project != nil {
		if name, ok := project.modules[path]; ok {
			e.stack = []string{name}
		}
	}
	return e.run(mod)
}

func newEngine(path string, model *semantic.Model, user *UserModels) *engine {
	e := &engine{
		path: path, model: model, byNode: map[ast.Node]*fn{}, summaries: map[*fn]*summary{},
		findings: map[findingKey]*Finding{}, skipped: map[*fn]bool{},
		user: user,
	}
	if user != nil && len(user.Sources) > 0 {
		e.userHints = map[string]bool{}
		for q := range user.Sources {
			if i := strings.LastIndexByte(q, '.'); i >= 0 {
				q = q[i+1:]
			}
			e.userHints[q] = true
		}
	}
	return e
}

// run analyses mod.
func (e *engine) run(mod *ast.Module) *Result {
	model := e.model
	res := &Result{}
	if mod == nil || model == nil {
		return res
	}
	e.collectFuncs(mod)
	if !e.mayHaveSources(mod) {
		return res
	}
	if e.project != nil && !e.hasRemoteSources(mod) {
		// Only local sources (command line, environment, input()): as
		// in CodeQL's default threat model, calls into other files are
		// followed for what a remote attacker controls; these flows are
		// followed within the file.
		e.project = nil
	}
	e.prepareFuncs(mod)
	graph := e.buildCallGraph(mod, true)
	e.demand = e.components(graph)
	// Each round runs the module body, then computes the summaries of the
	// functions that may report a finding (findingRoots), callees first
	// (demand.go). The body of round 1 sees no
	// summaries and later ones all those computed; when a round's body
	// leaves the globals as the functions of the round before saw them,
	// nothing can change any more.
	for round := 1; round <= maxSummaryRounds; round++ {
		res.Rounds = round
		old := e.moduleState
		e.runBody(mod)
		if round > 1 && equalStates(old, e.moduleState) {
			break
		}
		if round > 1 {
			e.demand.reset()
		}
		roots := e.findingRoots(graph)
		for _, f := range e.funcs {
			if roots[f] {
				e.summaryOf(f)
			}
		}
	}
	for _, f := range e.findings {
		res.Findings = append(res.Findings, f)
	}
	sort.Slice(res.Findings, func(i, j int) bool {
		a, b := res.Findings[i], res.Findings[j]
		if a.Loc.Lineno != b.Loc.Lineno {
			return a.Loc.Lineno < b.Loc.Lineno
		}
		if a.Loc.ColOffset != b.Loc.ColOffset {
			return a.Loc.ColOffset < b.Loc.ColOffset
		}
		if a.Class != b.Class {
			return a.Class < b.Class
		}
		return a.Source < b.Source
	})
	res.Skipped = len(e.skipped)
	return res
}

// collectFuncs finds the functions of mod and what the framework models
// say about them.
func (e *engine) collectFuncs(mod *ast.Module) {
	e.django = importsPrefix(e.model, "django")
	e.aiohttp = importsPrefix(e.model, "aiohttp")
	e.starlette = importsPrefix(e.model, "starlette")
	e.collect(mod.Body, nil)
	for _, f := range e.funcs {
		e.decorators(f)
		e.classify(f)
	}
}

// prepareFuncs adds the lambdas of mod to its functions and finds what
// each reads from enclosing functions and from its receiver.
func (e *engine) prepareFuncs(mod *ast.Module) {
	e.collectLambdas(mod)
	for _, f := range e.funcs {
		e.closure(f)
	}
	e.closeOver()
}

func importsPrefix(m *semantic.Model, prefix string) bool {
	for _, bs := range m.Module.Bindings {
		for _, b := range bs {
			if b.Kind == semantic.ImportBinding && (b.Import == prefix || strings.HasPrefix(b.Import, prefix+".")) {
				return true
			}
		}
	}
	return false
}

// collect finds every function of the module, methods and nested ones
// included.
func (e *engine) collect(body []ast.Stmt, class *ast.ClassDef) {
	for _, st := range body {
		switch n := st.(type) {
		case *ast.FunctionDef:
			e.addFunc(n, n.Name, n.Args, n.Body, n.DecoratorList, class)
			e.collect(n.Body, nil)
		case *ast.AsyncFunctionDef:
			e.addFunc(n, n.Name, n.Args, n.Body, n.DecoratorList, class)
			e.collect(n.Body, nil)
		case *ast.ClassDef:
			e.collect(n.Body, n)
		case *ast.If:
			e.collect(n.Body, class)
			e.collect(n.Orelse, class)
		case *ast.For:
			e.collect(n.Body, class)
			e.collect(n.Orelse, class)
		case *ast.AsyncFor:
			e.collect(n.Body, class)
			e.collect(n.Orelse, class)
		case *ast.While:
			e.collect(n.Body, class)
			e.collect(n.Orelse, class)
		case *ast.With:
			e.collect(n.Body, class)
		case *ast.AsyncWith:
			e.collect(n.Body, class)
		case *ast.Try:
			e.collect(n.Body, class)
			for _, h := range n.Handlers {
				if h != nil {
					e.collect(h.Body, class)
				}
			}
			e.collect(n.Orelse, class)
			e.collect(n.Finalbody, class)
		case *ast.TryStar:
			e.collect(n.Body, class)
			for _, h := range n.Handlers {
				if h != nil {
					e.collect(h.Body, class)
				}
			}
			e.collect(n.Orelse, class)
			e.collect(n.Finalbody, class)
		case *ast.Match:
			for _, c := range n.Cases {
				if c != nil {
					e.collect(c.Body, class)
				}
			}
		}
	}
}

func (e *engine) addFunc(n ast.Node, name string, args *ast.Arguments, body []ast.Stmt, decos []ast.Expr, class *ast.ClassDef) {
	scope := e.model.Scope(n)
	if scope == nil || len(e.funcs) >= maxFunctions {
		return
	}
	f := &fn{node: n, name: name, args: args, body: body, decos: decos, class: class, scope: scope}
	if args != nil {
		f.params = append(f.params, args.Posonlyargs...)
		f.params = append(f.params, args.Args...)
		if args.Vararg != nil {
			f.params = append(f.params, args.Vararg)
		}
		f.params = append(f.params, args.Kwonlyargs...)
		if args.Kwarg != nil {
			f.params = append(f.params, args.Kwarg)
		}
	}
	f.index = len(e.funcs)
	e.funcs = append(e.funcs, f)
	e.byNode[n] = f
}

// collectLambdas adds every lambda of the module as a function whose body
// returns its expression: a call of a name bound to a lambda, or of a
// lambda itself, then uses its summary.
func (e *engine) collectLambdas(mod *ast.Module) {
	ast.Inspect(mod, func(n ast.Node) bool {
		if as, ok := n.(*ast.Assign); ok {
			e.notePartial(as)
			return true
		}
		lam, ok := n.(*ast.Lambda)
		if !ok || lam.Body == nil {
			return true
		}
		if len(e.funcs) >= maxFunctions {
			return false
		}
		body := []ast.Stmt{&ast.Return{Loc: lam.Body.Location(), Value: lam.Body}}
		e.addFunc(lam, "<lambda>", lam.Args, body, nil, nil)
		if f := e.byNode[lam]; f != nil {
			f.lambda = true
		}
		return true
	})
}

// notePartial records the names assigned a call spelled partial(...)
// (functools.partial, however imported), the only names partialCall
// looks at.
func (e *engine) notePartial(as *ast.Assign) {
	call, ok := as.Value.(*ast.Call)
	if !ok {
		return
	}
	switch f := call.Func.(type) {
	case *ast.Name:
		ok = f.Id == "partial"
	case *ast.Attribute:
		ok = f.Attr == "partial"
	default:
		ok = false
	}
	if !ok {
		return
	}
	for _, t := range as.Targets {
		if n, ok := t.(*ast.Name); ok {
			if e.partialNames == nil {
				e.partialNames = map[string]bool{}
			}
			e.partialNames[n.Id] = true
		}
	}
}

// decorators applies @staticmethod and @classmethod: what the first
// parameter of a method is bound to.
func (e *engine) decorators(f *fn) {
	if f.class == nil || f.scope.Parent == nil {
		return
	}
	for _, d := range f.decos {
		switch e.model.QualifiedName(f.scope.Parent, d) {
		case "builtins.staticmethod":
			f.static = true
		case "builtins.classmethod":
			f.classMethod = true
		}
	}
}

// closure finds the variables of enclosing functions that f reads
// (maxFreeVars at most) and, for a method, the attributes of self it
// reads (maxSelfAttrs at most).
func (e *engine) closure(f *fn) {
	self := f.selfParam()
	if f.classMethod {
		self = ""
	}
	nested := false
	for s := f.scope.Parent; s != nil; s = s.Parent {
		if s.Kind == semantic.FunctionScope || s.Kind == semantic.LambdaScope {
			nested = true
			break
		}
	}
	if !nested && self == "" {
		return
	}
	seenFree, seenAttr := map[string]bool{}, map[string]bool{}
	visit := func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.Attribute:
			if base, ok := x.Value.(*ast.Name); ok && self != "" && base.Id == self && !seenAttr[x.Attr] && len(f.selfAttrs) < maxSelfAttrs {
				seenAttr[x.Attr] = true
				if !e.hasMethod(f.class, x.Attr) { // self.m() is a call, not data
					f.selfAttrs = append(f.selfAttrs, x.Attr)
				}
			}
		case *ast.Name:
			if !nested || seenFree[x.Id] || len(f.free) >= maxFreeVars {
				return true
			}
			seenFree[x.Id] = true
			if len(f.scope.Bindings[x.Id]) > 0 && !f.scope.Nonlocal[x.Id] {
				return true // a local variable
			}
			b := e.model.Resolve(f.scope, x.Id, x.Loc)
			if b == nil || b.Scope == f.scope || b.Scope == nil || (b.Scope.Kind != semantic.FunctionScope && b.Scope.Kind != semantic.LambdaScope) {
				return true
			}
			switch b.Kind {
			case semantic.FunctionBinding:
				if g := e.byNode[b.Node]; g != nil {
					f.nested = append(f.nested, g)
				}
				return true
			case semantic.AssignBinding:
				if lam, ok := b.Value.(*ast.Lambda); ok {
					if g := e.byNode[lam]; g != nil {
						f.nested = append(f.nested, g)
					}
					return true
				}
			case semantic.ImportBinding, semantic.ClassBinding:
				return true
			}
			f.free = append(f.free, x.Id)
			f.freeScopes = append(f.freeScopes, b.Scope)
		}
		return true
	}
	for _, st := range f.body {
		if st != nil {
			ast.Inspect(st, visit)
		}
	}
}

// hasMethod reports whether class c or one of its bases in the module
// defines method name. It caches the names per class in methodNames,
// which only the engine's own run writes (before its summaries are
// shared with other modules' analyses).
func (e *engine) hasMethod(c *ast.ClassDef, name string) bool {
	names, ok := e.methodNames[c]
	if !ok {
		names = map[string]bool{}
		e.addMethodNames(c, names, 0)
		if e.methodNames == nil {
			e.methodNames = map[*ast.ClassDef]map[string]bool{}
		}
		e.methodNames[c] = names
	}
	return names[name]
}

func (e *engine) addMethodNames(c *ast.ClassDef, names map[string]bool, depth int) {
	if c == nil || depth > maxClassDepth {
		return
	}
	for _, st := range c.Body {
		switch d := st.(type) {
		case *ast.FunctionDef:
			names[d.Name] = true
		case *ast.AsyncFunctionDef:
			names[d.Name] = true
		}
	}
	s := e.model.Scope(c)
	if s == nil || s.Parent == nil {
		return
	}
	for _, base := range c.Bases {
		if n, ok := base.(*ast.Name); ok {
			if b := e.model.Resolve(s.Parent, n.Id, n.Loc); b != nil && b.Kind == semantic.ClassBinding {
				if bc, ok := b.Node.(*ast.ClassDef); ok && bc != c {
					e.addMethodNames(bc, names, depth+1)
				}
			}
		}
	}
}

// closeOver adds to each nested function the free variables of the
// closures it calls that it does not bind itself (helper() calling run()
// that reads the enclosing view's variable), to a fixed point bounded by
// maxSummaryRounds rounds and maxFreeVars.
func (e *engine) closeOver() {
	for round := 0; round < maxSummaryRounds; round++ {
		changed := false
		for _, f := range e.funcs {
			for _, g := range f.nested {
				for k, name := range g.free {
					if len(f.free) >= maxFreeVars || slices.Contains(f.free, name) || !ancestor(g.freeScopes[k], f.scope) {
						continue
					}
					f.free = append(f.free, name)
					f.freeScopes = append(f.freeScopes, g.freeScopes[k])
					changed = true
				}
			}
		}
		if !changed {
			return
		}
	}
}

// ancestor reports whether scope a strictly encloses scope s.
func ancestor(a, s *semantic.Scope) bool {
	for p := s.Parent; p != nil; p = p.Parent {
		if p == a {
			return true
		}
	}
	return false
}

// preparedAttrs returns, for a method of a request handler class, what
// the class's prepare() (which Tornado runs before every verb method)
// leaves from the request in the handler's attributes; nil otherwise.
func (e *engine) preparedAttrs(f *fn) map[string]Value {
	if f.selfSources == nil || f.class == nil || f.name == "prepare" {
		return nil
	}
	prep := e.methodOf(f.class, "prepare", 0)
	if prep == nil || prep == f || prep.selfSources == nil {
		return nil
	}
	sum := e.summaryOf(prep)
	if sum == nil {
		return nil
	}
	var out map[string]Value
	for name, at := range sum.attrs {
		if at.value.Tainted() {
			if out == nil {
				out = map[string]Value{}
			}
			out[name] = at.value
		}
	}
	return out
}

// fastAPIParams marks the parameters of f, a FastAPI view (or, at depth
// > 0, a dependency of one), that FastAPI fills from the request: a
// Request, sources, or the result of a dependency of the module
// (Depends(g), whose own parameters FastAPI fills the same way, up to
// maxDependsDepth).
func (e *engine) fastAPIParams(f *fn, depth int) {
	parent := f.scope.Parent
	if f.sourceParams == nil {
		f.sourceParams = map[string]string{}
	}
	defaults := paramDefaults(f.args)
	for _, p := range f.params {
		if p == nil {
			continue
		}
		if isRequestAnnotation(e.model, parent, p.Annotation) {
			f.requestParam = p.Arg
			continue
		}
		if safeAnnotation(e.model, parent, p.Annotation) {
			continue // FastAPI validates it into a number, a UUID, a date ...
		}
		if g := e.dependency(parent, defaults[p], p.Annotation); g != nil && g != f && depth < maxDependsDepth {
			if f.depends == nil {
				f.depends = map[string]*fn{}
			}
			f.depends[p.Arg] = g
			if g.sourceParams == nil {
				e.fastAPIParams(g, depth+1)
			}
			continue
		}
		f.sourceParams[p.Arg] = "parameter " + p.Arg
	}
}

// maxDependsDepth bounds a chain of FastAPI dependencies followed
// (Depends(a) where a takes Depends(b) ...); a deeper one is a source as
// a whole.
const maxDependsDepth = 4

// paramDefaults maps the parameters of args that have a default to it.
func paramDefaults(args *ast.Arguments) map[*ast.Arg]ast.Expr {
	if args == nil {
		return nil
	}
	m := map[*ast.Arg]ast.Expr{}
	positional := append(append([]*ast.Arg(nil), args.Posonlyargs...), args.Args...)
	for i, d := range args.Defaults {
		if k := len(positional) - len(args.Defaults) + i; k >= 0 && d != nil {
			m[positional[k]] = d
		}
	}
	for i, d := range args.KwDefaults {
		if i < len(args.Kwonlyargs) && d != nil {
			m[args.Kwonlyargs[i]] = d
		}
	}
	return m
}

// dependency returns the function of the module a FastAPI parameter
// depends on — its default Depends(g), or Depends(g) in its annotation
// Annotated[T, Depends(g)] — or nil.
func (e *engine) dependency(s *semantic.Scope, def, annotation ast.Expr) *fn {
	calls := []ast.Expr{def}
	if sub, ok := annotation.(*ast.Subscript); ok {
		switch e.model.QualifiedName(s, sub.Value) {
		case "typing.Annotated", "typing_extensions.Annotated":
			if t, ok := sub.Slice.(*ast.Tuple); ok {
				calls = append(calls, t.Elts...)
			}
		}
	}
	for _, x := range calls {
		call, ok := x.(*ast.Call)
		if !ok || len(call.Args) == 0 || e.model.QualifiedName(s, call.Func) != "fastapi.Depends" {
			continue
		}
		name, ok := call.Args[0].(*ast.Name)
		if !ok {
			continue
		}
		if b := e.model.Resolve(s, name.Id, name.Loc); b != nil && b.Kind == semantic.FunctionBinding {
			return e.byNode[b.Node]
		}
	}
	return nil
}

// classify applies the framework models to a function: route parameters,
// request objects, views.
func (e *engine) classify(f *fn) {
	parent := f.scope.Parent
	for _, d := range f.decos {
		call, ok := d.(*ast.Call)
		if !ok {
			continue
		}
		attr, ok := call.Func.(*ast.Attribute)
		if !ok || !routeDecorators[attr.Attr] {
			continue
		}
		obj := e.model.QualifiedName(parent, attr.Value)
		framework := routeObjects[obj]
		if framework == "" {
			continue
		}
		if f.sourceParams == nil {
			f.sourceParams = map[string]string{}
		}
		switch framework {
		case "flask":
			f.flaskView = true
			var route string
			if len(call.Args) > 0 {
				if c, ok := call.Args[0].(*ast.Constant); ok {
					route, _ = c.Value.(string)
				}
			}
			for _, name := range routeParams(route) {
				f.sourceParams[name] = "route parameter " + name
			}
		case "fastapi":
			e.fastAPIParams(f, 0)
		}
	}
	if f.sourceParams != nil {
		return
	}
	if f.class != nil && e.handlerMethod(f) {
		return
	}
	if f.class == nil && len(f.params) >= 2 && f.params[0] != nil && f.params[1] != nil &&
		f.params[0].Arg == "environ" && f.params[1].Arg == "start_response" {
		// A WSGI application (PEP 3333 names its parameters so): the
		// environ holds the request, start_response sends the headers.
		f.sourceParams = map[string]string{"environ": "WSGI environ"}
		f.wsgiStart = "start_response"
		return
	}
	if e.starlette && !e.django && !e.aiohttp && f.class == nil && parent != nil && parent.Kind == semantic.ModuleScope &&
		len(f.params) > 0 && f.params[0] != nil && (f.params[0].Arg == "request" || isRequestAnnotation(e.model, parent, f.params[0].Annotation)) {
		// Starlette: a module-level endpoint taking the request (routed
		// with Route(path, endpoint)).
		f.requestParam = f.params[0].Arg
		f.requestAttrs = starletteRequestAttributes
		f.sourceParams = map[string]string{}
		return
	}
	if e.aiohttp && !e.django && f.class == nil && parent != nil && parent.Kind == semantic.ModuleScope &&
		len(f.params) > 0 && f.params[0] != nil && (f.params[0].Arg == "request" || isAiohttpRequest(e.model, parent, f.params[0].Annotation)) {
		// aiohttp: a module-level handler taking the request.
		f.requestParam = f.params[0].Arg
		f.requestAttrs = aiohttpRequestAttributes
		f.sourceParams = map[string]string{}
		return
	}
	if !e.django {
		return
	}
	// Django: a module-level function whose first parameter is request, or
	// a method of a class-based view (a class with a django base).
	first := 0
	if f.class != nil {
		if !djangoClass(e.model, f.class) {
			return
		}
		first = 1
	} else if parent == nil || parent.Kind != semantic.ModuleScope {
		return
	}
	if len(f.params) <= first || f.params[first] == nil || f.params[first].Arg != "request" {
		return
	}
	f.requestParam = "request"
	f.sourceParams = map[string]string{}
	for _, p := range f.params[first+1:] {
		if p != nil {
			f.sourceParams[p.Arg] = "URL parameter " + p.Arg
		}
	}
}

// handlerMethod applies handlerClasses to a method: its self paths that
// are sources and, for Tornado's verb methods, its parameters.
func (e *engine) handlerMethod(f *fn) bool {
	s := e.model.Scope(f.class)
	if s == nil || len(f.params) == 0 || f.params[0] == nil {
		return false
	}
	for _, b := range f.class.Bases {
		q := e.model.QualifiedName(s.Parent, b)
		for _, h := range handlerClasses {
			match := false
			for _, base := range h.Bases {
				if q == base {
					match = true
				}
			}
			if !match {
				continue
			}
			verb := h.VerbMethods[f.name]
			if !h.AllMethods && (f.name == "__init__" || f.name == "initialize") {
				// Tornado's constructors run before a request exists; its
				// other methods (verbs and helpers) read it from self.
				return false
			}
			self := f.params[0].Arg
			f.selfSources = map[string]string{}
			for _, p := range h.SelfSources {
				f.selfSources[self+"."+p] = h.Label
			}
			if h.VerbParams && verb {
				f.sourceParams = map[string]string{}
				for _, p := range f.params[1:] {
					if p != nil {
						f.sourceParams[p.Arg] = "path argument " + p.Arg
					}
				}
			}
			return true
		}
	}
	return false
}

func isAiohttpRequest(m *semantic.Model, s *semantic.Scope, a ast.Expr) bool {
	if a == nil {
		return false
	}
	q := m.QualifiedName(s, a)
	return q == "aiohttp.web.Request" || q == "aiohttp.web_request.Request" || q == "aiohttp.web.BaseRequest"
}

func djangoClass(m *semantic.Model, c *ast.ClassDef) bool {
	s := m.Scope(c)
	if s == nil {
		return false
	}
	for _, b := range c.Bases {
		if q := m.QualifiedName(s.Parent, b); strings.HasPrefix(q, "django.") {
			return true
		}
	}
	return false
}

func isRequestAnnotation(m *semantic.Model, s *semantic.Scope, a ast.Expr) bool {
	if a == nil {
		return false
	}
	q := m.QualifiedName(s, a)
	return q == "fastapi.Request" || q == "starlette.requests.Request"
}

// safeConverters are the Flask/Werkzeug route converters whose values
// cannot carry an injection.
var safeConverters = map[string]bool{"int": true, "float": true, "uuid": true}

// safeTypes are the parameter annotations FastAPI validates into values
// that cannot carry an injection (a request that does not fit is refused
// with 422 before the view runs).
var safeTypes = map[string]bool{
	"builtins.int": true, "builtins.float": true, "builtins.bool": true, "uuid.UUID": true,
	"datetime.datetime": true, "datetime.date": true, "datetime.time": true, "datetime.timedelta": true,
	"decimal.Decimal": true, "pydantic.UUID4": true, "pydantic.PositiveInt": true, "pydantic.NonNegativeInt": true,
	"pydantic.conint": true, "pydantic.types.UUID4": true,
}

// safeAnnotation reports whether a FastAPI parameter's annotation is one
// of safeTypes, also as Annotated[T, ...] or Optional[T] / T | None.
func safeAnnotation(m *semantic.Model, s *semantic.Scope, a ast.Expr) bool {
	switch x := annotatedType(m, s, a).(type) {
	case nil:
		return false
	case *ast.Call: // conint(gt=0)
		return safeTypes[m.QualifiedName(s, x.Func)]
	case *ast.Name, *ast.Attribute:
		return safeTypes[m.QualifiedName(s, x)]
	}
	return false
}

// annotatedType returns the type an annotation names once Optional[T],
// T | None and Annotated[T, ...] are unwrapped (nil for none).
func annotatedType(m *semantic.Model, s *semantic.Scope, a ast.Expr) ast.Expr {
	for depth := 0; depth < maxAnnotationDepth; depth++ {
		switch x := a.(type) {
		case *ast.Subscript:
			switch m.QualifiedName(s, x.Value) {
			case "typing.Annotated", "typing_extensions.Annotated", "typing.Optional":
				a = x.Slice
				if t, ok := a.(*ast.Tuple); ok && len(t.Elts) > 0 {
					a = t.Elts[0]
				}
				continue
			}
			return x
		case *ast.BinOp: // T | None
			c, ok := x.Right.(*ast.Constant)
			if !ok || c.Value != nil {
				return x
			}
			a = x.Left
			continue
		}
		return a
	}
	return nil
}

// maxAnnotationDepth bounds the wrappers annotatedType unwraps; a type
// wrapped deeper is not read.
const maxAnnotationDepth = 8

// routeParams returns the names of the <converter:name> parts of a route.
func routeParams(route string) []string {
	var out []string
	for {
		i := strings.IndexByte(route, '<')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(route[i:], '>')
		if j < 0 {
			return out
		}
		part := route[i+1 : i+j]
		converter := ""
		if k := strings.LastIndexByte(part, ':'); k >= 0 {
			converter, part = part[:k], part[k+1:]
		}
		// int, float and uuid converters only let such values through:
		// nothing an attacker can inject.
		if part != "" && !safeConverters[converter] {
			out = append(out, part)
		}
		route = route[i+j+1:]
	}
}

// analyzeFunction interprets f once with its parameters labelled and
// returns its summary; real flows it finds are recorded as findings.
func (e *engine) analyzeFunction(f *fn) (sum *summary) {
	sum = &summary{paramReturn: map[int]Class{}}
	fr := e.newFrame(f, f.scope)
	fr.sum = sum
	st := newState()
	for i, p := range f.params {
		if p == nil {
			continue
		}
		t := Taint{{Param: i + 1, Trace: []finding.Step{e.step(p.Loc, "parameter "+p.Arg)}}}
		if src, ok := f.sourceParams[p.Arg]; ok {
			t = t.Union(Taint{{Source: src, Trace: []finding.Step{e.step(p.Loc, src)}}})
		}
		if g := f.depends[p.Arg]; g != nil {
			// FastAPI passes what the dependency returns from the request.
			if gs := e.summaryOf(g); gs != nil {
				t = t.Union(gs.returns.Step(e.step(p.Loc, "parameter "+p.Arg+" = "+g.name+"() (Depends)")))
			}
		}
		st.vars[p.Arg] = Value{Taint: t}
		if p.Arg == f.requestParam {
			attrs := requestAttributes
			if f.requestAttrs != nil {
				attrs = f.requestAttrs
			}
			for _, a := range attrs {
				src := "request." + a
				st.vars[p.Arg+"."+a] = Value{Taint: Taint{{Source: src, Trace: []finding.Step{e.step(p.Loc, src)}}}}
			}
		}
	}
	for k, name := range f.free {
		st.vars[name] = Value{Taint: Taint{{Param: len(f.params) + k + 1, Trace: []finding.Step{e.step(f.node.Location(), "variable "+name+" of the enclosing function")}}}}
	}
	if self := f.selfParam(); self != "" && len(f.selfAttrs) > 0 {
		st.defaults = make(map[string]Value, len(f.selfAttrs))
		prepared := e.preparedAttrs(f)
		for k, name := range f.selfAttrs {
			t := Taint{{Param: len(f.params) + len(f.free) + k + 1, Trace: []finding.Step{e.step(f.params[0].Loc, "attribute "+self+"."+name)}}}
			if v, ok := prepared[name]; ok {
				t = t.Union(v.Taint.Step(e.step(f.params[0].Loc, "attribute "+self+"."+name+" set by prepare()")))
			}
			st.defaults[self+"."+name] = Value{Taint: t}
		}
	}
	for path, label := range f.selfSources {
		st.vars[path] = Value{Taint: Taint{{Source: label, Trace: []finding.Step{e.step(f.params[0].Loc, "source: "+path)}}}}
	}
	end := fr.run(st, f.body)
	addParam := func(m map[int]Class, l *Label) {
		if c, ok := m[l.Param-1]; ok {
			m[l.Param-1] = c & l.Sanitized
		} else {
			m[l.Param-1] = l.Sanitized
		}
	}
	for _, l := range fr.ret.Taint {
		if l.Param > 0 {
			addParam(sum.paramReturn, l)
		} else {
			sum.returns = sum.returns.Union(Taint{l})
		}
	}
	if exit := joinStates(end, fr.exit); exit != nil && f.class != nil && len(f.params) > 0 && f.params[0] != nil {
		prefix := f.params[0].Arg + "."
		for k, v := range exit.vars {
			name, ok := strings.CutPrefix(k, prefix)
			if !ok || strings.ContainsAny(name, ".[") {
				continue
			}
			a := attrSummary{value: Value{Const: v.Const, Known: v.Known}, params: map[int]Class{}}
			for _, l := range v.Taint {
				if l.Param > 0 {
					addParam(a.params, l)
				} else {
					a.value.Taint = a.value.Taint.Union(Taint{l})
				}
			}
			if sum.attrs == nil {
				sum.attrs = map[string]attrSummary{}
			}
			sum.attrs[name] = a
		}
	}
	sort.SliceStable(sum.sinks, func(i, j int) bool {
		a, b := sum.sinks[i], sum.sinks[j]
		if a.param != b.param {
			return a.param < b.param
		}
		if a.loc != b.loc {
			return a.loc.Lineno < b.loc.Lineno || a.loc.Lineno == b.loc.Lineno && a.loc.ColOffset < b.loc.ColOffset
		}
		return a.class < b.class
	})
	if fr.steps > maxStmtsPerFunction {
		e.skipped[f] = true
	}
	return sum
}

func (e *engine) step(loc ast.Loc, msg string) finding.Step {
	return finding.Step{Path: e.path, Line: int(loc.Lineno), Column: int(loc.ColOffset) + 1, Message: msg}
}

// report records the flows of t into a sink of class c at loc.
func (fr *frame) report(c Class, sinkName string, loc ast.Loc, t Taint, confidence int, extra []finding.Step) {
	for _, l := range t.For(c) {
		trace := append(append(append([]finding.Step(nil), l.Trace...), extra...), fr.e.step(loc, sinkName+" ("+c.String()+")"))
		if c == WeakHash && l.Param == 0 && !secretTrace(trace[:len(trace)-1]) {
			// Hashing request data with MD5 is not a weakness in itself
			// (cache keys, ETags); only secrets are reported.
			continue
		}
		if l.Param > 0 {
			if fr.sum == nil {
				continue
			}
			ps := paramSink{path: fr.e.path, param: l.Param - 1, class: c, sink: sinkName, loc: loc, confidence: confidence, trace: trace[:len(trace)-1]}
			dup := false
			for _, o := range fr.sum.sinks {
				if o.param == ps.param && o.class == c && o.loc == loc {
					dup = true
					break
				}
			}
			if !dup {
				fr.sum.sinks = append(fr.sum.sinks, ps)
			}
			continue
		}
		k := findingKey{loc, c, l.Source}
		if old, ok := fr.e.findings[k]; ok && (old.Confidence == 0 || old.Confidence >= confidence && confidence != 0) {
			continue
		}
		if n := len(extra); n > 0 && extra[n-1].Path != fr.e.path {
			// The sink is in another file and extra ends with it: the
			// finding's own line (the call) is already in the trace.
			trace = trace[:len(trace)-1]
		}
		conf, sev := confidence, 0
		if localSources[l.Source] {
			// The person who runs the program controls these anyway.
			conf, sev = int(finding.LowConfidence), int(finding.Medium)
		} else if networkSources[l.Source] && (conf == 0 || conf > int(finding.MediumConfidence)) {
			conf = int(finding.MediumConfidence)
		}
		fr.e.findings[k] = &Finding{Class: c, Sink: sinkName, Source: l.Source, Loc: loc, Confidence: conf, Severity: sev, Trace: trace}
	}
}

// frame is the interpretation of one function (or the module body).
type frame struct {
	e     *engine
	f     *fn // nil for the module body
	scope *semantic.Scope
	sum   *summary
	ret   Value
	exit  *State // the states at return statements
	loops []*loopCtx
	tries []*State // states that may reach the innermost try's handlers
	steps int
}

type loopCtx struct{ breaks, continues *State }

func (e *engine) newFrame(f *fn, s *semantic.Scope) *frame {
	return &frame{e: e, f: f, scope: s}
}

// run interprets a body and returns the state at its normal end.
func (fr *frame) run(st *State, body []ast.Stmt) *State {
	for _, s := range body {
		if st == nil {
			return nil
		}
		st = fr.stmt(st, s)
		if len(fr.tries) > 0 && st != nil {
			top := len(fr.tries) - 1
			fr.tries[top] = joinInto(fr.tries[top], st)
		}
	}
	return st
}

func (fr *frame) stmt(st *State, s ast.Stmt) *State {
	fr.steps++
	if fr.steps > maxStmtsPerFunction {
		return st
	}
	switch n := s.(type) {
	case nil:
		return st
	case *ast.ExprStmt:
		fr.eval(st, n.Value, 0)
		if call, ok := n.Value.(*ast.Call); ok && mayNotReturn(call) && noReturn[fr.e.model.QualifiedName(fr.scope, call.Func)] {
			// abort(400), sys.exit(): like a raise.
			if len(fr.tries) > 0 {
				top := len(fr.tries) - 1
				fr.tries[top] = joinStates(fr.tries[top], st)
			}
			return nil
		}
	case *ast.Assign:
		v := fr.eval(st, n.Value, 0)
		for _, t := range n.Targets {
			fr.assign(st, t, v, n.Value)
		}
	case *ast.AnnAssign:
		if n.Value != nil {
			fr.assign(st, n.Target, fr.eval(st, n.Value, 0), n.Value)
		}
	case *ast.AugAssign:
		cur := fr.eval(st, n.Target, 0)
		v := fr.eval(st, n.Value, 0)
		out := Value{Taint: cur.Taint.Union(v.Taint)}
		if cur.Known && v.Known {
			out.Const, out.Known = foldBinOp(n.Op, cur.Const, v.Const)
		}
		fr.assign(st, n.Target, out, nil)
	case *ast.Delete:
		for _, t := range n.Targets {
			if p, exact := fr.pathOf(st, t); p != "" && exact {
				st.clearParts(p)
				delete(st.vars, p)
			}
		}
	case *ast.Return:
		if n.Value != nil {
			v := fr.eval(st, n.Value, 0)
			fr.ret = join(fr.ret, v)
			if fr.f != nil && fr.f.flaskView && v.Tainted() && !fr.safeResponse(n.Value) {
				fr.report(XSS, "the view's response", n.Loc, v.Taint, 0, nil)
			}
		}
		if fr.f != nil && fr.f.class != nil {
			fr.exit = joinStates(fr.exit, st)
		}
		return nil
	case *ast.Raise:
		if n.Exc != nil {
			fr.eval(st, n.Exc, 0)
		}
		if len(fr.tries) > 0 {
			top := len(fr.tries) - 1
			fr.tries[top] = joinStates(fr.tries[top], st)
		}
		return nil
	case *ast.Break:
		if len(fr.loops) > 0 {
			l := fr.loops[len(fr.loops)-1]
			l.breaks = joinStates(l.breaks, st)
		}
		return nil
	case *ast.Continue:
		if len(fr.loops) > 0 {
			l := fr.loops[len(fr.loops)-1]
			l.continues = joinStates(l.continues, st)
		}
		return nil
	case *ast.If:
		return fr.branch(st, n.Test, n.Body, n.Orelse)
	case *ast.While:
		return fr.while(st, n)
	case *ast.For:
		return fr.forLoop(st, n.Target, n.Iter, n.Body, n.Orelse)
	case *ast.AsyncFor:
		return fr.forLoop(st, n.Target, n.Iter, n.Body, n.Orelse)
	case *ast.With:
		return fr.with(st, n.Items, n.Body)
	case *ast.AsyncWith:
		return fr.with(st, n.Items, n.Body)
	case *ast.Try:
		return fr.try(st, n.Body, n.Handlers, n.Orelse, n.Finalbody)
	case *ast.TryStar:
		return fr.try(st, n.Body, n.Handlers, n.Orelse, n.Finalbody)
	case *ast.Match:
		return fr.match(st, n)
	case *ast.Assert:
		if n.Test != nil {
			t, _ := fr.refine(st, n.Test)
			return t
		}
	case *ast.FunctionDef:
		fr.bindClean(st, n.Name)
	case *ast.AsyncFunctionDef:
		fr.bindClean(st, n.Name)
	case *ast.ClassDef:
		fr.bindClean(st, n.Name)
	case *ast.Import:
		for _, a := range n.Names {
			if a == nil {
				continue
			}
			name := a.Asname
			if name == "" {
				name, _, _ = strings.Cut(a.Name, ".")
			}
			fr.bindClean(st, name)
		}
	case *ast.ImportFrom:
		for _, a := range n.Names {
			if a == nil {
				continue
			}
			name := a.Asname
			if name == "" {
				name = a.Name
			}
			fr.bindClean(st, name)
		}
	}
	return st
}

// mayNotReturn reports whether call is spelled like a function of
// noReturn (its last name), before its qualified name is computed.
func mayNotReturn(call *ast.Call) bool {
	switch f := call.Func.(type) {
	case *ast.Name:
		return noReturnNames[f.Id]
	case *ast.Attribute:
		return noReturnNames[f.Attr]
	}
	return false
}

// subscriptSink reports the sinks that are item assignments: response
// headers (x.headers["K"] = v, Django's response["K"] = v) and the
// session (session["k"] = v).
func (fr *frame) subscriptSink(st *State, sub *ast.Subscript, v Value) {
	key := ""
	if k := fr.eval(st, sub.Slice, 0); k.Known {
		key, _ = k.Const.(string)
	}
	if fr.isSession(sub.Value) {
		fr.report(TrustBoundary, "the session", sub.Loc, v.Taint, 0, nil)
		return
	}
	header := false
	if attr, ok := sub.Value.(*ast.Attribute); ok && attr.Attr == "headers" {
		header = true
	} else if q := fr.e.model.QualifiedName(fr.scope, sub.Value); strings.HasPrefix(q, "django.http.") && strings.HasSuffix(q, "()") {
		header = true
	}
	if !header {
		return
	}
	if strings.EqualFold(key, "location") {
		fr.report(OpenRedirect, "the Location header", sub.Loc, v.Taint, 0, nil)
		return
	}
	fr.report(HeaderInjection, "a response header", sub.Loc, v.Taint, 0, nil)
}

// bindClean forgets what the state knows of name: its value is then
// resolved through the semantic model (imports, definitions).
func (fr *frame) bindClean(st *State, name string) {
	st.clearParts(name)
	delete(st.vars, name)
	delete(st.lens, name)
}

// safeResponse reports whether a returned expression is a response that
// is not HTML built from strings.
func (fr *frame) safeResponse(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Call:
		return viewResponseSafe[fr.e.model.QualifiedName(fr.scope, x.Func)]
	case *ast.Dict, *ast.List:
		return true
	case *ast.Tuple:
		return len(x.Elts) > 0 && fr.safeResponse(x.Elts[0])
	}
	return false
}

func (fr *frame) branch(st *State, test ast.Expr, body, orelse []ast.Stmt) *State {
	v := fr.eval(st, test, 0)
	if v.Known {
		if truthy(v.Const) {
			return fr.run(st, body)
		}
		return fr.run(st, orelse)
	}
	t, f := fr.refine(st, test)
	a := fr.run(t, body)
	b := fr.run(f, orelse)
	return joinInto(a, b)
}

func (fr *frame) while(st *State, n *ast.While) *State {
	head := st
	ctx := &loopCtx{}
	var exit *State
	for i := 0; ; i++ {
		v := fr.eval(head, n.Test, 0)
		t, f := fr.refine(head.clone(), n.Test)
		if v.Known {
			if truthy(v.Const) {
				f = nil
			} else {
				t = nil
			}
		}
		exit = f
		if t == nil {
			break
		}
		fr.loops = append(fr.loops, ctx)
		out := fr.run(t, n.Body)
		fr.loops = fr.loops[:len(fr.loops)-1]
		next := joinInto(joinInto(out, ctx.continues), head)
		ctx.continues = nil
		if equalStates(next, head) {
			break
		}
		if i >= maxLoopIterations {
			head = widen(head, next)
			continue
		}
		if i >= maxLoopIterations+2 {
			break
		}
		head = next
	}
	exit = fr.run(exit, n.Orelse)
	return joinStates(exit, ctx.breaks)
}

func (fr *frame) forLoop(st *State, target, iter ast.Expr, body, orelse []ast.Stmt) *State {
	it := fr.eval(st, iter, 0)
	elem := Value{Taint: it.Taint}
	if p, exact := fr.pathOf(st, iter); p != "" && exact {
		if n, ok := st.lens[p]; ok {
			elem = Value{}
			for i := 0; i < n; i++ {
				elem = join(elem, st.read(p+"["+itoa(i)+"]"))
				if i == 0 {
					elem = st.read(p + "[0]")
				}
			}
			elem.Taint = elem.Taint.Union(it.Taint)
		}
	}
	if !elem.Known && it.Known {
		// Iterating over a constant string gives constant characters,
		// but which one is unknown.
		elem = Value{}
	}
	head := st
	ctx := &loopCtx{}
	for i := 0; i < maxLoopIterations+2; i++ {
		s := head.clone()
		fr.assign(s, target, elem, nil)
		fr.loops = append(fr.loops, ctx)
		out := fr.run(s, body)
		fr.loops = fr.loops[:len(fr.loops)-1]
		next := joinInto(joinInto(out, ctx.continues), head)
		ctx.continues = nil
		if equalStates(next, head) {
			break
		}
		if i >= maxLoopIterations {
			head = widen(head, next)
			continue
		}
		head = next
	}
	exit := fr.run(head, orelse)
	return joinStates(exit, ctx.breaks)
}

func (fr *frame) with(st *State, items []*ast.WithItem, body []ast.Stmt) *State {
	for _, it := range items {
		if it == nil {
			continue
		}
		v := fr.eval(st, it.ContextExpr, 0)
		if it.OptionalVars != nil {
			fr.assign(st, it.OptionalVars, Value{Taint: v.Taint}, nil)
		}
	}
	return fr.run(st, body)
}

func (fr *frame) try(st *State, body []ast.Stmt, handlers []*ast.ExceptHandler, orelse, final []ast.Stmt) *State {
	fr.tries = append(fr.tries, st.clone())
	end := fr.run(st, body)
	exc := fr.tries[len(fr.tries)-1]
	fr.tries = fr.tries[:len(fr.tries)-1]
	out := fr.run(end, orelse)
	for _, h := range handlers {
		if h == nil {
			continue
		}
		hs := exc.clone()
		if h.Name != "" {
			fr.bindClean(hs, h.Name)
			hs.vars[h.Name] = Value{}
		}
		out = joinInto(fr.run(hs, h.Body), out)
	}
	if len(final) > 0 {
		if out == nil {
			// Only exceptional or early exits reach the finally body: run
			// it for its sinks, then nothing continues after it.
			fr.run(exc.clone(), final)
			return nil
		}
		out = fr.run(out, final)
	}
	return out
}

func (fr *frame) match(st *State, n *ast.Match) *State {
	subj := fr.eval(st, n.Subject, 0)
	out := st.clone() // no case may match
	for _, c := range n.Cases {
		if c == nil {
			continue
		}
		cs := st.clone()
		if p, exact := fr.pathOf(st, n.Subject); p != "" && exact && fr.constantPattern(st, c.Pattern, 0) {
			// Only constants match: the subject is one of them here.
			v := cs.read(p)
			cs.clearParts(p)
			cs.vars[p] = Value{Const: v.Const, Known: v.Known}
			if m, ok := c.Pattern.(*ast.MatchValue); ok {
				if k := fr.eval(st, m.Value, 0); k.Known && !k.Tainted() {
					cs.vars[p] = k
				}
			}
		}
		for _, name := range captures(c.Pattern) {
			fr.bindClean(cs, name)
			cs.vars[name] = Value{Taint: subj.Taint}
		}
		if c.Guard != nil {
			fr.eval(cs, c.Guard, 0)
			cs, _ = fr.refine(cs, c.Guard)
		}
		out = joinInto(out, fr.run(cs, c.Body))
	}
	return out
}

// constantPattern reports whether p matches only untainted constants
// ("ls", None, "a" | "b").
func (fr *frame) constantPattern(st *State, p ast.Pattern, depth int) bool {
	if depth > maxExprDepth {
		return false
	}
	switch x := p.(type) {
	case *ast.MatchValue:
		v := fr.eval(st, x.Value, 0)
		return v.Known && !v.Tainted()
	case *ast.MatchSingleton:
		return true
	case *ast.MatchOr:
		for _, q := range x.Patterns {
			if !fr.constantPattern(st, q, depth+1) {
				return false
			}
		}
		return len(x.Patterns) > 0
	}
	return false
}

// captures returns the names a pattern binds.
func captures(p ast.Pattern) []string {
	var out []string
	var visit func(p ast.Pattern, depth int)
	visit = func(p ast.Pattern, depth int) {
		if depth > maxExprDepth {
			return
		}
		switch x := p.(type) {
		case *ast.MatchAs:
			if x.Name != "" {
				out = append(out, x.Name)
			}
			if x.Pattern != nil {
				visit(x.Pattern, depth+1)
			}
		case *ast.MatchStar:
			if x.Name != "" {
				out = append(out, x.Name)
			}
		case *ast.MatchSequence:
			for _, q := range x.Patterns {
				visit(q, depth+1)
			}
		case *ast.MatchMapping:
			for _, q := range x.Patterns {
				visit(q, depth+1)
			}
			if x.Rest != "" {
				out = append(out, x.Rest)
			}
		case *ast.MatchClass:
			for _, q := range x.Patterns {
				visit(q, depth+1)
			}
			for _, q := range x.KwdPatterns {
				visit(q, depth+1)
			}
		case *ast.MatchOr:
			for _, q := range x.Patterns {
				visit(q, depth+1)
			}
		}
	}
	visit(p, 0)
	return out
}

// refine returns the states where test is true and where it is false,
// applying what the test proves: membership in an allow-list clears the
// taint of the tested path; equality with a constant makes it that
// constant.
//
// The false state may be st itself: the caller must not use st after.
func (fr *frame) refine(st *State, test ast.Expr) (t, f *State) {
	t, f = st.clone(), st
	switch x := test.(type) {
	case *ast.UnaryOp:
		if x.Op == ast.Not {
			a, b := fr.refine(st, x.Operand)
			return b, a
		}
	case *ast.BoolOp:
		if x.Op == ast.And {
			cur := st
			var falses *State
			for _, v := range x.Values {
				a, b := fr.refine(cur, v)
				falses = joinStates(falses, b)
				cur = a
			}
			return cur, falses
		}
		cur := st
		var trues *State
		for _, v := range x.Values {
			a, b := fr.refine(cur, v)
			trues = joinStates(trues, a)
			cur = b
		}
		return trues, cur
	case *ast.Call:
		if attr, ok := x.Func.(*ast.Attribute); ok && (attr.Attr == "startswith" || attr.Attr == "is_relative_to") && len(x.Args) == 1 {
			// A normalised path checked against a constant prefix (or,
			// for a pathlib path, a trusted base) stays below it.
			p, exact := fr.pathOf(st, attr.Value)
			prefix := fr.eval(st, x.Args[0], 0)
			if p == "" || !exact || prefix.Tainted() {
				return
			}
			v := t.read(p)
			var out Taint
			for _, l := range v.Taint {
				if l.Sanitized&pathNormalized != 0 {
					out = out.Union(Taint{l}.Sanitize(PathTraversal))
				} else {
					out = out.Union(Taint{l})
				}
			}
			v.Taint = out
			t.vars[p] = v
			return
		}
		if msgs := fr.verifiedMessages(st, x); msgs != nil {
			// The message's HMAC matched: the server issued it.
			for _, m := range msgs {
				if p, exact := fr.pathOf(st, m); p != "" && exact {
					v := t.read(p)
					t.clearParts(p)
					t.vars[p] = Value{Const: v.Const, Known: v.Known}
				}
			}
			return
		}
		if subject, c := fr.fullMatch(x); subject != nil && c != 0 {
			// re.fullmatch(PATTERN, v) / PATTERN.fullmatch(v) with a
			// pattern that admits only safe characters.
			if p, exact := fr.pathOf(st, subject); p != "" && exact {
				v := t.read(p)
				v.Taint = v.Taint.Sanitize(c)
				t.clearParts(p)
				t.vars[p] = v
			}
			return
		}
		c, ok := validators[fr.e.model.QualifiedName(fr.scope, x.Func)]
		if !ok || c == 0 || len(x.Args) == 0 {
			return
		}
		if p, exact := fr.pathOf(st, x.Args[0]); p != "" && exact {
			v := t.read(p)
			v.Taint = v.Taint.Sanitize(c)
			t.clearParts(p)
			t.vars[p] = v
		}
	case *ast.Compare:
		if len(x.Ops) != 1 || len(x.Comparators) != 1 {
			return
		}
		if op := x.Ops[0]; op == ast.In || op == ast.NotIn {
			if u, exact := fr.parsedURLOf(st, x.Left); u != "" && exact && fr.allowList(st, x.Comparators[0]) {
				// urlparse(u).hostname in ALLOWED_HOSTS: u goes to an
				// allowed host.
				in := t
				if op == ast.NotIn {
					in = f
				}
				v := in.read(u)
				v.Taint = v.Taint.Sanitize(SSRF | OpenRedirect)
				in.clearParts(u)
				in.vars[u] = v
				return
			}
		}
		p, exact := fr.pathOf(st, x.Left)
		if p == "" || !exact {
			return
		}
		right := x.Comparators[0]
		switch x.Ops[0] {
		case ast.In, ast.NotIn:
			if !fr.allowList(st, right) {
				return
			}
			in := t
			if x.Ops[0] == ast.NotIn {
				in = f
			}

			v := in.read(p)
			in.vars[p] = Value{Const: v.Const, Known: v.Known}
			in.clearParts(p)
		case ast.Eq, ast.NotEq:
			rv := fr.eval(st, right, 0)
			if !rv.Known || rv.Tainted() {
				return
			}
			eq := t
			if x.Ops[0] == ast.NotEq {
				eq = f
			}
			eq.clearParts(p)
			eq.vars[p] = constant(rv.Const)
		}
	}
	return
}

// parsedURLOf returns the path of the URL whose host x reads — x is
// P.hostname or P.netloc with P = urlparse(url) or urlsplit(url) (or the
// call itself) — and whether the path is exact; "" when x is not such a
// read.
func (fr *frame) parsedURLOf(st *State, x ast.Expr) (string, bool) {
	attr, ok := x.(*ast.Attribute)
	if !ok || attr.Attr != "hostname" && attr.Attr != "netloc" {
		return "", false
	}
	parsed, s := fr.assigned(fr.scope, attr.Value)
	call, ok := parsed.(*ast.Call)
	if !ok || len(call.Args) == 0 {
		return "", false
	}
	switch fr.e.model.QualifiedName(s, call.Func) {
	case "urllib.parse.urlparse", "urllib.parse.urlsplit":
		return fr.pathOf(st, call.Args[0])
	}
	return "", false
}

// allowList reports whether e is a collection of constants the tested
// value must belong to: a literal list, tuple, set or dict of constants,
// or a name or attribute bound to one (an untainted container).
func (fr *frame) allowList(st *State, e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.List, *ast.Tuple, *ast.Set, *ast.Dict:
		v := fr.eval(st, x, 0)
		return !v.Tainted()
	case *ast.Name, *ast.Attribute:
		v := fr.eval(st, x, 0)
		if v.Tainted() {
			return false
		}
		_, isStr := v.Const.(string)
		return !isStr || !v.Known
	}
	return false
}

// pathOf returns the access path of e and whether it is exact (false when
// it was cut at maxPathDepth or holds an unknown index).
func (fr *frame) pathOf(st *State, e ast.Expr) (string, bool) {
	return fr.pathDepth(st, e, 0)
}

func (fr *frame) pathDepth(st *State, e ast.Expr, depth int) (string, bool) {
	if depth > maxExprDepth {
		return "", false
	}
	switch x := e.(type) {
	case *ast.Name:
		return x.Id, true
	case *ast.Attribute:
		base, exact := fr.pathDepth(st, x.Value, depth+1)
		if base == "" {
			return "", false
		}
		if !exact || pathDepth(base) >= maxPathDepth {
			return base, false
		}
		return base + "." + x.Attr, true
	case *ast.Subscript:
		base, exact := fr.pathDepth(st, x.Value, depth+1)
		if base == "" {
			return "", false
		}
		if !exact || pathDepth(base) >= maxPathDepth {
			return base, false
		}
		if _, ok := x.Slice.(*ast.Slice); ok {
			return base, false
		}
		k := fr.eval(st, x.Slice, depth+1)
		if !k.Known {
			return base, false
		}
		key, ok := keyString(k.Const)
		if !ok {
			return base, false
		}
		if i, isInt := k.Const.(int64); isInt && i < 0 {
			n, known := st.lens[base]
			if !known || int(i)+n < 0 {
				return base, false
			}
			key = itoa(int(i) + n)
		}
		return base + "[" + key + "]", true
	}
	return "", false
}

// keyString renders a constant index or key in a path.
func keyString(c ast.Value) (string, bool) {
	switch v := c.(type) {
	case string:
		return strconv.Quote(v), true
	case int64:
		return itoa(int(v)), true
	case bool:
		if v {
			return "1", true
		}
		return "0", true
	}
	return "", false
}

// assign binds target to v in st. src is the assigned expression when
// known (for copying the parts of an assigned variable).
func (fr *frame) assign(st *State, target ast.Expr, v Value, src ast.Expr) {
	if st == nil || target == nil {
		return
	}
	switch t := target.(type) {
	case *ast.Tuple, *ast.List:
		var elts []ast.Expr
		if tt, ok := t.(*ast.Tuple); ok {
			elts = tt.Elts
		} else {
			elts = t.(*ast.List).Elts
		}
		var srcPath string
		if src != nil {
			srcPath, _ = fr.pathOf(st, src)
		}
		for i, el := range elts {
			ev := Value{Taint: v.Taint}
			if _, starred := el.(*ast.Starred); starred {
				fr.assign(st, el, ev, nil)
				continue
			}
			switch {
			case v.elems != nil && len(v.elems) == len(elts):
				ev = v.elems[i]
			case srcPath != "":
				if n, ok := st.lens[srcPath]; ok && n == len(elts) {
					ev = st.read(srcPath + "[" + itoa(i) + "]")
				}
			}
			fr.assign(st, el, ev, nil)
		}
		return
	case *ast.Starred:
		fr.assign(st, t.Value, Value{Taint: v.Taint}, nil)
		return
	}
	if sub, ok := target.(*ast.Subscript); ok && v.Tainted() {
		fr.subscriptSink(st, sub, v)
	}
	p, exact := fr.pathOf(st, target)
	if p == "" {
		// x.f().y = ...: evaluate the base for its sinks.
		return
	}
	if name, ok := target.(*ast.Name); ok && v.Tainted() {
		v.Taint = v.Taint.Step(fr.e.step(name.Loc, "assigned to "+name.Id))
	}
	if !exact {
		old := st.read(p)
		if _, ok := st.vars[p]; ok || old.Tainted() || v.Tainted() {
			st.vars[p] = Value{Taint: old.Taint.Union(v.Taint)}
		}
		delete(st.lens, p)
		return
	}
	var srcPath string
	if src != nil && v.elems == nil && v.keys == nil {
		if sp, ok := fr.pathOf(st, src); ok && sp != p {
			srcPath = sp
		}
	}
	if len(st.vars) >= maxPaths && pathDepth(p) > 0 {
		// Too many paths: update the base only.
		base := p
		for pathDepth(base) > 0 {
			base = parentPath(base)
		}
		old := st.read(base)
		st.vars[base] = Value{Taint: old.Taint.Union(v.Taint)}
		return
	}
	st.set(p, v)
	if srcPath != "" {
		st.copyParts(srcPath, p)
	}
}

// fullMatch recognises re.fullmatch(PATTERN, v) and P.fullmatch(v) where
// P = re.compile(PATTERN) and PATTERN is a constant: it returns v and the
// classes a match makes it safe for (patternClasses), or nil. Only a full
// match validates: with re.match, "$" also matches before a final
// newline.
func (fr *frame) fullMatch(call *ast.Call) (ast.Expr, Class) {
	attr, ok := call.Func.(*ast.Attribute)
	if !ok || attr.Attr != "fullmatch" {
		return nil, 0
	}
	if fr.e.model.QualifiedName(fr.scope, call.Func) == "re.fullmatch" {
		if len(call.Args) != 2 {
			return nil, 0
		}
		if pat, ok := fr.constString(call.Args[0]); ok {
			return call.Args[1], patternClasses(pat)
		}
		return nil, 0
	}
	// P.fullmatch(v), P bound to re.compile(PATTERN) without flags.
	if len(call.Args) != 1 {
		return nil, 0
	}
	if pat, ok := fr.compiledPattern(attr.Value); ok {
		return call.Args[0], patternClasses(pat)
	}
	return nil, 0
}

// compiledPattern returns PATTERN when x is a name bound to
// re.compile(PATTERN) with a constant pattern and no flags.
func (fr *frame) compiledPattern(x ast.Expr) (string, bool) {
	if _, ok := x.(*ast.Name); !ok {
		return "", false
	}
	v, s := fr.assigned(fr.scope, x)
	c, ok := v.(*ast.Call)
	if !ok || len(c.Args) != 1 || len(c.Keywords) != 0 || fr.e.model.QualifiedName(s, c.Func) != "re.compile" {
		return "", false
	}
	return fr.constString(c.Args[0])
}

// constString returns the constant string e stands for (a literal, or a
// name bound once to one), when it is one.
func (fr *frame) constString(e ast.Expr) (string, bool) {
	v, ok := fr.e.model.ConstValue(fr.scope, e)
	s, isStr := v.(string)
	return s, ok && isStr
}
