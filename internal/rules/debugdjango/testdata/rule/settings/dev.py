# Development settings: DEBUG is expected here.
from .base import *

DEBUG = True
DEBUG_PROPAGATE_EXCEPTIONS = True
