import importlib

try:
    from Crypto.PublicKey import RSA
except ImportError:
    RSA = None

Crypto = importlib.util.module_from_spec(spec)
Crypto.PublicKey.DSA.generate(512)  # want "DSA key of 512 bits"
RSA.generate(1024)  # want "RSA key of 1024 bits"
