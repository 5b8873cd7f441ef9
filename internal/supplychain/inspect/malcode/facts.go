package malcode

import (
	"bytes"
	"fmt"
	"math"
	"regexp"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/semantic"
)

// hit is one raw finding of a rule.
type hit struct {
	loc ast.Loc
	msg string
}

// region is a function body or the module: the unit in which the
// multi-step patterns (written then run, reverse shells) are matched.
type region struct {
	netWrite    ast.Loc // a file written with network data
	hasNetWrite bool
	decWrite    bool    // a file written with decoded data
	run         ast.Loc // a process launch, exec of a file or chmod +x
	hasRun      bool
	connect     bool
	dup2        ast.Loc
	hasDup2     bool
	shell       bool
	fork        bool
	setsid      ast.Loc
	hasSetsid   bool
	writesExe   bool
	chmodX      ast.Loc
	hasChmodX   bool
}

// facts are the hits of every rule in one file, computed in one walk and
// shared by the analyzers through Pass.FileMemo.
type facts struct {
	model   *semantic.Model
	flow    *flow
	src     []byte
	pkgName string
	hits    map[string][]hit
	seen    map[string]bool // rule + line: one hit per rule and line

	scopes   []*semantic.Scope
	regions  []*region
	funcs    []*funcDef
	sinks    map[ast.Node]sinkParams
	lambdaIn int // depth of nested lambdas
	invoked  int // immediately-invoked lambdas
	mangled  map[string]bool
}

type factsKey struct{}

// factsFor returns the facts of the file p is walking.
func factsFor(p *analysis.Pass) *facts {
	m := p.FileMemo()
	if f, ok := m[factsKey{}].(*facts); ok {
		return f
	}
	name, _ := p.Options[PackageOption].(string)
	f := &facts{model: p.Model, flow: newFlow(p.Model, p.File.Module), src: p.Src, pkgName: name,
		hits: map[string][]hit{}, seen: map[string]bool{}, mangled: map[string]bool{}}
	f.collect(p.File.Module)
	m[factsKey{}] = f
	return f
}

func (f *facts) report(id string, loc ast.Loc, format string, args ...any) {
	key := fmt.Sprintf("%s:%d", id, loc.Lineno)
	if f.seen[key] {
		return
	}
	f.seen[key] = true
	f.hits[id] = append(f.hits[id], hit{loc: loc, msg: fmt.Sprintf(format, args...)})
}

func (f *facts) scope() *semantic.Scope { return f.scopes[len(f.scopes)-1] }
func (f *facts) region() *region        { return f.regions[len(f.regions)-1] }

// Visit implements ast.Visitor.
func (f *facts) Visit(n ast.Node) ast.Visitor {
	if n == nil {
		return nil
	}
	f.node(n)
	s := f.model.Scope(n)
	_, isFunc := n.(*ast.FunctionDef)
	_, isAsync := n.(*ast.AsyncFunctionDef)
	lam, isLambda := n.(*ast.Lambda)
	if s == nil && !isFunc && !isAsync && !isLambda {
		return f
	}
	// Walk the children in the new scope (and region), then pop.
	if s != nil {
		f.scopes = append(f.scopes, s)
	}
	if isFunc || isAsync {
		f.regions = append(f.regions, &region{})
	}
	if isLambda {
		f.lambdaIn++
		if f.lambdaIn == 1 {
			if d, bad := lambdaChain(lam); d >= 6 || d >= 3 && bad {
				f.report(IDKnownObfuscator, lam.Loc, "chain of %d nested lambdas around dynamic code: the shape of lambda-chain obfuscators", d)
			}
		}
	}
	walkChildren(f, n)
	if isLambda {
		f.lambdaIn--
	}
	if isFunc || isAsync {
		f.finishRegion(f.region())
		f.regions = f.regions[:len(f.regions)-1]
	}
	if s != nil {
		f.scopes = f.scopes[:len(f.scopes)-1]
	}
	return nil
}

// lambdaChain returns the nesting depth of the lambdas in lam and whether
// they call exec, eval, compile, __import__, getattr or a decoder.
func lambdaChain(lam *ast.Lambda) (depth int, bad bool) {
	var walk func(n ast.Node, d int)
	walk = func(n ast.Node, d int) {
		ast.Inspect(n, func(c ast.Node) bool {
			switch c := c.(type) {
			case *ast.Lambda:
				if c != n {
					walk(c, d+1)
					return false
				}
				depth = max(depth, d)
			case *ast.Name:
				switch c.Id {
				case "exec", "eval", "compile", "__import__", "getattr", "b64decode", "decompress", "loads":
					bad = true
				}
			case *ast.Attribute:
				switch c.Attr {
				case "b64decode", "decompress", "loads", "exec":
					bad = true
				}
			}
			return true
		})
	}
	walk(lam, 1)
	return depth, bad
}

// walkChildren walks the children of n with v.
func walkChildren(v ast.Visitor, n ast.Node) {
	first := true
	ast.Inspect(n, func(c ast.Node) bool {
		if first {
			first = false
			return true
		}
		if c != nil {
			ast.Walk(v, c)
		}
		return false
	})
}

