# ssti (CWE-1336) TRUE POSITIVE: a custom 404 page puts request.path into the template source [flask].
from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.errorhandler(404)
def not_found(error):
    page = f"""
    <h1>Not found</h1>
    <p>The page {request.path} does not exist.</p>
    """
    return render_template_string(page), 404  # want "CWE-1336"
