class requests:  # a local class named like the module
    @staticmethod
    def load(url, verify=True):
        return url


requests.load("x", verify=False)


def get(url, verify=True):
    return url


get("https://example.com", verify=False)


class Client:
    def get(self, url, verify=True):
        return url


Client().get("https://example.com", verify=False)
