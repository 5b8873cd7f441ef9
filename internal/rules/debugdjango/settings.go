package debugdjango

import (
	"path/filepath"
	"strconv"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/python/ast"
)

// ModuleKind says whether a module is a settings module.
type ModuleKind int

// The kinds of modules.
const (
	// NotSettings is any module that does not look like settings.
	NotSettings ModuleKind = iota
	// DevelopmentSettings is a settings module whose path marks it as
	// meant for development, tests or examples (settings/dev.py,
	// test_settings.py, tests/settings.py): the settings rules skip it.
	DevelopmentSettings
	// Settings is a settings module that may be deployed.
	Settings
)

// settingsMarkers are settings that only a Django settings module assigns.
var settingsMarkers = map[string]bool{
	"INSTALLED_APPS": true, "MIDDLEWARE": true, "MIDDLEWARE_CLASSES": true, "ROOT_URLCONF": true,
}

// developmentWords are the words of a file or directory name that mark a
// settings module as one for development, tests or examples.
var developmentWords = map[string]bool{
	"dev": true, "devel": true, "develop": true, "development": true, "local": true,
	"test": true, "tests": true, "testing": true, "ci": true,
	"example": true, "examples": true, "demo": true, "sample": true,
}

// dirsConsidered is how many directories above a file Classify reads for
// development words; further up are paths outside the project
// (/home/dev/...).
const dirsConsidered = 3

// Classify says whether the module at path (a .py file; stubs are never
// settings) is a settings module: its
// file is named settings.py (or has "settings" as a word of its name, as
// prod_settings.py), it sits in a directory named settings, or it assigns
// INSTALLED_APPS, MIDDLEWARE or ROOT_URLCONF at module level. A settings
// module is DevelopmentSettings when its file name or one of the
// dirsConsidered directories above it has a word such as dev, local, test
// or example.
func Classify(path string, mod *ast.Module) ModuleKind {
	path = filepath.ToSlash(path)
	if strings.HasSuffix(path, ".pyi") {
		return NotSettings // a stub declares settings, it does not set them
	}
	parts := strings.Split(path, "/")
	base := strings.TrimSuffix(parts[len(parts)-1], ".py")
	dirs := parts[:len(parts)-1]
	if len(dirs) > dirsConsidered {
		dirs = dirs[len(dirs)-dirsConsidered:]
	}
	settings := false
	for _, w := range words(base) {
		settings = settings || w == "settings"
	}
	if len(dirs) > 0 && dirs[len(dirs)-1] == "settings" {
		settings = true
	}
	if !settings {
		for _, st := range mod.Body {
			for _, name := range assignedNames(st) {
				if settingsMarkers[name] {
					settings = true
				}
			}
		}
	}
	if !settings {
		return NotSettings
	}
	for _, part := range append(dirs, base) {
		for _, w := range words(part) {
			if developmentWords[w] {
				return DevelopmentSettings
			}
		}
	}
	return Settings
}

// words splits a file name into its lower-case words.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
}

// assignedNames returns the names that statement st binds by plain
// assignment (x = ..., x: T = ..., x += ...).
func assignedNames(st ast.Stmt) []string {
	var names []string
	add := func(t ast.Expr) {
		if n, ok := t.(*ast.Name); ok {
			names = append(names, n.Id)
		}
	}
	switch st := st.(type) {
	case *ast.Assign:
		for _, t := range st.Targets {
			add(t)
		}
	case *ast.AnnAssign:
		if st.Value != nil {
			add(st.Target)
		}
	case *ast.AugAssign:
		add(st.Target)
	}
	return names
}

// Assignment is a module-level assignment of a setting.
type Assignment struct {
	Stmt  ast.Stmt // the *ast.Assign or *ast.AnnAssign
	Value ast.Expr // the value assigned
}

