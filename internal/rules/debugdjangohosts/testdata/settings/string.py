ALLOWED_HOSTS = "*"  # want "ALLOWED_HOSTS contains \"\\*\""
