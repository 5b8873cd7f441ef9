# command (CWE-78) TRUE POSITIVE: a CI release script interpolates the branch name from the environment into os.system [cli].
import os
import sys


def tag_release(version: str) -> None:
    branch = os.environ.get("CI_COMMIT_BRANCH", "main")
    if not branch.startswith("release/"):
        sys.exit("not a release branch")
    status = os.system(f"git tag -a v{version} -m 'Release from {branch}' && git push origin v{version}")  # want "CWE-78"
    sys.exit(status >> 8)


if __name__ == "__main__":
    tag_release(sys.argv[1] if len(sys.argv) > 1 else "0.0.0")
