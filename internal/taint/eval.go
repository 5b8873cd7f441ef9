package taint

import (
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/semantic"
)

// isResponse reports whether q, the qualified name of a read (attribute or
// method name last) is a read of a network response.
func isResponse(q, last string) bool {
	base, ok := strings.CutSuffix(q, "."+last)
	if !ok {
		return false
	}
	for _, r := range responseReaders {
		if base == r {
			return true
		}
	}
	return false
}

// isSocket reports whether a .recv-like call is on a socket: by qualified
// name, or by the spelling of an unresolved receiver.
func isSocket(q, method, recvPath string) bool {
	if q != "" {
		for _, p := range socketPrefixes {
			if strings.HasPrefix(q, p) {
				return true
			}
		}
		return false
	}
	last := strings.ToLower(recvPath)
	if i := strings.LastIndexAny(last, ".["); i >= 0 {
		last = last[i+1:]
	}
	for _, w := range socketReceiverWords {
		if last == w || strings.HasSuffix(last, w) || strings.HasPrefix(last, w+"_") {
			return true
		}
	}
	return false
}

func (fr *frame) source(loc ast.Loc, label string) Value {
	return Value{Taint: Taint{{Source: label, Trace: []finding.Step{fr.e.step(loc, "source: "+label)}}}}
}

// eval returns the abstract value of e in st, reporting the sinks it
// calls. It may update st (container methods, walrus).
func (fr *frame) eval(st *State, e ast.Expr, depth int) Value {
	if st == nil || e == nil || depth > maxExprDepth {
		return Value{}
	}
	switch x := e.(type) {
	case *ast.Constant:
		return constant(x.Value)
	case *ast.Name:
		if v, ok := st.vars[x.Id]; ok {
			return v
		}
		q := fr.e.model.QualifiedName(fr.scope, x)
		if label, ok := attributeSources[q]; ok {
			return fr.source(x.Loc, label)
		}
		if label, ok := fr.e.userSource(q); ok {
			return fr.source(x.Loc, label)
		}
		if fr.f != nil && fr.e.moduleState != nil {
			if b := fr.e.model.Resolve(fr.scope, x.Id, x.Loc); b != nil && b.Scope == fr.e.model.Module {
				if v, ok := fr.e.moduleState.vars[x.Id]; ok && v.Tainted() {
					return Value{Taint: v.Taint}
				}
			}
		}
		if c, ok := fr.e.model.ConstValue(fr.scope, x); ok {
			return constant(c)
		}
		return Value{}
	case *ast.Attribute:
		if p, exact := fr.pathOf(st, x); p != "" && exact {
			if v, ok := st.lookup(p); ok {
				return v
			}
		}
		q := fr.e.model.QualifiedName(fr.scope, x)
		if label, ok := attributeSources[q]; ok {
			return fr.source(x.Loc, label)
		}
		if label, ok := fr.e.userSource(q); ok {
			return fr.source(x.Loc, label)
		}
		if responseReads[x.Attr] && isResponse(q, x.Attr) {
			fr.eval(st, x.Value, depth+1) // requests.get(url).text: the request is a sink
			return fr.source(x.Loc, "network response")
		}
		base := fr.eval(st, x.Value, depth+1)
		return Value{Taint: base.Taint}
	case *ast.Subscript:
		base := fr.eval(st, x.Value, depth+1)
		if sl, ok := x.Slice.(*ast.Slice); ok {
			fr.eval(st, sl.Lower, depth+1)
			fr.eval(st, sl.Upper, depth+1)
			fr.eval(st, sl.Step, depth+1)
			return Value{Taint: base.Taint}
		}
		if p, exact := fr.pathOf(st, x); p != "" && exact {
			if v, ok := st.vars[p]; ok {
				return v
			}
		}
		k := fr.eval(st, x.Slice, depth+1)
		if key, ok := k.Const.(string); ok && k.Known {
			base.Taint = fr.secretKeyStep(base.Taint, key, x.Loc)
		}
		if str, ok := base.Const.(string); ok && base.Known && k.Known {
			if i, ok := k.Const.(int64); ok && str == asciiOnly(str) {
				if i < 0 {
					i += int64(len(str))
				}
				if i >= 0 && i < int64(len(str)) {
					return Value{Const: str[i : i+1], Known: true, Taint: base.Taint}
				}
			}
		}
		return Value{Taint: base.Taint}
	case *ast.BinOp:
		l := fr.eval(st, x.Left, depth+1)
		r := fr.eval(st, x.Right, depth+1)
		if f, ok := l.Const.(string); ok && l.Known && x.Op == ast.Modulo && strings.Contains(f, "%r") && !strings.Contains(f, "%s") {
			r.Taint = r.Taint.Sanitize(HeaderInjection | LogInjection)
		}
		if x.Op == ast.Add {
			if prefix, ok := fr.leadingText(st, x.Left, depth+1); ok && fixedDestination(prefix) {
				r.Taint = r.Taint.Sanitize(OpenRedirect)
			}
		}
		out := Value{Taint: l.Taint.Union(r.Taint)}
		if l.Known && r.Known {
			out.Const, out.Known = foldBinOp(x.Op, l.Const, r.Const)
		}
		return out
	case *ast.UnaryOp:
		v := fr.eval(st, x.Operand, depth+1)
		switch x.Op {
		case ast.Not:
			if v.Known {
				return constant(!truthy(v.Const))
			}
			return Value{} // a bool carries no attacker text
		case ast.USub:
			if v.Known {
				if c, ok := foldBinOp(ast.Sub, int64(0), v.Const); ok {
					return Value{Const: c, Known: true, Taint: v.Taint}
				}
			}
		case ast.UAdd:
			return v
		}
		return Value{Taint: v.Taint}
	case *ast.BoolOp:
		var out Value
		first := true
		cur := st
		for i, sub := range x.Values {
			v := fr.eval(cur, sub, depth+1)
			last := i == len(x.Values)-1
			if v.Known && !last {
				t := truthy(v.Const)
				if x.Op == ast.And && !t || x.Op == ast.Or && t {
					// Decided: this operand is the result.
					if first {
						return v
					}
					return join(out, v)
				}
				continue // skipped: the next operand decides
			}
			if first {
				out, first = v, false
			} else {
				out = join(out, v)
			}
		}
		return out
	case *ast.Compare:
		l := fr.eval(st, x.Left, depth+1)
		result, known := true, l.Known
		prev := l
		for i, op := range x.Ops {
			if i >= len(x.Comparators) {
				known = false
				break
			}
			r := fr.eval(st, x.Comparators[i], depth+1)
			if known && r.Known {
				b, ok := foldCompare(op, prev.Const, r.Const)
				if !ok {
					known = false
				} else if !b {
					result = false
				}
			} else {
				known = false
			}
			prev = r
		}
		if known {
			return constant(result)
		}
		return Value{} // a bool carries no attacker text
	case *ast.IfExp:
		t := fr.eval(st, x.Test, depth+1)
		if t.Known {
			if truthy(t.Const) {
				return fr.eval(st, x.Body, depth+1)
			}
			return fr.eval(st, x.Orelse, depth+1)
		}
		ts, fs := fr.refine(st.clone(), x.Test)
		return join(fr.eval(ts, x.Body, depth+1), fr.eval(fs, x.Orelse, depth+1))
	case *ast.JoinedStr:
		var b strings.Builder
		out := Value{Known: true}
		fixed := false // the text so far fixes where a redirect goes
		for _, part := range x.Values {
			switch p := part.(type) {
			case *ast.Constant:
				s, _ := p.Value.(string)
				b.WriteString(s)
			case *ast.FormattedValue:
				v := fr.eval(st, p.Value, depth+1)
				if fixed = fixed || out.Known && fixedDestination(b.String()); fixed {
					v.Taint = v.Taint.Sanitize(OpenRedirect)
				}
				if p.Conversion == 'r' {
					v.Taint = v.Taint.Sanitize(HeaderInjection | LogInjection)
				}
				if p.FormatSpec != nil {
					fr.eval(st, p.FormatSpec, depth+1)
					out.Known = false
				}
				out.Taint = out.Taint.Union(v.Taint)
				if s, ok := v.Const.(string); ok && v.Known && p.Conversion == -1 {
					b.WriteString(s)
				} else if i, ok := v.Const.(int64); ok && v.Known {
					b.WriteString(itoa(int(i)))
				} else {
					out.Known = false
				}
			default:
				v := fr.eval(st, part, depth+1)
				out.Taint = out.Taint.Union(v.Taint)
				out.Known = false
			}
		}
		if out.Known && b.Len() <= maxFoldedString {
			out.Const = b.String()
		} else {
			out.Known = false
		}
		return out
	case *ast.FormattedValue:
		return Value{Taint: fr.eval(st, x.Value, depth+1).Taint}
	case *ast.List:
		return fr.sequence(st, x.Elts, depth)
	case *ast.Tuple:
		return fr.sequence(st, x.Elts, depth)
	case *ast.Set:
		v := fr.sequence(st, x.Elts, depth)
		v.elems = nil
		return v
	case *ast.Dict:
		out := Value{keys: map[string]Value{}}
		for i, v := range x.Values {
			vv := fr.eval(st, v, depth+1)
			out.Taint = out.Taint.Union(vv.Taint)
			if i >= len(x.Keys) || x.Keys[i] == nil {
				out.keys = nil // **spread
				continue
			}
			k := fr.eval(st, x.Keys[i], depth+1)
			out.Taint = out.Taint.Union(k.Taint)
			ks, ok := keyString(k.Const)
			if !k.Known || !ok {
				out.keys = nil
				continue
			}
			if out.keys != nil {
				out.keys["["+ks+"]"] = vv
			}
		}
		if len(out.keys) > maxListLen {
			out.keys = nil
		}
		return out
	case *ast.ListComp:
		return fr.comprehension(st, x.Generators, depth, x.Elt)
	case *ast.SetComp:
		return fr.comprehension(st, x.Generators, depth, x.Elt)
	case *ast.GeneratorExp:
		return fr.comprehension(st, x.Generators, depth, x.Elt)
	case *ast.DictComp:
		return fr.comprehension(st, x.Generators, depth, x.Key, x.Value)
	case *ast.NamedExpr:
		v := fr.eval(st, x.Value, depth+1)
		fr.assign(st, x.Target, v, x.Value)
		return v
	case *ast.Await:
		return fr.eval(st, x.Value, depth+1)
	case *ast.Yield:
		fr.eval(st, x.Value, depth+1)
		return Value{}
	case *ast.YieldFrom:
		return Value{Taint: fr.eval(st, x.Value, depth+1).Taint}
	case *ast.Starred:
		return Value{Taint: fr.eval(st, x.Value, depth+1).Taint}
	case *ast.Call:
		return fr.call(st, x, depth)
	case *ast.Lambda:
		return Value{}
	case *ast.Slice:
		fr.eval(st, x.Lower, depth+1)
		fr.eval(st, x.Upper, depth+1)
		fr.eval(st, x.Step, depth+1)
		return Value{}
	}
	return Value{}
}

