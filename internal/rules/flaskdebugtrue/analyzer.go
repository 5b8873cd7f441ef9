// Package flaskdebugtrue reports Flask applications run with debug=True
// (Bandit B201).
package flaskdebugtrue

import (
	_ "embed"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/cryptoutil"
)

//go:embed doc.md
var doc string

// Analyzer reports app.run(debug=True) on Flask applications.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1201",
		Name:       "flask-debug-true",
		Aliases:    []string{"B201", "S201"},
		CWE:        []int{94, 489},
		Severity:   finding.High,
		Confidence: finding.MediumConfidence,
		Summary:    "Flask app run with debug=True, which exposes the Werkzeug debugger",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindCall},
	Run:   run,
}

// flaskRun are the run methods of a Flask application object.
var flaskRun = map[string]bool{
	"flask.Flask().run":     true,
	"flask.app.Flask().run": true,
	"flask.Flask.run":       true,
	"flask.app.Flask.run":   true,
}

// flaskClasses are the classes of Flask applications.
var flaskClasses = map[string]bool{"flask.Flask": true, "flask.app.Flask": true}

// notFlask are run functions that take a debug argument but have nothing
// to do with Flask's debugger; Bandit reports them when the file imports
// flask.
var notFlask = map[string]bool{
	"asyncio.run":                   true,
	"asyncio.runners.run":           true,
	"asyncio.Runner().run":          true,
	"trio.run":                      true,
	"anyio.run":                     true,
	"subprocess.run":                true,
	"unittest.TextTestRunner().run": true,
}

func isFlaskModule(m string) bool {
	first, _, _ := strings.Cut(m, ".")
	return first == "flask" || strings.HasPrefix(first, "flask_")
}

func run(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	attr, ok := call.Func.(*ast.Attribute)
	if !ok || attr.Attr != "run" {
		return
	}
	kw := cryptoutil.FindKeyword(call, "debug")
	if kw == nil {
		return
	}
	if on, known := p.Truth(kw.Value); !known || !on {
		return
	}
	name := cryptoutil.Name(p, call.Func)
	flaskApp := flaskRun[name]
	if name == "" {
		// An instance of a class of the file: a Flask app only if the
		// class derives from Flask.
		local, derived := cryptoutil.LocalInstance(p, attr.Value, flaskClasses)
		if local && !derived {
			return
		}
		flaskApp = derived
	}
	switch {
	case flaskApp:
		p.ReportDiagnostic(analysis.Diagnostic{
			Loc:        kw.Loc,
			Message:    "Flask app run with debug=True: the Werkzeug debugger lets anyone who can reach it run arbitrary code",
			Confidence: int(finding.HighConfidence),
		})
	case notFlask[name]:
	case cryptoutil.Imports(p, isFlaskModule):
		// The receiver is not known to be a Flask app, but the file
		// uses Flask: what Bandit reports.
		p.Report(kw, "run(debug=True) in a module that uses Flask: if this runs a Flask app, the Werkzeug debugger lets anyone who can reach it run arbitrary code")
	}
}
