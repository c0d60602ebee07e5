"""Write the bad annotation-layer files of tests/bad_inputs/layers/<format>/ (run once;
the files are committed). Each folder's cases.toml says how each file is imported and
which one line it must give.

    python tests/bad_inputs/layers/make_cases.py
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXT = "🙂 قال الرئيس: «الحوار هو الطريق»\r\nو گفت: «صلح\u200cآمیز است»"
DEEP = 100_000
AT = TEXT.index("الرئيس")  # code points: brat
U16 = AT + 1  # UTF-16 units: XMI (the emoji before it counts two)


def _write(path: Path, data: bytes | str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def doccano(d: Path) -> None:
    _write(d / "nested.jsonl", '{"text": "سلام", "label": ' + "[" * DEEP + "]" * DEEP + "}\n")
    _write(d / "lone-surrogate.jsonl", '{"text": "سلام \\ud800 دنیا 🙂", "label": []}\n')
    _write(d / "entities-object.jsonl", _json({"text": TEXT, "entities": {"0": 1}}) + "\n")
    _write(d / "labels-string.jsonl", _json({"text": TEXT, "label": "SPEAKER"}) + "\n")
    _write(d / "long-text.jsonl", _json({"text": "خبر " * 300, "label": [[0, 3, "CLAIM"]]}) + "\n")
    _write(d / "entity-id-list.jsonl", _json({"text": TEXT, "entities": [
        {"id": [1], "start_offset": 3, "end_offset": 6, "label": "SPEAKER"}]}) + "\n")  # fmt: skip


def _task(result: object, **extra: object) -> dict:
    return {"id": 7, "data": {"text": TEXT}, "annotations": [{"id": 1, "result": result}], **extra}


def labelstudio(d: Path) -> None:
    region = {"id": "r1", "type": "labels", "from_name": "label", "to_name": "text"}
    value = {"start": 7, "end": 13, "text": "الرئيس", "labels": ["SPEAKER"]}
    _write(d / "nested.json", '[{"data": {"text": "سلام"}, "annotations": ' + "[" * DEEP
           + "]" * DEEP + "}]")  # fmt: skip
    _write(d / "result-number.json", _json([_task(5)]))
    _write(d / "value-string.json", _json([_task([{**region, "value": "الرئيس"}])]))
    _write(d / "labels-string.json", _json([_task([{**region, "value": {**value,
           "labels": "SPEAKER"}}])]))  # fmt: skip
    annotations_object = {"id": 7, "data": {"text": TEXT}, "annotations": {"result": []}}
    _write(d / "annotations-object.json", _json([annotations_object]))
    _write(d / "lone-surrogate.json", '[{"data": {"text": "سلام \\udc00"}, "annotations": []}]')


def parquet(d: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    nested = "[" * DEEP + "]" * DEEP
    table = pa.table({"id": ["a"], "text": [TEXT], "annotator": ["amina"], "meta": [nested]})
    pq.write_table(table, d / "nested-meta.parquet")
    table = pa.table({"id": ["a", "a"], "text": [TEXT, TEXT + "!"], "annotator": ["x", "x"]})
    pq.write_table(table, d / "duplicate-ids.parquet")


TYPESYSTEM = """<?xml version="1.0" encoding="UTF-8"?>
<typeSystemDescription xmlns="http://uima.apache.org/resourceSpecifier"><types>
<typeDescription><name>webanno.custom.Annotation</name><supertypeName>uima.tcas.Annotation</supertypeName>
<features><featureDescription><name>label</name><rangeTypeName>uima.cas.String</rangeTypeName></featureDescription>
<featureDescription><name>attrs</name><rangeTypeName>uima.cas.String</rangeTypeName></featureDescription></features></typeDescription>
<typeDescription><name>custom.Tagged</name><supertypeName>uima.tcas.Annotation</supertypeName>
<features><featureDescription><name>tag</name><rangeTypeName>uima.cas.String</rangeTypeName></featureDescription>
<featureDescription><name>comment</name><rangeTypeName>uima.cas.String</rangeTypeName></featureDescription></features></typeDescription>
<typeDescription><name>org.example.Entity</name><supertypeName>uima.tcas.Annotation</supertypeName>
<features><featureDescription><name>kind</name><rangeTypeName>uima.cas.String</rangeTypeName></featureDescription>
<featureDescription><name>note</name><rangeTypeName>uima.cas.String</rangeTypeName></featureDescription></features></typeDescription>
</types></typeSystemDescription>
"""


def _xmi(annotation: str) -> str:
    sofa = TEXT.replace("\r", "&#13;").replace("\n", "&#10;")
    return (
        '<?xml version="1.0" encoding="UTF-8"?><xmi:XMI xmlns:xmi="http://www.omg.org/XMI" '
        'xmlns:cas="http:///uima/cas.ecore" xmlns:custom="http:///webanno/custom.ecore" '
        'xmlns:c2="http:///custom.ecore" xmlns:ex="http:///org/example.ecore" xmi:version="2.0">'
        '<cas:NULL xmi:id="0"/>' + annotation + '<cas:Sofa xmi:id="1" sofaNum="1" '
        f'sofaID="_InitialView" mimeType="text" sofaString="{sofa}"/>'
        '<cas:View sofa="1" members="2"/></xmi:XMI>'
    )


def _zip(path: Path, files: dict[str, bytes | str]) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    _write(path, buf.getvalue())


def xmi(d: Path) -> None:
    good = _xmi(
        f'<custom:Annotation xmi:id="2" sofa="1" begin="{U16}" end="{U16 + 6}" label="SPEAKER"/>'
    )
    _zip(d / "manifest-not-list.zip", {"a.xmi": good, "TypeSystem.xml": TYPESYSTEM,
         "manifest.json": _json({"file": "a.xmi"})})  # fmt: skip
    bad_attrs = _xmi(f'<custom:Annotation xmi:id="2" sofa="1" begin="{U16}" end="{U16 + 6}" '
                     'label="SPEAKER" attrs="[1, 2]"/>')  # fmt: skip
    _zip(d / "attrs-not-object.zip", {"a.xmi": bad_attrs, "TypeSystem.xml": TYPESYSTEM})
    tagged = _xmi(
        f'<c2:Tagged xmi:id="2" sofa="1" begin="{U16}" end="{U16 + 6}" tag="SPEAKER" comment="x"/>'
    )
    _zip(d / "custom-ambiguous.zip", {"a.xmi": tagged, "TypeSystem.xml": TYPESYSTEM})
    other = _xmi(
        f'<ex:Entity xmi:id="2" sofa="1" begin="{U16}" end="{U16 + 6}" kind="PER" note="x"/>'
    )
    _zip(d / "nothing-mapped.zip", {"a.xmi": other, "TypeSystem.xml": TYPESYSTEM})
    buf = io.BytesIO()  # 64 MB of one byte: about 64 KB deflated, a 1000-fold ratio
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("TypeSystem.xml", TYPESYSTEM)
        with zf.open("bomb.xmi", "w", force_zip64=True) as fh:
            block = b"<" * 2**20
            for _ in range(64):
                fh.write(block)
    _write(d / "bomb.zip", buf.getvalue())
    _write(d / "forged-size.zip", forged_size_zip())


def forged_size_zip(claimed: int = 2 * 2**30) -> bytes:
    """A small ZIP whose headers say its XMI entry inflates to ``claimed`` bytes (as a
    2 MB ZIP holding a 2 GB XMI would)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("TypeSystem.xml", TYPESYSTEM)
        zf.writestr("big.xmi", _xmi(""))
    data = bytearray(buf.getvalue())
    real = len(_xmi("").encode("utf-8")).to_bytes(4, "little")
    fake = min(claimed, 0xFFFFFFFE).to_bytes(4, "little")
    name = b"big.xmi"
    for sig, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (i := data.find(sig, start)) >= 0:
            name_at = i + (30 if sig == b"PK\x03\x04" else 46)
            if (
                data[name_at : name_at + len(name)] == name
                and data[i + size_at : i + size_at + 4] == real
            ):
                data[i + size_at : i + size_at + 4] = fake
            start = i + 4
    return bytes(data)


