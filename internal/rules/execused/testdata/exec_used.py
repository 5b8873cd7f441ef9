import builtins
import six
from six import exec_ as six_exec

CODE = "x = 1"


def handler(request, namespace):
    exec(request.body)  # want "builtins.exec runs code built at run time"
    exec("print('hello')")  # want "runs constant code"
    exec(CODE, namespace)  # want "runs constant code"
    builtins.exec(request.body)  # want "code built at run time"
    run = exec
    run(request.body)  # want "code built at run time"
    six.exec_(request.body)  # want "six.exec_ runs code"
    six_exec(request.body)  # want "six.exec_ runs code"
    getattr(builtins, "exec")(request.body)  # want "builtins.exec runs code"
    eval(request.body)  # eval is B307, another rule
    namespace.exec(request.body)  # a method named exec, not the builtin
    cursor.execute(request.body)
