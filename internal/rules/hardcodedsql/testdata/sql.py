import sqlite3

TABLE = "users"
BASE = "SELECT * FROM "


def queries(cur, identifier, name, table, col, order):
    query = "SELECT * FROM foo WHERE id = '%s'" % identifier  # want "%-formatting"
    query = "INSERT INTO foo VALUES ('a', 'b', '%s')" % identifier  # want "%-formatting"
    query = "DELETE FROM foo WHERE id = '%s'" % identifier  # want "%-formatting"
    query = "UPDATE foo SET value = 'b' WHERE id = '%s'" % identifier  # want "%-formatting"
    tmpl = """WITH cte AS (SELECT x FROM foo)
SELECT x FROM cte WHERE id = '%s'"""
    q2 = tmpl % identifier  # want "%-formatting"
    query = "SELECT * FROM foo WHERE id = '" + identifier + "'"  # want "string concatenation"
    query = "SELECT * FROM foo WHERE id = '{}'".format(identifier)  # want "str.format"
    query = f"SELECT * FROM foo WHERE id = {identifier}"  # want "an f-string"
    query = f"SELECT {col} FROM {table}"  # want "an f-string"
    query = "SELECT * FROM " + table  # want "string concatenation"
    query = BASE + table  # want "string concatenation"
    query = "SELECT * FROM" + table  # want "string concatenation"
    query = "DELETE" + table + " FROM foo"  # want "string concatenation"
    query = "SELECT a FROM t WHERE n = '$n'".replace("$n", name)  # want "str.replace"
    query = "SELECT * FROM foo ORDER BY %(o)s" % {"o": order}  # want "%-formatting"
    query = "SELECT %s FROM %s" % (col, table)  # want "%-formatting"

    cur.execute("SELECT * FROM foo WHERE id = '%s'" % identifier)  # want "run directly"
    cur.executemany(f"INSERT INTO foo VALUES ({name}, 1) ", [])  # want "run directly"
    cur.execute(sql="SELECT * FROM foo WHERE id = " + identifier)  # want "run directly"
    cur.execute("SELECT a FROM t WHERE n = '$n'".replace("$n", name))  # want "str.replace"

    # Constant statements cannot be injected into.
    query = "SELECT * FROM " + TABLE
    query = "SELECT * FROM foo WHERE id = '%s'" % "42"
    query = "SELECT * FROM foo WHERE " + "id = 1"
    query = f"SELECT * FROM {TABLE}"
    query = "SELECT * FROM {}".format(TABLE)
    query = ("SELECT a, b, c "
             "FROM foo "
             "WHERE id = ?")
    cur.execute(query, (identifier,))
    cur.execute("SELECT * FROM foo WHERE id = %s", (identifier,))
    # Not SQL.
    msg = "Please select a file and press OK " + name
    msg = "Delete %s?" % name
    total = 3 + identifier
    mod = identifier % 7
    return query, msg, total, mod, q2


def in_concatenation(identifier, where):
    return "SELECT * FROM foo WHERE " + where + " AND id = {}".format(identifier)  # want "string concatenation"
