import os
x = [1, 2.5, "s", b"b", None]
def f(a, *, b=1):
    return a if b else -a