// LastAssignments returns the last unconditional module-level assignment
// (x = v or x: T = v) of each of names in mod: the one in force when the
// settings module has run. Assignments inside if, try or functions are
// not considered.
func LastAssignments(mod *ast.Module, names map[string]bool) map[string]Assignment {
	last := make(map[string]Assignment)
	for _, st := range mod.Body {
		var value ast.Expr
		switch s := st.(type) {
		case *ast.Assign:
			value = s.Value
		case *ast.AnnAssign:
			value = s.Value
		case *ast.AugAssign:
			// x += ...: no longer a known value.
			for _, name := range assignedNames(st) {
				delete(last, name)
			}
			continue
		}
		if value == nil {
			continue
		}
		for _, name := range assignedNames(st) {
			if names[name] {
				last[name] = Assignment{Stmt: st, Value: value}
			}
		}
	}
	return last
}

// castKind is how an environment reader converts the value it returns.
type castKind int

const (
	castNone castKind = iota // the value or default as it is
	castBool                 // a bool; strings are parsed ("true", "on", "1", ...)
	castList                 // a list; strings are split on commas
	castStr                  // a str
)

// envReader describes a function that reads an environment variable: the
// variable's name is its first argument; the default is at defaultPos or
// the keyword defaultKw.
type envReader struct {
	defaultPos int
	defaultKw  string
	required   bool     // raises when the variable is unset and there is no default
	cast       castKind // the conversion the reader applies
	castKw     string   // the keyword argument that selects a conversion, or ""
}

// envReaders are the functions that read environment variables, by
// qualified name: os, python-decouple, django-environ and environs.
var envReaders = map[string]envReader{
	"os.environ.get":               {defaultPos: 1, defaultKw: "default"},
	"os.getenv":                    {defaultPos: 1, defaultKw: "default"},
	"decouple.config":              {defaultPos: 1, defaultKw: "default", required: true, castKw: "cast"},
	"decouple.AutoConfig()":        {defaultPos: 1, defaultKw: "default", required: true, castKw: "cast"},
	"decouple.RepositoryEnv().get": {defaultPos: 1, defaultKw: "default", required: true, castKw: "cast"},
	"environ.Env()":                {defaultPos: 2, defaultKw: "default", required: true, castKw: "cast"},
	"environ.Env().bool":           {defaultPos: 1, defaultKw: "default", required: true, cast: castBool},
	"environ.Env().str":            {defaultPos: 1, defaultKw: "default", required: true, cast: castStr},
	"environ.Env().list":           {defaultPos: 2, defaultKw: "default", required: true, cast: castList},
	"environs.Env()":               {defaultPos: 1, defaultKw: "default", required: true},
	"environs.Env().bool":          {defaultPos: 1, defaultKw: "default", required: true, cast: castBool},
	"environs.Env().str":           {defaultPos: 1, defaultKw: "default", required: true, cast: castStr},
	"environs.Env().list":          {defaultPos: 1, defaultKw: "default", required: true, cast: castList},
}

// casts are the conversions selected by a cast= argument, by qualified name.
var casts = map[string]castKind{
	"builtins.bool": castBool, "builtins.str": castStr, "builtins.list": castList,
	"decouple.Csv()": castList,
}

// trueStrings are the strings that decouple, django-environ and environs
// read as true.
var trueStrings = map[string]bool{"1": true, "true": true, "t": true, "y": true, "yes": true, "on": true, "ok": true}

// maxEvalDepth bounds the evaluation of nested expressions.
const maxEvalDepth = 16

// EnvFallback evaluates e as it would run in a process where none of the
// environment variables it reads is set: the value a deployment gets when
// it forgets the variable. It understands the readers of os,
// python-decouple, django-environ and environs, their defaults and casts,
// and simple operations on the result (== and in against constants,
// .lower(), .split(), bool(), int(), not, and, or). It returns the value
// (nil, bool, int64, float64, string or []any), the name of the variable
// read, and ok=false when e reads no variable or its value is unknown.
func EnvFallback(p *analysis.Pass, e ast.Expr) (value any, variable string, ok bool) {
	ev := &evaluator{p: p}
	v, ok := ev.eval(e, 0)
	if !ok || ev.variable == "" {
		return nil, "", false
	}
	return v, ev.variable, true
}

