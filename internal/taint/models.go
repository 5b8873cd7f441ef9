package taint

import "strings"

// Models: what the engine knows about libraries, as data. Every table is
// keyed by qualified name as the semantic model computes it
// ("flask.request.args", "sqlite3.connect().cursor().execute"); a later
// step makes them extendable from [tool.krait].

// attributeSources are names and attributes whose value is untrusted, and
// everything read from them (request.args["x"], request.args.get("x")).
var attributeSources = map[string]string{
	"flask.request.args":         "request.args",
	"flask.request.form":         "request.form",
	"flask.request.values":       "request.values",
	"flask.request.json":         "request.json",
	"flask.request.data":         "request.data",
	"flask.request.cookies":      "request.cookies",
	"flask.request.headers":      "request.headers",
	"flask.request.files":        "request.files",
	"flask.request.stream":       "request.stream",
	"flask.request.path":         "request.path",
	"flask.request.full_path":    "request.full_path",
	"flask.request.url":          "request.url",
	"flask.request.base_url":     "request.base_url",
	"flask.request.query_string": "request.query_string",
	"flask.request.view_args":    "request.view_args",
	"sys.argv":                   "sys.argv",
	"os.environ":                 "os.environ",
}

// networkSources are responses read from the network (another server's
// reply, bytes from a socket): untrusted, but not necessarily chosen by
// the attacker, so their findings have medium confidence.
var networkSources = map[string]bool{
	"network response": true, "socket data": true,
}

// responseReaders are the calls whose result is a response read from the
// network; the data comes from its read()/json() and text/content
// attributes (responseReads).
var responseReaders = []string{
	"urllib.request.urlopen()", "urllib2.urlopen()", "requests.get()", "requests.post()",
	"requests.put()", "requests.patch()", "requests.delete()", "requests.request()",
	"requests.Session().get()", "requests.Session().post()", "requests.Session().request()",
	"httpx.get()", "httpx.post()", "httpx.request()", "httpx.Client().get()", "httpx.Client().post()",
}

// responseReads are the methods and attributes of a response that carry
// its body or headers.
var responseReads = map[string]bool{
	"read": true, "readline": true, "readlines": true, "json": true, "text": true,
	"content": true, "headers": true, "iter_content": true, "iter_lines": true, "raw": true,
}

// socketReads are the socket methods whose result is data from the
// network; receivers are sockets by qualified name (socket.socket(),
// socket.create_connection()) or by a spelling in socketReceiverWords.
var socketReads = map[string]bool{"recv": true, "recvfrom": true, "recvmsg": true}

// socketPrefixes are the qualified names of sockets.
var socketPrefixes = []string{"socket.socket()", "socket.create_connection()", "socket.fromfd()", "ssl.wrap_socket()", "socket.socket"}

// socketReceiverWords are spellings of unresolved receivers taken for a
// socket (conn.recv on conn, addr = server.accept()).
var socketReceiverWords = []string{"sock", "conn", "connection", "client", "csock", "socket"}

// handlerClasses are request-handler base classes whose methods read the
// request from self: the attribute paths of self that are sources, and
// whether the parameters of the HTTP-verb methods (Tornado's path
// arguments) are sources too.
var handlerClasses = []struct {
	Bases       []string
	Label       string
	SelfSources []string
	VerbParams  bool
	VerbMethods map[string]bool
	AllMethods  bool
}{
	{
		Bases: []string{"tornado.web.RequestHandler"},
		Label: "tornado request",
		SelfSources: []string{
			"get_argument", "get_arguments", "get_query_argument", "get_query_arguments",
			"get_body_argument", "get_body_arguments", "get_cookie", "path_args", "path_kwargs",
			"request.body", "request.arguments", "request.query_arguments", "request.body_arguments",
			"request.headers", "request.uri", "request.path", "request.query", "request.files", "request.cookies",
		},
		VerbParams:  true,
		VerbMethods: map[string]bool{"get": true, "post": true, "put": true, "delete": true, "patch": true, "head": true, "options": true},
	},
	{
		Bases:       []string{"http.server.BaseHTTPRequestHandler", "http.server.SimpleHTTPRequestHandler", "http.server.CGIHTTPRequestHandler", "BaseHTTPServer.BaseHTTPRequestHandler", "SimpleHTTPServer.SimpleHTTPRequestHandler"},
		Label:       "http.server request",
		SelfSources: []string{"path", "headers", "rfile", "requestline", "raw_requestline"},
		AllMethods:  true,
	},
	{
		Bases:       []string{"aiohttp.web.View", "aiohttp.web_urldispatcher.View", "aiohttp.web_views.View"},
		Label:       "aiohttp request",
		SelfSources: []string{"request.query", "request.match_info", "request.post", "request.json", "request.text", "request.read", "request.headers", "request.cookies", "request.content", "request.rel_url", "request.query_string", "request.multipart"},
		AllMethods:  true,
	},
}

