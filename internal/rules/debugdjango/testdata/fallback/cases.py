# EnvFallback: each value as it is when no environment variable is set.
import os
import os as o
from os import environ, getenv

from decouple import Csv, config
import environ as django_environ
from environs import Env

env = django_environ.Env()
env2 = Env()
_raw = os.environ.get("RAW", "x")  # want "RAW unset: x"

A = os.environ.get("DJANGO_DEBUG", "True") == "True"  # want "DJANGO_DEBUG unset: true"
A = os.environ.get("DJANGO_DEBUG", "False") == "True"  # want "DJANGO_DEBUG unset: false"
A = o.getenv("DJANGO_DEBUG", "1").lower() in ("1", "true", "yes")  # want "DJANGO_DEBUG unset: true"
A = getenv("DJANGO_DEBUG") == "1"  # want "DJANGO_DEBUG unset: false"
A = bool(int(environ.get("DJANGO_DEBUG", 1)))  # want "DJANGO_DEBUG unset: true"
A = bool(os.environ.get("DJANGO_DEBUG"))  # want "DJANGO_DEBUG unset: false"
A = os.environ.get("DJANGO_DEBUG", True)  # want "DJANGO_DEBUG unset: true"
A = os.environ.get("DJANGO_DEBUG", default="yes").strip().upper() != "NO"  # want "DJANGO_DEBUG unset: true"
A = not os.environ.get("PRODUCTION")  # want "PRODUCTION unset: true"
A = os.environ.get("KEY") or "fallback-key"  # want "KEY unset: fallback-key"
A = os.environ.get("HOSTS", "*").split(",")  # want "HOSTS unset: \\[\\*\\]"
A = os.environ.get("HOSTS", "a b").split()  # want "HOSTS unset: \\[a b\\]"
A = config("DEBUG", default=True, cast=bool)  # want "DEBUG unset: true"
A = config("DEBUG", default="on", cast=bool)  # want "DEBUG unset: true"
A = config("DEBUG", default="off", cast=bool)  # want "DEBUG unset: false"
A = config("DEBUG", True)  # want "DEBUG unset: true"
A = config("HOSTS", default="*", cast=Csv())  # want "HOSTS unset: \\[\\*\\]"
A = env.bool("DEBUG", default=True)  # want "DEBUG unset: true"
A = env.bool("DEBUG", "0")  # want "DEBUG unset: false"
A = env("DEBUG", default=True)  # want "DEBUG unset: true"
A = env.list("HOSTS", default=["*"])  # want "HOSTS unset: \\[\\*\\]"
A = env2.bool("DEBUG", True)  # want "DEBUG unset: true"
A = _raw == "x"  # want "RAW unset: true"

# Unknown: no default where the reader raises, an unknown cast, a
# variable name not known, os.environ[...], anything that is not a read.
A = config("DEBUG", cast=bool)
A = env.bool("DEBUG")
A = config("DEBUG", default="1", cast=custom)
A = os.environ.get(name, "1")
A = os.environ["DJANGO_DEBUG"] == "1"
A = os.environ.get("X", "1") == something
A = True
A = some_function("DEBUG", default=True)
A = os.environ.get("X", **defaults)
A = b"x" == os.environ.get("X", "x")  # want "X unset: false"
