// Package debugdjango reports debug settings turned on in Django settings
// modules: DEBUG, DEBUG_PROPAGATE_EXCEPTIONS and template debugging. It
// also holds what the other Django settings rules share: how a settings
// module is recognised (Classify) and how a setting read from the
// environment falls back (EnvFallback).
package debugdjango

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
)

//go:embed doc.md
var doc string

// Analyzer reports DEBUG = True and related settings in Django settings
// modules.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT2002",
		Name:       "django-debug-settings",
		Aliases:    []string{"security.W018"},
		CWE:        []int{489, 215},
		Severity:   finding.High,
		Confidence: finding.MediumConfidence,
		Summary:    "DEBUG = True or another debug setting in a Django settings module",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindModule},
	Run:   run,
}

// debugSetting describes a setting that turns on a form of debugging when
// true.
type debugSetting struct {
	severity finding.Severity
	effect   string // what the setting does, completing "NAME = True ..."
}

// debugSettings are the settings reported when true, by name.
var debugSettings = map[string]debugSetting{
	"DEBUG":                      {finding.High, "shows detailed error pages with tracebacks, local variables, settings and SQL queries to anyone who triggers an error"},
	"DEBUG_PROPAGATE_EXCEPTIONS": {finding.Medium, "hands unhandled exceptions to the WSGI server instead of Django's error page, and servers may show the traceback to the client"},
	"TEMPLATE_DEBUG":             {finding.Low, "adds template source and context to error pages"},
}

// templateDebugSeverity is the severity of "debug": True in the OPTIONS of
// a TEMPLATES entry.
const templateDebugSeverity = finding.Low

func run(p *analysis.Pass, n ast.Node) {
	mod := n.(*ast.Module)
	if Classify(p.Path, mod) != Settings {
		return
	}
	names := map[string]bool{"TEMPLATES": true}
	for name := range debugSettings {
		names[name] = true
	}
	last := LastAssignments(mod, names)
	for _, name := range []string{"DEBUG", "DEBUG_PROPAGATE_EXCEPTIONS", "TEMPLATE_DEBUG"} {
		a, ok := last[name]
		if !ok {
			continue
		}
		s := debugSettings[name]
		conf, note := 0, ""
		if StarImportAfter(mod, a.Stmt) {
			conf, note = int(finding.LowConfidence), OverrideNote
		}
		if on, known := p.Truth(a.Value); known {
			if on {
				report(p, a.Stmt, s.severity, conf, name+" = True in a settings module "+s.effect+note)
			}
			continue
		}
		if v, variable, ok := EnvFallback(p, a.Value); ok && Truthy(v) {
			report(p, a.Stmt, s.severity, conf, name+" is True whenever the environment variable "+variable+" is not set, and Django then "+s.effect+note)
		}
	}
	if a, ok := last["TEMPLATES"]; ok {
		checkTemplates(p, a.Value)
	}
	for _, st := range mod.Body {
		if as, ok := st.(*ast.Assign); ok {
			for _, t := range as.Targets {
				if templateOptionsDebug(p, t) {
					if on, known := p.Truth(as.Value); known && on {
						report(p, as, templateDebugSeverity, 0, templateDebugMessage)
					}
				}
			}
		}
	}
}

const templateDebugMessage = `"debug": True in the OPTIONS of TEMPLATES adds template source and context to error pages`

// checkTemplates reports "debug": True in the OPTIONS of a TEMPLATES list
// literal.
func checkTemplates(p *analysis.Pass, value ast.Expr) {
	var entries []ast.Expr
	switch v := value.(type) {
	case *ast.List:
		entries = v.Elts
	case *ast.Tuple:
		entries = v.Elts
	}
	for _, e := range entries {
		options := dictItem(p, e, "OPTIONS")
		if options == nil {
			continue
		}
		if debug := dictItem(p, options, "debug"); debug != nil {
			if on, known := p.Truth(debug); known && on {
				report(p, debug, templateDebugSeverity, 0, templateDebugMessage)
			}
		}
	}
}

// dictItem returns the value of key in the dict literal d, or nil.
func dictItem(p *analysis.Pass, d ast.Expr, key string) ast.Expr {
	dict, ok := d.(*ast.Dict)
	if !ok {
		return nil
	}
	var found ast.Expr
	for i, k := range dict.Keys {
		if s, ok := p.String(k); ok && s == key && i < len(dict.Values) {
			found = dict.Values[i]
		}
	}
	return found
}

// templateOptionsDebug reports whether t is TEMPLATES[...]["OPTIONS"]["debug"].
func templateOptionsDebug(p *analysis.Pass, t ast.Expr) bool {
	debug, ok := t.(*ast.Subscript)
	if !ok {
		return false
	}
	if k, ok := p.String(debug.Slice); !ok || k != "debug" {
		return false
	}
	options, ok := debug.Value.(*ast.Subscript)
	if !ok {
		return false
	}
	if k, ok := p.String(options.Slice); !ok || k != "OPTIONS" {
		return false
	}
	entry, ok := options.Value.(*ast.Subscript)
	if !ok {
		return false
	}
	name, ok := entry.Value.(*ast.Name)
	return ok && name.Id == "TEMPLATES"
}

// report reports msg at at with severity sev and confidence conf (0 for
// the rule's default).
func report(p *analysis.Pass, at ast.Node, sev finding.Severity, conf int, msg string) {
	p.ReportDiagnostic(analysis.Diagnostic{Loc: at.Location(), Message: msg, Severity: int(sev), Confidence: conf})
}
