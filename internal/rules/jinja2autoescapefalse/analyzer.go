// Package jinja2autoescapefalse reports Jinja2 environments and
// templates that do not escape HTML (Bandit B701).
package jinja2autoescapefalse

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/cryptoutil"
)

//go:embed doc.md
var doc string

// Analyzer reports jinja2.Environment and jinja2.Template without
// autoescaping.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1701",
		Name:       "jinja2-autoescape-false",
		Aliases:    []string{"B701", "S701"},
		CWE:        []int{79, 94},
		Severity:   finding.High,
		Confidence: finding.HighConfidence,
		Summary:    "Jinja2 environment without autoescaping: cross-site scripting",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindCall},
	Run:   run,
}

// environments are the Jinja2 classes that take autoescape=; templates
// marks those that are single templates, which are often not HTML.
var (
	environments = map[string]bool{
		"jinja2.Environment":                           true,
		"jinja2.environment.Environment":               true,
		"jinja2.sandbox.SandboxedEnvironment":          true,
		"jinja2.sandbox.ImmutableSandboxedEnvironment": true,
		"jinja2.Template":                              true,
		"jinja2.environment.Template":                  true,
	}
	templates = map[string]bool{"jinja2.Template": true, "jinja2.environment.Template": true}
)

// environmentNames are the class names of environments.
var environmentNames = cryptoutil.LastNames(environments)

// selectAutoescape are the functions whose result decides autoescaping
// by template name.
var selectAutoescape = map[string]bool{
	"jinja2.select_autoescape":       true,
	"jinja2.utils.select_autoescape": true,
}

func run(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	if !cryptoutil.MayCall(call, environmentNames) {
		return
	}
	q, sp := cryptoutil.CalleeNames(p, call)
	_, name, bySpelling, ok := cryptoutil.Match(environments, q, sp)
	if !ok {
		return
	}
	what := name
	if templates[name] {
		what = "jinja2.Template"
	}
	kw := cryptoutil.FindKeyword(call, "autoescape")
	if kw == nil {
		d := analysis.Diagnostic{Loc: call.Loc, Message: what + " without autoescape: autoescaping is off by default, so values rendered into HTML allow cross-site scripting; pass autoescape=select_autoescape()"}
		switch {
		case analysis.HasKwargs(call):
			d.Message = what + " without autoescape, unless **kwargs passes it: values rendered into HTML may allow cross-site scripting"
			d.Confidence = int(finding.MediumConfidence)
		case templates[name]:
			// A lone Template is as often a text or configuration
			// template as an HTML one.
			d.Severity, d.Confidence = int(finding.Medium), int(finding.MediumConfidence)
		}
		report(p, d, bySpelling)
		return
	}
	if on, known := p.Truth(kw.Value); known {
		if !on {
			report(p, analysis.Diagnostic{Loc: kw.Loc, Message: what + " with autoescape=False: values rendered into HTML allow cross-site scripting; use autoescape=True or select_autoescape()"}, bySpelling)
		}
		return
	}
	if c, ok := kw.Value.(*ast.Call); ok {
		cq, csp := cryptoutil.CalleeNames(p, c)
		if _, _, _, ok := cryptoutil.Match(selectAutoescape, cq, csp); ok {
			return
		}
	}
	report(p, analysis.Diagnostic{
		Loc:        kw.Loc,
		Message:    what + " with an autoescape value krait cannot evaluate: make sure it is True or select_autoescape() for HTML templates",
		Confidence: int(finding.MediumConfidence),
	}, bySpelling)
}

// report reports d, with at most medium confidence when the callee was
// matched by its spelling.
func report(p *analysis.Pass, d analysis.Diagnostic, bySpelling bool) {
	if bySpelling && (d.Confidence == 0 || d.Confidence > int(finding.MediumConfidence)) {
		d.Confidence = int(finding.MediumConfidence)
	}
	p.ReportDiagnostic(d)
}
