import ssl
import urllib.request
from ssl import _create_unverified_context as unverified


def fetch(url):
    ctx = ssl._create_unverified_context()  # want "ssl._create_unverified_context creates an SSL context"
    urllib.request.urlopen(url, context=ctx)
    unverified()  # want "ssl._create_unverified_context"
    ssl.create_default_context()


ssl._create_default_https_context = ssl._create_unverified_context  # want "assigned here"