func (f *facts) collect(mod *ast.Module) {
	f.scopes = []*semantic.Scope{f.model.Module}
	f.regions = []*region{{}}
	f.computeSinkParams(mod)
	for _, st := range mod.Body {
		ast.Walk(f, st)
	}
	f.finishRegion(f.regions[0])
	if f.invoked >= 3 {
		f.report(IDKnownObfuscator, ast.Loc{Lineno: 1}, "%d immediately-invoked lambdas: the shape of lambda-chain obfuscators", f.invoked)
	}
	if len(f.mangled) >= 8 {
		f.report(IDKnownObfuscator, ast.Loc{Lineno: 1}, "%d mangled identifiers made of O, 0, I, l, 1 and _: the output of an identifier obfuscator", len(f.mangled))
	}
	f.hiddenCode()
}

func (f *facts) finishRegion(r *region) {
	if r.hasNetWrite && r.hasRun {
		f.report(IDDownloadExec, r.run, "a file written with data from the network is run here")
	} else if r.decWrite && r.hasRun {
		f.report(IDDecodedExec, r.run, "a file written with decoded data is run here")
	}
	if r.connect && r.hasDup2 && r.shell {
		f.report(IDReverseShell, r.dup2, "socket duplicated onto standard input/output and a shell started: a reverse shell")
	}
	if r.fork && r.hasSetsid {
		f.report(IDSilentLaunch, r.setsid, "fork and setsid: the process detaches itself as a daemon")
	}
	if r.writesExe && r.hasChmodX {
		f.report(IDExecutableDropped, r.chmodX, "a file written here is made executable")
	}
}

var mangledRE = regexp.MustCompile(`^[_Il1O0]{5,}$`)

func (f *facts) node(n ast.Node) {
	switch n := n.(type) {
	case *ast.Call:
		f.callNode(n)
	case *ast.Constant:
		f.constant(n)
	case *ast.Import:
		for _, a := range n.Names {
			f.importName(n.Loc, a.Name)
		}
	case *ast.ImportFrom:
		f.importName(n.Loc, n.Module)
		for _, a := range n.Names {
			if strings.HasPrefix(a.Name, "pyarmor_runtime") || a.Name == "pyarmor_runtime" || a.Name == "__pyarmor__" {
				f.report(IDKnownObfuscator, n.Loc, "imports the PyArmor runtime: the code is packed and cannot be reviewed")
			}
		}
	case *ast.Name:
		if n.Ctx == ast.Store && mangledRE.MatchString(n.Id) && strings.Trim(n.Id, "_") != "" {
			f.mangled[n.Id] = true
		}
	case *ast.FunctionDef:
		if mangledRE.MatchString(n.Name) && strings.Trim(n.Name, "_") != "" {
			f.mangled[n.Name] = true
		}
	case *ast.Subscript:
		f.subscript(n)
	}
}

func (f *facts) importName(loc ast.Loc, mod string) {
	if mod == "pytransform" || strings.HasPrefix(mod, "pyarmor_runtime") || strings.HasPrefix(mod, "pytransform.") {
		f.report(IDKnownObfuscator, loc, "imports the PyArmor runtime (%s): the code is packed and cannot be reviewed", mod)
	}
}

func (f *facts) subscript(n *ast.Subscript) {
	s := f.scope()
	k, ok := f.flow.constString(s, n.Slice)
	if !ok {
		return
	}
	if k != "exec" && k != "eval" && k != "compile" && k != "__import__" && k != "__builtins__" {
		return
	}
	// __builtins__["exec"], __builtins__.__dict__["eval"], globals()["__builtins__"]
	frag := exprText(n.Value)
	if strings.Contains(frag, "__builtins__") || strings.Contains(frag, "builtins") || strings.Contains(frag, "globals") || strings.Contains(frag, "vars") {
		f.report(IDDynamicImport, n.Loc, "%s looked up by name in the builtins: hides the call from readers", k)
	}
}

// exprText returns a rough spelling of a name/attribute/call chain.
func exprText(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Name:
		return e.Id
	case *ast.Attribute:
		return exprText(e.Value) + "." + e.Attr
	case *ast.Call:
		return exprText(e.Func) + "()"
	case *ast.Subscript:
		return exprText(e.Value) + "[]"
	}
	return ""
}

var b64Chars = func() [256]bool {
	var t [256]bool
	for _, c := range []byte("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_\n\r") {
		t[c] = true
	}
	return t
}()

func entropy(b []byte) float64 {
	var counts [256]int
	for _, c := range b {
		counts[c]++
	}
	var h float64
	n := float64(len(b))
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / n
			h -= p * math.Log2(p)
		}
	}
	return h
}

