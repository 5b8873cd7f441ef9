# regex (CWE-730) TRUE POSITIVE: a form-validation rule's pattern from the request body is applied with re.fullmatch in a dict comprehension [fastapi].
import re

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Rule(BaseModel):
    field: str
    pattern: str
    samples: list[str]


@app.post("/forms/rules/test")
def test_rule(rule: Rule):
    results = {s: re.fullmatch(rule.pattern, s) is not None for s in rule.samples[:20]}  # want "CWE-730"
    return {"field": rule.field, "results": results}
