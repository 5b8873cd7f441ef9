# path (CWE-22) TRUE POSITIVE: a storage object opens a relative path handed down from the view with codecs.open [flask].
import codecs
import os
from flask import Flask, request

app = Flask(__name__)


class TemplateStore:
    def __init__(self, root):
        self.root = root

    def load(self, relative):
        full = os.path.join(self.root, relative)
        with codecs.open(full, "r", "utf-8") as fh:  # want "CWE-22"
            return fh.read()


store = TemplateStore("/srv/app/email_templates")


@app.route("/admin/template")
def show_template():
    return {"source": store.load(request.args["name"])}
