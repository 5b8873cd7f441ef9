# Settings for the test suite.
DEBUG = True
