# xss (CWE-79) FALSE POSITIVE look-alike: a template from the loader autoescapes the context it is given [django].
from django.http import HttpResponse
from django.template import loader


def profile(request):
    page = loader.get_template("profile.html")
    return HttpResponse(page.render({"bio": request.POST.get("bio", "")}, request))
