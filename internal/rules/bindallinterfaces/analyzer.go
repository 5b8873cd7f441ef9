// Package bindallinterfaces reports servers bound to every network
// interface (Bandit B104).
package bindallinterfaces

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/generalkit"
)

//go:embed doc.md
var doc string

// Analyzer reports the addresses "0.0.0.0" and "::", and servers bound to
// the empty host.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1104",
		Name:       "hardcoded-bind-all-interfaces",
		Aliases:    []string{"B104", "S104"},
		CWE:        []int{605},
		Severity:   finding.Medium,
		Confidence: finding.MediumConfidence,
		Summary:    "binding to all network interfaces",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindConstant, ast.KindCall},
	Run:   run,
}

// allInterfaces are the addresses that mean every interface.
var allInterfaces = map[string]bool{"0.0.0.0": true, "::": true, "0:0:0:0:0:0:0:0": true}

// hostKeywords are keyword arguments that name the address a server
// listens on.
var hostKeywords = map[string]bool{
	"host": true, "hostname": true, "bind": true, "bind_host": true, "bind_addr": true,
	"bind_address": true, "address": true, "addr": true, "listen": true, "listen_address": true,
	"listen_host": true, "server_address": true, "server_name": true, "ip": true, "interface": true,
}

// addressServers are the functions whose first argument is an address:
// a (host, port) tuple, or a host. With the empty host they listen on
// every interface.
var addressServers = map[string]bool{
	"socket.socket().bind":                 true,
	"socket.create_server":                 true,
	"socketserver.TCPServer":               true,
	"socketserver.UDPServer":               true,
	"socketserver.ThreadingTCPServer":      true,
	"socketserver.ThreadingUDPServer":      true,
	"socketserver.ForkingTCPServer":        true,
	"socketserver.ForkingUDPServer":        true,
	"http.server.HTTPServer":               true,
	"http.server.ThreadingHTTPServer":      true,
	"xmlrpc.server.SimpleXMLRPCServer":     true,
	"xmlrpc.server.DocXMLRPCServer":        true,
	"xmlrpc.server.MultiPathXMLRPCServer":  true,
	"multiprocessing.connection.Listener":  true,
	"multiprocessing.managers.BaseManager": true,
	"multiprocessing.managers.SyncManager": true,
	// These take the host itself as their first argument.
	"wsgiref.simple_server.make_server": true,
	"werkzeug.serving.run_simple":       true,
	"werkzeug.run_simple":               true,
}

// addressObjects are constructors that build an address value, which
// binds nothing by itself.
var addressObjects = map[string]bool{
	"ipaddress.ip_address": true, "ipaddress.ip_network": true, "ipaddress.ip_interface": true,
	"ipaddress.IPv4Address": true, "ipaddress.IPv6Address": true,
	"ipaddress.IPv4Network": true, "ipaddress.IPv6Network": true,
	"ipaddress.IPv4Interface": true, "ipaddress.IPv6Interface": true,
}

// hostFirst are the servers of addressServers whose first argument is a
// host rather than a (host, port) tuple.
var hostFirst = map[string]bool{
	"wsgiref.simple_server.make_server": true,
	"werkzeug.serving.run_simple":       true,
	"werkzeug.run_simple":               true,
}

func run(p *analysis.Pass, n ast.Node) {
	switch n := n.(type) {
	case *ast.Constant:
		constant(p, n)
	case *ast.Call:
		emptyHost(p, n)
	}
}

// constant reports the literals "0.0.0.0" and "::" unless the program
// only compares with them or discards them, and "::" only where it stands
// alone as a value, never as a separator ("::".join(parts)).
func constant(p *analysis.Pass, c *ast.Constant) {
	s, ok := c.Value.(string)
	if !ok || !allInterfaces[s] {
		return
	}
	switch generalkit.UseOf(p, c) {
	case generalkit.Discarded, generalkit.Compared, generalkit.NotAtStart:
		return
	case generalkit.StrMethod:
		if s == "::" {
			return
		}
	}
	if s == "::" && !hostContext(p, c) && !plainValue(p, c) {
		return
	}
	d := analysis.Diagnostic{Loc: c.Loc, Message: "\"" + s + "\" binds to every network interface: listen on a specific address"}
	if hostContext(p, c) {
		d.Confidence = int(finding.HighConfidence)
	} else if call, ok := p.Parent().(*ast.Call); ok && addressObjects[p.CalleeName(call)] {
		d.Confidence = int(finding.LowConfidence)
	}
	p.ReportDiagnostic(d)
}

// hostContext reports whether the literal being visited is a host: a
// keyword argument such as host=, the first element of an address tuple
// passed to a call, or the first argument of a known server.
func hostContext(p *analysis.Pass, c *ast.Constant) bool {
	parents := p.Parents()
	if len(parents) == 0 {
		return false
	}
	switch parent := parents[len(parents)-1].(type) {
	case *ast.Keyword:
		return hostKeywords[parent.Arg]
	case *ast.Tuple:
		if len(parent.Elts) == 2 && parent.Elts[0] == ast.Expr(c) && len(parents) >= 2 {
			_, call := parents[len(parents)-2].(*ast.Call)
			return call
		}
	case *ast.Call:
		return addressServers[p.CalleeName(parent)] && len(parent.Args) > 0 && parent.Args[0] == ast.Expr(c)
	}
	return false
}

// plainValue reports whether "::" stands alone where a host would: the
// value of an assignment, an argument, a return value. Elsewhere (a
// dictionary key, a subscript, a list of separators) it is not reported,
// as it is as often a separator as an address.
func plainValue(p *analysis.Pass, c *ast.Constant) bool {
	parents := p.Parents()
	if len(parents) == 0 {
		return false
	}
	switch parent := parents[len(parents)-1].(type) {
	case *ast.Assign:
		return parent.Value == ast.Expr(c)
	case *ast.AnnAssign:
		return parent.Value == ast.Expr(c)
	case *ast.Call:
		for _, a := range parent.Args {
			if a == ast.Expr(c) {
				return true
			}
		}
	case *ast.Return:
		return true
	}
	return false
}

// emptyHost reports servers bound to the empty host, which means every
// interface: sock.bind(("", 8080)), HTTPServer(("", 8000), Handler).
func emptyHost(p *analysis.Pass, call *ast.Call) {
	if len(call.Args) == 0 {
		return
	}
	name := p.CalleeName(call)
	server := addressServers[name]
	if !server {
		fn, ok := call.Func.(*ast.Attribute)
		if !ok || fn.Attr != "bind" || name != "" {
			return
		}
		// An unresolved x.bind(("", port)): a socket krait cannot trace.
	}
	host := call.Args[0]
	if t, ok := host.(*ast.Tuple); ok && len(t.Elts) >= 2 {
		host = t.Elts[0]
	} else if !hostFirst[name] {
		return
	}
	if s, ok := p.String(host); ok && s == "" {
		d := analysis.Diagnostic{Loc: host.Location(), Message: "the empty host binds to every network interface: listen on a specific address"}
		if !server {
			d.Confidence = int(finding.MediumConfidence)
		} else {
			d.Confidence = int(finding.HighConfidence)
		}
		p.ReportDiagnostic(d)
	}
}
