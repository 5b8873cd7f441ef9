from flask import redirect, request


def login_done():
    target = request.args.get("next", "/")
    if target in ("/home", "/account"):
        return redirect(target)
    redirect("/home")
    return redirect(target)  # want "request.args flows to flask.redirect: open redirect"


def header():
    from flask import make_response, url_for

    target = request.args["next"]
    response = make_response("", 302)
    response.headers["Location"] = target  # want "request.args flows to the Location header: open redirect"
    response.headers["Location"] = url_for("profile", name=target)
    return redirect(url_for("profile", name=target))
