# command (CWE-78) TRUE POSITIVE: removing ';' and '&' is not enough, $(...) and | still reach the shell [flask].
import subprocess
from flask import Flask, request

app = Flask(__name__)


def clean(value):
    return value.replace(";", "").replace("&", "")


@app.route("/tools/whois", methods=["POST"])
def whois():
    domain = clean(request.form["domain"])
    result = subprocess.getoutput("whois " + domain)  # want "CWE-78"
    return {"whois": result}
