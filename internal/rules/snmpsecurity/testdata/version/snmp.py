from pysnmp import hlapi
from pysnmp.hlapi import CommunityData as CD
from pysnmp.hlapi.asyncio import CommunityData

V1 = 0

hlapi.CommunityData("public", mpModel=0)  # want "selects SNMPv1:"
CD("public", mpModel=1)  # want "selects SNMPv2c:"
CommunityData("public")  # want "SNMPv2c [(]mpModel defaults to 1[)]"
CommunityData("idx", "public", V1)  # want "selects SNMPv1:"
hlapi.UsmUserData("user", "authkey", "privkey")
