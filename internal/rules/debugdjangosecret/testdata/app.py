# Not a settings module.
SECRET_KEY = "abc123"
