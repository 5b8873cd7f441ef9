def exec(statement):  # a local function shadows the builtin
    return statement


exec("DROP TABLE users")


class Runner:
    def exec(self, cmd):
        return cmd


Runner().exec("ls")
