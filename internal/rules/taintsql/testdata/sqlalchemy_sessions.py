from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session, sessionmaker

app = Flask(__name__)
db = SQLAlchemy(app)
engine = create_engine("sqlite://")
Maker = sessionmaker(bind=engine)


@app.route("/a")
def a():
    name = request.args["name"]
    db.session.execute("select * from t where n = '" + name + "'")  # want "request.args flows to execute"
    with Session(engine) as s:
        s.execute("select '" + name + "'")  # want "request.args flows to execute"
    s2 = Maker()
    s2.execute("select '" + name + "'")  # want "request.args flows to execute"
    s2.execute(text("select :n"), {"n": name})
    db.session.execute(text("select * from t where n = :n"), {"n": name})
    return "ok"
