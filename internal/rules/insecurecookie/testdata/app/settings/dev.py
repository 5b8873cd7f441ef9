INSTALLED_APPS = ["django.contrib.sessions"]
SESSION_COOKIE_SECURE = False
