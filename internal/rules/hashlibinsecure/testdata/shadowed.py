import hashlib


def md5(data):  # a local function, not hashlib's
    return hashlib.sha256(data)


md5(b"x")


class hashlib:  # shadows the module from here on
    @staticmethod
    def new(name):
        return name


hashlib.new("md5")
