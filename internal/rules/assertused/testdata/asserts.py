def delete_user(request, user_id):
    assert request.user.is_admin, "admins only"  # want "removed when Python runs with -O"
    assert user_id  # want "assert is removed"


async def handler(x):
    assert isinstance(x, int)  # want "assert is removed"


# Not asserts: a function named assert_ and a call of unittest's helpers.
def assert_(cond):
    if not cond:
        raise ValueError("bad")


assert_(1 == 1)
self_check = lambda c: c
