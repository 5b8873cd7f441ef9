// Package debugsecretlog reports secrets (passwords, tokens, keys) passed
// to print or to a logger.
package debugsecretlog

import (
	_ "embed"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/semantic"
)

//go:embed doc.md
var doc string

// Analyzer reports secrets printed or logged.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT2008",
		Name:       "secret-in-log",
		Aliases:    []string{"py/clear-text-logging-sensitive-data"},
		CWE:        []int{532, 312},
		Severity:   finding.Medium,
		Confidence: finding.MediumConfidence,
		Summary:    "password, token or key printed or logged in clear text",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindCall},
	Run:   run,
}

// loggers are the objects whose methods in logMethods write log records,
// by qualified name.
var loggers = map[string]bool{
	"logging": true, "logging.root": true, "logging.getLogger()": true,
	"logging.getLogger().getChild()": true, "logging.LoggerAdapter()": true,
	"logging.Logger()": true, "structlog": true, "structlog.get_logger()": true,
	"structlog.getLogger()": true, "structlog.stdlib.get_logger()": true,
	"loguru.logger": true, "celery.utils.log.get_task_logger()": true,
	"flask.Flask().logger": true, "flask.current_app.logger": true,
}

// logMethods are the logging methods of loggers.
var logMethods = map[string]bool{
	"debug": true, "info": true, "warning": true, "warn": true, "error": true, "exception": true,
	"critical": true, "fatal": true, "log": true, "msg": true, "trace": true, "success": true,
}

// logControlKeywords are the keyword arguments of logging calls that
// carry no data.
var logControlKeywords = map[string]bool{"exc_info": true, "stack_info": true, "stacklevel": true}

// writers are functions that write their arguments to the standard
// streams, by qualified name.
var writers = map[string]bool{"sys.stdout.write": true, "sys.stderr.write": true}

// standardStreams are the files print may write to and still count.
var standardStreams = map[string]bool{"sys.stdout": true, "sys.stderr": true}

// valueCalls are the calls whose result is their first argument, as text.
var valueCalls = map[string]bool{
	"builtins.str": true, "builtins.repr": true, "builtins.ascii": true, "builtins.format": true,
}

// envReads are the functions that return the environment variable named
// by their first argument.
var envReads = map[string]bool{"os.getenv": true, "os.environ.get": true}

// getterMethods are methods that return the item named by their first
// argument (form.get("password"), os.environ.pop("API_KEY")).
var getterMethods = map[string]bool{"get": true, "pop": true, "getlist": true, "getenv": true}

// textMethods are str and bytes methods that return their receiver
// transformed but whole.
var textMethods = map[string]bool{
	"strip": true, "lstrip": true, "rstrip": true, "decode": true, "encode": true,
	"lower": true, "upper": true, "casefold": true,
}

// valueAttrs are attributes that hold the value of the object they
// belong to (form.password.data).
var valueAttrs = map[string]bool{"data": true, "value": true}

// skippedBindings are the kinds of bindings whose names are not data:
// modules, functions, classes, and loop variables (for password in
// wordlist: candidates, not secrets).
var skippedBindings = map[semantic.BindingKind]bool{
	semantic.ImportBinding: true, semantic.FunctionBinding: true, semantic.ClassBinding: true,
	semantic.LoopBinding: true,
}

// maxDepth bounds the recursion into nested expressions.
const maxDepth = 32

