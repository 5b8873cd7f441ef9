# Not a settings module.
ALLOWED_HOSTS = ["*"]
