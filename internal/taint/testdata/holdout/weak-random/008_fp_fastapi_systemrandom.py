# weak-random (CWE-330) FALSE-POSITIVE TRAP: the one-time code is drawn from random.SystemRandom, backed by os.urandom [fastapi].
import random
from fastapi import FastAPI

app = FastAPI()
sysrand = random.SystemRandom()
CODES = {}


@app.post("/otp")
def issue_otp(phone: str):
    code = "".join(str(sysrand.randrange(10)) for _ in range(6))
    CODES[phone] = code
    return {"sent": True}