// asciiOnly returns s when it is ASCII (so byte and character indices
// agree), else "".
func asciiOnly(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return ""
		}
	}
	return s
}

func (fr *frame) sequence(st *State, elts []ast.Expr, depth int) Value {
	out := Value{}
	track := len(elts) <= maxListLen
	if track {
		out.elems = make([]Value, 0, len(elts))
	}
	for _, el := range elts {
		v := fr.eval(st, el, depth+1)
		out.Taint = out.Taint.Union(v.Taint)
		if _, starred := el.(*ast.Starred); starred {
			track = false
		}
		if track {
			v.elems, v.keys = nil, nil
			out.elems = append(out.elems, v)
		}
	}
	if !track {
		out.elems = nil
	}
	return out
}

func (fr *frame) comprehension(st *State, gens []*ast.Comprehension, depth int, elts ...ast.Expr) Value {
	s := st.clone()
	for _, g := range gens {
		if g == nil {
			continue
		}
		it := fr.eval(s, g.Iter, depth+1)
		fr.assign(s, g.Target, Value{Taint: it.Taint}, nil)
		for _, c := range g.Ifs {
			fr.eval(s, c, depth+1)
		}
	}
	out := Value{}
	for _, el := range elts {
		out.Taint = out.Taint.Union(fr.eval(s, el, depth+1).Taint)
	}
	return out
}

// argValues are the evaluated arguments of a call.
type argValues struct {
	pos      []Value
	kw       map[string]Value
	starred  Taint // taint of *args and **kwargs, which may fill any parameter
	all      Taint
	posCount int // positional arguments before the first *args
}

func (fr *frame) args(st *State, call *ast.Call, depth int) *argValues {
	a := &argValues{}
	seenStar := false
	for _, x := range call.Args {
		v := fr.eval(st, x, depth+1)
		a.all = a.all.Union(v.Taint)
		if _, ok := x.(*ast.Starred); ok {
			seenStar = true
			a.starred = a.starred.Union(v.Taint)
			continue
		}
		if !seenStar {
			a.pos = append(a.pos, v)
		}
	}
	a.posCount = len(a.pos)
	for _, k := range call.Keywords {
		if k == nil {
			continue
		}
		v := fr.eval(st, k.Value, depth+1)
		a.all = a.all.Union(v.Taint)
		if k.Arg == "" {
			a.starred = a.starred.Union(v.Taint)
			continue
		}
		if a.kw == nil {
			a.kw = make(map[string]Value, len(call.Keywords))
		}
		a.kw[k.Arg] = v
	}
	return a
}

// arg returns the argument at position pos or keyword name.
func (a *argValues) arg(pos int, name string) (Value, bool) {
	if pos >= 0 && pos < len(a.pos) {
		return a.pos[pos], true
	}
	if name != "" {
		if v, ok := a.kw[name]; ok {
			return v, true
		}
	}
	if len(a.starred) > 0 {
		return Value{Taint: a.starred}, true
	}
	return Value{}, false
}

func (fr *frame) call(st *State, call *ast.Call, depth int) Value {
	if pc, a, ok := fr.partialCall(st, call, depth); ok {
		return fr.callWith(st, pc, depth, a)
	}
	return fr.callWith(st, call, depth, nil)
}

// partialCall rewrites a call of a name bound to functools.partial(g,
// *bound, **kw) into the call of g it makes: g(*bound, *args, **kw,
// **kwargs), with the bound arguments' values as they were when the
// partial was made (when that was in this function), and their
// expressions re-evaluated otherwise. One level is followed: a partial of
// a partial uses the default for unknown calls.
func (fr *frame) partialCall(st *State, call *ast.Call, depth int) (*ast.Call, *argValues, bool) {
	name, ok := call.Func.(*ast.Name)
	if !ok || !fr.e.partialNames[name.Id] {
		return nil, nil, false
	}
	b := fr.e.model.Resolve(fr.scope, name.Id, name.Loc)
	if b == nil || b.Kind != semantic.AssignBinding {
		return nil, nil, false
	}
	pv, ok := b.Value.(*ast.Call)
	if !ok || len(pv.Args) == 0 || fr.e.model.QualifiedName(b.Scope, pv.Func) != "functools.partial" {
		return nil, nil, false
	}
	for _, x := range pv.Args {
		if _, starred := x.(*ast.Starred); starred {
			return nil, nil, false
		}
	}
	bound := pv.Args[1:]
	vals := make([]Value, len(bound))
	if n, ok := st.lens[name.Id]; ok && n == len(pv.Args) && b.Scope == fr.scope {
		for i := range bound {
			vals[i] = st.read(elemPath(name.Id, i+1))
		}
	} else {
		// Made elsewhere (the module body): its names are not this
		// function's variables.
		at := st
		if b.Scope != fr.scope {
			at = newState()
		}
		for i, x := range bound {
			vals[i] = fr.eval(at, x, depth+1)
		}
	}
	synth := &ast.Call{
		Loc:      call.Loc,
		Func:     pv.Args[0],
		Args:     append(append([]ast.Expr(nil), bound...), call.Args...),
		Keywords: append(append([]*ast.Keyword(nil), pv.Keywords...), call.Keywords...),
	}
	a := fr.args(st, &ast.Call{Loc: call.Loc, Args: call.Args, Keywords: synth.Keywords}, depth)
	var all Taint
	for _, v := range vals {
		all = all.Union(v.Taint)
	}
	a.pos = append(vals, a.pos...)
	a.posCount = len(a.pos)
	a.all = all.Union(a.all)
	return synth, a, true
}

