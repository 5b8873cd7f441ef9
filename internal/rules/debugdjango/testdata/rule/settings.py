# A settings module by its file name.
import os

SECRET_KEY = os.environ["SECRET_KEY"]
DEBUG = False
DEBUG = True  # want "DEBUG = True in a settings module shows detailed error pages"
DEBUG_PROPAGATE_EXCEPTIONS = True  # want "DEBUG_PROPAGATE_EXCEPTIONS = True in a settings module hands unhandled exceptions"
TEMPLATE_DEBUG = False

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "OPTIONS": {
            "context_processors": [],
            "debug": True,  # want "\"debug\": True in the OPTIONS of TEMPLATES"
        },
    },
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "OPTIONS": {"debug": False},
    },
]

TEMPLATES[0]["OPTIONS"]["debug"] = True  # want "\"debug\": True in the OPTIONS of TEMPLATES"
TEMPLATES[0]["OPTIONS"]["autoescape"] = True

if os.environ.get("LOCAL"):
    DEBUG_PROPAGATE_EXCEPTIONS = True  # conditional: a developer's toggle, not reported


def helper():
    DEBUG = True  # a local variable, not the setting
    return DEBUG
