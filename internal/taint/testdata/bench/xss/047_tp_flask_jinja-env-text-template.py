# xss (CWE-79) TRUE POSITIVE: Flask does not escape a .txt template, and the view returns it as HTML [flask].
from flask import Flask, request

app = Flask(__name__)


@app.route("/note")
def note():
    page = app.jinja_env.get_template("note.txt")
    return page.render(text=request.args.get("text", ""))  # want "CWE-79"
