import html

import jinja2
import tornado.template
from django.template import Engine, Template as DjangoTemplate, engines
from flask import Flask, render_template_string, request
from jinja2 import Environment, Template
from jinja2.sandbox import SandboxedEnvironment
from mako.template import Template as MakoTemplate

app = Flask(__name__)
env = Environment(autoescape=True)


@app.route("/jinja")
def jinja_source():
    name = request.args.get("name", "")
    Template("Hello " + name).render()  # want "request.args flows to jinja2.Template: server-side template injection"
    env.from_string(name)  # want "request.args flows to jinja2.Environment\\(\\).from_string"
    jinja2.Environment().from_string(f"<p>{name}</p>")  # want "jinja2.Environment\\(\\).from_string: server-side template injection"
    app.jinja_env.from_string(name)  # want "flask.Flask\\(\\).jinja_env.from_string"
    # Context values are data, not template code.
    Template("Hello {{ name }}").render(name=name)
    env.from_string("<p>{{ n }}</p>").render(n=name)
    SandboxedEnvironment().from_string(name).render()
    return "ok"


@app.route("/flask")
def flask_source():
    name = request.args.get("name", "")
    render_template_string("{{ name }}", name=name)
    render_template_string(html.escape(name))  # want "render_template_string: server-side template injection"
    return render_template_string("<h1>" + name + "</h1>")  # want "request.args flows to flask.render_template_string: server-side template injection"


@app.route("/mako")
def mako_source():
    text = request.form["tpl"]
    MakoTemplate(text).render()  # want "mako.template.Template"
    MakoTemplate(text=text).render()  # want "mako.template.Template"
    MakoTemplate(filename="page.mako").render(text=text)
    return "ok"


def django_view(request):
    body = request.POST["body"]
    DjangoTemplate(body)  # want "request.POST flows to django.template.Template"
    engines["django"].from_string(body)  # want "django.template.engines\\[...\\].from_string"
    Engine.get_default().from_string(body)  # want "get_default\\(\\).from_string"
    DjangoTemplate("{{ body }}")
    return tornado.template.Template(request.GET["t"]).generate()  # want "request.GET flows to tornado.template.Template"


@app.route("/safe")
def constant_or_allowlisted():
    name = request.args.get("name", "")
    template = "Hello {{ name }}"
    if name in ("a", "b"):
        template = name
    Template(template).render(name=name)
    count = int(request.args["n"])
    Template("x" * count).render()
    if 2 * 3 > 10:
        Template(name)
    return "ok"
