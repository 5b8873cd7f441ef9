import os
from os import execvp as ex, spawnlp

TOOL = "/usr/bin/tool"


def handler(prog, args, env):
    os.execl("/bin/ls", "ls", "-l")  # want "constant program"
    os.execle(prog, prog, env)  # want "chosen at run time"
    os.execlp("ls", "ls")  # want "constant program"
    os.execlpe(prog, prog, env)  # want "chosen at run time"
    os.execv(TOOL, [TOOL, "-x"])  # want "constant program"
    os.execve(path=prog, argv=args, env=env)  # want "chosen at run time"
    ex(prog, args)  # want "chosen at run time"
    os.execvpe("ls", args, env)  # want "constant program"
    os.spawnl(os.P_WAIT, "/bin/ls", "ls")  # want "constant program"
    os.spawnle(os.P_WAIT, prog, prog, env)  # want "chosen at run time"
    spawnlp(os.P_NOWAIT, "ls", "ls")  # want "constant program"
    os.spawnlpe(os.P_WAIT, prog, prog, env)  # want "chosen at run time"
    os.spawnv(os.P_WAIT, prog, args)  # want "chosen at run time"
    os.spawnve(os.P_WAIT, prog, args, env)  # want "chosen at run time"
    os.spawnvp(os.P_WAIT, "ls", args)  # want "constant program"
    os.spawnvpe(os.P_WAIT, prog, args, env)  # want "chosen at run time"
    os.startfile(prog)  # want "chosen at run time"
    os.posix_spawn(prog, args, env)  # want "chosen at run time"
    os.posix_spawnp("ls", ["ls"], env)  # want "constant program"
    # Not process starts.
    os.execute(prog)
    os.path.exists(prog)
