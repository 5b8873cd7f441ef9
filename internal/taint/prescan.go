package taint

import (
	"strings"

	"github.com/krait-dev/krait/internal/python/ast"
)

// sourceHints are the names that must appear in a module (as a name or an
// attribute) for one of the source models to match in it: the second part
// of every modelled source ("request" of flask.request.args, "argv" of
// sys.argv, "input" of builtins.input). A module without any of them, and
// without a view recognised by its decorators or parameters, has no
// source: the engine skips it, which is what keeps taint analysis cheap on
// code that handles no untrusted input.
var sourceHints = func() map[string]bool {
	m := map[string]bool{}
	add := func(q string) {
		parts := strings.Split(q, ".")
		if len(parts) >= 2 {
			m[parts[1]] = true
		}
	}
	for q := range attributeSources {
		add(q)
	}
	for q := range callSources {
		add(q)
	}
	for _, h := range extraSourceHints {
		m[h] = true
	}
	return m
}()

type hintFinder struct {
	found bool
	user  map[string]bool // the project's own source names (last parts)
}

func (h *hintFinder) Visit(n ast.Node) ast.Visitor {
	if h.found || n == nil {
		return nil
	}
	switch x := n.(type) {
	case *ast.Name:
		if sourceHints[x.Id] || h.user[x.Id] {
			h.found = true
		}
	case *ast.Attribute:
		if sourceHints[x.Attr] || h.user[x.Attr] {
			h.found = true
		}
	}
	if h.found {
		return nil
	}
	return h
}

// mayHaveSources reports whether a module can hold a source: a view found
// by the framework models, or a name of sourceHints.
func (e *engine) mayHaveSources(mod *ast.Module) bool {
	for _, f := range e.funcs {
		if f.sourceParams != nil || f.requestParam != "" || f.flaskView || f.selfSources != nil {
			return true
		}
	}
	h := &hintFinder{user: e.userHints}
	ast.Walk(h, mod)
	return h.found
}

// hasRemoteSources reports whether a module can hold a source a remote
// attacker controls: a view or handler found by the framework models, the
// project's own sources, a name that resolves to a remote source model
// (flask.request.*, cgi.FieldStorage, an HTTP client call whose response
// is read, a socket), or a socket read spelt on an unresolved receiver.
func (e *engine) hasRemoteSources(mod *ast.Module) bool {
	for _, f := range e.funcs {
		if f.sourceParams != nil || f.requestParam != "" || f.flaskView || f.selfSources != nil {
			return true
		}
	}
	found := false
	ast.Inspect(mod, func(n ast.Node) bool {
		if found {
			return false
		}
		var q, last string
		switch x := n.(type) {
		case *ast.Name:
			last = x.Id
		case *ast.Attribute:
			last = x.Attr
			q = e.model.QualifiedName(e.model.Module, x)
		default:
			return true
		}
		switch {
		case e.userHints[last], last == "recv", last == "recvfrom", last == "recvmsg", last == "recv_into":
			found = true
		case q != "" && remoteSourceName(q):
			found = true
		}
		return !found
	})
	return found
}

// remoteSourceName reports whether q names a remote source model or what
// reads one.
func remoteSourceName(q string) bool {
	if strings.HasPrefix(q, "flask.request.") || q == "cgi.FieldStorage" {
		return true
	}
	if _, ok := attributeSources[q]; ok {
		return !localSources[attributeSources[q]]
	}
	if l, ok := callSources[q]; ok {
		return !localSources[l]
	}
	for _, r := range responseReaders {
		if strings.TrimSuffix(r, "()") == q {
			return true
		}
	}
	for _, p := range socketPrefixes {
		if strings.TrimSuffix(p, "()") == q {
			return true
		}
	}
	return false
}
