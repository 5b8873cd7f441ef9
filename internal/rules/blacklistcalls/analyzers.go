// Package blacklistcalls reports calls of functions known to be dangerous:
// Bandit's call blacklist B301-B323, one analyzer per Bandit ID, driven by
// a table of qualified names.
//
// Bandit's B309 (httpsconnection), B322 (input) and B325 (tempnam) have
// been removed from Bandit and have no analyzer here: HTTPSConnection
// verifies certificates since Python 3.4.3, input() is safe in Python 3,
// and os.tempnam exists only in Python 2. B303's hashlib.md5 and
// hashlib.sha1 are reported by hashlib-insecure-functions (B324), as in
// Bandit on Python 3.9 and later.
package blacklistcalls

import (
	"embed"
	"slices"
	"strconv"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/injectkit"
	"github.com/krait-dev/krait/internal/semantic"
)

//go:embed docs/*.md
var docs embed.FS

// entry is one line of the blacklist: a Bandit ID and the functions it
// reports.
type entry struct {
	id      int    // krait ID number, e.g. 1301
	bandit  string // Bandit ID
	ruff    string // Ruff code, "" when Ruff has none
	name    string // kebab-case rule name, after Bandit's blacklist name
	cwe     []int
	sev     finding.Severity
	summary string
	// names are the qualified names of the functions; "mod.*" stands for
	// any function of module mod (not methods of its objects).
	names []string
	// message is the finding's message; {name} is replaced by the
	// qualified name of the function called.
	message string
	// refine, when set, may change the diagnostic of a call or return
	// false to drop it.
	refine func(p *analysis.Pass, call *ast.Call, name string, d *analysis.Diagnostic) bool
	// assignments also reports the function assigned, not called
	// (ssl._create_default_https_context = ssl._create_unverified_context).
	assignments bool
}

const xmlMessage = "{name} parses XML without protection against XML attacks (entity expansion, external entities): use its defusedxml equivalent or call defusedxml.defuse_stdlib() first"

