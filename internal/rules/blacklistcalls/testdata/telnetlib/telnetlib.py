import telnetlib
from telnetlib import Telnet as T


def login(host, password):
    tn = telnetlib.Telnet(host)  # want "telnetlib.Telnet uses Telnet"
    tn.read_until(b"login: ")
    tn.write(password.encode())
    with T(host) as session:  # want "telnetlib.Telnet"
        session.interact()