// aiohttpRequestAttributes are the attributes of an aiohttp request that
// carry untrusted data (request.query, await request.post()).
var aiohttpRequestAttributes = []string{
	"query", "match_info", "post", "json", "text", "read", "headers", "cookies", "content",
	"rel_url", "query_string", "multipart", "path", "path_qs", "raw_path", "url",
}

// starletteRequestAttributes are the attributes of a Starlette request
// that hold what the client sent (form(), json() and body() awaited).
var starletteRequestAttributes = []string{
	"query_params", "path_params", "headers", "cookies", "form", "json", "body", "stream", "url",
}

// extraSourceHints are names that mark a module as possibly holding a
// source besides the second parts of the tables above (see prescan.go).
var extraSourceHints = []string{
	"urlopen", "recv", "recvfrom", "recvmsg", "requests", "httpx", "RequestHandler",
	"BaseHTTPRequestHandler", "SimpleHTTPRequestHandler", "aiohttp", "FieldStorage",
}

// localSources are the sources controlled by whoever runs the program
// (not a remote attacker): their findings have low confidence and medium
// severity, so they can be filtered out.
var localSources = map[string]bool{
	"sys.argv": true, "os.environ": true, "os.getenv()": true, "input()": true,
}

// callSources are functions whose result is untrusted.
var callSources = map[string]string{
	"flask.request.get_json": "request.get_json()",
	"flask.request.get_data": "request.get_data()",
	"builtins.input":         "input()",
	"os.getenv":              "os.getenv()",
	"os.environ.get":         "os.environ",
	"cgi.FieldStorage":       "cgi.FieldStorage()",
}

// requestAttributes are the attributes of a framework's request object
// (Django's HttpRequest, Starlette's Request) that carry untrusted data,
// for request objects the engine recognises by where they come from (the
// first parameter of a Django view, a parameter annotated Request).
var requestAttributes = []string{
	"GET", "POST", "COOKIES", "META", "body", "FILES", "headers", "data",
	"query_params", "path_params", "cookies", "path", "path_info",
}

// routeDecorators are the methods that turn a function into a view, on
// objects of the classes in routeObjects.
var routeDecorators = map[string]bool{
	"route": true, "get": true, "post": true, "put": true, "delete": true,
	"patch": true, "head": true, "options": true, "api_route": true, "websocket": true,
}

// routeObjects are the qualified names of application and router objects
// (as semantic names the instance: "flask.Flask()").
var routeObjects = map[string]string{
	"flask.Flask()":                      "flask",
	"flask.Blueprint()":                  "flask",
	"fastapi.FastAPI()":                  "fastapi",
	"fastapi.APIRouter()":                "fastapi",
	"starlette.applications.Starlette()": "fastapi",
}

// Sink is a model of a call where tainted data does harm.
type Sink struct {
	Class Class
	// Args are the positions of the dangerous arguments; Keywords their
	// names when passed by keyword. AllArgs makes every argument
	// dangerous.
	Args     []int
	Keywords []string
	AllArgs  bool
	// Confidence is the confidence of findings at this sink: 0 for high,
	// else a finding.Confidence (for sinks matched by spelling).
	Confidence int
}

func sink(c Class, pos int, kw string) Sink {
	return Sink{Class: c, Args: []int{pos}, Keywords: []string{kw}}
}

