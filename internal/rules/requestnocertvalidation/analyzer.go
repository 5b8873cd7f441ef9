// Package requestnocertvalidation reports HTTP requests made with
// certificate validation turned off, verify=False (Bandit B501).
package requestnocertvalidation

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

// Analyzer reports verify=False on requests and httpx calls, clients and
// sessions.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1501",
		Name:       "request-with-no-cert-validation",
		Aliases:    []string{"B501", "S501"},
		CWE:        []int{295},
		Severity:   finding.High,
		Confidence: finding.HighConfidence,
		Summary:    "HTTP request with verify=False: TLS certificates are not checked",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindCall, ast.KindAssign},
	Run:   run,
}

// verbs are the request methods of requests and httpx, as functions of
// the module and as methods of sessions and clients.
var verbs = []string{"get", "options", "head", "post", "put", "patch", "delete", "request"}

// verbSet holds verbs plus httpx's stream and requests' send.
var verbSet = func() map[string]bool {
	m := map[string]bool{"stream": true, "send": true}
	for _, v := range verbs {
		m[v] = true
	}
	return m
}()

// sessions are the names of requests sessions, whose verify attribute
// is the default of every request they make.
var sessions = map[string]bool{
	"requests.Session()":          true,
	"requests.session()":          true,
	"requests.sessions.Session()": true,
	"requests.sessions.session()": true,
}

// clients are the names of httpx clients.
var clients = map[string]bool{
	"httpx.Client()":      true,
	"httpx.AsyncClient()": true,
}

// calls are the qualified names of the calls that take verify=: the
// request functions of requests and httpx, the methods of their
// sessions and clients, and httpx's client and transport constructors.
var calls = func() map[string]string {
	m := map[string]string{
		"httpx.Client":                     "httpx.Client",
		"httpx.AsyncClient":                "httpx.AsyncClient",
		"httpx.HTTPTransport":              "httpx.HTTPTransport",
		"httpx.AsyncHTTPTransport":         "httpx.AsyncHTTPTransport",
		"httpx.create_ssl_context":         "httpx.create_ssl_context",
		"httpx.stream":                     "httpx.stream",
		"requests.Session().send":          "requests.Session().send",
		"requests.sessions.Session().send": "requests.Session().send",
	}
	for _, v := range verbs {
		for _, mod := range []string{"requests", "requests.api", "httpx"} {
			m[mod+"."+v] = mod + "." + v
		}
		for s := range sessions {
			m[s+"."+v] = "requests.Session()." + v
		}
		for c := range clients {
			m[c+"."+v] = c + "." + v
		}
	}
	for c := range clients {
		m[c+".stream"] = c + ".stream"
		m[c+".send"] = c + ".send"
	}
	for s := range sessions {
		m[s+".send"] = "requests.Session().send"
	}
	return m
}()

func run(p *analysis.Pass, n ast.Node) {
	switch n := n.(type) {
	case *ast.Call:
		checkCall(p, n)
	case *ast.Assign:
		checkAssign(p, n)
	}
}

func checkCall(p *analysis.Pass, call *ast.Call) {
	kw := cryptoutil.FindKeyword(call, "verify")
	if kw == nil || !cryptoutil.Falsy(p, kw.Value) {
		return
	}
	name := cryptoutil.Name(p, call.Func)
	if what, ok := calls[name]; ok {
		p.Reportf(kw, "%s with verify=False: TLS certificates are not checked, so anyone on the network path can read and change the traffic", what)
		return
	}
	var method string
	switch fn := call.Func.(type) {
	case *ast.Attribute:
		// Not on a class of the file or its instances.
		if local, _ := cryptoutil.LocalInstance(p, fn.Value, nil); local || cryptoutil.IsLocalClass(p, fn.Value) {
			return
		}
		method = fn.Attr
	case *ast.Name:
		// Only a name bound nowhere, as by a star import: a function
		// of the file is not a request.
		if p.Model.Resolve(p.Scope(), fn.Id, fn.Loc) != nil {
			return
		}
		method = fn.Id
	}
	if !verbSet[method] {
		return
	}
	// An HTTP verb called with verify=False on something krait does not
	// know: almost always a requests-like client (Bandit reports it when
	// the name mentions requests).
	conf := finding.MediumConfidence
	if mentionsClient(name) {
		conf = finding.HighConfidence
	}
	p.ReportDiagnostic(analysis.Diagnostic{
		Loc:        kw.Loc,
		Message:    method + "(..., verify=False): TLS certificates are not checked, so anyone on the network path can read and change the traffic",
		Confidence: int(conf),
	})
}

// mentionsClient reports whether a qualified name goes through requests
// or httpx.
func mentionsClient(name string) bool {
	for _, part := range strings.Split(name, ".") {
		part = strings.TrimSuffix(part, "()")
		if part == "requests" || part == "httpx" {
			return true
		}
	}
	return false
}

// checkAssign reports session.verify = False.
func checkAssign(p *analysis.Pass, a *ast.Assign) {
	for _, t := range a.Targets {
		attr, ok := t.(*ast.Attribute)
		if !ok || attr.Attr != "verify" || !cryptoutil.Falsy(p, a.Value) {
			continue
		}
		if sessions[cryptoutil.Name(p, attr.Value)] {
			p.Report(t, "requests session with verify = False: no request of the session checks TLS certificates, so anyone on the network path can read and change the traffic")
		}
	}
}
