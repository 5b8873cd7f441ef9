package taint

import (
	"slices"
	"strings"
	"sync"

	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/semantic"
)

// Summaries on demand.
//
// A module analysed for another module's calls (see project.go) needs the
// summaries of the functions those calls reach, which are usually a few
// of its functions, not all of them. Such a module is prepared once (its
// functions collected, its body run for the globals) and each summary is
// computed the first time a call needs it, together with what it depends
// on. A module's own analysis (engine.run) uses the same machinery to
// compute its functions' summaries callees first:
//
//   - The functions are split into the strongly connected components of a
//     static call graph that over-approximates the calls the analysis can
//     resolve (resolveLocal): f may call g when g's name, the name of a
//     class whose constructor g is, or a module-level name bound to an
//     expression naming g, occurs in f (its decorators, defaults and body),
//     or g is a lambda written in f.
//   - A component is computed after the components it calls, by rounds
//     over its functions until no summary changes (maxSummaryRounds); a
//     component of one function that cannot call itself needs one round.
//
// A summary is therefore a function of its component and the components
// below it, whatever call asked for it first, which keeps runs
// deterministic when files are analysed in parallel. A call the static
// graph did not foresee is computed on demand too; if it reaches a
// component still being computed it sees that component's current
// summary, as a later round of the whole-module analysis would.

// demand is the state of an engine that computes summaries on demand.
type demand struct {
	component map[*fn]int // the component of each function
	members   [][]*fn     // the functions of each component, in source order
	recursive []bool      // the component has a cycle (several functions, or one that calls itself)
	state     []uint8     // notComputed, computing or computed
	// bodyRunning is set while the module body runs: it reads the
	// summaries computed so far and computes none.
	bodyRunning bool
	// free marks the computed components that followed no call into
	// another file (directly or through the components they used);
	// crossed is set when the computation in progress did, and current
	// is the component being computed (-1: none).
	free    []bool
	crossed bool
	current int
}

const (
	notComputed uint8 = iota
	computing
	computed
)

// prepareDemand readies e to compute summaries on demand: it collects the
// functions of mod, builds the call graph's components and runs the
// module body once for the values of the globals.
func (e *engine) prepareDemand(mod *ast.Module) {
	e.collectFuncs(mod)
	e.prepareFuncs(mod)
	e.demand = e.components(e.buildCallGraph(mod, false))
	// The body runs without following calls into other files (e has no
	// project yet): what a module computes at import time from other
	// modules' functions (loggers, compiled patterns, defaults) does not
	// carry a request's data, and following those calls would prepare
	// many modules that no flow reaches. So nothing prepared depends on
	// the depth the module is followed at.
	e.runBody(mod)
}

// forDepth returns an engine that shares what e prepared (prepareDemand:
// functions, call graph, globals; all read-only from now on) and computes
// its own summaries, for one depth of the cross-file analysis.
func (e *engine) forDepth() *engine {
	c := *e
	c.summaries = map[*fn]*summary{}
	c.findings = map[findingKey]*Finding{}
	c.skipped = map[*fn]bool{}
	c.methodNames, c.attrTypes = nil, nil // caches filled as the engine goes
	d := *e.demand
	d.state = make([]uint8, len(e.demand.state))
	d.free = make([]bool, len(e.demand.state))
	d.crossed, d.current = false, -1
	c.demand = &d
	return &c
}

// runBody runs the module body for the values of the globals, with the
// summaries computed so far (computing none).
func (e *engine) runBody(mod *ast.Module) {
	e.moduleState = nil // functions do not read globals while the module body runs
	e.demand.bodyRunning = true
	st := e.newFrame(nil, e.model.Module).run(newState(), mod.Body)
	e.demand.bodyRunning = false
	if st == nil {
		st = newState()
	}
	e.moduleState = st
}

// reset makes every summary due for computing again (keeping the values
// computed so far as the start of the next rounds), after the globals
// changed.
func (d *demand) reset() {
	for c := range d.state {
		d.state[c], d.free[c] = notComputed, false
	}
}

