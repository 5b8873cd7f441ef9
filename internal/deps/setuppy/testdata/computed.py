import setuptools

with open("requirements.txt") as f:
    REQS = f.read().splitlines()

EXTRA = ["a"]
EXTRA += ["b"]
kwargs = {}

setuptools.setup(
    name="demo",
    install_requires=REQS,
    extras_require={"x": EXTRA, "y": ["ok", compute()], **more},
    **kwargs,
)
