# No paramiko here: an exec_command method of something else is not
# reported (Bandit does not either).


def run(conn, cmd):
    conn.exec_command(cmd)


def exec_command(cmd):
    return cmd


exec_command("rm -rf /")
