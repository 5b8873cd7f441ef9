from flask import Response, make_response, request


def lang():
    value = request.args["lang"]
    response = make_response("ok")
    response.headers["Content-Language"] = value  # want "request.args flows to a response header: HTTP header injection"
    response.headers["Content-Language"] = value.replace("\r", "").replace("\n", "")
    response.headers["Content-Language"] = "en"
    return Response("ok", headers={"Content-Language": value})  # want "request.args flows to response headers"
