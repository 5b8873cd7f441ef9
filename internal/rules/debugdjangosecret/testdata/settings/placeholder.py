SECRET_KEY = "CHANGE-ME-in-production"  # want "SECRET_KEY is a placeholder literal"
