import ftplib
from ftplib import FTP_TLS


def upload(host, user, password, f):
    ftp = ftplib.FTP(host)  # want "ftplib.FTP uses FTP"
    ftp.login(user, password)
    ftp.storbinary("STOR x", f)
    with FTP_TLS(host) as tls:  # want "ftplib.FTP_TLS"
        tls.login(user, password)
        tls.prot_p()