func (f *facts) constant(n *ast.Constant) {
	var b []byte
	isBytes := false
	switch v := n.Value.(type) {
	case string:
		b = []byte(v)
	case []byte:
		b, isBytes = v, true
	default:
		return
	}
	if len(b) >= 7 {
		low := strings.ToLower(string(b[:min(len(b), 4096)]))
		if h, ok := containsAny(low, metadataHosts); ok {
			f.report(IDCloudMetadata, n.Loc, "cloud instance-metadata address %s: the machine's cloud credentials", h)
		}
		if strings.Contains(low, "/dev/tcp/") || strings.Contains(low, "nc -e ") || strings.Contains(low, "ncat -e ") ||
			strings.Contains(low, "bash -i >&") || strings.Contains(low, "sh -i >&") || strings.Contains(low, "exec:/bin/sh") || strings.Contains(low, "exec:'bash") {
			f.report(IDReverseShell, n.Loc, "reverse-shell command line")
		}
		if strings.Contains(low, "/proc/") && strings.Contains(low, "/environ") {
			f.report(IDCISecret, n.Loc, "reads another process's environment (/proc/*/environ)")
		}
	}
	if len(b) < 512 {
		return
	}
	if isBytes {
		if len(b) >= 1024 && entropy(b) >= 7.0 {
			f.report(IDObfuscatedLiteral, n.Loc, "%d-byte high-entropy bytes literal: compressed or encrypted data", len(b))
		}
		if len(b) < 1024 && !bytes.HasPrefix(b, []byte("MZ")) && !bytes.HasPrefix(b, []byte("\x7fELF")) {
			return
		}
	}
	b64 := true
	for _, c := range b {
		if !b64Chars[c] {
			b64 = false
			break
		}
	}
	if !b64 {
		return
	}
	h := entropy(b)
	hexOnly := true
	for _, c := range b {
		if !strings.ContainsRune("0123456789abcdefABCDEF\n\r", rune(c)) {
			hexOnly = false
			break
		}
	}
	switch {
	case hexOnly && len(b) >= 1024 && h >= 3.5:
		f.report(IDObfuscatedLiteral, n.Loc, "%d-character hex literal: an encoded payload", len(b))
	case !hexOnly && h >= 5.0:
		f.report(IDObfuscatedLiteral, n.Loc, "%d-character base64 literal (entropy %.1f bits/char): an encoded payload", len(b), h)
	}
}

// hiddenCodeSpaces is the run of blanks after which code counts as hidden.
const hiddenCodeSpaces = 100

func (f *facts) hiddenCode() {
	line := 1
	for start := 0; start < len(f.src); {
		end := bytes.IndexByte(f.src[start:], '\n')
		if end < 0 {
			end = len(f.src)
		} else {
			end += start
		}
		l := f.src[start:end]
		if len(l) > hiddenCodeSpaces {
			run := 0
			for i, c := range l {
				if c == ' ' || c == '\t' {
					run++
					continue
				}
				if run >= hiddenCodeSpaces && c != '#' && c != '\r' {
					rest := string(l[i:])
					before := strings.TrimSpace(string(l[:i]))
					startsStmt := before == "" || strings.HasSuffix(before, ";") || strings.HasPrefix(rest, ";")
					if startsStmt && (strings.ContainsAny(rest, ";(=") || strings.HasPrefix(rest, "import")) {
						f.report(IDHiddenCode, ast.Loc{Lineno: int32(line), ColOffset: int32(i)}, "code after %d blanks, off-screen at column %d", run, i+1)
					}
					break
				}
				run = 0
			}
		}
		line++
		start = end + 1
	}
}

// argsOrigin returns the origin of every argument of call.
func (f *facts) argsOrigin(call *ast.Call) Origin {
	s := f.scope()
	o := f.flow.all(s, call.Args, 0)
	for _, k := range call.Keywords {
		o |= f.flow.origin(s, k.Value, 0)
	}
	return o
}

// dataOrigin is argsOrigin without the first argument of socket connects
// and of requests' URL-less calls: the data a call sends.
func (f *facts) sendOrigin(call *ast.Call, q string) Origin {
	s := f.scope()
	if strings.HasSuffix(q, ".connect") || strings.HasSuffix(q, ".connect_ex") || q == "socket.create_connection" {
		return 0
	}
	var o Origin
	for _, a := range call.Args {
		o |= f.flow.origin(s, a, 0)
	}
	for _, k := range call.Keywords {
		switch k.Arg {
		case "timeout", "verify", "allow_redirects", "stream", "method":
			continue
		}
		o |= f.flow.origin(s, k.Value, 0)
	}
	return o
}

// isNet reports whether a call of q talks to the network (not methods
// of a response: requests.get().json).
func isNet(q string) bool {
	if netCalls[q] {
		return true
	}
	if strings.Contains(q, "(") {
		return false
	}
	switch {
	case strings.HasPrefix(q, "requests."):
		return !strings.Contains(q, "exceptions") && !strings.Contains(q, "adapters") && !strings.Contains(q, "utils") &&
			!strings.Contains(q, "auth") && !strings.Contains(q, "structures") && !strings.Contains(q, "codes")
	case strings.HasPrefix(q, "httpx."):
		return !strings.Contains(q, "Timeout") && !strings.Contains(q, "Limits") && !strings.Contains(q, "URL")
	}
	return false
}

func isProc(q string) bool {
	return procSinks[q] || procSinks[baseName(q)] && strings.HasSuffix(q, ")")
}

