import random
import random as rnd
import secrets
from random import choice, randint

random.Random()  # want "random.Random is a pseudo-random generator"
random.random()  # want "random.random"
random.randrange(10)  # want "random.randrange"
randint(0, 9)  # want "random.randint"
choice("abc")  # want "random.choice"
rnd.choices("abc", k=8)  # want "random.choices"
random.uniform(0, 1)  # want "random.uniform"
random.triangular()  # want "random.triangular"
random.getrandbits(128)  # want "random.getrandbits"
random.randbytes(16)  # want "random.randbytes"
secrets.choice("abc")
secrets.token_hex(16)
random.SystemRandom().random()
random.seed(1)
os_random = random.SystemRandom()
