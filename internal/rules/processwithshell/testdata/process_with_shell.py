import asyncio
import commands
import os
import os as o
import popen2
import subprocess
from os import popen as open_pipe, system

PREFIX = "ls "


def handler(user, args):
    os.system("ls -l")  # want "constant command"
    os.system("ls " + user)  # want "built at run time"
    o.system(f"ls {user}")  # want "built at run time"
    system(PREFIX + "-l")  # want "constant command"
    open_pipe(cmd=user)  # want "built at run time"
    os.popen("cat %s" % user)  # want "built at run time"
    os.popen2(user)  # want "built at run time"
    popen2.popen3("ls")  # want "constant command"
    popen2.Popen4(user)  # want "built at run time"
    commands.getoutput("cat {}".format(user))  # want "built at run time"
    commands.getstatusoutput("ls")  # want "constant command"
    os.system(*args)  # want "built at run time"
    cmd = "ls " + user
    os.system(cmd)  # want "built at run time"
    shell = os.system
    shell("uptime")  # want "constant command"
    # The subprocess module's shell functions are B602's (KRT1602).
    subprocess.getoutput(user)


async def async_handler(user):
    await asyncio.create_subprocess_shell(f"ls {user}")  # want "built at run time"
