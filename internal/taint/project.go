package taint

import (
	"slices"
	"strconv"
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
// for one call: the module under analysis is at depth 0, the modules it
// calls into at depth 1, theirs at depth 2; a call from the deepest level
// into another module uses the default for unknown calls (taint flows
// from the arguments to the result, no sink), so a flow through more than
// this many files into a sink is missed.
//
// Summaries are computed and kept per module and depth: a module's
// summary at depth d depends only on the module and the summaries at
// depth d+1, not on which analysis asked first, so runs are deterministic
// whatever the order files are checked in, and import cycles end at the
// depth bound.
const maxProjectDepth = 3

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

	mu     sync.Mutex
	done   map[string]*projectModule // by module name and depth ("pkg.mod@1")
	parsed map[string]*parsedModule  // by module name
}

// projectModule is a module prepared for other modules' calls: its
// engine computes the summaries of its functions on demand (demand.go),
// under mu, since calls from several files may need them at once.
type projectModule struct {
	once    sync.Once
	mu      sync.Mutex
	e       *engine
	funcs   map[string]*fn            // its top-level functions and lambdas, by name
	classes map[string]map[string]*fn // its top-level classes' methods (inherited ones too), by class and method name
}

// summaryOf returns the summary of f, a function of m, or nil when its
// analysis failed.
func (m *projectModule) summaryOf(f *fn) (sum *summary) {
	m.mu.Lock()
	defer m.mu.Unlock()
	defer func() {
		if r := recover(); r != nil {
			sum = nil // a bug on odd code must not take the caller's analysis down
		}
	}()
	return m.e.summaryOf(f)
}

