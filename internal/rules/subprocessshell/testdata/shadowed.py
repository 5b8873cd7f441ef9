from subprocess import run


def run(cmd, shell=False):  # a local function shadows subprocess.run
    return cmd


run("x", shell=True)
