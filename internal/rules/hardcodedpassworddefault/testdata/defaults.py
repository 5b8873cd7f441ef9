DEFAULT = "admin"
DB_PASSWORD = "s3cr3t"


def someFunction(user, password="Admin"):  # want "parameter \"password\" \\(value not shown\\)"
    print("Hi " + user)


def two(user, password="a", token="b"):  # want "\"password\"" "\"token\""
    pass


async def connect(host, user="admin", *, password="admin"):  # want "\"password\""
    pass


def kwonly(*, api_token="abc", other=1):  # want "api_token"
    pass


def posonly(secret="x", /, user="u"):  # want "\"secret\""
    pass


def from_constant(passwd=DEFAULT):  # want "passwd"
    pass


def camel(dbPassword="x"):  # want "dbPassword"
    pass


class Client:
    def __init__(self, url, auth_token="changeme"):  # want "auth_token"
        self.url = url

    async def login(self, *, password="hunter2"):  # want "password"
        pass


check = lambda password="x": password  # want "password"


def multiline(
    user,
    password="hunter2",  # want "password"
):
    pass


def metadata(token_type="bearer"):  # want "token_type"
    pass


def shadowing(DEFAULT=None, password=DEFAULT):  # want "password"
    pass  # the default is the module's DEFAULT, not the parameter


# Not reported.
def safe(user, password=None, token=""):
    pass


def safe_kwonly(*, password, token=None):
    pass


def no_default(password):
    pass


def named_constant(password=DB_PASSWORD):  # reported where DB_PASSWORD is assigned
    pass


def other_names(user="admin", passenger="x", tokenizer="bert"):
    pass


def local_default():
    x = "abc"

    def inner(password=x):  # want "password"
        pass

    return inner