// sinks are the sinks by qualified name.
var sinks = map[string]Sink{
	// CWE-78
	"os.system":                       sink(CommandInjection, 0, "command"),
	"os.popen":                        sink(CommandInjection, 0, "cmd"),
	"os.popen2":                       sink(CommandInjection, 0, "cmd"),
	"os.execl":                        {Class: CommandInjection, AllArgs: true},
	"os.execlp":                       {Class: CommandInjection, AllArgs: true},
	"os.execv":                        {Class: CommandInjection, AllArgs: true},
	"os.execvp":                       {Class: CommandInjection, AllArgs: true},
	"os.spawnl":                       {Class: CommandInjection, AllArgs: true},
	"os.spawnlp":                      {Class: CommandInjection, AllArgs: true},
	"os.spawnv":                       {Class: CommandInjection, AllArgs: true},
	"os.spawnvp":                      {Class: CommandInjection, AllArgs: true},
	"subprocess.Popen":                sink(CommandInjection, 0, "args"),
	"subprocess.run":                  sink(CommandInjection, 0, "args"),
	"subprocess.call":                 sink(CommandInjection, 0, "args"),
	"subprocess.check_call":           sink(CommandInjection, 0, "args"),
	"subprocess.check_output":         sink(CommandInjection, 0, "args"),
	"subprocess.getoutput":            sink(CommandInjection, 0, "cmd"),
	"asyncio.create_subprocess_shell": sink(CommandInjection, 0, "cmd"),
	"asyncio.create_subprocess_exec":  sink(CommandInjection, 0, "program"),
	"subprocess.getstatusoutput":      sink(CommandInjection, 0, "cmd"),
	"commands.getoutput":              sink(CommandInjection, 0, "cmd"),
	// CWE-89
	"sqlalchemy.text":                sink(SQLInjection, 0, "text"),
	"sqlalchemy.sql.text":            sink(SQLInjection, 0, "text"),
	"sqlalchemy.sql.expression.text": sink(SQLInjection, 0, "text"),
	// CWE-94/95
	"builtins.eval":           sink(CodeInjection, 0, "source"),
	"builtins.exec":           sink(CodeInjection, 0, "source"),
	"builtins.compile":        sink(CodeInjection, 0, "source"),
	"builtins.__import__":     sink(CodeInjection, 0, "name"),
	"importlib.import_module": sink(CodeInjection, 0, "name"),
	// CWE-22
	"builtins.open":    sink(PathTraversal, 0, "file"),
	"io.open":          sink(PathTraversal, 0, "file"),
	"codecs.open":      sink(PathTraversal, 0, "filename"),
	"os.remove":        sink(PathTraversal, 0, "path"),
	"os.unlink":        sink(PathTraversal, 0, "path"),
	"os.rmdir":         sink(PathTraversal, 0, "path"),
	"os.mkdir":         sink(PathTraversal, 0, "path"),
	"os.makedirs":      sink(PathTraversal, 0, "name"),
	"os.rename":        {Class: PathTraversal, Args: []int{0, 1}, Keywords: []string{"src", "dst"}},
	"os.listdir":       sink(PathTraversal, 0, "path"),
	"shutil.copy":      {Class: PathTraversal, Args: []int{0, 1}, Keywords: []string{"src", "dst"}},
	"shutil.copy2":     {Class: PathTraversal, Args: []int{0, 1}, Keywords: []string{"src", "dst"}},
	"shutil.copyfile":  {Class: PathTraversal, Args: []int{0, 1}, Keywords: []string{"src", "dst"}},
	"shutil.copytree":  {Class: PathTraversal, Args: []int{0, 1}, Keywords: []string{"src", "dst"}},
	"shutil.move":      {Class: PathTraversal, Args: []int{0, 1}, Keywords: []string{"src", "dst"}},
	"shutil.rmtree":    sink(PathTraversal, 0, "path"),
	"pathlib.Path":     {Class: PathTraversal, AllArgs: true},
	"pathlib.PurePath": {Class: PathTraversal, AllArgs: true},
	"flask.send_file":  sink(PathTraversal, 0, "path_or_file"),
	// send_from_directory joins its second argument safely; the
	// directory is the dangerous one.
	"flask.send_from_directory": sink(PathTraversal, 0, "directory"),
	"django.http.FileResponse":  sink(PathTraversal, 0, ""),
	// CWE-89, Django
	"django.db.models.expressions.RawSQL": sink(SQLInjection, 0, "sql"),
	"django.db.models.RawSQL":             sink(SQLInjection, 0, "sql"),
	// CWE-79
	"flask.make_response":               sink(XSS, 0, ""),
	"flask.render_template_string":      sink(XSS, 0, "source"),
	"markupsafe.Markup":                 sink(XSS, 0, ""),
	"flask.Markup":                      sink(XSS, 0, ""),
	"jinja2.Markup":                     sink(XSS, 0, ""),
	"django.http.HttpResponse":          sink(XSS, 0, "content"),
	"django.http.response.HttpResponse": sink(XSS, 0, "content"),
	"django.utils.safestring.mark_safe": sink(XSS, 0, "s"),
	"django.utils.html.format_html":     sink(XSS, 0, "format_string"),
	"fastapi.responses.HTMLResponse":    sink(XSS, 0, "content"),
	"starlette.responses.HTMLResponse":  sink(XSS, 0, "content"),
	"fastapi.responses.FileResponse":    sink(PathTraversal, 0, "path"),
	"starlette.responses.FileResponse":  sink(PathTraversal, 0, "path"),
	// CWE-643
	"elementpath.select":      sink(XPathInjection, 1, "path"),
	"elementpath.iter_select": sink(XPathInjection, 1, "path"),
	"lxml.etree.XPath":        sink(XPathInjection, 0, "path"),
	// CWE-730
	"re.compile":   sink(RegexInjection, 0, "pattern"),
	"re.search":    sink(RegexInjection, 0, "pattern"),
	"re.match":     sink(RegexInjection, 0, "pattern"),
	"re.fullmatch": sink(RegexInjection, 0, "pattern"),
	"re.findall":   sink(RegexInjection, 0, "pattern"),
	"re.finditer":  sink(RegexInjection, 0, "pattern"),
	"re.sub":       sink(RegexInjection, 0, "pattern"),
	"re.subn":      sink(RegexInjection, 0, "pattern"),
	"re.split":     sink(RegexInjection, 0, "pattern"),
	// CWE-918
	"requests.get":                    sink(SSRF, 0, "url"),
	"requests.post":                   sink(SSRF, 0, "url"),
	"requests.put":                    sink(SSRF, 0, "url"),
	"requests.delete":                 sink(SSRF, 0, "url"),
	"requests.head":                   sink(SSRF, 0, "url"),
	"requests.patch":                  sink(SSRF, 0, "url"),
	"requests.options":                sink(SSRF, 0, "url"),
	"requests.request":                sink(SSRF, 1, "url"),
	"requests.Session().get":          sink(SSRF, 0, "url"),
	"requests.Session().post":         sink(SSRF, 0, "url"),
	"requests.Session().request":      sink(SSRF, 1, "url"),
	"httpx.get":                       sink(SSRF, 0, "url"),
	"httpx.post":                      sink(SSRF, 0, "url"),
	"httpx.put":                       sink(SSRF, 0, "url"),
	"httpx.delete":                    sink(SSRF, 0, "url"),
	"httpx.head":                      sink(SSRF, 0, "url"),
	"httpx.patch":                     sink(SSRF, 0, "url"),
	"httpx.stream":                    sink(SSRF, 1, "url"),
	"httpx.request":                   sink(SSRF, 1, "url"),
	"httpx.Client().get":              sink(SSRF, 0, "url"),
	"httpx.AsyncClient().get":         sink(SSRF, 0, "url"),
	"httpx.AsyncClient().post":        sink(SSRF, 0, "url"),
	"httpx.Client().post":             sink(SSRF, 0, "url"),
	"aiohttp.ClientSession().get":     sink(SSRF, 0, "url"),
	"aiohttp.ClientSession().post":    sink(SSRF, 0, "url"),
	"aiohttp.ClientSession().put":     sink(SSRF, 0, "url"),
	"aiohttp.ClientSession().delete":  sink(SSRF, 0, "url"),
	"aiohttp.ClientSession().head":    sink(SSRF, 0, "url"),
	"aiohttp.ClientSession().request": sink(SSRF, 1, "url"),
	"urllib.request.urlopen":          sink(SSRF, 0, "url"),
	"urllib.request.Request":          sink(SSRF, 0, "url"),
	"urllib2.urlopen":                 sink(SSRF, 0, "url"),
	// CWE-601
	"flask.redirect":                            sink(OpenRedirect, 0, "location"),
	"django.http.HttpResponseRedirect":          sink(OpenRedirect, 0, "redirect_to"),
	"django.http.HttpResponsePermanentRedirect": sink(OpenRedirect, 0, "redirect_to"),
	"django.shortcuts.redirect":                 sink(OpenRedirect, 0, "to"),
	"fastapi.responses.RedirectResponse":        sink(OpenRedirect, 0, "url"),
	"starlette.responses.RedirectResponse":      sink(OpenRedirect, 0, "url"),
	"aiohttp.web.HTTPFound":                     sink(OpenRedirect, 0, "location"),
	"aiohttp.web.HTTPSeeOther":                  sink(OpenRedirect, 0, "location"),
	"aiohttp.web.HTTPMovedPermanently":          sink(OpenRedirect, 0, "location"),
	"aiohttp.web.HTTPTemporaryRedirect":         sink(OpenRedirect, 0, "location"),
	"aiohttp.web.HTTPPermanentRedirect":         sink(OpenRedirect, 0, "location"),
	"aiohttp.web_exceptions.HTTPFound":          sink(OpenRedirect, 0, "location"),
	// CWE-502
	"pickle.loads":      sink(Deserialization, 0, "data"),
	"pickle.load":       sink(Deserialization, 0, "file"),
	"cPickle.loads":     sink(Deserialization, 0, "data"),
	"_pickle.loads":     sink(Deserialization, 0, "data"),
	"dill.loads":        sink(Deserialization, 0, "str"),
	"marshal.loads":     sink(Deserialization, 0, "bytes"),
	"jsonpickle.decode": sink(Deserialization, 0, "string"),
	"yaml.load":         sink(Deserialization, 0, "stream"),
	"yaml.unsafe_load":  sink(Deserialization, 0, "stream"),
	"yaml.full_load":    sink(Deserialization, 0, "stream"),
	"shelve.open":       sink(Deserialization, 0, "filename"),
	// pandas and joblib unpickle what they read.
	"pandas.read_pickle":           sink(Deserialization, 0, "filepath_or_buffer"),
	"pandas.io.pickle.read_pickle": sink(Deserialization, 0, "filepath_or_buffer"),
	"joblib.load":                  sink(Deserialization, 0, "filename"),
}

