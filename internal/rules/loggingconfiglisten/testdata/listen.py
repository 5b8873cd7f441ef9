import logging.config
from logging import config
from logging.config import listen as L


def check_signature(data):
    return data if data.startswith(b"signed:") else None


def start(kwargs):
    t = logging.config.listen(9999)  # want "without verify"
    config.listen()  # want "without verify"
    L(port=9999, verify=None)  # want "without verify"
    L(9999, None)  # want "without verify"
    L(9999, **kwargs)  # want "hidden in [*][*]kwargs"
    logging.config.listen(9999, verify=check_signature)
    logging.config.listen(9999, check_signature)
    return t
