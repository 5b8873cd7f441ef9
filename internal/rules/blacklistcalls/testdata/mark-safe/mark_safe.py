from django.utils import safestring
from django.utils.html import mark_safe as html_mark_safe
from django.utils.safestring import mark_safe


def render(comment):
    mark_safe(comment.text)  # want "mark_safe turns off HTML escaping"
    mark_safe(f"<b>{comment.text}</b>")  # want "turns off HTML escaping"
    safestring.mark_safe("<b>static</b>")  # want "constant string"
    html_mark_safe(comment.text)  # want "turns off HTML escaping"
    safestring.SafeString("x")