// callWith models a call whose arguments are pre when not nil (a call
// rewritten by partialCall), else evaluated here.
func (fr *frame) callWith(st *State, call *ast.Call, depth int, pre *argValues) (result Value) {
	q := fr.e.model.QualifiedName(fr.scope, call.Func)
	if q == "" {
		q = fr.selfAttrCall(call.Func)
	}
	if q == "" {
		q = fr.annotatedCall(call.Func)
	}
	var recv Value
	var recvPath, method string
	recvExact, boundSource := false, false
	if attr, ok := call.Func.(*ast.Attribute); ok {
		method = attr.Attr
		recv = fr.eval(st, attr.Value, depth+1)
		recvPath, recvExact = fr.pathOf(st, attr.Value)
		if p, exact := fr.pathOf(st, attr); exact {
			// A tainted bound method (request.body of a request object)
			// returns tainted data.
			if v, ok := st.vars[p]; ok {
				recv.Taint = recv.Taint.Union(v.Taint)
				boundSource = v.Tainted()
			}
		}
	} else if _, ok := call.Func.(*ast.Name); !ok {
		recv = fr.eval(st, call.Func, depth+1)
	}
	a := pre
	if a == nil {
		a = fr.args(st, call, depth)
	}
	if label, ok := callSources[q]; ok {
		return fr.source(call.Loc, label)
	}
	if label, ok := fr.e.userSource(q); ok {
		return fr.source(call.Loc, label)
	}
	if method != "" {
		if responseReads[method] && isResponse(q, method) {
			return fr.source(call.Loc, "network response")
		}
		if socketReads[method] && isSocket(q, method, recvPath) {
			return fr.source(call.Loc, "socket data")
		}
	}
	selfPath := ""
	if recvExact {
		selfPath = recvPath
	}
	if f, offset, ctor := fr.resolveLocal(call); f != nil {
		sum := fr.e.summaryOf(f)
		if sum == nil {
			return Value{} // not computed yet: the next round will see it
		}
		return fr.applySummary(st, call, f, sum, offset, ctor, recv, selfPath, a, false)
	}
	if fr.e.project != nil && q != "" && !fr.e.modelled(q) {
		if fr.e.demand != nil && fr.e.project.names(q) {
			fr.e.demand.crossed = true // what follows depends on the depth
		}
		if f, sum, offset, ctor := fr.e.project.function(q, fr.e.stack); f != nil {
			if sum == nil {
				return Value{Taint: recv.Taint.Union(a.all)} // budget hit in that module
			}
			return fr.applySummary(st, call, f, sum, offset, ctor, recv, selfPath, a, true)
		}
	}
	if n, ok := call.Func.(*ast.Name); ok && fr.f != nil && fr.f.wsgiStart != "" && n.Id == fr.f.wsgiStart {
		// start_response(status, headers) of a WSGI application.
		fr.reportArgs(call, "start_response", sink(HeaderInjection, 1, "response_headers"), a)
	}
	if sk, ok := fr.e.sinkFor(q); ok {
		fr.checkSink(st, call, q, sk, a)
		if sk.Class == XSS {
			// The HTML it makes was reported here: the response or
			// markup it returns is not reported again where a view
			// returns it or another response wraps it.
			defer func() { result.Taint = result.Taint.Sanitize(XSS) }()
		}
	}
	fr.checkTemplate(call, q, method, a)
	if responseClasses[q] {
		if v, ok := a.kw["headers"]; ok && v.Tainted() {
			fr.report(HeaderInjection, "response headers", call.Loc, v.Taint, 0, nil)
		}
	}
	if htmlResponses[q] {
		// aiohttp's web.Response(text=..., content_type="text/html").
		if ct, ok := a.kw["content_type"]; ok && ct.Known {
			if s, _ := ct.Const.(string); strings.Contains(strings.ToLower(s), "html") {
				for _, k := range []string{"text", "body"} {
					if v, ok := a.kw[k]; ok && v.Tainted() {
						fr.report(XSS, q, call.Loc, v.Taint, 0, nil)
					}
				}
			}
		}
	}
	if c, ok := fr.e.sanitizerFor(q); ok {
		if q == "urllib.parse.quote" || q == "urllib.parse.quote_plus" {
			c = quoteSafety(a, q)
		}
		if c == AllClasses {
			return Value{}
		}
		return Value{Taint: a.all.Sanitize(c)}
	}
	if fr.autoescapedRender(call, method) {
		return Value{Taint: a.all.Sanitize(XSS)}
	}
	if strings.HasPrefix(q, "yarl.URL") && urlPartSetters[method] {
		// ORIGIN.with_path(p): the scheme and host stay the receiver's,
		// so the argument cannot send the URL elsewhere.
		return Value{Taint: recv.Taint.Union(a.all.Sanitize(OpenRedirect | SSRF))}
	}
	if method == "get" || method == "getlist" {
		// request.args.get("n", type=int): Werkzeug converts the value
		// (or gives the default).
		if t := keywordExpr(call, "type"); t != nil {
			if c, ok := fr.e.sanitizerFor(fr.e.model.QualifiedName(fr.scope, t)); ok && c == AllClasses {
				return Value{}
			}
		}
	}
	if subject, ok := fr.lineBreaksReplaced(call, q, method); ok {
		// re.sub of every CR and LF: the result cannot forge a log line
		// or a header.
		v := fr.eval(st, subject, 0)
		return Value{Taint: v.Taint.Sanitize(LogInjection | HeaderInjection)}
	}
	if method == "hexdigest" && (strings.HasPrefix(q, "hashlib.") || strings.HasPrefix(q, "hmac.")) {
		// Hex digits only: nothing can be injected with them.
		return Value{}
	}
	if method == "resolve" && len(a.pos) == 0 && recv.Tainted() && (q == "" || strings.HasPrefix(q, "pathlib.")) {
		// pathlib's resolve() normalises like os.path.realpath.
		return Value{Taint: recv.Taint.Sanitize(pathNormalized)}
	}
	if method != "" {
		fr.checkMethodSink(call, q, method, recv, recvPath, a)
		if (method == "read_text" || method == "read_bytes") && len(a.all) == 0 && (q == "" || strings.HasPrefix(q, "pathlib.")) {
			return Value{} // the file's content, not the name that chose it
		}
	}
	fr.checkXXE(st, call, q, method, recvPath, a)
	fr.checkWeakHash(call, q, method, a)
	if recvPath != "" && recvExact {
		if v, handled := fr.containerMethod(st, method, recvPath, recv, a); handled {
			return fr.itemKeyStep(v, call, method, a)
		}
	}
	out := fr.itemKeyStep(Value{Taint: recv.Taint.Union(a.all)}, call, method, a)
	if method == "replace" && len(a.pos) >= 1 && a.pos[0].Known && len(a.all) == 0 {
		if old, ok := a.pos[0].Const.(string); ok && strings.ContainsAny(old, "\r\n") {
			// Removing line breaks stops header and log injection.
			out.Taint = out.Taint.Sanitize(HeaderInjection | LogInjection)
		}
	}
	if recvPath != "" && recvExact && method != "" && !boundSource {
		// A method of an object may return what its attributes hold
		// (a bound method that is a source, await request.post(), returns
		// what it reads, not every other source of the request).
		out.Taint = out.Taint.Union(partsTaint(st, recvPath))
	}
	if q == "functools.partial" && len(a.pos) == len(call.Args) && len(a.pos) <= maxListLen {
		// Keep the bound arguments' values for partialCall (as the
		// elements of the partial object).
		out.elems = make([]Value, len(a.pos))
		for i, v := range a.pos {
			v.elems, v.keys = nil, nil
			out.elems[i] = v
		}
	}
	switch q {
	case "builtins.str", "builtins.repr", "builtins.format":
		if len(a.pos) == 1 && a.pos[0].Known {
			switch c := a.pos[0].Const.(type) {
			case string:
				out.Const, out.Known = c, true
			case int64:
				out.Const, out.Known = itoa(int(c)), true
			}
		}
	}
	if recv.Known && len(a.all) == 0 {
		if s, ok := recv.Const.(string); ok {
			switch method {
			case "lower":
				out.Const, out.Known = strings.ToLower(s), true
			case "upper":
				out.Const, out.Known = strings.ToUpper(s), true
			case "strip":
				if len(a.pos) == 0 {
					out.Const, out.Known = strings.TrimSpace(s), true
				}
			}
		}
	}
	return out
}

// checkSink reports tainted dangerous arguments of a modelled sink.
func (fr *frame) checkSink(st *State, call *ast.Call, q string, sk Sink, a *argValues) {
	if q == "yaml.load" {
		if l, ok := a.arg(1, "Loader"); ok && l.Known {
			return
		}
		if loader := keywordExpr(call, "Loader"); loader != nil {
			lq := fr.e.model.QualifiedName(fr.scope, loader)
			if strings.HasSuffix(lq, "SafeLoader") || strings.HasSuffix(lq, "CSafeLoader") {
				return
			}
		}
	}
	name := strings.TrimPrefix(q, "builtins.")
	var t Taint
	if strings.HasPrefix(q, "subprocess.") && !fr.shellMaybe(st, call, q) {
		// Without a shell only the program is dangerous: the first item of
		// a list, or the whole string.
		if len(call.Args) > 0 {
			switch x := call.Args[0].(type) {
			case *ast.List:
				t = fr.programTaint(st, x.Elts)
			case *ast.Tuple:
				t = fr.programTaint(st, x.Elts)
			default:
				if v, ok := a.arg(0, "args"); ok {
					t = v.Taint
				}
			}
		} else if v, ok := a.arg(0, "args"); ok {
			t = v.Taint
		}
		if len(t) > 0 {
			fr.report(sk.Class, name, call.Loc, t, sk.Confidence, nil)
		}
		return
	}
	_ = t
	fr.reportArgs(call, q, sk, a)
}

// modelled reports whether q is a sink, template sink or sanitiser of the
// models: the model, not the summary of a file of the project that
// defines it (when the library itself is scanned), says what it does.
func (e *engine) modelled(q string) bool {
	if _, ok := e.sinkFor(q); ok {
		return true
	}
	if _, ok := templateSinks[q]; ok {
		return true
	}
	_, ok := e.sanitizerFor(q)
	return ok
}

// checkTemplate reports untrusted text compiled as a server-side template
// (templateSinks; engines["django"].from_string(text)).
func (fr *frame) checkTemplate(call *ast.Call, q, method string, a *argValues) {
	if sk, ok := templateSinks[q]; ok {
		fr.reportArgs(call, q, sk, a)
		return
	}
	if method != "from_string" {
		return
	}
	f, ok := call.Func.(*ast.Attribute)
	if !ok {
		return
	}
	if eq := fr.templateEngine(fr.scope, f.Value); eq != "" {
		fr.reportArgs(call, eq+"[...].from_string", sink(TemplateInjection, 0, "template_code"), a)
	}
}

