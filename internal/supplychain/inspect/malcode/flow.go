package malcode

import (
	"strings"

	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/semantic"
)

// Origin is a set of the kinds of data an expression may hold.
type Origin uint16

// The kinds of data Origins follows.
const (
	Net      Origin = 1 << iota // read from the network
	Decoded                     // went through a decoder, decompressor or deobfuscation
	Secret                      // credentials: secret environment, key files, browser data, clipboard
	Host                        // host information: hostname, user, cwd
	Image                       // image content
	FileData                    // read from a file
)

// maxOriginDepth bounds the recursion of Origins through expressions and
// assignments; what lies deeper is taken as clean (a missed flow, never
// a false one).
const maxOriginDepth = 40

// flow computes origins over one module. It is flow-insensitive: a name
// holds the union of every value assigned to it in its scope before the
// use (and, for names of enclosing scopes, anywhere).
type flow struct {
	model *semantic.Model
	memo  map[ast.Expr]Origin
	busy  map[*semantic.Binding]bool
	// stores are the values put into a name's container or object after
	// it was bound: x[k] = v, x.a = v, x.append(v), x.update(v).
	stores map[*semantic.Binding][]scoped
	// wraps maps a name bound to a wrapper (z = ZipFile(buf)) to the
	// names it wraps: what is written to z ends up in buf.
	wraps map[*semantic.Binding][]*semantic.Binding
	// funcs are the functions of the module by their def node, for the
	// origins of their return values.
	busyFn map[ast.Node]bool
	// attrs are the values assigned to self.<attr> in the methods of a
	// class (keyed by the class's scope, then the attribute): what one
	// method stores, another reads.
	attrs    map[*semantic.Scope]map[string][]scoped
	busyAttr map[*semantic.Scope]map[string]bool
}

type scoped struct {
	s *semantic.Scope
	e ast.Expr
}

func newFlow(m *semantic.Model, mod *ast.Module) *flow {
	fl := &flow{model: m, memo: map[ast.Expr]Origin{}, busy: map[*semantic.Binding]bool{},
		stores: map[*semantic.Binding][]scoped{}, wraps: map[*semantic.Binding][]*semantic.Binding{}, busyFn: map[ast.Node]bool{},
		attrs: map[*semantic.Scope]map[string][]scoped{}, busyAttr: map[*semantic.Scope]map[string]bool{}}
	fl.indexStores(mod)
	return fl
}

// indexStores records the element and attribute stores of the module.
func (fl *flow) indexStores(mod *ast.Module) {
	var walk func(n ast.Node, s *semantic.Scope)
	walk = func(n ast.Node, s *semantic.Scope) {
		ast.Inspect(n, func(c ast.Node) bool {
			if c == nil {
				return false
			}
			if c != n {
				if inner := fl.model.Scope(c); inner != nil {
					walk(c, inner)
					return false
				}
			}
			switch c := c.(type) {
			case *ast.Assign:
				for _, t := range c.Targets {
					fl.addStore(s, t, c.Value)
					fl.addWrap(s, t, c.Value)
					fl.addAttr(s, t, c.Value)
				}
			case *ast.AugAssign:
				fl.addStore(s, c.Target, c.Value)
				fl.addAttr(s, c.Target, c.Value)
			case *ast.AnnAssign:
				if c.Value != nil {
					fl.addAttr(s, c.Target, c.Value)
				}
			case *ast.Call:
				fl.addLoad(s, c)
				if a, ok := c.Func.(*ast.Attribute); ok {
					switch m := a.Attr; {
					case storeMethods[m] || strings.HasPrefix(m, "set_") || strings.HasPrefix(m, "add_"):
						for _, arg := range c.Args {
							fl.addStore(s, &ast.Subscript{Value: a.Value, Loc: c.Loc}, arg)
						}
						for _, k := range c.Keywords {
							fl.addStore(s, &ast.Subscript{Value: a.Value, Loc: c.Loc}, k.Value)
						}
					}
				}
			}
			return true
		})
	}
	walk(mod, fl.model.Module)
}

