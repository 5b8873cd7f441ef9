import subprocess  # want "import of subprocess: check"
from subprocess import Popen, run  # want "import of subprocess.Popen, subprocess.run"
import subprocess32


def lazy():
    import subprocess as sp  # want "import of subprocess"
    return sp


mod = __import__("subprocess")  # want "import of subprocess"
name = "subprocess"
mod = __import__(name)  # want "import of subprocess"
