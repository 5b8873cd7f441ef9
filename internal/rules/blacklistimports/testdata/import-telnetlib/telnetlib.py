import telnetlib  # want "import of telnetlib: Telnet"
import telnetlib as tl  # want "import of telnetlib"
from telnetlib import Telnet  # want "import of telnetlib.Telnet"
from . import telnetlib as local
import telnetlibx

__import__("telnetlib")  # want "import of telnetlib"
