# A settings module by its directory; DEBUG read from the environment.
import os
from .base import *

DEBUG = os.environ.get("DJANGO_DEBUG", "True") == "True"  # want "DEBUG is True whenever the environment variable DJANGO_DEBUG is not set, and Django then shows detailed error pages"
DEBUG_PROPAGATE_EXCEPTIONS = os.environ.get("PROPAGATE", "0") == "1"
