package inspect

import (
	"path"
	"strings"

	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/python/parser"
)

// Where says when a piece of code runs, which sets the weight of what it
// does.
type Where int

// The contexts, from least to most weight.
const (
	// InFunction: inside a function that no install-, start-up- or
	// import-time code is seen to call.
	InFunction Where = iota + 1
	// ModuleTop: at the top level of a module other than __init__.py
	// (runs when that module is imported), or in a function called there.
	ModuleTop
	// ImportTime: at the top level of a package's __init__.py, or in a
	// function called there.
	ImportTime
	// StartupTime: in a .pth file or sitecustomize.py: every interpreter
	// start.
	StartupTime
	// InstallTime: setup.py top level, cmdclass command overrides,
	// in-tree build backends, and the functions they call.
	InstallTime
	// PackageLevel: evidence that is not code (files, metadata).
	PackageLevel
)

var whereNames = [...]string{InFunction: "in a function", ModuleTop: "module top level", ImportTime: "import time",
	StartupTime: "interpreter start-up", InstallTime: "install time", PackageLevel: "package"}

// String returns a short description of w.
func (w Where) String() string {
	if w < InFunction || w > PackageLevel {
		return "unknown"
	}
	return whereNames[w]
}

// Factor is the weight of a finding at w relative to install time.
func (w Where) Factor() float64 {
	switch w {
	case InstallTime, StartupTime, PackageLevel:
		return 1
	case ImportTime:
		return 0.9
	case ModuleTop:
		return 0.7
	}
	return 0.35
}

// funcInfo is one function definition of a file.
type funcInfo struct {
	file       *pyFile
	name       string
	class      string // enclosing class, or ""
	start, end int32
	body       []ast.Stmt
	where      Where // 0 when nothing important calls it
}

// pyFile is a parsed Python file of the package and its role.
type pyFile struct {
	path   string
	module string // dotted module name ("pkg.sub"), "" when unknown
	role   Where  // what its top level is
	tree   *parser.File
	funcs  []*funcInfo
	byName map[string][]*funcInfo // top-level functions and methods by name
	// imports maps a name bound at module level by `from X import name`
	// (or `import X as name`) to the module and attribute it stands for.
	imports map[string][2]string
	// commandClasses are classes that override setuptools commands.
	commandClasses map[string]bool
	// instances maps a name bound at module level to an instance
	// (`mgr = Manager(...)`) to the class's name.
	instances map[string]string
}

var commandBases = map[string]bool{"install": true, "develop": true, "egg_info": true, "build_py": true, "build_ext": true,
	"sdist": true, "bdist_wheel": true, "bdist_egg": true, "build": true, "easy_install": true, "install_lib": true,
	"install_scripts": true, "build_clib": true, "Command": true, "_install": true, "_develop": true, "_egg_info": true}

func indexFile(pf *pyFile) {
	pf.byName = map[string][]*funcInfo{}
	pf.imports = map[string][2]string{}
	pf.commandClasses = map[string]bool{}
	pf.instances = map[string]string{}
	var visit func(stmts []ast.Stmt, class string, top bool)
	visit = func(stmts []ast.Stmt, class string, top bool) {
		for _, st := range stmts {
			switch n := st.(type) {
			case *ast.FunctionDef:
				fi := &funcInfo{file: pf, name: n.Name, class: class, start: n.Lineno, end: n.EndLineno, body: n.Body}
				pf.funcs = append(pf.funcs, fi)
				pf.byName[n.Name] = append(pf.byName[n.Name], fi)
				visit(n.Body, "", false)
			case *ast.AsyncFunctionDef:
				fi := &funcInfo{file: pf, name: n.Name, class: class, start: n.Lineno, end: n.EndLineno, body: n.Body}
				pf.funcs = append(pf.funcs, fi)
				pf.byName[n.Name] = append(pf.byName[n.Name], fi)
				visit(n.Body, "", false)
			case *ast.ClassDef:
				for _, b := range n.Bases {
					name := lastName(b)
					imp, imported := pf.imports[name]
					if commandBases[name] || imported && (commandBases[imp[1]] || strings.Contains(imp[0], ".command")) {
						pf.commandClasses[n.Name] = true
					}
				}
				visit(n.Body, n.Name, false)
			case *ast.Assign:
				if c, ok := n.Value.(*ast.Call); ok && top && len(n.Targets) == 1 {
					t, ok1 := n.Targets[0].(*ast.Name)
					cls, ok2 := c.Func.(*ast.Name)
					if ok1 && ok2 {
						pf.instances[t.Id] = cls.Id
					}
				}
			case *ast.ImportFrom:
				if top {
					mod := resolveRelative(pf.module, pf.path, n.Module, n.Level)
					for _, a := range n.Names {
						as := a.Asname
						if as == "" {
							as = a.Name
						}
						pf.imports[as] = [2]string{mod, a.Name}
					}
				}
			case *ast.Import:
				if top {
					for _, a := range n.Names {
						as := a.Asname
						if as == "" {
							as, _, _ = strings.Cut(a.Name, ".")
							pf.imports[as] = [2]string{as, ""}
							continue
						}
						pf.imports[as] = [2]string{a.Name, ""}
					}
				}
			case *ast.If:
				visit(n.Body, class, top)
				visit(n.Orelse, class, top)
			case *ast.Try:
				visit(n.Body, class, top)
				for _, h := range n.Handlers {
					visit(h.Body, class, top)
				}
				visit(n.Orelse, class, top)
				visit(n.Finalbody, class, top)
			case *ast.With:
				visit(n.Body, class, top)
			case *ast.For:
				visit(n.Body, class, top)
			case *ast.While:
				visit(n.Body, class, top)
			}
		}
	}
	visit(pf.tree.Module.Body, "", true)
}

