import os

SECRET_KEY = os.getenv("DJANGO_SECRET_KEY") or "fallback-key-1234"  # want "SECRET_KEY falls back to a literal key"
