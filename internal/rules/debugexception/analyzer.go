// Package debugexception reports exception text and tracebacks sent to
// clients: returned from a view, or passed to a function that builds a
// response, inside the function that caught the exception.
package debugexception

import (
	_ "embed"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/semantic"
)

//go:embed doc.md
var doc string

// Analyzer reports exception text and tracebacks sent to clients.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT2007",
		Name:       "exception-text-in-response",
		Aliases:    []string{"py/stack-trace-exposure"},
		CWE:        []int{209, 497},
		Severity:   finding.Medium,
		Confidence: finding.MediumConfidence,
		Summary:    "exception text or traceback sent to the client",
		Doc:        doc,
	},
	// Exception text only comes from an except handler or a traceback or
	// sys function: the function around one of those is checked, once.
	Nodes: []ast.Kind{ast.KindExceptHandler, ast.KindCall},
	Run:   trigger,
}

// level is how much of an exception an expression carries, in increasing
// order of harm.
type level uint8

const (
	none          level = iota
	narrowMessage       // the message of a narrow built-in exception (ValueError, KeyError, ...)
	message             // the message of an exception that may come from anywhere
	traceback           // a formatted traceback
)

// leak is what an expression carries of an exception.
type leak struct {
	level level
	// raw is set when the value is the exception object itself (or a
	// container of it), not text made from it: returning it or
	// serialising it as JSON does not show its message, while functions
	// that convert their argument to text do.
	raw bool
}

// noLeak carries nothing.
var noLeak = leak{}

// join returns what a value made of a and b carries.
func join(a, b leak) leak {
	switch {
	case a.level == none:
		return b
	case b.level == none:
		return a
	}
	return leak{level: max(a.level, b.level), raw: a.raw && b.raw}
}

// text returns l made into text (str(e), f"{e}").
func (l leak) text() leak {
	l.raw = false
	return l
}

// what names a leak in messages.
func (l leak) what() string {
	if l.level == traceback {
		return "a traceback"
	}
	return "the caught exception's text"
}

// reveals says what a leak reveals, in messages.
func (l leak) reveals() string {
	if l.level == traceback {
		return "source file paths, code and library versions"
	}
	return "internal details such as file paths, queries or host names"
}

func (l leak) severity() finding.Severity {
	if l.level == narrowMessage {
		return finding.Low
	}
	return finding.Medium
}

func (l leak) confidence() finding.Confidence {
	if l.level == traceback {
		return finding.HighConfidence
	}
	return finding.MediumConfidence
}

// sources are the calls whose result describes the exception being
// handled, by qualified name.
var sources = map[string]leak{
	"traceback.format_exc":                        {level: traceback},
	"traceback.format_exception":                  {level: traceback},
	"traceback.format_tb":                         {level: traceback},
	"traceback.format_stack":                      {level: traceback},
	"traceback.extract_tb":                        {level: traceback},
	"traceback.extract_stack":                     {level: traceback},
	"traceback.TracebackException":                {level: traceback, raw: true},
	"traceback.TracebackException.from_exception": {level: traceback, raw: true},
	"traceback.format_exception_only":             {level: message},
	"sys.exc_info":                                {level: message, raw: true},
	"sys.exception":                               {level: message, raw: true},
}

// printers are the functions that write a traceback to their file
// argument (at position pos or the keyword file).
var printers = map[string]int{
	"traceback.print_exc":       1,
	"traceback.print_exception": -1,
	"traceback.print_tb":        2,
	"traceback.print_stack":     2,
}

// textCalls are the calls whose result is their arguments as text.
var textCalls = map[string]bool{
	"builtins.str": true, "builtins.repr": true, "builtins.ascii": true, "builtins.format": true,
	"json.dumps": true,
}

// containerCalls are the calls whose result holds their arguments.
var containerCalls = map[string]bool{
	"builtins.dict": true, "builtins.list": true, "builtins.tuple": true, "builtins.set": true,
}

// stringMethods are the methods whose result carries what their
// arguments carry, whatever the receiver ("{}".format(e), "".join(lines)).
var stringMethods = map[string]bool{"format": true, "format_map": true, "join": true}

// harmlessAttrs are attributes of an exception that carry nothing of its
// message.
var harmlessAttrs = map[string]bool{
	"__class__": true, "code": true, "status": true, "status_code": true, "errno": true, "http_status": true,
}

// mutators are the methods that put their arguments into the receiver
// (errors.append(str(e)), buf.write(tb)).
var mutators = map[string]bool{
	"append": true, "extend": true, "insert": true, "add": true, "update": true,
	"setdefault": true, "write": true, "writelines": true,
}

// narrowExceptions are the built-in exceptions whose messages describe a
// value the client sent rather than the server's internals; their text is
// reported with low severity.
var narrowExceptions = map[string]bool{
	"builtins.ValueError": true, "builtins.KeyError": true, "builtins.TypeError": true,
	"builtins.IndexError": true, "builtins.LookupError": true, "builtins.UnicodeError": true,
	"builtins.UnicodeDecodeError": true, "builtins.UnicodeEncodeError": true,
	"builtins.ZeroDivisionError": true, "builtins.OverflowError": true, "builtins.ArithmeticError": true,
}

