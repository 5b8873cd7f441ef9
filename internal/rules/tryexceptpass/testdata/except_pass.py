import builtins


def f(g):
    try:
        g()
    except:  # want "a bare except that does nothing"
        pass

    try:
        g()
    except Exception:  # want "except Exception that does nothing"
        pass

    try:
        g()
    except Exception as e:  # want "except Exception"
        pass

    try:
        g()
    except BaseException:  # want "except BaseException"
        pass

    try:
        g()
    except (ValueError, Exception):  # want "an except clause"
        pass

    try:
        g()
    except builtins.Exception:  # want "except Exception"
        pass

    try:
        g()
    except Exception:  # want "does nothing"
        ...

    try:
        g()
    except ValueError:
        pass
    except Exception:  # want "does nothing"
        "ignored on purpose"
        pass

    try:
        g()
    except* Exception:  # want "does nothing"
        pass


async def h(g):
    try:
        await g()
    except Exception:  # want "does nothing"
        pass


def safe(g, log):
    try:
        g()
    except ValueError:
        pass
    try:
        g()
    except (KeyError, IndexError):
        pass
    try:
        g()
    except Exception:
        log.exception("g failed")
    try:
        g()
    except Exception:
        raise
    for x in g():
        try:
            x()
        except Exception:
            continue  # try-except-continue, another rule