// summaryOf returns the summary of f, computing it first when e works on
// demand. Without demand it returns what the rounds have computed so far.
func (e *engine) summaryOf(f *fn) *summary {
	d := e.demand
	if d == nil || d.bodyRunning {
		return e.summaries[f]
	}
	c, ok := d.component[f]
	if !ok {
		return e.summaries[f]
	}
	switch d.state[c] {
	case computed:
		if !d.free[c] {
			d.crossed = true
		}
		return e.summaries[f]
	case computing:
		if c != d.current {
			d.crossed = true // a call the static graph did not foresee: order-dependent
		}
		return e.summaries[f]
	}
	if e.shared.load(d.members[c], e.summaries) {
		d.state[c], d.free[c] = computed, true
		return e.summaries[f]
	}
	d.state[c] = computing
	outer, prev := d.crossed, d.current
	d.crossed, d.current = false, c
	rounds := maxSummaryRounds
	if !d.recursive[c] {
		rounds = 1
	}
	for round := 0; round < rounds; round++ {
		changed := false
		for _, g := range d.members[c] {
			s := e.analyzeFunction(g)
			if !s.equal(e.summaries[g]) && !(s.empty() && e.summaries[g].empty()) {
				changed = true
			}
			e.summaries[g] = s
		}
		if !changed {
			break
		}
	}
	d.state[c], d.free[c] = computed, !d.crossed
	if d.free[c] {
		e.shared.store(d.members[c], e.summaries)
	}
	d.crossed, d.current = outer || d.crossed, prev
	return e.summaries[f]
}

// sharedSummaries are the summaries of a module followed across files
// that did not follow any call into another file (nor use a summary
// that did): they are the same at every depth, so the engines of the
// module's depths compute each of them once. Safe for concurrent use; a
// nil *sharedSummaries holds nothing.
type sharedSummaries struct {
	mu   sync.Mutex
	sums map[*fn]*summary
}

