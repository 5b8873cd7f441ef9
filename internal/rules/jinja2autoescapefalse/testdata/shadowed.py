class Environment:  # not jinja2's
    def __init__(self, autoescape=True):
        self.autoescape = autoescape


Environment()
