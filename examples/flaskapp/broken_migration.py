"""Migration 0002: add the owner column to the items table.

This file is broken on purpose: the def below lacks its colon, so that
`krait scan` has a finding to show today. Fix it by adding the colon.
"""
import sqlite3


def upgrade(conn)
    conn.execute("ALTER TABLE items ADD COLUMN owner TEXT NOT NULL DEFAULT ''")
    conn.commit()


if __name__ == "__main__":
    upgrade(sqlite3.connect("inventory.db"))