func (f *facts) callNode(call *ast.Call) {
	s := f.scope()
	q := f.model.QualifiedName(s, call.Func)
	method := methodName(call)
	r := f.region()
	if _, ok := call.Func.(*ast.Lambda); ok {
		f.invoked++
	}
	if q == "" {
		switch f.hiddenSink(call.Func) {
		case "exec":
			f.execSink(call, "a builtin looked up by name", true)
		case "proc":
			f.execSink(call, "a process function looked up by name", false)
			r.run, r.hasRun = call.Loc, true
		}
	}
	if q == "" {
		f.helperSink(call)
	}
	f.execPassed(call)
	if q == "" && method == "" {
		if n, ok := call.Func.(*ast.Name); ok && n.Id == "__pyarmor__" {
			f.report(IDKnownObfuscator, call.Loc, "__pyarmor__ call: PyArmor-packed code")
		}
		return
	}
	if q == "" {
		if n, ok := call.Func.(*ast.Name); ok && n.Id == "__pyarmor__" {
			f.report(IDKnownObfuscator, call.Loc, "__pyarmor__ call: PyArmor-packed code")
		}
	}

	switch {
	case execSinks[q]:
		f.execSink(call, q, true)
		if q == "builtins.exec" || q == "builtins.eval" {
			if len(call.Args) > 0 && f.readsFile(call.Args[0]) {
				r.run, r.hasRun = call.Loc, true
			}
		}
	case isProc(q):
		f.execSink(call, q, false)
		f.process(call, q)
		r.run, r.hasRun = call.Loc, true
	case isNet(q):
		f.network(call, q)
	}

	switch q {
	case "builtins.__import__", "importlib.import_module", "importlib.__import__":
		if len(call.Args) > 0 {
			_, literal := call.Args[0].(*ast.Constant)
			if !literal {
				o := f.flow.origin(s, call.Args[0], 0)
				if o&Decoded != 0 {
					f.report(IDDynamicImport, call.Loc, "%s of a decoded module name", q)
				} else if _, isName := call.Args[0].(*ast.Name); !isName && f.constPieces(s, call.Args[0], 0) {
					f.report(IDDynamicImport, call.Loc, "%s of a module name assembled from pieces", q)
				}
			}
		}
	case "builtins.getattr":
		if len(call.Args) >= 2 {
			obj := f.model.QualifiedName(s, call.Args[0])
			txt := exprText(call.Args[0])
			attr, constAttr := f.flow.constString(s, call.Args[1])
			builtinObj := obj == "builtins" || txt == "__builtins__" || strings.HasPrefix(obj, "builtins.__import__")
			switch {
			case builtinObj && !constAttr:
				f.report(IDDynamicImport, call.Loc, "getattr on builtins with a computed name")
			case constAttr && (attr == "exec" || attr == "eval" || attr == "compile" || attr == "__import__" || attr == "system" || attr == "popen"):
				f.report(IDDynamicImport, call.Loc, "getattr(..., %q): the call is hidden behind a string", attr)
			}
		}
	case "pickle.loads", "_pickle.loads", "cPickle.loads", "dill.loads", "cloudpickle.loads", "pickle.Unpickler().load":
		// Unpickling runs whatever callable the data names (__reduce__).
		// Caches and ML code unpickle decompressed or fetched data
		// honestly; a payload spelt out in the package is not.
		if len(call.Args) > 0 && f.flow.origin(s, call.Args[0], 0)&Decoded != 0 && len(strings.TrimSpace(fragments(f.model, s, call.Args[0]))) >= 24 {
			f.report(IDDecodedExec, call.Loc, "a decoded literal is unpickled by %s (unpickling runs code)", q)
		}
	case "builtins.open", "io.open", "codecs.open":
		f.openCall(call)
	case "os.dup2":
		r.dup2, r.hasDup2 = call.Loc, true
		if len(call.Args) > 0 && strings.Contains(exprTextDeep(call.Args[0]), "fileno") {
			r.connect = r.connect || f.socketIn(call.Args[0])
		}
	case "os.fork":
		r.fork = true
	case "os.setsid", "os.setpgrp":
		r.setsid, r.hasSetsid = call.Loc, true
	case "os.chmod", "os.fchmod", "pathlib.Path().chmod":
		if len(call.Args) >= 1 && f.execBits(call.Args[len(call.Args)-1]) {
			r.chmodX, r.hasChmodX = call.Loc, true
			r.run, r.hasRun = call.Loc, true
		}
	case "urllib.request.urlretrieve", "urllib.urlretrieve", "wget.download":
		r.netWrite, r.hasNetWrite = call.Loc, true
		if len(call.Args) >= 2 && hasExeSuffix(fragments(f.model, s, call.Args[1])) {
			r.writesExe = true
			f.report(IDExecutableDropped, call.Loc, "downloads an executable file")
		}
	case "winreg.SetValueEx", "winreg.SetValue", "winreg.CreateKey", "winreg.CreateKeyEx", "winreg.OpenKey", "_winreg.SetValueEx", "_winreg.OpenKey", "winreg.OpenKeyEx":
		if fr := fragments(f.model, s, call); strings.Contains(fr, "currentversion/run") || strings.Contains(fr, "winlogon") {
			f.report(IDPersistence, call.Loc, "Windows Run/Winlogon registry key: runs the program at every logon")
		}
	case "shutil.copy", "shutil.copy2", "shutil.copyfile", "shutil.move", "os.rename", "os.replace", "os.symlink", "os.link":
		if len(call.Args) >= 2 {
			if p, ok := containsAny(pathFragments(f.model, s, call.Args[1]), persistencePaths); ok {
				f.report(IDPersistence, call.Loc, "copies a file into an autostart location (%s)", p)
			}
			if hasExeSuffix(fragments(f.model, s, call.Args[1])) {
				r.writesExe = true
			}
		}
	case "os.getenv", "os.environ.get", "os.environ.__getitem__", "os.environ.pop", "os.environ.setdefault":
		if len(call.Args) > 0 {
			if k, ok := f.flow.constString(s, call.Args[0]); ok && ciSecretEnv[strings.ToUpper(k)] {
				f.report(IDCISecret, call.Loc, "reads %s", k)
			}
		}
	case "pip.main", "pip._internal.main", "pip._internal.main.main", "pip._internal.cli.main.main", "pip._internal.cli.main":
		if strings.Contains(fragments(f.model, s, call), "install") {
			f.report(IDPipInstall, call.Loc, "runs pip install through pip's internals")
		}
	case "setuptools.setup", "distutils.core.setup":
		f.setupCall(call)
	}
	if fileAccess[q] || fileAccess[baseName(q)] || strings.HasPrefix(q, "pathlib.Path(") && (method == "read_text" || method == "read_bytes" || method == "open" || method == "glob" || method == "rglob" || method == "iterdir" || method == "exists") {
		fr := pathFragments(f.model, s, call)
		if p, ok := containsAny(fr, credentialPaths); ok && !f.seen[IDCredentialAccess+":"+fmt.Sprint(call.Loc.Lineno)] {
			f.report(IDCredentialAccess, call.Loc, "accesses a credential store (%s)", strings.Trim(p, "/"))
		}
	}
	switch method {
	case "write", "write_bytes", "write_text", "writelines":
		f.writeCall(call, q)
	case "send", "sendall", "sendto":
		if !isNet(q) {
			// a socket we could not resolve (a parameter, an attribute)
			if f.socketIn(call.Func) {
				f.network(call, "socket.socket()."+method)
			}
		}
	case "spawn":
		if q == "pty.spawn" {
			r.shell = true
		}
	}
	if q == "subprocess.Popen" || q == "subprocess.call" || q == "subprocess.run" {
		for _, k := range call.Keywords {
			if (k.Arg == "stdin" || k.Arg == "stdout" || k.Arg == "stderr") && strings.Contains(exprTextDeep(k.Value), "fileno") && f.socketIn(k.Value) {
				f.report(IDReverseShell, call.Loc, "process with a socket as its standard input/output: a reverse shell")
			}
		}
	}
}

