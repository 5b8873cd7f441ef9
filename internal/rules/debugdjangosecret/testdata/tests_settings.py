SECRET_KEY = "test-key"
