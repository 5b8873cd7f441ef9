def chmod(path, mode):  # a local helper named chmod: reported with low confidence, as Bandit does
    return path, mode


chmod("x", 0o777)  # want "chmod sets mode 0o777"


class os:
    @staticmethod
    def chmod(path, mode):
        return path


os.chmod("x", 0o777)  # want "chmod sets mode 0o777"
