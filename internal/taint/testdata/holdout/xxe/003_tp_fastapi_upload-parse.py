# xxe (CWE-611) TRUE POSITIVE: an uploaded XML file is parsed with a DTD-loading, entity-resolving lxml parser from a helper [fastapi].
from fastapi import FastAPI, File, UploadFile
from lxml import etree

app = FastAPI()


def make_parser():
    return etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)


@app.post("/invoices/import")
async def import_invoice(file: UploadFile = File(...)):
    tree = etree.parse(file.file, make_parser())  # want "CWE-611"
    return {"total": tree.findtext("//total")}
