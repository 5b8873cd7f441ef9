# code (CWE-95) TRUE POSITIVE: a spreadsheet formula from the request is evaluated inside a helper [tornado].
import json
import tornado.web


def evaluate(formula, row):
    return eval(formula, {"__builtins__": None}, {"row": row})  # want "CWE-95"


class FormulaHandler(tornado.web.RequestHandler):
    def post(self):
        body = json.loads(self.request.body)
        rows = body.get("rows", [])
        results = [evaluate(body["formula"], r) for r in rows]
        self.write({"results": results})
