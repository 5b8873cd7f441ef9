# sql (CWE-89) FALSE-POSITIVE TRAP: Manager.raw with a %s placeholder and a params list [django].
from django.db import models
from django.shortcuts import render
from django.urls import path


class Article(models.Model):
    slug = models.CharField(max_length=200)


def article_detail(request, slug):
    articles = Article.objects.raw("SELECT * FROM blog_article WHERE slug = %s", [slug])
    return render(request, "blog/article.html", {"articles": list(articles)})


urlpatterns = [path("articles/<str:slug>/", article_detail)]
