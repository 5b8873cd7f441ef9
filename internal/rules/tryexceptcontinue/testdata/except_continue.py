import builtins


def f(items):
    for item in items:
        try:
            item()
        except:  # want "a bare except that only continues the loop"
            continue

    for item in items:
        try:
            item()
        except Exception:  # want "except Exception that only continues"
            continue

    while items:
        try:
            items.pop()()
        except BaseException as e:  # want "except BaseException"
            continue

    for item in items:
        try:
            item()
        except (OSError, builtins.Exception):  # want "an except clause"
            pass
            continue

    for item in items:
        try:
            item()
        except* Exception:  # want "only continues"
            continue


async def g(items):
    async for item in items:
        try:
            await item()
        except Exception:  # want "only continues"
            continue


def safe(items, log):
    for item in items:
        try:
            item()
        except ValueError:
            continue
        try:
            item()
        except Exception:
            log.exception("failed")
            continue
        try:
            item()
        except Exception:
            break
        try:
            item()
        except Exception:
            pass  # try-except-pass, another rule
