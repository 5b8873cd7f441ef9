import html
import typing

import requests
import tarfile
from base import Base

try:
    import yaml
except ImportError:
    yaml = None

ssl = helper.import_module("ssl")
GREETING = "<b>hi</b>"


class Local(Base):
    pass


class Other:
    pass


def f(tar: tarfile.TarFile, opt: typing.Optional[requests.Session], s2: "requests.Session", user):
    probe(tar)  # want "name=tarfile.TarFile[(][)] names=[|]"
    probe(opt.get)  # want "name=requests.Session[(][)].get "
    probe(s2)  # want "name= names=[|]"
    probe(yaml.load)  # want "names=[|]yaml.load "
    probe(ssl.wrap_socket)  # want "names=[|]ssl.wrap_socket "
    probe(GREETING + "x")  # want "const=true"
    probe(f"{GREETING}{html.escape(user)}")  # want "const=true"
    probe(f"{user}")  # want "const=false"
    text = "a"
    text += user
    probe(text)  # want "const=false"
    probe(Local())  # want "local=true/true derives=/false"
    probe(Local)  # want "derives=base.Base/true"
    probe(Other())  # want "local=true/false"
    obj = Local()
    probe(obj)  # want "local=true/true"


class Client:
    def __init__(self):
        self.session = requests.Session()
        self.mixed = requests.Session()

    def reset(self):
        self.mixed = make()

    def use(self):
        probe(self.session.get)  # want "name=requests.Session[(][)].get "
        probe(self.mixed)  # want "name= "
