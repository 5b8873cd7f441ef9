class CommunityData:  # not pysnmp's
    def __init__(self, name, mpModel=3):
        self.name = name


CommunityData("x", mpModel=0)