// leadingText returns the constant text x starts with: a string constant
// (or a variable known to hold one), or the leading text of the left
// operand of a concatenation or the constant start of an f-string. It
// evaluates nothing that calls (the operand was evaluated already).
func (fr *frame) leadingText(st *State, x ast.Expr, depth int) (string, bool) {
	if depth > maxExprDepth {
		return "", false
	}
	switch e := x.(type) {
	case *ast.BinOp:
		if e.Op == ast.Add {
			return fr.leadingText(st, e.Left, depth+1)
		}
	case *ast.JoinedStr:
		var b strings.Builder
		for _, part := range e.Values {
			c, ok := part.(*ast.Constant)
			if !ok {
				break
			}
			s, _ := c.Value.(string)
			b.WriteString(s)
		}
		return b.String(), b.Len() > 0
	case *ast.Constant:
		s, ok := e.Value.(string)
		return s, ok
	case *ast.Name:
		// A variable holding a constant (evaluating a name calls
		// nothing).
		v := fr.eval(st, x, depth+1)
		s, ok := v.Const.(string)
		return s, ok && v.Known && !v.Tainted()
	}
	return "", false
}

// fixedDestination reports whether a URL that starts with prefix goes to
// a place the rest of it cannot change: a path of this site ("/search?q="
// but not "/" alone, which "//evil.example" would turn into another
// host), a query or fragment ("?next="), or an absolute URL whose host is
// followed by "/", "?" or "#" ("https://example.com/u/" but not
// "https://example.com", which "@evil.example" would change).
func fixedDestination(prefix string) bool {
	switch {
	case prefix == "":
		return false
	case prefix[0] == '?' || prefix[0] == '#':
		return true
	case prefix[0] == '/':
		return len(prefix) > 1 && prefix[1] != '/' && prefix[1] != '\\'
	}
	i := strings.Index(prefix, "://")
	if i <= 0 {
		return false
	}
	for _, r := range prefix[:i] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.') {
			return false
		}
	}
	rest := prefix[i+3:]
	end := strings.IndexAny(rest, "/?#")
	return end > 0 && !strings.ContainsAny(rest[:end], "@\\")
}

// secretKeyStep adds to t, the taint of an item read from a container by
// the constant key, a step naming the key when it names a password or
// another secret (form.get("password")), so that what the trace went
// through says what the value is (KRT3328 looks for such names).
func (fr *frame) secretKeyStep(t Taint, key string, loc ast.Loc) Taint {
	if len(t) == 0 || !IsPasswordName(key) {
		return t
	}
	return t.Step(fr.e.step(loc, "item "+strconv.Quote(key)))
}

// itemKeyStep applies secretKeyStep to v, the result of a call, when the
// call reads an item by a constant key: d.get("password"),
// form.getlist("pin"), d.pop("secret").
func (fr *frame) itemKeyStep(v Value, call *ast.Call, method string, a *argValues) Value {
	switch method {
	case "get", "pop", "setdefault", "getlist", "getone", "getall":
	default:
		return v
	}
	if len(a.pos) == 0 || !a.pos[0].Known {
		return v
	}
	if key, ok := a.pos[0].Const.(string); ok {
		v.Taint = fr.secretKeyStep(v.Taint, key, call.Loc)
	}
	return v
}

// annotatedCall returns the qualified name of p.m(...) when p is a
// parameter annotated with an imported class C (p: C, Optional[C],
// C | None, Annotated[C, ...]): "C().m", as if p had been made by C();
// "" otherwise. Builtin types are left out (their methods are modelled
// by name).
func (fr *frame) annotatedCall(fn ast.Expr) string {
	attr, ok := fn.(*ast.Attribute)
	if !ok {
		return ""
	}
	n, ok := attr.Value.(*ast.Name)
	if !ok {
		return ""
	}
	b := fr.e.model.Resolve(fr.scope, n.Id, n.Loc)
	if b == nil || b.Kind != semantic.ParameterBinding || b.Scope == nil || b.Scope.Parent == nil {
		return ""
	}
	arg, ok := b.Node.(*ast.Arg)
	if !ok || arg.Annotation == nil {
		return ""
	}
	var c string
	switch t := annotatedType(fr.e.model, b.Scope.Parent, arg.Annotation).(type) {
	case *ast.Name, *ast.Attribute:
		c = fr.e.model.QualifiedName(b.Scope.Parent, t)
	}
	if c == "" || strings.HasPrefix(c, "builtins.") {
		return ""
	}
	return c + "()." + attr.Attr
}

// urlPartSetters are the methods of a yarl URL that replace its path,
// query or fragment and keep its scheme and host.
var urlPartSetters = map[string]bool{
	"with_path": true, "with_query": true, "with_fragment": true, "update_query": true, "extend_query": true, "with_name": true,
}

// lineBreaksReplaced returns the string argument of re.sub(PATTERN, REPL,
// s) or P.sub(REPL, s) (P = re.compile(PATTERN)) when the substitution
// replaces every CR and LF (replacesLineBreaks).
func (fr *frame) lineBreaksReplaced(call *ast.Call, q, method string) (ast.Expr, bool) {
	if method != "sub" || len(call.Keywords) != 0 {
		return nil, false
	}
	var pat string
	var ok bool
	args := call.Args
	if q == "re.sub" {
		if len(args) != 3 {
			return nil, false
		}
		pat, ok = fr.constString(args[0])
		args = args[1:]
	} else if len(args) == 2 {
		pat, ok = fr.compiledPattern(call.Func.(*ast.Attribute).Value)
	}
	if !ok {
		return nil, false
	}
	if repl, ok := fr.constString(args[0]); !ok || !replacesLineBreaks(pat, repl) {
		return nil, false
	}
	return args[1], true
}

// quoteSafety returns the classes a call of quote or quote_plus (q)
// makes its result safe for, from its safe= characters (quoteClasses).
func quoteSafety(a *argValues, q string) Class {
	safe := "/"
	if q == "urllib.parse.quote_plus" {
		safe = ""
	}
	v, given := a.arg(1, "safe")
	if !given {
		return quoteClasses(safe, true)
	}
	s, isStr := v.Const.(string)
	if b, isBytes := v.Const.([]byte); isBytes {
		s, isStr = string(b), true
	}
	return quoteClasses(s, v.Known && isStr && !v.Tainted())
}

// templateEngine returns the qualified name of the mapping of template
// engines that x (in scope s) is an item of — engines["django"], or a
// name assigned one — or "".
func (fr *frame) templateEngine(s *semantic.Scope, x ast.Expr) string {
	x, s = fr.assigned(s, x)
	sub, ok := x.(*ast.Subscript)
	if !ok {
		return ""
	}
	if eq := fr.e.model.QualifiedName(s, sub.Value); templateEngines[eq] {
		return eq
	}
	return ""
}

// assigned returns the value a name x is bound to by an assignment, with
// its scope, or x itself.
func (fr *frame) assigned(s *semantic.Scope, x ast.Expr) (ast.Expr, *semantic.Scope) {
	if n, ok := x.(*ast.Name); ok {
		if b := fr.e.model.Resolve(s, n.Id, n.Loc); b != nil && b.Kind == semantic.AssignBinding && b.Value != nil {
			return b.Value, b.Scope
		}
	}
	return x, s
}

// writesJSON reports whether a handler's write(chunk) is given a dict
// display, which Tornado sends as JSON (application/json), not HTML.
func writesJSON(call *ast.Call) bool {
	if len(call.Args) == 0 {
		return false
	}
	_, ok := call.Args[0].(*ast.Dict)
	return ok
}

// autoescapedRender reports whether call renders a template that
// escapes what it is given: one of a mapping of Django engines
// (engines["django"].from_string(...) or .get_template(...)), one of
// Flask's jinja_env as Flask configures it, or a Jinja2 Template or
// Environment made with autoescape=True or
// autoescape=select_autoescape(...).
func (fr *frame) autoescapedRender(call *ast.Call, method string) bool {
	f, ok := call.Func.(*ast.Attribute)
	if !ok || method != "render" && method != "generate" {
		return false
	}
	recv, s := fr.assigned(fr.scope, f.Value)
	made, ok := recv.(*ast.Call)
	if !ok {
		return false
	}
	if method == "generate" {
		// Tornado templates escape every {{ }} unless told not to.
		switch fr.e.model.QualifiedName(s, made.Func) {
		case "tornado.template.Template", "tornado.template.Loader().load", "tornado.template.DictLoader().load":
			return !autoescapeOff(made)
		}
		return false
	}
	if fr.e.model.QualifiedName(s, made.Func) == "jinja2.Template" {
		return fr.autoescapeOn(s, made)
	}
	attr, ok := made.Func.(*ast.Attribute)
	if !ok || attr.Attr != "from_string" && attr.Attr != "get_template" && attr.Attr != "select_template" {
		return false
	}
	if fr.templateEngine(s, attr.Value) != "" {
		return true
	}
	switch fr.e.model.QualifiedName(s, attr.Value) {
	case "flask.Flask().jinja_env", "flask.current_app.jinja_env":
		// Flask escapes templates without a name and those named
		// .html, .htm, .xml, .xhtml or .svg.
		if attr.Attr == "from_string" {
			return true
		}
		if len(made.Args) > 0 {
			if c, ok := made.Args[0].(*ast.Constant); ok {
				name, _ := c.Value.(string)
				switch strings.ToLower(path.Ext(name)) {
				case ".html", ".htm", ".xml", ".xhtml", ".svg":
					return true
				}
			}
		}
		return false
	}
	env, es := fr.assigned(s, attr.Value)
	if c, ok := env.(*ast.Call); ok {
		switch fr.e.model.QualifiedName(es, c.Func) {
		case "jinja2.Environment", "jinja2.environment.Environment", "jinja2.sandbox.SandboxedEnvironment":
			return fr.autoescapeOn(es, c)
		}
	}
	return false
}

