# command (CWE-78) FALSE-POSITIVE TRAP: the job id is a UUID-typed path parameter, validated by FastAPI before it reaches the shell [fastapi].
import subprocess
from uuid import UUID
from fastapi import FastAPI

app = FastAPI()


@app.delete("/jobs/{job_id}")
def delete_job(job_id: UUID):
    subprocess.run(f"rm -rf /var/lib/jobs/{job_id}", shell=True, check=True)
    return {"deleted": str(job_id)}
