# command (CWE-78) TRUE POSITIVE: an export format read in prepare() is kept on the handler and used in an os.popen command line [tornado].
import os

import tornado.web


class ExportHandler(tornado.web.RequestHandler):
    def prepare(self):
        self.fmt = self.get_query_argument("format", "csv")

    def get(self, report_id):
        report = int(report_id)
        pipeline = "report-tool export --id %d --format %s" % (report, self.fmt)
        with os.popen(pipeline) as stream:  # want "CWE-78"
            data = stream.read()
        self.write({"report": report, "bytes": len(data)})


app = tornado.web.Application([(r"/reports/(\d+)/export", ExportHandler)])
