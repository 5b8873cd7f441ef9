package taint

import (
	"slices"
	"strings"
	"sync"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/python/parser"
	"github.com/krait-dev/krait/internal/semantic"
)

// ProjectOption is the key under which the command line passes the
// *Project of a run to the taint rules, in each rule's options.
const ProjectOption = "krait.taint.project"

// maxProjectDepth bounds the chain of modules whose summaries are computed
// for one call: a call into a module deeper than this (a calls b calls c
// calls d ...) uses the default for unknown calls (taint flows from the
// arguments to the result, no sink), so a flow through more than this many
// files into a sink is missed.
const maxProjectDepth = 6

// maxProjectSource is the largest module whose summaries are computed; a
// larger one is treated as unknown code.
const maxProjectSource = 4 << 20

// Project gives the taint analysis of one module the summaries of the
// functions of the other modules of the scanned project, so that data
// passed to a function in another file is followed into it. Summaries are
// computed on demand, the first time a module's function is called from a
// module under analysis, and kept for the run. A Project is safe for
// concurrent use.
type Project struct {
	modules map[string]string // path → dotted module name
	byName  map[string]string // dotted module name → path
	read    func(path string) ([]byte, error)
	user    *UserModels

	mu   sync.Mutex
	done map[string]*projectModule // by module name
}

// projectModule is a module analysed for its summaries.
type projectModule struct {
	e       *engine
	funcs   map[string]*fn           // its top-level functions, by name
	classes map[string]*ast.ClassDef // its top-level classes, by name
}

// NewProject returns the project made of the Python files paths, read
// with read when one of their functions is called from another module.
func NewProject(paths []string, read func(path string) ([]byte, error), user *UserModels) *Project {
	p := &Project{modules: analysis.ModuleNames(paths), byName: map[string]string{}, read: read, user: user, done: map[string]*projectModule{}}
	for path, name := range p.modules {
		if old, dup := p.byName[name]; !dup || path < old {
			p.byName[name] = path // two files for one name (a.py and a.pyi): the first in order
		}
	}
	return p
}

// function returns the function of the project that the qualified name q
// names, its summary, the number of its leading parameters the receiver
// binds and whether the call constructs an object: "pkg.mod.f" (a
// function), "pkg.mod.C" (C's __init__), "pkg.mod.C().m" (a method called
// on an instance), "pkg.mod.C.m" (a method called on the class). It
// returns nil when q names none (or its module is on stack, the chain of
// modules being analysed, or too deep).
func (p *Project) function(q string, stack []string) (f *fn, sum *summary, offset int, ctor bool) {
	i := strings.LastIndexByte(q, '.')
	if i <= 0 {
		return nil, nil, 0, false
	}
	prefix, last := q[:i], q[i+1:]
	if _, ok := p.byName[prefix]; ok {
		// pkg.mod.f or pkg.mod.C
		m := p.lookup(prefix, stack)
		if m == nil {
			return nil, nil, 0, false
		}
		if f := m.funcs[last]; f != nil {
			return f, m.e.summaries[f], 0, false
		}
		if init := m.e.methodOf(m.classes[last], "__init__", 0); init != nil {
			return init, m.e.summaries[init], 1, true
		}
		return nil, nil, 0, false
	}
	instance := strings.HasSuffix(prefix, "()")
	prefix = strings.TrimSuffix(prefix, "()")
	j := strings.LastIndexByte(prefix, '.')
	if j <= 0 {
		return nil, nil, 0, false
	}
	modName, className := prefix[:j], prefix[j+1:]
	if _, ok := p.byName[modName]; !ok || !classLike(className) {
		return nil, nil, 0, false
	}
	m := p.lookup(modName, stack)
	if m == nil {
		return nil, nil, 0, false
	}
	meth := m.e.methodOf(m.classes[className], last, 0)
	if meth == nil {
		return nil, nil, 0, false
	}
	switch {
	case instance:
		offset = boundOffset(meth)
	case meth.classMethod:
		offset = 1
	}
	return meth, m.e.summaries[meth], offset, false
}

// classLike reports whether name is spelled as a class (PEP 8: it starts
// with a capital letter, after any underscores). Only such names are
// looked up as classes of another module, so that os.path.join or
// os.environ.get do not make the analysis of os: a method of a class
// named in lower case in another file is not followed.
func classLike(name string) bool {
	name = strings.TrimLeft(name, "_")
	return name != "" && name[0] >= 'A' && name[0] <= 'Z'
}

// lookup returns the analysis of module name unless it is on stack or the
// stack is too deep.
func (p *Project) lookup(name string, stack []string) *projectModule {
	if slices.Contains(stack, name) || len(stack) >= maxProjectDepth {
		return nil
	}
	return p.module(name, stack)
}

// module returns the analysis of module name, computing it when no other
// analysis has. Two goroutines may compute the same module at once (the
// first result is kept): waiting for each other could deadlock on import
// cycles.
func (p *Project) module(name string, stack []string) *projectModule {
	p.mu.Lock()
	m, ok := p.done[name]
	p.mu.Unlock()
	if ok {
		return m
	}
	m = p.analyse(name, stack)
	p.mu.Lock()
	if old, ok := p.done[name]; ok {
		m = old
	} else {
		p.done[name] = m
	}
	p.mu.Unlock()
	return m
}

func (p *Project) analyse(name string, stack []string) (m *projectModule) {
	defer func() {
		if r := recover(); r != nil {
			m = nil // a bug on odd code must not take the caller's analysis down
		}
	}()
	path := p.byName[name]
	src, err := p.read(path)
	if err != nil || len(src) > maxProjectSource {
		return nil
	}
	f := parser.ParseFile(path, src)
	model := semantic.Build(f.Module, packageName(name, path))
	e := newEngine(path, model, p.user)
	e.project = p
	e.stack = append(slices.Clone(stack), name)
	e.summaryOnly = true
	e.run(f.Module)
	m = &projectModule{e: e, funcs: map[string]*fn{}, classes: map[string]*ast.ClassDef{}}
	for _, st := range f.Module.Body {
		switch d := st.(type) {
		case *ast.ClassDef:
			m.classes[d.Name] = d
		case *ast.Assign:
			// run = lambda cmd: os.system(cmd)
			if lam, ok := d.Value.(*ast.Lambda); ok && len(d.Targets) == 1 {
				if t, ok := d.Targets[0].(*ast.Name); ok && e.byNode[lam] != nil {
					m.funcs[t.Id] = e.byNode[lam]
				}
			}
		case *ast.FunctionDef:
			m.funcs[d.Name] = e.byNode[d]
		case *ast.AsyncFunctionDef:
			m.funcs[d.Name] = e.byNode[d]
		}
	}
	return m
}

// packageName returns the package of module name: itself for an
// __init__.py, else its parent.
func packageName(name, path string) string {
	if strings.HasSuffix(path, "__init__.py") || strings.HasSuffix(path, "__init__.pyi") {
		return name
	}
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		return name[:i]
	}
	return ""
}
