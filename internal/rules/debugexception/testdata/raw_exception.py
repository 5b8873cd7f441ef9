# The exception object itself is not its text: returning it, or putting it
# into JSON, shows no message; functions that convert it to text do.
import sys

from aiohttp import web
from django.http import HttpResponse
from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException

app = Flask(__name__)


@app.route("/a")
def returns_http_exception():
    try:
        work()
    except HTTPException as e:
        return e
    except Exception as e:
        return e


@app.route("/b")
def json_of_object():
    try:
        work()
    except Exception as e:
        return jsonify(error=e)


def django_view(request):
    try:
        work()
    except Exception as e:
        return HttpResponse(e)  # want "HttpResponse sends the caught exception's text"


def django_exc_info(request):
    try:
        work()
    except Exception:
        return HttpResponse(sys.exc_info()[1])  # want "HttpResponse sends the caught exception's text"


async def middleware(request, handler):
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        response = exc
        raise
    return response


async def middleware_text(request, handler):
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        response = web.Response(text=f"{exc}")  # aiohttp's HTTP errors are written for the client
    except Exception as exc:
        response = web.Response(text=f"{exc}")  # want "Response sends the caught exception's text"
    return response