// templateSinks are the calls that compile their argument as the source
// text of a server-side template (CWE-1336): Jinja2, Flask, Mako, Django
// and Tornado. Only the template text is dangerous; the values a template
// is rendered with (render(name=...), render_template_string(src,
// name=...)) are not. They are checked besides sinks, so that
// flask.render_template_string of untrusted text is reported both as
// template injection and as cross-site scripting: the two have different
// fixes (html.escape stops the second, not the first). Jinja2's
// SandboxedEnvironment is not a sink: it is the documented way to render
// untrusted templates.
var templateSinks = map[string]Sink{
	"jinja2.Template":                                         sink(TemplateInjection, 0, "source"),
	"jinja2.environment.Template":                             sink(TemplateInjection, 0, "source"),
	"jinja2.Environment().from_string":                        sink(TemplateInjection, 0, "source"),
	"jinja2.environment.Environment().from_string":            sink(TemplateInjection, 0, "source"),
	"jinja2.Environment().compile":                            sink(TemplateInjection, 0, "source"),
	"flask.render_template_string":                            sink(TemplateInjection, 0, "source"),
	"flask.templating.render_template_string":                 sink(TemplateInjection, 0, "source"),
	"flask.stream_template_string":                            sink(TemplateInjection, 0, "source"),
	"flask.Flask().jinja_env.from_string":                     sink(TemplateInjection, 0, "source"),
	"flask.current_app.jinja_env.from_string":                 sink(TemplateInjection, 0, "source"),
	"mako.template.Template":                                  sink(TemplateInjection, 0, "text"),
	"mako.lookup.TemplateLookup().put_string":                 sink(TemplateInjection, 1, "text"),
	"django.template.Template":                                sink(TemplateInjection, 0, "template_string"),
	"django.template.base.Template":                           sink(TemplateInjection, 0, "template_string"),
	"django.template.Engine().from_string":                    sink(TemplateInjection, 0, "template_code"),
	"django.template.engine.Engine().from_string":             sink(TemplateInjection, 0, "template_code"),
	"django.template.Engine.get_default().from_string":        sink(TemplateInjection, 0, "template_code"),
	"django.template.engine.Engine.get_default().from_string": sink(TemplateInjection, 0, "template_code"),
	"tornado.template.Template":                               sink(TemplateInjection, 0, "template_string"),
}