// Truthy reports Python's truth value of a value returned by EnvFallback.
func Truthy(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case int64:
		return x != 0
	case float64:
		return x != 0
	case string:
		return x != ""
	case []any:
		return len(x) != 0
	case []byte:
		return len(x) != 0
	}
	return true
}

type evaluator struct {
	p        *analysis.Pass
	variable string // the first environment variable read
}

func (ev *evaluator) eval(e ast.Expr, depth int) (any, bool) {
	if e == nil || depth > maxEvalDepth {
		return nil, false
	}
	switch e := e.(type) {
	case *ast.Call:
		return ev.call(e, depth)
	case *ast.Compare:
		if len(e.Ops) != 1 || len(e.Comparators) != 1 {
			return nil, false
		}
		l, ok1 := ev.eval(e.Left, depth+1)
		r, ok2 := ev.eval(e.Comparators[0], depth+1)
		if !ok1 || !ok2 {
			return nil, false
		}
		switch e.Ops[0] {
		case ast.Eq:
			return equal(l, r), true
		case ast.NotEq:
			return !equal(l, r), true
		case ast.In, ast.NotIn:
			list, ok := r.([]any)
			if !ok {
				ls, lok := l.(string)
				rs, rok := r.(string)
				if !lok || !rok {
					return nil, false
				}
				return strings.Contains(rs, ls) == (e.Ops[0] == ast.In), true
			}
			found := false
			for _, x := range list {
				found = found || equal(l, x)
			}
			return found == (e.Ops[0] == ast.In), true
		}
		return nil, false
	case *ast.BoolOp:
		var v any
		for i, x := range e.Values {
			xv, ok := ev.eval(x, depth+1)
			if !ok {
				return nil, false
			}
			v = xv
			t := Truthy(xv)
			if i < len(e.Values)-1 && (e.Op == ast.And && !t || e.Op == ast.Or && t) {
				return xv, true
			}
		}
		return v, true
	case *ast.UnaryOp:
		if e.Op != ast.Not {
			break
		}
		v, ok := ev.eval(e.Operand, depth+1)
		if !ok {
			return nil, false
		}
		return !Truthy(v), true
	case *ast.List:
		return ev.list(e.Elts, depth)
	case *ast.Tuple:
		return ev.list(e.Elts, depth)
	case *ast.Set:
		return ev.list(e.Elts, depth)
	case *ast.Name:
		if v, ok := ev.p.ConstValue(e); ok {
			return v, true
		}
		// A name assigned once from an expression that reads the
		// environment: _debug = os.environ.get(...).
		b := ev.p.Model.Resolve(ev.p.Scope(), e.Id, e.Loc)
		if b == nil || b.Value == nil || len(b.Scope.Bindings[e.Id]) != 1 {
			return nil, false
		}
		return ev.eval(b.Value, depth+1)
	}
	return ev.p.ConstValue(e)
}

func (ev *evaluator) list(elts []ast.Expr, depth int) (any, bool) {
	out := make([]any, 0, len(elts))
	for _, x := range elts {
		v, ok := ev.eval(x, depth+1)
		if !ok {
			return nil, false
		}
		out = append(out, v)
	}
	return out, true
}

