"""Writes its reports below /tmp/reports."""
import os
import tempfile
from tempfile import mkdtemp

LOCK = "/tmp/app.lock"  # want "shared temporary directory /tmp: \"/tmp/app.lock\""


def report(name, data, path, root):
    with open("/tmp/report.csv", "w") as f:  # want "/tmp"
        f.write(data)
    open("/var/tmp/cache", "wb")  # want "/var/tmp"
    os.mkdir("/dev/shm/app")  # want "/dev/shm"
    open(f"/tmp/{name}.lock", "w")  # want "/tmp"
    os.environ["TMPDIR"] = "/tmp"  # want "/tmp"
    os.path.join("/tmp", name)  # want "/tmp"
    tempfile.mkstemp(dir="/tmp")  # want "tempfile called with dir="
    mkdtemp(dir="/tmp/work")  # want "tempfile called with dir="
    if path.startswith("/tmp/"):  # want "/tmp"
        return path
    cmd = ["cp", data, "/tmp/out"]  # want "/tmp"
    return cmd


def safe(name, path, root):
    # Not in a shared temporary directory, or not used as a path.
    tempfile.mkstemp()
    tempfile.gettempdir()
    open("/etc/tmpfiles.d/app.conf")
    open("/tmpfiles/x")
    open(f"{root}/tmp/x")
    open(root + "/tmp/x")
    open("relative/tmp/x")
    if path == "/tmp/x":
        return None
    if path in ("/tmp", "/var/tmp"):
        return None
    "/tmp/not/used"
    return b"/tmp/bytes"
