package taint

import (
	"fmt"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/python/parser"
	"github.com/krait-dev/krait/internal/semantic"
)

func analyze(t *testing.T, src string) *Result {
	t.Helper()
	f := parser.ParseFile("t.py", []byte(src))
	if len(f.Errors) > 0 {
		t.Fatalf("syntax errors: %v", f.Errors)
	}
	return Analyze("t.py", f.Module, semantic.Build(f.Module, ""))
}

// lines returns "line:class:source" for each finding.
func lines(r *Result) []string {
	var out []string
	for _, f := range r.Findings {
		out = append(out, fmt.Sprintf("%d:%s:%s", f.Loc.Lineno, f.Sink, f.Source))
	}
	return out
}

func expect(t *testing.T, src string, want ...string) {
	t.Helper()
	r := analyze(t, src)
	got := lines(r)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s\nsource:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), src)
	}
}

// check analyses src and compares its findings with the lines marked
// `# flow SOURCE` (a finding of that source at that line, any sink);
// every other line must have none.
func check(t *testing.T, src string) *Result {
	t.Helper()
	r := analyze(t, src)
	var want []string
	for i, line := range strings.Split(src, "\n") {
		if j := strings.Index(line, "# flow "); j >= 0 {
			for _, s := range strings.Fields(line[j+len("# flow "):]) {
				want = append(want, fmt.Sprintf("%d:%s", i+1, s))
			}
		}
	}
	var got []string
	for _, f := range r.Findings {
		got = append(got, fmt.Sprintf("%d:%s", f.Loc.Lineno, strings.ReplaceAll(f.Source, " ", "_")))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s\nall: %v", strings.Join(got, "\n"), strings.Join(want, "\n"), lines(r))
	}
	return r
}

// TestConstantTablesAndTypedParameters covers values that cannot carry an
// injection although request data chose them: an entry of a table of
// constants picked by an untrusted key, FastAPI parameters validated into
// numbers or UUIDs, and Flask routes with int/uuid converters.
func TestConstantTablesAndTypedParameters(t *testing.T) {
	expect(t, `
import os, sqlite3
from uuid import UUID
from typing import Annotated, Optional
from fastapi import FastAPI, Query
from flask import Flask, request

app = Flask(__name__)
api = FastAPI()
ORDER = {"new": "created DESC", "old": "created ASC"}

@app.route("/a")
def a():
    local = {"x": "1", "y": "2"}
    os.system("echo " + local.get(request.args["k"], "0"))
    os.system("echo " + ORDER.get(request.args["k"], "id"))
    os.system("echo " + ORDER.get(request.args["k"], request.args["d"]))

@app.route("/b/<int:n>/<uuid:u>/<name>")
def b(n, u, name):
    os.system("echo %s %s" % (n, u))
    os.system("echo " + name)

@api.get("/c/{n}")
def c(n: int, u: UUID, m: Annotated[int, Query(gt=0)], o: Optional[int], s: str):
    sqlite3.connect("x").execute(f"SELECT {n} {u} {m} {o}")
    sqlite3.connect("x").execute(f"SELECT {s}")
`,
		"17:os.system:request.args",
		"22:os.system:route parameter name",
		"27:execute():parameter s",
	)
}

// TestAsyncAndTornadoSinks covers asyncio's subprocess functions,
// aiohttp's redirect exceptions and the response methods of a Tornado
// handler called on self, with Tornado's own escaping as a sanitiser.
func TestAsyncAndTornadoSinks(t *testing.T) {
	expect(t, `
import asyncio
import tornado.escape
import tornado.web
from aiohttp import web

async def run(request):
    await asyncio.create_subprocess_shell("ls " + request.query["d"])
    raise web.HTTPFound(request.query["next"])

class H(tornado.web.RequestHandler):
    def get(self):
        name = self.get_argument("name")
        self.write("<p>" + name)
        self.write("<p>" + tornado.escape.xhtml_escape(name))
        self.redirect(self.get_argument("next"))
        self.set_header("X-Name", name)
`,
		"8:asyncio.create_subprocess_shell:request.query",
		"9:aiohttp.web.HTTPFound:request.query",
		"14:self.write:tornado request",
		"16:self.redirect:tornado request",
		"17:self.set_header:tornado request",
	)
}

// TestPathlibAndClientSession covers pathlib paths built from untrusted
// data and then read (resolve() + is_relative_to() as the check that
// keeps them below a base), and aiohttp's ClientSession as an SSRF sink.
func TestPathlibAndClientSession(t *testing.T) {
	expect(t, `
import aiohttp
from pathlib import Path
from flask import Flask, request

app = Flask(__name__)
DOCS = Path("/srv/docs").resolve()

@app.route("/a")
def a():
    page = request.args["p"]
    (DOCS / page).read_text()
    target = (DOCS / page).resolve()
    if not target.is_relative_to(DOCS):
        return "no"
    return target.read_text()

async def b(request):
    async with aiohttp.ClientSession() as s:
        await s.get(request.query["u"])
    "x".replace("a", request.query["u"])
`,
		"12:Path.read_text():request.args",
		"20:aiohttp.ClientSession().get:request.query",
	)
}

