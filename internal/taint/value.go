// Package taint is krait's data-flow engine: per function (and the module
// body) a forward abstract interpretation over the function's control flow
// (branches, loops with else, break/continue, try/except/else/finally,
// with, match, return/raise), to a fixed point. The abstract value of a
// variable or access path (x, x.attr, x["key"], x[0]) is a constant when
// it is known and a set of taint labels. Calls of functions of the same
// file use summaries (parameter → return, parameter → sink) iterated to a
// fixed point; other calls use the models in models.go or a conservative
// default (the taint of the arguments and receiver flows to the result).
//
// The control flow is followed on the tree itself: Python's statements are
// structured, so each compound statement is interpreted by the join and
// fixed-point rule of its part of the control-flow graph (the states that
// leave a loop by break, the states that reach a handler from any point of
// a try body, the states that return), which gives the same result as an
// explicit graph without building one.
package taint

import (
	"maps"
	"sort"
	"strings"

	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
)

// Class is a vulnerability class: what a sink lets an attacker do.
type Class uint32

// The vulnerability classes. A Class is a bit, so a label can record the
// set of classes it has been sanitised for.
const (
	CommandInjection Class = 1 << iota
	SQLInjection
	CodeInjection
	PathTraversal
	XSS
	SSRF
	OpenRedirect
	Deserialization
	LDAPInjection
	XPathInjection
	HeaderInjection
	LogInjection
	RegexInjection
	TrustBoundary
	XXE
	// WeakHash is a secret (a password, by the names it went through)
	// hashed with MD5 or SHA-1.
	WeakHash
	// TemplateInjection is untrusted text used as the source of a
	// server-side template (CWE-1336), not as a value rendered into one.
	TemplateInjection

	// AllClasses is every class: what a numeric conversion sanitises.
	AllClasses Class = 1<<iota - 1
)

// pathNormalized is not a class: it marks labels of values that went
// through os.path.realpath/abspath/normpath, which a later
// `startswith(constant)` check makes safe for path traversal.
const pathNormalized Class = 1 << 31

// String returns the class's name as used in messages.
func (c Class) String() string {
	switch c {
	case CommandInjection:
		return "command injection"
	case SQLInjection:
		return "SQL injection"
	case CodeInjection:
		return "code injection"
	case PathTraversal:
		return "path traversal"
	case XSS:
		return "cross-site scripting"
	case SSRF:
		return "server-side request forgery"
	case OpenRedirect:
		return "open redirect"
	case Deserialization:
		return "unsafe deserialization"
	case LDAPInjection:
		return "LDAP injection"
	case XPathInjection:
		return "XPath injection"
	case HeaderInjection:
		return "HTTP header injection"
	case LogInjection:
		return "log injection"
	case RegexInjection:
		return "regular-expression injection"
	case TrustBoundary:
		return "trust-boundary violation"
	case XXE:
		return "XML external entities"
	case WeakHash:
		return "weak hash of a secret"
	case TemplateInjection:
		return "server-side template injection"
	}
	return "tainted data"
}

