from lxml import etree
from flask import request


def find():
    tree = etree.parse("users.xml")
    name = request.args["name"]
    tree.xpath("//user[@name='" + name + "']")  # want "request.args flows to lxml.etree.parse\\(\\).xpath: XPath injection"
    tree.xpath("//user[@name=$name]", name=name)
    tree.xpath("//user")
