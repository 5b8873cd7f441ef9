import logging
from flask import request

log = logging.getLogger(__name__)


def login():
    user = request.form["user"]
    log.warning("failed login for " + user)  # want "request.form flows to logging.getLogger\\(\\).warning: log injection"
    logging.info(user)  # want "request.form flows to logging.info"
    log.warning(f"failed login for {user!r}")
    log.warning("failed login for " + user.replace("\n", " "))
    log.warning("failed login")
