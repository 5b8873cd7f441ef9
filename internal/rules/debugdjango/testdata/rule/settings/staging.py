# The last assignment is the one in force.
DEBUG = True
DEBUG = False
