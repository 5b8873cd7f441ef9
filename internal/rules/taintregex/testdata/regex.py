import re
from flask import request

TEXT = "some document"


def search():
    q = request.args["q"]
    re.findall(q, TEXT)  # want "request.args flows to re.findall: regular-expression injection"
    re.findall(re.escape(q), TEXT)
    re.findall("[a-z]+", q)
    TEXT.find(q)
