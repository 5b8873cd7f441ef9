#!/usr/bin/env python3
"""Seeds krait's taint benchmark cases: python3 gen.py NEWDIR.

This is how the first 532 cases of internal/taint/testdata/bench were
written: per class, a list of sinks, sanitisers and safe look-alike sinks,
crossed with flow variants (direct, string building, constant-folded
branches, containers, helpers, attributes) and the three frameworks. It
refuses to write into an existing directory: the cases are the source of
truth now and are edited by hand; new cases get the next free number.
"""
import os, sys, shutil

OUT = sys.argv[1]

# ---------------------------------------------------------------- frameworks

def hdr(p):
    return p.title().replace("_", "-")


def src_options(kind, fw, p):
    """(signature args, source expression or None, imports, route suffix, async)."""
    if kind == "str":
        if fw == "flask":
            return [
                ("", f'request.args.get("{p}", "")', [], "", False),
                ("", f'request.form.get("{p}", "")', [], "", False),
                ("", f'request.cookies.get("{p}", "")', [], "", False),
                ("", f'request.headers.get("X-{hdr(p)}", "")', [], "", False),
                (p, None, [], f"/<{p}>", False),
                ("", f'request.values.get("{p}", "")', [], "", False),
                ("", f'request.get_json()["{p}"]', [], "", False),
            ]
        if fw == "django":
            return [
                ("request", f'request.GET.get("{p}", "")', [], "", False),
                ("request", f'request.POST.get("{p}", "")', [], "", False),
                ("request", f'request.COOKIES.get("{p}", "")', [], "", False),
                ("request", f'request.META.get("HTTP_X_{p.upper()}", "")', [], "", False),
                (f"request, {p}", None, [], "", False),
                ("request", f'request.headers.get("X-{hdr(p)}", "")', [], "", False),
            ]
        return [
            (f'request: Request, {p}: str = ""', None, [], "", False),
            ("request: Request", f'request.query_params.get("{p}", "")', [], "", False),
            (f"request: Request, {p}: str", None, [], "/{" + p + "}", False),
            (f'request: Request, {p}: str = Header("")', None, [("fastapi", "Header")], "", False),
            (f'request: Request, {p}: str = Cookie("")', None, [("fastapi", "Cookie")], "", False),
        ]
    if kind == "password":
        if fw == "flask":
            return [("", 'request.form["password"]', [], "", False),
                    ("", 'request.get_json()["password"]', [], "", False)]
        if fw == "django":
            return [("request", 'request.POST["password"]', [], "", False),
                    ("request", 'request.POST.get("password", "")', [], "", False)]
        return [("request: Request, password: str = Form(...)", None, [("fastapi", "Form")], "", False)]
    if kind == "bytes":
        if fw == "flask":
            return [("", "request.get_data()", [], "", False),
                    ("", "request.data", [], "", False),
                    ("", 'request.files["upload"].read()', [], "", False)]
        if fw == "django":
            return [("request", "request.body", [], "", False),
                    ("request", 'request.FILES["upload"].read()', [], "", False)]
        return [("request: Request", "await request.body()", [], "", True),
                ("request: Request, upload: UploadFile", "await upload.read()", [("fastapi", "UploadFile")], "", True)]
    raise ValueError(kind)


FW_BASE = {
    "flask": [("flask", "Flask"), ("flask", "request")],
    "django": [("django.http", "HttpResponse"), ("django.views.decorators.http", "require_http_methods")],
    "fastapi": [("fastapi", "FastAPI"), ("fastapi", "Request")],
}
FW_OK = {"flask": 'return "ok"', "django": 'return HttpResponse("ok")', "fastapi": 'return {"status": "ok"}'}
FW_BAD = {"flask": 'return "invalid request", 400',
          "django": 'return HttpResponseBadRequest("invalid request")',
          "fastapi": 'return {"error": "invalid request"}'}
FW_BAD_IMP = {"django": [("django.http", "HttpResponseBadRequest")]}


def render_imports(imps):
    plain = sorted({m for m, n in imps if n is None})
    froms = {}
    for m, n in imps:
        if n is not None:
            froms.setdefault(m, set()).add(n)
    lines = [f"import {m}" for m in plain]
    for m in sorted(froms):
        lines.append(f"from {m} import {', '.join(sorted(froms[m]))}")
    return lines

# ---------------------------------------------------------------- classes
# A sink: dict(fw=None|set, imp=[...], mod=[module lines], lines=[... "{x}" ... "#WANT"], ret=bool,
#              safe=override of the safe value expression)

def S(lines, imp=(), mod=(), fw=None, ret=False, safe=None, pre=None, suf=None):
    return dict(lines=lines, imp=list(imp), mod=list(mod), fw=fw, ret=ret, safe=safe, pre=pre, suf=suf)

I = lambda m: (m, None)

CLASSES = {}

def C(name, cwe, p, xname, kind, safe, pre, suf, sinks, sans, wrong, safe_sinks, big,
      numeric=True, allow=True, compose=True, allowed=None):
    CLASSES[name] = dict(name=name, cwe=cwe, p=p, x=xname, kind=kind, safe=safe, pre=pre, suf=suf,
                         sinks=sinks, sans=sans, wrong=wrong, safe_sinks=safe_sinks, big=big,
                         numeric=numeric, allow=allow, compose=compose, allowed=allowed)

