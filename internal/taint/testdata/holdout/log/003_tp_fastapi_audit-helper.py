# log (CWE-117) TRUE POSITIVE: an audit helper logs the detail string a route builds from a query parameter [fastapi].
import logging
from fastapi import FastAPI

app = FastAPI()
audit_log = logging.getLogger("audit")


def audit(event, detail):
    audit_log.info("event=%s detail=%s" % (event, detail))  # want "CWE-117"


@app.delete("/files")
def delete_file(name: str):
    audit("file.delete", "name=" + name)
    return {"deleted": name}
