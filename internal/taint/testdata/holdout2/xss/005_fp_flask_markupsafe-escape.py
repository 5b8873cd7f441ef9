# xss (CWE-79) FALSE-POSITIVE TRAP: the visitor name is escaped with markupsafe.escape before it is placed in the HTML response [flask].
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.get("/hello")
def hello():
    name = request.args.get("name", "stranger").strip() or "stranger"
    safe_name = escape(name)
    return f"<h1>Hello, {safe_name}!</h1><p>Welcome to the beta.</p>"
