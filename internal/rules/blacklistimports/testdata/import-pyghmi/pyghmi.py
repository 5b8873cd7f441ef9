import pyghmi  # want "import of pyghmi: IPMI"
from pyghmi.ipmi import command  # want "import of pyghmi.ipmi.command"
import pyghmi.ipmi.command as cmd  # want "import of pyghmi.ipmi.command"
