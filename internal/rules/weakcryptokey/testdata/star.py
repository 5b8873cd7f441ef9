from cryptography.hazmat.primitives.asymmetric.ec import *

generate_private_key(SECP192R1())  # missing "curve SECP192R1"