// hiddenSink returns "exec" or "proc" when callee is getattr(x, "exec")
// or a name bound to it (getattr(os, "system")), else "".
func (f *facts) hiddenSink(callee ast.Expr) string {
	s := f.scope()
	if sub, ok := callee.(*ast.Subscript); ok {
		// a dispatch table: OPS = {"run": exec}; OPS["run"](code)
		v, vs := f.dictEntry(s, sub)
		if v == nil {
			return ""
		}
		return sinkKind(f.model.QualifiedName(vs, v))
	}
	if nm, ok := callee.(*ast.Name); ok {
		b := f.model.Resolve(s, nm.Id, nm.Loc)
		if b == nil || b.Kind != semantic.AssignBinding || b.Value == nil {
			return ""
		}
		callee, s = b.Value, b.Scope
	}
	c, ok := callee.(*ast.Call)
	if !ok || f.model.QualifiedName(s, c.Func) != "builtins.getattr" || len(c.Args) < 2 {
		return ""
	}
	v, ok := f.model.ConstValue(s, c.Args[1])
	if !ok {
		return ""
	}
	switch v {
	case "exec", "eval", "compile", "execfile":
		return "exec"
	case "system", "popen", "Popen", "call", "run", "check_output", "check_call", "spawn", "startfile":
		return "proc"
	}
	return ""
}

// psEncoded matches PowerShell's -EncodedCommand and its accepted
// abbreviations (-e, -ec, -enc, ...) in lower-cased command fragments.
var psEncoded = regexp.MustCompile(`(^|\s)[-/](e|ec|en|enc|enco|encod|encode|encoded|encodedc|encodedco|encodedcom|encodedcomm|encodedcomma|encodedcomman|encodedcommand)(\s|$)`)

// sinkKind is "exec" for code-execution builtins, "proc" for process
// launches, "" otherwise.
func sinkKind(q string) string {
	switch {
	case execSinks[q]:
		return "exec"
	case isProc(q):
		return "proc"
	}
	return ""
}

// dictEntry returns the value stored under a constant key in the dict
// literal that sub indexes (a name bound once to {...}), and its scope.
func (f *facts) dictEntry(s *semantic.Scope, sub *ast.Subscript) (ast.Expr, *semantic.Scope) {
	nm, ok := sub.Value.(*ast.Name)
	if !ok {
		return nil, nil
	}
	b := f.model.Resolve(s, nm.Id, nm.Loc)
	if b == nil || b.Kind != semantic.AssignBinding || b.Value == nil {
		return nil, nil
	}
	d, ok := b.Value.(*ast.Dict)
	if !ok {
		return nil, nil
	}
	key, ok := f.model.ConstValue(s, sub.Slice)
	if !ok {
		return nil, nil
	}
	for i, k := range d.Keys {
		if k == nil {
			continue
		}
		if kv, ok := f.model.ConstValue(b.Scope, k); ok && kv == key {
			return d.Values[i], b.Scope
		}
	}
	return nil, nil
}