func run(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	q := p.CalleeName(call)
	var args []ast.Expr
	var keywords []*ast.Keyword
	printed := false
	switch {
	case q == "builtins.print":
		if f := analysis.Keyword(call, "file"); f != nil && !standardStreams[p.QualifiedName(f)] {
			return // writing a file, not a log
		}
		args, printed = call.Args, true
	case writers[q]:
		args, printed = call.Args, true
	default:
		attr, ok := call.Func.(*ast.Attribute)
		if !ok || !logMethods[attr.Attr] || !loggers[p.QualifiedName(attr.Value)] {
			return
		}
		args = call.Args
		for _, k := range call.Keywords {
			if !logControlKeywords[k.Arg] {
				keywords = append(keywords, k)
			}
		}
	}
	memo := p.Memo() // the options are the same for every call of a file
	ts, ok := memo["terms"].([]term)
	if !ok {
		ts = terms(p)
		memo["terms"] = ts
	}
	c := &checker{p: p, terms: ts}
	secret := ""
	for _, a := range args {
		if secret = c.secret(a, 0); secret != "" {
			break
		}
	}
	if secret == "" {
		secret = c.keywords(keywords, 0)
	}
	if secret == "" {
		return
	}
	if printed {
		p.ReportDiagnostic(analysis.Diagnostic{
			Loc:        call.Loc,
			Message:    secret + " is printed in clear text, and standard output usually ends up in logs",
			Confidence: int(finding.LowConfidence),
		})
		return
	}
	p.Reportf(call, "%s is written to the log in clear text by %s", secret, spell(call.Func))
}

// terms returns the secret names from the options secret_names (which
// replaces the default list) and extra_secret_names (which adds to it).
func terms(p *analysis.Pass) []term {
	names := defaultSecretNames
	if own, ok := p.StringsOption("secret_names"); ok {
		names = own
	}
	if extra, ok := p.StringsOption("extra_secret_names"); ok {
		names = append(append([]string(nil), names...), extra...)
	}
	return parseTerms(names)
}

type checker struct {
	p     *analysis.Pass
	terms []term
}

// secret returns how messages name the secret that e's value holds whole
// (a name, an attribute, an item, a keyword), or "" when it holds none.
// Lengths, comparisons, hashes, slices and calls of unknown functions
// hold none.
func (c *checker) secret(e ast.Expr, depth int) string {
	if e == nil || depth > maxDepth {
		return ""
	}
	depth++
	switch e := e.(type) {
	case *ast.Name:
		if !isSecretName(e.Id, c.terms) || c.notData(e) {
			return ""
		}
		return e.Id
	case *ast.Attribute:
		if isSecretName(e.Attr, c.terms) {
			if _, known := c.p.ConstValue(e); known {
				return ""
			}
			return spell(e)
		}
		if valueAttrs[e.Attr] {
			return c.secret(e.Value, depth)
		}
	case *ast.Subscript:
		if key, ok := c.p.String(e.Slice); ok && isSecretName(key, c.terms) {
			return spell(e.Value) + `["` + key + `"]`
		}
	case *ast.Call:
		return c.call(e, depth)
	case *ast.JoinedStr:
		return c.first(e.Values, depth)
	case *ast.FormattedValue:
		return c.secret(e.Value, depth)
	case *ast.BinOp:
		if e.Op == ast.Add || e.Op == ast.Modulo {
			if s := c.secret(e.Left, depth); s != "" {
				return s
			}
			return c.secret(e.Right, depth)
		}
	case *ast.Tuple:
		return c.first(e.Elts, depth)
	case *ast.List:
		return c.first(e.Elts, depth)
	case *ast.Set:
		return c.first(e.Elts, depth)
	case *ast.Dict:
		for i, v := range e.Values {
			if i < len(e.Keys) {
				if key, ok := c.p.String(e.Keys[i]); ok && isSecretName(key, c.terms) && c.isData(v) {
					return `"` + key + `"`
				}
			}
			if s := c.secret(v, depth); s != "" {
				return s
			}
		}
	case *ast.IfExp:
		if s := c.secret(e.Body, depth); s != "" {
			return s
		}
		return c.secret(e.Orelse, depth)
	case *ast.BoolOp:
		if e.Op == ast.And && len(e.Values) > 0 {
			return c.secret(e.Values[len(e.Values)-1], depth)
		}
		return c.first(e.Values, depth)
	case *ast.Starred:
		return c.secret(e.Value, depth)
	case *ast.NamedExpr:
		return c.secret(e.Value, depth)
	case *ast.Await:
		return c.secret(e.Value, depth)
	}
	return ""
}

func (c *checker) first(list []ast.Expr, depth int) string {
	for _, x := range list {
		if s := c.secret(x, depth); s != "" {
			return s
		}
	}
	return ""
}

