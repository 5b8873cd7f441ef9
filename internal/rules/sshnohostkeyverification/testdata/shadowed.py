class AutoAddPolicy:  # not paramiko's
    pass


def set_policy(c):
    c.set_missing_host_key_policy(AutoAddPolicy())
