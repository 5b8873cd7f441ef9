# PEP 695 (Python 3.12): type parameters on functions and classes.
def f[T: int, *Ts, **P](x: T) -> T: ...


def first[T](items: list[T]) -> T:
    return items[0]


async def fetch[K, V: (str, bytes)](key: K) -> V:
    return await lookup(key)


@decorator
def decorated[T](x: T, /, *args: *Ts, **kwargs: P.kwargs) -> None:
    pass


class Box[T]:
    def get[S](self, default: S) -> T | S: ...


class Pair[K, V](Base[K], Mapping[K, V], metaclass=Meta):
    pass


class Empty[T,]: ...
