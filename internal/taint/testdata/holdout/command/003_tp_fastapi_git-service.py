# command (CWE-78) TRUE POSITIVE: a branch name query parameter is joined into a git command line that a service object runs with shell=True [fastapi].
import subprocess
from fastapi import FastAPI

app = FastAPI()


class GitService:
    def __init__(self, repo):
        self.repo = repo

    def log(self, branch, limit=20):
        parts = ["git", "-C", self.repo, "log", "--oneline", "-n", str(limit), branch]
        return subprocess.check_output(" ".join(parts), shell=True, text=True)  # want "CWE-78"


git = GitService("/srv/repos/site")


@app.get("/history")
def history(branch: str = "main"):
    return {"lines": git.log(branch).splitlines()}
