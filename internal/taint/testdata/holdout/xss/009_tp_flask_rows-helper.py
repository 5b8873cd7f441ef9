# xss (CWE-79) TRUE POSITIVE: rows built by a helper from JSON fields are joined into an HTML table [flask].
from flask import Flask, request

app = Flask(__name__)


def render_row(item):
    return "<tr><td>%s</td><td>%s</td></tr>" % (item.get("sku", ""), item.get("label", ""))


def render_table(items):
    rows = [render_row(i) for i in items]
    return "<table>" + "\n".join(rows) + "</table>"


@app.route("/cart/preview", methods=["POST"])
def cart_preview():
    items = request.get_json(force=True).get("items", [])
    return render_table(items)  # want "CWE-79"
