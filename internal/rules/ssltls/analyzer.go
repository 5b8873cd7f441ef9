// Package ssltls reports insecure SSL/TLS protocol versions: passed to
// ssl and pyOpenSSL calls (Bandit B502), used as defaults of function
// parameters (B503), and ssl.wrap_socket calls with no version (B504).
package ssltls

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/cryptoutil"
	"github.com/krait-dev/krait/internal/semantic"
)

var (
	//go:embed doc_bad_version.md
	docBadVersion string
	//go:embed doc_bad_defaults.md
	docBadDefaults string
	//go:embed doc_no_version.md
	docNoVersion string
)

// BadVersion reports calls that select a broken SSL/TLS version.
var BadVersion = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1502",
		Name:       "ssl-with-bad-version",
		Aliases:    []string{"B502", "S502"},
		CWE:        []int{327},
		Severity:   finding.High,
		Confidence: finding.HighConfidence,
		Summary:    "SSL/TLS connection with a broken protocol version (SSLv2, SSLv3, TLS 1.0, TLS 1.1)",
		Doc:        docBadVersion,
	},
	Nodes: []ast.Kind{ast.KindCall, ast.KindAssign},
	Run:   runBadVersion,
}

// BadDefaults reports function parameters whose default is a broken
// SSL/TLS version.
var BadDefaults = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1503",
		Name:       "ssl-with-bad-defaults",
		Aliases:    []string{"B503", "S503"},
		CWE:        []int{327},
		Severity:   finding.Medium,
		Confidence: finding.MediumConfidence,
		Summary:    "function parameter defaults to a broken SSL/TLS protocol version",
		Doc:        docBadDefaults,
	},
	Nodes: []ast.Kind{ast.KindFunctionDef, ast.KindAsyncFunctionDef, ast.KindLambda},
	Run:   runBadDefaults,
}

// NoVersion reports ssl.wrap_socket calls that leave the protocol
// version to the default.
var NoVersion = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1504",
		Name:       "ssl-with-no-version",
		Aliases:    []string{"B504", "S504"},
		CWE:        []int{327},
		Severity:   finding.Low,
		Confidence: finding.MediumConfidence,
		Summary:    "ssl.wrap_socket with no protocol version",
		Doc:        docNoVersion,
	},
	Nodes: []ast.Kind{ast.KindCall},
	Run:   runNoVersion,
}

// protocol describes a broken protocol constant.
type protocol struct {
	version string           // what it selects, for messages
	sev     finding.Severity // how broken
}

// badProtocols are the constants that select a broken protocol version,
// by qualified name. pyOpenSSL's SSLv23_METHOD negotiates the highest
// version both sides support but still allows SSLv3 with OpenSSL builds
// that have it, hence medium.
var badProtocols = map[string]protocol{
	"ssl.PROTOCOL_SSLv2":         {"SSL 2.0", finding.High},
	"ssl.PROTOCOL_SSLv3":         {"SSL 3.0", finding.High},
	"ssl.PROTOCOL_TLSv1":         {"TLS 1.0", finding.High},
	"ssl.PROTOCOL_TLSv1_1":       {"TLS 1.1", finding.High},
	"OpenSSL.SSL.SSLv2_METHOD":   {"SSL 2.0", finding.High},
	"OpenSSL.SSL.SSLv3_METHOD":   {"SSL 3.0", finding.High},
	"OpenSSL.SSL.SSLv23_METHOD":  {"SSL 3.0 or later", finding.Medium},
	"OpenSSL.SSL.TLSv1_METHOD":   {"TLS 1.0", finding.High},
	"OpenSSL.SSL.TLSv1_1_METHOD": {"TLS 1.1", finding.High},
}

// badByLastName indexes badProtocols by the constant's own name, for
// names krait cannot resolve (star imports), which Bandit matches by
// spelling.
var badByLastName = func() map[string]string {
	m := map[string]string{}
	for q := range badProtocols {
		m[cryptoutil.Last(q)] = q
	}
	return m
}()

