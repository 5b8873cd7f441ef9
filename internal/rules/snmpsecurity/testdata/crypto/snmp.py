from pysnmp.hlapi import UsmUserData, usmNoPrivProtocol
from pysnmp.hlapi import usmAesCfb128Protocol, usmHMACSHAAuthProtocol
import pysnmp.hlapi as hl


def creds(auth, priv, **kw):
    UsmUserData("securityName")  # want "noAuthNoPriv"
    UsmUserData("securityName", "authName")  # want "authNoPriv"
    UsmUserData("securityName", "authName", "privName")
    UsmUserData("securityName", authKey=auth, privKey=priv)
    UsmUserData("securityName", authKey=auth)  # want "authNoPriv"
    UsmUserData("securityName", None, priv)  # want "noAuthNoPriv"
    hl.UsmUserData("u", auth, priv, privProtocol=usmNoPrivProtocol)  # want "authNoPriv"
    hl.UsmUserData("u", auth, priv, authProtocol=hl.usmNoAuthProtocol)  # want "noAuthNoPriv"
    UsmUserData("u", auth, priv, authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol)
    UsmUserData("u", **kw)  # want "unless [*]args or [*][*]kwargs"