// autoescapeOff reports whether a Tornado template call turns escaping
// off (autoescape=None).
func autoescapeOff(call *ast.Call) bool {
	for _, k := range call.Keywords {
		if k.Arg == "autoescape" {
			c, ok := k.Value.(*ast.Constant)
			return ok && c.Value == nil
		}
	}
	return false
}

// autoescapeOn reports whether a Jinja2 Template or Environment call
// turns autoescaping on: autoescape=True or autoescape=select_autoescape(...).
func (fr *frame) autoescapeOn(s *semantic.Scope, call *ast.Call) bool {
	for _, k := range call.Keywords {
		if k.Arg != "autoescape" {
			continue
		}
		switch v := k.Value.(type) {
		case *ast.Constant:
			return v.Value == true
		case *ast.Call:
			return fr.e.model.QualifiedName(s, v.Func) == "jinja2.select_autoescape"
		}
	}
	return false
}

// reportArgs reports the tainted dangerous arguments of a sink.
func (fr *frame) reportArgs(call *ast.Call, q string, sk Sink, a *argValues) {
	name := strings.TrimPrefix(q, "builtins.")
	var t Taint
	if sk.AllArgs {
		t = a.all
	} else {
		for i, pos := range sk.Args {
			kw := ""
			if i < len(sk.Keywords) {
				kw = sk.Keywords[i]
			}
			if v, ok := a.arg(pos, kw); ok {
				t = t.Union(v.Taint)
			}
		}
	}
	if len(t) > 0 {
		fr.report(sk.Class, name, call.Loc, t, sk.Confidence, nil)
	}
}

// interpreters run their arguments as code: ["sh", "-c", cmd] is a shell.
var interpreters = map[string]bool{
	"sh": true, "bash": true, "zsh": true, "dash": true, "ksh": true, "csh": true, "tcsh": true,
	"fish": true, "cmd": true, "cmd.exe": true, "powershell": true, "powershell.exe": true, "pwsh": true,
	"python": true, "python3": true, "perl": true, "ruby": true, "node": true, "php": true,
	"env": true, "sudo": true, "xargs": true, "ssh": true, "su": true,
}

// programTaint returns the dangerous taint of an argument list run
// without a shell: the program's, or every argument's when the program is
// an interpreter.
func (fr *frame) programTaint(st *State, elts []ast.Expr) Taint {
	if len(elts) == 0 {
		return nil
	}
	prog := fr.eval(st, elts[0], 0)
	if s, ok := prog.Const.(string); ok && prog.Known {
		if i := strings.LastIndexAny(s, "/\\"); i >= 0 {
			s = s[i+1:]
		}
		if interpreters[s] {
			var t Taint
			for _, e := range elts[1:] {
				t = t.Union(fr.eval(st, e, 0).Taint)
			}
			return t
		}
	}
	return prog.Taint
}

// shellMaybe reports whether a subprocess call may run a shell.
func (fr *frame) shellMaybe(st *State, call *ast.Call, q string) bool {
	if q == "subprocess.getoutput" || q == "subprocess.getstatusoutput" {
		return true
	}
	sh := keywordExpr(call, "shell")
	if sh == nil {
		return false
	}
	v := fr.eval(st, sh, 0)
	return !v.Known || truthy(v.Const)
}

// reportLog reports a logging call: the message, and the arguments it
// formats other than with %r (which escapes line breaks).
func (fr *frame) reportLog(call *ast.Call, q, method string, a *argValues) {
	first := 0
	if method == "log" {
		first = 1 // logger.log(level, msg, *args)
	}
	if len(a.pos) <= first {
		if len(a.all) > 0 {
			fr.report(LogInjection, q, call.Loc, a.all, 0, nil)
		}
		return
	}
	msg := a.pos[first]
	t := msg.Taint
	convs := percentConversions(msg.Const)
	for i, v := range a.pos[first+1:] {
		if msg.Known && i < len(convs) && convs[i] == 'r' {
			continue
		}
		t = t.Union(v.Taint)
	}
	for _, v := range a.kw {
		t = t.Union(v.Taint)
	}
	t = t.Union(a.starred)
	if len(t) > 0 {
		fr.report(LogInjection, q, call.Loc, t, 0, nil)
	}
}

// percentConversions returns the conversion characters of a %-format
// string, in order ("%s and %r" gives "sr").
func percentConversions(c ast.Value) []byte {
	f, ok := c.(string)
	if !ok {
		return nil
	}
	var out []byte
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(f) && strings.IndexByte("#0- +.123456789", f[j]) >= 0 {
			j++
		}
		if j < len(f) && f[j] == '%' {
			i = j
			continue
		}
		if j < len(f) {
			out = append(out, f[j])
		}
		i = j
	}
	return out
}

// xxeParsers are the lxml functions that parse their first argument with
// the parser given as their second (or parser=).
var xxeParsers = map[string]bool{
	"lxml.etree.fromstring": true, "lxml.etree.parse": true, "lxml.etree.XML": true,
	"lxml.etree.XMLID": true, "lxml.etree.iterparse": false,
}

// xxeMarker is the pseudo-attribute recording that a SAX parser was told
// to resolve external entities.
const xxeMarker = ".<external entities>"

// checkXXE reports tainted XML parsed by a parser configured to resolve
// external entities: lxml with an XMLParser(resolve_entities=True,
// load_dtd=True or no_network=False), a SAX parser after
// setFeature(feature_external_ges, True).
func (fr *frame) checkXXE(st *State, call *ast.Call, q, method, recvPath string, a *argValues) {
	switch {
	case xxeParsers[q]:
		parser := analysisArg(call, 1, "parser")
		if parser == nil || !fr.unsafeXMLParser(parser, 0) {
			return
		}
		if v, ok := a.arg(0, "source"); ok && v.Tainted() {
			fr.report(XXE, q, call.Loc, v.Taint, 0, nil)
		}
	case method == "setFeature" && strings.HasPrefix(q, "xml.sax.") && recvPath != "" && len(call.Args) == 2:
		feat := fr.e.model.QualifiedName(fr.scope, call.Args[0])
		on := fr.eval(st, call.Args[1], 0)
		if strings.HasSuffix(feat, "feature_external_ges") || strings.HasSuffix(feat, "feature_external_pes") {
			if on.Known && truthy(on.Const) {
				st.vars[recvPath+xxeMarker] = constant(true)
			}
		}
	case method == "parse" && strings.HasPrefix(q, "xml.sax.") && recvPath != "":
		if m, ok := st.vars[recvPath+xxeMarker]; ok && m.Known {
			if v, ok := a.arg(0, "source"); ok && v.Tainted() {
				fr.report(XXE, q, call.Loc, v.Taint, 0, nil)
			}
		}
	}
}

// unsafeXMLParser reports whether e is (or names) an lxml XMLParser that
// resolves external entities.
func (fr *frame) unsafeXMLParser(e ast.Expr, depth int) bool {
	if depth > 4 {
		return false
	}
	switch x := e.(type) {
	case *ast.Name:
		b := fr.e.model.Resolve(fr.scope, x.Id, x.Loc)
		if b == nil || b.Value == nil {
			return false
		}
		return fr.unsafeXMLParser(b.Value, depth+1)
	case *ast.Attribute:
		// self.parser, set in a method of the class (__init__).
		if base, ok := x.Value.(*ast.Name); ok && fr.f != nil && fr.f.class != nil && base.Id == fr.f.selfParam() {
			for _, v := range selfAssignments(fr.f.class, x.Attr) {
				if fr.unsafeXMLParser(v, depth+1) {
					return true
				}
			}
		}
		return false
	case *ast.Call:
		q := fr.e.model.QualifiedName(fr.scope, x.Func)
		if n, ok := x.Func.(*ast.Name); ok {
			// A helper of the module that returns the parser.
			if b := fr.e.model.Resolve(fr.scope, n.Id, n.Loc); b != nil && b.Kind == semantic.FunctionBinding {
				for _, r := range returnedValues(b.Node) {
					if fr.unsafeXMLParser(r, depth+1) {
						return true
					}
				}
				return false
			}
		}
		if q != "lxml.etree.XMLParser" && q != "lxml.etree.XMLPullParser" {
			return false
		}
		flag := func(name string) (bool, bool) {
			k := keywordExpr(x, name)
			if k == nil {
				return false, false
			}
			v, ok := fr.e.model.ConstValue(fr.scope, k)
			if !ok {
				return true, true // unknown: assume the worst
			}
			return truthy(v), true
		}
		if v, set := flag("resolve_entities"); set && !v {
			return false
		}
		if v, set := flag("resolve_entities"); set && v {
			return true
		}
		if v, set := flag("load_dtd"); set && v {
			return true
		}
		if v, set := flag("no_network"); set && !v {
			return true
		}
	}
	return false
}

func analysisArg(call *ast.Call, pos int, name string) ast.Expr {
	for i, a := range call.Args {
		if _, ok := a.(*ast.Starred); ok {
			break
		}
		if i == pos {
			return a
		}
	}
	return keywordExpr(call, name)
}

