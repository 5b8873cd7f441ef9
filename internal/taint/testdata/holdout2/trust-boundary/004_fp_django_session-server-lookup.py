# trust-boundary (CWE-501) FALSE-POSITIVE TRAP: the session stores the primary key of a workspace looked up with a membership check [django].
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from teams.models import Workspace


@login_required
def switch_workspace(request, slug: str):
    workspace = get_object_or_404(Workspace, slug=slug, members=request.user)
    request.session["workspace_id"] = workspace.pk
    return JsonResponse({"workspace": workspace.pk})
