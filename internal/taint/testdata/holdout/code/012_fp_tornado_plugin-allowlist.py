# code (CWE-94) FALSE-POSITIVE TRAP: the plugin name must be one of the registered names before import_module [tornado].
import importlib
import tornado.web

PLUGINS = frozenset({"csv_export", "pdf_export", "xlsx_export"})


class PluginHandler(tornado.web.RequestHandler):
    def get(self, name):
        if name not in PLUGINS:
            raise tornado.web.HTTPError(404)
        module = importlib.import_module("reports.plugins." + name)
        self.write({"plugin": module.__name__})
