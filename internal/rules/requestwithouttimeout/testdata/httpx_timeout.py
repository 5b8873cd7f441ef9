import httpx

NO_TIMEOUT = None


async def fetch(url):
    httpx.get(url, timeout=None)  # want "httpx.get call with timeout=None"
    httpx.post(url, timeout=NO_TIMEOUT)  # want "httpx.post call with timeout=None"
    httpx.stream("GET", url, timeout=None)  # want "httpx.stream"
    client = httpx.Client(timeout=None)  # want "httpx.Client call with timeout=None"
    client.get(url, timeout=None)  # want "httpx.Client\\(\\).get call with timeout=None"
    httpx.Client(timeout=httpx.Timeout(None))  # want "httpx.Timeout\\(None\\)"
    httpx.Client(timeout=httpx.Timeout(None, connect=5.0))  # want "httpx.Timeout\\(None\\)"
    async with httpx.AsyncClient() as ac:
        await ac.get(url, timeout=None)  # want "httpx.AsyncClient\\(\\).get"

    # httpx applies a default timeout of 5 seconds: not reported.
    httpx.get(url)
    httpx.Client()
    client.get(url)
    httpx.Client(timeout=10)
    httpx.Client(timeout=httpx.Timeout(10.0))
    httpx.Client(timeout=httpx.Timeout(None, read=5.0))
    httpx.Client(timeout=httpx.Timeout(connect=1, read=2, write=3, pool=4))
