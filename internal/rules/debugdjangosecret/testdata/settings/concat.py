PART = "k3y-"
SECRET_KEY = PART + "0123456789abcdef"  # want "SECRET_KEY is a literal"
