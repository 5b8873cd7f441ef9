from flask import request, send_file, send_from_directory
import os
from werkzeug.utils import secure_filename


def download():
    name = request.args["file"]
    open("/srv/files/" + name)  # want "request.args flows to open: path traversal"
    send_file(name)  # want "request.args flows to flask.send_file"
    send_from_directory("/srv/files", name)
    open(os.path.join("/srv/files", secure_filename(name)))
    open(os.path.basename(name))
    os.remove(name)  # want "request.args flows to os.remove"
    open("/etc/motd")
