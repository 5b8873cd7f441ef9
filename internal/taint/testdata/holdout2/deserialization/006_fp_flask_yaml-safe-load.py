# deserialization (CWE-502) FALSE-POSITIVE TRAP: the uploaded YAML config is parsed with yaml.safe_load, which builds only plain data [flask].
import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/configs/check")
def check_config():
    text = request.files["config"].read().decode("utf-8")
    try:
        config = yaml.safe_load(text) or {}
    except yaml.YAMLError:
        return jsonify(valid=False, error="not valid YAML"), 400
    services = config.get("services", {}) if isinstance(config, dict) else {}
    return jsonify(valid=True, services=sorted(str(s) for s in services))
