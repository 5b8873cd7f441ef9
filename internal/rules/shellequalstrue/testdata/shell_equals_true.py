import subprocess

from invoke import run as invoke_run
from myproject.utils import execute

SHELL = True


def helper(cmd, shell=False):
    return cmd


def handler(user, flag, kwargs):
    execute(f"ls {user}", shell=True)  # want "myproject.utils.execute is called with shell=True"
    invoke_run("ls", shell=SHELL)  # want "shell=True"
    helper(user, shell=1)  # want "this function is called with shell=True"
    helper(user, shell=flag)  # want "shell= value krait cannot know"
    helper(user, shell=False)
    helper(user, shell=None)
    helper(user, shell=0)
    helper(user, **kwargs)
    helper(user)
    # subprocess itself is B602's.
    subprocess.run(user, shell=True)
    subprocess.Popen(args=user, shell=True)
