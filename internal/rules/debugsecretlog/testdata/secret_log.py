import logging
import logging as lg
import os
import sys
from logging import getLogger

import structlog
from flask import Flask, request
from loguru import logger as loguru_logger

logger = logging.getLogger(__name__)
log = getLogger("auth")
slog = structlog.get_logger()
app = Flask(__name__)
PASSWORD_PROMPT = "Password: "
DEFAULT_PASSWORD = None


def login(username, password, api_key=None):
    logger.debug("login %s with %s", username, password)  # want "password is written to the log in clear text by logger.debug"
    logger.info(f"user={username} pw={password}")  # want "password is written to the log"
    log.warning("key: " + api_key)  # want "api_key is written to the log in clear text by log.warning"
    logging.info("creds: %s:%s" % (username, password))  # want "password is written to the log in clear text by logging.info"
    lg.error("creds: {}".format(password))  # want "password is written to the log"
    logger.info("login", extra={"password": password})  # want "\"password\" is written to the log"
    slog.info("login", user=username, password=password)  # want "password= is written to the log in clear text by slog.info"
    loguru_logger.debug("token {}", str(api_key).strip())  # want "api_key is written to the log"
    app.logger.info("auth header %s", request.headers.get("Authorization"))  # want "request.headers\\[\"Authorization\"\\] is written to the log"
    logger.info("form %s", request.form["password"])  # want "request.form\\[\"password\"\\] is written to the log"
    logger.log(logging.DEBUG, "%s", os.getenv("STRIPE_API_KEY"))  # want "os.environ\\[\"STRIPE_API_KEY\"\\] is written to the log"
    print("password:", password)  # want "password is printed in clear text"
    print(f"{username}:{password}", file=sys.stderr)  # want "password is printed in clear text"
    sys.stdout.write(api_key)  # want "api_key is printed in clear text"


class Settings:
    SECRET_KEY = os.environ.get("SECRET_KEY")


def config_dump(settings, user, form):
    logger.debug("secret key is %s", settings.SECRET_KEY)  # want "settings.SECRET_KEY is written to the log"
    logger.debug("user %s", user.password)  # want "user.password is written to the log"
    logger.debug("form %s", form.password.data)  # want "form.password is written to the log"
    logger.debug("token %s", user.access_token or "none")  # want "user.access_token is written to the log"


# Not reported.


def safe(username, password, password_hash, token, tokens, api_key_id, is_password_set, user):
    logger.info("login %s", username)
    logger.info("password length %d", len(password))
    logger.info("has password: %s", bool(password))
    logger.info("password given: %s", password is not None)
    logger.info("hash %s", password_hash)
    logger.info("hashed %s", user.hashed_password)
    logger.info("token %s", token)  # a bare token: lexers and NLP code
    logger.info("tokens %s", tokens)
    logger.info("key id %s", api_key_id)
    logger.info("set %s", is_password_set)
    logger.info("prefix %s", password[:4])
    logger.info("masked %s", mask(password))
    logger.info("login", extra={"password": "***", "user": username})
    slog.info("login", password=mask(password), password_set=bool(password))
    logger.info(PASSWORD_PROMPT)
    logger.info(DEFAULT_PASSWORD)
    logger.info("next %s eos %s", user.next_token, user.eos_token)
    print(PASSWORD_PROMPT)
    with open("out.env", "w") as f:
        print("PASSWORD=" + password, file=f)  # writing a file, not a log
    for password in ["a", "b"]:
        print(password)  # a loop variable: candidates, not a secret
    self_logger_is_unknown(password)


class Service:
    def __init__(self):
        self.logger = logging.getLogger(__name__)

    def connect(self, password):
        self.logger.info("connecting with %s", password)  # missing "password is written to the log"


def local_print(password):
    def print(*args):
        pass

    print(password)


def self_logger_is_unknown(x):
    pass


def mask(x):
    return "***"
