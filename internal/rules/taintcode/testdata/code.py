import importlib
import tornado.web
from flask import request
import ast


def calc():
    expr = request.args["expr"]
    eval(expr)  # want "request.args flows to eval: code injection"
    exec("x = " + expr)  # want "request.args flows to exec"
    ast.literal_eval(expr)
    eval("1 + 2")
    expr = "2 * 3"
    eval(expr)


def shadow():
    def eval(x):
        return x
    eval(request.args["expr"])


class Plugin(tornado.web.RequestHandler):
    def get(self):
        importlib.import_module(self.get_argument("plugin"))  # want "tornado request flows to importlib.import_module"
        __import__(self.get_argument("plugin"))  # want "tornado request flows to __import__"
        importlib.import_module("json")