C("command", 78, "host", "cmd", "str", '"localhost"', "ping -c 1 ", "", [
    S(["os.system({x})  #WANT"], [I("os")]),
    S(["subprocess.run({x}, shell=True, check=False)  #WANT"], [I("subprocess")]),
    S(["output = os.popen({x}).read()  #WANT"], [I("os")]),
    S(["proc = subprocess.Popen({x}, shell=True, stdout=subprocess.PIPE)  #WANT", "proc.wait()"], [I("subprocess")]),
    S(['subprocess.check_output(["/bin/sh", "-c", {x}])  #WANT'], [I("subprocess")]),
], [("shlex.quote({p})", [I("shlex")]), ("quote({p})", [("shlex", "quote")])], ("html.escape({p})", [I("html")]), [
    (["subprocess.run([\"ping\", \"-c\", \"1\", \"--\", {p}], check=False)"], [I("subprocess")], "argument list without a shell"),
    (["os.system(\"ping -c 1 \" + shlex.quote({p}))"], [I("os"), I("shlex")], "shlex.quote inline"),
    (["subprocess.run([\"/usr/bin/nslookup\", {p}], shell=False, check=False)"], [I("subprocess")], "shell=False with argument list"),
], True, allowed='{"localhost", "db.internal", "cache.internal"}')

C("sql", 89, "username", "query", "str", '"guest"', "SELECT id, email FROM users WHERE name = '", "'", [
    S(["cursor = db.cursor()", "cursor.execute({x})  #WANT", "rows = cursor.fetchall()"], [I("sqlite3")],
      ['db = sqlite3.connect("app.db")']),
    S(["with engine.connect() as conn:", "    result = conn.execute(text({x}))  #WANT"],
      [("sqlalchemy", "create_engine"), ("sqlalchemy", "text")], ['engine = create_engine("sqlite:///app.db")']),
    S(["users = User.objects.raw({x})  #WANT"], [("myapp.models", "User")], fw={"django"}),
    S(["with connection.cursor() as cursor:", "    cursor.execute({x})  #WANT"], [("django.db", "connection")], fw={"django"}),
    S(["cur = conn.cursor()", "cur.execute({x})  #WANT", "conn.commit()"], [I("psycopg2")],
      ['conn = psycopg2.connect("dbname=app")']),
    S(["cursor = db.cursor()", "cursor.executescript({x})  #WANT"], [I("sqlite3")], ['db = sqlite3.connect("app.db")']),
], [("str(int({p}))", [])], ("{p}.strip()", []), [
    (["cursor = db.cursor()", "cursor.execute(\"SELECT id, email FROM users WHERE name = ?\", ({p},))"],
     [I("sqlite3")], "parameterised query", ['db = sqlite3.connect("app.db")']),
    (["with engine.connect() as conn:", "    conn.execute(text(\"SELECT id FROM users WHERE name = :name\"), {{\"name\": {p}}})"],
     [("sqlalchemy", "create_engine"), ("sqlalchemy", "text")], "SQLAlchemy bound parameter", ['engine = create_engine("sqlite:///app.db")']),
    (["cur = conn.cursor()", "cur.execute(\"SELECT id FROM users WHERE name = %s\", [{p}])"],
     [I("psycopg2")], "psycopg2 parameter list", ['conn = psycopg2.connect("dbname=app")']),
], True, allowed='{"admin", "guest", "support"}')

C("code", 94, "expr", "code", "str", '"1 + 1"', "", "", [
    S(["result = eval({x})  #WANT"], pre="2 * "),
    S(["exec({x})  #WANT"], pre="result = "),
    S(['exec(compile({x}, "<calc>", "exec"))  #WANT'], pre="total = "),
    S(["module = __import__({x})  #WANT"], pre="plugins.", safe='"csv"'),
], [("str(int({p}))", [])], ("{p}.replace(\"__\", \"\")", []), [
    (["result = ast.literal_eval({p})"], [I("ast")], "ast.literal_eval"),
    (["result = json.loads({p})"], [I("json")], "json.loads instead of eval"),
    (["result = eval(\"2 * 21\")", "label = {p}"], [], "eval of a constant next to tainted data"),
], True, allowed='{"1 + 1", "2 * 3", "10 / 2"}')

C("path", 22, "filename", "path", "str", '"report.txt"', "/srv/app/uploads/", "", [
    S(["with open({x}) as fh:  #WANT", "    content = fh.read()"]),
    S(["return send_file({x})  #WANT"], [("flask", "send_file")], fw={"flask"}, ret=True),
    S(['return FileResponse(open({x}, "rb"))  #WANT'], [("django.http", "FileResponse")], fw={"django"}, ret=True),
    S(["return FileResponse({x})  #WANT"], [("fastapi.responses", "FileResponse")], fw={"fastapi"}, ret=True),
    S(["os.remove({x})  #WANT"], [I("os")]),
    S(["text = pathlib.Path({x}).read_text()  #WANT"], [I("pathlib")]),
    S(['shutil.copy({x}, "/var/backups/latest")  #WANT'], [I("shutil")]),
], [("secure_filename({p})", [("werkzeug.utils", "secure_filename")]), ("os.path.basename({p})", [I("os")])],
  ("{p}.strip()", []), [
    (["return send_from_directory(\"/srv/app/uploads\", {p})"], [("flask", "send_from_directory")],
     "send_from_directory joins safely", [], {"flask"}, True),
    (["full = os.path.realpath(os.path.join(\"/srv/app/uploads\", {p}))",
      "if not full.startswith(\"/srv/app/uploads\" + os.sep):", "    BAD",
      "with open(full) as fh:", "    content = fh.read()"], [I("os")], "realpath and startswith check"),
    (["with open(os.path.join(\"/srv/app/uploads\", os.path.basename({p}))) as fh:", "    content = fh.read()"],
     [I("os")], "basename inline"),
], True, allowed='{"report.txt", "summary.csv", "readme.md"}')

