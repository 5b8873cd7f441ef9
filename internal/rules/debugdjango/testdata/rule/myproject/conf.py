# A settings module by its content.
INSTALLED_APPS = ["django.contrib.admin"]
ROOT_URLCONF = "myproject.urls"
ENABLED = True
DEBUG = ENABLED  # want "DEBUG = True in a settings module"
TEMPLATE_DEBUG = 1  # want "TEMPLATE_DEBUG = True in a settings module adds template source"
