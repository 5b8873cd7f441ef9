// Package blacklistimports reports imports of modules known to be
// dangerous: Bandit's import blacklist B401-B415, one analyzer per Bandit
// ID, driven by a table of module names.
//
// Bandit's B414 (import_pycryptodome) has been removed from Bandit and has
// no analyzer here: PyCryptodome is the maintained replacement of
// PyCrypto, not a risk of its own.
package blacklistimports

import (
	"embed"
	"strconv"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
)

//go:embed docs/*.md
var docs embed.FS

// entry is one line of the blacklist: a Bandit ID and the modules it
// reports.
type entry struct {
	id      int    // krait ID number, e.g. 1401
	bandit  string // Bandit ID
	ruff    string // Ruff code, "" when Ruff has none
	name    string // kebab-case rule name, after Bandit's blacklist name
	cwe     []int
	sev     finding.Severity
	summary string
	// modules are the dotted names reported, with everything below them
	// (pickle also stands for pickle.loads, not for pickletools).
	modules []string
	// except are names below a module that are not reported.
	except []string
	// builders are names that a from-import may take from the module
	// without parsing anything: such an import is reported with low
	// confidence.
	builders map[string]bool
	// message is the finding's message; {name} is replaced by the name
	// imported.
	message string
}

const xmlMessage = "import of {name}, whose XML parsers are vulnerable to XML attacks (entity expansion, external entities): parse untrusted XML with defusedxml"

// table is the import blacklist, in Bandit's order. It is never modified.
var table = []entry{
	{
		id: 1401, bandit: "B401", ruff: "S401", name: "import-telnetlib", cwe: []int{319}, sev: finding.High,
		summary: "import of telnetlib",
		modules: []string{"telnetlib"},
		message: "import of {name}: Telnet sends everything, passwords too, unencrypted; use SSH",
	},
	{
		id: 1402, bandit: "B402", ruff: "S402", name: "import-ftplib", cwe: []int{319}, sev: finding.High,
		summary: "import of ftplib",
		modules: []string{"ftplib"},
		message: "import of {name}: FTP sends everything, passwords too, unencrypted; use SFTP or FTPS",
	},
	{
		id: 1403, bandit: "B403", ruff: "S403", name: "import-pickle", cwe: []int{502}, sev: finding.Low,
		summary: "import of pickle, cPickle, dill or shelve",
		modules: []string{"pickle", "_pickle", "cPickle", "dill", "shelve"},
		message: "import of {name}: deserializing untrusted data with it runs arbitrary code",
	},
	{
		id: 1404, bandit: "B404", ruff: "S404", name: "import-subprocess", cwe: []int{78}, sev: finding.Low,
		summary: "import of subprocess",
		modules: []string{"subprocess"},
		message: "import of {name}: check that no process it starts runs untrusted input",
	},
	{
		id: 1405, bandit: "B405", ruff: "S405", name: "import-xml-etree", cwe: []int{20, 611, 776}, sev: finding.Low,
		summary: "import of xml.etree.ElementTree or cElementTree",
		modules: []string{"xml.etree.cElementTree", "xml.etree.ElementTree"},
		builders: map[string]bool{
			"Element": true, "SubElement": true, "Comment": true, "ProcessingInstruction": true, "PI": true,
			"QName": true, "tostring": true, "tostringlist": true, "dump": true, "indent": true, "iselement": true,
			"ParseError": true, "register_namespace": true, "canonicalize": true,
		},
		message: xmlMessage,
	},
	{
		id: 1406, bandit: "B406", ruff: "S406", name: "import-xml-sax", cwe: []int{20, 611, 776}, sev: finding.Low,
		summary: "import of xml.sax",
		modules: []string{"xml.sax"},
		except:  []string{"xml.sax.saxutils", "xml.sax.handler"},
		message: xmlMessage,
	},
	{
		id: 1407, bandit: "B407", ruff: "S407", name: "import-xml-expat", cwe: []int{20, 611, 776}, sev: finding.Low,
		summary: "import of xml.dom.expatbuilder",
		modules: []string{"xml.dom.expatbuilder"},
		message: xmlMessage,
	},
	{
		id: 1408, bandit: "B408", ruff: "S408", name: "import-xml-minidom", cwe: []int{20, 611, 776}, sev: finding.Low,
		summary: "import of xml.dom.minidom",
		modules: []string{"xml.dom.minidom"},
		message: xmlMessage,
	},
	{
		id: 1409, bandit: "B409", ruff: "S409", name: "import-xml-pulldom", cwe: []int{20, 611, 776}, sev: finding.Low,
		summary: "import of xml.dom.pulldom",
		modules: []string{"xml.dom.pulldom"},
		message: xmlMessage,
	},
	{
		id: 1410, bandit: "B410", ruff: "S410", name: "import-lxml", cwe: []int{20, 611, 776}, sev: finding.Low,
		summary: "import of lxml",
		modules: []string{"lxml"},
		message: "import of {name}, whose default XML parser is vulnerable to XML attacks (entity expansion, external entities): parse untrusted XML with defusedxml or a parser with resolve_entities=False",
	},
	{
		id: 1411, bandit: "B411", ruff: "S411", name: "import-xmlrpclib", cwe: []int{20, 776}, sev: finding.High,
		summary: "import of xmlrpc (xmlrpclib)",
		modules: []string{"xmlrpc", "xmlrpclib"},
		message: "import of {name}, whose XML parsing is vulnerable to XML attacks: call defusedxml.xmlrpc.monkey_patch() first",
	},
	{
		id: 1412, bandit: "B412", ruff: "S412", name: "import-httpoxy", cwe: []int{284}, sev: finding.High,
		summary: "import of a CGI handler vulnerable to httpoxy",
		modules: []string{"wsgiref.handlers.CGIHandler", "twisted.web.twcgi.CGIScript", "twisted.web.twcgi.CGIDirectory"},
		message: "import of {name}: a CGI handler puts the request's Proxy header in HTTP_PROXY, so outgoing requests can be sent to an attacker's proxy (httpoxy)",
	},
	{
		id: 1413, bandit: "B413", ruff: "S413", name: "import-pycrypto", cwe: []int{327}, sev: finding.High,
		summary: "import of the unmaintained PyCrypto library",
		modules: []string{
			"Crypto.Cipher", "Crypto.Hash", "Crypto.IO", "Crypto.Protocol",
			"Crypto.PublicKey", "Crypto.Random", "Crypto.Signature", "Crypto.Util",
		},
		message: "import of {name}: PyCrypto is no longer maintained and has known vulnerabilities; use the cryptography package",
	},
	{
		id: 1415, bandit: "B415", ruff: "S415", name: "import-pyghmi", cwe: []int{319}, sev: finding.High,
		summary: "import of pyghmi (IPMI)",
		modules: []string{"pyghmi"},
		message: "import of {name}: IPMI is an insecure protocol (weak authentication, password hashes given out); keep it off untrusted networks",
	},
}

