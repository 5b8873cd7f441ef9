package taint

import (
	"fmt"
	"sort"
	"strings"
)

// UserModels are the sources, sinks and sanitisers a project adds to the
// built-in models in its configuration ([tool.krait.taint]), by qualified
// name: its own request wrapper as a source, its own escaping function as
// a sanitiser.
type UserModels struct {
	// Sources: a name or attribute whose value, or a function whose
	// result, is untrusted (label: the name itself).
	Sources map[string]string
	// Sinks: a function every argument of which is dangerous for a class.
	Sinks map[string]Sink
	// Sanitizers: a function whose result is safe for the classes given
	// (every class when the configuration gives a list).
	Sanitizers map[string]Class
}

// ModelsOption is the key under which the command line passes the
// project's UserModels to the taint rules in analysis.Pass.Options.
const ModelsOption = "krait.taint.models"

// classNames are the names a configuration gives classes by: the
// benchmark's class names and the rules' names without "tainted-".
var classNames = map[string]Class{
	"command": CommandInjection, "command-injection": CommandInjection,
	"sql": SQLInjection, "sql-injection": SQLInjection,
	"code": CodeInjection, "code-injection": CodeInjection,
	"path": PathTraversal, "path-traversal": PathTraversal,
	"xss": XSS, "cross-site-scripting": XSS,
	"ssrf": SSRF, "server-side-request-forgery": SSRF,
	"redirect": OpenRedirect, "open-redirect": OpenRedirect,
	"deserialization": Deserialization, "unsafe-deserialization": Deserialization,
	"ldap": LDAPInjection, "ldap-injection": LDAPInjection,
	"xpath": XPathInjection, "xpath-injection": XPathInjection,
	"header": HeaderInjection, "header-injection": HeaderInjection,
	"log": LogInjection, "log-injection": LogInjection,
	"regex": RegexInjection, "regex-injection": RegexInjection,
	"trust-boundary": TrustBoundary, "trust-boundary-violation": TrustBoundary,
	"xxe": XXE, "xml-external-entities": XXE,
	"weak-hash": WeakHash, "weak-hash-of-secret": WeakHash,
	"ssti": TemplateInjection, "template-injection": TemplateInjection,
	"server-side-template-injection": TemplateInjection,
}

// ParseClass returns the class a configuration names ("sql",
// "tainted-sql-injection", "all").
func ParseClass(name string) (Class, error) {
	n := strings.TrimPrefix(strings.ReplaceAll(strings.ToLower(strings.TrimSpace(name)), "_", "-"), "tainted-")
	if n == "all" {
		return AllClasses, nil
	}
	if c, ok := classNames[n]; ok {
		return c, nil
	}
	known := make([]string, 0, len(classNames))
	for k := range classNames {
		if !strings.Contains(k, "-") || k == "trust-boundary" || k == "weak-hash" {
			known = append(known, k)
		}
	}
	sort.Strings(known)
	return 0, fmt.Errorf("unknown vulnerability class %q (one of %s, all)", name, strings.Join(known, ", "))
}

// userSource, userSink and userSanitizer look q up in the project's
// models first.
func (e *engine) userSource(q string) (string, bool) {
	if e.user == nil || q == "" {
		return "", false
	}
	l, ok := e.user.Sources[q]
	return l, ok
}

func (e *engine) sinkFor(q string) (Sink, bool) {
	if e.user != nil {
		if sk, ok := e.user.Sinks[q]; ok {
			return sk, true
		}
	}
	sk, ok := sinks[q]
	return sk, ok
}

func (e *engine) sanitizerFor(q string) (Class, bool) {
	if e.user != nil {
		if c, ok := e.user.Sanitizers[q]; ok {
			return c, true
		}
	}
	c, ok := sanitizers[q]
	return c, ok
}

// userHint reports whether a name or attribute may spell one of the
// project's sources (its last part).
func (e *engine) userHint(name string) bool {
	return e.userHints[name]
}
