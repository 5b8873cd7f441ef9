SECRET_KEY = "a-real-looking-key-0123456789"  # want "SECRET_KEY is a literal .*\\(unless the import \\* that follows overrides it\\)"
from .secrets import *
