import os

ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "*").split(",")  # want "ALLOWED_HOSTS contains \"\\*\" whenever the environment variable DJANGO_ALLOWED_HOSTS is not set"
