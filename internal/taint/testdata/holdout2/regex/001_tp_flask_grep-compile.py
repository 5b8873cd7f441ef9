# regex (CWE-730) TRUE POSITIVE: a log-search endpoint compiles the caller's pattern with re.compile and runs it over every line [flask].
import re

from flask import Flask, jsonify, request

app = Flask(__name__)


def recent_lines() -> list[str]:
    with open("/var/log/app/recent.log", encoding="utf-8") as fh:
        return fh.read().splitlines()[-5000:]


@app.get("/logs/grep")
def grep():
    pattern = request.args.get("pattern", "")
    matcher = re.compile(pattern, re.IGNORECASE)  # want "CWE-730"
    hits = [line for line in recent_lines() if matcher.search(line)]
    return jsonify(count=len(hits), lines=hits[:100])
