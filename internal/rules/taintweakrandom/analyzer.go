// Package taintweakrandom reports values of the random module used as
// tokens, passwords, session ids and other secrets (CWE-330).
package taintweakrandom

import (
	_ "embed"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/identifier"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/internal/taint"
)

//go:embed doc.md
var doc string

// Analyzer reports random.* results that become secrets.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT3330",
		Name:       "weak-randomness-for-secret",
		CWE:        []int{330, 338},
		Severity:   finding.High,
		Confidence: finding.HighConfidence,
		Summary:    "a value from the predictable random module becomes a token, password or other secret",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindCall},
	Run:   run,
}

// randomFuncs are the functions of the random module (and methods of a
// random.Random instance) whose results are predictable.
var randomFuncs = map[string]bool{
	"random": true, "randint": true, "choice": true, "choices": true, "getrandbits": true,
	"randrange": true, "sample": true, "shuffle": true, "uniform": true, "randbytes": true,
	"triangular": true, "gauss": true, "normalvariate": true, "betavariate": true, "expovariate": true,
}

// stopCalls are calls through which a random value does not become data
// that protects anything (a delay, a count).
var stopCalls = map[string]bool{
	"time.sleep": true, "asyncio.sleep": true, "builtins.range": true, "builtins.len": true,
	"builtins.bool": true,
}

// maxFlowRounds bounds the rounds that propagate "flows into a secret"
// back through the assignments of one function; a value copied through
// more intermediate variables than this is not followed (a missed finding).
const maxFlowRounds = 4

// maxCallerDepth bounds the parents walked from a random call to its
// statement; deeper expressions are not classified (a missed finding).
const maxCallerDepth = 64

func weakRandom(p *analysis.Pass, call *ast.Call) (string, bool) {
	q := p.QualifiedName(call.Func)
	mod, fn, ok := strings.Cut(q, ".")
	if !ok || strings.Contains(fn, ".") && !strings.HasPrefix(fn, "Random().") {
		return "", false
	}
	if mod != "random" {
		return "", false
	}
	fn = strings.TrimPrefix(fn, "Random().")
	if !randomFuncs[fn] {
		return "", false
	}
	return q, true
}

func run(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	switch f := call.Func.(type) {
	case *ast.Attribute:
		if !randomFuncs[f.Attr] {
			return
		}
	case *ast.Name:
		if !randomFuncs[f.Id] {
			return
		}
	default:
		return
	}
	q, ok := weakRandom(p, call)
	if !ok {
		return
	}
	parents := p.Parents()
	if deadBranch(p, parents, call) {
		return
	}
	where, ok := secretUse(p, parents, call)
	if !ok {
		return
	}
	p.Reportf(call, "%s() is predictable and becomes %s: use the secrets module", strings.TrimPrefix(q, "random."), where)
}

// deadBranch reports whether n sits in a branch of an if statement whose
// test is known to take the other way.
func deadBranch(p *analysis.Pass, parents []ast.Node, n ast.Node) bool {
	child := n
	for i := len(parents) - 1; i >= 0; i-- {
		if s, ok := parents[i].(*ast.If); ok {
			if v, known := truth(p, parents[:i], s.Test); known {
				inBody := contains(s.Body, child)
				if v && !inBody || !v && inBody {
					return true
				}
			}
		}
		child = parents[i]
	}
	return false
}

// truth folds an if test, with the names assigned once in the enclosing
// function at its top level.
func truth(p *analysis.Pass, parents []ast.Node, test ast.Expr) (bool, bool) {
	if v, ok := p.Truth(test); ok {
		return v, true
	}
	_, body, ok := enclosingFunc(parents)
	if !ok {
		return false, false
	}
	counts := &storeCounter{n: map[string]int{}}
	for _, s := range body {
		ast.Walk(counts, s)
	}
	var lookup func(string) (ast.Value, bool)
	lookup = func(name string) (ast.Value, bool) {
		if counts.n[name] != 1 {
			return nil, false
		}
		for _, s := range body {
			if a, ok := s.(*ast.Assign); ok && len(a.Targets) == 1 {
				if n, ok := a.Targets[0].(*ast.Name); ok && n.Id == name {
					return taint.Fold(a.Value, nil)
				}
			}
		}
		return nil, false
	}
	v, ok := taint.Fold(test, lookup)
	if !ok {
		return false, false
	}
	return semantic.Truthy(v), true
}

