"""The Arabic and Persian translation files: complete for the code as it is, every
message finished and keeping its placeholders, and the shipped .qm compiled from
the .ts beside it (resources/i18n/update.py refreshes both)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from conftest import ROOT

I18N = ROOT / "resources" / "i18n"
LANGS = ("ar", "fa")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
ARABIC_LETTER = re.compile(r"[\u0620-\u064a\u0671-\u06d3]")


def load_update():
    spec = importlib.util.spec_from_file_location("i18n_update", I18N / "update.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(ts: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """(context, source) -> (translation, its type attribute) of a .ts file."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            out[(name, message.findtext("source"))] = (
                translation.text or "",
                translation.get("type", ""),
            )
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_ts_has_every_string_of_the_code_and_no_other(tmp_path, lang):
    ts = I18N / f"annotator_{lang}.ts"
    fresh = tmp_path / ts.name
    shutil.copy(ts, fresh)
    load_update().lupdate([fresh])  # what lupdate would add or drop today
    assert messages(fresh) == messages(ts), (
        f"{ts.name} is out of date: run python resources/i18n/update.py and translate"
    )


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated_with_its_placeholders(lang):
    found = messages(I18N / f"annotator_{lang}.ts")
    assert len(found) > 250
    for (context, source), (translation, kind) in found.items():
        where = f"{lang} {context}: {source!r}"
        assert kind == "" and translation.strip(), f"unfinished: {where}"
        assert sorted(PLACEHOLDER.findall(translation)) == sorted(PLACEHOLDER.findall(source)), (
            f"placeholders differ: {where} -> {translation!r}"
        )
        words = re.sub(PLACEHOLDER, "", source)
        if re.search("[A-Za-z]", words) and source not in ("annotator", "annotator — {project}"):
            assert ARABIC_LETTER.search(translation), f"no {lang} text: {where}"


@pytest.mark.parametrize("lang", LANGS)
def test_shipped_qm_is_compiled_from_the_ts(qapp, lang):
    translator = QTranslator()
    assert translator.load(str(I18N / f"annotator_{lang}.qm"))
    for (context, source), (translation, _) in messages(I18N / f"annotator_{lang}.ts").items():
        assert translator.translate(context, source) == translation, (
            f"annotator_{lang}.qm is older than its .ts: run python resources/i18n/update.py"
        )


def test_persian_uses_persian_letters_and_arabic_arabic_ones():
    """No Arabic yeh/kaf in the Persian file, no Persian yeh/kaf in the Arabic one."""
    fa = " ".join(t for t, _ in messages(I18N / "annotator_fa.ts").values())
    ar = " ".join(t for t, _ in messages(I18N / "annotator_ar.ts").values())
    fa = fa.replace("بوتين", "")  # the search example names the Arabic spelling on purpose
    assert not re.search("[يك]", fa)
    ar = ar.replace("پوتین", "")
    assert not re.search("[یکگچپژ]", ar)