func (ev *evaluator) call(call *ast.Call, depth int) (any, bool) {
	q := ev.p.CalleeName(call)
	if r, ok := envReaders[q]; ok {
		return ev.read(call, r, depth)
	}
	switch q {
	case "builtins.bool":
		if len(call.Args) != 1 {
			return nil, false
		}
		v, ok := ev.eval(call.Args[0], depth+1)
		return Truthy(v), ok
	case "builtins.int":
		if len(call.Args) != 1 {
			return nil, false
		}
		v, ok := ev.eval(call.Args[0], depth+1)
		if !ok {
			return nil, false
		}
		switch x := v.(type) {
		case int64:
			return x, true
		case bool:
			if x {
				return int64(1), true
			}
			return int64(0), true
		case string:
			i, err := strconv.ParseInt(strings.TrimSpace(x), 10, 64)
			return i, err == nil
		}
		return nil, false
	}
	attr, ok := call.Func.(*ast.Attribute)
	if !ok {
		return nil, false
	}
	recv, ok := ev.eval(attr.Value, depth+1)
	if !ok {
		return nil, false
	}
	s, ok := recv.(string)
	if !ok {
		return nil, false
	}
	switch attr.Attr {
	case "lower", "casefold":
		return strings.ToLower(s), len(call.Args) == 0
	case "upper":
		return strings.ToUpper(s), len(call.Args) == 0
	case "strip":
		return strings.TrimSpace(s), len(call.Args) == 0
	case "split":
		if len(call.Args) == 0 {
			return toList(strings.Fields(s)), true
		}
		sep, ok := ev.p.String(call.Args[0])
		if !ok || sep == "" || len(call.Args) > 1 {
			return nil, false
		}
		return toList(strings.Split(s, sep)), true
	}
	return nil, false
}

// read evaluates a call of an environment reader with the variable unset.
func (ev *evaluator) read(call *ast.Call, r envReader, depth int) (any, bool) {
	if ev.variable == "" {
		name, ok := ev.p.String(analysis.Arg(call, 0, ""))
		if !ok {
			return nil, false
		}
		ev.variable = name
	}
	def := analysis.Arg(call, r.defaultPos, r.defaultKw)
	if def == nil {
		if r.required || analysis.HasKwargs(call) {
			return nil, false
		}
		return nil, true
	}
	v, ok := ev.eval(def, depth+1)
	if !ok {
		return nil, false
	}
	cast := r.cast
	if r.castKw != "" {
		if c := analysis.Keyword(call, r.castKw); c != nil {
			k, ok := casts[ev.p.QualifiedName(c)]
			if !ok {
				return nil, false
			}
			cast = k
		}
	}
	switch cast {
	case castBool:
		if s, ok := v.(string); ok {
			return trueStrings[strings.ToLower(strings.TrimSpace(s))], true
		}
		return Truthy(v), true
	case castList:
		if s, ok := v.(string); ok {
			if s == "" {
				return []any{}, true
			}
			return toList(strings.Split(s, ",")), true
		}
		_, ok := v.([]any)
		return v, ok
	case castStr:
		_, ok := v.(string)
		return v, ok
	}
	return v, true
}

func toList(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// equal compares two evaluated values as Python's == does for the types
// EnvFallback produces.
func equal(a, b any) bool {
	switch x := a.(type) {
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !equal(x[i], y[i]) {
				return false
			}
		}
		return true
	case bool:
		switch y := b.(type) {
		case bool:
			return x == y
		case int64:
			return (y == 1) == x && (y == 0 || y == 1)
		}
		return false
	case int64:
		if y, ok := b.(bool); ok {
			return equal(y, x)
		}
	}
	switch b.(type) {
	case []any, []byte:
		return false
	}
	if _, ok := a.([]byte); ok {
		return false // bytes never equal the str values compared here
	}
	return a == b
}

// OverrideNote is appended to the message of a finding whose setting a
// later `import *` may override (see StarImportAfter).
const OverrideNote = " (unless the import * that follows overrides it)"

// StarImportAfter reports whether a `from M import *` runs after stmt at
// module level (also inside try/except, as in `try: from .local import *`),
// which may override whatever stmt assigned.
func StarImportAfter(mod *ast.Module, stmt ast.Stmt) bool {
	after := false
	for _, st := range mod.Body {
		if st == stmt {
			after = true
			continue
		}
		if after && hasStarImport(st) {
			return true
		}
	}
	return false
}

func hasStarImport(st ast.Stmt) bool {
	found := false
	ast.Inspect(st, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ImportFrom:
			for _, a := range n.Names {
				found = found || a.Name == "*"
			}
		case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef:
			return false
		}
		return !found
	})
	return found
}
