# xxe (CWE-611) FALSE-POSITIVE TRAP: the lxml parser is built with entity resolution off and no network [fastapi].
from fastapi import FastAPI, File, UploadFile
from lxml import etree

app = FastAPI()


def make_parser():
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@app.post("/invoices/import")
async def import_invoice(file: UploadFile = File(...)):
    tree = etree.parse(file.file, make_parser())
    return {"total": tree.findtext("//total")}
