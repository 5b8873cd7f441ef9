try:
    import yaml
except ImportError:
    yaml = None

config = yaml.load(open("c.yml"))  # want "yaml.load without a Loader"
safe = yaml.load(open("c.yml"), Loader=yaml.SafeLoader)
