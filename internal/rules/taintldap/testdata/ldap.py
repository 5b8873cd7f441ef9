import ldap
from ldap.filter import escape_filter_chars
from flask import request


def lookup():
    conn = ldap.initialize("ldap://ldap.example.com")
    user = request.args["user"]
    conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + user + ")")  # want "request.args flows to ldap.initialize\\(\\).search_s: LDAP injection"
    conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + escape_filter_chars(user) + ")")
    conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=admin)")
