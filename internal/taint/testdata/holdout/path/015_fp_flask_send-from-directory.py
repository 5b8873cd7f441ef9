# path (CWE-22) FALSE-POSITIVE TRAP: send_from_directory joins the user's name safely under the directory [flask].
from flask import Flask, request, send_from_directory

app = Flask(__name__)
app.config["EXPORT_DIR"] = "/srv/exports"


@app.route("/exports")
def exports():
    name = request.args.get("name", "latest.csv")
    return send_from_directory(app.config["EXPORT_DIR"], name, as_attachment=True)
