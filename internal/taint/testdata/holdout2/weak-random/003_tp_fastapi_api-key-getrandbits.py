# weak-random (CWE-330) TRUE POSITIVE: API keys are built from getrandbits of a random.Random held in a dataclass factory [fastapi].
import random
from dataclasses import dataclass, field

from fastapi import FastAPI

app = FastAPI()


@dataclass
class KeyFactory:
    prefix: str = "sk_live_"
    rng: random.Random = field(default_factory=random.Random)

    def new_key(self) -> str:
        return self.prefix + format(self.rng.getrandbits(160), "040x")  # want "CWE-330"


factory = KeyFactory()


@app.post("/integrations/{integration_id}/keys")
def create_key(integration_id: int):
    return {"integration": integration_id, "key": factory.new_key()}
