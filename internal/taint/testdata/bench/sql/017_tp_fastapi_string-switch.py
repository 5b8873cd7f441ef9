# sql (CWE-89) TRUE POSITIVE: constant string indexing selects the branch with the request value [fastapi].
from fastapi import FastAPI, Request
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("sqlite:///app.db")


@app.get("/sql/string-switch/{username}")
def handle_sql(request: Request, username: str):
    guess = "ABC"
    switch = guess[2]
    if switch == "B":
        arg = "guest"
    else:
        arg = username
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    with engine.connect() as conn:
        result = conn.execute(text(query))  # want "CWE-89"
    return {"status": "ok"}