// execValue reports whether e is exec, eval or compile used as a value:
// the builtin itself, __builtins__["exec"], getattr(builtins, "exec"),
// either branch of a conditional of those.
func (f *facts) execValue(s *semantic.Scope, e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.IfExp:
		return f.execValue(s, e.Body) || f.execValue(s, e.Orelse)
	case *ast.Subscript:
		if v, vs := f.dictEntry(s, e); v != nil {
			return f.execValue(vs, v)
		}
		if exprText(e.Value) == "__builtins__" {
			if k, ok := f.flow.constString(s, e.Slice); ok {
				return k == "exec" || k == "eval" || k == "compile"
			}
		}
		return false
	case *ast.Call:
		return f.model.QualifiedName(s, e.Func) == "builtins.getattr" && len(e.Args) >= 2 && f.getattrExec(s, e)
	}
	return execSinks[f.model.QualifiedName(s, e)]
}

// getattrExec reports whether call is getattr(<anything>, "exec"|"eval"|"compile").
func (f *facts) getattrExec(s *semantic.Scope, call *ast.Call) bool {
	k, ok := f.flow.constString(s, call.Args[1])
	return ok && (k == "exec" || k == "eval" || k == "compile")
}

// execPassed reports calls that hand exec (or eval/compile) to other code
// together with decoded or fetched data: (lambda r, d: r(d))(exec, blob),
// run(exec, payload).
func (f *facts) execPassed(call *ast.Call) {
	s := f.scope()
	var execArg ast.Expr
	for _, a := range call.Args {
		if f.execValue(s, a) {
			execArg = a
			break
		}
	}
	if execArg == nil {
		return
	}
	var o Origin
	for _, a := range call.Args {
		if a != execArg {
			o |= f.flow.origin(s, a, 0)
		}
	}
	for _, k := range call.Keywords {
		o |= f.flow.origin(s, k.Value, 0)
	}
	switch {
	case o&Net != 0:
		f.report(IDDownloadExec, call.Loc, "exec is passed along with data fetched from the network")
	case o&Decoded != 0:
		f.report(IDDecodedExec, call.Loc, "exec is passed along with decoded or decompressed data")
	}
}

// constPieces reports whether e is built only from constants (joined,
// concatenated, chr of numbers), as obfuscators spell module names.
func (f *facts) constPieces(s *semantic.Scope, e ast.Expr, depth int) bool {
	if depth > 20 {
		return false
	}
	switch e := e.(type) {
	case *ast.Constant:
		return true
	case *ast.Name:
		_, ok := f.model.ConstValue(s, e)
		return ok
	case *ast.BinOp:
		return f.constPieces(s, e.Left, depth+1) && f.constPieces(s, e.Right, depth+1)
	case *ast.List:
		for _, x := range e.Elts {
			if !f.constPieces(s, x, depth+1) {
				return false
			}
		}
		return len(e.Elts) > 0
	case *ast.Tuple:
		for _, x := range e.Elts {
			if !f.constPieces(s, x, depth+1) {
				return false
			}
		}
		return len(e.Elts) > 0
	case *ast.Subscript:
		return f.constPieces(s, e.Value, depth+1)
	case *ast.Call:
		switch fn := e.Func.(type) {
		case *ast.Name:
			if fn.Id != "chr" && fn.Id != "str" && fn.Id != "bytes" {
				return false
			}
		case *ast.Attribute:
			if fn.Attr != "join" && fn.Attr != "decode" && fn.Attr != "replace" {
				return false
			}
			if !f.constPieces(s, fn.Value, depth+1) {
				return false
			}
		default:
			return false
		}
		for _, a := range e.Args {
			if !f.constPieces(s, a, depth+1) {
				return false
			}
		}
		return true
	}
	return false
}

// exprTextDeep spells e, including the receivers of calls.
func exprTextDeep(e ast.Expr) string {
	var b strings.Builder
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Name:
			b.WriteString(n.Id + " ")
		case *ast.Attribute:
			b.WriteString(n.Attr + " ")
		}
		return true
	})
	return b.String()
}

// socketIn reports whether e mentions a name bound to a socket.
func (f *facts) socketIn(e ast.Expr) bool {
	s := f.scope()
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		if nm, ok := n.(*ast.Name); ok {
			q := f.model.QualifiedName(s, nm)
			if strings.HasPrefix(q, "socket.socket(") || strings.HasPrefix(q, "socket.create_connection(") || strings.HasPrefix(q, "socket.socket().accept") {
				found = true
			}
			if b := f.model.Resolve(s, nm.Id, nm.Loc); b != nil && b.Value != nil && strings.Contains(exprTextDeep(b.Value), "socket") {
				found = true
			}
		}
		return true
	})
	return found
}

func (f *facts) readsFile(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if c, ok := n.(*ast.Call); ok && f.model.QualifiedName(f.scope(), c.Func) == "builtins.open" {
			found = true
		}
		return !found
	})
	return found
}

func (f *facts) execBits(e ast.Expr) bool {
	if v, ok := f.model.ConstValue(f.scope(), e); ok {
		if n, ok := v.(int64); ok {
			return n&0o111 != 0
		}
	}
	t := exprTextDeep(e)
	return strings.Contains(t, "S_IX") || strings.Contains(t, "S_IEXEC") || strings.Contains(t, "S_IRWXU")
}

var exeSuffixes = []string{".exe", ".dll", ".scr", ".bat", ".cmd", ".vbs", ".ps1", ".msi", ".com", ".pif", ".elf", ".bin", ".sh", ".jar", ".hta", ".lnk"}

