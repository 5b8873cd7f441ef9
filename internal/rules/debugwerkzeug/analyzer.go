// Package debugwerkzeug reports the Werkzeug debugger served to clients:
// run_simple(use_debugger=True), DebuggedApplication, app.run with
// use_debugger=True, and the debugger's PIN turned off.
package debugwerkzeug

import (
	_ "embed"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/debugflask"
)

//go:embed doc.md
var doc string

// Analyzer reports the Werkzeug debugger served to clients.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT2005",
		Name:       "werkzeug-debugger",
		CWE:        []int{489, 94},
		Severity:   finding.High,
		Confidence: finding.HighConfidence,
		Summary:    "Werkzeug debugger served to clients (run_simple(use_debugger=True), DebuggedApplication)",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindCall, ast.KindAssign},
	Run:   run,
}

// param is where a call takes an argument: a position (-1 for keyword
// only) and a keyword, and the value when it is not given.
type param struct {
	pos   int
	kw    string
	deflt bool
}

// debugger describes a function that serves the debugger.
type debugger struct {
	display string // how messages name the call
	// enabled is the parameter that turns the debugger on; nil when the
	// call always serves it.
	enabled *param
	evalex  param // the interactive console
	pin     param // the PIN that guards the console
	// unlessTrue is a parameter that, when true, makes another rule
	// report the call (app.run(debug=True) is KRT1201).
	unlessTrue *param
}

var (
	runSimple = debugger{
		display: "run_simple(use_debugger=True)",
		// run_simple(hostname, port, application, use_reloader, use_debugger, use_evalex, ...)
		enabled: &param{pos: 4, kw: "use_debugger"},
		evalex:  param{pos: 5, kw: "use_evalex", deflt: true},
		pin:     param{pos: -1, deflt: true},
	}
	debuggedApplication = debugger{
		display: "DebuggedApplication",
		// DebuggedApplication(app, evalex=False, request_key, console_path, console_init_func, show_hidden_frames, pin_security, ...)
		evalex: param{pos: 1, kw: "evalex"},
		pin:    param{pos: 6, kw: "pin_security", deflt: true},
	}
	flaskRun = debugger{
		display: "app.run(use_debugger=True)",
		// Flask.run(host, port, debug, load_dotenv, **options): options go to run_simple.
		enabled:    &param{pos: -1, kw: "use_debugger"},
		evalex:     param{pos: -1, kw: "use_evalex", deflt: true},
		pin:        param{pos: -1, deflt: true},
		unlessTrue: &param{pos: -1, kw: "debug"}, // KRT1201 reads only the keyword
	}
)

// debuggers are the calls that serve the debugger, by qualified name.
var debuggers = map[string]debugger{
	"werkzeug.serving.run_simple":        runSimple,
	"werkzeug.run_simple":                runSimple, // Werkzeug < 2.1
	"werkzeug.debug.DebuggedApplication": debuggedApplication,
	"werkzeug.DebuggedApplication":       debuggedApplication, // Werkzeug < 2.1
	"flask.Flask().run":                  flaskRun,
	"flask.app.Flask().run":              flaskRun,
}

// pinVariable is the environment variable that, set to "off", turns the
// debugger's PIN off.
const pinVariable = "WERKZEUG_DEBUG_PIN"

// environs are the qualified names of the process environment mapping,
// and environSetters its methods that set one variable (key, value).
var (
	environs       = map[string]bool{"os.environ": true}
	environSetters = map[string]bool{"setdefault": true}
	envSetFuncs    = map[string]bool{"os.putenv": true}
)

func run(p *analysis.Pass, n ast.Node) {
	switch n := n.(type) {
	case *ast.Call:
		checkCall(p, n)
	case *ast.Assign:
		for _, t := range n.Targets {
			if s, ok := t.(*ast.Subscript); ok && environs[p.QualifiedName(s.Value)] {
				checkPinVariable(p, n, s.Slice, n.Value)
			}
		}
	}
}

func checkCall(p *analysis.Pass, call *ast.Call) {
	name := p.CalleeName(call)
	if envSetFuncs[name] {
		checkPinVariable(p, call, analysis.Arg(call, 0, ""), analysis.Arg(call, 1, ""))
		return
	}
	if attr, ok := call.Func.(*ast.Attribute); ok && environSetters[attr.Attr] && environs[p.QualifiedName(attr.Value)] {
		checkPinVariable(p, call, analysis.Arg(call, 0, ""), analysis.Arg(call, 1, ""))
		return
	}
	d, ok := debuggers[name]
	if !ok {
		return
	}
	if d.unlessTrue != nil {
		if on, known := value(p, call, *d.unlessTrue); !known || on {
			return
		}
	}
	if d.enabled != nil {
		if on, known := value(p, call, *d.enabled); !known || !on {
			return
		}
	}
	if debugflask.Guarded(p, call) {
		return // a deliberate switch for development
	}
	evalex, evalexKnown := value(p, call, d.evalex)
	pin, pinKnown := value(p, call, d.pin)
	switch {
	case !evalexKnown:
		p.Reportf(call, "%s serves the Werkzeug debugger, which shows tracebacks with source code to clients and may offer an interactive Python console", d.display)
	case evalex && pinKnown && !pin:
		p.ReportDiagnostic(analysis.Diagnostic{
			Loc:      call.Loc,
			Message:  d.display + " serves the Werkzeug debugger's interactive console without a PIN, which lets anyone who reaches an error page run Python code on the server",
			Severity: int(finding.Critical),
		})
	case evalex:
		p.Reportf(call, "%s serves the Werkzeug debugger's interactive console, which lets anyone who reaches an error page and has the PIN run Python code on the server", d.display)
	default:
		p.ReportDiagnostic(analysis.Diagnostic{
			Loc:      call.Loc,
			Message:  d.display + " serves the Werkzeug debugger, which shows tracebacks with source code to clients",
			Severity: int(finding.Medium),
		})
	}
}

// value returns the truth of parameter a of call: its default when it is
// not given, unknown when it is not a constant or may be in **kwargs.
func value(p *analysis.Pass, call *ast.Call, a param) (on, known bool) {
	var e ast.Expr
	if a.pos >= 0 || a.kw != "" {
		e = analysis.Arg(call, a.pos, a.kw)
	}
	if e == nil {
		if a.kw != "" && analysis.HasKwargs(call) {
			return false, false
		}
		return a.deflt, true
	}
	return p.Truth(e)
}

// checkPinVariable reports setting WERKZEUG_DEBUG_PIN to "off".
func checkPinVariable(p *analysis.Pass, at ast.Node, key, val ast.Expr) {
	k, ok := p.String(key)
	if !ok || k != pinVariable {
		return
	}
	if v, ok := p.String(val); ok && strings.EqualFold(v, "off") && !debugflask.Guarded(p, at) {
		p.ReportDiagnostic(analysis.Diagnostic{
			Loc:      at.Location(),
			Message:  "setting " + pinVariable + "=off removes the PIN from the Werkzeug debugger's console, so anyone who reaches an error page of a debug server can run Python code on it",
			Severity: int(finding.Critical),
		})
	}
}
