# redirect (CWE-601) TRUE POSITIVE: a sanitiser for another vulnerability class does not help [flask].
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/redirect/wrong-sanitizer", methods=["GET", "POST"])
def handle_redirect():
    next_url = request.form.get("next_url", "")
    arg = next_url.strip()
    response = make_response("", 302)
    response.headers["Location"] = arg  # want "CWE-601"
    return response