// isSession reports whether e is a web session: flask.session or a
// request's .session (Django, Starlette).
func (fr *frame) isSession(e ast.Expr) bool {
	if fr.e.model.QualifiedName(fr.scope, e) == "flask.session" {
		return true
	}
	if n, ok := e.(*ast.Name); ok {
		// session = await aiohttp_session.get_session(request)
		if b := fr.e.model.Resolve(fr.scope, n.Id, n.Loc); b != nil && b.Value != nil {
			v := b.Value
			if aw, ok := v.(*ast.Await); ok {
				v = aw.Value
			}
			if c, ok := v.(*ast.Call); ok && sessionGetters[fr.e.model.QualifiedName(fr.scope, c.Func)] {
				return true
			}
		}
		return false
	}
	attr, ok := e.(*ast.Attribute)
	return ok && attr.Attr == "session"
}

// sessionGetters return a session object whose items are trusted.
var sessionGetters = map[string]bool{
	"aiohttp_session.get_session": true, "aiohttp_session.new_session": true,
}

func keywordExpr(call *ast.Call, name string) ast.Expr {
	for _, k := range call.Keywords {
		if k != nil && k.Arg == name {
			return k.Value
		}
	}
	return nil
}

// checkMethodSink handles the sinks recognised by method name on a
// receiver: DB-API execute on a connection or cursor, Django's raw().
func (fr *frame) checkMethodSink(call *ast.Call, q, method string, recv Value, recvPath string, a *argValues) {
	if pathMethods[method] && recv.Tainted() && (q == "" || strings.HasPrefix(q, "pathlib.")) {
		fr.report(PathTraversal, "Path."+method+"()", call.Loc, recv.Taint, int(finding.MediumConfidence), nil)
	}
	// The response methods of a request handler class (Tornado's
	// RequestHandler) called on self.
	if fr.f != nil && fr.f.selfSources != nil && recvPath != "" && recvPath == fr.f.selfParam() {
		if sk, ok := handlerSinks[method]; ok && !(sk.Class == XSS && writesJSON(call)) {
			fr.reportArgs(call, "self."+method, sk, a)
		}
	}
	if q != "" {
		for _, g := range methodSinks {
			sk, ok := g.Methods[method]
			if !ok {
				continue
			}
			for _, p := range g.Prefixes {
				if strings.HasPrefix(q, p) {
					if sk.Class == LogInjection {
						fr.reportLog(call, q, method, a)
					} else {
						fr.reportArgs(call, q, sk, a)
					}
					break
				}
			}
		}
	}
	if (method == "update" || method == "setdefault") && fr.isSession(call.Func.(*ast.Attribute).Value) && a.all != nil {
		fr.report(TrustBoundary, "the session", call.Loc, a.all, 0, nil)
	}
	switch method {
	case "execute", "executemany", "executescript", "exec_driver_sql":
		conf := -1
		for _, m := range dbModules {
			if strings.HasPrefix(q, m) {
				conf = 0
				break
			}
		}
		if conf < 0 && q == "" && recvPath != "" {
			last := recvPath
			if i := strings.LastIndexAny(last, ".["); i >= 0 {
				last = last[i+1:]
			}
			last = strings.ToLower(last)
			for _, w := range dbReceiverWords {
				if last == w || strings.HasSuffix(last, "_"+w) || strings.HasPrefix(last, w+"_") || strings.HasSuffix(last, w) {
					conf = int(finding.MediumConfidence)
					break
				}
			}
		}
		if conf < 0 {
			return
		}
		if v, ok := a.arg(0, ""); ok && v.Tainted() {
			fr.report(SQLInjection, method+"()", call.Loc, v.Taint, conf, nil)
		}
	case "raw", "extra":
		if attr, ok := call.Func.(*ast.Attribute); ok && djangoManager(attr.Value) {
			t := Taint(nil)
			if v, ok := a.arg(0, ""); ok {
				t = v.Taint
			}
			if method == "extra" {
				// extra(select=, where=, tables=, order_by=) take SQL;
				// params= is the safe way.
				for _, kw := range []string{"select", "where", "tables", "order_by"} {
					if v, ok := a.kw[kw]; ok {
						t = t.Union(v.Taint)
					}
				}
			}
			if len(t) > 0 {
				fr.report(SQLInjection, "objects."+method+"()", call.Loc, t, 0, nil)
			}
		}
	case "extract", "extractall":
		// A whole archive from the request extracted without a filter:
		// its members name the paths (zip slip).
		if len(recv.Taint) > 0 && (strings.HasPrefix(q, "tarfile.") || strings.HasPrefix(q, "zipfile.")) && keywordExpr(call, "filter") == nil {
			fr.report(PathTraversal, q+" of an untrusted archive", call.Loc, recv.Taint, 0, nil)
		}
	}
}

// maxManagerChain bounds the calls and attributes walked down from
// .raw()/.extra() to find a Django manager (Model.objects); longer chains
// are not taken for a query set (a missed SQL finding).
const maxManagerChain = 16

// djangoManager reports whether e is Model.objects or a query set built
// from it (Model.objects.filter(...).order_by(...)).
func djangoManager(e ast.Expr) bool {
	for i := 0; i < maxManagerChain && e != nil; i++ {
		switch x := e.(type) {
		case *ast.Attribute:
			if x.Attr == "objects" {
				return true
			}
			e = x.Value
		case *ast.Call:
			e = x.Func
		default:
			return false
		}
	}
	return false
}

// weak adds t to the value of path p and its prefixes.
func weak(st *State, p string, t Taint) {
	if len(t) == 0 {
		return
	}
	taintUp(st, p, t)
	delete(st.lens, p)
}

// recomputeDict sets the taint of a dict whose keys all have paths to the
// union of its entries'.
func recomputeDict(st *State, p string) {
	var t Taint
	for k, v := range st.vars {
		if len(k) > len(p)+1 && strings.HasPrefix(k, p) && k[len(p)] == '[' && pathDepth(k) == pathDepth(p)+1 {
			t = t.Union(v.Taint)
		}
	}
	v := st.vars[p]
	v.Taint = t
	st.vars[p] = v
}

// partsTaint returns the union of the taint of the attributes of p.
func partsTaint(st *State, p string) Taint {
	var t Taint
	for k, v := range st.vars {
		if len(v.Taint) > 0 && len(k) > len(p) && k[len(p)] == '.' && strings.HasPrefix(k, p) {
			t = t.Union(v.Taint)
		}
	}
	return t
}

// recomputeList sets the taint of a list whose elements are all tracked
// to the union of theirs (after an element was removed).
func recomputeList(st *State, p string) {
	n, ok := st.lens[p]
	if !ok || n < 0 {
		return
	}
	var t Taint
	for i := 0; i < n; i++ {
		t = t.Union(st.read(elemPath(p, i)).Taint)
	}
	v := st.vars[p]
	v.Taint = t
	st.vars[p] = v
}

// taintUp adds t to path p and to the containers p is an element of.
func taintUp(st *State, p string, t Taint) {
	if len(t) == 0 {
		return
	}
	for q := p; q != ""; {
		v := st.read(q)
		st.vars[q] = Value{Taint: v.Taint.Union(t)}
		par := parentPath(q)
		if par == "" || q[len(par)] != '[' {
			return
		}
		q = par
	}
}

func elemPath(p string, i int) string { return p + "[" + itoa(i) + "]" }

// moveElem moves the value of element from to element to (or deletes to
// when from has none).
func moveElem(st *State, p string, from, to int) {
	st.clearParts(elemPath(p, to))
	if v, ok := st.vars[elemPath(p, from)]; ok {
		st.vars[elemPath(p, to)] = v
	} else {
		delete(st.vars, elemPath(p, to))
	}
}

