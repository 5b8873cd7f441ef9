import os

import werkzeug
from flask import Flask
from werkzeug.debug import DebuggedApplication
from werkzeug.debug import DebuggedApplication as DA
from werkzeug.serving import run_simple
from werkzeug import serving

app = Flask(__name__)
ON = True

run_simple("0.0.0.0", 5000, app, use_debugger=True)  # want "run_simple\\(use_debugger=True\\) serves the Werkzeug debugger's interactive console"
run_simple("0.0.0.0", 5000, app, True, True)  # want "interactive console"
serving.run_simple("0.0.0.0", 5000, app, use_debugger=ON, use_evalex=False)  # want "serves the Werkzeug debugger, which shows tracebacks with source code to clients$"
werkzeug.run_simple("localhost", 5000, app, use_debugger=1)  # want "interactive console"
run_simple("0.0.0.0", 5000, app, use_debugger=True, use_evalex=os.environ.get("X") == "1")  # want "may offer an interactive Python console"
run_simple("0.0.0.0", 5000, app)
run_simple("0.0.0.0", 5000, app, use_debugger=False)
run_simple("0.0.0.0", 5000, app, use_reloader=True, use_evalex=True)
run_simple("0.0.0.0", 5000, app, use_debugger=os.environ.get("DEV") == "1")

wrapped = DebuggedApplication(app)  # want "DebuggedApplication serves the Werkzeug debugger, which shows tracebacks"
wrapped = DebuggedApplication(app, evalex=True)  # want "DebuggedApplication serves the Werkzeug debugger's interactive console"
wrapped = DA(app, True)  # want "interactive console"
wrapped = DebuggedApplication(app, evalex=True, pin_security=False)  # want "interactive console without a PIN"
app.wsgi_app = DebuggedApplication(app.wsgi_app, evalex=ON)  # want "interactive console"

app.run(use_debugger=True)  # want "app.run\\(use_debugger=True\\) serves the Werkzeug debugger's interactive console"
app.run(debug=False, use_debugger=True, use_evalex=False)  # want "shows tracebacks"
app.run(debug=True, use_debugger=True)  # reported by KRT1201
app.run(debug=True)
app.run()
app.run(**options)

os.environ["WERKZEUG_DEBUG_PIN"] = "off"  # want "WERKZEUG_DEBUG_PIN=off removes the PIN"
os.environ.setdefault("WERKZEUG_DEBUG_PIN", "off")  # want "WERKZEUG_DEBUG_PIN=off"
os.putenv("WERKZEUG_DEBUG_PIN", "OFF")  # want "WERKZEUG_DEBUG_PIN=off"
os.environ["WERKZEUG_DEBUG_PIN"] = "123-456-789"


def run_simple(*args, **kwargs):  # shadows the import below this line
    pass


run_simple("0.0.0.0", 5000, app, use_debugger=True)


def serve(application, use_debugger, use_evalex):
    # Werkzeug's own run_simple: the debugger only when asked for.
    if use_debugger:
        application = DebuggedApplication(application, evalex=use_evalex)
    application = DebuggedApplication(application) if use_debugger else application
    if __name__ == "__main__":
        pass
    return application


if __name__ == "__main__":
    werkzeug.serving.run_simple("0.0.0.0", 5000, app, use_debugger=True)  # want "interactive console"
