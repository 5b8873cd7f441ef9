from pysnmp.hlapi import *

CommunityData("public", mpModel=0)  # want "selects SNMPv1"
