INSTALLED_APPS = ["django.contrib.sessions"]
SESSION_COOKIE_SECURE = False  # want "SESSION_COOKIE_SECURE = False in a settings module drops the Secure attribute"
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = False  # want "drops the HttpOnly attribute"
CSRF_COOKIE_HTTPONLY = False
LANGUAGE_COOKIE_SECURE = True
