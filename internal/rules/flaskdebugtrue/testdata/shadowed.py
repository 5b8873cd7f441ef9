from flask import Flask


class Flask:  # a local class shadows flask.Flask
    def run(self, debug=False):
        return debug


app = Flask()
app.run(debug=True)

from flask import Flask as F


class MyApp(F):
    pass


my = MyApp(__name__)
my.run(debug=True)  # want "Flask app run with debug=True"
