import paramiko
from paramiko.client import *

c = paramiko.SSHClient()
c.set_missing_host_key_policy(AutoAddPolicy())  # want "AutoAddPolicy accepts"
