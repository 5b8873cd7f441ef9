import os
import subprocess
from subprocess import Popen as P, check_output

GIT = "git"
LS = ["ls", "-l"]


def handler(user, prog, args):
    subprocess.run(["ls", "-l"])  # want "starts \"ls\" by a partial path"
    subprocess.run(["/bin/ls", "-l"])
    subprocess.run(args=["ls", user])  # want "\"ls\""
    P("ls -l", shell=True)  # want "\"ls\""
    check_output([GIT, "log"])  # want "\"git\""
    subprocess.call(LS)  # want "\"ls\""
    subprocess.call(("cat", user))  # want "\"cat\""
    os.system("ls " + user)  # want "\"ls\""
    os.system(f"sudo {user}")  # want "\"sudo\""
    os.popen("py" + prog)  # want "\"py...\""
    os.system("/usr/bin/ls " + user)
    os.system("./run.sh")
    os.system(r"C:\tools\run.exe")
    os.system(prog)
    os.system(f"{prog} -l")
    subprocess.run([prog, "-l"])
    subprocess.run([*args])
    subprocess.run([])
    os.execvp("ls", ["ls"])  # want "\"ls\""
    os.execv("/bin/ls", ["ls"])
    os.spawnlp(os.P_WAIT, "ls", "ls")  # want "\"ls\""
    os.spawnl(os.P_WAIT, "/bin/ls", "ls")
    os.startfile("notepad")  # want "\"notepad\""
    # executable= names the program; args[0] is only its argv[0].
    subprocess.run(["ls", "-l"], executable="/bin/ls")
    subprocess.run(["ls", "-l"], executable=prog)  # want "\"ls\""
    cmd = ["tar", "czf", "x.tgz", user]
    subprocess.run(cmd)  # want "\"tar\""
    cmd2 = ["/bin/tar"]
    cmd2 = ["tar"]
    subprocess.run(cmd2)  # assigned twice: krait does not guess
