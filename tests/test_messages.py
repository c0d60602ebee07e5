"""Messages from below the window in Arabic and Persian (gui/messages.py): every
message the services, store, core and io can raise towards the window, or report as
a bad record of an import, is read by a template and shown with no English word left;
in English every message is shown as raised."""

from __future__ import annotations

import re
import time

import pytest
from message_sites import sites

from annotator.core.timex import TimexError, parse_timex
from annotator.gui import i18n
from annotator.gui.messages import merge_summary, shown
from annotator.services.registry_io import ImportReport
from annotator.services.team import MergeReport
from annotator.store.errors import ConflictError, busy_message

FSI, PDI = "\u2068", "\u2069"
SITES = list(sites())
SAMPLES = sorted({s.sample for s in SITES})

# What may stay Latin in a translated message: command-line options and commands,
# file names and extensions, format and encoding names, JSON keys, code values.
TECHNICAL = re.compile(
    r"\b(Windows|alpha-U|start, end, label|SQLite|JSON Lines|gold|text=COLUMN)\b"
    r"|--[a-z][\w-]*"
    r"|pip install \S+|'annotator (init|check)[^']*'|sqlite3 [^\s|,،]+"
    r"|jq -c '\.\[\]' FILE|\bdata\.\w+"
    r"|'[\w.]+'|\"[\w.]+\""  # quoted keys and values: 'text', 'gold', 'left'
    r"|\b\w+\.(json|xml|csv|jsonl|txt|tsv|recovered)\b|\.(csv|json|jsonl|txt|tsv)\b"
    r"|\\u\w*|\\ud800-\\udfff|\b0x\w*|U\+\w*"
    r"|\b[A-Z][A-Z0-9_+:=.-]*\b"  # JSON, UTF-8, XMI, TIMEX3, HH:MM, NAME=RATIO, PRESENT_REF
    r"|\b\w*\d\w*\b"  # 2020-W45, cp1256, Q42, T10:00
    r"|\b\w+_\w+\b"  # offset_unit, text_sha256, user_data
    r"|#rrggbb|\b(rtl|ltr|amina,reza|train|dev|test|attrs|edge|towards|jsonl|null)\b"
    r"|\b(matplotlib|arabic-reshaper|python-bidi|annotator|spaCy|DocBin|Parquet|CoNLL)\b"
)
LATIN = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def english(qapp):
    i18n.install("en")
    yield
    i18n.install("en")


def english_left(message: str) -> list[str]:
    """Latin words of ``message`` that are neither technical nor the sample's data."""
    return LATIN.findall(TECHNICAL.sub("", message))


def test_the_scanner_finds_the_messages_of_every_layer():
    """The scan must see raises, messages built by functions of other modules, and
    bad records; if it found nothing the test below could not fail."""
    by_kind = {s.kind for s in SITES}
    assert {"EditRefused", "ConflictError", "TimexError", "ImportFailed", "BadRecord"} <= by_kind
    assert "a span must keep at least one character" in SAMPLES
    assert "span 7 was changed in another window" in SAMPLES
    assert busy_message("7") in SAMPLES  # store.errors.busy_message, called in store.project
    assert any(s.startswith("article is 7 bytes") for s in SAMPLES)  # too_long_message
    assert {s.where.split("/")[1] for s in SITES} == {"services", "store", "core", "io"}
    assert len(SAMPLES) > 300


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_every_message_from_below_reads_in_the_language(english, lang):
    i18n.install(lang)
    untranslated = [
        f"{site.where}: {site.sample!r} -> {shown(site.sample)!r}"
        for site in SITES
        if english_left(shown(site.sample))
    ]
    assert untranslated == [], (
        "messages without a translation: add a template to annotator/gui/message_texts.py, "
        "run python resources/i18n/update.py and translate it\n" + "\n".join(untranslated)
    )


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_a_new_message_without_a_template_is_caught(english, lang):
    i18n.install(lang)
    new = "the span overlaps a span of another label"
    assert shown(new) == new  # shown as it is, never lost...
    assert english_left(shown(new))  # ...and the test above would name it


