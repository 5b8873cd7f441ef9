W = 'want "CWE-330"'
CASES = [
(True, "flask_session-token", "random.choice builds a session token", '''from flask import Flask, make_response
import random
import string

app = Flask(__name__)
ALPHABET = string.ascii_letters + string.digits

@app.route("/login", methods=["POST"])
def login():
    response = make_response("welcome")
    token = "".join(random.choice(ALPHABET) for _ in range(32))  # WANT
    response.set_cookie("session_id", token, secure=True, httponly=True)
    return response
'''),
(True, "django_reset-token", "random.getrandbits makes a password-reset token", '''import random
from django.core.mail import send_mail
from django.http import HttpResponse

def request_password_reset(request):
    email = request.POST.get("email", "")
    reset_token = "%032x" % random.getrandbits(128)  # WANT
    request.session["reset_token"] = reset_token
    send_mail("Reset your password", "Your code: " + reset_token, "noreply@example.com", [email])
    return HttpResponse("check your inbox")
'''),
(True, "fastapi_api-key", "random.randint digits used as an API key", '''import random
from fastapi import FastAPI

app = FastAPI()
API_KEYS = {}

@app.post("/api-keys/{user_id}")
def create_api_key(user_id: int):
    api_key = "".join(str(random.randint(0, 9)) for _ in range(24))  # WANT
    API_KEYS[user_id] = api_key
    return {"api_key": api_key}
'''),
(True, "flask_otp-code", "random.randrange produces a one-time login code", '''import random
from flask import Flask, request, session

app = Flask(__name__)

@app.route("/otp", methods=["POST"])
def send_otp():
    phone = request.form.get("phone", "")
    otp_code = str(random.randrange(100000, 1000000))  # WANT
    session["otp_code"] = otp_code
    return {"sent_to": phone[-4:]}
'''),
(True, "django_temp-password", "random.sample builds a temporary password", '''import random
import string
from django.contrib.auth.models import User
from django.http import JsonResponse

def reset_to_temporary_password(request, user_id):
    user = User.objects.get(pk=user_id)
    password = "".join(random.sample(string.ascii_letters + string.digits, 12))  # WANT
    user.set_password(password)
    user.save()
    return JsonResponse({"temporary_password": password})
'''),
(True, "fastapi_csrf-token", "random.random feeds a CSRF token", '''import random
from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/csrf")
def csrf_token():
    csrf = str(random.random())[2:]  # WANT
    response = JSONResponse({"csrf": csrf})
    response.set_cookie("csrftoken", csrf, secure=True)
    return response
'''),
(True, "flask_seeded-generator", "a random.Random instance seeded with the time makes a session id", '''import random
import time
from flask import Flask, session

app = Flask(__name__)
rng = random.Random(time.time())

@app.route("/start")
def start_session():
    session_id = "%016x" % rng.getrandbits(64)  # WANT
    session["sid"] = session_id
    return "started"
'''),
(True, "django_invite-code-helper", "a helper returns random.choices output used as an invitation secret", '''import random
import string
from django.http import JsonResponse

def make_code(length):
    return "".join(random.choices(string.ascii_uppercase + string.digits, k=length))  # WANT

def create_invite(request):
    invite_secret = make_code(16)
    request.session["invite_secret"] = invite_secret
    return JsonResponse({"invite": invite_secret})
'''),
(True, "fastapi_uuid-from-random", "uuid built from random.getrandbits used as an auth token", '''import random
import uuid
from fastapi import FastAPI

app = FastAPI()
TOKENS = set()

@app.post("/auth/token")
def issue_token():
    auth_token = str(uuid.UUID(int=random.getrandbits(128)))  # WANT
    TOKENS.add(auth_token)
    return {"token": auth_token}
'''),
(True, "flask_salt", "random.randint used as a password salt", '''import hashlib
import random
from flask import Flask, request

app = Flask(__name__)

@app.route("/register", methods=["POST"])
def register():
    password = request.form["password"]
    salt = str(random.randint(0, 2**32))  # WANT
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), 600_000)
    return {"salt": salt, "hash": digest.hex()}
'''),
(False, "flask_secrets-token", "secrets.token_urlsafe makes the session token", '''import secrets
from flask import Flask, make_response

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    response = make_response("welcome")
    token = secrets.token_urlsafe(32)
    response.set_cookie("session_id", token, secure=True, httponly=True)
    return response
'''),
(False, "django_shuffle-quiz", "random.shuffle orders quiz questions, nothing secret", '''import random
from django.http import JsonResponse

QUESTIONS = ["capital of France?", "2 + 2?", "largest planet?", "boiling point of water?"]

def quiz(request):
    questions = list(QUESTIONS)
    random.shuffle(questions)
    return JsonResponse({"questions": questions})
'''),
(False, "fastapi_system-random", "random.SystemRandom draws from the OS generator", '''import random
import string
from fastapi import FastAPI

app = FastAPI()
secure_rng = random.SystemRandom()

@app.post("/api-keys/{user_id}")
def create_api_key(user_id: int):
    api_key = "".join(secure_rng.choice(string.ascii_letters) for _ in range(32))
    return {"user": user_id, "api_key": api_key}
'''),
(False, "flask_retry-jitter", "random.uniform adds jitter to a retry delay", '''import random
import time
import requests
from flask import Flask

app = Flask(__name__)

@app.route("/refresh")
def refresh_cache():
    for attempt in range(3):
        delay = 0.5 * (2 ** attempt) + random.uniform(0, 0.1)
        time.sleep(delay)
    resp = requests.get("https://inventory.example.com/api/health", timeout=5)
    return {"status": resp.status_code}
'''),
(False, "django_ab-test", "random.random picks an A/B test colour", '''import random
from django.shortcuts import render
from django.views.decorators.http import require_GET

BUTTON_COLOURS = ("blue", "green")


@require_GET
def landing(request):
    variant = BUTTON_COLOURS[0] if random.random() < 0.5 else BUTTON_COLOURS[1]
    return render(request, "landing.html", {"button_colour": variant})
'''),
(False, "fastapi_sample-logs", "random.sample picks log lines to display", '''import random
from fastapi import FastAPI

app = FastAPI()
RECENT = ["GET /", "GET /health", "POST /login", "GET /static/app.js", "GET /about"]

@app.get("/logs/sample")
def sample_logs():
    lines = random.sample(RECENT, 3)
    return {"lines": lines}
'''),
(False, "flask_token-hex", "secrets.token_hex makes a password-reset token", '''import secrets
from flask import Flask, request, session

app = Flask(__name__)

@app.route("/reset", methods=["POST"])
def request_reset():
    email = request.form.get("email", "")
    reset_token = secrets.token_hex(16)
    session["reset_token"] = reset_token
    return {"sent_to": email}
'''),
(False, "django_dice-game", "random.randint rolls dice for a game", '''import random
from django.http import JsonResponse
from django.views.decorators.http import require_GET


@require_GET
def roll_dice(request):
    sides = 6
    rolls = [random.randint(1, sides) for _ in range(2)]
    return JsonResponse({"rolls": rolls, "total": sum(rolls)})
'''),
(False, "fastapi_dead-branch", "the random branch is ruled out by constant arithmetic", '''import random
import secrets
from fastapi import FastAPI

app = FastAPI()

@app.post("/auth/token")
def issue_token():
    num = 106
    if 7 * 18 + num > 200:
        auth_token = secrets.token_hex(16)
    else:
        auth_token = "%032x" % random.getrandbits(128)
    return {"token": auth_token}
'''),
(False, "flask_os-urandom", "os.urandom seeds the CSRF token", '''import os
from flask import Flask, session

app = Flask(__name__)

@app.route("/form")
def show_form():
    csrf = os.urandom(16).hex()
    session["csrf"] = csrf
    return {"csrf": csrf}
'''),
]
