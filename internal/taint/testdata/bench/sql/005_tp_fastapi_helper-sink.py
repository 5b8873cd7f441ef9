# sql (CWE-89) TRUE POSITIVE: the dangerous call sits in a helper that receives the request value [fastapi].
from fastapi import FastAPI, Request
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("sqlite:///app.db")


def run_sink(query):
    with engine.connect() as conn:
        result = conn.execute(text(query))  # want "CWE-89"


@app.get("/sql/helper-sink")
def handle_sql(request: Request, username: str = ""):
    arg = username
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    run_sink(query)
    return {"status": "ok"}