// table is the call blacklist, in Bandit's order. It is never modified.
var table = []entry{
	{
		id: 1301, bandit: "B301", ruff: "S301", name: "pickle", cwe: []int{502}, sev: finding.Medium,
		summary: "deserialization with pickle or a module that wraps it",
		names: []string{
			"pickle.loads", "pickle.load", "pickle.Unpickler",
			"_pickle.loads", "_pickle.load", "_pickle.Unpickler",
			"cPickle.loads", "cPickle.load", "cPickle.Unpickler",
			"dill.loads", "dill.load", "dill.Unpickler",
			"shelve.open", "shelve.DbfilenameShelf",
			"jsonpickle.decode", "jsonpickle.loads", "jsonpickle.unpickler.decode", "jsonpickle.unpickler.Unpickler",
			"pandas.read_pickle",
		},
		message: "{name} deserializes with pickle: loading untrusted data runs arbitrary code",
	},
	{
		id: 1302, bandit: "B302", ruff: "S302", name: "marshal", cwe: []int{502}, sev: finding.Medium,
		summary: "deserialization with marshal",
		names:   []string{"marshal.load", "marshal.loads"},
		message: "{name} deserializes with marshal, which is not safe against erroneous or malicious data",
	},
	{
		id: 1303, bandit: "B303", ruff: "S303", name: "md5", cwe: []int{327, 328}, sev: finding.Medium,
		summary: "insecure hash function MD2, MD4, MD5 or SHA-1 from PyCrypto, PyCryptodome or cryptography",
		names: []string{
			"Crypto.Hash.MD2.new", "Crypto.Hash.MD4.new", "Crypto.Hash.MD5.new", "Crypto.Hash.SHA.new", "Crypto.Hash.SHA1.new",
			"Cryptodome.Hash.MD2.new", "Cryptodome.Hash.MD4.new", "Cryptodome.Hash.MD5.new", "Cryptodome.Hash.SHA.new", "Cryptodome.Hash.SHA1.new",
			"cryptography.hazmat.primitives.hashes.MD5", "cryptography.hazmat.primitives.hashes.SHA1",
		},
		message: "{name} is an insecure hash function (MD2, MD4, MD5 or SHA-1): collisions can be forged",
	},
	{
		id: 1304, bandit: "B304", ruff: "S304", name: "ciphers", cwe: []int{327}, sev: finding.High,
		summary: "insecure cipher (ARC2, ARC4, Blowfish, DES, IDEA, XOR)",
		names: []string{
			"Crypto.Cipher.ARC2.new", "Crypto.Cipher.ARC4.new", "Crypto.Cipher.Blowfish.new", "Crypto.Cipher.DES.new", "Crypto.Cipher.XOR.new",
			"Cryptodome.Cipher.ARC2.new", "Cryptodome.Cipher.ARC4.new", "Cryptodome.Cipher.Blowfish.new", "Cryptodome.Cipher.DES.new", "Cryptodome.Cipher.XOR.new",
			"cryptography.hazmat.primitives.ciphers.algorithms.ARC4",
			"cryptography.hazmat.primitives.ciphers.algorithms.Blowfish",
			"cryptography.hazmat.primitives.ciphers.algorithms.IDEA",
			"cryptography.hazmat.decrepit.ciphers.algorithms.ARC4",
			"cryptography.hazmat.decrepit.ciphers.algorithms.Blowfish",
			"cryptography.hazmat.decrepit.ciphers.algorithms.IDEA",
		},
		message: "{name} is an insecure cipher: replace it with a known secure cipher such as AES",
	},
	{
		id: 1305, bandit: "B305", ruff: "S305", name: "cipher-modes", cwe: []int{327}, sev: finding.Medium,
		summary: "insecure cipher mode ECB",
		names:   []string{"cryptography.hazmat.primitives.ciphers.modes.ECB"},
		message: "{name} is the insecure ECB cipher mode: equal plaintext blocks encrypt to equal ciphertext blocks",
	},
	{
		id: 1306, bandit: "B306", ruff: "S306", name: "mktemp-q", cwe: []int{377}, sev: finding.Medium,
		summary: "insecure and deprecated tempfile.mktemp",
		names:   []string{"tempfile.mktemp"},
		message: "{name} returns the name of a temporary file without creating it: another process can create it first",
	},
	{
		id: 1307, bandit: "B307", ruff: "S307", name: "eval", cwe: []int{95, 78}, sev: finding.Medium,
		summary: "eval of a string as Python code",
		names:   []string{"builtins.eval"},
		message: "eval runs a string as Python code: code injection if it comes from outside; use ast.literal_eval to read data",
		refine:  lowerForConstant(0, "eval runs a constant expression: safe as written, but prefer ast.literal_eval or plain code"),
	},
	{
		id: 1308, bandit: "B308", ruff: "S308", name: "mark-safe", cwe: []int{79}, sev: finding.Medium,
		summary: "Django mark_safe",
		names:   []string{"django.utils.safestring.mark_safe", "django.utils.html.mark_safe"},
		message: "mark_safe turns off HTML escaping for a string: cross-site scripting if any part comes from outside unescaped",
		refine:  lowerForConstant(0, "mark_safe marks a constant string as safe HTML: safe as written, but review it when it changes"),
	},
	{
		id: 1310, bandit: "B310", ruff: "S310", name: "urllib-urlopen", cwe: []int{22, 918}, sev: finding.Medium,
		summary: "URL opened without a check of its scheme",
		names: []string{
			"urllib.urlopen", "urllib.request.urlopen", "urllib.urlretrieve", "urllib.request.urlretrieve",
			"urllib.URLopener", "urllib.request.URLopener", "urllib.FancyURLopener", "urllib.request.FancyURLopener",
			"urllib2.urlopen", "urllib2.Request",
			"six.moves.urllib.request.urlopen", "six.moves.urllib.request.urlretrieve",
			"six.moves.urllib.request.URLopener", "six.moves.urllib.request.FancyURLopener",
		},
		message: "{name} opens a URL whose scheme is not known to be http or https: file:// and custom schemes read local files or more",
		refine:  skipHTTPURL,
	},
	{
		id: 1311, bandit: "B311", ruff: "S311", name: "random", cwe: []int{330}, sev: finding.Low,
		summary: "pseudo-random generator not suitable for security",
		names: []string{
			"random.Random", "random.random", "random.randrange", "random.randint", "random.choice",
			"random.choices", "random.uniform", "random.triangular", "random.getrandbits", "random.randbytes",
		},
		message: "{name} is a pseudo-random generator that is not suitable for security or cryptographic purposes: use the secrets module",
	},
	{
		id: 1312, bandit: "B312", ruff: "S312", name: "telnetlib", cwe: []int{319}, sev: finding.High,
		summary: "Telnet, which sends everything unencrypted",
		names:   []string{"telnetlib.*"},
		message: "{name} uses Telnet, which sends everything, passwords too, unencrypted: use SSH",
	},
	{
		id: 1313, bandit: "B313", ruff: "S313", name: "xml-bad-celementtree", cwe: []int{776, 611, 20}, sev: finding.Medium,
		summary: "XML parsed with xml.etree.cElementTree",
		names: []string{
			"xml.etree.cElementTree.parse", "xml.etree.cElementTree.iterparse", "xml.etree.cElementTree.fromstring",
			"xml.etree.cElementTree.XMLParser", "xml.etree.cElementTree.XML", "xml.etree.cElementTree.fromstringlist",
		},
		message: xmlMessage,
		refine:  lowerForConstantXML,
	},
	{
		id: 1314, bandit: "B314", ruff: "S314", name: "xml-bad-elementtree", cwe: []int{776, 611, 20}, sev: finding.Medium,
		summary: "XML parsed with xml.etree.ElementTree",
		names: []string{
			"xml.etree.ElementTree.parse", "xml.etree.ElementTree.iterparse", "xml.etree.ElementTree.fromstring",
			"xml.etree.ElementTree.XMLParser", "xml.etree.ElementTree.XML", "xml.etree.ElementTree.fromstringlist",
		},
		message: xmlMessage,
		refine:  lowerForConstantXML,
	},
	{
		id: 1315, bandit: "B315", ruff: "S315", name: "xml-bad-expatreader", cwe: []int{776, 611, 20}, sev: finding.Medium,
		summary: "XML parsed with xml.sax.expatreader",
		names:   []string{"xml.sax.expatreader.create_parser"},
		message: xmlMessage,
	},
	{
		id: 1316, bandit: "B316", ruff: "S316", name: "xml-bad-expatbuilder", cwe: []int{776, 611, 20}, sev: finding.Medium,
		summary: "XML parsed with xml.dom.expatbuilder",
		names:   []string{"xml.dom.expatbuilder.parse", "xml.dom.expatbuilder.parseString"},
		message: xmlMessage,
		refine:  lowerForConstantXML,
	},
	{
		id: 1317, bandit: "B317", ruff: "S317", name: "xml-bad-sax", cwe: []int{776, 611, 20}, sev: finding.Medium,
		summary: "XML parsed with xml.sax",
		names:   []string{"xml.sax.parse", "xml.sax.parseString", "xml.sax.make_parser"},
		message: xmlMessage,
		refine:  lowerForConstantXML,
	},
	{
		id: 1318, bandit: "B318", ruff: "S318", name: "xml-bad-minidom", cwe: []int{776, 611, 20}, sev: finding.Medium,
		summary: "XML parsed with xml.dom.minidom",
		names:   []string{"xml.dom.minidom.parse", "xml.dom.minidom.parseString"},
		message: xmlMessage,
		refine:  lowerForConstantXML,
	},
	{
		id: 1319, bandit: "B319", ruff: "S319", name: "xml-bad-pulldom", cwe: []int{776, 611, 20}, sev: finding.Medium,
		summary: "XML parsed with xml.dom.pulldom",
		names:   []string{"xml.dom.pulldom.parse", "xml.dom.pulldom.parseString"},
		message: xmlMessage,
		refine:  lowerForConstantXML,
	},
	{
		id: 1320, bandit: "B320", ruff: "S320", name: "xml-bad-etree", cwe: []int{776, 611, 20}, sev: finding.Medium,
		summary: "XML parsed with lxml.etree",
		names: []string{
			"lxml.etree.parse", "lxml.etree.fromstring", "lxml.etree.RestrictedElement", "lxml.etree.GlobalParserTLS",
			"lxml.etree.getDefaultParser", "lxml.etree.check_docinfo", "lxml.etree.XML", "lxml.etree.fromstringlist",
		},
		message: "{name} parses XML without protection against XML attacks (entity expansion, external entities): use its defusedxml equivalent or a parser with resolve_entities=False",
		refine:  lowerForConstantXML,
	},
	{
		id: 1321, bandit: "B321", ruff: "S321", name: "ftplib", cwe: []int{319}, sev: finding.High,
		summary: "FTP, which sends everything unencrypted",
		names:   []string{"ftplib.*"},
		message: "{name} uses FTP, which sends everything, passwords too, unencrypted: use SFTP or FTPS",
	},
	{
		id: 1323, bandit: "B323", ruff: "S323", name: "unverified-context", cwe: []int{295}, sev: finding.Medium,
		summary:     "SSL context that does not verify certificates",
		names:       []string{"ssl._create_unverified_context"},
		message:     "{name} creates an SSL context that verifies neither certificates nor host names: anyone on the network path can impersonate the server",
		assignments: true,
	},
}

