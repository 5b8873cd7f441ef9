// Package markupsafexss reports markupsafe.Markup built from text that
// is not known to be safe (Bandit B704).
package markupsafexss

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/cryptoutil"
)

//go:embed doc.md
var doc string

// Analyzer reports Markup(...) of text built at run time.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1704",
		Name:       "markupsafe-markup-xss",
		Aliases:    []string{"B704", "S704"},
		CWE:        []int{79},
		Severity:   finding.Medium,
		Confidence: finding.HighConfidence,
		Summary:    "markupsafe.Markup of text built at run time: cross-site scripting",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindCall},
	Run:   run,
}

// markupClasses are markupsafe's Markup and its re-exports; the option
// extend_markup_names adds to them.
var markupClasses = map[string]bool{
	"markupsafe.Markup":   true,
	"flask.Markup":        true,
	"jinja2.Markup":       true,
	"jinja2.utils.Markup": true,
}

// markupNames are the class names of markupClasses.
var markupNames = cryptoutil.LastNames(markupClasses)

// escapes are the calls whose result is escaped; the option
// allowed_calls adds to them.
var escapes = map[string]bool{
	"markupsafe.escape":        true,
	"markupsafe.escape_silent": true,
	"flask.escape":             true,
	"jinja2.escape":            true,
	"html.escape":              true,
	"bleach.clean":             true,
	"bleach.linkify":           true,
	"nh3.clean":                true,
}

// withOption returns base plus the qualified names listed in option key,
// without changing base.
func withOption(p *analysis.Pass, base map[string]bool, key string, also map[string]bool) map[string]bool {
	extra, _ := p.StringsOption(key)
	if len(extra) == 0 && also == nil {
		return base
	}
	m := make(map[string]bool, len(base)+len(extra)+len(also))
	for k := range base {
		m[k] = true
	}
	for k := range also {
		m[k] = true
	}
	for _, k := range extra {
		m[k] = true
	}
	return m
}

func run(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	classes := withOption(p, markupClasses, "extend_markup_names", nil)
	names := markupNames
	if len(classes) != len(markupClasses) {
		names = cryptoutil.LastNames(classes)
	}
	if !cryptoutil.MayCall(call, names) {
		return
	}
	q, sp := cryptoutil.CalleeNames(p, call)
	_, base, bySpelling, ok := cryptoutil.Match(classes, q, sp)
	if !ok {
		// A class of the file derived from Markup.
		if _, isName := call.Func.(*ast.Name); !isName || q != "" {
			return
		}
		if base, ok = cryptoutil.DerivesFrom(p, call.Func, classes); !ok {
			return
		}
	}
	arg := analysis.Arg(call, 0, "base")
	if arg == nil {
		return
	}
	// Markup of Markup is already escaped or was reported itself.
	safe := withOption(p, escapes, "allowed_calls", classes)
	if cryptoutil.ConstantText(p, arg, safe) {
		return
	}
	what := base
	if q != base && sp != base {
		what = cryptoutil.LastName(call.Func) + " (a subclass of " + base + ")"
	}
	d := analysis.Diagnostic{Loc: call.Loc, Message: what + " of text built at run time: Markup does not escape its argument, so user input in it allows cross-site scripting; use Markup(\"...{}\").format(value) or escape()"}
	if bySpelling {
		d.Confidence = int(finding.MediumConfidence)
	}
	p.ReportDiagnostic(d)
}
