import tarfile
import zipfile
from tarfile import open as topen, TarFile


def unpack(path, dest):
    tar = tarfile.open(path)
    tar.extractall(dest)  # want "without any validation"
    tar.extractall(dest, members=None)  # want "without any validation"
    tar.extractall(dest, filter="data")
    tar.extractall(dest, filter=tarfile.data_filter)
    tar.extractall(path=dest, filter="tar")  # want "filter='tar'"
    tar.extractall(dest, filter="fully_trusted")  # want "fully_trusted"
    tar.extractall(dest, filter=my_filter)  # want "custom filter"
    tar.extractall(dest, members=safe_members(tar))  # want "make sure safe_members discards"
    tar.extractall(dest, members=[m for m in tar if m.isfile()])  # want "members that krait cannot check"
    tar.extractall(dest, members=tar.getmembers())  # want "all members"
    tar.extractall(dest, filter=None)  # want "without any validation"


def with_block(path, dest, **kw):
    with topen(path, "r:gz") as t:
        t.extractall(dest)  # want "without any validation"
    TarFile(path).extractall()  # want "without any validation"
    tarfile.TarFile.open(path).extractall(dest, **kw)  # want "unless [*][*]kwargs"


def annotated(t: tarfile.TarFile, dest):
    t.extractall(dest)  # want "without any validation"


def unknown(archive, dest):
    archive.extractall(dest)  # want "without any validation"


def zipped(path, dest):
    z = zipfile.ZipFile(path)
    z.extractall(dest)
    with zipfile.ZipFile(path) as zz:
        zz.extractall(dest)


class Unpacker:
    def __init__(self, path):
        self.tar = tarfile.open(path)

    def run(self, dest):
        self.tar.extractall(dest)  # want "without any validation"


def safe_members(tar):
    for m in tar:
        if m.isfile():
            yield m


def my_filter(member, path):
    return member


def safe_extractall(t, dest):
    return t.extractall(dest, filter="data")


safe_extractall(tarfile.open("x"), "d")
