# ssti (CWE-1336) FALSE-POSITIVE TRAP: constant arithmetic rules out the request branch [flask].
from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/ssti/dead-ternary")
def motd():
    custom = request.args.get("motd", "")
    num = 106
    text = "Welcome" if 7 * 18 + num > 200 else custom
    return render_template_string("<marquee>" + text + "</marquee>")
