# path (CWE-22) FALSE-POSITIVE TRAP: the blob id must parse as a UUID and the path is rebuilt from its canonical hex form [tornado].
import os
import uuid

import tornado.web

STORE = "/srv/blobstore"


class BlobHandler(tornado.web.RequestHandler):
    def get(self, blob_id):
        try:
            key = uuid.UUID(blob_id)
        except ValueError:
            raise tornado.web.HTTPError(404)
        path = os.path.join(STORE, key.hex[:2], key.hex + ".bin")
        if not os.path.exists(path):
            raise tornado.web.HTTPError(404)
        self.set_header("Content-Type", "application/octet-stream")
        with open(path, "rb") as fh:
            self.write(fh.read())


app = tornado.web.Application([(r"/blobs/([^/]+)", BlobHandler)])
