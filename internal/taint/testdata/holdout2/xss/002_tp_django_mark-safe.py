# xss (CWE-79) TRUE POSITIVE: a profile bio from POST data has newlines turned into <br> and is wrapped in mark_safe for the template [django].
from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.safestring import mark_safe


@login_required
def preview_bio(request):
    bio = request.POST.get("bio", "")
    html = bio.replace("\r\n", "\n").replace("\n", "<br>")
    return render(request, "profiles/preview.html", {"bio_html": mark_safe(html)})  # want "CWE-79"