// templateEngines are the qualified names of mappings of template
// engines, whose items' from_string() compiles a template:
// django.template.engines["django"].from_string(text).
var templateEngines = map[string]bool{
	"django.template.engines": true, "django.template.loader.engines": true,
}

// methodSinks are sinks recognised by the method name of a call on an
// object whose qualified name starts with one of the prefixes
// (conn.search_s on conn = ldap.initialize(...) is
// "ldap.initialize().search_s").
var methodSinks = []struct {
	Prefixes []string
	Methods  map[string]Sink
}{
	{
		Prefixes: []string{"ldap.initialize().", "ldap.ldapobject."},
		Methods: map[string]Sink{
			"search":       {Class: LDAPInjection, Args: []int{0, 2}, Keywords: []string{"base", "filterstr"}},
			"search_s":     {Class: LDAPInjection, Args: []int{0, 2}, Keywords: []string{"base", "filterstr"}},
			"search_st":    {Class: LDAPInjection, Args: []int{0, 2}, Keywords: []string{"base", "filterstr"}},
			"search_ext":   {Class: LDAPInjection, Args: []int{0, 2}, Keywords: []string{"base", "filterstr"}},
			"search_ext_s": {Class: LDAPInjection, Args: []int{0, 2}, Keywords: []string{"base", "filterstr"}},
		},
	},
	{
		Prefixes: []string{"ldap3.Connection()."},
		Methods: map[string]Sink{
			"search": {Class: LDAPInjection, Args: []int{0, 1}, Keywords: []string{"search_base", "search_filter"}},
			// The DN of the entry changed.
			"modify":    sink(LDAPInjection, 0, "dn"),
			"modify_dn": sink(LDAPInjection, 0, "dn"),
			"delete":    sink(LDAPInjection, 0, "dn"),
			"add":       sink(LDAPInjection, 0, "dn"),
			"compare":   sink(LDAPInjection, 0, "dn"),
		},
	},
	{
		Prefixes: []string{"lxml.etree.", "xml.etree.ElementTree.", "xml.etree.cElementTree.", "defusedxml.ElementTree.", "defusedxml.lxml."},
		Methods: map[string]Sink{
			"xpath":    sink(XPathInjection, 0, "_path"),
			"find":     sink(XPathInjection, 0, "path"),
			"findall":  sink(XPathInjection, 0, "path"),
			"findtext": sink(XPathInjection, 0, "path"),
			"iterfind": sink(XPathInjection, 0, "path"),
			"XPath":    sink(XPathInjection, 0, "path"),
			"ETXPath":  sink(XPathInjection, 0, "path"),
		},
	},
	{
		// Archive members named by the user: extract("../../etc/x").
		Prefixes: []string{"tarfile.open().", "tarfile.TarFile().", "tarfile.TarFile.open().", "zipfile.ZipFile()."},
		Methods: map[string]Sink{
			"extract":     {Class: PathTraversal, Args: []int{0, 1}, Keywords: []string{"member", "path"}},
			"extractall":  {Class: PathTraversal, Args: []int{0, 1}, Keywords: []string{"path", "members"}},
			"open":        sink(PathTraversal, 0, "name"),
			"extractfile": sink(PathTraversal, 0, "member"),
		},
	},
	{
		Prefixes: []string{"logging."},
		Methods: map[string]Sink{
			"debug": {Class: LogInjection, AllArgs: true}, "info": {Class: LogInjection, AllArgs: true},
			"warning": {Class: LogInjection, AllArgs: true}, "warn": {Class: LogInjection, AllArgs: true},
			"error": {Class: LogInjection, AllArgs: true}, "critical": {Class: LogInjection, AllArgs: true},
			"exception": {Class: LogInjection, AllArgs: true}, "fatal": {Class: LogInjection, AllArgs: true},
			"log": {Class: LogInjection, AllArgs: true},
		},
	},
}

