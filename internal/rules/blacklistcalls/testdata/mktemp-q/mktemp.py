import tempfile
from tempfile import mktemp as mk

tempfile.mktemp()  # want "tempfile.mktemp returns the name of a temporary file"
mk("foo.txt")  # want "tempfile.mktemp"
tempfile.mkstemp()
tempfile.NamedTemporaryFile()
tempfile.mkdtemp()
