from setuptools import setup
setup(name="cleanpkg", version="0.1.0", packages=["cleanpkg"])
