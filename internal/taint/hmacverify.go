package taint

import (
	"github.com/krait-dev/krait/internal/python/ast"
)

// HMAC verification as a validator.
//
// `if hmac.compare_digest(mac, hmac.new(KEY, data, sha256).hexdigest()):`
// (or its negation followed by a return or raise) proves that data was
// issued by whoever holds KEY: on that branch data is trusted for every
// class. The message may also go through a function of the module that
// signs one of its parameters (def sign(data): return hmac.new(KEY,
// data, ...).hexdigest()). A key the request controls proves nothing.

// compareDigests are the constant-time comparisons of MACs.
var compareDigests = map[string]bool{"hmac.compare_digest": true, "secrets.compare_digest": true}

// verifiedMessages returns the expressions whose HMAC the comparison call
// checks, when call is one of compareDigests.
func (fr *frame) verifiedMessages(st *State, call *ast.Call) []ast.Expr {
	if len(call.Args) != 2 || !compareDigests[fr.e.model.QualifiedName(fr.scope, call.Func)] {
		return nil
	}
	var out []ast.Expr
	for _, side := range call.Args {
		if msg := fr.macMessage(st, side); msg != nil {
			out = append(out, msg)
		}
	}
	return out
}

// macMessage returns the message x computes the HMAC of with a key the
// request does not control — hmac.digest(k, m, d),
// hmac.new(k, m, d).hexdigest() / .digest(), or a call of a module
// function that signs one of its parameters — or nil.
func (fr *frame) macMessage(st *State, x ast.Expr) ast.Expr {
	// expected = hmac.new(KEY, payload, sha256).digest()
	x, _ = fr.assigned(fr.scope, x)
	call, ok := x.(*ast.Call)
	if !ok {
		return nil
	}
	if attr, ok := call.Func.(*ast.Attribute); ok && (attr.Attr == "hexdigest" || attr.Attr == "digest") && len(call.Args) == 0 {
		if inner, ok := attr.Value.(*ast.Call); ok && fr.e.model.QualifiedName(fr.scope, inner.Func) == "hmac.new" {
			return fr.keyedMessage(st, inner)
		}
	}
	switch fr.e.model.QualifiedName(fr.scope, call.Func) {
	case "hmac.digest":
		return fr.keyedMessage(st, call)
	}
	if f, offset, _ := fr.resolveLocal(call); f != nil && offset == 0 {
		if i := signedParam(fr, f); i >= 0 && i < len(call.Args) {
			return call.Args[i]
		}
	}
	return nil
}

// keyedMessage returns the message argument of hmac.new/hmac.digest
// (second positional or msg=), or nil when there is none or the key
// comes from the request.
func (fr *frame) keyedMessage(st *State, call *ast.Call) ast.Expr {
	if len(call.Args) == 0 || untrustedKey(fr.eval(st, call.Args[0], 0).Taint) {
		return nil
	}
	if len(call.Args) >= 2 {
		return call.Args[1]
	}
	for _, k := range call.Keywords {
		if k.Arg == "msg" {
			return k.Value
		}
	}
	return nil
}

// untrustedKey reports whether t, the taint of an HMAC key, may come from
// the request: a remote source, or a parameter whose callers are not known
// here. A key read from the environment or the command line is the
// server's own.
func untrustedKey(t Taint) bool {
	for _, l := range t {
		if l.Param > 0 || l.Source != "" && !localSources[l.Source] {
			return true
		}
	}
	return false
}

// signedParam returns the index of the parameter of f that f returns the
// HMAC of (hmac.new(KEY, param, ...).hexdigest()/.digest() or
// hmac.digest(KEY, param, ...) in a return statement, with a key that is
// not a parameter), or -1.
func signedParam(fr *frame, f *fn) int {
	if f.lambda || len(f.body) == 0 {
		return -1
	}
	index := map[string]int{}
	for i, p := range f.params {
		if p != nil {
			index[p.Arg] = i
		}
	}
	found := -1
	for _, st := range f.body {
		ret, ok := st.(*ast.Return)
		if !ok || ret.Value == nil {
			continue
		}
		call, ok := ret.Value.(*ast.Call)
		if !ok {
			continue
		}
		mac := call
		if attr, ok := call.Func.(*ast.Attribute); ok && (attr.Attr == "hexdigest" || attr.Attr == "digest") {
			inner, ok := attr.Value.(*ast.Call)
			if !ok {
				continue
			}
			mac = inner
		}
		switch fr.e.model.QualifiedName(f.scope, mac.Func) {
		case "hmac.new", "hmac.digest":
		default:
			continue
		}
		if len(mac.Args) < 2 {
			continue
		}
		if key, ok := mac.Args[0].(*ast.Name); ok {
			if _, isParam := index[key.Id]; isParam {
				continue // the caller chooses the key
			}
		}
		if m, ok := mac.Args[1].(*ast.Name); ok {
			if i, isParam := index[m.Id]; isParam {
				found = i
			}
		}
	}
	return found
}