// containerMethod models list and dict methods on a tracked path.
func (fr *frame) containerMethod(st *State, method, p string, recv Value, a *argValues) (Value, bool) {
	n, isList := st.lens[p]
	complete := isList && n < 0 // a dict whose every key has a path
	isList = isList && n >= 0
	switch method {
	case "append":
		if len(a.pos) != 1 {
			return Value{}, false
		}
		v := a.pos[0]
		if isList && n < maxListLen && len(st.vars) < maxPaths {
			st.vars[elemPath(p, n)] = Value{Const: v.Const, Known: v.Known, Taint: v.Taint}
			st.setLen(p, n+1)
			taintUp(st, p, v.Taint)
			return Value{Known: true}, true
		}
		weak(st, p, v.Taint)
		return Value{Known: true}, true
	case "insert":
		if len(a.pos) != 2 {
			return Value{}, false
		}
		idx, v := a.pos[0], a.pos[1]
		i, ok := idx.Const.(int64)
		if isList && idx.Known && ok && i >= 0 && n < maxListLen {
			if int(i) > n {
				i = int64(n)
			}
			for j := n - 1; j >= int(i); j-- {
				moveElem(st, p, j, j+1)
			}
			st.clearParts(elemPath(p, int(i)))
			st.vars[elemPath(p, int(i))] = Value{Const: v.Const, Known: v.Known, Taint: v.Taint}
			st.setLen(p, n+1)
			taintUp(st, p, v.Taint)
			return Value{Known: true}, true
		}
		weak(st, p, v.Taint)
		return Value{Known: true}, true
	case "extend", "update", "add", "appendleft", "extendleft":
		weak(st, p, a.all)
		return Value{Known: true}, true
	case "pop":
		if isList {
			i := n - 1
			if len(a.pos) == 1 {
				k, ok := a.pos[0].Const.(int64)
				if !a.pos[0].Known || !ok {
					delete(st.lens, p)
					return Value{Taint: recv.Taint}, true
				}
				i = int(k)
				if i < 0 {
					i += n
				}
			}
			if i < 0 || i >= n {
				return Value{Taint: recv.Taint}, true
			}
			v := st.read(elemPath(p, i))
			for j := i; j < n-1; j++ {
				moveElem(st, p, j+1, j)
			}
			st.clearParts(elemPath(p, n-1))
			delete(st.vars, elemPath(p, n-1))
			st.setLen(p, n-1)
			recomputeList(st, p)
			return v, true
		}
		if len(a.pos) >= 1 && a.pos[0].Known {
			if ks, ok := keyString(a.pos[0].Const); ok {
				kp := p + "[" + ks + "]"
				v := st.read(kp)
				if _, exact := st.vars[kp]; !exact {
					if complete {
						v = constant(nil)
					}
					if len(a.pos) > 1 {
						v = join(v, a.pos[1])
						if complete {
							v = a.pos[1]
						}
					}
				}
				st.clearParts(kp)
				delete(st.vars, kp)
				if complete {
					recomputeDict(st, p)
				}
				return v, true
			}
		}
		return Value{Taint: recv.Taint.Union(a.all)}, true
	case "remove":
		if isList && len(a.pos) == 1 && a.pos[0].Known {
			for j := 0; j < n; j++ {
				ev, ok := st.vars[elemPath(p, j)]
				if !ok || !ev.Known {
					break // which element goes is unknown
				}
				if constEqual(ev.Const, a.pos[0].Const) {
					for k := j; k < n-1; k++ {
						moveElem(st, p, k+1, k)
					}
					st.clearParts(elemPath(p, n-1))
					delete(st.vars, elemPath(p, n-1))
					st.setLen(p, n-1)
					recomputeList(st, p)
					return Value{Known: true}, true
				}
			}
		}
		delete(st.lens, p)
		return Value{Known: true}, true
	case "get", "setdefault":
		if len(a.pos) >= 1 && a.pos[0].Known {
			if ks, ok := keyString(a.pos[0].Const); ok {
				kp := p + "[" + ks + "]"
				if v, exact := st.vars[kp]; exact {
					return v, true
				}
				v := Value{Taint: recv.Taint}
				if complete {
					v = constant(nil)
				}
				if len(a.pos) > 1 {
					v = join(v, a.pos[1])
					if complete {
						v = a.pos[1]
					}
					if method == "setdefault" && len(st.vars) < maxPaths {
						st.vars[kp] = a.pos[1]
					}
				}
				return v, true
			}
		}
		entries := st
		if !complete && !strings.ContainsAny(p, ".[") && fr.e.moduleState != nil {
			// A module-level table read in a function that does not bind
			// the name itself.
			if _, local := st.vars[p]; !local {
				if n, ok := fr.e.moduleState.lens[p]; ok && n < 0 {
					entries, complete = fr.e.moduleState, true
				}
			}
		}
		if method == "get" && complete && len(a.pos) >= 1 {
			// An unknown key into a dict whose every entry is known: the
			// result is one of the entries or the default, never the key
			// (ALLOWED.get(request.args["k"]) with constant values).
			var v Value
			first := true
			for k, ev := range entries.vars {
				if len(k) > len(p)+1 && strings.HasPrefix(k, p) && k[len(p)] == '[' && pathDepth(k) == pathDepth(p)+1 {
					if first {
						v, first = ev, false
					} else {
						v = join(v, ev)
					}
				}
			}
			def := constant(nil)
			if len(a.pos) > 1 {
				def = a.pos[1]
			}
			if first {
				return def, true
			}
			return join(v, def), true
		}
	case "clear":
		st.clearParts(p)
		st.vars[p] = Value{}
		if isList {
			st.setLen(p, 0)
		}
		return Value{Known: true}, true
	}
	return Value{}, false
}

// resolveLocal returns the function of this module a call calls, the
// number of leading parameters bound by the receiver (1 for self.m(), for
// obj.m() on an instance of a class of the module, for a class's __init__
// and for a class method) and whether the call constructs an object.
// Decorators other than staticmethod and classmethod are taken to return
// the function they wrap (functools.wraps style): the call reaches its
// body.
func (fr *frame) resolveLocal(call *ast.Call) (*fn, int, bool) {
	switch x := call.Func.(type) {
	case *ast.Lambda:
		return fr.e.byNode[x], 0, false
	case *ast.Name:
		b := fr.e.model.Resolve(fr.scope, x.Id, x.Loc)
		if b == nil {
			return nil, 0, false
		}
		switch b.Kind {
		case semantic.FunctionBinding:
			return fr.e.byNode[b.Node], 0, false
		case semantic.ClassBinding:
			if c, ok := b.Node.(*ast.ClassDef); ok {
				if m := fr.e.methodOf(c, "__init__", 0); m != nil {
					return m, 1, true
				}
			}
		case semantic.AssignBinding:
			if lam, ok := b.Value.(*ast.Lambda); ok {
				return fr.e.byNode[lam], 0, false
			}
		}
	case *ast.Attribute:
		if base, ok := x.Value.(*ast.Name); ok {
			if fr.f != nil && fr.f.class != nil && fr.f.selfParam() == base.Id {
				if m := fr.e.methodOf(fr.f.class, x.Attr, 0); m != nil {
					return m, boundOffset(m), false
				}
				return nil, 0, false
			}
			b := fr.e.model.Resolve(fr.scope, base.Id, base.Loc)
			if b == nil {
				return nil, 0, false
			}
			switch b.Kind {
			case semantic.ClassBinding:
				if c, ok := b.Node.(*ast.ClassDef); ok {
					// Class.m(obj, ...): the receiver is an argument.
					m := fr.e.methodOf(c, x.Attr, 0)
					if m != nil && m.classMethod {
						return m, 1, false
					}
					return m, 0, false
				}
			case semantic.AssignBinding:
				// obj.m() with obj = Class(...)
				if v, ok := b.Value.(*ast.Call); ok {
					if c := fr.classCalled(v, b.Scope); c != nil {
						if m := fr.e.methodOf(c, x.Attr, 0); m != nil {
							return m, boundOffset(m), false
						}
					}
				}
			}
			return nil, 0, false
		}
		if v, ok := x.Value.(*ast.Call); ok {
			if c := fr.classCalled(v, fr.scope); c != nil {
				if m := fr.e.methodOf(c, x.Attr, 0); m != nil {
					return m, boundOffset(m), false
				}
			}
		}
	}
	return nil, 0, false
}

// writeBack applies to the receiver of a method call (at selfPath) what
// the method leaves in its attributes (job.set(cmd) then job.run()). The
// summary's value of an attribute is the join over the method's exits,
// the old value included where it is not written, so the update is
// strong.
func (fr *frame) writeBack(st *State, call *ast.Call, f *fn, sum *summary, vals []Value, selfPath string) {
	names := make([]string, 0, len(sum.attrs))
	for name := range sum.attrs {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		at := sum.attrs[name]
		own := -1
		if k := slices.Index(f.selfAttrs, name); k >= 0 {
			own = len(f.params) + len(f.free) + k
		}
		if _, same := at.params[own]; same && len(at.params) == 1 && !at.value.Tainted() && !at.value.Known {
			continue // read, not written
		}
		if len(st.vars) >= maxPaths {
			return
		}
		v := Value{Const: at.value.Const, Known: at.value.Known, Taint: at.value.Taint}
		for i, c := range at.params {
			if i < len(vals) {
				v.Taint = v.Taint.Union(vals[i].Taint.Sanitize(c))
			}
		}
		if v.Tainted() {
			v.Known, v.Const = false, nil
			v.Taint = v.Taint.Step(fr.e.step(call.Loc, "stored in "+selfPath+"."+name+" by "+f.name+"()"))
		}
		st.set(selfPath+"."+name, v)
	}
}

// selfAttrCall returns the qualified name of self.attr.method in a method
// when every assignment of self.attr in the class's methods gives it
// the same qualified value (self.env = jinja2.Environment() makes
// self.env.from_string "jinja2.Environment().from_string"), else "".
func (fr *frame) selfAttrCall(e ast.Expr) string {
	m, ok := e.(*ast.Attribute)
	if !ok || fr.f == nil || fr.f.class == nil {
		return ""
	}
	a, ok := m.Value.(*ast.Attribute)
	if !ok {
		return ""
	}
	base, ok := a.Value.(*ast.Name)
	if !ok || base.Id != fr.f.selfParam() {
		return ""
	}
	if fr.e.attrTypes == nil {
		fr.e.attrTypes = map[*ast.ClassDef]map[string]string{}
	}
	types, ok := fr.e.attrTypes[fr.f.class]
	if !ok {
		types = fr.e.classAttrTypes(fr.f.class)
		fr.e.attrTypes[fr.f.class] = types
	}
	if t := types[a.Attr]; t != "" {
		return t + "." + m.Attr
	}
	return ""
}