// analyzers are built from the table once; they are never modified.
var analyzers = build(table)

// Analyzers returns the analyzers of the import blacklist, one per
// Bandit ID, in ID order.
func Analyzers() []*analysis.Analyzer {
	return append([]*analysis.Analyzer(nil), analyzers...)
}

func build(t []entry) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	for i := range t {
		e := &t[i]
		aliases := []string{e.bandit}
		if e.ruff != "" {
			aliases = append(aliases, e.ruff)
		}
		doc, _ := docs.ReadFile("docs/" + e.name + ".md")
		out = append(out, &analysis.Analyzer{
			Rule: analysis.Rule{
				ID:         "KRT" + strconv.Itoa(e.id),
				Name:       e.name,
				Aliases:    aliases,
				CWE:        e.cwe,
				Severity:   e.sev,
				Confidence: finding.HighConfidence,
				Summary:    e.summary,
				Doc:        string(doc),
			},
			Nodes:     []ast.Kind{ast.KindImport, ast.KindImportFrom, ast.KindCall},
			CallRoots: analysis.RootsOf(importers),
			Run:       e.run,
		})
	}
	return out
}

// below reports whether dotted name is m or a name inside it.
func below(name, m string) bool {
	return name == m || strings.HasPrefix(name, m) && name[len(m)] == '.'
}

// match returns the blacklisted module name is, or is inside, or "".
func (e *entry) match(name string) string {
	for _, x := range e.except {
		if below(name, x) {
			return ""
		}
	}
	for _, m := range e.modules {
		if below(name, m) {
			return m
		}
	}
	return ""
}

func (e *entry) run(p *analysis.Pass, n ast.Node) {
	var names []string
	builders := true
	switch n := n.(type) {
	case *ast.Import:
		for _, a := range n.Names {
			if a != nil && e.match(a.Name) != "" {
				names = append(names, a.Name)
				builders = false
			}
		}
	case *ast.ImportFrom:
		if n.Level > 0 || n.Module == "" {
			return // a module of the project's own
		}
		for _, a := range n.Names {
			if a == nil {
				continue
			}
			full := n.Module + "." + a.Name
			if a.Name == "*" {
				full = n.Module
			}
			m := e.match(full)
			if m == "" {
				continue
			}
			names = append(names, full)
			builders = builders && full != m && n.Module == m && e.builders[a.Name]
		}
	case *ast.Call:
		e.dynamicImport(p, n)
		return
	}
	if len(names) == 0 {
		return
	}
	// One finding per statement, as Bandit, at the statement, where a
	// suppression comment is looked for.
	name := strings.Join(names, ", ")
	d := analysis.Diagnostic{Loc: n.Location(), Message: strings.ReplaceAll(e.message, "{name}", name)}
	if builders {
		d.Confidence = int(finding.LowConfidence)
		d.Message = "import of " + name + ", which only builds XML, from a module whose parsers are vulnerable to XML attacks: parse untrusted XML with defusedxml"
	}
	p.ReportDiagnostic(d)
}

// importers are the functions that import a module named by a string.
var importers = map[string]bool{
	"builtins.__import__": true, "importlib.import_module": true, "importlib.__import__": true,
}

// dynamicImport reports __import__("telnetlib") and
// importlib.import_module("telnetlib").
func (e *entry) dynamicImport(p *analysis.Pass, call *ast.Call) {
	switch f := call.Func.(type) {
	case *ast.Name:
		if f.Id != "__import__" && f.Id != "import_module" {
			return
		}
	case *ast.Attribute:
		if f.Attr != "__import__" && f.Attr != "import_module" {
			return
		}
	default:
		return
	}
	if !importers[p.CalleeName(call)] {
		return
	}
	name, ok := p.String(analysis.Arg(call, 0, "name"))
	if !ok || name == "" || name[0] == '.' || e.match(name) == "" {
		return
	}
	p.Report(call, strings.ReplaceAll(e.message, "{name}", name))
}
