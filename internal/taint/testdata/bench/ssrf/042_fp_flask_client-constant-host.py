# ssrf (CWE-918) FALSE-POSITIVE TRAP: the client's method only calls its fixed base URL [flask].
import requests
from flask import Flask, request

app = Flask(__name__)


class Weather:
    def __init__(self):
        self.base = "https://api.weather.example/today"

    def today(self, city):
        print("weather for", city)
        return requests.get(self.base, timeout=5).json()


@app.route("/ssrf/method-constant")
def weather():
    return Weather().today(request.args.get("city", ""))