// badTLSVersions are the ssl.TLSVersion members that are broken when set
// as an SSLContext's minimum_version or maximum_version.
var badTLSVersions = map[string]string{
	"ssl.TLSVersion.SSLv3":   "SSL 3.0",
	"ssl.TLSVersion.TLSv1":   "TLS 1.0",
	"ssl.TLSVersion.TLSv1_1": "TLS 1.1",
}

// badTLSVersionNames are the member names of badTLSVersions.
var badTLSVersionNames = map[string]bool{"SSLv3": true, "TLSv1": true, "TLSv1_1": true}

// versionArg says where a call takes its protocol version.
type versionArg struct {
	pos int
	kw  string
}

// versionCalls are the calls known to take a protocol version.
var versionCalls = map[string]versionArg{
	"ssl.wrap_socket":            {5, "ssl_version"},
	"ssl.SSLContext":             {0, "protocol"},
	"ssl.get_server_certificate": {1, "ssl_version"},
	"OpenSSL.SSL.Context":        {0, "method"},
}

// versionCallNames are the function names of versionCalls.
var versionCallNames = cryptoutil.LastNames(versionCalls)

// genericKeywords are the keywords that Bandit checks on every call.
var genericKeywords = []string{"ssl_version", "method"}

// classify returns the broken protocol that e names in scope s, and
// whether krait resolved the name. Names it cannot resolve to ssl or
// OpenSSL (star imports, re-exports of other modules) are matched by
// their spelling, as Bandit does.
func classify(p *analysis.Pass, s *semantic.Scope, e ast.Expr) (proto protocol, name string, resolved, ok bool) {
	if e == nil {
		return protocol{}, "", false, false
	}
	q, sp := cryptoutil.NamesIn(p, s, e)
	if pr, name, bySpelling, ok := cryptoutil.Match(badProtocols, q, sp); ok {
		return pr, name, !bySpelling, true
	}
	switch e.(type) {
	case *ast.Name, *ast.Attribute:
	default:
		return protocol{}, "", false, false
	}
	if q != "" && cryptoutil.Last(q) != cryptoutil.LastName(e) {
		// A name of the program bound to another constant.
		return protocol{}, "", false, false
	}
	if full, ok := badByLastName[cryptoutil.LastName(e)]; ok {
		return badProtocols[full], cryptoutil.LastName(e), false, true
	}
	return protocol{}, "", false, false
}

func runBadVersion(p *analysis.Pass, n ast.Node) {
	switch n := n.(type) {
	case *ast.Call:
		badVersionCall(p, n)
	case *ast.Assign:
		badVersionAssign(p, n)
	}
}

func badVersionCall(p *analysis.Pass, call *ast.Call) {
	var spec versionArg
	var name string
	var bySpelling, known bool
	if cryptoutil.MayCall(call, versionCallNames) {
		q, sp := cryptoutil.CalleeNames(p, call)
		spec, name, bySpelling, known = cryptoutil.Match(versionCalls, q, sp)
	}
	if known {
		arg := analysis.Arg(call, spec.pos, spec.kw)
		if proto, pname, resolved, ok := classify(p, p.Scope(), arg); ok {
			conf := finding.HighConfidence
			if !resolved || bySpelling {
				conf = finding.MediumConfidence
			}
			p.ReportDiagnostic(analysis.Diagnostic{
				Loc:        arg.Location(),
				Message:    name + " with " + pname + ": " + proto.version + " is broken (POODLE, BEAST, downgrade attacks); use ssl.PROTOCOL_TLS_CLIENT or PROTOCOL_TLS_SERVER with minimum_version TLS 1.2",
				Severity:   int(proto.sev),
				Confidence: int(conf),
			})
		}
		return
	}
	for _, kw := range genericKeywords {
		k := cryptoutil.FindKeyword(call, kw)
		if k == nil {
			continue
		}
		if proto, pname, _, ok := classify(p, p.Scope(), k.Value); ok {
			p.ReportDiagnostic(analysis.Diagnostic{
				Loc:        k.Loc,
				Message:    "call with " + kw + "=" + pname + ": " + proto.version + " is broken (POODLE, BEAST, downgrade attacks)",
				Severity:   int(min(proto.sev, finding.Medium)),
				Confidence: int(finding.MediumConfidence),
			})
			return
		}
	}
}