// Limits. Each bounds time or memory; what is lost when one is reached is
// said next to it.
const (
	// maxPathDepth bounds access paths (x.a.b["k"] has depth 3). Deeper
	// parts are folded into their depth-maxPathDepth prefix: their taint
	// is kept but writes to two deep parts are no longer told apart.
	maxPathDepth = 3
	// maxPaths bounds the access paths tracked in one state. Beyond it,
	// writes to new element paths only update their base variable: reads
	// of other elements then see the base's taint (more findings, never
	// fewer).
	maxPaths = 512
	// maxLabels bounds the labels of one value. Beyond it, parameters of
	// the summary being computed are dropped first (a flow through the
	// call may be missed), then further sources (a finding may name
	// fewer sources; one label is enough for it to be reported).
	maxLabels = 8
	// maxTraceSteps bounds a label's trace; beyond it intermediate steps
	// are not recorded (the source and sink still are).
	maxTraceSteps = 12
	// maxLoopIterations bounds the fixed-point iteration of one loop. When
	// it is reached the loop's state is widened to the join of all states
	// seen: constants are forgotten, taint is kept.
	maxLoopIterations = 8
	// maxSummaryRounds bounds the rounds of summary computation over the
	// functions of a file (recursion and mutual recursion converge in
	// fewer in practice). A deeper chain of calls than rounds may miss the
	// flows of its innermost functions.
	maxSummaryRounds = 6
	// maxStmtsPerFunction bounds the statements interpreted per function
	// and round (counting loop iterations); past it the rest of the
	// function is skipped and its findings may be missed.
	maxStmtsPerFunction = 20000
	// maxExprDepth bounds the recursion into nested expressions; deeper
	// subexpressions are treated as unknown and clean.
	maxExprDepth = 200
	// maxFunctions bounds the functions and lambdas of one module that
	// get summaries; calls of the others use the default (taint flows from
	// the arguments to the result, no sink inside is seen).
	maxFunctions = 4096
	// maxFreeVars bounds the variables of enclosing functions a nested
	// function or lambda is summarised for; the others read as unknown
	// and clean inside it, so a flow through them is missed.
	maxFreeVars = 32
	// maxSelfAttrs bounds the attributes of self a method is summarised
	// for; the others read as self itself (the receiver's taint, not the
	// caller's value of that attribute).
	maxSelfAttrs = 32
	// maxPartialDepth bounds the functools.partial objects followed into
	// one another (p = partial(q, x) with q a partial); deeper ones use
	// the default for unknown calls.
	maxPartialDepth = 4
	// maxClassDepth bounds the base classes searched for a method
	// (class A(B), B(C), ...); a method defined deeper is not found and
	// the call uses the default.
	maxClassDepth = 8
	// maxListLen bounds the lists and tuples whose elements are tracked
	// one by one; longer ones are tracked as a whole.
	maxListLen = 64
)

// Label is one source of taint that reaches a value, with the steps that
// brought it there. Labels are immutable.
type Label struct {
	// Source names the source ("request.args", "sys.argv"); for the
	// parameters of a function under summary it is "" and Param is set.
	Source string
	// Param is 1 + the index of the parameter this label stands for when
	// computing a summary; 0 for a real source.
	Param int
	// Sanitized is the set of classes this value has been made safe for.
	Sanitized Class
	// Trace is the source followed by the steps so far.
	Trace []finding.Step
}

// Taint is a set of labels, sorted by source and parameter, at most one
// label per (source, parameter, sanitised set).
type Taint []*Label

func labelLess(a, b *Label) bool {
	if a.Source != b.Source {
		return a.Source < b.Source
	}
	if a.Param != b.Param {
		return a.Param < b.Param
	}
	return a.Sanitized < b.Sanitized
}

func sameKey(a, b *Label) bool {
	return a.Source == b.Source && a.Param == b.Param && a.Sanitized == b.Sanitized
}

// Union returns the union of t and u; where both have a label for the same
// source, the one with the shorter trace is kept (the smaller trace on a
// tie), so that the union does not depend on the order of its operands and
// the traces krait prints do not depend on map iteration order.
func (t Taint) Union(u Taint) Taint {
	if len(u) == 0 {
		return t
	}
	if len(t) == 0 {
		return u
	}
	out := make(Taint, 0, len(t)+len(u))
	i, j := 0, 0
	for i < len(t) || j < len(u) {
		switch {
		case j >= len(u) || i < len(t) && labelLess(t[i], u[j]):
			out = append(out, t[i])
			i++
		case i >= len(t) || labelLess(u[j], t[i]):
			out = append(out, u[j])
			j++
		default: // same key
			out = append(out, preferLabel(t[i], u[j]))
			i++
			j++
		}
	}
	if len(out) > maxLabels {
		out = keepLabels(out)
	}
	return out
}