// addLoad records the data a copy or a load puts into a name:
// shutil.copy2(src, dst) stores the call (whose origin is src's) into
// dst, cp.read(path) into cp.
func (fl *flow) addLoad(s *semantic.Scope, c *ast.Call) {
	q := fl.model.QualifiedName(s, c.Func)
	var into ast.Expr
	switch {
	case copyCalls[q] && len(c.Args) >= 2:
		into = c.Args[1]
	case fileAccess[q] && len(c.Args) > 0:
		if a, ok := c.Func.(*ast.Attribute); ok && (a.Attr == "read" || a.Attr == "read_file") {
			into = a.Value
		}
	}
	if nm, ok := into.(*ast.Name); ok {
		fl.addStore(s, &ast.Subscript{Value: nm, Loc: c.Loc}, c)
	}
}

// selfClass returns the class scope of the method whose first parameter
// e (a name used in scope s) is, or nil.
func selfClass(s *semantic.Scope, e ast.Expr) *semantic.Scope {
	nm, ok := e.(*ast.Name)
	if !ok {
		return nil
	}
	for ; s != nil; s = s.Parent {
		if s.Kind != semantic.FunctionScope {
			continue
		}
		if s.Parent == nil || s.Parent.Kind != semantic.ClassScope {
			return nil
		}
		var args *ast.Arguments
		switch fn := s.Node.(type) {
		case *ast.FunctionDef:
			args = fn.Args
		case *ast.AsyncFunctionDef:
			args = fn.Args
		}
		if args == nil {
			return nil
		}
		params := append(append([]*ast.Arg{}, args.Posonlyargs...), args.Args...)
		if len(params) == 0 || params[0].Arg != nm.Id {
			return nil
		}
		return s.Parent
	}
	return nil
}

// addAttr records self.attr = value in a method.
func (fl *flow) addAttr(s *semantic.Scope, target, value ast.Expr) {
	a, ok := target.(*ast.Attribute)
	if !ok {
		return
	}
	cls := selfClass(s, a.Value)
	if cls == nil {
		return
	}
	if fl.attrs[cls] == nil {
		fl.attrs[cls] = map[string][]scoped{}
	}
	fl.attrs[cls][a.Attr] = append(fl.attrs[cls][a.Attr], scoped{s, value})
}

// attrValues returns the union of the values the methods of the class
// of the method parameter e.Value assign to self.<e.Attr>.
func (fl *flow) attrValues(s *semantic.Scope, e *ast.Attribute, d int) Origin {
	cls := selfClass(s, e.Value)
	if cls == nil || fl.busyAttr[cls][e.Attr] {
		return 0
	}
	if fl.busyAttr[cls] == nil {
		fl.busyAttr[cls] = map[string]bool{}
	}
	fl.busyAttr[cls][e.Attr] = true
	defer delete(fl.busyAttr[cls], e.Attr)
	var o Origin
	for _, v := range fl.attrs[cls][e.Attr] {
		o |= fl.origin(v.s, v.e, d)
	}
	return o
}

// storeMethods put their arguments into their receiver.
var storeMethods = set("append", "extend", "update", "insert", "add", "setdefault", "appendleft", "write", "writestr",
	"put", "attach", "feed", "push", "writelines", "set_content", "set_payload")

// addWrap records z = Wrapper(buf, ...): names passed to the constructor
// of the value bound to target.
func (fl *flow) addWrap(s *semantic.Scope, target, value ast.Expr) {
	t, ok := target.(*ast.Name)
	c, ok2 := value.(*ast.Call)
	if !ok || !ok2 {
		return
	}
	tb := fl.model.Resolve(s, t.Id, ast.Loc{Lineno: t.Lineno, ColOffset: t.ColOffset + 1, EndLineno: t.EndLineno, EndColOffset: t.EndColOffset})
	if tb == nil {
		return
	}
	for _, a := range c.Args {
		if nm, ok := a.(*ast.Name); ok {
			if b := fl.model.Resolve(s, nm.Id, nm.Loc); b != nil && b != tb {
				fl.wraps[tb] = append(fl.wraps[tb], b)
			}
		}
	}
}

