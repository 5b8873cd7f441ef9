import asyncio
import subprocess
import subprocess as sp
from subprocess import Popen as P, check_output, run

LS = ["ls", "-l"]


def handler(user, flag, opts):
    subprocess.Popen(["ls", user])  # want "computed at run time"
    sp.call(["ls", "-l"])  # want "constant command"
    P(args=["cat", user])  # want "computed at run time"
    run("ls", shell=False)  # want "constant command"
    check_output(LS)  # want "constant command"
    subprocess.check_call(user, shell=0)  # want "computed at run time"
    subprocess.run(user, shell=flag)  # reported by B602: the shell may be on
    subprocess.run(*opts)  # want "computed at run time"
    subprocess.run(["ls", *opts])  # want "computed at run time"
    runner = subprocess.check_call
    runner(["id"])  # want "constant command"
    cmd = ["git", "log", user]
    subprocess.run(cmd)  # want "computed at run time"


async def async_handler(user):
    await asyncio.create_subprocess_exec("ls", user)  # want "computed at run time"


# Not this rule: a shell (B602), or not subprocess at all.
subprocess.run("ls", shell=True)
subprocess.getoutput("ls")
subprocess.Popen("ls", shell=[1])  # a non-empty list is true
