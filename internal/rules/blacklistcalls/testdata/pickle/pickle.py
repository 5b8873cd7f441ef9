import _pickle
import dill
import jsonpickle
import pandas as pd
import pickle
import shelve
from pickle import loads as unpickle


def load_all(data, f, path):
    pickle.loads(data)  # want "pickle.loads deserializes with pickle"
    pickle.load(f)  # want "pickle.load deserializes"
    pickle.Unpickler(f).load()  # want "pickle.Unpickler deserializes"
    unpickle(data)  # want "pickle.loads"
    _pickle.loads(data)  # want "_pickle.loads"
    dill.loads(data)  # want "dill.loads"
    dill.load(f)  # want "dill.load"
    dill.Unpickler(f)  # want "dill.Unpickler"
    shelve.open(path)  # want "shelve.open"
    shelve.DbfilenameShelf(path)  # want "shelve.DbfilenameShelf"
    jsonpickle.decode(data)  # want "jsonpickle.decode"
    jsonpickle.unpickler.decode(data)  # want "jsonpickle.unpickler.decode"
    pd.read_pickle(path)  # want "pandas.read_pickle"
    loader = pickle.loads
    loader(data)  # want "pickle.loads"
    # Writing pickles is not deserializing.
    pickle.dumps(data)
    pickle.dump(data, f)
    jsonpickle.encode(data)
    pd.read_csv(path)
