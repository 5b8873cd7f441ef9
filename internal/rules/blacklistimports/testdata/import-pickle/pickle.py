import pickle  # want "import of pickle: deserializing"
import cPickle  # want "import of cPickle"
import dill  # want "import of dill"
import shelve  # want "import of shelve"
import os, pickle as p  # want "import of pickle"
from pickle import loads  # want "import of pickle.loads"
from pickle import *  # want "import of pickle"
import pickletools
import dill_extensions
from .pickle import loads as local_loads
from ..models import pickle
import jsonpickle
