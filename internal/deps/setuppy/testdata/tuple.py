if __name__ == "__main__":
    setup(install_requires=("a>=1", 'b ; os_name == "nt"', D), extras_require=EXTRAS)
EXTRAS = {"e": ("c",)}
D = "d==2"
