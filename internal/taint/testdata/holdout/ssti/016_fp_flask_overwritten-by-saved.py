# ssti (CWE-1336) FALSE-POSITIVE TRAP: the posted template is replaced by the stored template for the language before compiling [flask].
from flask import Flask, request, render_template_string

app = Flask(__name__)
SAVED = {"en": "Hello {{ name }}", "de": "Hallo {{ name }}"}


@app.route("/greeting", methods=["POST"])
def greeting():
    template = request.form.get("template", "")
    lang = request.form.get("lang", "en")
    # custom templates are disabled; use the stored one for the language
    template = SAVED["de"] if lang == "de" else SAVED["en"]
    return render_template_string(template, name=request.form.get("name", ""))
