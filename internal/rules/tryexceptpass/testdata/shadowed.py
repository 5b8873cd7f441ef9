class Exception(ValueError):  # the module's own Exception shadows the builtin
    pass


def f(g):
    try:
        g()
    except Exception:
        pass
