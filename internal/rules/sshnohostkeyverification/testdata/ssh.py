import paramiko
from paramiko import client
from paramiko.client import AutoAddPolicy as Trusting, RejectPolicy

ssh_client = client.SSHClient()
ssh_client.set_missing_host_key_policy(client.AutoAddPolicy)  # want "AutoAddPolicy accepts unknown host keys"
ssh_client.set_missing_host_key_policy(client.WarningPolicy)  # want "WarningPolicy accepts unknown host keys"
ssh_client.set_missing_host_key_policy(client.AutoAddPolicy())  # want "AutoAddPolicy accepts"
ssh_client.set_missing_host_key_policy(policy=Trusting())  # want "AutoAddPolicy accepts"
ssh_client.set_missing_host_key_policy(paramiko.MissingHostKeyPolicy())  # want "MissingHostKeyPolicy accepts"
ssh_client.set_missing_host_key_policy(client.RejectPolicy)
ssh_client.set_missing_host_key_policy(RejectPolicy())


class Lenient(paramiko.AutoAddPolicy):
    pass


class Pinned(paramiko.MissingHostKeyPolicy):
    def missing_host_key(self, client, hostname, key):
        raise paramiko.SSHException("unknown host " + hostname)


class Connector:
    def __init__(self):
        self.ssh = paramiko.SSHClient()

    def connect(self, host):
        self.ssh.set_missing_host_key_policy(Lenient())  # want "paramiko.AutoAddPolicy accepts"
        self.ssh.set_missing_host_key_policy(Pinned())
        self.ssh.connect(host)
