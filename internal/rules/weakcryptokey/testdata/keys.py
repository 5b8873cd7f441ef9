import paramiko
import rsa
from Crypto.PublicKey import DSA as pycrypto_dsa
from Crypto.PublicKey import ECC
from Crypto.PublicKey import RSA as pycrypto_rsa
from cryptography.hazmat import backends
from cryptography.hazmat.primitives.asymmetric import dh, dsa, ec
from cryptography.hazmat.primitives.asymmetric import rsa as crsa
from Cryptodome.PublicKey import RSA as pycryptodomex_rsa
from OpenSSL import crypto

WEAK = 1024
STRONG = 4096

# Correct
dsa.generate_private_key(key_size=2048, backend=backends.default_backend())
ec.generate_private_key(curve=ec.SECP384R1, backend=backends.default_backend())
ec.generate_private_key(ec.SECP256R1())
crsa.generate_private_key(public_exponent=65537, key_size=STRONG)
pycrypto_dsa.generate(bits=2048)
pycrypto_rsa.generate(bits=2048)
pycryptodomex_rsa.generate(2048)
ECC.generate(curve="P-256")
crsa.generate_private_key(65537, size_from_config)

# Incorrect: medium
dsa.generate_private_key(key_size=1024, backend=backends.default_backend())  # want "DSA key of 1024 bits: DSA keys below 2048"
ec.generate_private_key(curve=ec.SECP192R1, backend=backends.default_backend())  # want "curve SECP192R1 [(]192 bits[)]: EC keys below 224"
crsa.generate_private_key(public_exponent=65537, key_size=WEAK)  # want "RSA key of 1024 bits: RSA keys below 2048"
pycrypto_dsa.generate(bits=1024)  # want "DSA key of 1024 bits"
pycrypto_rsa.generate(bits=1024)  # want "RSA key of 1024 bits"

# Incorrect: high
dsa.generate_private_key(512, backends.default_backend())  # want "DSA key of 512 bits: DSA keys below 1024"
ec.generate_private_key(ec.SECT163R2, backends.default_backend())  # want "curve SECT163R2 [(]163 bits[)]: EC keys below 224"
crsa.generate_private_key(3, 512, backends.default_backend())  # want "RSA key of 512 bits: RSA keys below 1024"
pycryptodomex_rsa.generate(512)  # want "RSA key of 512 bits"

# Missed by Bandit
ec.generate_private_key(ec.SECP192R1())  # want "curve SECP192R1"
ec.generate_private_key(curve=ec.SECT163K1())  # want "curve SECT163K1"
ec.derive_private_key(123, ec.SECP192R1())  # want "curve SECP192R1"
ECC.generate(curve="P-192")  # want "curve P-192"
dh.generate_parameters(generator=2, key_size=1024)  # want "DH key of 1024 bits"
paramiko.RSAKey.generate(1024)  # want "RSA key of 1024 bits"
paramiko.DSSKey.generate()  # want "DSA key of 1024 bits"
paramiko.DSSKey.generate(bits=2048)
rsa.newkeys(512)  # want "RSA key of 512 bits"
k = crypto.PKey()
k.generate_key(crypto.TYPE_RSA, 1024)  # want "RSA key of 1024 bits"
k.generate_key(crypto.TYPE_DSA, 2048)

# Aliases and spellings
from Crypto.PublicKey.RSA import generate as gen_rsa

gen_rsa(1024)  # want "RSA key of 1024 bits"