func hasExeSuffix(frag string) bool {
	for _, w := range strings.Fields(frag) {
		w = strings.Trim(w, "'\"")
		for _, s := range exeSuffixes {
			if strings.HasSuffix(w, s) {
				return true
			}
		}
	}
	return false
}

// execSink checks the data reaching exec, eval, compile or a process.
func (f *facts) execSink(call *ast.Call, q string, code bool) {
	if len(call.Args) == 0 && len(call.Keywords) == 0 {
		return
	}
	o := f.argsOrigin(call)
	what := strings.TrimPrefix(q, "builtins.")
	if !code {
		what = "a process launch"
	}
	switch {
	case o&Image != 0:
		f.report(IDSteganography, call.Loc, "data read from an image reaches %s", what)
	case o&Net != 0:
		f.report(IDDownloadExec, call.Loc, "data fetched from the network reaches %s", what)
	}
	if o&Decoded != 0 {
		f.report(IDDecodedExec, call.Loc, "decoded or decompressed data reaches %s", what)
	}
}

// process checks the command line of a process launch.
func (f *facts) process(call *ast.Call, q string) {
	s := f.scope()
	r := f.region()
	cmd := fragments(f.model, s, call)
	f.report(IDInstallCommand, call.Loc, "%s runs a command", q)
	if q == "pty.spawn" || q == "os.execl" || q == "os.execv" || q == "os.execve" || strings.Contains(cmd, "/bin/sh") ||
		strings.Contains(cmd, "/bin/bash") || strings.Contains(cmd, "cmd.exe") || strings.Contains(cmd, "powershell") {
		r.shell = true
	}
	switch {
	case (strings.Contains(cmd, "curl ") || strings.Contains(cmd, "wget ")) &&
		(strings.Contains(cmd, "| sh") || strings.Contains(cmd, "|sh") || strings.Contains(cmd, "| bash") || strings.Contains(cmd, "|bash") ||
			strings.Contains(cmd, "| python") || strings.Contains(cmd, "chmod +x") || strings.Contains(cmd, "&& ./") || strings.Contains(cmd, "; ./")):
		f.report(IDDownloadExec, call.Loc, "downloads and runs a program (curl/wget piped to a shell)")
	case (strings.Contains(cmd, "powershell") || strings.Contains(cmd, "pwsh")) && psEncoded.MatchString(cmd):
		f.report(IDDecodedExec, call.Loc, "PowerShell runs a base64-encoded command (-EncodedCommand)")
	case strings.Contains(cmd, "downloadstring") || strings.Contains(cmd, "downloadfile") || strings.Contains(cmd, "invoke-webrequest") ||
		strings.Contains(cmd, "iwr ") || strings.Contains(cmd, "certutil -urlcache") || strings.Contains(cmd, "bitsadmin /transfer") || strings.Contains(cmd, "start-bitstransfer"):
		f.report(IDDownloadExec, call.Loc, "downloads and runs a program (PowerShell/certutil/bitsadmin)")
	}
	if p, ok := containsAny(cmd, persistencePaths); ok && (strings.Contains(cmd, "crontab") || strings.Contains(cmd, "systemctl") ||
		strings.Contains(cmd, "reg add") || strings.Contains(cmd, "schtasks") || strings.Contains(cmd, ">>") || strings.Contains(cmd, "launchctl") || strings.Contains(cmd, "cp ")) {
		f.report(IDPersistence, call.Loc, "command installs an autostart entry (%s)", strings.Trim(p, "/"))
	}
	trimmed := strings.TrimSpace(cmd)
	if strings.Contains(cmd, "nohup ") || strings.HasSuffix(trimmed, " &") || strings.HasSuffix(trimmed, "&") && !strings.HasSuffix(trimmed, "&&") ||
		strings.Contains(cmd, "start /b") || strings.Contains(cmd, "pythonw") || strings.Contains(cmd, "disown") || strings.Contains(cmd, "setsid ") ||
		strings.Contains(cmd, "-windowstyle hidden") || strings.Contains(cmd, "/dev/null 2>&1 &") {
		f.report(IDSilentLaunch, call.Loc, "command runs in the background, detached from the installer")
	}
	for _, k := range call.Keywords {
		switch k.Arg {
		case "creationflags":
			f.report(IDSilentLaunch, call.Loc, "process started with creationflags (detached or without a window)")
		case "startupinfo":
			if strings.Contains(exprTextDeep(k.Value), "SW_HIDE") || strings.Contains(exprTextDeep(k.Value), "startupinfo") {
				f.report(IDSilentLaunch, call.Loc, "process started with a hidden window")
			}
		case "start_new_session", "preexec_fn":
			if hasKeyword(call, "stdout") || hasKeyword(call, "stderr") {
				f.report(IDSilentLaunch, call.Loc, "process detached into a new session with its output discarded")
			}
		}
	}
	if strings.Contains(cmd, "pip") && strings.Contains(cmd, "install") {
		f.report(IDPipInstall, call.Loc, "runs pip install")
	}
}

func hasKeyword(call *ast.Call, name string) bool { return analysis.Keyword(call, name) != nil }

