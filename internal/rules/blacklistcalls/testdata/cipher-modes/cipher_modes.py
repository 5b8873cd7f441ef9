from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.modes import ECB as E

key, iv = b"k" * 32, b"i" * 16
Cipher(algorithms.AES(key), modes.ECB())  # want "modes.ECB is the insecure ECB cipher mode"
Cipher(algorithms.AES(key), E())  # want "modes.ECB"
Cipher(algorithms.AES(key), modes.CBC(iv))
Cipher(algorithms.AES(key), modes.GCM(iv))