func lastName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Name:
		return e.Id
	case *ast.Attribute:
		return e.Attr
	}
	return ""
}

// resolveRelative returns the absolute module of `from .mod import x`
// written in the module of file p.
func resolveRelative(module, p, target string, level int) string {
	if level == 0 {
		return target
	}
	pkg := module
	if path.Base(p) != "__init__.py" {
		if i := strings.LastIndexByte(pkg, '.'); i >= 0 {
			pkg = pkg[:i]
		} else {
			pkg = ""
		}
	}
	for i := 1; i < level; i++ {
		if j := strings.LastIndexByte(pkg, '.'); j >= 0 {
			pkg = pkg[:j]
		} else {
			pkg = ""
		}
	}
	switch {
	case pkg == "":
		return target
	case target == "":
		return pkg
	}
	return pkg + "." + target
}

// contexts decides, for every function of the package, when it runs.
type contexts struct {
	files    map[string]*pyFile
	byModule map[string]*pyFile
	work     []*funcInfo
}

func newContexts(files []*pyFile) *contexts {
	c := &contexts{files: map[string]*pyFile{}, byModule: map[string]*pyFile{}}
	for _, pf := range files {
		c.files[pf.path] = pf
		if pf.module != "" {
			c.byModule[pf.module] = pf
		}
	}
	for _, pf := range files {
		indexFile(pf)
	}
	for _, pf := range files {
		if pf.role == InFunction {
			continue
		}
		c.calls(pf, pf.tree.Module.Body, "", pf.role)
		if pf.role == InstallTime {
			// cmdclass={...: Cls} and subclasses of setuptools commands.
			cmd := cmdclassNames(pf.tree.Module)
			for _, fi := range pf.funcs {
				if fi.class != "" && (pf.commandClasses[fi.class] || cmd[fi.class]) {
					c.mark(fi, InstallTime)
				}
				if pf.isBackend() && fi.class == "" {
					c.mark(fi, InstallTime)
				}
			}
		}
	}
	for len(c.work) > 0 {
		fi := c.work[len(c.work)-1]
		c.work = c.work[:len(c.work)-1]
		c.calls(fi.file, fi.body, fi.class, fi.where)
	}
	return c
}

func (pf *pyFile) isBackend() bool { return pf.role == InstallTime && path.Base(pf.path) != "setup.py" }

func (c *contexts) mark(fi *funcInfo, w Where) {
	if w <= fi.where {
		return
	}
	fi.where = w
	c.work = append(c.work, fi)
}

// calls marks the functions called (or passed as callbacks) in stmts,
// not descending into nested function definitions.
func (c *contexts) calls(pf *pyFile, stmts []ast.Stmt, class string, w Where) {
	for _, st := range stmts {
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.Lambda:
				return false
			case *ast.ClassDef:
				// a class body runs, its methods do not
				for _, b := range n.Body {
					switch b.(type) {
					case *ast.FunctionDef, *ast.AsyncFunctionDef:
					default:
						c.calls(pf, []ast.Stmt{b}, class, w)
					}
				}
				return false
			case *ast.Call:
				c.callee(pf, n.Func, class, w)
				// callbacks: atexit.register(f), Thread(target=mod.f)
				for _, a := range n.Args {
					switch a.(type) {
					case *ast.Name, *ast.Attribute:
						c.callee(pf, a, class, w)
					}
				}
				for _, k := range n.Keywords {
					switch k.Value.(type) {
					case *ast.Name, *ast.Attribute:
						c.callee(pf, k.Value, class, w)
					}
				}
			}
			return true
		})
	}
}