func (fl *flow) addStore(s *semantic.Scope, target, value ast.Expr) {
	var base ast.Expr
	switch t := target.(type) {
	case *ast.Subscript:
		base = t.Value
	case *ast.Attribute:
		base = t.Value
	default:
		return
	}
	for {
		switch b := base.(type) {
		case *ast.Subscript:
			base = b.Value
			continue
		case *ast.Attribute:
			base = b.Value
			continue
		}
		break
	}
	nm, ok := base.(*ast.Name)
	if !ok {
		return
	}
	if b := fl.model.Resolve(s, nm.Id, nm.Loc); b != nil {
		fl.stores[b] = append(fl.stores[b], scoped{s, value})
		for _, w := range fl.wraps[b] {
			fl.stores[w] = append(fl.stores[w], scoped{s, value})
		}
	}
}

// origin returns what e, evaluated in scope s, may hold.
func (fl *flow) origin(s *semantic.Scope, e ast.Expr, depth int) Origin {
	if e == nil || depth > maxOriginDepth {
		return 0
	}
	if o, ok := fl.memo[e]; ok {
		return o
	}
	o := fl.compute(s, e, depth)
	fl.memo[e] = o
	return o
}

func (fl *flow) compute(s *semantic.Scope, e ast.Expr, depth int) Origin {
	d := depth + 1
	switch e := e.(type) {
	case *ast.Constant:
		return 0
	case *ast.Name:
		if e.Id == "__builtins__" {
			return 0
		}
		q := fl.model.QualifiedName(s, e)
		if o, ok := nameOrigin(q); ok {
			return o
		}
		return fl.nameValues(s, e, d)
	case *ast.Attribute:
		q := fl.model.QualifiedName(s, e)
		if o, ok := nameOrigin(q); ok {
			return o
		}
		return fl.origin(s, e.Value, d) | fl.attrValues(s, e, d)
	case *ast.Subscript:
		o := fl.origin(s, e.Value, d)
		if q := fl.model.QualifiedName(s, e.Value); q == "os.environ" {
			if k, ok := fl.constString(s, e.Slice); ok {
				return envOrigin(k)
			}
			return Secret
		}
		if sl, ok := e.Slice.(*ast.Slice); ok && sl.Step != nil && fl.reversedLiteral(s, e.Value, o) {
			if v, ok := fl.model.ConstValue(s, sl.Step); ok {
				if n, ok := v.(int64); ok && n < 0 {
					o |= Decoded // a reversed literal: "...)(cexe"[::-1]
				}
			} else if u, ok := sl.Step.(*ast.UnaryOp); ok && u.Op == ast.USub {
				o |= Decoded
			}
		}
		return o | fl.origin(s, e.Slice, d)&^FileData
	case *ast.Call:
		return fl.call(s, e, d)
	case *ast.BinOp:
		return fl.origin(s, e.Left, d) | fl.origin(s, e.Right, d)
	case *ast.BoolOp:
		var o Origin
		for _, v := range e.Values {
			o |= fl.origin(s, v, d)
		}
		return o
	case *ast.IfExp:
		return fl.origin(s, e.Body, d) | fl.origin(s, e.Orelse, d)
	case *ast.JoinedStr:
		var o Origin
		for _, v := range e.Values {
			o |= fl.origin(s, v, d)
		}
		return o
	case *ast.FormattedValue:
		return fl.origin(s, e.Value, d)
	case *ast.List:
		return fl.all(s, e.Elts, d)
	case *ast.Tuple:
		return fl.all(s, e.Elts, d)
	case *ast.Set:
		return fl.all(s, e.Elts, d)
	case *ast.Dict:
		return fl.all(s, e.Keys, d) | fl.all(s, e.Values, d)
	case *ast.Starred:
		return fl.origin(s, e.Value, d)
	case *ast.Await:
		return fl.origin(s, e.Value, d)
	case *ast.NamedExpr:
		return fl.origin(s, e.Value, d)
	case *ast.UnaryOp:
		return fl.origin(s, e.Operand, d)
	case *ast.ListComp:
		return fl.comp(s, e, e.Generators, d, e.Elt)
	case *ast.SetComp:
		return fl.comp(s, e, e.Generators, d, e.Elt)
	case *ast.GeneratorExp:
		return fl.comp(s, e, e.Generators, d, e.Elt)
	case *ast.DictComp:
		return fl.comp(s, e, e.Generators, d, e.Key, e.Value)
	}
	return 0
}