// keywords returns the secret passed in keyword arguments: a keyword
// named like a secret with a value that is data (structlog's
// log.info("login", password=pw)), or a secret value.
func (c *checker) keywords(keywords []*ast.Keyword, depth int) string {
	for _, k := range keywords {
		if k.Arg != "" && isSecretName(k.Arg, c.terms) && c.isData(k.Value) {
			return k.Arg + "="
		}
		if s := c.secret(k.Value, depth); s != "" {
			return s
		}
	}
	return ""
}

// call returns the secret that the result of call holds.
func (c *checker) call(call *ast.Call, depth int) string {
	q := c.p.CalleeName(call)
	switch {
	case valueCalls[q]:
		if len(call.Args) > 0 {
			return c.secret(call.Args[0], depth)
		}
		return ""
	case q == "builtins.dict":
		return c.keywords(call.Keywords, depth)
	case envReads[q]:
		return c.key(call, "os.environ")
	}
	attr, ok := call.Func.(*ast.Attribute)
	if !ok {
		return ""
	}
	switch {
	case getterMethods[attr.Attr]:
		return c.key(call, spell(attr.Value))
	case textMethods[attr.Attr]:
		return c.secret(attr.Value, depth)
	case attr.Attr == "format":
		if s := c.first(call.Args, depth); s != "" {
			return s
		}
		return c.keywords(call.Keywords, depth)
	}
	return ""
}

// key returns owner["key"] when call's first argument is a constant key
// named like a secret.
func (c *checker) key(call *ast.Call, owner string) string {
	if len(call.Args) == 0 {
		return ""
	}
	if key, ok := c.p.String(call.Args[0]); ok && isSecretName(key, c.terms) {
		return owner + `["` + key + `"]`
	}
	return ""
}

// notData reports whether name n is bound to something that is not a
// secret value: a module, function, class, loop variable, or a constant.
func (c *checker) notData(n *ast.Name) bool {
	if b := c.p.Model.Resolve(c.p.Scope(), n.Id, n.Loc); b != nil && skippedBindings[b.Kind] {
		return true
	}
	_, known := c.p.ConstValue(n)
	return known
}

// isData reports whether e, the value of a keyword or dict item named
// like a secret, is that secret whole: a variable, attribute or item, or
// text made from one; not a constant, a flag, a slice, or the result of a
// function that may mask it (mask(pw), len(pw)).
func (c *checker) isData(e ast.Expr) bool {
	return c.data(e, 0)
}

func (c *checker) data(e ast.Expr, depth int) bool {
	if e == nil || depth > maxDepth {
		return false
	}
	depth++
	switch e := e.(type) {
	case *ast.Name:
		return !c.notData(e)
	case *ast.Attribute:
		_, known := c.p.ConstValue(e)
		return !known
	case *ast.Subscript:
		_, slice := e.Slice.(*ast.Slice)
		return !slice
	case *ast.JoinedStr:
		for _, v := range e.Values {
			if c.data(v, depth) {
				return true
			}
		}
	case *ast.FormattedValue:
		return c.data(e.Value, depth)
	case *ast.BinOp:
		return (e.Op == ast.Add || e.Op == ast.Modulo) && (c.data(e.Left, depth) || c.data(e.Right, depth))
	case *ast.IfExp:
		return c.data(e.Body, depth) || c.data(e.Orelse, depth)
	case *ast.Call:
		if valueCalls[c.p.CalleeName(e)] && len(e.Args) > 0 {
			return c.data(e.Args[0], depth)
		}
		if attr, ok := e.Func.(*ast.Attribute); ok && textMethods[attr.Attr] {
			return c.data(attr.Value, depth)
		}
	}
	return false
}

// spell returns the source spelling of a name or attribute chain, or
// "..." for other expressions.
func spell(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Name:
		return e.Id
	case *ast.Attribute:
		return spell(e.Value) + "." + e.Attr
	case *ast.Call:
		return spell(e.Func) + "()"
	case *ast.Subscript:
		return spell(e.Value) + "[...]"
	}
	return "..."
}
