# sql (CWE-89) TRUE POSITIVE: an email query parameter formatted into SQLAlchemy text() [fastapi].
from fastapi import Depends, FastAPI
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session, sessionmaker

engine = create_engine("postgresql://app@db/app")
SessionLocal = sessionmaker(bind=engine)
app = FastAPI()


def get_session():
    with SessionLocal() as session:
        yield session


@app.get("/users/lookup")
def lookup(email: str, db: Session = Depends(get_session)):
    row = db.execute(text(f"SELECT id, name FROM users WHERE email = '{email}'")).first()  # want "CWE-89"
    return {"user": dict(row._mapping) if row else None}
