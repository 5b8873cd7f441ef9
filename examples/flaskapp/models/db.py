"""SQLite storage for inventory items."""
import sqlite3

DATABASE = "inventory.db"


def get_db():
    conn = sqlite3.connect(DATABASE)
    conn.row_factory = sqlite3.Row
    return conn


def find_items_by_owner(conn, owner):
    if owner:
        query = f"SELECT id, name, owner, qty FROM items WHERE owner = '{owner}' ORDER BY name"
    else:
        query = "SELECT id, name, owner, qty FROM items ORDER BY name"
    return [dict(row) for row in conn.execute(query).fetchall()]


def add_item(conn, name, owner, qty):
    conn.execute(
        "INSERT INTO items (name, owner, qty) VALUES (?, ?, ?)",
        (name, owner, qty),
    )
    conn.commit()


def delete_item(conn, item_id):
    conn.execute(f"DELETE FROM items WHERE id = {item_id}")
    conn.commit()
