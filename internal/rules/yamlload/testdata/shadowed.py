import pickle


def load(data):  # a local load, not yaml's
    return pickle.loads(data)


load(b"")


class yaml:
    @staticmethod
    def load(data):
        return data


yaml.load("x")