// load copies the shared summaries of members into sums and reports
// whether there were some (a component's are stored all at once).
func (s *sharedSummaries) load(members []*fn, sums map[*fn]*summary) bool {
	if s == nil {
		return false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, g := range members {
		sum, ok := s.sums[g]
		if !ok {
			return false
		}
		sums[g] = sum
	}
	return true
}

// store shares the summaries of members taken from sums.
func (s *sharedSummaries) store(members []*fn, sums map[*fn]*summary) {
	if s == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, g := range members {
		if _, ok := s.sums[g]; !ok {
			s.sums[g] = sums[g]
		}
	}
}

// callGraph is the static call graph of a module's functions.
type callGraph struct {
	// calls are, for each function, the functions it may call (see the
	// comment at the top of this file), in source order.
	calls map[*fn][]*fn
	// hinted are the functions that name a source (sourceHints or the
	// project's own), and names the names each function reads (Name
	// nodes, without repeats), kept when the graph is built with names.
	hinted map[*fn]bool
	names  map[*fn][]string
	// body are the functions the module body may call (kept with names).
	body []*fn
}

// buildCallGraph returns the static call graph of e's functions, with
// the names they read when withNames is set.
func (e *engine) buildCallGraph(mod *ast.Module, withNames bool) *callGraph {
	byName := map[string][]*fn{}
	for _, f := range e.funcs {
		if !f.lambda {
			byName[f.name] = append(byName[f.name], f)
		}
	}
	// Constructors: a class's name calls its __init__ (or an inherited
	// one). Classes are statements: expressions are not searched.
	ctors := map[string][]*fn{}
	ast.Inspect(mod, func(n ast.Node) bool {
		switch c := n.(type) {
		case *ast.ClassDef:
			if init := e.methodOf(c, "__init__", 0); init != nil {
				ctors[c.Name] = append(ctors[c.Name], init)
			}
		case ast.Expr:
			return false
		}
		return true
	})
	// Module-level names bound to an expression: run = lambda c: ...,
	// call = partial(helper, ...), handler = helper.
	aliases := map[string]ast.Expr{}
	for _, st := range mod.Body {
		switch a := st.(type) {
		case *ast.Assign:
			for _, t := range a.Targets {
				if n, ok := t.(*ast.Name); ok {
					aliases[n.Id] = a.Value
				}
			}
		case *ast.AnnAssign:
			if n, ok := a.Target.(*ast.Name); ok && a.Value != nil {
				aliases[n.Id] = a.Value
			}
		}
	}
	graph := &callGraph{calls: make(map[*fn][]*fn, len(e.funcs)), hinted: map[*fn]bool{}}
	if withNames {
		graph.names = make(map[*fn][]string, len(e.funcs))
	}
	// A scan marks the functions it has seen by their index.
	seen := make([]int, len(e.funcs))
	seenName := map[string]int{}
	stamp := 0
	// aliasCalls memoises, for a module-level name, the functions its
	// expression may call (nil while being computed: a cycle).
	aliasCalls := map[string][]*fn{}
	var expression func(x ast.Node, add func(*fn))
	callsOfAlias := func(id string) []*fn {
		if out, done := aliasCalls[id]; done {
			return out
		}
		aliasCalls[id] = nil
		var out []*fn
		mine := map[*fn]bool{}
		expression(aliases[id], func(g *fn) {
			if !mine[g] {
				mine[g] = true
				out = append(out, g)
			}
		})
		aliasCalls[id] = out
		return out
	}
	// callsOfName reports to add the functions a use of the name id may
	// call: those of that name, the constructors of classes of that name,
	// and what a module-level alias of that name may call.
	callsOfName := func(id string, add func(*fn)) {
		for _, g := range byName[id] {
			add(g)
		}
		for _, g := range ctors[id] {
			add(g)
		}
		if _, ok := aliases[id]; ok {
			for _, g := range callsOfAlias(id) {
				add(g)
			}
		}
	}
	// expression reports to add the functions that the names of x (an
	// alias's value) may call.
	expression = func(x ast.Node, add func(*fn)) {
		ast.Inspect(x, func(n ast.Node) bool {
			var id string
			switch x := n.(type) {
			case *ast.Name:
				id = x.Id
			case *ast.Attribute:
				id = x.Attr
			case *ast.Lambda:
				if g := e.byNode[n]; g != nil {
					add(g)
				}
				return false
			default:
				return true
			}
			callsOfName(id, add)
			return true
		})
	}
	// scan returns the functions the code of root (a function's node, or
	// the module) may call, the names it reads and whether it names a
	// source; the functions written in root are not part of its code.
	scan := func(root ast.Node) (out []*fn, names []string, hinted bool) {
		stamp++
		add := func(g *fn) {
			if g != nil && seen[g.index] != stamp {
				seen[g.index] = stamp
				out = append(out, g)
			}
		}
		ast.Inspect(root, func(n ast.Node) bool {
			var id string
			switch x := n.(type) {
			case *ast.Name:
				id = x.Id
				if withNames && seenName[id] != stamp {
					seenName[id] = stamp
					names = append(names, id)
				}
			case *ast.Attribute:
				id = x.Attr
			case *ast.Lambda, *ast.FunctionDef, *ast.AsyncFunctionDef:
				if n == root {
					return true
				}
				// A function written in root: a lambda is called where
				// it is written, a def by its name. Its own calls are
				// its edges, not root's.
				if g := e.byNode[n]; g != nil {
					if g.lambda {
						add(g)
					}
					return false
				}
				return true
			default:
				return true
			}
			if sourceHints[id] || e.userHints[id] {
				hinted = true
			}
			callsOfName(id, add)
			return true
		})
		return out, names, hinted
	}
	for _, f := range e.funcs {
		out, names, hinted := scan(f.node)
		graph.calls[f] = out
		if hinted {
			graph.hinted[f] = true
		}
		if withNames {
			graph.names[f] = names
		}
	}
	if withNames {
		graph.body, _, _ = scan(mod)
	}
	return graph
}

// components splits the functions of e into the strongly connected
// components of graph (Tarjan's algorithm), numbered so that a component
// comes after every component it calls.
func (e *engine) components(graph *callGraph) *demand {
	d := &demand{component: make(map[*fn]int, len(e.funcs)), current: -1}
	index := make(map[*fn]int, len(e.funcs))
	low := make(map[*fn]int, len(e.funcs))
	onStack := map[*fn]bool{}
	var stack []*fn
	next := 0
	var connect func(f *fn)
	connect = func(f *fn) {
		index[f], low[f] = next, next
		next++
		stack = append(stack, f)
		onStack[f] = true
		for _, g := range graph.calls[f] {
			if _, visited := index[g]; !visited {
				connect(g)
				low[f] = min(low[f], low[g])
			} else if onStack[g] {
				low[f] = min(low[f], index[g])
			}
		}
		if low[f] != index[f] {
			return
		}
		c := len(d.members)
		var members []*fn
		for {
			g := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			onStack[g] = false
			d.component[g] = c
			members = append(members, g)
			if g == f {
				break
			}
		}
		// Source order inside a component, as the rounds of a whole
		// module go.
		order := slices.SortedFunc(slices.Values(members), func(a, b *fn) int { return a.index - b.index })
		recursive := len(order) > 1
		if !recursive {
			for _, g := range graph.calls[f] {
				if g == f {
					recursive = true
				}
			}
		}
		d.members = append(d.members, order)
		d.recursive = append(d.recursive, recursive)
		d.state = append(d.state, notComputed)
		d.free = append(d.free, false)
	}
	for _, f := range e.funcs {
		if _, visited := index[f]; !visited {
			connect(f)
		}
	}
	return d
}

// findingRoots returns the functions whose analysis may report a finding
// of the module: those that hold a source (a view or handler found by the
// framework models, a name of a source model, a global the module body
// left tainted, an imported name when calls into other files are
// followed) and those that may call one (a helper returning request
// data taints its caller). The other functions can only pass on what
// their parameters carry, which their callers' analyses report through
// their summaries; they are analysed when a root calls them.
func (e *engine) findingRoots(graph *callGraph) map[*fn]bool {
	tainted := map[string]bool{}
	if e.moduleState != nil {
		for path, v := range e.moduleState.vars {
			if v.Tainted() {
				tainted[rootName(path)] = true
			}
		}
	}
	if e.project != nil {
		// A call into another file of the project may return a source:
		// what names an imported module or function may hold one.
		for id, bs := range e.model.Module.Bindings {
			for _, b := range bs {
				if b.Kind == semantic.ImportBinding {
					tainted[id] = true
				}
			}
		}
	}
	roots := map[*fn]bool{}
	for _, f := range graph.body {
		// The body's last run needs them (its findings).
		roots[f] = true
	}
	var work []*fn
	for _, f := range e.funcs {
		direct := graph.hinted[f] || f.sourceParams != nil || f.requestParam != "" || f.flaskView || f.selfSources != nil
		for _, id := range graph.names[f] {
			if direct {
				break
			}
			direct = tainted[id]
		}
		if direct {
			roots[f] = true
			work = append(work, f)
		}
	}
	callers := map[*fn][]*fn{}
	for _, f := range e.funcs {
		for _, g := range graph.calls[f] {
			callers[g] = append(callers[g], f)
		}
	}
	for len(work) > 0 {
		g := work[len(work)-1]
		work = work[:len(work)-1]
		for _, f := range callers[g] {
			if !roots[f] {
				roots[f] = true
				work = append(work, f)
			}
		}
	}
	return roots
}

// rootName returns the variable an access path starts with: x of x.a[0].
func rootName(path string) string {
	if i := strings.IndexAny(path, ".["); i >= 0 {
		return path[:i]
	}
	return path
}
