# Settings overridden by a local module when it exists.
DEBUG = True  # want "DEBUG = True in a settings module .* \\(unless the import \\* that follows overrides it\\)"

try:
    from .local import *
except ImportError:
    pass