C("xss", 79, "name", "html", "str", '"guest"', "<p>Hello, ", "</p>", [
    S(["return {x}  #WANT"], fw={"flask"}, ret=True),
    S(["return make_response({x})  #WANT"], [("flask", "make_response")], fw={"flask"}, ret=True),
    S(["return render_template_string({x})  #WANT"], [("flask", "render_template_string")], fw={"flask"}, ret=True),
    S(["return HttpResponse({x})  #WANT"], fw={"django"}, ret=True),
    S(['return render(request, "page.html", {{"body": mark_safe({x})}})  #WANT'],
      [("django.shortcuts", "render"), ("django.utils.safestring", "mark_safe")], fw={"django"}, ret=True),
    S(["return HTMLResponse({x})  #WANT"], [("fastapi.responses", "HTMLResponse")], fw={"fastapi"}, ret=True),
    S(["return HTMLResponse(content={x}, status_code=200)  #WANT"], [("fastapi.responses", "HTMLResponse")], fw={"fastapi"}, ret=True),
], [("html.escape({p})", [I("html")]), ("str(int({p}))", [])], ("shlex.quote({p})", [I("shlex")]), [
    (["return render_template(\"hello.html\", name={p})"], [("flask", "render_template")], "autoescaped template", [], {"flask"}, True),
    (["return jsonify({{\"name\": {p}}})"], [("flask", "jsonify")], "JSON response", [], {"flask"}, True),
    (["return HttpResponse(format_html(\"<p>Hello, {{}}</p>\", {p}))"], [("django.utils.html", "format_html")], "format_html escapes", [], {"django"}, True),
    (["return render(request, \"hello.html\", {{\"name\": {p}}})"], [("django.shortcuts", "render")], "autoescaped Django template", [], {"django"}, True),
    (["return JSONResponse({{\"name\": {p}}})"], [("fastapi.responses", "JSONResponse")], "JSON response", [], {"fastapi"}, True),
    (["return HTMLResponse(\"<p>Hello, \" + html.escape({p}) + \"</p>\")"], [("fastapi.responses", "HTMLResponse"), I("html")], "html.escape inline", [], {"fastapi"}, True),
], True, allowed='{"guest", "admin", "visitor"}')

C("ssrf", 918, "host", "url", "str", '"inventory.example.com"', "https://", "/api/health", [
    S(["resp = requests.get({x}, timeout=5)  #WANT"], [I("requests")]),
    S(["resp = httpx.get({x}, timeout=5)  #WANT"], [I("httpx")]),
    S(["with urllib.request.urlopen({x}, timeout=5) as resp:  #WANT", "    body = resp.read()"], [I("urllib.request")]),
    S(['resp = requests.post({x}, json={{"ping": True}}, timeout=5)  #WANT'], [I("requests")]),
    S(["with httpx.Client() as client:", "    resp = client.get({x})  #WANT"], [I("httpx")]),
], [("str(int({p}))", [])], ("{p}.strip()", []), [
    (["resp = requests.get(\"https://inventory.example.com/api/items\", params={{\"q\": {p}}}, timeout=5)"],
     [I("requests")], "tainted query parameter, fixed host"),
    (["resp = httpx.get(\"https://inventory.example.com/api/health\", headers={{\"X-Trace\": {p}}}, timeout=5)"],
     [I("httpx")], "tainted header, fixed URL"),
], True, numeric=False, allowed='{"inventory.example.com", "billing.example.com"}')

C("redirect", 601, "next_url", "target", "str", '"/dashboard"', "", "", [
    S(["return redirect({x})  #WANT"], [("flask", "redirect")], fw={"flask"}, ret=True),
    S(["return HttpResponseRedirect({x})  #WANT"], [("django.http", "HttpResponseRedirect")], fw={"django"}, ret=True),
    S(["return redirect({x})  #WANT"], [("django.shortcuts", "redirect")], fw={"django"}, ret=True),
    S(["return RedirectResponse({x})  #WANT"], [("fastapi.responses", "RedirectResponse")], fw={"fastapi"}, ret=True),
    S(['response = make_response("", 302)', 'response.headers["Location"] = {x}  #WANT', "return response"],
      [("flask", "make_response")], fw={"flask"}, ret=True),
], [], ("{p}.strip()", []), [
    (["return redirect(url_for(\"profile\", name={p}))"], [("flask", "redirect"), ("flask", "url_for")], "url_for builds a local URL", [], {"flask"}, True),
    (["target = {p}", "if not url_has_allowed_host_and_scheme(target, allowed_hosts={{request.get_host()}}):",
      "    target = \"/\"", "return HttpResponseRedirect(target)"],
     [("django.http", "HttpResponseRedirect"), ("django.utils.http", "url_has_allowed_host_and_scheme")], "url_has_allowed_host_and_scheme", [], {"django"}, True),
    (["return RedirectResponse(\"/search?q=\" + quote({p}))"], [("fastapi.responses", "RedirectResponse"), ("urllib.parse", "quote")], "local path with quoted query", [], {"fastapi"}, True),
    (["return redirect(\"/profile/\" + str(int({p})))"], [("flask", "redirect")], "int() in a local path", [], {"flask"}, True),
], True, numeric=False, allowed='{"/dashboard", "/profile", "/settings"}')

C("deserialization", 502, "payload", "data", "bytes", None, "", "", [
    S(["obj = pickle.loads({x})  #WANT"], [I("pickle")], safe='pickle.dumps({"theme": "light"})'),
    S(["config = yaml.load({x}, Loader=yaml.Loader)  #WANT"], [I("yaml")], safe='b"theme: light"'),
    S(["config = yaml.unsafe_load({x})  #WANT"], [I("yaml")], safe='b"theme: light"'),
    S(["code = marshal.loads({x})  #WANT"], [I("marshal")], safe='marshal.dumps(42)'),
    S(["obj = jsonpickle.decode({x})  #WANT"], [I("jsonpickle")], safe='b\'{"theme": "light"}\''),
    S(["obj = pickle.load(io.BytesIO({x}))  #WANT"], [I("pickle"), I("io")], safe='pickle.dumps([1, 2, 3])'),
    S(["obj = dill.loads({x})  #WANT"], [I("dill")], safe='dill.dumps({"theme": "light"})'),
], [], ("{p}.strip()", []), [
    (["config = yaml.safe_load({p})"], [I("yaml")], "yaml.safe_load"),
    (["obj = json.loads({p})"], [I("json")], "json.loads"),
    (["config = yaml.load({p}, Loader=yaml.SafeLoader)"], [I("yaml")], "yaml.load with SafeLoader"),
    (["obj = pickle.loads(pickle.dumps(len({p})))"], [I("pickle")], "pickle of a locally built int"),
], True, numeric=False, allow=False, compose=False)

