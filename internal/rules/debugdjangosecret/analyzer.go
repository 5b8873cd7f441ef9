// Package debugdjangosecret reports a SECRET_KEY written into a Django
// settings module.
package debugdjangosecret

import (
	_ "embed"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/debugdjango"
)

//go:embed doc.md
var doc string

// Analyzer reports a literal SECRET_KEY in a settings module.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT2004",
		Name:       "django-hardcoded-secret-key",
		CWE:        []int{798, 321},
		Severity:   finding.High,
		Confidence: finding.HighConfidence,
		Summary:    "literal SECRET_KEY in a Django settings module",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindModule},
	Run:   run,
}

// setting is the setting this rule checks.
const setting = "SECRET_KEY"

// generatedPrefix starts the keys that django-admin startproject writes;
// such a key is real, never a placeholder.
const generatedPrefix = "django-insecure-"

// placeholderMarkers are substrings (lower case) of values that stand for
// a key to be filled in, not a key in use.
var placeholderMarkers = []string{
	"change", "replace", "placeholder", "your-", "your_", "yoursecret", "dummy",
	"xxx", "todo", "fixme", "insert", "<", "${", "{{", "%(",
}

const effect = ", so anyone who can read the code can forge session cookies, password-reset tokens and other signed data"

func run(p *analysis.Pass, n ast.Node) {
	mod := n.(*ast.Module)
	if debugdjango.Classify(p.Path, mod) != debugdjango.Settings {
		return
	}
	a, ok := debugdjango.LastAssignments(mod, map[string]bool{setting: true})[setting]
	if !ok {
		return
	}
	conf, note := 0, ""
	if debugdjango.StarImportAfter(mod, a.Stmt) {
		conf, note = int(finding.LowConfidence), debugdjango.OverrideNote
	}
	report := func(sev finding.Severity, msg string) {
		p.ReportDiagnostic(analysis.Diagnostic{Loc: a.Stmt.Location(), Message: msg + note, Severity: int(sev), Confidence: conf})
	}
	if key, ok := p.String(a.Value); ok {
		switch {
		case key == "":
			// Django refuses to start with an empty SECRET_KEY.
		case placeholder(key):
			report(finding.Low, setting+" is a placeholder literal; make sure every deployment reads the real key from the environment or a secrets store")
		default:
			report(0, setting+" is a literal in the settings module"+effect)
		}
		return
	}
	if v, variable, ok := debugdjango.EnvFallback(p, a.Value); ok {
		if key, ok := v.(string); ok && key != "" {
			report(finding.Medium, setting+" falls back to a literal key when the environment variable "+variable+" is not set"+effect)
		}
	}
}

// placeholder reports whether key looks like a value to be filled in.
func placeholder(key string) bool {
	if strings.HasPrefix(key, generatedPrefix) {
		return false
	}
	lower := strings.ToLower(key)
	for _, m := range placeholderMarkers {
		if strings.Contains(lower, m) {
			return true
		}
	}
	return false
}
