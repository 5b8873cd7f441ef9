from Crypto.Cipher import ARC2 as pycrypto_arc2, ARC4 as pycrypto_arc4, Blowfish as pycrypto_blowfish
from Crypto.Cipher import DES as pycrypto_des, XOR as pycrypto_xor, AES
from Cryptodome.Cipher import ARC2 as pycryptodomex_arc2, ARC4 as pycryptodomex_arc4
from Cryptodome.Cipher import Blowfish as pycryptodomex_blowfish, DES as pycryptodomex_des, XOR as pycryptodomex_xor
from cryptography.hazmat.decrepit.ciphers import algorithms as decrepit
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

key, iv = b"k" * 16, b"i" * 8
pycrypto_arc2.new(key, pycrypto_arc2.MODE_CFB, iv)  # want "Crypto.Cipher.ARC2.new is an insecure cipher"
pycrypto_arc4.new(key)  # want "Crypto.Cipher.ARC4.new"
pycrypto_blowfish.new(key, pycrypto_blowfish.MODE_CBC, iv)  # want "Crypto.Cipher.Blowfish.new"
pycrypto_des.new(key, pycrypto_des.MODE_CBC, iv)  # want "Crypto.Cipher.DES.new"
pycrypto_xor.new(key)  # want "Crypto.Cipher.XOR.new"
pycryptodomex_arc2.new(key, pycryptodomex_arc2.MODE_CFB, iv)  # want "Cryptodome.Cipher.ARC2.new"
pycryptodomex_arc4.new(key)  # want "Cryptodome.Cipher.ARC4.new"
pycryptodomex_blowfish.new(key, pycryptodomex_blowfish.MODE_CBC, iv)  # want "Cryptodome.Cipher.Blowfish.new"
pycryptodomex_des.new(key, pycryptodomex_des.MODE_CBC, iv)  # want "Cryptodome.Cipher.DES.new"
pycryptodomex_xor.new(key)  # want "Cryptodome.Cipher.XOR.new"
Cipher(algorithms.ARC4(key), mode=None)  # want "algorithms.ARC4"
Cipher(algorithms.Blowfish(key), mode=modes.CBC(iv))  # want "algorithms.Blowfish"
Cipher(algorithms.IDEA(key), mode=modes.CBC(iv))  # want "algorithms.IDEA"
Cipher(decrepit.ARC4(key), mode=None)  # want "decrepit.ciphers.algorithms.ARC4"
AES.new(key, AES.MODE_GCM)
Cipher(algorithms.AES(key), modes.GCM(iv))