// analyzers are built from the table once; they are never modified.
var analyzers = build(table)

// Analyzers returns the analyzers of the call blacklist, one per Bandit
// ID, in ID order.
func Analyzers() []*analysis.Analyzer {
	return append([]*analysis.Analyzer(nil), analyzers...)
}

// matcher is an entry's table of names in the form the analyzer needs.
type matcher struct {
	roots    []string // the first segment of every name, to rule most calls out without hashing
	exact    map[string]bool
	modules  []string        // "mod." for each "mod.*"
	lastSegs map[string]bool // the last segment of every exact name
}

func newMatcher(names []string) *matcher {
	m := &matcher{exact: map[string]bool{}, lastSegs: map[string]bool{}}
	for _, n := range names {
		root, _, _ := strings.Cut(n, ".")
		if !slices.Contains(m.roots, root) {
			m.roots = append(m.roots, root)
		}
		if mod, ok := strings.CutSuffix(n, ".*"); ok {
			m.modules = append(m.modules, mod+".")
			continue
		}
		m.exact[n] = true
		m.lastSegs[n[strings.LastIndexByte(n, '.')+1:]] = true
	}
	return m
}

// mayMatch is a cheap test on an expression before its name is
// resolved: x.attr can only resolve to a name that ends in attr.
func (m *matcher) mayMatch(f ast.Expr) bool {
	switch f := f.(type) {
	case *ast.Attribute:
		return len(m.modules) > 0 || m.lastSegs[f.Attr]
	case *ast.Name, *ast.Call:
		return true
	}
	return false
}

