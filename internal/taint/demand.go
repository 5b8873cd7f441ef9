package taint

import (
	"slices"

	"github.com/krait-dev/krait/internal/python/ast"
)

// Summaries on demand.
//
// A module analysed for another module's calls (see project.go) needs the
// summaries of the functions those calls reach, which are usually a few
// of its functions, not all of them. Such a module is prepared once (its
// functions collected, its body run for the globals) and each summary is
// computed the first time a call needs it, together with what it depends
// on:
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
	e.demand = e.components(e.callGraph(mod))
	e.demand.bodyRunning = true
	fr := e.newFrame(nil, e.model.Module)
	st := fr.run(newState(), mod.Body)
	if st == nil {
		st = newState()
	}
	e.moduleState = st
	e.demand.bodyRunning = false
}

// summaryOf returns the summary of f, computing it first when e works on
// demand. Without demand it returns what the rounds have computed so far.
func (e *engine) summaryOf(f *fn) *summary {
	d := e.demand
	if d == nil || d.bodyRunning {
		return e.summaries[f]
	}
	c, ok := d.component[f]
	if !ok || d.state[c] != notComputed {
		return e.summaries[f]
	}
	d.state[c] = computing
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
	d.state[c] = computed
	return e.summaries[f]
}

// callGraph returns, for each function of e, the functions it may call
// (see the comment at the top of this file), in source order.
func (e *engine) callGraph(mod *ast.Module) map[*fn][]*fn {
	byName := map[string][]*fn{}
	for _, f := range e.funcs {
		if !f.lambda {
			byName[f.name] = append(byName[f.name], f)
		}
	}
	// Constructors: a class's name calls its __init__ (or an inherited
	// one).
	ctors := map[string][]*fn{}
	ast.Inspect(mod, func(n ast.Node) bool {
		if c, ok := n.(*ast.ClassDef); ok {
			if init := e.methodOf(c, "__init__", 0); init != nil {
				ctors[c.Name] = append(ctors[c.Name], init)
			}
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
	graph := make(map[*fn][]*fn, len(e.funcs))
	for _, f := range e.funcs {
		seen := map[*fn]bool{}
		var out []*fn
		add := func(g *fn) {
			if g != nil && !seen[g] {
				seen[g] = true
				out = append(out, g)
			}
		}
		expanded := map[string]bool{}
		var visit func(root ast.Node)
		visit = func(root ast.Node) {
			ast.Inspect(root, func(n ast.Node) bool {
				var id string
				switch x := n.(type) {
				case *ast.Name:
					id = x.Id
				case *ast.Attribute:
					id = x.Attr
				case *ast.Lambda:
					if x != f.node {
						add(e.byNode[x])
					}
					return true
				default:
					return true
				}
				for _, g := range byName[id] {
					add(g)
				}
				for _, g := range ctors[id] {
					add(g)
				}
				if v, ok := aliases[id]; ok && !expanded[id] {
					expanded[id] = true
					visit(v)
				}
				return true
			})
		}
		visit(f.node)
		graph[f] = out
	}
	return graph
}

// components splits the functions of e into the strongly connected
// components of graph (Tarjan's algorithm), numbered so that a component
// comes after every component it calls.
func (e *engine) components(graph map[*fn][]*fn) *demand {
	d := &demand{component: make(map[*fn]int, len(e.funcs))}
	index := make(map[*fn]int, len(e.funcs))
	low := make(map[*fn]int, len(e.funcs))
	onStack := map[*fn]bool{}
	pos := make(map[*fn]int, len(e.funcs))
	for i, f := range e.funcs {
		pos[f] = i
	}
	var stack []*fn
	next := 0
	var connect func(f *fn)
	connect = func(f *fn) {
		index[f], low[f] = next, next
		next++
		stack = append(stack, f)
		onStack[f] = true
		for _, g := range graph[f] {
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
		order := slices.SortedFunc(slices.Values(members), func(a, b *fn) int { return pos[a] - pos[b] })
		recursive := len(order) > 1
		if !recursive {
			for _, g := range graph[f] {
				if g == f {
					recursive = true
				}
			}
		}
		d.members = append(d.members, order)
		d.recursive = append(d.recursive, recursive)
		d.state = append(d.state, notComputed)
	}
	for _, f := range e.funcs {
		if _, visited := index[f]; !visited {
			connect(f)
		}
	}
	return d
}
