import paramiko
from paramiko import SSHClient
from paramiko.client import SSHClient as Client


def remote(host, user_cmd):
    client = paramiko.SSHClient()
    client.connect(host)
    client.exec_command(user_cmd)  # want "built at run time"
    client.exec_command("uptime")  # want "constant command"
    stdin, stdout, stderr = client.exec_command(f"ls {user_cmd}")  # want "built at run time"


def from_import(cmd):
    c = SSHClient()
    c.exec_command(command=cmd)  # want "built at run time"
    Client().exec_command(cmd)  # want "built at run time"
    run = c.exec_command
    run(cmd)  # want "built at run time"


def unknown_receiver(conn, cmd):
    # Like Bandit: the file imports paramiko, so conn may be a client.
    conn.exec_command(cmd)  # want "built at run time"
    execute = conn.exec_command
    execute(cmd)  # want "built at run time"


async def async_remote(cmd):
    await other(paramiko.SSHClient().exec_command(cmd))  # want "built at run time"


with paramiko.SSHClient() as ssh:
    ssh.exec_command(input())  # want "built at run time"

CMD = "hostname"
paramiko.SSHClient().exec_command(CMD)  # want "constant command"
paramiko.SSHClient().invoke_shell()
paramiko.SSHClient().exec_commands(CMD)
