# xss (CWE-79) FALSE-POSITIVE TRAP: the highlight term and stored comments are interpolated with format_html/format_html_join, which escape [django].
from django.http import HttpResponse
from django.utils.html import format_html, format_html_join

from blog.models import Comment


def comment_fragment(request, post_id: int):
    highlight = request.GET.get("highlight", "")
    comments = Comment.objects.filter(post_id=post_id).order_by("-created")[:20]
    items = format_html_join("\n", "<li>{}: {}</li>", ((c.author, c.text) for c in comments))
    html = format_html("<p>Matches for <mark>{}</mark></p><ul>{}</ul>", highlight, items)
    return HttpResponse(html)
