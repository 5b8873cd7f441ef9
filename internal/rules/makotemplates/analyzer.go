// Package makotemplates reports Mako templates, which do not escape HTML
// by default (Bandit B702).
package makotemplates

import (
	_ "embed"
	"regexp"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/cryptoutil"
)

//go:embed doc.md
var doc string

// Analyzer reports mako Template and TemplateLookup without an escaping
// default filter.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1702",
		Name:       "use-of-mako-templates",
		Aliases:    []string{"B702", "S702"},
		CWE:        []int{79, 80},
		Severity:   finding.Medium,
		Confidence: finding.HighConfidence,
		Summary:    "Mako template without HTML escaping: cross-site scripting",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindCall},
	Run:   run,
}

// makoClasses are the Mako classes that render templates, with the name
// used in messages.
var makoClasses = map[string]string{
	"mako.template.Template":     "mako Template",
	"mako.lookup.TemplateLookup": "mako TemplateLookup",
}

// optOutRE finds the n filter, which turns the default filters off for
// one expression: ${x | n} or ${x | n, trim}.
var optOutRE = regexp.MustCompile(`\|\s*(?:[\w.]+\s*,\s*)*n\s*[,}]`)

// makoNames are the class names of makoClasses.
var makoNames = cryptoutil.LastNames(makoClasses)

// escapingFilters are the Mako filters that escape markup: h (HTML) and
// x (XML).
var escapingFilters = map[string]bool{"h": true, "x": true}

func run(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	if !cryptoutil.MayCall(call, makoNames) {
		return
	}
	q, sp := cryptoutil.CalleeNames(p, call)
	what, name, bySpelling, ok := cryptoutil.Match(makoClasses, q, sp)
	if !ok {
		return
	}
	if filters := analysis.Keyword(call, "default_filters"); filters != nil && escapes(p, filters) {
		if name != "mako.template.Template" {
			return
		}
		// Escaped by default; an expression can still opt out with
		// "| n", which krait can see only in a literal template.
		if text, ok := p.String(analysis.Arg(call, 0, "text")); ok && !optOutRE.MatchString(text) {
			return
		}
		p.ReportDiagnostic(analysis.Diagnostic{
			Loc:        call.Loc,
			Message:    what + " escapes by default (default_filters), but any ${... | n} in the template disables it: check the template",
			Severity:   int(finding.Low),
			Confidence: int(finding.LowConfidence),
		})
		return
	}
	conf := finding.HighConfidence
	if analysis.HasKwargs(call) || bySpelling {
		conf = finding.MediumConfidence
	}
	p.ReportDiagnostic(analysis.Diagnostic{
		Loc:        call.Loc,
		Message:    what + " renders ${...} without escaping: values rendered into HTML allow cross-site scripting; pass default_filters=['h'] or escape every expression with | h",
		Confidence: int(conf),
	})
}

// escapes reports whether a default_filters list holds an escaping
// filter.
func escapes(p *analysis.Pass, e ast.Expr) bool {
	var elts []ast.Expr
	switch l := e.(type) {
	case *ast.List:
		elts = l.Elts
	case *ast.Tuple:
		elts = l.Elts
	default:
		return false
	}
	for _, x := range elts {
		if s, ok := p.String(x); ok && escapingFilters[s] {
			return true
		}
	}
	return false
}