// NewProject returns the project made of the Python files paths, read
// with read when one of their functions is called from another module.
func NewProject(paths []string, read func(path string) ([]byte, error), user *UserModels) *Project {
	p := &Project{modules: analysis.ModuleNames(paths), byName: map[string]string{}, read: read, user: user, done: map[string]*projectModule{},
		parsed: map[string]*parsedModule{}}
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
// returns nil when q names none, or when stack (the chain of modules
// being analysed) is already maxProjectDepth long.
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
		if f, ok := m.funcs[last]; ok {
			return f, m.summaryOf(f), 0, false
		}
		if init, ok := m.classes[last]["__init__"]; ok {
			return init, m.summaryOf(init), 1, true
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
	f, ok := m.classes[className][last]
	if !ok {
		return nil, nil, 0, false
	}
	switch {
	case instance:
		offset = boundOffset(f)
	case f.classMethod:
		offset = 1
	}
	return f, m.summaryOf(f), offset, false
}

// names reports whether q names something in a module of the project
// (a function, a class, a method): a call of it is followed into another
// file, or would be but for maxProjectDepth.
func (p *Project) names(q string) bool {
	if strings.Contains(q, "()") {
		q = strings.ReplaceAll(q, "()", "")
	}
	for i := strings.LastIndexByte(q, '.'); i > 0; i = strings.LastIndexByte(q[:i], '.') {
		if _, ok := p.byName[q[:i]]; ok {
			return true
		}
	}
	return false
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

// lookup returns the analysis of module name at the depth of a call from
// the last module of stack (the chain of modules being analysed), or nil
// past maxProjectDepth.
func (p *Project) lookup(name string, stack []string) *projectModule {
	depth := len(stack)
	if depth >= maxProjectDepth {
		return nil
	}
	return p.module(name, depth, stack)
}

// module returns module name prepared at depth, preparing it when no
// other analysis has; it returns nil when the module cannot be read or
// parsed into anything useful.
func (p *Project) module(name string, depth int, stack []string) *projectModule {
	m := entry(&p.mu, p.done, name+"@"+strconv.Itoa(depth))
	m.once.Do(func() { p.prepare(m, name, stack) })
	if m.e == nil {
		return nil
	}
	return m
}

// prepare readies module name for calls from the last module of stack:
// an engine of its own (its summaries depend on the depth) over the
// module's shared preparation.
func (p *Project) prepare(m *projectModule, name string, stack []string) {
	defer func() {
		if r := recover(); r != nil {
			m.e = nil // a bug on odd code must not take the caller's analysis down
		}
	}()
	pm := p.parse(name)
	if pm.base == nil {
		return
	}
	e := pm.base.forDepth()
	e.project = p
	e.stack = append(slices.Clone(stack), name)
	m.e, m.funcs, m.classes = e, pm.funcs, pm.classes
}

// entry returns the value of key in m, adding a zero one first when there
// is none, under mu.
func entry[T any](mu *sync.Mutex, m map[string]*T, key string) *T {
	mu.Lock()
	defer mu.Unlock()
	v, ok := m[key]
	if !ok {
		v = new(T)
		m[key] = v
	}
	return v
}

// parsedModule is a module of the project parsed and prepared once
// (functions collected, call graph and components built, body run
// without following other files: nothing of it depends on the depth) and
// shared by its engines at every depth. It is read-only once built.
type parsedModule struct {
	once    sync.Once
	base    *engine                   // nil when the module cannot be read or is too large
	funcs   map[string]*fn            // its top-level functions and lambdas, by name
	classes map[string]map[string]*fn // its top-level classes' methods (inherited ones too), by class and method name
}

// parse returns module name parsed and prepared.
func (p *Project) parse(name string) *parsedModule {
	pm := entry(&p.mu, p.parsed, name)
	pm.once.Do(func() {
		defer func() {
			if r := recover(); r != nil {
				pm.base = nil // a bug on odd code must not take the caller's analysis down
			}
		}()
		path := p.byName[name]
		src, err := p.read(path)
		if err != nil || len(src) > maxProjectSource {
			return
		}
		f := parser.ParseFile(path, src)
		e := newEngine(path, semantic.Build(f.Module, packageName(name, path)), p.user)
		e.prepareDemand(f.Module)
		e.shared = &sharedSummaries{sums: map[*fn]*summary{}}
		pm.funcs, pm.classes = exports(e, f.Module)
		pm.base = e
	})
	return pm
}

// exports returns what other modules can call of mod, analysed by e: its
// top-level functions and lambdas by name, and its classes' methods
// (inherited ones too) by class and method name.
func exports(e *engine, mod *ast.Module) (map[string]*fn, map[string]map[string]*fn) {
	funcs, classes := map[string]*fn{}, map[string]map[string]*fn{}
	for _, st := range mod.Body {
		switch d := st.(type) {
		case *ast.ClassDef:
			methods := map[string]*fn{}
			for _, name := range methodNames(e, d, 0, nil) {
				if mf := e.methodOf(d, name, 0); mf != nil {
					methods[name] = mf
				}
			}
			classes[d.Name] = methods
		case *ast.Assign:
			// run = lambda cmd: os.system(cmd)
			if lam, ok := d.Value.(*ast.Lambda); ok && len(d.Targets) == 1 {
				if t, ok := d.Targets[0].(*ast.Name); ok && e.byNode[lam] != nil {
					funcs[t.Id] = e.byNode[lam]
				}
			}
		case *ast.FunctionDef:
			if f := e.byNode[d]; f != nil {
				funcs[d.Name] = f
			}
		case *ast.AsyncFunctionDef:
			if f := e.byNode[d]; f != nil {
				funcs[d.Name] = f
			}
		}
	}
	return funcs, classes
}

// methodNames returns the names of the methods class c defines or
// inherits from the classes of its module (as methodOf finds them),
// appended to names.
func methodNames(e *engine, c *ast.ClassDef, depth int, names []string) []string {
	if c == nil || depth > maxClassDepth {
		return names
	}
	for _, st := range c.Body {
		var name string
		switch d := st.(type) {
		case *ast.FunctionDef:
			name = d.Name
		case *ast.AsyncFunctionDef:
			name = d.Name
		case *ast.Assign:
			if len(d.Targets) == 1 {
				if t, ok := d.Targets[0].(*ast.Name); ok {
					name = t.Id
				}
			}
		}
		if name != "" && !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	s := e.model.Scope(c)
	if s == nil || s.Parent == nil {
		return names
	}
	for _, base := range c.Bases {
		n, ok := base.(*ast.Name)
		if !ok {
			continue
		}
		if b := e.model.Resolve(s.Parent, n.Id, n.Loc); b != nil && b.Kind == semantic.ClassBinding {
			if bc, ok := b.Node.(*ast.ClassDef); ok && bc != c {
				names = methodNames(e, bc, depth+1, names)
			}
		}
	}
	return names
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
