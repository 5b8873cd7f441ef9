import marshal
from marshal import load as mload


def read(data, f):
    marshal.loads(data)  # want "marshal.loads deserializes with marshal"
    mload(f)  # want "marshal.load"
    marshal.dumps(data)
