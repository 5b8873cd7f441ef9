# command (CWE-78) TRUE POSITIVE: a header value stored in a dict is formatted with ** into a configured command template [flask].
import subprocess
from flask import Flask, request

app = Flask(__name__)
app.config["NOTIFY_CMD"] = "notify-send '{title}' '{body}'"


@app.route("/notify", methods=["POST"])
def notify():
    params = {"title": "Deploy", "body": request.headers.get("X-Message", "")}
    cmd = app.config["NOTIFY_CMD"].format(**params)
    subprocess.Popen(cmd, shell=True)  # want "CWE-78"
    return "", 204
