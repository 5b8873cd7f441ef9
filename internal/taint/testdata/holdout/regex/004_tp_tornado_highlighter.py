# regex (CWE-730) TRUE POSITIVE: a highlighter object uses the search term as the pattern of re.sub [tornado].
import re
import tornado.web


class Highlighter:
    def __init__(self, tag="mark"):
        self.tag = tag

    def apply(self, term, text):
        return re.sub(term, "<%s>\\g<0></%s>" % (self.tag, self.tag), text)  # want "CWE-730"


highlighter = Highlighter()


class ArticleHandler(tornado.web.RequestHandler):
    def get(self):
        body = "Lorem ipsum dolor sit amet"
        self.write(highlighter.apply(self.get_argument("hl", "ipsum"), body))
