// Package djangomarksafe reports Django mark_safe applied to text that
// is not known to be safe (Bandit B703).
package djangomarksafe

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/cryptoutil"
)

//go:embed doc.md
var doc string

// Analyzer reports mark_safe and the SafeString classes applied to text
// built at run time.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1703",
		Name:       "django-mark-safe",
		Aliases:    []string{"B703"},
		CWE:        []int{79, 80},
		Severity:   finding.Medium,
		Confidence: finding.HighConfidence,
		Summary:    "Django mark_safe on text built at run time: cross-site scripting",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindCall},
	Run:   run,
}

// markSafe are Django's functions and classes that mark text as safe
// HTML, under the modules that define or re-export them.
var markSafe = func() map[string]bool {
	m := map[string]bool{}
	for _, mod := range []string{"django.utils.safestring", "django.utils.html"} {
		for _, f := range []string{"mark_safe", "SafeText", "SafeString", "SafeUnicode", "SafeBytes"} {
			m[mod+"."+f] = true
		}
	}
	return m
}()

// markSafeNames are the function names of markSafe.
var markSafeNames = cryptoutil.LastNames(markSafe)

// escapes are the calls whose result is escaped (or already marked
// safe), so marking it safe again is harmless; the option allowed_calls
// adds to them (bleach.clean, a project's sanitizer).
var escapes = map[string]bool{
	"django.utils.html.escape":             true,
	"django.utils.html.conditional_escape": true,
	"django.utils.html.format_html":        true,
	"django.utils.html.format_html_join":   true,
	"django.utils.html.escapejs":           true,
	"django.utils.html.json_script":        true,
	"django.utils.safestring.mark_safe":    true,
	"django.utils.html.mark_safe":          true,
	"html.escape":                          true,
	"markupsafe.escape":                    true,
	"bleach.clean":                         true,
	"bleach.linkify":                       true,
	"nh3.clean":                            true,
}

func run(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	if !cryptoutil.MayCall(call, markSafeNames) {
		return
	}
	q, sp := cryptoutil.CalleeNames(p, call)
	_, name, bySpelling, ok := cryptoutil.Match(markSafe, q, sp)
	if !ok {
		return
	}
	arg := analysis.Arg(call, 0, "s")
	if arg == nil {
		return
	}
	safe := escapes
	if extra, _ := p.StringsOption("allowed_calls"); len(extra) > 0 {
		safe = make(map[string]bool, len(escapes)+len(extra))
		for k := range escapes {
			safe[k] = true
		}
		for _, k := range extra {
			safe[k] = true
		}
	}
	if cryptoutil.ConstantText(p, arg, safe) {
		return
	}
	d := analysis.Diagnostic{Loc: call.Loc, Message: cryptoutil.Last(name) + " on text built at run time: if any part comes from a user, it is rendered as HTML unescaped (cross-site scripting); use format_html"}
	if bySpelling {
		d.Confidence = int(finding.MediumConfidence)
	}
	p.ReportDiagnostic(d)
}