// hasRoot reports whether name starts with one of the roots and a dot.
func (m *matcher) hasRoot(name string) bool {
	for _, r := range m.roots {
		if len(name) > len(r) && name[len(r)] == '.' && name[:len(r)] == r {
			return true
		}
	}
	return false
}

func (m *matcher) match(name string) bool {
	if !m.hasRoot(name) {
		return false
	}
	if m.exact[name] {
		return true
	}
	for _, mod := range m.modules {
		// A function of the module, not a method of one of its objects
		// (telnetlib.Telnet(...).write): the object was reported when it
		// was made.
		if strings.HasPrefix(name, mod) && !strings.Contains(name, "(") {
			return true
		}
	}
	return false
}

func build(t []entry) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	for i := range t {
		e := &t[i]
		m := newMatcher(e.names)
		aliases := []string{e.bandit}
		if e.ruff != "" {
			aliases = append(aliases, e.ruff)
		}
		doc, _ := docs.ReadFile("docs/" + e.name + ".md")
		nodes := []ast.Kind{ast.KindCall}
		if e.assignments {
			nodes = append(nodes, ast.KindAssign)
		}
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
			Nodes:     nodes,
			CallRoots: m.roots,
			Run:       func(p *analysis.Pass, n ast.Node) { e.run(p, m, n) },
		})
	}
	return out
}