func (fl *flow) all(s *semantic.Scope, es []ast.Expr, d int) Origin {
	var o Origin
	for _, x := range es {
		o |= fl.origin(s, x, d)
	}
	return o
}

func (fl *flow) comp(s *semantic.Scope, n ast.Expr, gens []*ast.Comprehension, d int, elts ...ast.Expr) Origin {
	inner := fl.model.Scope(n)
	if inner == nil {
		inner = s
	}
	var o Origin
	for i, g := range gens {
		gs := inner
		if i == 0 {
			gs = s // the first iterable is evaluated outside
		}
		o |= fl.origin(gs, g.Iter, d)
	}
	for _, x := range elts {
		o |= fl.origin(inner, x, d)
	}
	return o
}

// nameValues returns the union of the values bound to the name e.
func (fl *flow) nameValues(s *semantic.Scope, e *ast.Name, d int) Origin {
	b := fl.model.Resolve(s, e.Id, e.Loc)
	if b == nil {
		return 0
	}
	var o Origin
	for _, ob := range b.Scope.Bindings[b.Name] {
		if ob.Scope == s && ob != b && !before(ob.Loc, e.Loc) {
			continue
		}
		if fl.busy[ob] {
			continue
		}
		fl.busy[ob] = true
		o |= fl.bindingValue(ob, d)
		for _, st := range fl.stores[ob] {
			o |= fl.origin(st.s, st.e, d)
		}
		delete(fl.busy, ob)
	}
	return o
}

func before(a, b ast.Loc) bool {
	return a.Lineno < b.Lineno || a.Lineno == b.Lineno && a.ColOffset <= b.ColOffset
}

func (fl *flow) bindingValue(b *semantic.Binding, d int) Origin {
	switch b.Kind {
	case semantic.AssignBinding, semantic.WithBinding:
		if b.Value != nil {
			return fl.origin(b.Scope, b.Value, d)
		}
		if a, ok := b.Node.(*ast.Assign); ok {
			return fl.origin(b.Scope, a.Value, d)
		}
	case semantic.AugAssignBinding:
		if a, ok := b.Node.(*ast.AugAssign); ok {
			return fl.origin(b.Scope, a.Value, d)
		}
	case semantic.LoopBinding, semantic.OtherBinding:
		switch n := b.Node.(type) {
		case *ast.For:
			return fl.origin(b.Scope, n.Iter, d)
		case *ast.AsyncFor:
			return fl.origin(b.Scope, n.Iter, d)
		case *ast.Assign:
			return fl.origin(b.Scope, n.Value, d)
		case *ast.With:
			var o Origin
			for _, it := range n.Items {
				o |= fl.origin(b.Scope, it.ContextExpr, d)
			}
			return o
		}
	}
	return 0
}

func (fl *flow) constString(s *semantic.Scope, e ast.Expr) (string, bool) {
	v, ok := fl.model.ConstValue(s, e)
	if !ok {
		return "", false
	}
	str, ok := v.(string)
	return str, ok
}

