class Markup:  # not markupsafe's
    def __init__(self, text):
        self.text = text


def f(x):
    return Markup(x)
