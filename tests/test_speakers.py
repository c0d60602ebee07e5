"""The speakers engine: registry aliases in the folded text, clitics, whole words."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.model import Alias, Document, Entity
from annotator.suggest import SuggestContext, get_engine
from tests.conftest import SEEDS

PUTIN = Entity(
    1,
    "Vladimir Putin",
    aliases=(
        Alias("بوتين", "ar"),
        Alias("فلاديمير بوتين", "ar"),
        Alias("الرئيس الروسي", "ar"),
        Alias("الرئيس الروسي فلاديمير بوتين", "ar"),
        Alias("رئیس جمهوری روسیه", "fa"),
    ),
)
MACRON = Entity(2, "Emmanuel Macron", aliases=(Alias("ماكرون", "ar"), Alias("ماکرون", "fa")))
REGISTRY = (PUTIN, MACRON)


def suggest(text: str, entities=REGISTRY):
    out = list(
        get_engine("speakers").suggest(
            Document(1, "t", "", text), SuggestContext(entities=entities)
        )
    )
    for s in out:
        assert s.text == text[s.start : s.end]
        assert s.label == "SPEAKER"
    return out


def spans(text: str):
    return [(s.text, s.attrs["entity"]) for s in suggest(text)]


def test_persian_spelling_matches_arabic_alias_in_seed():
    text = SEEDS[0].read_text(encoding="utf-8")
    found = suggest(text)
    first = found[0]
    assert (first.start, first.end, first.text) == (0, 5, "پوتین")
    assert first.attrs == {"entity": 1}
    assert any(s.text == "رئیس جمهوری روسیه" for s in found)


def test_clitic_waw_gives_the_name_only():
    text = "😀\r\nوبوتين قال"
    (s,) = suggest(text)
    assert (s.start, s.end, s.text) == (4, 9, "بوتين")
    assert s.rule.startswith("alias+clitic:و")


def test_offsets_exact_after_emoji_crlf_zwnj_nbsp():
    text = "👍🏽\r\n\u200c\u00a0قال ماكرون"
    (s,) = suggest(text)
    assert text[s.start : s.end] == "ماكرون"
    assert s.start == text.index("ماكرون")


def test_zwnj_inside_persian_title_matches():
    (s,) = suggest("رئیس\u200cجمهوری روسیه گفت")
    assert s.text == "رئیس\u200cجمهوری روسیه"


def test_whole_words_only():
    assert spans("البوتينية ماكرونيات") == []
    assert spans("كبوتينx") == []


def test_longest_alias_wins_on_arabic_seed():
    text = SEEDS[3].read_text(encoding="utf-8")  # 003
    texts = [s.text for s in suggest(text)]
    assert "الرئيس الروسي فلاديمير بوتين" in texts
    assert "الرئيس الروسي" not in texts[:2] or texts[1] != "الرئيس الروسي"


def test_no_registry_no_suggestions():
    assert suggest("قال بوتين", entities=()) == []


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("بوتين ماكرون\u200c\u00a0\r\n👍ال،.«»پی")), max_size=60)
)
def test_never_raises_and_text_matches(text):
    suggest(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80))
def test_arbitrary_unicode(text):
    suggest("بوتين " + text + " وبوتين")
