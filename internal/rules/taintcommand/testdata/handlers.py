import os
import shlex
import socket
import subprocess
import urllib.request
from http.server import BaseHTTPRequestHandler

import requests
import tornado.web


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        os.system("echo " + self.path)  # want "http.server request flows to os.system"
        n = int(self.headers["Content-Length"])
        body = self.rfile.read(n)
        subprocess.run(body, shell=True)  # want "http.server request flows to subprocess.run"
        os.system("echo " + str(n))
        os.system("echo " + shlex.quote(self.path))


class Main(tornado.web.RequestHandler):
    def initialize(self, cmd):
        os.system(cmd)

    def get(self, name):
        os.system(self.get_argument("cmd"))  # want "tornado request flows to os.system"
        os.system("ls " + name)  # want "path argument name flows to os.system"
        os.system(self.request.body.decode())  # want "tornado request flows to os.system"
        os.system("uptime")


class Plain:
    def get(self, name):
        os.system(self.get_argument("cmd"))


def serve():
    s = socket.socket()
    conn, addr = s.accept()
    cmd = conn.recv(1024)
    os.system(cmd.decode())  # want "socket data flows to os.system"
    page = urllib.request.urlopen("https://example.com/x").read()
    os.system(page)  # want "network response flows to os.system"
    r = requests.get("https://example.com/y", timeout=3)
    os.system(r.text)  # want "network response flows to os.system"
    os.system("echo %d" % r.status_code)