// storeCounter counts the bindings of each name in a function body.
type storeCounter struct{ n map[string]int }

func (c *storeCounter) Visit(n ast.Node) ast.Visitor {
	if n == nil {
		return nil
	}
	switch x := n.(type) {
	case *ast.Assign:
		for _, t := range x.Targets {
			c.target(t)
		}
	case *ast.AugAssign:
		c.target(x.Target)
	case *ast.AnnAssign:
		c.target(x.Target)
	case *ast.For:
		c.target(x.Target)
	case *ast.NamedExpr:
		c.target(x.Target)
	}
	return c
}

func (c *storeCounter) target(t ast.Expr) {
	switch x := t.(type) {
	case *ast.Name:
		c.n[x.Id]++
	case *ast.Tuple:
		for _, e := range x.Elts {
			c.target(e)
		}
	case *ast.List:
		for _, e := range x.Elts {
			c.target(e)
		}
	}
}

func contains(body []ast.Stmt, n ast.Node) bool {
	for _, s := range body {
		if ast.Node(s) == n {
			return true
		}
	}
	return false
}

// secretUse walks up from the random call to its statement and says what
// secret the value becomes, if any.
func secretUse(p *analysis.Pass, parents []ast.Node, call *ast.Call) (string, bool) {
	var child ast.Node = call
	for i, steps := len(parents)-1, 0; i >= 0 && steps < maxCallerDepth; i, steps = i-1, steps+1 {
		switch x := parents[i].(type) {
		case *ast.Compare, *ast.BoolOp:
			return "", false
		case *ast.IfExp:
			if ast.Node(x.Test) == child {
				return "", false
			}
		case *ast.Call:
			if ast.Node(x.Func) == child {
				return "", false
			}
			q := p.QualifiedName(x.Func)
			if stopCalls[q] {
				return "", false
			}
			for _, k := range x.Keywords {
				if k != nil && ast.Node(k.Value) == child && k.Arg != "" && taint.IsSecretName(k.Arg) {
					return "the " + k.Arg + " argument", true
				}
			}
			if isCookieCall(x, child) {
				return "a cookie value", true
			}
		case *ast.Dict:
			for j, v := range x.Values {
				if ast.Node(v) == child && j < len(x.Keys) {
					if s, ok := p.String(x.Keys[j]); ok && taint.IsSecretName(s) {
						return "the value of key " + s, true
					}
				}
			}
		case *ast.Assign:
			for _, t := range x.Targets {
				if w, ok := secretTarget(p, t, authFlowAt(parents[:i])); ok {
					if n, isName := t.(*ast.Name); isName && onlyFormatting(parents[:i], n.Id) {
						// token = randrange(...); boundary = "==" + token
						return "", false
					}
					return w, true
				}
			}
			return flowsToSecret(p, parents[:i], x.Targets)
		case *ast.AnnAssign:
			if w, ok := secretTarget(p, x.Target, authFlowAt(parents[:i])); ok {
				return w, true
			}
			return flowsToSecret(p, parents[:i], []ast.Expr{x.Target})
		case *ast.AugAssign:
			if w, ok := secretTarget(p, x.Target, authFlowAt(parents[:i])); ok {
				return w, true
			}
			return flowsToSecret(p, parents[:i], []ast.Expr{x.Target})
		case *ast.Return:
			return secretReturn(p, parents[:i])
		case ast.Stmt:
			return "", false
		}
		child = parents[i]
	}
	return "", false
}

// isCookieCall reports whether child is the value of resp.set_cookie(key,
// value, ...).
func isCookieCall(c *ast.Call, child ast.Node) bool {
	a, ok := c.Func.(*ast.Attribute)
	if !ok || a.Attr != "set_cookie" && a.Attr != "set_signed_cookie" {
		return false
	}
	if len(c.Args) > 1 && ast.Node(c.Args[1]) == child {
		return true
	}
	for _, k := range c.Keywords {
		if k != nil && k.Arg == "value" && ast.Node(k.Value) == child {
			return true
		}
	}
	return false
}

