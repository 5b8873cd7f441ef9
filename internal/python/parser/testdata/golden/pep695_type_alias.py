# PEP 695 (Python 3.12): the type statement and generic type aliases.
type Point = tuple[float, float]
type ListOrSet[T] = list[T] | set[T]
type X[T] = list[T]
type Bounded[T: int] = dict[str, T]
type Constrained[T: (int, str)] = T
type Variadic[*Ts] = tuple[*Ts]
type Callback[**P, R] = Callable[P, R]
type Nested[T] = list[Nested[T]] | T

# "type" is a soft keyword: still a name everywhere else.
type = 1
type.bit_length()
print(type)
match type:
    case _:
        pass
