# PEP 701 (Python 3.12): replacement fields across lines, with comments,
# even in single-quoted f-strings.
x, y = 1, 2
total = f"{
    x  # the first operand
    + y  # the second one
}"
call = f'{max(
    x,
    y,  # trailing comment
)}'
spec = f"{x:>{
    10  # width
}}"
nested = f"result: {
    f"{x}" + f'{
        y
    }'
}"
lam = f"{(lambda v: v * 2)(x)}"
walrus = f"{(n := 10)}"