// badVersionAssign reports ctx.minimum_version = ssl.TLSVersion.TLSv1
// and the like.
func badVersionAssign(p *analysis.Pass, a *ast.Assign) {
	if v, ok := a.Value.(*ast.Attribute); !ok || !badTLSVersionNames[v.Attr] {
		return
	}
	q, sp := cryptoutil.Names(p, a.Value)
	version, _, bySpelling, ok := cryptoutil.Match(badTLSVersions, q, sp)
	if !ok {
		return
	}
	conf := finding.HighConfidence
	if bySpelling {
		conf = finding.MediumConfidence
	}
	for _, t := range a.Targets {
		attr, ok := t.(*ast.Attribute)
		if !ok || (attr.Attr != "minimum_version" && attr.Attr != "maximum_version") {
			continue
		}
		p.ReportDiagnostic(analysis.Diagnostic{
			Loc:        a.Loc,
			Message:    attr.Attr + " set to " + version + ", a broken protocol version; use ssl.TLSVersion.TLSv1_2 or later",
			Severity:   int(finding.Medium),
			Confidence: int(conf),
		})
	}
}

func runBadDefaults(p *analysis.Pass, n ast.Node) {
	var args *ast.Arguments
	switch f := n.(type) {
	case *ast.FunctionDef:
		args = f.Args
	case *ast.AsyncFunctionDef:
		args = f.Args
	case *ast.Lambda:
		args = f.Args
	}
	if args == nil {
		return
	}
	// Defaults are evaluated in the scope around the function.
	s := p.Scope()
	if p.Model.Scope(n) == s && s.Parent != nil {
		s = s.Parent
	}
	defaults := append(append([]ast.Expr(nil), args.Defaults...), args.KwDefaults...)
	for _, d := range defaults {
		switch d.(type) {
		case *ast.Name, *ast.Attribute:
		default:
			continue // None, literals, calls
		}
		if proto, pname, _, ok := classify(p, s, d); ok {
			p.Reportf(d, "parameter defaults to %s: callers that do not pass a version get %s, which is broken", pname, proto.version)
		}
	}
}

// wrapSocket is the function B504 checks (a table, for Match).
var (
	wrapSocket      = map[string]bool{"ssl.wrap_socket": true}
	wrapSocketNames = cryptoutil.LastNames(wrapSocket)
)

func runNoVersion(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	if !cryptoutil.MayCall(call, wrapSocketNames) {
		return
	}
	q, sp := cryptoutil.CalleeNames(p, call)
	_, _, bySpelling, ok := cryptoutil.Match(wrapSocket, q, sp)
	if !ok {
		return
	}
	conf := finding.MediumConfidence
	if bySpelling {
		conf = finding.LowConfidence
	}
	if analysis.Arg(call, 5, "ssl_version") != nil {
		return
	}
	if cryptoutil.HasStarArgs(call) {
		p.ReportDiagnostic(analysis.Diagnostic{
			Loc:        call.Loc,
			Message:    "ssl.wrap_socket with no ssl_version unless *args or **kwargs passes one: the default negotiates whatever both sides support and does not check certificates; use ssl.create_default_context().wrap_socket",
			Confidence: int(finding.LowConfidence),
		})
		return
	}
	p.ReportDiagnostic(analysis.Diagnostic{
		Loc:        call.Loc,
		Message:    "ssl.wrap_socket with no ssl_version: the default negotiates whatever both sides support and does not check certificates; use ssl.create_default_context().wrap_socket",
		Confidence: int(conf),
	})
}