// network checks a call that talks to the network.
func (f *facts) network(call *ast.Call, q string) {
	f.report(IDInstallNetwork, call.Loc, "network access (%s)", q)
	o := f.sendOrigin(call, q)
	switch {
	case o&Secret != 0:
		f.report(IDExfiltration, call.Loc, "secret data (environment, credentials, browser data, tokens or clipboard) is sent over the network")
	case o&Host != 0:
		f.report(IDBeacon, call.Loc, "host information (hostname, user, cwd) is sent over the network")
	}
	if strings.HasSuffix(q, ".connect") || q == "socket.create_connection" || strings.HasSuffix(q, ".connect_ex") {
		f.region().connect = true
	}
}

// openCall checks open(path, mode).
func (f *facts) openCall(call *ast.Call) {
	s := f.scope()
	mode := "r"
	if m := analysis.Arg(call, 1, "mode"); m != nil {
		if v, ok := f.flow.constString(s, m); ok {
			mode = v
		}
	}
	if !writeMode(mode) || len(call.Args) == 0 {
		return
	}
	path := pathFragments(f.model, s, call.Args[0])
	if p, ok := containsAny(path, persistencePaths); ok {
		f.report(IDPersistence, call.Loc, "writes to an autostart location (%s)", strings.Trim(p, "/"))
	}
	if hasExeSuffix(fragments(f.model, s, call.Args[0])) {
		f.region().writesExe = true
		f.report(IDExecutableDropped, call.Loc, "writes an executable file")
	}
}

// writeCall checks f.write(data) and Path(...).write_bytes(data).
func (f *facts) writeCall(call *ast.Call, q string) {
	s := f.scope()
	r := f.region()
	if len(call.Args) == 0 {
		return
	}
	o := f.flow.origin(s, call.Args[0], 0)
	if o&Net != 0 {
		r.netWrite, r.hasNetWrite = call.Loc, true
	}
	if o&Decoded != 0 {
		r.decWrite = true
	}
	if v, ok := f.model.ConstValue(s, call.Args[0]); ok {
		if b, ok := v.([]byte); ok && (bytes.HasPrefix(b, []byte("MZ")) || bytes.HasPrefix(b, []byte("\x7fELF")) ||
			bytes.HasPrefix(b, []byte("\xcf\xfa\xed\xfe")) || bytes.HasPrefix(b, []byte("\xca\xfe\xba\xbe"))) {
			r.writesExe = true
			f.report(IDExecutableDropped, call.Loc, "writes native executable bytes (PE/ELF/Mach-O magic)")
		}
	}
	if a, ok := call.Func.(*ast.Attribute); ok {
		recv := pathFragments(f.model, s, a.Value)
		if strings.HasPrefix(q, "pathlib.Path(") || strings.Contains(exprTextDeep(a.Value), "Path") {
			if p, ok := containsAny(recv, persistencePaths); ok {
				f.report(IDPersistence, call.Loc, "writes to an autostart location (%s)", strings.Trim(p, "/"))
			}
		}
		// f.write where f = open(path, "a") with a persistence path is
		// reported at the open.
		if nm, ok := a.Value.(*ast.Name); ok {
			if b := f.model.Resolve(s, nm.Id, nm.Loc); b != nil && b.Value != nil && hasExeSuffix(fragments(f.model, b.Scope, b.Value)) {
				r.writesExe = true
			}
		}
	}
}

var entryRE = regexp.MustCompile(`^\s*([A-Za-z0-9_.\-]+)\s*=\s*[A-Za-z_][\w.]*(:[\w.]+)?\s*$`)

// setupCall checks the keywords of setup(): console scripts named like
// common commands.
func (f *facts) setupCall(call *ast.Call) {
	ep := analysis.Keyword(call, "entry_points")
	if ep == nil {
		return
	}
	s := f.scope()
	ast.Inspect(ep, func(n ast.Node) bool {
		var str string
		switch n := n.(type) {
		case *ast.Constant:
			str, _ = n.Value.(string)
		case *ast.Name:
			str, _ = f.flow.constString(s, n)
		}
		for _, line := range strings.Split(str, "\n") {
			if m := entryRE.FindStringSubmatch(line); m != nil {
				if cmd := ShadowedCommand(m[1], f.pkgName); cmd != "" {
					f.report(IDConsoleShadow, n.Location(), "console script %q shadows the %s command", m[1], cmd)
				}
			}
		}
		return true
	})
}

var versionSuffixRE = regexp.MustCompile(`[\d.]+$`)

// ShadowedCommand returns the common command a console script named
// script shadows ("pip" for "pip3.11"), or "" when it shadows none or the
// package (normalised pkg) is that tool.
func ShadowedCommand(script, pkg string) string {
	s := strings.ToLower(strings.TrimSpace(script))
	s = strings.TrimSuffix(s, ".exe")
	base := versionSuffixRE.ReplaceAllString(s, "")
	if !shadowedCommands[s] && !shadowedCommands[base] {
		return ""
	}
	cmd := base
	if shadowedCommands[s] {
		cmd = s
	}
	p := strings.ToLower(strings.NewReplacer("_", "-", ".", "-").Replace(pkg))
	if p == cmd || p == base || strings.TrimSuffix(p, "3") == base || p == "python-"+cmd || p == cmd+"-python" {
		return ""
	}
	if cmd == "python" && (p == "python" || p == "cpython" || p == "pypy") {
		return ""
	}
	return cmd
}