def test_english_is_shown_as_raised(english):
    assert [s for s in SAMPLES if shown(s) != s] == []
    assert shown(KeyError("no document 12")) == "no document 12"  # no repr quotes
    assert shown(ConflictError("span 3 was changed in another window")) == (
        "span 3 was changed in another window"
    )


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_data_stays_as_it_is_inside_isolates(english, lang):
    i18n.install(lang)
    path = "اخبار/خبر ۱۷ آبان\u200cماه 🙂.jsonl"
    text = shown(f"{path}:3: malformed JSON: Expecting value (column 5)")
    assert text.startswith(f"{FSI}{path}:3{PDI}: ")
    assert "JSON" in text and f"{FSI}Expecting value{PDI}" in text
    assert ("٥" if lang == "ar" else "۵") not in text  # a column is data, not a count
    conflict = shown(ConflictError("span 3 was changed in another window"))
    assert f"{FSI}3{PDI}" in conflict and not english_left(conflict)
    digits = "٢٨" if lang == "ar" else "۲۸"
    try:
        parse_timex("2021-02-29")
    except TimexError as exc:
        day = shown(exc)
    assert digits in day and f"{FSI}29{PDI}" in day and not english_left(day), day
    assert ("فبراير" if lang == "ar" else "فوریه") in day
    with pytest.raises(TimexError) as unknown_year:  # the year left out of the message
        parse_timex("XXXX-04-31")
    assert not english_left(shown(unknown_year.value)), shown(unknown_year.value)
    nested = shown("cannot undo: span 3 was deleted in another window")
    assert not english_left(nested) and nested.count(FSI) == 1
    assert shown("a plugin's own refusal") == "a plugin's own refusal"


def test_a_long_or_deeply_nested_text_costs_little(english):
    """Each ": " may start a nested message: a long text full of them must neither
    recurse without end nor try every template at every split."""
    i18n.install("fa")
    started = time.perf_counter()
    crowded = "x.jsonl:3: malformed JSON: " + "کلمه: word (a) [1, 2) " * 60  # ~1400 chars
    text = shown(crowded)
    assert f"{FSI}x.jsonl:3{PDI}: " in text and "JSON نادرست" in text and "ساعت" not in text
    huge = "x.jsonl:3: malformed JSON: " + "a: b " * 3000
    assert shown(huge) == huge  # no message below is this long: shown as it is
    # a crafted layer file's labels and texts: took 71 s while offsets read lazily
    crafted = ("span 1 X [1, 2) does not match n (expected " * 50)[:1990]
    shown(crafted)
    assert time.perf_counter() - started < 5


# One value of each form core.timex describes under the DATE value field.
DATE_VALUES = (
    "2020-11-07", "2020-11", "2020", "2020-W45", "2020-W45-6", "2020-Q3", "2020-SP", "199",
    "19", "XXXX-11-07", "XXXX-11", "XXXX-Q2", "XXXX-SU", "XXXX-XX-XXT10:00",
    "2020-11-07T19:31Z", "2020-11-07T19:31:05+03:30", "2019-03-21/2020-03-19", "0099",
    "PRESENT_REF", "PAST_REF", "FUTURE_REF", "۱۳۹۹/۰۸/۱۷", "2020-11-07T19:31",
)  # fmt: skip


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_date_values_are_described_in_the_language(english, lang):
    descriptions = [parse_timex(v).description for v in DATE_VALUES]
    assert [shown(d) for d in descriptions] == descriptions  # English: as core wrote it
    i18n.install(lang)
    for value, described in zip(DATE_VALUES, descriptions, strict=True):
        text = shown(described)
        assert text != described and not english_left(text), (value, text)
    assert ("السبت" if lang == "ar" else "شنبه") in shown(descriptions[0])


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_the_merge_summary_is_translated(english, lang):
    report = MergeReport(
        files=2,
        layers_added=9,
        spans=41,
        relations=12,
        layers_unchanged=1,
        documents_added=0,
        registry=ImportReport(created=3, merged=1, aliases_added=4),
    )
    assert merge_summary(report) == (
        "merged 2 files: 9 article layers brought in (41 spans, 12 links), 1 unchanged, "
        "0 new articles; registry: 3 entities created, 1 merged, 4 aliases added"
    )
    i18n.install(lang)
    text = merge_summary(report)
    assert not LATIN.search(text) and ("٤١" if lang == "ar" else "۴۱") in text


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_what_every_exporter_could_not_hold_reads_in_the_language(english, lang, seeded, tmp_path):
    from annotator.gui.export_dialog import loss_line
    from annotator.io.exporters import export_formats
    from annotator.services.annotate import AnnotationSession
    from annotator.services.exporting import export_dataset

    doc = next(d for d in seeded.documents.iter_all() if d.lang == "ar")
    session = AnnotationSession(seeded, "amina")
    start = doc.text.index("بوتين")
    session.create_span(doc, start, start + 5, "SPEAKER", snap=False)
    session.create_span(doc, start, start + 12, "CLAIM", snap=False)  # overlaps: CoNLL drops one
    items = []
    for fmt in export_formats():
        report = export_dataset(seeded, fmt, tmp_path / f"out-{fmt}", "amina")
        items += [item for found in report.losses.values() for item in found]
    assert ("dropped", 1) in items  # the overlap CoNLL could not hold
    assert any(what.startswith("cells neutralised") for what, _ in items)
    i18n.install(lang)
    lines = [loss_line(what, value) for what, value in items]
    assert [line for line in lines if english_left(line)] == []
    assert any(("١" if lang == "ar" else "۱") in line for line in lines)  # counts in local digits
