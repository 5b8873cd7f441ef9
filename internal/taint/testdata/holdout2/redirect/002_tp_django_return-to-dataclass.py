# redirect (CWE-601) TRUE POSITIVE: a "return_to" form field carried in a dataclass is used for HttpResponseRedirect after saving settings [django].
from dataclasses import dataclass

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.views.decorators.http import require_POST

TIMEZONES = {"UTC", "Europe/Berlin", "America/New_York"}


@dataclass
class SettingsForm:
    timezone: str
    return_to: str = "/settings/"


@login_required
@require_POST
def save_settings(request):
    form = SettingsForm(request.POST.get("timezone", "UTC"), request.POST.get("return_to", "/settings/"))
    profile = request.user.profile
    profile.timezone = form.timezone if form.timezone in TIMEZONES else "UTC"
    profile.save(update_fields=["timezone"])
    return HttpResponseRedirect(form.return_to)  # want "CWE-601"