C("ldap", 90, "uid", "ldap_filter", "str", '"jdoe"', "(uid=", ")", [
    S(['results = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, {x})  #WANT'],
      [I("ldap")], ['conn = ldap.initialize("ldap://ldap.example.com")']),
    S(['conn.search("ou=people,dc=example,dc=com", {x}, attributes=["cn"])  #WANT'],
      [("ldap3", "Connection"), ("ldap3", "Server")], ['conn = Connection(Server("ldap://ldap.example.com"), auto_bind=True)']),
    S(['results = conn.search_st("dc=example,dc=com", ldap.SCOPE_SUBTREE, {x}, timeout=5)  #WANT'],
      [I("ldap")], ['conn = ldap.initialize("ldap://ldap.example.com")']),
], [("escape_filter_chars({p})", [("ldap.filter", "escape_filter_chars")]),
    ("escape_filter_chars({p})", [("ldap3.utils.conv", "escape_filter_chars")])], ("{p}.strip()", []), [
    (['conn = ldap.initialize("ldap://ldap.example.com")',
      'results = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, filter_format("(uid=%s)", [{p}]))'],
     [I("ldap"), ("ldap.filter", "filter_format")], "filter_format escapes"),
], False, allowed='{"jdoe", "asmith"}')

C("xpath", 643, "user", "xpath_expr", "str", '"jdoe"', "//user[@name='", "']", [
    S(["nodes = tree.xpath({x})  #WANT"], [("lxml", "etree")], ['tree = etree.parse("users.xml")']),
    S(["node = root.find({x})  #WANT"], [("xml.etree", "ElementTree")], ['root = ElementTree.parse("users.xml").getroot()'], pre=".//user[@name='"),
    S(["nodes = elementpath.select(root, {x})  #WANT"], [I("elementpath"), ("xml.etree", "ElementTree")], ['root = ElementTree.parse("users.xml").getroot()']),
    S(["nodes = root.findall({x})  #WANT"], [("xml.etree", "ElementTree")], ['root = ElementTree.parse("users.xml").getroot()'], pre=".//user[@name='"),
], [("str(int({p}))", [])], ("{p}.strip()", []), [
    (['nodes = tree.xpath("//user[@name=$name]", name={p})'], [("lxml", "etree")], "XPath variable binding", ['tree = etree.parse("users.xml")']),
], False, allowed='{"jdoe", "asmith"}')

C("xxe", 611, "document", "xml", "bytes", 'b"<order><id>1</id></order>"', "", "", [
    S(["tree = etree.fromstring({x}, parser)  #WANT"], [("lxml", "etree")],
      ["parser = etree.XMLParser(resolve_entities=True)"]),
    S(["tree = etree.fromstring({x}, etree.XMLParser(load_dtd=True, no_network=False))  #WANT"], [("lxml", "etree")]),
    S(["parser = xml.sax.make_parser()", "parser.setFeature(xml.sax.handler.feature_external_ges, True)",
       "parser.parse(io.BytesIO({x}))  #WANT"], [I("xml.sax"), I("xml.sax.handler"), I("io")]),
    S(["doc = etree.parse(io.BytesIO({x}), parser)  #WANT"], [("lxml", "etree"), I("io")],
      ["parser = etree.XMLParser(resolve_entities=True, dtd_validation=True)"]),
], [], ("{p}.strip()", []), [
    (["tree = defusedxml.ElementTree.fromstring({p})"], [I("defusedxml.ElementTree")], "defusedxml"),
    (["tree = etree.fromstring({p}, etree.XMLParser(resolve_entities=False, no_network=True))"], [("lxml", "etree")], "entities disabled"),
    (["root = ElementTree.fromstring({p})"], [("xml.etree", "ElementTree")], "stdlib ElementTree does not load external entities"),
    (["tree = defusedxml.lxml.fromstring({p})"], [I("defusedxml.lxml")], "defusedxml.lxml"),
], False, numeric=False, allow=False, compose=False)

C("header", 113, "lang", "header_value", "str", '"en-US"', "", "", [
    S(['response = make_response("ok")', 'response.headers["Content-Language"] = {x}  #WANT', "return response"],
      [("flask", "make_response")], fw={"flask"}, ret=True),
    S(['return Response("ok", headers={{"Content-Language": {x}}})  #WANT'], [("flask", "Response")], fw={"flask"}, ret=True),
    S(['response = HttpResponse("ok")', 'response["Content-Language"] = {x}  #WANT', "return response"], fw={"django"}, ret=True),
    S(['response = PlainTextResponse("ok")', 'response.headers["Content-Language"] = {x}  #WANT', "return response"],
      [("fastapi.responses", "PlainTextResponse")], fw={"fastapi"}, ret=True),
], [('{p}.replace("\\r", "").replace("\\n", "")', [])], ("{p}.strip()", []), [
    (['response = make_response("ok")', 'response.headers["Content-Language"] = quote({p})', "return response"],
     [("flask", "make_response"), ("urllib.parse", "quote")], "percent-encoded header value", [], {"flask"}, True),
], False, allowed='{"en-US", "de-DE", "fr-FR"}')

C("log", 117, "username", "message", "str", '"guest"', "login failed for ", "", [
    S(["logger.warning({x})  #WANT"], [I("logging")], ["logger = logging.getLogger(__name__)"]),
    S(["logging.info({x})  #WANT"], [I("logging")]),
    S(['logger.error("auth: " + {x})  #WANT'], [I("logging")], ["logger = logging.getLogger(\"auth\")"]),
], [('{p}.replace("\\r", "").replace("\\n", "")', []), ("str(int({p}))", [])], ("{p}.lower()", []), [
    (['logger.warning("login failed for %r", {p})'], [I("logging")], "repr formatting escapes newlines", ["logger = logging.getLogger(__name__)"]),
], False, allowed='{"guest", "admin"}')

