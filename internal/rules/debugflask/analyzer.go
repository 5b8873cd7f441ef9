// Package debugflask reports Flask debug mode turned on by other means than
// app.run(debug=True) (which KRT1201 reports): app.debug, the DEBUG config
// key, and the FLASK_DEBUG environment variable.
package debugflask

import (
	_ "embed"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
)

//go:embed doc.md
var doc string

// Analyzer reports Flask debug mode turned on through app.debug, the app's
// config or the environment.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT2001",
		Name:       "flask-debug-mode",
		CWE:        []int{489, 215},
		Severity:   finding.High,
		Confidence: finding.MediumConfidence,
		Summary:    "Flask debug mode turned on through app.debug, app.config or FLASK_DEBUG",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindAssign, ast.KindCall},
	Run:   run,
}

// apps are the qualified names of Flask application objects (Quart has
// Flask's API).
var apps = map[string]bool{
	"flask.Flask()": true, "flask.app.Flask()": true, "flask.current_app": true,
	"quart.Quart()": true, "quart.app.Quart()": true,
}

// configKeys are the config keys that turn debug mode on when true.
var configKeys = map[string]bool{"DEBUG": true}

// mappingSetter describes a method that sets keys of a mapping: where the
// key and value are when one item is set, or that it takes a mapping and
// keyword arguments (update, from_mapping).
type mappingSetter struct {
	keyPos, valuePos int
	mapping          bool
}

// configSetters are the methods of Flask's Config (a dict) that set keys.
var configSetters = map[string]mappingSetter{
	"update":       {mapping: true},
	"from_mapping": {mapping: true},
	"setdefault":   {keyPos: 0, valuePos: 1},
	"__setitem__":  {keyPos: 0, valuePos: 1},
}

// environs are the qualified names of the process environment mapping.
var environs = map[string]bool{"os.environ": true}

// environSetters are the methods of os.environ that set variables.
var environSetters = map[string]mappingSetter{
	"update":      {mapping: true},
	"setdefault":  {keyPos: 0, valuePos: 1},
	"__setitem__": {keyPos: 0, valuePos: 1},
}

// envSetFunctions are functions that set an environment variable.
var envSetFunctions = map[string]mappingSetter{"os.putenv": {keyPos: 0, valuePos: 1}}

// envVars maps the environment variables Flask reads to whether a value
// turns debug mode on.
var envVars = map[string]func(string) bool{
	// flask.helpers.get_debug_flag: set and not "0", "false" or "no".
	"FLASK_DEBUG": func(v string) bool {
		switch strings.ToLower(v) {
		case "", "0", "false", "no":
			return false
		}
		return true
	},
	// Flask before 2.3: FLASK_ENV=development implies debug mode.
	"FLASK_ENV": func(v string) bool { return v == "development" },
}

func run(p *analysis.Pass, n ast.Node) {
	switch n := n.(type) {
	case *ast.Assign:
		for _, t := range n.Targets {
			checkAssign(p, n, t, n.Value)
		}
	case *ast.Call:
		checkCall(p, n)
	}
}

// checkAssign checks `target = value`.
func checkAssign(p *analysis.Pass, stmt *ast.Assign, target, value ast.Expr) {
	switch t := target.(type) {
	case *ast.Attribute:
		if t.Attr == "debug" && apps[p.QualifiedName(t.Value)] {
			if on, known := p.Truth(value); known && on {
				report(p, stmt, "app.debug = True")
			}
		}
	case *ast.Subscript:
		key, ok := p.String(t.Slice)
		if !ok {
			return
		}
		owner := p.QualifiedName(t.Value)
		switch {
		case isConfig(owner):
			checkConfigItem(p, stmt, key, value)
		case environs[owner]:
			checkEnvItem(p, stmt, key, value)
		}
	}
}

// checkCall checks app.config.update(DEBUG=True) and the like, and the
// methods and functions that set environment variables.
func checkCall(p *analysis.Pass, call *ast.Call) {
	if setter, ok := envSetFunctions[p.CalleeName(call)]; ok {
		setItems(p, call, setter, checkEnvItem)
		return
	}
	attr, ok := call.Func.(*ast.Attribute)
	if !ok {
		return
	}
	owner := p.QualifiedName(attr.Value)
	if setter, ok := configSetters[attr.Attr]; ok && isConfig(owner) {
		setItems(p, call, setter, checkConfigItem)
	} else if setter, ok := environSetters[attr.Attr]; ok && environs[owner] {
		setItems(p, call, setter, checkEnvItem)
	}
}

// setItems calls check for every key and value that call sets.
func setItems(p *analysis.Pass, call *ast.Call, s mappingSetter, check func(*analysis.Pass, ast.Node, string, ast.Expr)) {
	if !s.mapping {
		key, ok := p.String(analysis.Arg(call, s.keyPos, ""))
		value := analysis.Arg(call, s.valuePos, "")
		if ok && value != nil {
			check(p, call, key, value)
		}
		return
	}
	if len(call.Args) > 0 {
		if d, ok := call.Args[0].(*ast.Dict); ok {
			for i, k := range d.Keys {
				if key, ok := p.String(k); ok && i < len(d.Values) {
					check(p, call, key, d.Values[i])
				}
			}
		}
	}
	for _, k := range call.Keywords {
		if k.Arg != "" {
			check(p, call, k.Arg, k.Value)
		}
	}
}

// checkConfigItem reports config[key] = value when it turns debug on.
func checkConfigItem(p *analysis.Pass, at ast.Node, key string, value ast.Expr) {
	if !configKeys[key] {
		return
	}
	if on, known := p.Truth(value); known && on {
		report(p, at, `setting "`+key+`" in the app's config to True`)
	}
}

// checkEnvItem reports os.environ[key] = value when it turns debug on.
func checkEnvItem(p *analysis.Pass, at ast.Node, key string, value ast.Expr) {
	on := envVars[key]
	if on == nil {
		return
	}
	if v, ok := p.String(value); ok && on(v) {
		report(p, at, "setting the environment variable "+key+"="+v)
	}
}

// isConfig reports whether q names the config of a Flask application.
func isConfig(q string) bool {
	owner, ok := strings.CutSuffix(q, ".config")
	return ok && apps[owner]
}

func report(p *analysis.Pass, at ast.Node, how string) {
	// at is the node being visited; the guard is looked for only now,
	// since most nodes turn nothing on.
	if Guarded(p, at) {
		return // a deliberate switch for development
	}
	p.Reportf(at, "%s turns on Flask debug mode, in which app.run() and flask run serve tracebacks and the interactive Werkzeug debugger to clients", how)
}
