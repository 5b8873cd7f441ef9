# xss (CWE-79) FALSE-POSITIVE TRAP: each cell is html.escape'd inside the row helper before the table is assembled [flask].
import html
from flask import Flask, request

app = Flask(__name__)


def cell(value):
    return "<td>" + html.escape(str(value)) + "</td>"


def render_row(item):
    return "<tr>" + cell(item.get("sku", "")) + cell(item.get("label", "")) + "</tr>"


@app.route("/cart/preview", methods=["POST"])
def cart_preview():
    items = request.get_json(force=True).get("items", [])
    return "<table>" + "".join(render_row(i) for i in items) + "</table>"
