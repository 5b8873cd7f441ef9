import tarfile
import zipfile

import django


def upload(request):
    member = request.GET["member"]
    with tarfile.open("a.tar") as tf:
        tf.extract(member, "/tmp/out")  # want "request.GET flows to tarfile.open\\(\\).extract: path traversal"
        tf.extract("README", "/tmp/out")
    tf2 = tarfile.open("a.tar")
    tf2.extractall("/tmp/" + member)  # want "request.GET flows to tarfile.open\\(\\).extractall"
    zf = zipfile.ZipFile("a.zip")
    zf.open(member)  # want "request.GET flows to zipfile.ZipFile\\(\\).open"
    zf.open("manifest.json")
    zf.extractall("/tmp/safe")
    up = request.FILES["archive"]
    with tarfile.open(fileobj=up) as tf:
        tf.extractall("/tmp/x")  # want "of an untrusted archive"
    with tarfile.open(fileobj=up) as tf:
        tf.extractall("/tmp/x", filter="data")
