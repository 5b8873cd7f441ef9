# sql (CWE-89) FALSE-POSITIVE TRAP: a MethodView binds request.values fields as psycopg2 parameters [flask].
import psycopg2
from flask import Flask, request
from flask.views import MethodView

app = Flask(__name__)


class NoteAPI(MethodView):
    def __init__(self):
        self.conn = psycopg2.connect("dbname=notes")

    def post(self):
        title = request.values.get("title", "")
        body = request.values.get("body", "")
        with self.conn.cursor() as cur:
            cur.execute("INSERT INTO notes (title, body) VALUES (%s, %s) RETURNING id", (title, body))
            new_id = cur.fetchone()[0]
        self.conn.commit()
        return {"id": new_id}, 201


app.add_url_rule("/notes", view_func=NoteAPI.as_view("notes"))