func (e *entry) run(p *analysis.Pass, m *matcher, n ast.Node) {
	switch n := n.(type) {
	case *ast.Call:
		// The callee's name is resolved once per call for all analyzers.
		name := p.CalleeName(n)
		if !m.match(name) {
			return
		}
		d := analysis.Diagnostic{Loc: n.Loc, Message: strings.ReplaceAll(e.message, "{name}", name)}
		if e.refine != nil && !e.refine(p, n, name, &d) {
			return
		}
		p.ReportDiagnostic(d)
	case *ast.Assign:
		if _, isCall := n.Value.(*ast.Call); isCall || !m.mayMatch(n.Value) {
			return
		}
		name := p.QualifiedName(n.Value)
		if !m.match(name) {
			return
		}
		p.Report(n.Value, strings.ReplaceAll(e.message, "{name}", name)+" (assigned here, so every later call uses it)")
	}
}

// lowerForConstant returns a refinement that lowers the severity to low,
// with message msg, when argument pos of the call is a string known
// statically.
func lowerForConstant(pos int, msg string) func(*analysis.Pass, *ast.Call, string, *analysis.Diagnostic) bool {
	return func(p *analysis.Pass, call *ast.Call, _ string, d *analysis.Diagnostic) bool {
		r := injectkit.Resolver{Model: p.Model, Scope: p.Scope()}
		if a := analysis.Arg(call, pos, ""); a != nil && !r.Parts(a).Dynamic() {
			d.Severity = int(finding.Low)
			d.Message = msg
		}
		return true
	}
}

// lowerForConstantXML lowers the severity to low when a function that
// parses a string parses a constant one.
func lowerForConstantXML(p *analysis.Pass, call *ast.Call, name string, d *analysis.Diagnostic) bool {
	switch name[strings.LastIndexByte(name, '.')+1:] {
	case "fromstring", "XML", "parseString", "fromstringlist":
	default:
		return true
	}
	r := injectkit.Resolver{Model: p.Model, Scope: p.Scope()}
	if a := analysis.Arg(call, 0, ""); a != nil && !r.Parts(a).Dynamic() {
		d.Severity = int(finding.Low)
		d.Message = name + " parses a constant XML document: safe as written, but use defusedxml before the document comes from outside"
	}
	return true
}

// urlRequests are the Request classes whose URL urlopen opens.
var urlRequests = map[string]bool{
	"urllib.request.Request": true, "urllib2.Request": true, "six.moves.urllib.request.Request": true,
}

// skipHTTPURL drops calls whose URL provably starts with http:// or
// https://: those schemes cannot read local files.
func skipHTTPURL(p *analysis.Pass, call *ast.Call, name string, _ *analysis.Diagnostic) bool {
	if strings.HasSuffix(name, "URLopener") {
		return true // the opener's scheme is chosen by each open() call
	}
	return !isHTTPURL(p, analysis.Arg(call, 0, "url"), 0)
}

func isHTTPURL(p *analysis.Pass, e ast.Expr, depth int) bool {
	if e == nil || depth > 4 {
		return false
	}
	r := injectkit.Resolver{Model: p.Model, Scope: p.Scope(), FollowNames: true}
	if lead, _, ok := r.Leading(e); ok {
		lead = strings.ToLower(lead)
		return strings.HasPrefix(lead, "http://") || strings.HasPrefix(lead, "https://")
	}
	// urlopen(Request("https://...")), directly or through a name.
	if n, ok := e.(*ast.Name); ok {
		if b := p.Model.Binding(p.Scope(), n); b != nil && b.Kind == semantic.AssignBinding && b.Scope == p.Scope() && len(b.Scope.Bindings[n.Id]) == 1 {
			e = b.Value
		}
	}
	if c, ok := e.(*ast.Call); ok && urlRequests[p.CalleeName(c)] {
		return isHTTPURL(p, analysis.Arg(c, 0, "url"), depth+1)
	}
	return false
}
