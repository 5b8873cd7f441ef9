# xpath (CWE-643) FALSE-POSITIVE TRAP: the department is passed to lxml as the XPath variable $dept, not spliced into the expression [fastapi].
from fastapi import FastAPI
from lxml import etree

app = FastAPI()
DOC = etree.parse("/srv/data/staff.xml")
BY_DEPT = etree.XPath("//employee[department=$dept]/name/text()")


@app.get("/staff")
def staff(dept: str):
    names = BY_DEPT(DOC, dept=dept)
    direct = DOC.xpath("count(//employee[department=$d])", d=dept)
    return {"names": [str(n) for n in names], "count": int(direct)}
