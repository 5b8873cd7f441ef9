# deserialization (CWE-502) FALSE-POSITIVE TRAP: the pickle comes from a fixed model file; the request only supplies numbers [aiohttp].
import pickle
from aiohttp import web

MODEL_PATH = "/srv/models/churn.pkl"

with open(MODEL_PATH, "rb") as fh:
    MODEL = pickle.load(fh)


async def predict(request):
    body = await request.json()
    features = [float(x) for x in body.get("features", [])]
    return web.json_response({"score": float(MODEL.predict([features])[0])})


app = web.Application()
app.router.add_post("/predict", predict)