C("regex", 730, "pattern", "regex", "str", '"[a-z]+"', "^", "$", [
    S(["compiled = re.compile({x})  #WANT"], [I("re")]),
    S(["match = re.search({x}, DOCUMENT)  #WANT"], [I("re")], ['DOCUMENT = "the quick brown fox jumps over the lazy dog"']),
    S(["found = re.findall({x}, DOCUMENT)  #WANT"], [I("re")], ['DOCUMENT = "alpha beta gamma delta"']),
], [("re.escape({p})", [I("re")]), ("str(int({p}))", [])], ("{p}.strip()", []), [
    (["match = DOCUMENT.find({p})"], [], "str.find instead of a regex", ['DOCUMENT = "the quick brown fox"']),
    (["match = re.search(r\"^[a-z]+$\", {p})"], [I("re")], "tainted subject, constant pattern"),
], False, allowed='{"[a-z]+", "[0-9]+"}')

C("trust-boundary", 501, "role", "session_value", "str", '"viewer"', "", "", [
    S(['session["role"] = {x}  #WANT'], [("flask", "session")], fw={"flask"}),
    S(['request.session["role"] = {x}  #WANT'], fw={"django"}),
    S(['request.session["role"] = {x}  #WANT'], fw={"fastapi"}),
    S(['session.update({{"role": {x}}})  #WANT'], [("flask", "session")], fw={"flask"}),
], [], ("{p}.strip()", []), [
    (['session["role"] = "viewer" if {p} == "" else "member"'], [("flask", "session")], "only a constant reaches the session", [], {"flask"}),
    (['request.session["last_search_length"] = len({p})'], [], "only the length reaches the session", [], {"django"}),
], False, numeric=False, allowed='{"viewer", "editor"}')

C("weak-hash", 328, "password", "secret", "password", '"changeme"', "", "", [
    S(["digest = hashlib.md5({x}.encode()).hexdigest()  #WANT"], [I("hashlib")]),
    S(["digest = hashlib.sha1({x}.encode()).hexdigest()  #WANT"], [I("hashlib")]),
    S(['digest = hashlib.new("md5", {x}.encode()).hexdigest()  #WANT'], [I("hashlib")]),
    S(["digest = md5({x}.encode(\"utf-8\")).hexdigest()  #WANT"], [("hashlib", "md5")]),
], [], ("{p}.strip()", []), [
    (['digest = hashlib.pbkdf2_hmac("sha256", {p}.encode(), b"per-user-salt", 600_000)'], [I("hashlib")], "PBKDF2 for a password"),
    (['digest = hashlib.scrypt({p}.encode(), salt=b"per-user-salt", n=16384, r=8, p=1)'], [I("hashlib")], "scrypt for a password"),
    (['etag = hashlib.md5(b"static asset v3", usedforsecurity=False).hexdigest()', "_ = len({p})"], [I("hashlib")], "md5 of a constant asset"),
], False, numeric=False, allow=False)

# ---------------------------------------------------------------- variants

def dq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def compose_forms(pre, suf, p):
    out = []
    parts = [dq(pre)] if pre else []
    parts.append(p)
    if suf:
        parts.append(dq(suf))
    esc = lambda s: s.replace("{", "{{").replace("}", "}}")
    out.append(("concatenation", " + ".join(parts)))
    out.append(("f-string", "f" + dq(esc(pre) + "{" + p + "}" + esc(suf))))
    out.append(("str.format", repr(esc(pre) + "{}" + esc(suf)) + f".format({p})"))
    out.append(("percent formatting", dq(pre.replace("%", "%%") + "%s" + suf.replace("%", "%%")) + f" % {p}"))
    out.append(("str.join", '"".join([' + ", ".join(parts) + "])"))
    return out


def build(cls, sink, v):
    pre = sink["pre"] if sink["pre"] is not None else cls["pre"]
    suf = sink["suf"] if sink["suf"] is not None else cls["suf"]
    if not pre and not suf:
        return None
    return compose_forms(pre, suf, v)[0][1]


# A variant: (slug, description, positive, fn(cls, sink, p, safe) -> (toplevel lines, body lines, final var, imports))

def V(slug, desc, pos, fn, needs=None):
    return dict(slug=slug, desc=desc, pos=pos, fn=fn, needs=needs)

POS = [
    V("direct", "request data flows straight into the sink", True,
      lambda c, s, p, safe: ([], [f"arg = {p}"], "arg", [])),
    V("compose", None, True, None),  # expanded per compose form
    V("live-ternary", "a branch decided by constant arithmetic that does pick the request value", True,
      lambda c, s, p, safe: ([], ["num = 50", f"arg = {safe} if 7 * 18 + num > 200 else {p}"], "arg", [])),
    V("live-if", "an if statement whose constant condition is true takes the request value", True,
      lambda c, s, p, safe: ([], ["num = 40", "if (num * 3) - 100 > 0:", f"    arg = {p}", "else:", f"    arg = {safe}"], "arg", [])),
    V("dict-same-key", "the request value is stored and read back under the same dict key", True,
      lambda c, s, p, safe: ([], ["store = {}", f'store["keyA"] = {p}', f'store["keyB"] = {safe}', 'arg = store["keyA"]'], "arg", [])),
    V("list-index", "a list index read that holds the request value", True,
      lambda c, s, p, safe: ([], [f"items = [{safe}, {p}, {safe}]", "arg = items[1]"], "arg", [])),
    V("list-pop", "append then pop returns the request value", True,
      lambda c, s, p, safe: ([], ["items = []", f"items.append({safe})", f"items.append({p})", "arg = items.pop()"], "arg", [])),
    V("helper-return", "a helper in the same file passes the value through", True,
      lambda c, s, p, safe: (["def normalize(value):", "    return value.strip()"], [f"arg = normalize({p})"], "arg", [])),
    V("class-attr", "the value travels through an object attribute", True,
      lambda c, s, p, safe: (["class Holder:", "    def __init__(self, value):", "        self.value = value",
                              f"        self.default = {safe}"], [f"holder = Holder({p})", "arg = holder.value"], "arg", [])),
    V("reassigned-tainted", "a safe value overwritten by the request value before use", True,
      lambda c, s, p, safe: ([], [f"arg = {safe}", f"arg = {p}"], "arg", [])),
    V("wrong-sanitizer", "a sanitiser for another vulnerability class does not help", True, None),
    V("tuple-unpack", "tuple unpacking picks the request value", True,
      lambda c, s, p, safe: ([], [f"first, second = {safe}, {p}", "arg = second"], "arg", [])),
    V("helper-sink", "the dangerous call sits in a helper that receives the request value", True, None),
    V("try-block", "the value is assigned inside a try block", True,
      lambda c, s, p, safe: ([], ["try:", f"    arg = {p}", "except (KeyError, ValueError):", f"    arg = {safe}"], "arg", [])),
    V("string-switch", "constant string indexing selects the branch with the request value", True,
      lambda c, s, p, safe: ([], ['guess = "ABC"', "switch = guess[2]", 'if switch == "B":', f"    arg = {safe}", "else:", f"    arg = {p}"], "arg", [])),
    V("loop-accumulate", "the value is copied element by element in a loop", True,
      lambda c, s, p, safe: ([], ["parts = []", f"for piece in {p}.split(','):", "    parts.append(piece)", 'arg = ",".join(parts)'], "arg", [])),
]

