from setuptools import setup

BASE = [
    "requests>=2.31",
    "click==8.1.7",
]
DOCS = ["sphinx"]

setup(
    name="demo",
    install_requires=BASE,
    extras_require={
        "docs": DOCS,
        "test": ["pytest>=8", "coverage[toml]"],
        "win:sys_platform == 'win32'": ["pywin32"],
        "lines": """
            six
            attrs>=23
        """,
    },
)
