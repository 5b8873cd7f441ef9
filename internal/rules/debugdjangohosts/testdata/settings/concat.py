HOSTS = ["*"]
ALLOWED_HOSTS = ["localhost"] + HOSTS  # want "ALLOWED_HOSTS contains \"\\*\""
