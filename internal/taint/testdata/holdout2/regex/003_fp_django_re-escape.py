# regex (CWE-730) FALSE-POSITIVE TRAP: the search term is passed through re.escape, so it is matched literally inside a fixed pattern [django].
import re

from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from blog.models import Article


def occurrences(request, article_id: int):
    term = request.GET.get("term", "")[:100]
    article = get_object_or_404(Article, pk=article_id)
    pattern = re.compile(r"\b" + re.escape(term) + r"\b", re.IGNORECASE)
    return JsonResponse({"term_found": bool(term), "occurrences": len(pattern.findall(article.body))})
