def upgrade(conn)
    conn.execute("ALTER TABLE t ADD COLUMN c")
