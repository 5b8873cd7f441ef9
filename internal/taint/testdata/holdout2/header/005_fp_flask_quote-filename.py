# header (CWE-113) FALSE-POSITIVE TRAP: the download name is percent-encoded with urllib.parse.quote(safe="") before going into Content-Disposition [flask].
from urllib.parse import quote

from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/export.csv")
def export_csv():
    name = request.args.get("name", "export")
    data = "id,total\n1,9.99\n2,24.50\n"
    resp = Response(data, mimetype="text/csv")
    resp.headers["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(name, safe='')}.csv"
    return resp
