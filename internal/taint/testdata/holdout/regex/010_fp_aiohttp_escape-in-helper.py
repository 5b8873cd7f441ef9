# regex (CWE-730) FALSE-POSITIVE TRAP: a helper escapes each word before the alternation pattern is built [aiohttp].
import re
from aiohttp import web

DOCUMENT = "the quick brown fox jumps over the lazy dog"


def words_pattern(words):
    return "|".join(re.escape(w) for w in words)


async def count_words(request):
    words = request.query.getall("w", [])
    rx = re.compile(words_pattern(words)) if words else None
    return web.json_response({"count": len(rx.findall(DOCUMENT)) if rx else 0})


app = web.Application()
app.router.add_get("/count", count_words)
