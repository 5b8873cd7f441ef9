# Modules loaded by a helper: krait cannot resolve them, and matches their
# spelling as Bandit does.
from test.support import warnings_helper

try:
    crypt = warnings_helper.import_deprecated("crypt")
except ImportError:
    crypt = None

hashlib = warnings_helper.import_fresh_module("hashlib")


def salts():
    crypt.mksalt(crypt.METHOD_BLOWFISH, rounds=1 << 4)  # want "weak crypt.METHOD_BLOWFISH"
    hashlib.md5(b"x")  # want "weak MD5"
