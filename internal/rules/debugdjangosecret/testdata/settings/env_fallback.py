import os

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "not-so-secret-fallback")  # want "SECRET_KEY falls back to a literal key when the environment variable DJANGO_SECRET_KEY is not set"
