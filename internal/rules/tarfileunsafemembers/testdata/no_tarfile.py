# Without tarfile in the module, an unknown extractall is not a tar archive.
import shutil


def unpack(archive, dest):
    archive.extractall(dest)
    shutil.unpack_archive(archive, dest)
