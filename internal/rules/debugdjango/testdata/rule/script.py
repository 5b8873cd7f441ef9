# Not a settings module: a script's own DEBUG flag.
DEBUG = True
DEBUG_PROPAGATE_EXCEPTIONS = True


def main():
    if DEBUG:
        print("debugging")
