import os

INSTALLED_APPS = []
ALLOWED_HOSTS = ["*"]  # replaced below: not reported
ALLOWED_HOSTS = ["example.com", ".example.org", "*"]  # want "ALLOWED_HOSTS contains \"\\*\", so Django accepts requests for any Host header"
ALLOWED_HOSTS += ["*"]  # want "ALLOWED_HOSTS contains \"\\*\""
ALLOWED_HOSTS.append("*")  # want "ALLOWED_HOSTS contains \"\\*\""
ALLOWED_HOSTS.insert(0, "*")  # want "ALLOWED_HOSTS contains \"\\*\""
ALLOWED_HOSTS.extend(("*",))  # want "ALLOWED_HOSTS contains \"\\*\""
ALLOWED_HOSTS.append("api.example.com")
ALLOWED_HOSTS += [".example.net"]

if os.environ.get("LOCAL"):
    ALLOWED_HOSTS = ["*"]  # conditional: not reported
