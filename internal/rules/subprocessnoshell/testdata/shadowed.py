def run(cmd, shell=False):  # a local function named like subprocess.run
    return cmd


run(["ls"])


class subprocess:
    @staticmethod
    def call(cmd):
        return cmd


subprocess.call(["ls"])