// reversedLiteral reports whether reversing v (of origin o) is
// deobfuscation: v is a constant string or bytes, or data already
// decoded or fetched.
func (fl *flow) reversedLiteral(s *semantic.Scope, v ast.Expr, o Origin) bool {
	if o&(Decoded|Net|Image) != 0 {
		return true
	}
	c, ok := fl.model.ConstValue(s, v)
	if !ok {
		return false
	}
	switch c := c.(type) {
	case string:
		return len(c) >= 8
	case []byte:
		return len(c) >= 8
	}
	return false
}

// nameOrigin is the origin of a qualified name used as a value.
func nameOrigin(q string) (Origin, bool) {
	switch q {
	case "os.environ", "os.environb", "posix.environ":
		return Secret, true
	case "sys.platform", "os.name":
		return Host, true
	}
	return 0, false
}

// envOrigin is the origin of the environment variable name.
func envOrigin(name string) Origin {
	up := strings.ToUpper(name)
	if hostEnv[up] {
		return Host
	}
	if ciSecretEnv[up] || secretWord(up) {
		return Secret
	}
	return 0
}

func secretWord(up string) bool {
	for _, w := range []string{"TOKEN", "SECRET", "PASSWORD", "PASSWD", "API_KEY", "APIKEY", "PRIVATE_KEY", "CREDENTIAL", "WEBHOOK"} {
		if strings.Contains(up, w) {
			return true
		}
	}
	return false
}

// baseName returns q up to its first call: "requests.get" for
// "requests.get().json".
func baseName(q string) string {
	if i := strings.IndexByte(q, '('); i >= 0 {
		return q[:i]
	}
	return q
}

// methodName returns the attribute name a call's callee ends with, or "".
func methodName(call *ast.Call) string {
	if a, ok := call.Func.(*ast.Attribute); ok {
		return a.Attr
	}
	return ""
}

// returns is the union of the origins of the values a function of the
// module returns (or yields).
func (fl *flow) returns(fn ast.Node, d int) Origin {
	if fl.busyFn[fn] {
		return 0
	}
	fs := fl.model.Scope(fn)
	if fs == nil {
		return 0
	}
	fl.busyFn[fn] = true
	defer delete(fl.busyFn, fn)
	var body []ast.Stmt
	switch f := fn.(type) {
	case *ast.FunctionDef:
		body = f.Body
	case *ast.AsyncFunctionDef:
		body = f.Body
	}
	var o Origin
	for _, st := range body {
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.Lambda, *ast.ClassDef:
				return false
			case *ast.Return:
				o |= fl.origin(fs, n.Value, d)
			case *ast.Yield:
				o |= fl.origin(fs, n.Value, d)
			}
			return true
		})
	}
	return o
}

// localFunction returns the def a called name is bound to in the module.
func (fl *flow) localFunction(s *semantic.Scope, e ast.Expr) ast.Node {
	nm, ok := e.(*ast.Name)
	if !ok {
		return nil
	}
	b := fl.model.Resolve(s, nm.Id, nm.Loc)
	if b == nil || b.Kind != semantic.FunctionBinding {
		return nil
	}
	return b.Node
}

