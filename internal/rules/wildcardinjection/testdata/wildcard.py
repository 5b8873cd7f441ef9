import os
import subprocess as subp
from subprocess import Popen

BACKUP = "tar czf /backups/site.tgz *"


def handler(user, d):
    os.system("/bin/chown root: *")  # want "runs chown on a [*] wildcard"
    os.system("chmod +w *.txt")  # want "runs chmod"
    os.popen("cd " + d + " && tar cf - *")  # want "runs tar"
    os.system(BACKUP)  # want "runs tar"
    subp.Popen("/usr/local/bin/rsync * no_injection_here:", shell=True)  # want "runs rsync"
    Popen(args="chmod 644 *", shell=True)  # want "runs chmod"
    subp.call(["/usr/local/bin/rsync", "*", "some_where:"], shell=True)  # want "runs rsync"
    subp.check_output(f"sudo chown {user} *", shell=True)  # want "runs chown"
    # Without a shell nothing expands the wildcard.
    subp.Popen(["chmod", "+w", "*"])
    subp.Popen("chmod +w *", shell=False)
    # No wildcard, or none of the four commands.
    os.system("chown root: file.txt")
    os.system("rm -rf " + d + "/*")
    os.system("ls *")
    # "tar" inside another word is not the tar command (Bandit reports these).
    os.system("cat /var/log/start*")
    os.system("ls /srv/tarballs/*")
