import requests
import requests as r
from requests import get, Session

NO_TIMEOUT = None
TIMEOUT = 10


def fetch(url, payload, kwargs):
    requests.get(url)  # want "requests.get call without a timeout"
    requests.post(url, json=payload)  # want "requests.post call without a timeout"
    requests.put(url)  # want "requests.put"
    requests.patch(url)  # want "requests.patch"
    requests.delete(url)  # want "requests.delete"
    requests.head(url)  # want "requests.head"
    requests.options(url)  # want "requests.options"
    requests.request("GET", url)  # want "requests.request"
    r.get(url)  # want "requests.get"
    get(url)  # want "requests.get"
    requests.get(url, timeout=None)  # want "timeout=None"
    requests.get(url, timeout=NO_TIMEOUT)  # want "timeout=None"
    requests.get(url, timeout=(3.05, None))  # want "tuple holding None"
    requests.get(url, **kwargs)  # want "unless \\*\\*kwargs holds one"

    s = requests.Session()
    s.get(url)  # want "requests.Session\\(\\).get call without a timeout"
    s.post(url, data=payload)  # want "requests.Session\\(\\).post"
    s.request("GET", url)  # want "requests.Session\\(\\).request"
    requests.Session().get(url)  # want "requests.Session\\(\\).get"
    with Session() as session:
        session.get(url)  # want "requests.Session\\(\\).get"
    legacy = requests.session()
    legacy.get(url)  # want "requests.session\\(\\).get"

    # Safe.
    requests.get(url, timeout=5)
    requests.get(url, timeout=TIMEOUT)
    requests.get(url, timeout=(3.05, 27))
    s.get(url, timeout=5)
    requests.get(url, timeout=kwargs["timeout"])
    requests.Session()
    requests.Request("GET", url)
    s.mount("https://", None)


async def afetch(url):
    s = requests.Session()
    return s.get(url)  # want "without a timeout"


class Api:
    def __init__(self):
        self.session = requests.Session()

    def fetch(self, url):
        return self.session.get(url)  # missing "without a timeout"