// keepLabels cuts a sorted set of labels to maxLabels, keeping real
// sources before the parameters of a summary (which sort first): a real
// source makes a finding, while a lost parameter only loses a flow through
// a call.
func keepLabels(t Taint) Taint {
	real := 0
	for _, l := range t {
		if l.Param == 0 {
			real++
		}
	}
	params := maxLabels - real
	if params < 0 {
		params = 0
	}
	out := make(Taint, 0, maxLabels)
	for _, l := range t {
		if len(out) == maxLabels {
			break
		}
		if l.Param == 0 || params > 0 {
			if l.Param != 0 {
				params--
			}
			out = append(out, l)
		}
	}
	return out
}

// equalTaint reports whether t and u have the same label keys.
func equalTaint(t, u Taint) bool {
	if len(t) != len(u) {
		return false
	}
	for i := range t {
		if !sameKey(t[i], u[i]) {
			return false
		}
	}
	return true
}

// Step returns t with one step added to every label's trace.
func (t Taint) Step(s finding.Step) Taint {
	if len(t) == 0 {
		return nil
	}
	out := make(Taint, len(t))
	for i, l := range t {
		if len(l.Trace) >= maxTraceSteps {
			out[i] = l
			continue
		}
		nl := *l
		nl.Trace = append(append(make([]finding.Step, 0, len(l.Trace)+1), l.Trace...), s)
		out[i] = &nl
	}
	return out
}

// Sanitize returns t marked safe for the classes c.
func (t Taint) Sanitize(c Class) Taint {
	if len(t) == 0 {
		return nil
	}
	if c == AllClasses {
		return nil
	}
	var out Taint
	for _, l := range t {
		nl := *l
		nl.Sanitized |= c
		out = out.Union(Taint{&nl})
	}
	return out
}

// For returns the labels of t that are not sanitised for class c.
func (t Taint) For(c Class) Taint {
	var out Taint
	for _, l := range t {
		if l.Sanitized&c == 0 {
			out = append(out, l)
		}
	}
	return out
}

// Value is an abstract value: a constant when known, and its taint.
type Value struct {
	Const ast.Value
	Known bool
	Taint Taint
	// elems are the element values of a list or tuple display, and keys
	// the parts of a dict display or a new object by path suffix
	// (`["k"]`, ".attr"), kept while the value is being assigned so the
	// parts get paths of their own.
	elems []Value
	keys  map[string]Value
}

// Tainted reports whether v carries any label.
func (v Value) Tainted() bool { return len(v.Taint) > 0 }

func constant(c ast.Value) Value { return Value{Const: c, Known: true} }

// join returns the least upper bound of two values.
func join(a, b Value) Value {
	out := Value{Taint: a.Taint.Union(b.Taint)}
	if a.Known && b.Known && constEqual(a.Const, b.Const) {
		out.Const, out.Known = a.Const, true
	}
	return out
}

func sameValue(a, b Value) bool {
	if a.Known != b.Known || a.Known && !constEqual(a.Const, b.Const) {
		return false
	}
	return equalTaint(a.Taint, b.Taint)
}

// State maps access paths ("x", "x.a", `x["k"]`, "x[0]") to values. A path
// that is absent reads as its longest present prefix (the taint of an
// object flows to its parts); a variable that is absent is unknown and
// clean (or, in a function, read from the module). A nil *State is
// unreachable.
type State struct {
	vars map[string]Value
	// lens are the known lengths of lists whose elements have paths; -1
	// marks a dict whose every key has a path (a missing key is absent).
	lens map[string]int
	// defaults are the values of paths that are absent from vars and do
	// not read as their prefix: the attributes of self a method reads,
	// each a parameter of its summary. Shared by the states of one frame
	// and never written.
	defaults map[string]Value
}