// secretTarget says whether an assignment target names a secret: by its
// name, attribute, constant key, or because it is an item of a session.
// In a step of an authentication flow (authFlow, see inAuthFlow) a value
// named just "code" or "key" is one too.
func secretTarget(p *analysis.Pass, t ast.Expr, authFlow bool) (string, bool) {
	secret := func(name string) bool {
		return taint.IsSecretName(name) || authFlow && flowSecretNames[strings.ToLower(name)]
	}
	switch x := t.(type) {
	case *ast.Name:
		if secret(x.Id) {
			return x.Id, true
		}
	case *ast.Attribute:
		if secret(x.Attr) {
			return x.Attr, true
		}
	case *ast.Subscript:
		if s, ok := p.String(x.Slice); ok && secret(s) {
			return "the item " + s, true
		}
		if isSession(p, x.Value) {
			return "a session value", true
		}
	case *ast.Tuple:
		for _, e := range x.Elts {
			if w, ok := secretTarget(p, e, authFlow); ok {
				return w, true
			}
		}
	case *ast.List:
		for _, e := range x.Elts {
			if w, ok := secretTarget(p, e, authFlow); ok {
				return w, true
			}
		}
	}
	return "", false
}

func isSession(p *analysis.Pass, e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Name:
		return x.Id == "session" || p.QualifiedName(x) == "flask.session"
	case *ast.Attribute:
		return x.Attr == "session"
	}
	return false
}

// enclosingFunc returns the innermost function among parents.
// flowSecretNames are names too vague to call a secret on their own
// (status code, dict key) that are one in a step of an authentication
// flow: the code of a password reset, the key of an e-mail confirmation.
var flowSecretNames = map[string]bool{"code": true, "key": true}

// authFlowWords are the words of a function's name that make it a step
// of an authentication flow.
var authFlowWords = map[string]bool{
	"reset": true, "forgot": true, "forgotten": true, "verify": true, "verification": true, "confirm": true,
	"confirmation": true, "otp": true, "mfa": true, "twofactor": true, "login": true, "signin": true,
	"signup": true, "register": true, "registration": true, "activate": true, "activation": true,
	"invite": true, "invitation": true, "recover": true, "recovery": true, "password": true, "passcode": true,
	"unlock": true, "magic": true, "authenticate": true, "auth": true,
}

// inAuthFlow reports whether a function named fname is a step of an
// authentication flow (forgot_password, send_verification, mfa_login).
func inAuthFlow(fname string) bool {
	for _, w := range identifier.Words(fname) {
		if authFlowWords[w] {
			return true
		}
	}
	return false
}

// authFlowAt reports whether the innermost function enclosing parents is
// a step of an authentication flow.
func authFlowAt(parents []ast.Node) bool {
	fname, _, ok := enclosingFunc(parents)
	return ok && inAuthFlow(fname)
}

func enclosingFunc(parents []ast.Node) (string, []ast.Stmt, bool) {
	for i := len(parents) - 1; i >= 0; i-- {
		switch f := parents[i].(type) {
		case *ast.FunctionDef:
			return f.Name, f.Body, true
		case *ast.AsyncFunctionDef:
			return f.Name, f.Body, true
		}
	}
	return "", nil, false
}

// flowsToSecret follows the names assigned from the random value through
// the other assignments of the enclosing function (and its returns) to a
// secret.
func flowsToSecret(p *analysis.Pass, parents []ast.Node, targets []ast.Expr) (string, bool) {
	names := map[string]bool{}
	for _, t := range targets {
		if n, ok := t.(*ast.Name); ok {
			names[n.Id] = true
		}
	}
	if len(names) == 0 {
		return "", false
	}
	fname, body, ok := enclosingFunc(parents)
	if !ok {
		return "", false
	}
	fu := &flowUse{p: p, names: names, fname: fname}
	for round := 0; round < maxFlowRounds && !fu.found; round++ {
		fu.grew = false
		for _, s := range body {
			ast.Walk(fu, s)
		}
		if !fu.grew {
			break
		}
	}
	return fu.what, fu.found
}

type flowUse struct {
	p           *analysis.Pass
	names       map[string]bool
	fname       string
	found, grew bool
	what        string
}

func (f *flowUse) uses(e ast.Node) bool {
	u := &nameUse{names: f.names}
	ast.Walk(u, e)
	return u.found
}

