from Crypto.Cipher import AES  # want "import of Crypto.Cipher.AES: PyCrypto"
import Crypto.Hash.SHA256  # want "import of Crypto.Hash.SHA256"
from Crypto import Random  # want "import of Crypto.Random"
from Crypto import Cipher, Hash  # want "import of Crypto.Cipher, Crypto.Hash"
from Crypto.PublicKey import RSA  # want "Crypto.PublicKey.RSA"
from Crypto.Signature import PKCS1_v1_5  # want "Crypto.Signature.PKCS1_v1_5"
from Crypto.Util import Counter  # want "Crypto.Util.Counter"
from Crypto.Protocol.KDF import PBKDF2  # want "Crypto.Protocol.KDF.PBKDF2"
from Crypto.IO import PEM  # want "Crypto.IO.PEM"
import Crypto
from Cryptodome.Cipher import AES as DomeAES
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
