import json


def load(path):
    return path


load("model.pth")
json.load(open("x.json"))
