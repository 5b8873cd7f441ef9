# deserialization (CWE-502) FALSE-POSITIVE TRAP: yaml.load with the explicit SafeLoader [tornado].
import yaml
import tornado.web


class ManifestHandler(tornado.web.RequestHandler):
    def post(self):
        manifest = yaml.load(self.request.body, Loader=yaml.SafeLoader)
        services = manifest.get("services", {}) if isinstance(manifest, dict) else {}
        self.write({"services": sorted(services)})
