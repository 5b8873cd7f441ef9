# PEP 696 (Python 3.13): defaults for type parameters.
class C[T = int]: ...


class D[T, U: str = str, *Ts = *tuple[int, ...], **P = [int, str]]:
    pass


def g[T = str, **P = ...](x: T) -> T:
    return x


type Alias[T = int] = list[T]
type WithBound[T: (int, float) = float] = T
