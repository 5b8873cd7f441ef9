# sql (CWE-89) FALSE-POSITIVE TRAP: a retention period from sys.argv is parsed with int() and range-checked before it is formatted into a DELETE [cli].
import sqlite3
import sys

DB_PATH = "/var/lib/app/audit.db"


def purge(days: int) -> int:
    with sqlite3.connect(DB_PATH) as conn:
        cur = conn.execute(f"DELETE FROM audit_events WHERE created < datetime('now', '-{days} days')")
        return cur.rowcount


def main(argv: list[str]) -> int:
    try:
        days = int(argv[1])
    except (IndexError, ValueError):
        print("usage: purge_audit.py DAYS", file=sys.stderr)
        return 2
    if days < 30:
        print("refusing to purge less than 30 days", file=sys.stderr)
        return 1
    print(f"removed {purge(days)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
