import os

WILDCARD = "*"
ALLOWED_HOSTS = [WILDCARD]  # want "ALLOWED_HOSTS contains \"\\*\""
