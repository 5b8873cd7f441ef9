import hashlib

from Crypto.Hash import MD2 as pycrypto_md2, MD4 as pycrypto_md4, MD5 as pycrypto_md5, SHA as pycrypto_sha
from Cryptodome.Hash import MD2 as pycryptodomex_md2, MD4 as pycryptodomex_md4, MD5 as pycryptodomex_md5
from Cryptodome.Hash import SHA as pycryptodomex_sha, SHA256
from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives import hashes

pycrypto_md2.new()  # want "Crypto.Hash.MD2.new is an insecure hash function"
pycrypto_md4.new()  # want "Crypto.Hash.MD4.new"
pycrypto_md5.new()  # want "Crypto.Hash.MD5.new"
pycrypto_sha.new()  # want "Crypto.Hash.SHA.new"
pycryptodomex_md2.new()  # want "Cryptodome.Hash.MD2.new"
pycryptodomex_md4.new()  # want "Cryptodome.Hash.MD4.new"
pycryptodomex_md5.new()  # want "Cryptodome.Hash.MD5.new"
pycryptodomex_sha.new()  # want "Cryptodome.Hash.SHA.new"
hashes.MD5()  # want "cryptography.hazmat.primitives.hashes.MD5"
hashes.Hash(hashes.SHA1(), backend=default_backend())  # want "hashes.SHA1"
# Strong hashes; hashlib is hashlib-insecure-functions' (B324).
SHA256.new()
hashes.Hash(hashes.SHA256())
hashlib.md5()
