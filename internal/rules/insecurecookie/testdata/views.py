import http.cookiejar
import secrets

from flask import Flask, make_response

app = Flask(__name__)
jar = http.cookiejar.CookieJar()


@app.route("/login")
def login():
    resp = make_response("hi")
    sid = secrets.token_urlsafe(32)
    resp.set_cookie("session_id", sid)  # want "without secure=True and httponly=True"
    resp.set_cookie("theme", "dark", httponly=True)  # want "without secure=True: it can"
    resp.set_cookie("lang", "en", secure=True)  # want "without httponly=True"
    resp.set_cookie("token", sid, None, None, "/", None, False, True)  # want "without secure=True"
    # look-alikes: both attributes set, positionally too; CSRF cookies
    # readable by scripts; options from a dict; a client cookie jar.
    resp.set_cookie("session_id", sid, secure=True, httponly=True, samesite="Lax")
    resp.set_cookie("token", sid, None, None, "/", None, True, True)
    resp.set_cookie("csrftoken", sid, secure=True)
    opts = {"secure": True, "httponly": True}
    resp.set_cookie("session_id", sid, **opts)
    jar.set_cookie(make_cookie())
    return resp


def make_cookie():
    return None