// classAttrTypes maps the attributes of self that the methods of c assign
// (self.x = value, in their top-level statements) to the qualified name
// of the value, "" where two assignments disagree or one is unknown.
func (e *engine) classAttrTypes(c *ast.ClassDef) map[string]string {
	out := map[string]string{}
	for _, st := range c.Body {
		d, ok := st.(*ast.FunctionDef)
		if !ok {
			continue
		}
		f := e.byNode[d]
		if f == nil || f.selfParam() == "" {
			continue
		}
		self := f.selfParam()
		for _, s := range d.Body {
			as, ok := s.(*ast.Assign)
			if !ok || len(as.Targets) != 1 {
				continue
			}
			t, ok := as.Targets[0].(*ast.Attribute)
			if !ok {
				continue
			}
			if n, ok := t.Value.(*ast.Name); !ok || n.Id != self {
				continue
			}
			q := e.model.QualifiedName(f.scope, as.Value)
			if old, seen := out[t.Attr]; seen && old != q {
				q = ""
			}
			out[t.Attr] = q
		}
	}
	return out
}

// boundOffset is the number of parameters of method m bound by the
// receiver of obj.m(): none for a static method.
func boundOffset(m *fn) int {
	if m.static {
		return 0
	}
	return 1
}

// classCalled returns the class of the module that call constructs
// (Class(...), Class resolved in scope), or nil.
func (fr *frame) classCalled(call *ast.Call, scope *semantic.Scope) *ast.ClassDef {
	cn, ok := call.Func.(*ast.Name)
	if !ok {
		return nil
	}
	b := fr.e.model.Resolve(scope, cn.Id, cn.Loc)
	if b == nil || b.Kind != semantic.ClassBinding {
		return nil
	}
	c, _ := b.Node.(*ast.ClassDef)
	return c
}

// methodOf returns the method name of class c or of its bases defined in
// the module (maxClassDepth levels), or nil.
func (e *engine) methodOf(c *ast.ClassDef, name string, depth int) *fn {
	if c == nil || depth > maxClassDepth {
		return nil
	}
	if m := e.method(c, name); m != nil {
		return m
	}
	s := e.model.Scope(c)
	if s == nil || s.Parent == nil {
		return nil
	}
	for _, base := range c.Bases {
		n, ok := base.(*ast.Name)
		if !ok {
			continue
		}
		b := e.model.Resolve(s.Parent, n.Id, n.Loc)
		if b == nil || b.Kind != semantic.ClassBinding {
			continue
		}
		if bc, ok := b.Node.(*ast.ClassDef); ok && bc != c {
			if m := e.methodOf(bc, name, depth+1); m != nil {
				return m
			}
		}
	}
	return nil
}

func (e *engine) method(c *ast.ClassDef, name string) *fn {
	for _, st := range c.Body {
		switch d := st.(type) {
		case *ast.FunctionDef:
			if d.Name == name {
				return e.byNode[d]
			}
		case *ast.AsyncFunctionDef:
			if d.Name == name {
				return e.byNode[d]
			}
		case *ast.Assign:
			// m = lambda self, x: ...
			if lam, ok := d.Value.(*ast.Lambda); ok && len(d.Targets) == 1 {
				if t, ok := d.Targets[0].(*ast.Name); ok && t.Id == name {
					return e.byNode[lam]
				}
			}
		}
	}
	return nil
}

// applySummary models a call of function f, whose summary is sum: a
// function of this module, or of another module of the project when
// external (its sinks are then reported at the call, with the steps in the
// other file in the trace).
//
// st is the caller's state: it gives the values of f's free variables
// (for a closure called where it is defined) and, through selfPath (the
// receiver's exact path, or ""), of the receiver's attributes f reads.
func (fr *frame) applySummary(st *State, call *ast.Call, f *fn, sum *summary, offset int, ctor bool, recv Value, selfPath string, a *argValues, external bool) Value {
	np := 0
	if f.args != nil {
		np = len(f.args.Posonlyargs) + len(f.args.Args)
	}
	used := map[string]bool{}
	argOf := func(i int) Value {
		if i < 0 || i >= len(f.params) || f.params[i] == nil {
			return Value{}
		}
		p := f.params[i]
		if i < offset {
			return recv
		}
		if f.args != nil && p == f.args.Vararg {
			var t Taint
			for j := np - offset; j < len(a.pos); j++ {
				if j >= 0 {
					t = t.Union(a.pos[j].Taint)
				}
			}
			return Value{Taint: t.Union(a.starred)}
		}
		if f.args != nil && p == f.args.Kwarg {
			var t Taint
			for k, v := range a.kw {
				if !used[k] {
					t = t.Union(v.Taint)
				}
			}
			return Value{Taint: t.Union(a.starred)}
		}
		if i < np && i-offset < len(a.pos) {
			return a.pos[i-offset]
		}
		if v, ok := a.kw[p.Arg]; ok {
			used[p.Arg] = true
			return v
		}
		return Value{Taint: a.starred}
	}
	vals := make([]Value, len(f.params))
	for i := range f.params {
		if f.args == nil || f.params[i] != f.args.Kwarg {
			vals[i] = argOf(i)
		}
	}
	for i := range f.params {
		if f.args != nil && f.params[i] == f.args.Kwarg {
			vals[i] = argOf(i)
		}
	}
	for _, name := range f.free {
		vals = append(vals, st.read(name))
	}
	for _, name := range f.selfAttrs {
		switch {
		case ctor:
			vals = append(vals, Value{}) // a new object: only class attributes
		case offset == 1 && selfPath != "":
			vals = append(vals, st.read(selfPath+"."+name))
		case offset == 1:
			vals = append(vals, Value{Taint: recv.Taint})
		default:
			// Class.m(obj): the receiver is the first argument.
			vals = append(vals, Value{Taint: argOf(0).Taint})
		}
	}
	callStep := fr.e.step(call.Loc, "returned from "+f.name+"()")
	out := Value{Taint: sum.returns.Step(callStep)}
	for i, c := range sum.paramReturn {
		if i < len(vals) {
			out.Taint = out.Taint.Union(vals[i].Taint.Sanitize(c).Step(callStep))
		}
	}
	if ctor {
		// A new object: its attributes are what __init__ left in self.
		out = Value{keys: map[string]Value{}}
		for name, at := range sum.attrs {
			v := at.value
			for i, c := range at.params {
				if i < len(vals) {
					v.Taint = v.Taint.Union(vals[i].Taint.Sanitize(c))
				}
			}
			if v.Tainted() {
				v.Known, v.Const = false, nil
			}
			out.keys["."+name] = v
		}
	} else if offset == 1 && selfPath != "" && len(sum.attrs) > 0 && pathDepth(selfPath) < maxPathDepth {
		fr.writeBack(st, call, f, sum, vals, selfPath)
	}
	for _, ps := range sum.sinks {
		if ps.param >= len(vals) {
			continue
		}
		t := vals[ps.param].Taint.For(ps.class)
		if len(t) == 0 {
			continue
		}
		name := f.paramName(ps.param)
		extra := append([]finding.Step{fr.e.step(call.Loc, "passed to "+f.name+"() as "+name)}, ps.trace...)
		if external {
			// The sink is in another file: the finding is where the data
			// leaves this one, and the trace goes on to the sink.
			extra = append(extra, finding.Step{Path: ps.path, Line: int(ps.loc.Lineno), Column: int(ps.loc.ColOffset) + 1, Message: ps.sink + " (" + ps.class.String() + ")"})
			sink, _, _ := strings.Cut(ps.sink, " (through ") // named once, by the function called here
			fr.report(ps.class, sink+" (through "+f.name+"())", call.Loc, t, ps.confidence, extra)
			continue
		}
		fr.report(ps.class, ps.sink, ps.loc, t, ps.confidence, extra)
	}
	return out
}

// returnedValues returns the expressions a function's return statements
// return (not those of functions nested in it).
func returnedValues(fn ast.Node) []ast.Expr {
	var body []ast.Stmt
	switch d := fn.(type) {
	case *ast.FunctionDef:
		body = d.Body
	case *ast.AsyncFunctionDef:
		body = d.Body
	default:
		return nil
	}
	var out []ast.Expr
	for _, st := range body {
		ast.Inspect(st, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.Lambda, *ast.ClassDef:
				return false
			case *ast.Return:
				if x.Value != nil {
					out = append(out, x.Value)
				}
			}
			return true
		})
	}
	return out
}

// selfAssignments returns the values the methods of class c assign to
// self.<attr> (the first parameter's attribute).
func selfAssignments(c *ast.ClassDef, attr string) []ast.Expr {
	var out []ast.Expr
	for _, st := range c.Body {
		var args *ast.Arguments
		var body []ast.Stmt
		switch d := st.(type) {
		case *ast.FunctionDef:
			args, body = d.Args, d.Body
		case *ast.AsyncFunctionDef:
			args, body = d.Args, d.Body
		default:
			continue
		}
		if args == nil || len(args.Posonlyargs)+len(args.Args) == 0 {
			continue
		}
		self := append(append([]*ast.Arg(nil), args.Posonlyargs...), args.Args...)[0].Arg
		for _, s := range body {
			ast.Inspect(s, func(n ast.Node) bool {
				a, ok := n.(*ast.Assign)
				if !ok {
					return true
				}
				for _, t := range a.Targets {
					if ta, ok := t.(*ast.Attribute); ok && ta.Attr == attr {
						if b, ok := ta.Value.(*ast.Name); ok && b.Id == self {
							out = append(out, a.Value)
						}
					}
				}
				return true
			})
		}
	}
	return out
}