NEG = [
    V("safe-sink", None, False, None),
    V("sanitizer", None, False, None),
    V("dead-ternary", "a branch that constant arithmetic rules out holds the request value", False,
      lambda c, s, p, safe: ([], ["num = 106", f"arg = {safe} if 7 * 18 + num > 200 else {p}"], "arg", [])),
    V("constant", "the request is read but a constant reaches the sink", False,
      lambda c, s, p, safe: ([], [f"arg = {safe}"], "arg", [])),
    V("overwritten", "the request value is overwritten with a constant before use", False,
      lambda c, s, p, safe: ([], [f"arg = {p}", f"arg = {safe}"], "arg", [])),
    V("dict-other-key", "the request value sits under one dict key and another key is read", False,
      lambda c, s, p, safe: ([], ["store = {}", f'store["keyA"] = {p}', f'store["keyB"] = {safe}', 'arg = store["keyB"]'], "arg", [])),
    V("allowlist", "allow-list membership test before use", False, None),
    V("dead-if", "an if statement whose constant condition is false holds the request value", False,
      lambda c, s, p, safe: ([], ["num = 40", "if (num * 3) - 200 > 0:", f"    arg = {p}", "else:", f"    arg = {safe}"], "arg", [])),
    V("list-other-index", "the list index read holds a constant, not the request value", False,
      lambda c, s, p, safe: ([], [f"items = [{safe}, {p}]", "arg = items[0]"], "arg", [])),
    V("numeric", "int() conversion leaves only digits", False, None),
    V("list-pop-removed", "the request value is appended and popped off before the list is read", False,
      lambda c, s, p, safe: ([], [f"items = [{safe}]", f"items.append({p})", "items.pop()", "arg = items[0]"], "arg", [])),
    V("class-attr-other", "the object holds the request value in another attribute", False,
      lambda c, s, p, safe: (["class Holder:", "    def __init__(self, value):", "        self.value = value",
                              f"        self.default = {safe}"], [f"holder = Holder({p})", "arg = holder.default"], "arg", [])),
    V("string-switch-dead", "constant string indexing selects the constant branch", False,
      lambda c, s, p, safe: ([], ['guess = "ABC"', "switch = guess[1]", 'if switch == "B":', f"    arg = {safe}", "else:", f"    arg = {p}"], "arg", [])),
    V("helper-constant", "a helper in the same file ignores its argument and returns a constant", False,
      lambda c, s, p, safe: (["def pick(requested):", f"    return {safe}"], [f"arg = pick({p})"], "arg", [])),
    V("tuple-other", "tuple unpacking picks the constant element", False,
      lambda c, s, p, safe: ([], [f"first, second = {safe}, {p}", "arg = first"], "arg", [])),
    V("allowlist-guard", "an early return unless the value is in an allow-list", False, None),
    V("helper-sanitizer", "a helper in the same file sanitises the value", False, None),
    V("dict-pop", "the request value is popped out of a dict before a constant is read", False,
      lambda c, s, p, safe: ([], [f'store = {{"keyA": {safe}}}', f'store["keyB"] = {p}', 'store.pop("keyB")', 'arg = store.get("keyB", store["keyA"])'], "arg", [])),
]


