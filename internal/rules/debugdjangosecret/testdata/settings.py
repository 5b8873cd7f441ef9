SECRET_KEY = "replaced below"
SECRET_KEY = "django-insecure-2u0*l@l9pn1q%i7$b&bn!g1d^3v)k8z5#w+0x=t@6r"  # want "SECRET_KEY is a literal in the settings module, so anyone who can read the code can forge"
DEBUG = False
