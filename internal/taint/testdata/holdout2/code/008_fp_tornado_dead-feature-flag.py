# code (CWE-95) FALSE-POSITIVE TRAP: custom scoring formulas sit behind a constant-False flag, so eval() only ever sees the built-in default [tornado].
import tornado.web

ALLOW_CUSTOM_SCORING = False
DEFAULT_SCORE = "likes * 2 + comments * 3 - reports * 10"


class ScoreHandler(tornado.web.RequestHandler):
    def get(self):
        source = DEFAULT_SCORE
        if ALLOW_CUSTOM_SCORING:
            source = self.get_query_argument("score", DEFAULT_SCORE)
        counts = {k: int(self.get_query_argument(k, "0")) for k in ("likes", "comments", "reports")}
        score = eval(source, {"__builtins__": {}}, counts)
        self.write({"score": score})


app = tornado.web.Application([(r"/score", ScoreHandler)])
