# PEP 695: a type parameter list cannot be empty; CPython 3.12 rejects this
# in the parser ("Type parameter list cannot be empty"). Note that a
# parameter without a default after one with a default (class C[T=int, U])
# is rejected by CPython's compiler, not its parser, so ast.parse accepts it.
type Empty[] = int
