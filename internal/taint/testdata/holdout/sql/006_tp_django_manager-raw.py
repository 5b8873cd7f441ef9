# sql (CWE-89) TRUE POSITIVE: a URL keyword argument %-formatted into Manager.raw [django].
from django.db import models
from django.shortcuts import render
from django.urls import path


class Article(models.Model):
    slug = models.CharField(max_length=200)
    body = models.TextField()


def article_detail(request, slug):
    articles = Article.objects.raw("SELECT * FROM blog_article WHERE slug = '%s'" % slug)  # want "CWE-89"
    return render(request, "blog/article.html", {"articles": list(articles)})


urlpatterns = [path("articles/<str:slug>/", article_detail)]
