# ssti (CWE-1336) TRUE POSITIVE: constant arithmetic picks the request branch [flask].
from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/ssti/live-ternary")
def motd():
    custom = request.args.get("motd", "")
    num = 50
    text = "Welcome" if 7 * 18 + num > 200 else custom
    return render_template_string("<marquee>" + text + "</marquee>")  # want "CWE-1336"
