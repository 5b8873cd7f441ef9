"""Helpers: reports and admin authentication."""
import hashlib
import os
import tempfile

ADMIN_PASSWORD_MD5 = "5f4dcc3b5aa765d61d8327deb882cf99"


def check_password(candidate):
    return hashlib.md5(candidate.encode()).hexdigest() == ADMIN_PASSWORD_MD5


def render_report(title, items):
    path = tempfile.mktemp(suffix=".html", prefix="report-")
    rows = "".join(
        f"<tr><td>{item['name']}</td><td>{item['owner']}</td><td>{item['qty']}</td></tr>"
        for item in items
    )
    with open(path, "w", encoding="utf-8") as out:
        out.write(f"<html><body><h1>{title}</h1><table>{rows}</table></body></html>")
    os.chmod(path, 0o644)
    return path