// TestAiohttpHTMLResponseAndJSONLogs covers aiohttp responses sent as
// HTML and json.dumps as escaping for logs.
func TestAiohttpHTMLResponseAndJSONLogs(t *testing.T) {
	expect(t, `
import json, logging
from aiohttp import web

log = logging.getLogger("x")

async def h(request):
    page = request.match_info["page"]
    log.info("agent=" + json.dumps(request.headers["User-Agent"]))
    web.Response(text="<p>%s</p>" % page, content_type="application/json")
    return web.Response(text="<p>%s</p>" % page, content_type="text/html")
`,
		"11:aiohttp.web.Response:request.match_info",
	)
}

// TestLDAP3EntryMethods covers the DN of the entry an ldap3 connection
// modifies, deletes, adds or renames.
func TestLDAP3EntryMethods(t *testing.T) {
	expect(t, `
from flask import Flask, request
from ldap3 import Connection

app = Flask(__name__)

@app.route("/u")
def u():
    conn = Connection("ldap://x")
    conn.modify("uid=" + request.args["uid"] + ",ou=people", {})
    conn.delete("uid=alice,ou=people")
`,
		"10:ldap3.Connection().modify:request.args",
	)
}

// TestParsersFromHelpersAndSessions covers an entity-resolving lxml parser
// returned by a helper or kept on self, and an aiohttp_session session.
func TestParsersFromHelpersAndSessions(t *testing.T) {
	expect(t, `
from lxml import etree
from aiohttp import web
from aiohttp_session import get_session
from flask import Flask, request

app = Flask(__name__)

def make_parser():
    return etree.XMLParser(resolve_entities=True)

def safe_parser():
    return etree.XMLParser(resolve_entities=False)

class Importer:
    def __init__(self):
        self.parser = etree.XMLParser(load_dtd=True)
    def parse(self, data):
        return etree.fromstring(data, parser=self.parser)

@app.route("/x", methods=["POST"])
def x():
    etree.fromstring(request.data, make_parser())
    etree.fromstring(request.data, safe_parser())
    Importer().parse(request.data)

async def y(request):
    data = await request.post()
    session = await get_session(request)
    session["user"] = data["user"]
`,
		"19:lxml.etree.fromstring:request.data",
		"23:lxml.etree.fromstring:request.data",
		"30:the session:request.post",
	)
}

// TestFullMatchValidators covers re.fullmatch / compiled fullmatch checks
// with patterns that admit only safe characters, and patterns that do
// not validate: any character, spaces, a slash, re.match with "$" (which
// also matches before a final newline).
func TestFullMatchValidators(t *testing.T) {
	expect(t, `
import re, subprocess
from flask import request
HOST = re.compile(r"[A-Za-z0-9.-]{1,253}")
LOOSE = re.compile(r".+")

def a():
    h = request.args["h"]
    if not HOST.fullmatch(h):
        return "bad"
    subprocess.run("nslookup " + h, shell=True)

def b():
    h = request.args["h"]
    if re.fullmatch(r"[a-z]+", h):
        subprocess.run("id " + h, shell=True)

def c():
    h = request.args["h"]
    if LOOSE.fullmatch(h):
        subprocess.run("id " + h, shell=True)

def d():
    h = request.args["h"]
    if re.match(r"^[a-z]+$", h):
        subprocess.run("id " + h, shell=True)

def e():
    h = request.args["h"]
    if re.fullmatch(r"[a-z ;]+", h):
        subprocess.run("id " + h, shell=True)
`,
		"21:subprocess.run:request.args",
		"26:subprocess.run:request.args",
		"31:subprocess.run:request.args",
	)
	for pat, safe := range map[string]bool{`[a-z]+`: true, `\w+`: true, `[0-9]{1,6}`: true, `a|b-c`: true, `.`: false, `[^/]+`: false, `x\s`: false, `(`: false} {
		if got := patternClasses(pat)&CommandInjection != 0; got != safe {
			t.Errorf("patternClasses(%q) validates commands: %v, want %v", pat, got, safe)
		}
	}
	if patternClasses(`[a-z.]+`)&PathTraversal != 0 || patternClasses(`[a-z]+`)&PathTraversal == 0 {
		t.Error(`a pattern admitting "." must not validate paths; one without it must`)
	}
}
