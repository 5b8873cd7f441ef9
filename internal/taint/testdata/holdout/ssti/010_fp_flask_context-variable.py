# ssti (CWE-1336) FALSE-POSITIVE TRAP: the template source is constant and request.path is passed as a context variable [flask].
from flask import Flask, request, render_template_string

app = Flask(__name__)
NOT_FOUND = "<h1>Not found</h1><p>The page {{ path }} does not exist.</p>"


@app.errorhandler(404)
def not_found(error):
    return render_template_string(NOT_FOUND, path=request.path), 404