def expand(cls):
    """All candidate (positive?, slug, desc, maker) of a class, in a stable order."""
    pos, neg = [], []
    p = cls["p"]
    for v in POS:
        if v["slug"] == "compose":
            if not cls["compose"]:
                continue
            for i, (name, _) in enumerate(compose_forms(cls["pre"], cls["suf"], p)):
                pos.append(("compose-" + name.replace(" ", "-").replace(".", "-"), f"taint through {name}", ("compose", i)))
            continue
        if v["slug"] == "wrong-sanitizer":
            pos.append((v["slug"], v["desc"], ("wrong", None)))
            continue
        if v["slug"] == "helper-sink":
            pos.append((v["slug"], v["desc"], ("helper-sink", None)))
            continue
        if cls["kind"] == "bytes" and v["slug"] in ("loop-accumulate", "helper-return", "wrong-sanitizer"):
            continue
        pos.append((v["slug"], v["desc"], ("fn", v["fn"])))
    # interleave: direct, compose..., then others
    for v in NEG:
        s = v["slug"]
        if s == "safe-sink":
            for i, ss in enumerate(cls["safe_sinks"]):
                neg.append(("safe-" + slugify(ss[2]), ss[2], ("safe", i)))
            continue
        if s == "sanitizer":
            for i, (expr, _) in enumerate(cls["sans"]):
                if expr.startswith("str(int("):
                    continue
                nm = expr.split("(")[0].replace("{p}.", "str.")
                neg.append(("sanitizer-" + slugify(nm), f"sanitised with {nm}()", ("san", i)))
            continue
        if s in ("allowlist", "allowlist-guard") and not cls["allow"]:
            continue
        if s == "numeric" and not cls["numeric"]:
            continue
        if s == "helper-sanitizer" and not [e for e, _ in cls["sans"] if not e.startswith("str(int(")]:
            continue
        if s == "allowlist":
            neg.append((s, v["desc"], ("allow", None)))
        elif s == "allowlist-guard":
            neg.append((s, v["desc"], ("guard", None)))
        elif s == "numeric":
            neg.append((s, v["desc"], ("numeric", None)))
        elif s == "helper-sanitizer":
            neg.append((s, v["desc"], ("helper-san", None)))
        else:
            neg.append((s, v["desc"], ("fn", v["fn"])))
    pri = ["direct", "compose-concatenation", "live-ternary", "dict-same-key", "helper-sink", "compose-f-string",
           "list-index", "class-attr", "helper-return", "compose-str-format", "reassigned-tainted", "list-pop",
           "tuple-unpack", "compose-percent-formatting", "wrong-sanitizer", "try-block", "string-switch",
           "live-if", "compose-str-join", "loop-accumulate"]
    pos.sort(key=lambda t: pri.index(t[0]))
    npri = ["dead-ternary", "constant", "overwritten", "dict-other-key", "allowlist", "allowlist-guard", "dead-if",
            "helper-sanitizer", "list-other-index", "numeric", "list-pop-removed", "class-attr-other",
            "string-switch-dead", "helper-constant", "tuple-other", "dict-pop"]
    def nkey(t):
        if t[0].startswith("safe-"):
            return (0, 0)
        if t[0].startswith("sanitizer-"):
            return (1, 0)
        return (2, npri.index(t[0]))
    neg.sort(key=nkey)
    # put the structural traps before the third safe sink so small classes get a mix
    head = [t for t in neg if nkey(t)[0] < 2]
    rest = [t for t in neg if nkey(t)[0] == 2]
    neg = head[:3] + rest[:4] + head[3:] + rest[4:]
    return pos, neg


def slugify(s):
    out = "".join(ch if ch.isalnum() else "-" for ch in s.lower())
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")[:32].strip("-")


def indent(lines, n=4):
    return [(" " * n + l) if l else l for l in lines]