func (fl *flow) call(s *semantic.Scope, call *ast.Call, d int) Origin {
	if fn := fl.localFunction(s, call.Func); fn != nil {
		o := fl.returns(fn, d)
		// what the caller passes in may come back out
		o |= fl.all(s, call.Args, d)
		for _, k := range call.Keywords {
			o |= fl.origin(s, k.Value, d)
		}
		return o
	}
	q := fl.model.QualifiedName(s, call.Func)
	base := baseName(q)
	args := fl.all(s, call.Args, d)
	for _, k := range call.Keywords {
		args |= fl.origin(s, k.Value, d)
	}
	var recv Origin
	if a, ok := call.Func.(*ast.Attribute); ok {
		recv = fl.origin(s, a.Value, d)
	}
	method := methodName(call)
	switch {
	case q == "urllib.request.Request" || q == "urllib2.Request":
		return args // a request not yet sent
	case netCalls[q] || netCalls[base] || strings.HasPrefix(q, "requests.") && !strings.Contains(q, "exceptions") ||
		strings.HasPrefix(q, "urllib.request.urlopen") || strings.HasPrefix(q, "httpx."):
		o := Net
		if fragmentsHave(fl.model, s, call, metadataHosts) {
			o |= Secret
		}
		return o | recv&(Net|Secret)
	case hostInfo[q] || hostInfo[base]:
		return Host
	case clipboardReads[q] || clipboardReads[base]:
		return Secret
	case imageOpen[q] || imageOpen[base]:
		return Image | args
	case q == "os.getenv" || q == "os.environ.get" || q == "os.getenvb" || q == "os.environ.__getitem__":
		if len(call.Args) > 0 {
			if k, ok := fl.constString(s, call.Args[0]); ok {
				return envOrigin(k)
			}
		}
		return Secret
	case q == "os.environ.copy" || q == "os.environ.items" || q == "os.environ.keys" || q == "os.environ.values" || q == "builtins.dict" && args&Secret != 0:
		return Secret
	case q == "builtins.reversed":
		if len(call.Args) == 1 && fl.reversedLiteral(s, call.Args[0], args) {
			return Decoded | args
		}
		return args
	case decoders[q] || decoders[base]:
		if q == "builtins.chr" {
			return Decoded | args
		}
		return Decoded | args | recv
	case q == "builtins.bytes" || q == "builtins.bytearray":
		if len(call.Args) == 1 && isIntSequence(call.Args[0]) {
			return Decoded | args
		}
		return args
	case q == "builtins.open" || q == "io.open" || q == "codecs.open" || strings.HasPrefix(q, "pathlib.Path(") && (method == "read_bytes" || method == "read_text" || method == "open"):
		return fl.fileOrigin(s, call) | args&(Net|Decoded|Secret|Image)
	case fileAccess[q] || fileAccess[base]:
		// listing, copying or archiving a credential store
		if _, ok := containsAny(pathFragments(fl.model, s, call), credentialPaths); ok {
			return Secret | args
		}
	}
	switch method {
	case "decode", "encode":
		if len(call.Args) > 0 {
			if c, ok := fl.constString(s, call.Args[0]); ok && decoderCodecs[strings.ToLower(c)] {
				return Decoded | recv | args
			}
		}
		return recv | args
	case "join":
		// "".join(chr(c) for c in ...)
		if len(call.Args) == 1 && callsBuiltin(fl.model, s, call.Args[0], "chr") {
			return Decoded | args | recv
		}
	case "translate":
		if len(call.Args) > 0 && strings.Contains(exprTextDeep(call.Args[0]), "maketrans") {
			return Decoded | recv | args
		}
		return recv | args
	case "getdata", "getpixel", "tobytes", "load", "getchannel", "split":
		if recv&Image != 0 {
			return recv
		}
	case "read", "readlines", "readline", "read_bytes", "read_text", "json", "iter_content", "getvalue", "open":
		o := recv | args&(Net|Decoded|Secret)
		if a, ok := call.Func.(*ast.Attribute); ok && method != "json" && method != "getvalue" {
			if _, ok := containsAny(pathFragments(fl.model, s, a.Value), credentialPaths); ok {
				o |= Secret
			}
		}
		return o
	}
	// The default: data flows from the arguments and the receiver to the
	// result.
	return args | recv
}

