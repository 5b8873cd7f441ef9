import io
import logging
import sys
import traceback
import traceback as tb

import requests
import sqlalchemy.exc
from flask import Blueprint, Flask, abort, flash, jsonify, make_response, render_template
from pydantic import ValidationError

from .errors import AppError
from .routes import api  # a blueprint the model cannot resolve

app = Flask(__name__)
bp = Blueprint("bp", __name__)
logger = logging.getLogger(__name__)
ERRORS = (KeyError, requests.RequestException)


@app.route("/a")
def text_returned():
    try:
        work()
    except Exception as e:
        return str(e)  # want "the view returns the caught exception's text to the client"


@app.route("/b")
def jsonified():
    try:
        work()
    except Exception as e:
        return jsonify({"error": str(e)}), 500  # want "jsonify sends the caught exception's text to the client, which can reveal internal details"


@app.get("/c")
def traceback_returned():
    try:
        work()
    except Exception:
        return traceback.format_exc(), 500  # want "the view returns a traceback to the client, which can reveal source file paths"


@bp.route("/d", methods=["POST"])
def through_locals():
    try:
        work()
    except BaseException as err:
        message = f"failed: {err}"
        status = 500
    return {"error": message}, status  # want "the view returns the caught exception's text"


@bp.post("/e")
def many_forms():
    try:
        work()
    except Exception as e:
        make_response(repr(e), 500)  # want "make_response sends the caught exception's text"
        abort(500, "failed: %s" % e)  # want "abort sends the caught exception's text"
        abort(500, description="{}".format(e.args[0]))  # want "abort sends"
        flash("could not save: " + str(e))  # want "flash sends"
        render_template("error.html", error=e)  # want "render_template sends"
        jsonify(trace="".join(tb.format_exception(*sys.exc_info())))  # want "jsonify sends a traceback"
    return "ok"


@api.route("/f")
def unresolved_blueprint():
    try:
        work()
    except Exception as e:
        return {"error": e.args}  # want "the view returns the caught exception's text"


@app.route("/g")
def printed_traceback():
    buf = io.StringIO()
    try:
        work()
    except Exception:
        traceback.print_exc(file=buf)
        return buf.getvalue(), 500  # want "the view returns a traceback"


@app.route("/h")
def collected():
    errors = []
    for item in items():
        try:
            process(item)
        except Exception as e:
            errors.append(str(e))
    return jsonify(errors=errors)  # want "jsonify sends the caught exception's text"


@app.route("/i")
def narrow_exception():
    try:
        n = int(request_arg())
    except ValueError as e:
        return {"error": str(e)}, 400  # want "the view returns the caught exception's text"
    return {"n": n}


@app.route("/j")
def library_exception():
    try:
        db_work()
    except sqlalchemy.exc.SQLAlchemyError as e:
        return {"error": str(e)}, 500  # want "the view returns the caught exception's text"
    except ERRORS as e:
        return {"error": str(e)}, 500  # want "the view returns the caught exception's text"


# Not reported.


@app.route("/safe1")
def logged():
    try:
        work()
    except Exception as e:
        logger.exception(e)
        logger.error("failed: %s", e)
        return jsonify(error="internal error"), 500


@app.route("/safe2")
def class_name_and_code():
    try:
        work()
    except requests.HTTPError as e:
        return jsonify(error=type(e).__name__, kind=e.__class__.__name__, status=e.response.status_code), 502


@app.route("/safe3")
def client_facing():
    try:
        validate()
    except ValidationError as e:
        return jsonify(errors=e.errors()), 422
    except AppError as e:
        return jsonify(error=str(e)), 400


@app.route("/safe4")
def unknown_function():
    try:
        work()
    except Exception as e:
        return jsonify(error=describe(e)), 500


def helper():
    # Not a view: the return value is not a response.
    try:
        work()
    except Exception as e:
        return str(e)


def helper_response():
    # Not a view, but jsonify builds a response wherever it is called.
    try:
        work()
    except Exception as e:
        return jsonify(error=str(e))  # want "jsonify sends the caught exception's text"


@app.route("/safe5")
def nested_function():
    try:
        work()
    except Exception as e:
        def inner():
            return str(e)  # inner is not a view

        logger.info(inner())
        return "failed", 500


@app.route("/safe6")
def generic_message():
    try:
        work()
    except Exception:
        msg = "something went wrong"
        return jsonify(error=msg), 500


@app.route("/safe7")
def not_in_handler(e=None):
    return str(e)
