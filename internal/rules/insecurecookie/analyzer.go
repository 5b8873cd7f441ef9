// Package insecurecookie reports cookies set without the Secure or
// HttpOnly attribute, and Django settings that turn those attributes off
// (CWE-614, CWE-1004).
package insecurecookie

import (
	_ "embed"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/debugdjango"
	"github.com/krait-dev/krait/internal/taint"
)

//go:embed doc.md
var doc string

// Analyzer reports set_cookie calls without secure=True / httponly=True
// and Django cookie settings set to False.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT3614",
		Name:       "insecure-cookie",
		CWE:        []int{614, 1004},
		Severity:   finding.Medium,
		Confidence: finding.HighConfidence,
		Summary:    "a cookie is set without the Secure or HttpOnly attribute",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindCall, ast.KindModule},
	Run:   run,
}

// Positions of secure and httponly in the set_cookie signatures of Flask
// (Werkzeug), Django and Starlette, which agree: key, value, max_age,
// expires, path, domain, secure, httponly.
const (
	securePos   = 6
	httponlyPos = 7
)

// cookieMethods are the response methods that set a cookie.
var cookieMethods = map[string]bool{"set_cookie": true, "set_signed_cookie": true}

// notResponses are prefixes of receivers whose set_cookie takes a cookie
// object (a client-side cookie jar), not a response's attributes.
var notResponses = []string{"http.cookiejar.", "cookielib.", "requests.", "httpx.", "aiohttp.ClientSession"}

// cookieSettings are the Django settings that must not be False in a
// deployed settings module, with the attribute they control.
var cookieSettings = map[string]struct {
	attr string
	cwe  string
}{
	"SESSION_COOKIE_SECURE":   {"Secure", "CWE-614"},
	"CSRF_COOKIE_SECURE":      {"Secure", "CWE-614"},
	"SESSION_COOKIE_HTTPONLY": {"HttpOnly", "CWE-1004"},
	"LANGUAGE_COOKIE_SECURE":  {"Secure", "CWE-614"},
}

func run(p *analysis.Pass, n ast.Node) {
	switch x := n.(type) {
	case *ast.Call:
		checkCall(p, x)
	case *ast.Module:
		checkSettings(p, x)
	}
}

func checkCall(p *analysis.Pass, call *ast.Call) {
	f, ok := call.Func.(*ast.Attribute)
	if !ok || !cookieMethods[f.Attr] || analysis.HasKwargs(call) {
		return
	}
	q := p.QualifiedName(f.Value)
	for _, pre := range notResponses {
		if strings.HasPrefix(q, pre) {
			return
		}
	}
	if len(call.Args) == 1 && len(call.Keywords) == 0 {
		return // CookieJar.set_cookie(cookie)
	}
	for _, a := range call.Args {
		if _, ok := a.(*ast.Starred); ok {
			return
		}
	}
	name, _ := p.String(analysis.Arg(call, 0, "key"))
	csrf := strings.Contains(strings.ToLower(name), "csrf") || strings.Contains(strings.ToLower(name), "xsrf")
	var missing []string
	if off(p, analysis.Arg(call, securePos, "secure")) {
		missing = append(missing, "secure=True")
	}
	// A CSRF cookie is read by the page's scripts on purpose.
	if !csrf && off(p, analysis.Arg(call, httponlyPos, "httponly")) {
		missing = append(missing, "httponly=True")
	}
	if len(missing) == 0 {
		return
	}
	sev := 0
	value := analysis.Arg(call, 1, "value")
	if taint.IsSecretName(name) || secretExpr(value) {
		sev = int(finding.High)
	}
	what := "cookie"
	if name != "" {
		what = "cookie " + quote(name)
	}
	p.ReportDiagnostic(analysis.Diagnostic{
		Loc:      call.Loc,
		Severity: sev,
		Message:  f.Attr + " sets " + what + " without " + strings.Join(missing, " and ") + ": it can travel over plain HTTP or be read by scripts",
	})
}

func quote(s string) string { return "\"" + s + "\"" }

// off reports whether an attribute argument is absent or known false.
func off(p *analysis.Pass, e ast.Expr) bool {
	if e == nil {
		return true
	}
	v, known := p.Truth(e)
	return known && !v
}

// secretExpr reports whether e names a session-like value.
func secretExpr(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Name:
		return taint.IsSecretName(x.Id)
	case *ast.Attribute:
		return taint.IsSecretName(x.Attr)
	case *ast.Call:
		if a, ok := x.Func.(*ast.Attribute); ok && (a.Attr == "token_urlsafe" || a.Attr == "token_hex") {
			return true
		}
		for _, a := range x.Args {
			if secretExpr(a) {
				return true
			}
		}
	}
	return false
}

func checkSettings(p *analysis.Pass, mod *ast.Module) {
	if debugdjango.Classify(p.Path, mod) != debugdjango.Settings {
		return
	}
	names := map[string]bool{}
	for k := range cookieSettings {
		names[k] = true
	}
	last := debugdjango.LastAssignments(mod, names)
	for _, name := range []string{"SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SESSION_COOKIE_HTTPONLY", "LANGUAGE_COOKIE_SECURE"} {
		a, ok := last[name]
		if !ok {
			continue
		}
		on, known := p.Truth(a.Value)
		unset := ""
		if !known {
			if v, variable, ok := debugdjango.EnvFallback(p, a.Value); ok {
				on, known = debugdjango.Truthy(v), true
				unset = " when " + variable + " is unset"
			}
		}
		if !known || on {
			continue
		}
		s := cookieSettings[name]
		conf, note := 0, ""
		if debugdjango.StarImportAfter(mod, a.Stmt) {
			conf, note = int(finding.LowConfidence), debugdjango.OverrideNote
		}
		sev := int(finding.Medium)
		if strings.HasPrefix(name, "SESSION_") {
			sev = int(finding.High)
		}
		p.ReportDiagnostic(analysis.Diagnostic{
			Loc:        stmtLoc(a.Stmt),
			Severity:   sev,
			Confidence: conf,
			Message:    name + " = False" + unset + " in a settings module drops the " + s.attr + " attribute of the cookie (" + s.cwe + ")" + note,
		})
	}
}

func stmtLoc(s ast.Stmt) ast.Loc {
	switch x := s.(type) {
	case *ast.Assign:
		return x.Loc
	case *ast.AnnAssign:
		return x.Loc
	}
	return ast.Loc{}
}