// responseClasses are the response types whose headers= argument sets
// HTTP headers.
var responseClasses = map[string]bool{
	"flask.Response": true, "werkzeug.wrappers.Response": true, "flask.make_response": true,
	"fastapi.Response": true, "fastapi.responses.Response": true, "fastapi.responses.PlainTextResponse": true,
	"fastapi.responses.HTMLResponse": true, "fastapi.responses.JSONResponse": true,
	"starlette.responses.Response": true, "starlette.responses.PlainTextResponse": true,
	"starlette.responses.HTMLResponse": true, "starlette.responses.JSONResponse": true,
}

// dbModules are the DB-API modules whose connections' cursors (and the
// connections themselves, for sqlite3) execute SQL: a call whose
// qualified name starts with one of these and ends in .execute or
// .executemany is an SQL sink.
var dbModules = []string{
	"sqlite3.connect()", "psycopg2.connect()", "psycopg.connect()", "pymysql.connect()",
	"MySQLdb.connect()", "mysql.connector.connect()", "sqlalchemy.create_engine()",
	"django.db.connection", "django.db.connections",
	// SQLAlchemy sessions and Flask-SQLAlchemy's db.session: execute() of
	// a plain string (SQLAlchemy < 2 runs it as SQL).
	"sqlalchemy.orm.Session()", "sqlalchemy.orm.session.Session()", "sqlalchemy.orm.sessionmaker()()",
	"sqlalchemy.orm.scoped_session()", "flask_sqlalchemy.SQLAlchemy()",
	// asyncio drivers.
	"aiosqlite.connect()", "asyncpg.connect()", "asyncpg.create_pool()", "aiomysql.connect()",
	"psycopg.AsyncConnection.connect()",
	// The classes parameters are annotated with (db: Session).
	"sqlite3.Connection()", "sqlite3.Cursor()", "psycopg.Connection()", "psycopg.Cursor()",
	"psycopg.AsyncConnection()", "psycopg.AsyncCursor()", "psycopg2.extensions.connection()",
	"psycopg2.extensions.cursor()", "pymysql.connections.Connection()", "pymysql.cursors.Cursor()",
	"asyncpg.Connection()", "asyncpg.connection.Connection()", "asyncpg.Pool()", "aiosqlite.Connection()",
	"sqlalchemy.engine.Connection()", "sqlalchemy.engine.Engine()", "sqlalchemy.Connection()", "sqlalchemy.Engine()",
	"sqlalchemy.ext.asyncio.AsyncSession()", "sqlalchemy.ext.asyncio.AsyncConnection()",
}

