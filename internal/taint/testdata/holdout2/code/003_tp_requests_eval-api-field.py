# code (CWE-95) TRUE POSITIVE: a field of a third-party API response is parsed with eval() instead of float() [requests].
import requests

RATES_URL = "https://rates.partner-exchange.example/v1/latest"


def fetch_rate(base: str, quote: str) -> float:
    resp = requests.get(RATES_URL, params={"base": base, "symbols": quote}, timeout=10)
    resp.raise_for_status()
    raw = resp.json()["rates"][quote]
    return float(eval(str(raw)))  # want "CWE-95"


def convert(amount: float, base: str = "EUR", quote: str = "USD") -> float:
    return round(amount * fetch_rate(base, quote), 2)


if __name__ == "__main__":
    print(convert(100.0))
