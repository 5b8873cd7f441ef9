# path (CWE-22) FALSE-POSITIVE TRAP: the requested report key maps to a constant file name, unknown keys get 404 [tornado].
import os
import tornado.web

REPORT_DIR = "/srv/reports"
REPORTS = {"daily": "daily.csv", "weekly": "weekly.csv", "monthly": "monthly.csv"}


class ReportHandler(tornado.web.RequestHandler):
    def get(self):
        key = self.get_argument("period", "daily")
        filename = REPORTS.get(key)
        if filename is None:
            raise tornado.web.HTTPError(404)
        with open(os.path.join(REPORT_DIR, filename)) as fh:
            self.set_header("Content-Type", "text/csv")
            self.write(fh.read())
