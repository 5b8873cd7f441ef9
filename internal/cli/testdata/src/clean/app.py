"""A valid module."""
import os


def main(argv):
    for arg in argv:
        print(os.path.basename(arg))
