import ftplib  # want "import of ftplib: FTP"
from ftplib import FTP, FTP_TLS  # want "import of ftplib.FTP, ftplib.FTP_TLS"
import importlib

importlib.import_module("ftplib")  # want "import of ftplib"
importlib.import_module(".ftplib", package="mypkg")
