import os
import psycopg2

DEFAULT = "changeme"
DB_PASSWORD = "s3cr3t"

psycopg2.connect(host="db", user="app", password="s3cr3t")  # want "passed as \"password\" \\(value not shown\\)"
doLogin(password="blerg")  # want "password"
client(api_token="abc", client_secret="def")  # want "api_token" "client_secret"
client(apiToken="abc")  # want "apiToken"
client(passwd="a" + "b")  # want "passwd"
client(password=DEFAULT)  # want "password"
client(
    user="admin",
    password="hunter2",  # want "password"
)
dict(secret="x")  # want "secret"
client(token_type="bearer")  # want "token_type"
client(password="********")  # want "password"

# Not reported.
client(password=DB_PASSWORD)  # reported where DB_PASSWORD is assigned
client(password="")
client(password=None)
client(password=os.environ["PASSWORD"])
client(password=get_password())
client(user="admin", passenger="x", tokenizer="bert")
client(**{"password": "x"})
client("password", "hunter2")
