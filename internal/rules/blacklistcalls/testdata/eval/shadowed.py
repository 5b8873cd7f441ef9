def eval(expr):  # the project's own eval, not the builtin
    return expr


eval(input())
