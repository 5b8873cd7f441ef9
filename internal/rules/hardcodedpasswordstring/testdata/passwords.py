import os

password = "hunter2"  # want "assigned to variable \"password\" \\(value not shown\\)"
DB_PASSWORD = "s3cr3t"  # want "variable \"DB_PASSWORD\""
dbPassword = "s3cr3t"  # want "variable \"dbPassword\""
password2 = "s3cr3t"  # want "password2"
passwd = "x"  # want "passwd"
pwd = "x"  # want "pwd"
api_token = "abc123"  # want "api_token"
client_secret = "abc123"  # want "client_secret"
passphrase = "correct horse"  # want "passphrase"
user_pass = "x"  # want "user_pass"
secrete = "x"  # want "secrete"
PASSwd = "x"  # want "PASSwd"
password: str = "hunter2"  # want "variable \"password\""
user, password = "admin", "hunter2"  # want "variable \"password\""
first = second_password = "x"  # want "second_password"
computed_password = "hunter" + "2"  # want "computed_password"
DEFAULT = "changeme"
admin_password = DEFAULT  # want "admin_password"
other_password = DB_PASSWORD  # reported where DB_PASSWORD is assigned

config = {}
config["password"] = "hunter2"  # want "key \"password\""
config["db.password"] = "hunter2"  # want "key \"db.password\""
config[password] = "x"  # want "key variable \"password\""
settings = {"password": "hunter2", "user": "admin"}  # want "dictionary key \"password\""
headers = {"X-Auth-Token": "abc"}  # want "dictionary key \"X-Auth-Token\""
nested = {password: "x"}  # want "dictionary key variable"


class Settings:
    SECRET_KEY = "django-insecure-abc"  # want "SECRET_KEY"

    def __init__(self):
        self.token = "abc"  # want "attribute \"token\""
        self.db_password: str = "abc"  # want "attribute \"db_password\""


def login(user, password, request):
    if password == "root":  # want "compared with variable \"password\""
        return True
    if "root" == password:  # want "compared with variable \"password\""
        return True
    if user.password != "admin":  # want "compared with attribute \"password\""
        return False
    if request.form["password"] == "letmein":  # want "compared with key"
        return True
    if (token := "abc") and token:  # want "variable \"token\""
        return True
    return False


# Metadata and placeholders: still reported, with low confidence.
PASSWORD_RESET_URL = "/accounts/reset/"  # want "PASSWORD_RESET_URL"
token_type = "bearer"  # want "token_type"
if token == "@":  # want "compared with variable \"token\""
    pass
password_field = "password"  # want "password_field"
masked_password = "********"  # want "masked_password"
env_password = "${DB_PASSWORD}"  # want "env_password"

# Not reported.
password = ""
password = os.environ["PASSWORD"]
password = None
password = get_password()
username = "admin"
bypass = "x"
tokenizer = "bert"
compass = "north"
passenger = "x"
if password == "":
    pass
if password is None:
    pass
if username == "admin":
    pass
if password == DEFAULT:  # a named constant in a comparison
    pass
data = {"user": "admin", **config}
