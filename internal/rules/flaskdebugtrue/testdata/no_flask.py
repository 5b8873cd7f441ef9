# Without Flask in the module, an unknown .run(debug=True) is not a Flask app.
import myframework

myframework.App().run(debug=True)


def run(debug):
    return debug


run(debug=True)