def spacy(d: Path) -> None:
    import spacy as sp
    from spacy.tokens import DocBin

    nlp = sp.blank("xx")
    bin_ = DocBin(store_user_data=True)
    doc = nlp(TEXT)
    span = {"id": 1, "start": 3, "end": 999, "label": "SPEAKER", "text": "قال"}
    doc.user_data["annotator"] = {"annotator": "amina", "spans": [span], "relations": []}
    bin_.add(doc)
    doc = nlp(TEXT)
    doc.user_data["annotator"] = {"spans": [{"id": 1, "start": "x", "end": 5, "label": "X"}]}
    bin_.add(doc)
    bin_.to_disk(d / "bad-offsets.spacy")


def brat(d: Path) -> None:
    _write(d / "duplicate-t" / "news.txt", TEXT)
    claim = TEXT.index("الحوار هو الطريق")
    _write(
        d / "duplicate-t" / "news.ann",
        f"T1\tSPEAKER {AT} {AT + 6}\tالرئيس\nT1\tCLAIM {claim} {claim + 16}\tالحوار هو الطريق\n",
    )


def conll(d: Path) -> None:
    _write(d / "long-token.conll", "-DOCSTART-\tO\n\n" + "خبر" * 400 + "\tO\n")


if __name__ == "__main__":
    for make in (doccano, labelstudio, parquet, xmi, spacy, brat, conll):
        (HERE / make.__name__).mkdir(exist_ok=True)
        make(HERE / make.__name__)
    print("written under", HERE)