def make_case(cls, idx, positive, slug, desc, maker, fw_cycle):
    cwe = cls["cwe"]
    # choose framework and sink
    sinks = cls["sinks"]
    kind, arg = maker
    if kind == "safe":
        ss = cls["safe_sinks"][arg]
        fws = ss[4] if len(ss) > 4 and ss[4] else {"flask", "django", "fastapi"}
        fw = [f for f in fw_cycle(idx) if f in fws][0]
        sink = None
    else:
        fw = None
        for f in fw_cycle(idx):
            cands = [s for s in sinks if s["fw"] is None or f in s["fw"]]
            if cands:
                fw = f
                break
        cands = [s for s in sinks if s["fw"] is None or fw in s["fw"]]
        sink = cands[(idx // 3) % len(cands)]
    srcs = src_options(cls["kind"], fw, cls["p"])
    sig, srcexpr, srcimp, route_suffix, is_async = srcs[idx % len(srcs)]
    p = cls["p"]
    imps = list(FW_BASE[fw]) + list(srcimp)
    top, body = [], []
    if srcexpr is not None:
        body.append(f"{p} = {srcexpr}")
    safe = (sink["safe"] if sink and sink["safe"] else cls["safe"])
    module_lines = []
    final = None
    sink_lines = None
    returns = False

    def san_expr(i):
        expr, si = cls["sans"][i]
        imps.extend(si)
        return expr

    if kind == "fn":
        t, b, final, im = arg(cls, sink, p, safe)
        top += t
        body += b
        imps.extend(im)
    elif kind == "compose":
        pre = sink["pre"] if sink["pre"] is not None else cls["pre"]
        suf = sink["suf"] if sink["suf"] is not None else cls["suf"]
        name, expr = compose_forms(pre, suf, p)[arg]
        body.append(f"{cls['x']} = {expr}")
        final = cls["x"]
    elif kind == "wrong":
        expr, wi = cls["wrong"]
        imps.extend(wi)
        body.append(f"arg = {expr.format(p=p)}")
        final = "arg"
    elif kind == "helper-sink":
        final = "arg"
        body.append(f"arg = {p}")
    elif kind == "safe":
        ss = cls["safe_sinks"][arg]
        lines, simps = ss[0], ss[1]
        imps.extend(simps)
        if len(ss) > 3:
            module_lines += ss[3]
        returns = len(ss) > 5 and ss[5]
        sink_lines = [l.format(p=p) for l in lines]
    elif kind == "san":
        body.append(f"arg = {san_expr(arg).format(p=p)}")
        final = "arg"
    elif kind == "numeric":
        body.append(f"arg = str(int({p}))")
        final = "arg"
    elif kind == "allow":
        top.append(f"ALLOWED = {cls['allowed']}")
        body += [f"if {p} in ALLOWED:", f"    arg = {p}", "else:", f"    arg = {safe}"]
        final = "arg"
    elif kind == "guard":
        top.append(f"ALLOWED = {cls['allowed']}")
        imps.extend(FW_BAD_IMP.get(fw, []))
        body += [f"if {p} not in ALLOWED:", "    " + FW_BAD[fw], f"arg = {p}"]
        final = "arg"
    elif kind == "helper-san":
        i = [j for j, (e, _) in enumerate(cls["sans"]) if not e.startswith("str(int(")][0]
        expr = san_expr(i)
        top += ["def clean(value):", f"    return {expr.format(p='value')}"]
        body.append(f"arg = clean({p})")
        final = "arg"

    if sink is not None:
        imps.extend(sink["imp"])
        module_lines += sink["mod"]
        returns = sink["ret"]
        if kind not in ("compose",):
            b = build(cls, sink, final)
            if b is not None:
                body.append(f"{cls['x']} = {b}")
                final = cls["x"]
        marker = f'  # want "CWE-{cwe}"' if positive else ""
        sink_lines = [l.replace("  #WANT", marker).format(x=final) for l in sink["lines"]]
    if any("BAD" == l.strip() for l in (sink_lines or [])):
        imps.extend(FW_BAD_IMP.get(fw, []))
        sink_lines = [l.replace("BAD", FW_BAD[fw]) for l in sink_lines]
    if "pipes_safe" in "\n".join(body):
        body = [l.replace("pipes_safe(", "shlex.quote(") for l in body]
        imps.append(I("shlex"))

    handler_sig = sig
    fname = f"handle_{cls['name'].replace('-', '_')}"
    if kind == "helper-sink":
        # move the sink into a helper that receives the value
        uses_req = any("request" in l for l in sink_lines)
        params = ("request, " if uses_req else "") + final
        helper = ["def run_sink(" + params + "):"] + indent(sink_lines)
        top += helper
        sink_lines = [("return " if returns else "") + f"run_sink({params})"]
    needs_request = any("request" in l for l in sink_lines + body) and fw == "flask"
    if fw == "flask":
        pass
    if fw == "fastapi" and any("request." in l for l in sink_lines) and "request" not in handler_sig:
        handler_sig = "request: Request, " + handler_sig if handler_sig else "request: Request"
    code_body = body + sink_lines
    if not returns:
        code_body.append(FW_OK[fw])
    if fw == "fastapi" and any("FileResponse(" in l or "Response(" in l for l in code_body):
        pass
    what = ("TRUE POSITIVE" if positive else "FALSE-POSITIVE TRAP")
    header = [f"# {cls['name']} (CWE-{cwe}) {what}: {desc} [{fw}]."] + render_imports(imps)
    setup = []
    if fw == "flask":
        setup.append("app = Flask(__name__)")
    elif fw == "fastapi":
        setup.append("app = FastAPI()")
    setup += module_lines
    # top-level definitions, PEP 8 style: two blank lines around each block
    blocks, cur = [], []
    for l in top:
        if l and not l.startswith(" ") and cur and (l.startswith(("def ", "class ")) or not cur[-1].startswith(" ") and cur[0].startswith(("def ", "class "))):
            blocks.append(cur)
            cur = []
        cur.append(l)
    if cur:
        blocks.append(cur)
    consts = [b for b in blocks if not b[0].startswith(("def ", "class "))]
    defs = [b for b in blocks if b[0].startswith(("def ", "class "))]
    for b in consts:
        setup += b
    handler = []
    route = f"/{cls['name']}/{slug}" + route_suffix
    if fw == "flask":
        handler.append(f'@app.route("{route}", methods=["GET", "POST"])')
    elif fw == "django":
        handler.append('@require_http_methods(["GET", "POST"])')
    elif fw == "fastapi":
        handler.append(f'@app.post("{route}")' if cls["kind"] == "bytes" or "Form" in handler_sig else f'@app.get("{route}")')
    adef = "async def" if (is_async or fw == "fastapi" and any("await " in l for l in code_body)) else "def"
    handler.append(f"{adef} {fname}({handler_sig}):")
    handler += indent(code_body)
    text = "\n".join(header)
    if setup:
        text += "\n\n" + "\n".join(setup)
    for b in defs + [handler]:
        text += "\n\n\n" + "\n".join(b)
    return fw, text + "\n"


def fw_cycle(i):
    order = ["flask", "django", "fastapi"]
    k = i % 3
    return order[k:] + order[:k]


def main():
    if os.path.exists(OUT):
        sys.exit(f"{OUT} exists: this generator only seeds a new suite; edit the cases by hand")
    total = {}
    for name, cls in CLASSES.items():
        quota = 20 if cls["big"] else 12
        pos, neg = expand(cls)
        # fill to the quota by cycling through the variants with another framework/sink
        def take(lst, n):
            out = []
            k = 0
            while len(out) < n:
                out.append((lst[k % len(lst)], k // len(lst)))
                k += 1
            return out
        cases = [(True, v, r) for v, r in take(pos, quota)] + [(False, v, r) for v, r in take(neg, quota)]
        d = os.path.join(OUT, name)
        os.makedirs(d)
        seen = set()
        for n, (positive, (slug, desc, maker), rnd) in enumerate(cases, 1):
            fw, text = make_case(cls, n + rnd, positive, slug, desc, maker, fw_cycle)
            tag = "tp" if positive else "fp"
            fn = f"{n:03d}_{tag}_{fw}_{slug}.py"
            assert fn not in seen
            seen.add(fn)
            with open(os.path.join(d, fn), "w") as f:
                f.write(text)
        total[name] = (quota, quota)
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import weakrandom
    d = os.path.join(OUT, "weak-random")
    os.makedirs(d)
    # interleave positives and negatives? keep positives first, as for the other classes
    for n, (positive, slug, desc, text) in enumerate(weakrandom.CASES, 1):
        tag = "tp" if positive else "fp"
        what = "TRUE POSITIVE" if positive else "FALSE-POSITIVE TRAP"
        fw = slug.split("_")[0].split("-")[0]
        head = f"# weak-random (CWE-330) {what}: {desc} [{fw}].\n"
        text = text.replace("  # WANT", '  # want "CWE-330"')
        assert ("# want" in text) == positive, slug
        with open(os.path.join(d, f"{n:03d}_{tag}_{slug}.py"), "w") as f:
            f.write(head + text)
    total["weak-random"] = (sum(1 for c in weakrandom.CASES if c[0]), sum(1 for c in weakrandom.CASES if not c[0]))
    print(total, sum(a + b for a, b in total.values()))


main()