// dbReceiverWords are the spellings of unresolved receivers of .execute
// taken for a database cursor or connection, with medium confidence.
var dbReceiverWords = []string{"cursor", "cur", "conn", "connection", "db", "session"}

// sanitizers are the sanitising functions by qualified name.
var sanitizers = map[string]Class{
	"ldap.filter.escape_filter_chars":      LDAPInjection,
	"ldap.filter.filter_format":            LDAPInjection,
	"ldap.dn.escape_dn_chars":              LDAPInjection,
	"ldap3.utils.conv.escape_filter_chars": LDAPInjection,
	"ldap3.utils.dn.escape_rdn":            LDAPInjection,
	"re.escape":                            RegexInjection,
	"builtins.repr":                        LogInjection | HeaderInjection,
	"os.path.realpath":                     pathNormalized,
	"os.path.abspath":                      pathNormalized,
	"os.path.normpath":                     pathNormalized,
	"django.utils.html.format_html":        XSS,
	// quote and quote_plus: see quoteClasses, which narrows these by
	// their safe= characters.
	"urllib.parse.quote_plus": percentEncoded,
	"urllib.parse.urlencode":  XSS | PathTraversal | CommandInjection | OpenRedirect | HeaderInjection | LogInjection | TemplateInjection,
	"flask.url_for":           OpenRedirect,
	"shlex.quote":             CommandInjection,
	"shlex.join":              CommandInjection, // each item quoted
	"pipes.quote":             CommandInjection,
	"builtins.int":            AllClasses,
	"builtins.float":          AllClasses,
	"builtins.bool":           AllClasses,
	"builtins.len":            AllClasses,
	"builtins.hash":           AllClasses,
	"builtins.id":             AllClasses,
	"builtins.isinstance":     AllClasses,
	// A row looked up in the database is the server's data, whatever
	// key found it.
	"django.shortcuts.get_object_or_404": AllClasses,
	"django.shortcuts.get_list_or_404":   AllClasses,
	// Password and MAC checks answer yes or no.
	"bcrypt.checkpw":                             AllClasses,
	"hmac.compare_digest":                        AllClasses,
	"secrets.compare_digest":                     AllClasses,
	"werkzeug.security.check_password_hash":      AllClasses,
	"django.contrib.auth.hashers.check_password": AllClasses,
	"uuid.UUID":                                  AllClasses,
	"os.path.basename":                           PathTraversal,
	"werkzeug.utils.secure_filename":             PathTraversal,
	"werkzeug.secure_filename":                   PathTraversal,
	"html.escape":                                XSS,
	"cgi.escape":                                 XSS,
	"markupsafe.escape":                          XSS,
	"tornado.escape.xhtml_escape":                XSS,
	"json.dumps":                                 LogInjection | HeaderInjection, // escapes CR, LF and every control character
	"tornado.escape.url_escape":                  XSS | PathTraversal | CommandInjection | OpenRedirect | HeaderInjection | LogInjection | TemplateInjection,
	"flask.escape":                               XSS,
	"jinja2.escape":                              XSS,
	"django.utils.html.escape":                   XSS,
	"django.utils.html.conditional_escape":       XSS,
	"bleach.clean":                               XSS,
	"urllib.parse.quote":                         percentEncoded,
	// Flask renders with autoescape: the page is safe HTML (a template
	// source built from the request is reported at the call itself).
	"flask.render_template":        XSS,
	"flask.render_template_string": XSS,
	// Django templates autoescape what they are given to render (a
	// template source built from the request is SSTI, reported at the
	// call that compiles it).
	"django.template.Template().render":                          XSS,
	"django.template.base.Template().render":                     XSS,
	"django.template.loader.get_template().render":               XSS,
	"django.template.loader.select_template().render":            XSS,
	"django.template.Engine().from_string().render":              XSS,
	"django.template.Engine().get_template().render":             XSS,
	"django.template.Engine.get_default().from_string().render":  XSS,
	"django.template.Engine.get_default().get_template().render": XSS,
	"django.template.loader.render_to_string":                    XSS,
	"json.loads":     0, // data, not code: keeps taint
	"yaml.safe_load": 0,
}

