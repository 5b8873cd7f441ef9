import crypt
import hashlib
import hashlib as hl
from hashlib import md5 as h, sha1, sha256

ALGO = "MD5"
OFF = False


def digest(data, secret, f, **kw):
    hashlib.md5(data)  # want "weak MD5 hash"
    hl.sha1(data).hexdigest()  # want "weak SHA1 hash"
    h(data)  # want "weak MD5 hash"
    sha1()  # want "weak SHA1 hash"
    sha256(data)
    hashlib.sha512(data)
    hashlib.md5(data, usedforsecurity=False)
    hashlib.md5(data, usedforsecurity=OFF)
    hashlib.md5(data, usedforsecurity=True)  # want "weak MD5 hash"
    hashlib.md5(data, **kw)  # want "weak MD5 hash"
    hashlib.new("md5", data)  # want "weak MD5 hash"
    hashlib.new("MD4")  # want "weak MD4 hash"
    hashlib.new(name="sha1")  # want "weak SHA1 hash"
    hashlib.new(ALGO)  # want "weak MD5 hash"
    hashlib.new("md5", usedforsecurity=False)
    hashlib.new("sha256", data)
    hashlib.new(secret)
    hashlib.file_digest(f, "md5")  # want "weak MD5 hash"
    hashlib.file_digest(f, hashlib.sha1)  # want "weak SHA1 hash"
    hashlib.file_digest(f, "sha256")
    crypt.crypt(secret, crypt.METHOD_MD5)  # want "weak crypt.METHOD_MD5"
    crypt.mksalt(crypt.METHOD_CRYPT)  # want "weak crypt.METHOD_CRYPT"
    crypt.crypt(secret, crypt.mksalt(crypt.METHOD_SHA512))
    crypt.crypt(secret, salt=crypt.METHOD_BLOWFISH)  # want "weak crypt.METHOD_BLOWFISH"
