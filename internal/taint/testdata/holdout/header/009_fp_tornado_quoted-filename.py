# header (CWE-113) FALSE-POSITIVE TRAP: the file name is percent-encoded (RFC 5987) before it enters Content-Disposition [tornado].
from urllib.parse import quote

import tornado.web


class ExportHandler(tornado.web.RequestHandler):
    def get(self):
        name = quote(self.get_argument("name", "export"), safe="")
        self.set_header("Content-Type", "text/csv")
        self.set_header("Content-Disposition", "attachment; filename*=UTF-8''" + name + ".csv")
        self.write("id,total\n")
