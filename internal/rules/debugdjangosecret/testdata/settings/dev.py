SECRET_KEY = "dev-only-key"
