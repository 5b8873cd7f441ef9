import subprocess
import subprocess as sp
from subprocess import Popen as P, run, check_output

SHELL = True


def handler(cmd, user):
    subprocess.Popen(cmd, shell=True)  # want "command built at run time"
    sp.call("ls -l", shell=True)  # want "constant command"
    P(args=cmd, shell=True)  # want "command built at run time"
    run(f"echo {user}", shell=SHELL)  # want "command built at run time"
    check_output(["ls", user])
    subprocess.run(cmd, shell=False)
    subprocess.run(cmd, shell=use_shell)  # want "command built at run time"
    subprocess.run(cmd, shell=None)
    subprocess.run(cmd)
    subprocess.getoutput(cmd)  # want "command built at run time"
    runner = subprocess.check_call
    runner(cmd, shell=1)  # want "command built at run time"


async def async_handler(cmd):
    await something(subprocess.Popen(cmd, shell=True))  # want "command built at run time"