// fileOrigin is the origin of what a file opened by call holds.
func (fl *flow) fileOrigin(s *semantic.Scope, call *ast.Call) Origin {
	frags := fragments(fl.model, s, call)
	o := FileData
	if _, ok := containsAny(frags, credentialPaths); ok {
		o |= Secret
	}
	if strings.Contains(frags, "/proc/") && strings.Contains(frags, "environ") {
		o |= Secret
	}
	for _, ext := range []string{".png", ".jpg", ".jpeg", ".gif", ".bmp", ".ico", ".webp", ".tif"} {
		if strings.Contains(frags, ext) {
			o |= Image
		}
	}
	return o
}

// isIntSequence reports whether e is a list, tuple or generator (of
// anything but constants other than ints), as in bytes([105, 109, ...]).
func isIntSequence(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.List:
		return intElts(e.Elts)
	case *ast.Tuple:
		return intElts(e.Elts)
	case *ast.GeneratorExp, *ast.ListComp:
		return true
	}
	return false
}

func intElts(es []ast.Expr) bool {
	if len(es) < 8 {
		return false
	}
	for _, x := range es {
		c, ok := x.(*ast.Constant)
		if !ok {
			continue
		}
		if _, ok := c.Value.(int64); !ok {
			return false
		}
	}
	return true
}

// callsBuiltin reports whether e contains a call of the builtin name.
func callsBuiltin(m *semantic.Model, s *semantic.Scope, e ast.Expr, name string) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		if c, ok := n.(*ast.Call); ok {
			if f, ok := c.Func.(*ast.Name); ok && f.Id == name {
				found = true
			}
		}
		return true
	})
	return found
}

// maxFragments bounds the text fragments collects from one expression.
const maxFragments = 16 << 10

// fragments returns the constant text in e (string and bytes literals,
// names bound to constants), lower case with forward slashes, separated
// by spaces.
func fragments(m *semantic.Model, s *semantic.Scope, e ast.Node) string {
	var b strings.Builder
	collectFragments(m, s, e, &b, 0)
	t := strings.ToLower(b.String())
	t = strings.ReplaceAll(t, `\\`, "/")
	t = strings.ReplaceAll(t, `\`, "/")
	return t
}

// maxFragmentDepth bounds how many assignments fragments follows.
const maxFragmentDepth = 4

func collectFragments(m *semantic.Model, s *semantic.Scope, e ast.Node, b *strings.Builder, depth int) {
	ast.Inspect(e, func(n ast.Node) bool {
		if b.Len() > maxFragments {
			return false
		}
		switch n := n.(type) {
		case *ast.Constant:
			switch v := n.Value.(type) {
			case string:
				b.WriteString(v)
				b.WriteByte(' ')
			case []byte:
				if len(v) < 4096 {
					b.Write(v)
					b.WriteByte(' ')
				}
			}
		case *ast.Name:
			if v, ok := m.ConstValue(s, n); ok {
				if str, ok := v.(string); ok {
					b.WriteString(str)
					b.WriteByte(' ')
				}
			} else if depth < maxFragmentDepth {
				if bd := m.Resolve(s, n.Id, n.Loc); bd != nil {
					switch {
					case bd.Kind == semantic.AssignBinding && bd.Value != nil:
						collectFragments(m, bd.Scope, bd.Value, b, depth+1)
					case bd.Kind == semantic.LoopBinding:
						if f, ok := bd.Node.(*ast.For); ok {
							collectFragments(m, bd.Scope, f.Iter, b, depth+1)
						}
					}
				}
			}
		case *ast.Lambda:
			return false
		}
		return true
	})
}

// pathFragments is fragments with the parts of joined paths glued with
// "/": os.path.join(home, ".ssh", "id_rsa") gives "/.ssh/id_rsa".
func pathFragments(m *semantic.Model, s *semantic.Scope, e ast.Node) string {
	f := fragments(m, s, e)
	return f + " " + strings.ReplaceAll(strings.TrimSpace(f), " ", "/")
}

func fragmentsHave(m *semantic.Model, s *semantic.Scope, e ast.Node, subs []string) bool {
	_, ok := containsAny(fragments(m, s, e), subs)
	return ok
}
