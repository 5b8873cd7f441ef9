# code (CWE-95) FALSE-POSITIVE TRAP: the settings literal is parsed with ast.literal_eval, which evaluates no code [flask].
import ast
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/settings/preview", methods=["POST"])
def preview():
    raw = request.form.get("settings", "{}")
    try:
        settings = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        return jsonify(error="not a literal"), 400
    return jsonify(keys=sorted(settings) if isinstance(settings, dict) else [])
