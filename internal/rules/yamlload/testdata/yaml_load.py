import json

import yaml
import yaml as y
from yaml import CSafeLoader as Fast, load, load_all, SafeLoader


def loads(data, path, loader, **kw):
    yaml.load(data)  # want "yaml.load without a Loader"
    y.load(data, Loader=y.Loader)  # want "Loader=yaml.Loader constructs arbitrary"
    load(data)  # want "yaml.load without a Loader"
    load(data, yaml.FullLoader)  # want "Loader=yaml.FullLoader"
    load_all(data, Loader=yaml.UnsafeLoader)  # want "yaml.load_all with Loader=yaml.UnsafeLoader"
    yaml.unsafe_load(data)  # want "yaml.unsafe_load constructs"
    yaml.unsafe_load_all(data)  # want "yaml.unsafe_load_all constructs"
    yaml.load(data, Loader=loader)  # want "Loader krait cannot identify"
    yaml.load(data, **kw)  # want "unless [*]args or [*][*]kwargs"
    yaml.load(data, Loader=yaml.SafeLoader)
    yaml.load(data, Loader=SafeLoader)
    yaml.load(data, Fast)
    yaml.load(data, Loader=yaml.BaseLoader)
    yaml.load(data, Loader=yaml.CSafeLoader)
    yaml.load_all(data, Loader=yaml.SafeLoader)
    yaml.safe_load(data)
    yaml.full_load(data)
    json.load(data)


class StrictLoader(yaml.SafeLoader):
    pass


yaml.load("a: 1", Loader=StrictLoader)  # want "Loader derived from yaml.SafeLoader"
