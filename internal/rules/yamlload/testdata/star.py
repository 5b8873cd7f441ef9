from yaml import *

load(data, Loader=SafeLoader)