// percentEncoded are the classes a percent-encoded value (quote,
// quote_plus) is safe for, whatever characters it leaves alone: markup,
// shell and template syntax, CR/LF. A value that keeps "/" (quote's
// default safe="/") can still climb directories ("../") and redirect to
// another host ("//evil.example"); one that keeps neither "/" nor ":" nor
// "@" cannot (quoteClasses). With ":" and "@" encoded it cannot name a
// scheme or a host either, so it cannot send a request elsewhere (SSRF)
// wherever it goes in a URL.
const percentEncoded = XSS | CommandInjection | HeaderInjection | LogInjection | TemplateInjection

// quoteClasses returns the classes quote or quote_plus with the given
// safe characters makes its result safe for: percentEncoded, SSRF unless
// ":", "@" or "\\" is kept, and open redirects and path traversal unless
// "/" or "\\" is kept. safeKnown is false when safe= is not a constant.
func quoteClasses(safe string, safeKnown bool) Class {
	if !safeKnown {
		return percentEncoded
	}
	c := percentEncoded
	if !strings.ContainsAny(safe, ":@\\") {
		c |= SSRF
	}
	if !strings.ContainsAny(safe, "/\\") {
		// ".." alone still names the parent directory, but no file
		// in it or below another directory can be named.
		c |= OpenRedirect | PathTraversal
	}
	return c
}

// noReturn are functions that never return normally (they raise or
// exit): the statement after a call of one is not reached from it, so
// `if x not in ALLOWED: abort(400)` guards what follows as a return
// would.
var noReturn = map[string]bool{
	"flask.abort": true, "werkzeug.exceptions.abort": true, "sys.exit": true, "os._exit": true,
	"builtins.exit": true, "builtins.quit": true,
}

// noReturnNames are the last names of noReturn's functions.
var noReturnNames = map[string]bool{"abort": true, "exit": true, "_exit": true, "quit": true}

// viewResponseSafe are calls whose result returned from a view is not
// HTML built from strings (JSON, templates that escape, redirects checked
// elsewhere).
var viewResponseSafe = map[string]bool{
	"flask.jsonify": true, "flask.render_template": true, "json.dumps": true,
	"flask.redirect": true, "flask.make_response": true, "flask.send_file": true,
	"flask.send_from_directory": true, "flask.abort": true, "flask.Response": true,
	"markupsafe.Markup": true, "flask.Markup": true, "flask.render_template_string": true,
}

// validators are functions that, when they return true, prove their first
// argument safe for some classes: `if url_has_allowed_host_and_scheme(url,
// ...):` clears url's taint for redirects inside the branch.
var validators = map[string]Class{
	"django.utils.http.url_has_allowed_host_and_scheme": OpenRedirect | SSRF,
	"django.utils.http.is_safe_url":                     OpenRedirect | SSRF,
	"os.path.isfile":                                    0,
}

// handlerSinks are the methods of a request handler class (Tornado's
// RequestHandler, http.server's BaseHTTPRequestHandler) that write to the
// response, called on self.
var handlerSinks = map[string]Sink{
	"write":      sink(XSS, 0, "chunk"),
	"finish":     sink(XSS, 0, "chunk"),
	"redirect":   sink(OpenRedirect, 0, "url"),
	"set_header": sink(HeaderInjection, 1, "value"),
	"add_header": sink(HeaderInjection, 1, "value"),
	// http.server's BaseHTTPRequestHandler does not check header values.
	"send_header": sink(HeaderInjection, 1, "value"),
}

// pathMethods are the methods of a pathlib path that read, write or
// remove the file it names: on a path built from untrusted data they are
// path traversal (DOCS / name, then .read_text()).
var pathMethods = map[string]bool{
	"read_text": true, "read_bytes": true, "write_text": true, "write_bytes": true,
	"unlink": true, "rmdir": true, "touch": true, "mkdir": true, "rename": true,
	"iterdir": true, "glob": true, "rglob": true,
}

// htmlResponses are response classes that take the body as text= or
// body= and send it as HTML when content_type says so.
var htmlResponses = map[string]bool{
	"aiohttp.web.Response": true, "aiohttp.web_response.Response": true,
}