func (c *contexts) callee(pf *pyFile, e ast.Expr, class string, w Where) {
	switch e := e.(type) {
	case *ast.Name:
		for _, fi := range pf.byName[e.Id] {
			if fi.class == "" {
				c.mark(fi, w)
			}
		}
		// a class instantiated: its __init__ runs
		for _, fi := range pf.byName["__init__"] {
			if fi.class == e.Id {
				c.mark(fi, w)
			}
		}
		if imp, ok := pf.imports[e.Id]; ok {
			c.crossFile(imp[0], imp[1], w)
		}
	case *ast.Attribute:
		// Cls().method() and Cls.method()
		cls := ""
		switch v := e.Value.(type) {
		case *ast.Call:
			if nm, ok := v.Func.(*ast.Name); ok {
				cls = nm.Id
			}
		case *ast.Name:
			cls = v.Id
			if inst, ok := pf.instances[v.Id]; ok {
				cls = inst // mgr = Manager(); mgr.run()
			}
		}
		if cls != "" {
			c.methodOf(pf, cls, e.Attr, w)
		}
		if nm, ok := e.Value.(*ast.Name); ok {
			if nm.Id == "self" || nm.Id == "cls" {
				for _, fi := range pf.byName[e.Attr] {
					if fi.class == class {
						c.mark(fi, w)
					}
				}
				return
			}
			if imp, ok := pf.imports[nm.Id]; ok {
				mod := imp[0]
				if imp[1] != "" {
					mod += "." + imp[1]
				}
				c.crossFile(mod, e.Attr, w)
			}
		}
	}
}

// methodOf marks method (and __init__) of the class cls of pf, or of the
// class pf imports under that name from another module of the package.
func (c *contexts) methodOf(pf *pyFile, cls, method string, w Where) {
	target, name := pf, cls
	if imp, ok := pf.imports[cls]; ok && imp[1] != "" {
		target, name = c.byModule[imp[0]], imp[1]
	}
	if target == nil {
		return
	}
	for _, m := range []string{method, "__init__"} {
		for _, fi := range target.byName[m] {
			if fi.class == name {
				c.mark(fi, w)
			}
		}
	}
}

// crossFile marks function name of module mod (or the module's top level
// when name is a submodule) of the package.
func (c *contexts) crossFile(mod, name string, w Where) {
	if w == StartupTime || w == InstallTime {
		w = min(w, InstallTime)
	}
	if pf := c.byModule[mod]; pf != nil && name != "" {
		for _, fi := range pf.byName[name] {
			if fi.class == "" {
				c.mark(fi, w)
			}
		}
	}
}

// cmdclassNames returns the class names used as values of cmdclass=.
func cmdclassNames(mod *ast.Module) map[string]bool {
	out := map[string]bool{}
	ast.Inspect(mod, func(n ast.Node) bool {
		call, ok := n.(*ast.Call)
		if !ok {
			return true
		}
		for _, k := range call.Keywords {
			if k.Arg != "cmdclass" {
				continue
			}
			ast.Inspect(k.Value, func(m ast.Node) bool {
				if nm, ok := m.(*ast.Name); ok {
					out[nm.Id] = true
				}
				return true
			})
		}
		return true
	})
	// cmdclass = {...} assigned first
	for _, st := range mod.Body {
		if a, ok := st.(*ast.Assign); ok {
			for _, t := range a.Targets {
				if nm, ok := t.(*ast.Name); ok && strings.Contains(strings.ToLower(nm.Id), "cmdclass") {
					ast.Inspect(a.Value, func(m ast.Node) bool {
						if nm, ok := m.(*ast.Name); ok {
							out[nm.Id] = true
						}
						return true
					})
				}
			}
		}
	}
	return out
}

// at returns when the code at line of pf runs.
func (c *contexts) at(pf *pyFile, line int) Where {
	var inner *funcInfo
	for _, fi := range pf.funcs {
		if int32(line) >= fi.start && int32(line) <= fi.end {
			if inner == nil || fi.start >= inner.start {
				inner = fi
			}
		}
	}
	if inner == nil {
		return pf.role
	}
	// the innermost marked function around the line
	best := Where(0)
	for _, fi := range pf.funcs {
		if int32(line) >= fi.start && int32(line) <= fi.end && fi.where > best {
			best = fi.where
		}
	}
	if best == 0 {
		return InFunction
	}
	return best
}
