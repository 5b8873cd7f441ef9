# xss (CWE-79) TRUE POSITIVE: a search term is str.format-ted into an "empty results" HTML fragment returned with make_response [flask].
from flask import Flask, jsonify, make_response, request

from shop.search import search_index

app = Flask(__name__)
EMPTY = "<div class='empty'>No results for <b>{}</b>. Try another search.</div>"


@app.get("/search")
def search():
    term = request.args.get("q", "")
    results = search_index(term)
    if not results:
        resp = make_response(EMPTY.format(term))  # want "CWE-79"
        resp.headers["Cache-Control"] = "no-store"
        return resp
    return jsonify(results=[r.id for r in results])
