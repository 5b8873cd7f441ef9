# PEP 701 (Python 3.12): f-strings in the formal grammar.
songs = ["Take me back to Eden", "Alkaline", "Ascensionism"]

# The same quotes nested inside a replacement field.
a = f"This is the playlist: {", ".join(songs)}"
b = f"{f"{f"{f"{f"{f"{1+1}"}"}"}"}"}"
c = f'{'single'} and {"double"}'
d = f"""{"""triple""" + f'''{"x"}'''}"""

# Backslashes and escapes inside replacement fields.
e = f"{'\n'.join(songs)}"
g = f"{'\t'.join(songs)!r:>{40}}"
h = f"{"\N{BULLET}".join(songs)}"
i = rf"\d+{'\\'.join(songs)}\s*"

# Format specs with nested fields, conversions and the = specifier.
width, precision, value = 10, 4, 12.34567
j = f"{value:{width}.{precision}}"
k = f"{value=}, {value = !r:^20}, {songs[0]!s:{'>'}{width}}"
l = f"{{literal braces}} {value:{'{'}>10}"
