# ssti (CWE-1336) TRUE POSITIVE: a custom greeting from the query string is concatenated into the source given to render_template_string [flask].
from flask import Flask, jsonify, render_template_string, request

app = Flask(__name__)


@app.get("/email/preview")
def email_preview():
    greeting = request.args.get("greeting", "Hi")
    source = greeting + " {{ name }},\n\nYour order {{ order }} has shipped.\n"
    body = render_template_string(source, name="Ada", order="A-1042")  # want "CWE-1336"
    return jsonify(subject="Your order has shipped", body=body)
