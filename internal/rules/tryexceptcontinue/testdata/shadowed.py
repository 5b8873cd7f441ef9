from myapp.errors import Exception  # may or may not be the builtin: low confidence


def f(items):
    for item in items:
        try:
            item()
        except Exception:  # want "an except clause that only continues"
            continue


def g(items):
    class Exception(KeyError):  # a local class: not the builtin
        pass

    for item in items:
        try:
            item()
        except Exception:
            continue
