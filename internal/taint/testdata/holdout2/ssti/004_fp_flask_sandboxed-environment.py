# ssti (CWE-1336) FALSE-POSITIVE TRAP: user-authored signature templates are rendered in jinja2's SandboxedEnvironment [flask].
from flask import Flask, jsonify, request
from jinja2 import TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment, SecurityError

app = Flask(__name__)
sandbox = SandboxedEnvironment(autoescape=True)


@app.post("/signatures/preview")
def signature_preview():
    source = str(request.get_json(force=True).get("template", ""))
    try:
        text = sandbox.from_string(source).render(name="Ada Lovelace", title="Engineer")
    except (TemplateSyntaxError, SecurityError):
        return jsonify(error="invalid template"), 400
    return jsonify(preview=text)
