# redirect (CWE-601) FALSE-POSITIVE TRAP: the requested landing page is mapped through a dict of endpoint names and url_for [flask].
from flask import Blueprint, redirect, request, url_for

bp = Blueprint("nav", __name__)
LANDINGS = {
    "billing": "billing.index",
    "team": "team.members",
    "profile": "account.profile",
}


@bp.get("/go")
def go():
    endpoint = LANDINGS.get(request.args.get("to", ""), "dashboard.home")
    return redirect(url_for(endpoint))
