ALLOWED_HOSTS = []
ALLOWED_HOSTS = [".example.com", "example.com"]
