# xss (CWE-79) TRUE POSITIVE: a helper turns newlines into <br> and mark_safe's the raw comment [django].
from django.shortcuts import render
from django.utils.safestring import mark_safe


def linebreaks_html(text):
    html = text.replace("\n", "<br>")
    return mark_safe(html)  # want "CWE-79"


def preview_comment(request):
    comment = request.POST.get("comment", "")
    return render(request, "comments/preview.html", {"comment": linebreaks_html(comment)})
