# sql (CWE-89) FALSE-POSITIVE TRAP: the request value goes through a service and a repository that binds it as a parameter [fastapi].
import sqlite3
from fastapi import FastAPI

app = FastAPI()


class CustomerRepo:
    def __init__(self, path):
        self.conn = sqlite3.connect(path, check_same_thread=False)

    def search(self, city, limit):
        sql = "SELECT id, name FROM customers WHERE city = ? LIMIT ?"
        return self.conn.execute(sql, (city, limit)).fetchall()


class CustomerService:
    def __init__(self, repo):
        self.repo = repo

    def in_city(self, city):
        return self.repo.search(city.title(), 100)


service = CustomerService(CustomerRepo("crm.db"))


@app.get("/customers")
def customers(city: str):
    return {"customers": service.in_city(city)}