// lookup returns the value of path p when it has one of its own (in vars
// or defaults).
func (s *State) lookup(p string) (Value, bool) {
	if v, ok := s.vars[p]; ok {
		return v, true
	}
	v, ok := s.defaults[p]
	return v, ok
}

func newState() *State { return &State{vars: map[string]Value{}} }

// setLen records the known length of the list at path p.
func (s *State) setLen(p string, n int) {
	if s.lens == nil {
		s.lens = map[string]int{}
	}
	s.lens[p] = n
}

func (s *State) clone() *State {
	if s == nil {
		return nil
	}
	n := &State{vars: maps.Clone(s.vars), defaults: s.defaults}
	if n.vars == nil {
		n.vars = map[string]Value{}
	}
	if len(s.lens) > 0 {
		n.lens = maps.Clone(s.lens)
	}
	return n
}

// joinStates joins two states; nil is unreachable.
func joinStates(a, b *State) *State {
	if a == nil {
		return b.clone()
	}
	if b == nil {
		return a.clone()
	}
	out := newState()
	out.defaults = a.defaults
	for k, av := range a.vars {
		if bv, ok := b.vars[k]; ok {
			out.vars[k] = join(av, bv)
		} else {
			// Absent on the other side: it reads as its prefix there.
			out.vars[k] = join(av, b.read(k))
		}
	}
	for k, bv := range b.vars {
		if _, ok := a.vars[k]; !ok {
			out.vars[k] = join(a.read(k), bv)
		}
	}
	for k, n := range a.lens {
		if m, ok := b.lens[k]; ok && m == n {
			out.setLen(k, n)
		}
	}
	return out
}

// joinInto joins b into a, which the caller owns, and returns it; b is
// only read. A nil state is unreachable.
func joinInto(a, b *State) *State {
	if a == nil {
		return b.clone()
	}
	if b == nil || a == b {
		return a
	}
	var bOnly []string
	for k := range b.vars {
		if _, ok := a.vars[k]; !ok {
			bOnly = append(bOnly, k)
		}
	}
	var fromA []Value
	for _, k := range bOnly {
		fromA = append(fromA, a.read(k))
	}
	for k, av := range a.vars {
		bv, ok := b.vars[k]
		if !ok {
			bv = b.read(k)
		}
		if !sameValue(av, bv) {
			a.vars[k] = join(av, bv)
		}
	}
	for i, k := range bOnly {
		a.vars[k] = join(fromA[i], b.vars[k])
	}
	for k, n := range a.lens {
		if m, ok := b.lens[k]; !ok || m != n {
			delete(a.lens, k)
		}
	}
	return a
}

func equalStates(a, b *State) bool {
	if a == nil || b == nil {
		return a == b
	}
	if len(a.vars) != len(b.vars) || len(a.lens) != len(b.lens) {
		return false
	}
	for k, av := range a.vars {
		bv, ok := b.vars[k]
		if !ok || !sameValue(av, bv) {
			return false
		}
	}
	for k, n := range a.lens {
		if b.lens[k] != n {
			return false
		}
	}
	return true
}

// widen forgets the constants of s that differ from old.
func widen(old, s *State) *State {
	if old == nil || s == nil {
		return s
	}
	out := joinStates(old, s)
	for k, v := range out.vars {
		v.Known, v.Const = false, nil
		out.vars[k] = v
	}
	out.lens = nil
	return out
}

// read returns the value of path p: its own, else its longest present
// prefix's taint (without the prefix's constant).
func (s *State) read(p string) Value {
	if v, ok := s.lookup(p); ok {
		return v
	}
	for q := parentPath(p); q != ""; q = parentPath(q) {
		if v, ok := s.lookup(q); ok {
			return Value{Taint: v.Taint}
		}
	}
	return Value{}
}

// has reports whether path p or one of its prefixes has a value.
func (s *State) has(p string) bool {
	for q := p; q != ""; q = parentPath(q) {
		if _, ok := s.lookup(q); ok {
			return true
		}
	}
	return false
}