// leakyExceptions are the non-built-in exceptions whose messages carry
// server internals (queries, connection strings, URLs, commands): qualified
// names, or prefixes ending in ".". Exceptions neither built in nor listed
// here (the project's own, pydantic's or marshmallow's ValidationError,
// werkzeug's HTTPException) are assumed to carry messages written for the
// client. The option leaky_exceptions adds entries.
var leakyExceptions = []string{
	"sqlalchemy.", "psycopg2.", "psycopg.", "pymysql.", "MySQLdb.", "mysql.connector.", "sqlite3.",
	"asyncpg.", "aiomysql.", "aiosqlite.", "cx_Oracle.", "oracledb.", "pyodbc.",
	"django.db.", "pymongo.", "motor.", "redis.", "elasticsearch.", "cassandra.",
	"requests.", "httpx.", "urllib3.", "urllib.error.", "http.client.", "aiohttp.ClientError",
	"aiohttp.ClientConnectionError", "aiohttp.ClientConnectorError", "aiohttp.ClientResponseError",
	"aiohttp.ServerDisconnectedError", "aiohttp.client_exceptions.", "botocore.", "boto3.",
	"subprocess.", "socket.", "ssl.", "smtplib.", "ftplib.", "paramiko.", "ldap.", "ldap3.",
	"jinja2.", "grpc.", "kafka.", "pika.", "celery.", "kombu.",
}

// trigger checks the function around an except handler or a call of a
// traceback or sys function that produces exception text, once per
// function.
func trigger(p *analysis.Pass, n ast.Node) {
	switch n := n.(type) {
	case *ast.Call:
		if !isExcFunctionCall(p, n) {
			return
		}
	case *ast.ExceptHandler:
		if n.Name == "" {
			// Without a name the exception object cannot leak; the
			// functions that fetch it (sys.exc_info(), ...) trigger as
			// calls.
			return
		}
	}
	fn := p.EnclosingFunction()
	if fn == nil {
		return
	}
	memo := p.Memo()
	if memo[fn] != nil {
		return
	}
	memo[fn] = true
	run(p, fn)
}

// isExcFunctionCall reports whether call calls one of the traceback or
// sys functions that produce exception text.
func isExcFunctionCall(p *analysis.Pass, call *ast.Call) bool {
	var last string
	switch f := call.Func.(type) {
	case *ast.Name:
		last = f.Id
	case *ast.Attribute:
		last = f.Attr
	}
	if !excFunctionNames[last] {
		return false // no need to resolve the name
	}
	q := p.CalleeName(call)
	return strings.HasPrefix(q, "traceback.") || strings.HasPrefix(q, "sys.exc") || q == "sys.exception"
}

func run(p *analysis.Pass, n ast.Node) {
	var body []ast.Stmt
	switch f := n.(type) {
	case *ast.FunctionDef:
		body = f.Body
	case *ast.AsyncFunctionDef:
		body = f.Body
	}
	scope := p.Model.Scope(n)
	if scope == nil {
		return
	}
	a := &function{p: p, scope: scope, locals: make(map[string]leak), leaky: leakyList(p)}
	a.propagate(body)
	view := isView(p, n.(ast.Stmt), scope)
	a.walk(body, func(n ast.Node, s *semantic.Scope) {
		switch n := n.(type) {
		case *ast.Call:
			q := a.qualified(n.Func, s)
			sink, ok := sinks[q]
			if !ok {
				return
			}
			if l := a.sinkArgs(n, s, jsonSinks[q]); l.level != none {
				report(p, n, l, sink+" sends "+l.what()+" to the client, which can reveal "+l.reveals())
			}
		case *ast.Return:
			if !view || n.Value == nil {
				return
			}
			if l := a.eval(n.Value, s, 0); l.level != none && !l.raw {
				report(p, n, l, "the view returns "+l.what()+" to the client, which can reveal "+l.reveals())
			}
		}
	})
}

func report(p *analysis.Pass, n ast.Node, l leak, msg string) {
	p.ReportDiagnostic(analysis.Diagnostic{
		Loc: n.Location(), Message: msg, Severity: int(l.severity()), Confidence: int(l.confidence()),
	})
}

// leakyList returns leakyExceptions with the entries of the option
// leaky_exceptions added.
func leakyList(p *analysis.Pass) []string {
	list := leakyExceptions
	if extra, _ := p.StringsOption("leaky_exceptions"); len(extra) > 0 {
		list = append(append([]string(nil), leakyExceptions...), extra...)
	}
	return list
}

// matchesName reports whether qualified name q is in list, whose entries
// are names or prefixes ending in ".".
func matchesName(list []string, q string) bool {
	for _, e := range list {
		if e == q || strings.HasSuffix(e, ".") && strings.HasPrefix(q, e) {
			return true
		}
	}
	return false
}

// excFunctionNames are the last names of the traceback and sys functions
// that produce exception text.
var excFunctionNames = map[string]bool{
	"format_exc": true, "format_exception": true, "format_exception_only": true, "print_exc": true,
	"print_exception": true, "format_tb": true, "extract_tb": true, "print_tb": true, "format_stack": true,
	"extract_stack": true, "print_last": true, "format_list": true, "TracebackException": true,
	"exc_info": true, "exception": true, "last_value": true, "last_traceback": true,
}
