# ssti (CWE-1336) FALSE-POSITIVE TRAP: only an int() of the request value is spliced into the template source [flask].
from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/countdown")
def countdown():
    days = int(request.args.get("days", "7"))
    source = "<p>" + str(days) + " days left, {{ user }}</p>"
    return render_template_string(source, user=request.args.get("user", "friend"))
