import jinja2
from jinja2 import Environment, select_autoescape
from jinja2 import Template as T
from jinja2.sandbox import SandboxedEnvironment

templateLoader = jinja2.FileSystemLoader(searchpath="/")
something = ""
ON = True


def custom(name):
    return name.endswith(".html")


Environment(loader=templateLoader, load=templateLoader, autoescape=True)
Environment(loader=templateLoader, autoescape=ON)
Environment(loader=templateLoader, load=templateLoader)  # want "jinja2.Environment without autoescape"
Environment(loader=templateLoader, autoescape=False)  # want "autoescape=False"
jinja2.Environment(loader=templateLoader, autoescape=something)  # want "autoescape=False"
Environment(loader=templateLoader, autoescape=custom)  # want "cannot evaluate"
Environment(loader=templateLoader, autoescape=select_autoescape())
Environment(loader=templateLoader, autoescape=jinja2.select_autoescape(["html", "htm", "xml"]))
Environment(loader=templateLoader, autoescape=select_autoescape(disabled_extensions=("txt",), default_for_string=True, default=True))
SandboxedEnvironment()  # want "jinja2.sandbox.SandboxedEnvironment without autoescape"
T("Hello {{ name }}")  # want "jinja2.Template without autoescape"
T("Hello {{ name }}", autoescape=True)


def build(**options):
    return Environment(**options)  # want "unless [*][*]kwargs"
