// Package requestwithouttimeout reports HTTP requests that can wait
// forever (Bandit B113).
package requestwithouttimeout

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
)

//go:embed doc.md
var doc string

// Analyzer reports requests calls without a timeout and requests or httpx
// calls whose timeout is None.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1113",
		Name:       "request-without-timeout",
		Aliases:    []string{"B113", "S113"},
		CWE:        []int{400},
		Severity:   finding.Medium,
		Confidence: finding.LowConfidence,
		Summary:    "HTTP request without a timeout",
		Doc:        doc,
	},
	Nodes:     []ast.Kind{ast.KindCall},
	CallRoots: analysis.RootsOf(requestFunctions),
	Run:       run,
}

// library says how a family of calls treats a missing timeout.
type library uint8

const (
	// requestsLib waits forever unless given a timeout.
	requestsLib library = iota + 1
	// httpxLib applies a default timeout of 5 s; only None disables it.
	httpxLib
)

// requestVerbs are the request methods of requests' API and sessions.
var requestVerbs = []string{"get", "options", "head", "post", "put", "patch", "delete", "request"}

// httpxVerbs are the request methods of httpx's API and clients.
var httpxVerbs = []string{"get", "options", "head", "post", "put", "patch", "delete", "request", "stream", "send"}

// requestFunctions maps the qualified names of the calls the rule checks
// to their library: module functions and methods of session and client
// objects (`requests.Session().get` is what `s.get` resolves to after
// `s = requests.Session()`), and httpx's client constructors.
var requestFunctions = func() map[string]library {
	m := make(map[string]library)
	for _, prefix := range []string{
		"requests.", "requests.api.",
		"requests.Session().", "requests.session().",
		"requests.sessions.Session().", "requests.sessions.session().",
	} {
		for _, v := range requestVerbs {
			m[prefix+v] = requestsLib
		}
	}
	for _, prefix := range []string{"httpx.", "httpx.Client().", "httpx.AsyncClient()."} {
		for _, v := range httpxVerbs {
			if v == "send" && prefix == "httpx." {
				continue
			}
			m[prefix+v] = httpxLib
		}
	}
	m["httpx.Client"] = httpxLib
	m["httpx.AsyncClient"] = httpxLib
	return m
}()

func run(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	name := p.CalleeName(call)
	lib := requestFunctions[name]
	if lib == 0 {
		return
	}
	timeout := analysis.Keyword(call, "timeout")
	if timeout == nil {
		if lib != requestsLib {
			return // httpx's default timeout applies
		}
		if analysis.HasKwargs(call) {
			p.ReportDiagnostic(analysis.Diagnostic{
				Loc:      call.Loc,
				Message:  name + " call without an explicit timeout (unless **kwargs holds one): it can wait forever",
				Severity: int(finding.Low),
			})
			return
		}
		p.Reportf(call, "%s call without a timeout: a slow or malicious server can make it wait forever", name)
		return
	}
	if what := unbounded(p, timeout); what != "" {
		p.Reportf(timeout, "%s call with %s: a slow or malicious server can make it wait forever", name, what)
	}
}

// unbounded describes how timeout leaves a wait unbounded — None, a
// (connect, read) tuple holding None, httpx.Timeout(None) without a read
// timeout — or returns "".
func unbounded(p *analysis.Pass, timeout ast.Expr) string {
	if v, ok := p.ConstValue(timeout); ok && v == nil {
		return "timeout=None"
	}
	switch t := timeout.(type) {
	case *ast.Tuple:
		for _, e := range t.Elts {
			if v, ok := p.ConstValue(e); ok && v == nil {
				return "a timeout tuple holding None"
			}
		}
	case *ast.Call:
		if p.CalleeName(t) != "httpx.Timeout" {
			return ""
		}
		def := analysis.Arg(t, 0, "timeout")
		if def == nil {
			return "" // httpx.Timeout requires a default or all four values
		}
		if v, ok := p.ConstValue(def); !ok || v != nil {
			return ""
		}
		if read := analysis.Keyword(t, "read"); read != nil {
			if v, ok := p.ConstValue(read); !ok || v != nil {
				return ""
			}
		}
		return "httpx.Timeout(None)"
	}
	return ""
}
