from os import system


def system(cmd):  # shadows os.system everywhere in the module
    return cmd


system(input())
