import six
import urllib
import urllib.request
import urllib2
from six.moves import urllib as six_urllib
from urllib.request import Request, urlopen, urlretrieve

BASE = "https://api.example.com/"


def fetch(url, path):
    urllib.urlopen(url)  # want "urllib.urlopen opens a URL"
    urllib.request.urlopen(url)  # want "urllib.request.urlopen"
    urlopen(url, timeout=5)  # want "urllib.request.urlopen"
    urllib.urlretrieve(url, path)  # want "urllib.urlretrieve"
    urlretrieve(url=url, filename=path)  # want "urllib.request.urlretrieve"
    urllib.URLopener()  # want "urllib.URLopener"
    urllib.request.URLopener()  # want "urllib.request.URLopener"
    urllib.FancyURLopener()  # want "urllib.FancyURLopener"
    urllib.request.FancyURLopener()  # want "urllib.request.FancyURLopener"
    urllib2.urlopen(url)  # want "urllib2.urlopen"
    urllib2.Request(url)  # want "urllib2.Request"
    six_urllib.request.urlopen(url)  # want "six.moves.urllib.request.urlopen"
    six.moves.urllib.request.urlretrieve(url)  # want "six.moves.urllib.request.urlretrieve"
    urlopen("file:///etc/passwd")  # want "urllib.request.urlopen"
    urlopen(Request(url))  # want "urllib.request.urlopen"
    urlopen("ht" + url)  # want "urllib.request.urlopen"
    # http and https cannot read local files.
    urlopen("https://example.com/feed")
    urlopen("HTTP://example.com/feed")
    urlopen(BASE + path)
    urlopen(f"https://example.com/{path}")
    urlopen(Request("https://example.com/", data=b"x"))
    req = Request(f"{BASE}items")
    urlopen(req)
    urllib2.Request("http://example.com")
