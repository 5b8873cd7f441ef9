from pysnmp.hlapi import *

UsmUserData("securityName")  # want "noAuthNoPriv"
