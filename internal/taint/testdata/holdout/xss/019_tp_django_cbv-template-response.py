# xss (CWE-79) TRUE POSITIVE: a class-based view assembles an HTML fragment from a GET value and returns it in HttpResponse [django].
from django.http import HttpResponse
from django.views import View


class TagCloudView(View):
    def render_tags(self, tags):
        return " ".join("<span class='tag'>%s</span>" % t for t in tags)

    def get(self, request):
        tags = request.GET.getlist("tag")
        return HttpResponse("<div class='cloud'>" + self.render_tags(tags) + "</div>")  # want "CWE-79"
