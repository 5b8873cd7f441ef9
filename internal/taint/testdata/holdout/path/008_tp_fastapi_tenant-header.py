# path (CWE-22) TRUE POSITIVE: a tenant header becomes a directory component of the settings file that is written [fastapi].
import json
from fastapi import FastAPI, Header

app = FastAPI()


@app.put("/settings")
def save_settings(settings: dict, x_tenant: str = Header(...)):
    location = f"/data/tenants/{x_tenant}/settings.json"
    with open(location, "w") as fh:  # want "CWE-22"
        json.dump(settings, fh)
    return {"saved": True}
