from requests import *

get("https://example.com", verify=False)  # want "get[(]..., verify=False[)]"
