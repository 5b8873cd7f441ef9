# trust-boundary (CWE-501) FALSE-POSITIVE TRAP: the requested locale is replaced by a constant from a table before it is stored [flask].
from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "change-me"
LOCALES = {"en": "en_US", "us": "en_US", "de": "de_DE", "fr": "fr_FR"}


@app.route("/locale", methods=["POST"])
def set_locale():
    locale = request.form.get("locale", "en")
    locale = LOCALES.get(locale.lower(), "en_US")
    session["locale"] = locale
    return {"locale": locale}
