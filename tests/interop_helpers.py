"""Setup shared by the interchange tests (tests/test_interop_*.py).

Two projects to export from: ``build_two_documents`` (Arabic and Persian, annotated by
"amina"; the ``interop_project`` fixture of conftest.py) and ``build_project`` (one
Persian document with a discontinuous CLAIM and a fragment_of relation). ``layer_of``
makes a document's layer comparable across projects; ``round_trip`` exports one project
and imports it into a fresh one."""

from __future__ import annotations

from pathlib import Path

from annotator.core.model import Document, Relation
from annotator.io.exporters import get_exporter
from annotator.io.layers import LayerOptions
from annotator.io.layers.base import FRAGMENT_RELATION
from annotator.services.annotate import AnnotationSession
from annotator.services.exporting import annotated_documents
from annotator.services.interchange import import_layers
from annotator.services.project import open_project, store_of

TEXTS = [
    "👍🏽 قال الرئيس\r\nفلاديمير بوتين\u00a0إن «الاتفاق سيوقع» يوم 5 مايو.\r\nوبوتين غادر.",
    "🇮🇷 رئیس‌جمهور گفت\u00a0که می‌خواهم صلح کنیم.\r\nاین خبر در ۲۰ آبان منتشر شد.",
]

# An emoji before every span (UTF-16 and code points differ), NBSP, CRLF, ZWNJ.
TEXT = (
    "🙂 قال\u00a0الرئيس محمد: «سنواصل المفاوضات» يوم ۱۲ آبان.\r\n"
    "می\u200cگوید وزیر که «توافق، به گفته او، نزدیک است»."
)


def build_two_documents(store):
    """Two documents (Arabic, Persian) with an emoji before every span, CRLF, NBSP,
    ZWNJ; overlapping spans (a DATE inside a CLAIM), attributes and relations."""
    with store.atomic():
        ids = store.documents.insert_many(
            [
                Document(None, f"doc/{i}", f"t{i}", t, "ar" if i == 0 else "fa")
                for i, t in enumerate(TEXTS)
            ]
        )
    s = AnnotationSession(store, "amina")
    d0, d1 = store.documents.get(ids[0]), store.documents.get(ids[1])

    def at(doc, part, label, snap=False, **attrs):
        i = doc.text.index(part)
        return s.create_span(doc, i, i + len(part), label, snap=snap, attrs=attrs)

    speaker = at(d0, "فلاديمير بوتين", "SPEAKER")
    claim = at(d0, "«الاتفاق سيوقع» يوم 5 مايو", "CLAIM", kind="direct")
    date = at(d0, "5 مايو", "DATE", value="2024-05-05")
    at(d0, "بوتين غادر", "CLAIM")  # starts after a clitic: not a token edge
    s.link(claim, "said_by", speaker)
    s.link(claim, "dated", date)
    sp1 = at(d1, "رئیس‌جمهور", "SPEAKER")
    cl1 = at(d1, "می‌خواهم صلح کنیم", "CLAIM")
    at(d1, "۲۰ آبان", "DATE", value="2024-11-10", calendar="solar_hijri")
    s.link(cl1, "said_by", sp1)
    s.set_status(ids[0], "done")
    return store, ids


def _at(text: str, needle: str) -> tuple[int, int]:
    i = text.index(needle)
    return i, i + len(needle)


def build_project(store, ext_id: str = "fa/news 1") -> Document:
    """One document with SPEAKER, CLAIM (one discontinuous), DATE spans, attributes
    and said_by / dated / fragment_of relations, all made through the session."""
    (doc_id,) = store.documents.insert_many([Document(None, ext_id, "خبر", TEXT, "fa", "rtl")])
    doc = store.documents.get(doc_id)
    s = AnnotationSession(store, "amina")
    speaker = s.create_span(doc, *_at(TEXT, "الرئيس محمد"), "SPEAKER", snap=False)
    speaker = s.set_attr(speaker, "entity", 7)
    claim = s.create_span(doc, *_at(TEXT, "سنواصل المفاوضات"), "CLAIM", snap=False)
    claim = s.set_attr(claim, "kind", "direct")
    date = s.create_span(doc, *_at(TEXT, "يوم ۱۲ آبان"), "DATE", snap=False)
    date = s.set_attr(s.set_attr(date, "value", "2020-11-02"), "calendar", "solar_hijri")
    s.create_span(doc, *_at(TEXT, "آبان.\r\nمی\u200cگوید"), "DATE", snap=False)
    minister = s.create_span(doc, *_at(TEXT, "وزیر"), "SPEAKER", snap=False)
    part1 = s.create_span(doc, *_at(TEXT, "توافق،"), "CLAIM", snap=False)
    part2 = s.create_span(doc, *_at(TEXT, "نزدیک است"), "CLAIM", snap=False)
    s.link(claim, "said_by", speaker)
    s.link(claim, "dated", date)
    s.link(part1, "said_by", minister)
    store.annotations.add_relation(
        Relation(None, doc.id, "amina", FRAGMENT_RELATION, part1.id, part2.id)
    )
    return doc


def layer_of(store, doc_id: int, annotator: str | None = None, drop_attrs: bool = False):
    """Spans as (label, start, end, text, attrs) and relations as (type, head, tail)
    with spans named by (label, start, end): comparable across projects. With an
    ``annotator``, only that annotator's layer."""
    spans = store.annotations.spans(doc_id, annotator)
    key = {s.id: (s.label, s.start, s.end) for s in spans}
    got = {
        (s.label, s.start, s.end, s.text, () if drop_attrs else tuple(sorted(s.attrs.items())))
        for s in spans
    }
    rels = {
        (r.type, key[r.head], key[r.tail]) for r in store.annotations.relations(doc_id, annotator)
    }
    return got, rels


def round_trip(store, fmt: str, tmp_path: Path, importer: str | None = None, unit: str = ""):
    """Export ``store`` (one document, ``build_project``) with ``fmt`` and import the
    result into a fresh project."""
    exporter = get_exporter(fmt)
    out = tmp_path / ("out" if exporter.writes_folder else f"out{exporter.suffix}")
    n = exporter.write(annotated_documents(store, "amina"), out)
    assert n == 1
    fresh = store_of(open_project(":memory:", create=True))
    report = import_layers(fresh, [out], importer or fmt, LayerOptions(layer="amina", unit=unit))
    assert report.documents_created == 1 and not report.bad
    (doc,) = fresh.documents.iter_all()
    assert doc.text == TEXT
    return fresh, doc, out
