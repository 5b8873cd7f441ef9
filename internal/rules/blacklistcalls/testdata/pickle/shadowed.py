class pickle:
    @staticmethod
    def loads(data):
        return data


pickle.loads(b"x")


def loads(data):
    return data


loads(b"x")
