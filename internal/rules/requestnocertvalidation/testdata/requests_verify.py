import httpx
import requests
import requests as rq
from requests import Session, get as fetch

VERIFY = False


def plain(url):
    requests.get(url, verify=False)  # want "requests.get with verify=False"
    requests.post(url, data={}, verify=False)  # want "requests.post with verify=False"
    rq.request("GET", url, verify=VERIFY)  # want "requests.request with verify=False"
    fetch(url,
          verify=0)  # want "requests.get with verify=False"
    requests.get(url, verify=True)
    requests.get(url, verify="/etc/ssl/ca.pem")
    requests.get(url, verify=None)
    requests.get(url)


def sessions(url):
    s = requests.Session()
    s.get(url, verify=False)  # want "requests.Session[(][)].get with verify=False"
    s.verify = False  # want "requests session with verify = False"
    s.verify = True
    with Session() as t:
        t.put(url, verify=False)  # want "requests.Session[(][)].put with verify=False"
        t.verify = False  # want "requests session with verify = False"
    requests.session().delete(url, verify=False)  # want "requests.Session[(][)].delete with verify=False"


async def clients(url):
    httpx.get(url, verify=False)  # want "httpx.get with verify=False"
    c = httpx.Client(verify=False)  # want "httpx.Client with verify=False"
    c.get(url, verify=False)  # want "httpx.Client[(][)].get with verify=False"
    async with httpx.AsyncClient(verify=False) as ac:  # want "httpx.AsyncClient with verify=False"
        await ac.post(url, verify=False)  # want "httpx.AsyncClient[(][)].post with verify=False"
    with httpx.stream("GET", url, verify=False) as r:  # want "httpx.stream with verify=False"
        return r
    httpx.Client(verify=True)


class Api:
    def __init__(self):
        self.session = requests.Session()
        self.session.verify = False  # want "requests session with verify = False"

    def fetch(self, url):
        return self.session.get(url, verify=False)  # want "requests.Session[(][)].get with verify=False"


def annotated(s: requests.Session, url):
    s.verify = False  # want "requests session with verify = False"
    s.head(url, verify=False)  # want "requests.Session[(][)].head with verify=False"


def unknown(client, requests_session, url):
    client.get(url, verify=False)  # want "get[(]..., verify=False[)]"
    requests_session.post(url, verify=False)  # want "post[(]..., verify=False[)]"
    client.verify = False
    client.configure(verify=False)