func (f *flowUse) Visit(n ast.Node) ast.Visitor {
	if f.found || n == nil {
		return nil
	}
	switch x := n.(type) {
	case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef, *ast.Lambda:
		return nil
	case *ast.Assign:
		if x.Value == nil || !f.uses(x.Value) {
			return f
		}
		if _, ok := x.Value.(*ast.Compare); ok {
			return f
		}
		for _, t := range x.Targets {
			if w, ok := secretTarget(f.p, t, inAuthFlow(f.fname)); ok {
				f.found, f.what = true, w
				return nil
			}
			if n, ok := t.(*ast.Name); ok && !f.names[n.Id] {
				f.names[n.Id] = true
				f.grew = true
			}
		}
	case *ast.Call:
		for _, k := range x.Keywords {
			if k != nil && k.Arg != "" && taint.IsSecretName(k.Arg) && f.uses(k.Value) {
				f.found, f.what = true, "the "+k.Arg+" argument"
				return nil
			}
		}
		if a, ok := x.Func.(*ast.Attribute); ok && (a.Attr == "set_cookie" || a.Attr == "set_signed_cookie") {
			if len(x.Args) > 1 && f.uses(x.Args[1]) {
				f.found, f.what = true, "a cookie value"
				return nil
			}
		}
	case *ast.Return:
		if x.Value != nil && f.uses(x.Value) && taint.IsSecretName(f.fname) {
			f.found, f.what = true, "the result of "+f.fname+"()"
			return nil
		}
	}
	return f
}

// formattingWords are words of names that hold a random value used for
// formatting or naming, not for protection (a MIME boundary, a
// temporary file name).
var formattingWords = map[string]bool{
	"boundary": true, "delimiter": true, "separator": true, "sep": true, "filename": true,
	"tmpname": true, "tempname": true, "suffix": true, "prefix": true, "marker": true,
}

// onlyFormatting reports whether every assignment in the enclosing
// function that reads name stores it under a formatting name (and there
// is at least one).
func onlyFormatting(parents []ast.Node, name string) bool {
	_, body, ok := enclosingFunc(parents)
	if !ok {
		return false
	}
	f := &formatUse{names: map[string]bool{name: true}}
	for _, s := range body {
		ast.Walk(f, s)
	}
	return f.formatting && !f.other
}

type formatUse struct {
	names             map[string]bool
	formatting, other bool
}

func (f *formatUse) Visit(n ast.Node) ast.Visitor {
	if n == nil {
		return nil
	}
	switch x := n.(type) {
	case *ast.Assign:
		u := &nameUse{names: f.names}
		ast.Walk(u, x.Value)
		if !u.found {
			return f
		}
		for _, t := range x.Targets {
			tn, ok := t.(*ast.Name)
			isFormat := false
			if ok {
				for _, w := range strings.FieldsFunc(strings.ToLower(tn.Id), func(r rune) bool { return r == '_' }) {
					isFormat = isFormat || formattingWords[w]
				}
			}
			if isFormat {
				f.formatting = true
			} else {
				f.other = true
			}
		}
		return nil
	case *ast.Return:
		if x.Value != nil {
			u := &nameUse{names: f.names}
			ast.Walk(u, x.Value)
			f.other = f.other || u.found
		}
	}
	return f
}

type nameUse struct {
	names map[string]bool
	found bool
}

func (u *nameUse) Visit(n ast.Node) ast.Visitor {
	if u.found || n == nil {
		return nil
	}
	if x, ok := n.(*ast.Name); ok && u.names[x.Id] {
		u.found = true
		return nil
	}
	return u
}

type secretCallers map[string]string

type callersKey struct{}

// secretReturn says whether a function returning a random value makes a
// secret: by its name, or because a call of it in the module is assigned
// to a secret.
func secretReturn(p *analysis.Pass, parents []ast.Node) (string, bool) {
	fname, _, ok := enclosingFunc(parents)
	if !ok {
		return "", false
	}
	if taint.IsSecretName(fname) {
		return "the result of " + fname + "()", true
	}
	m, ok := p.Memo()[callersKey{}].(secretCallers)
	if !ok {
		m = secretCallers{}
		ast.Walk(&callerFinder{p: p, m: m}, p.File.Module)
		p.Memo()[callersKey{}] = m
	}
	if w, ok := m[fname]; ok {
		return w + " (through " + fname + "())", true
	}
	return "", false
}

type callerFinder struct {
	p *analysis.Pass
	m secretCallers
}

func (c *callerFinder) Visit(n ast.Node) ast.Visitor {
	if n == nil {
		return nil
	}
	if a, ok := n.(*ast.Assign); ok {
		if call, ok := a.Value.(*ast.Call); ok {
			if f, ok := call.Func.(*ast.Name); ok {
				for _, t := range a.Targets {
					if w, ok := secretTarget(c.p, t, false); ok {
						c.m[f.Id] = w
					}
				}
			}
		}
	}
	return c
}
