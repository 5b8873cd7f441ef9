import os
import stat
import pathlib
from os import chmod as change_mode
from pathlib import Path
from stat import S_IRWXU, S_IWOTH

PUBLIC = 0o666
PRIVATE = 0o600
MODE = stat.S_IRUSR | stat.S_IWUSR | stat.S_IWGRP


def setup(path, script, sftp, st):
    os.chmod("/etc/passwd", 0o777)  # want "os.chmod sets mode 0o777 on \"/etc/passwd\": world-writable"
    os.chmod(path, 0o227)  # want "world-writable"
    os.chmod(path, 511)  # want "mode 0o777"
    os.chmod(path, 0o770)  # want "group-writable"
    os.chmod(path, 0o760)  # want "group-writable"
    os.chmod(path, 0o755)  # want "executable by group or others"
    os.chmod(path, 0o701)  # want "executable by group or others"
    os.chmod(path, mode=0o777)  # want "world-writable"
    os.fchmod(3, 0o777)  # want "os.fchmod sets mode 0o777"
    os.lchmod(path, 0o666)  # want "os.lchmod"
    change_mode(path, 0o777)  # want "os.chmod sets mode 0o777"
    os.chmod(path, PUBLIC)  # want "0o666.*world-writable"
    os.chmod(path, MODE)  # want "0o620.*group-writable"
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)  # want "0o777"
    os.chmod(path, S_IRWXU | S_IWOTH)  # want "0o702"
    os.chmod(path, stat.S_IWOTH)  # want "0o2"
    os.chmod(path, int("777", 8))  # want "0o777"
    os.chmod(script, os.stat(script).st_mode | stat.S_IWOTH)  # want "mode bits 0o2.*world-writable"
    os.chmod(script, st.st_mode | 0o022)  # want "mode bits 0o22.*world-writable"
    os.chmod(path, 0o777 & ~stat.S_IWOTH)  # want "0o775.*group-writable"
    Path(path).chmod(0o777)  # want "pathlib.Path\\(\\).chmod sets mode 0o777"
    p = pathlib.Path(path)
    p.chmod(mode=0o666)  # want "pathlib.Path\\(\\).chmod"
    p.lchmod(0o777)  # want "lchmod"
    Path.chmod(p, 0o777)  # want "pathlib.Path.chmod"
    (Path(path) / "x").chmod(0o777)  # want "chmod sets mode 0o777"
    sftp.chmod("/srv/upload", 0o777)  # want "chmod sets mode 0o777"

    # Safe modes.
    os.chmod(path, 0o600)
    os.chmod(path, 0o644)
    os.chmod(path, PRIVATE)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    os.chmod(path, 0o777 & 0o700)
    os.chmod(script, os.stat(script).st_mode | stat.S_IEXEC)
    os.chmod(script, st.st_mode | 0o111)  # only execute bits of an unknown mode: not reported
    os.chmod(path, st.st_mode & ~0o022)
    os.chmod(path, ~0o022)  # negative: chmod raises OverflowError
    os.chmod(path, path_mode())
    Path(path).chmod(0o600)
    os.chown(path, 0, 0)
    os.umask(0o077)


def path_mode():
    return 0o777


def reassigned(path, flag):
    mode = 0o600
    if flag:
        mode = 0o777
    os.chmod(path, mode)  # a reassigned name is not a constant
