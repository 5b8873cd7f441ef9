# redirect (CWE-601) TRUE POSITIVE: the target passes through two helpers that only add a default and a query string [flask].
from flask import Flask, request, redirect

app = Flask(__name__)


def with_default(url):
    return url or "/dashboard"


def with_flash(url, code):
    sep = "&" if "?" in url else "?"
    return url + sep + "flash=" + code


@app.route("/settings/save", methods=["POST"])
def save_settings():
    target = with_flash(with_default(request.form.get("next")), "saved")
    return redirect(target)  # want "CWE-601"