// parentPath returns the path p is a part of, or "".
func parentPath(p string) string {
	i := strings.LastIndexAny(p, ".[")
	if i <= 0 {
		return ""
	}
	return p[:i]
}

func pathDepth(p string) int { return strings.Count(p, ".") + strings.Count(p, "[") }

// set assigns v to path p (a strong update), removing the values of its
// parts; when p is an element (x[k]), the taint of v is added to the
// container (a weak update), so the container as a whole stays tainted.
func (s *State) set(p string, v Value) {
	s.clearParts(p)
	delete(s.lens, p)
	elems, keys := v.elems, v.keys
	v.elems, v.keys = nil, nil
	s.vars[p] = v
	if elems != nil && len(s.vars)+len(elems) <= maxPaths && pathDepth(p) < maxPathDepth {
		for i, e := range elems {
			s.vars[p+"["+itoa(i)+"]"] = e
		}
		s.setLen(p, len(elems))
	}
	if keys != nil && len(s.vars)+len(keys) <= maxPaths && pathDepth(p) < maxPathDepth {
		dict := true
		for k, e := range keys {
			s.vars[p+k] = e
			dict = dict && k[0] == '['
		}
		if dict {
			s.setLen(p, -1) // every key is tracked
		}
	}
	// An element's taint is the container's (it is used as a whole: joined,
	// passed on); an attribute's is not its object's.
	for c, q := p, parentPath(p); q != "" && c[len(q)] == '['; c, q = q, parentPath(q) {
		old := s.read(q)
		if len(v.Taint) == 0 {
			break
		}
		if _, ok := s.vars[q]; ok {
			old.Taint = old.Taint.Union(v.Taint)
			old.Known, old.Const = false, nil
			s.vars[q] = old
		} else {
			s.vars[q] = Value{Taint: old.Taint.Union(v.Taint)}
		}
	}
}

// clearParts removes the values of the parts of p (p.x, p[...]).
func (s *State) clearParts(p string) {
	for k := range s.vars {
		if len(k) > len(p) && strings.HasPrefix(k, p) && (k[len(p)] == '.' || k[len(p)] == '[') {
			delete(s.vars, k)
		}
	}
	for k := range s.lens {
		if len(k) > len(p) && strings.HasPrefix(k, p) && (k[len(p)] == '.' || k[len(p)] == '[') {
			delete(s.lens, k)
		}
	}
}

// copyParts copies the parts of path from to path to.
func (s *State) copyParts(from, to string) {
	if from == to {
		return
	}
	var add []string
	for k := range s.vars {
		if len(k) > len(from) && strings.HasPrefix(k, from) && (k[len(from)] == '.' || k[len(from)] == '[') {
			add = append(add, k)
		}
	}
	sort.Strings(add)
	for _, k := range add {
		if len(s.vars) >= maxPaths {
			break
		}
		s.vars[to+k[len(from):]] = s.vars[k]
	}
	if n, ok := s.lens[from]; ok {
		s.setLen(to, n)
	}
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	if neg {
		i = -i
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}

// preferLabel returns the one of two labels with the same key whose trace
// is shorter, or smaller step by step when they are as long.
func preferLabel(a, b *Label) *Label {
	if len(a.Trace) != len(b.Trace) {
		if len(b.Trace) < len(a.Trace) {
			return b
		}
		return a
	}
	for k := range a.Trace {
		x, y := a.Trace[k], b.Trace[k]
		switch {
		case x == y:
			continue
		case x.Path != y.Path:
			if y.Path < x.Path {
				return b
			}
		case x.Line != y.Line:
			if y.Line < x.Line {
				return b
			}
		case x.Column != y.Column:
			if y.Column < x.Column {
				return b
			}
		case y.Message < x.Message:
			return b
		}
		return a
	}
	return a
}
