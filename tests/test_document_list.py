"""The document list: filtered listing in the store, browse services, the lazy Qt model
and the dock (search with folding, status/label filters, progress, plain-text titles)."""

from __future__ import annotations

import pytest

from annotator.core.model import Document, Span
from annotator.services import browse
from annotator.services.project import open_project, store_of

from conftest import SEEDS

HTML_TITLE = "<b>bold</b><img src=x>"


def seed_ids(store) -> list[int]:
    """Document ids of the seeds, in the order of SEEDS (000 first)."""
    return [store.documents.by_ext_id(p.stem).id for p in SEEDS]


def add_span(store, doc_id, label, annotator="amina"):
    text = store.documents.get(doc_id).text
    end = text.index(" ")
    return store.annotations.add_span(
        Span(None, doc_id, annotator, label, 0, end, text[:end]), log=False
    )


def add_docs(store, docs):
    with store.atomic():
        return store.documents.insert_many(docs)


# -- store.listing / services.browse ----------------------------------------------


def test_status_filter_counts_missing_rows_as_todo(seeded):
    a, b, c, d, e = seed_ids(seeded)
    seeded.status.set(a, "amina", "done")
    seeded.status.set(b, "amina", "skipped")
    seeded.status.set(c, "amina", "in_progress")
    seeded.status.set(d, "amina", "todo")  # an explicit todo row is still todo
    seeded.status.set(e, "bruno", "done")  # another annotator's status is not ours
    ids = browse.document_ids
    assert ids(seeded, "amina") == sorted([a, b, c, d, e])
    assert ids(seeded, "amina", status="done") == [a]
    assert ids(seeded, "amina", status="skipped") == [b]
    assert ids(seeded, "amina", status="in_progress") == [c]
    assert ids(seeded, "amina", status="todo") == sorted([d, e])
    assert ids(seeded, "bruno", status="done") == [e]
    assert ids(seeded, "bruno", status="todo") == sorted([a, b, c, d])
    with pytest.raises(ValueError):
        ids(seeded, "amina", status="finished")


def test_unknown_annotator_sees_everything_todo_and_is_not_created(seeded):
    before = seeded.annotator_names()
    assert browse.document_ids(seeded, "nobody", status="todo") == sorted(seed_ids(seeded))
    assert browse.document_ids(seeded, "nobody", status="done") == []
    rows = browse.document_rows(seeded, seed_ids(seeded), "nobody")
    assert {r.status for r in rows} == {"todo"} and {r.spans for r in rows} == {0}
    assert seeded.annotator_names() == before


def test_label_filter_is_per_annotator(seeded):
    a, b, c, *_ = seed_ids(seeded)
    add_span(seeded, a, "SPEAKER")
    add_span(seeded, a, "CLAIM")
    add_span(seeded, b, "CLAIM")
    add_span(seeded, c, "SPEAKER", annotator="bruno")
    assert browse.document_ids(seeded, "amina", label="CLAIM") == sorted([a, b])
    assert browse.document_ids(seeded, "amina", label="SPEAKER") == [a]
    assert browse.document_ids(seeded, "bruno", label="SPEAKER") == [c]
    assert browse.document_ids(seeded, "amina", label="DATE") == []
    seeded.status.set(b, "amina", "done")
    assert browse.document_ids(seeded, "amina", status="done", label="CLAIM") == [b]
    assert browse.document_ids(seeded, "amina", status="todo", label="CLAIM") == [a]


def test_search_ignores_zwnj_and_combines_with_filters(seeded):
    first, second, *_ = seed_ids(seeded)
    assert "درگیریهای" in seeded.documents.get(first).text
    assert "درگیری\u200cهای" not in seeded.documents.get(first).text
    # Typed with ZWNJ (as Persian keyboards do), found without it, and only there.
    assert browse.document_ids(seeded, "amina", query="درگیری\u200cهای") == [first]
    assert browse.document_ids(seeded, "amina", query="درگیریهای") == [first]
    both = browse.document_ids(seeded, "amina", query="درگیری")
    assert first in both and second in both
    seeded.status.set(first, "amina", "done")
    assert browse.document_ids(seeded, "amina", status="done", query="درگیری") == [first]
    assert first not in browse.document_ids(seeded, "amina", status="todo", query="درگیری")
    assert browse.document_ids(seeded, "amina", query="zzzznothing") == []
    # A query that folds to nothing (a lone mark, spaces) does not filter.
    assert browse.document_ids(seeded, "amina", query=" \u064b ") == sorted(seed_ids(seeded))


def test_rows_keep_order_and_count_own_spans(seeded):
    a, b, c, *_ = seed_ids(seeded)
    add_span(seeded, b, "CLAIM")
    add_span(seeded, b, "SPEAKER")
    add_span(seeded, b, "SPEAKER", annotator="bruno")
    seeded.status.set(b, "amina", "in_progress")
    rows = browse.document_rows(seeded, [c, b, 999_999, a], "amina")
    assert [r.id for r in rows] == [c, b, a]
    row = rows[1]
    doc = seeded.documents.get(b)
    assert (row.ext_id, row.title, row.lang, row.source) == (
        doc.ext_id,
        doc.title,
        doc.lang,
        doc.source,
    )
    assert row.status == "in_progress" and row.spans == 2
    assert rows[0].status == "todo" and rows[0].spans == 0
    assert browse.document_rows(seeded, [], "amina") == []


def test_progress(seeded):
    a, b, c, *_ = seed_ids(seeded)
    assert browse.progress(seeded, "amina") == (0, 5)
    for doc_id in (a, b, c):
        seeded.status.set(doc_id, "amina", "done")
    seeded.status.set(a, "bruno", "skipped")
    assert browse.progress(seeded, "amina") == (3, 5)
    assert browse.progress(seeded, "bruno") == (0, 5)


# -- the Qt model and the dock ------------------------------------------------------


@pytest.fixture
def model_for(qtbot):
    from annotator.gui.document_list import DocumentListModel

    def make(store, annotator="amina", **filters):
        model = DocumentListModel(store, annotator)
        model.set_filters(**filters)
        return model

    return make


@pytest.fixture
def dock_for(qtbot):
    from annotator.gui.document_list import DocumentListDock

    def make(store, annotator="amina", labels=("SPEAKER", "CLAIM", "DATE")):
        dock = DocumentListDock(store, annotator, list(labels))
        qtbot.addWidget(dock)
        dock.resize(500, 600)
        return dock

    return make


def test_html_in_titles_is_shown_literally(store, model_for):
    from PySide6.QtCore import Qt

    (doc_id,) = add_docs(store, [Document(None, "x1", HTML_TITLE, "نص", "ar", "rtl")])
    model = model_for(store)
    index = model.index(model.row_of(doc_id), 0)
    assert model.data(index) == HTML_TITLE
    # convertFromPlainText keeps spaces with NBSP; compare with plain spaces.
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole).replace("\xa0", " ")
    assert "&lt;b&gt;bold&lt;/b&gt;&lt;img src=x&gt;" in tip
    assert "<b>" not in tip and "<img" not in tip
    assert "id: x1" in tip


def test_columns_status_text_and_rtl_alignment(seeded, store, model_for):
    from PySide6.QtCore import Qt

    docs = [
        Document(None, "fa1", "خبر", "متن", "fa", "rtl", source="ایسنا", published="2020-10-01"),
        Document(None, "en1", "News", "Text", "other", "ltr", source="AP"),
    ]
    fa, en = add_docs(store, docs)
    store.status.set(fa, "amina", "in_progress")
    model = model_for(store)
    assert model.columnCount() == 5 and model.rowCount() == 2
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Title", "Lang", "Source", "Status", "Spans"]
    row = model.row_of(fa)
    assert [model.data(model.index(row, c)) for c in range(5)] == [
        "خبر",
        "fa",
        "ایسنا",
        "in progress",
        0,
    ]
    tip = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert "published: 2020-10-01" in tip.replace("\xa0", " ")
    align = Qt.ItemDataRole.TextAlignmentRole

    def flags(r, c):
        return Qt.AlignmentFlag(model.data(model.index(r, c), align))

    assert flags(row, 0) & Qt.AlignmentFlag.AlignRight
    assert flags(row, 0) & Qt.AlignmentFlag.AlignVCenter
    assert not flags(model.row_of(en), 0) & Qt.AlignmentFlag.AlignRight


def test_update_document_refetches_one_row(seeded, model_for, qtbot):
    _, b, *_ = seed_ids(seeded)
    model = model_for(seeded)
    assert model.data(model.index(model.row_of(b), 4)) == 0
    fetched = model.pages_fetched
    add_span(seeded, b, "CLAIM")
    seeded.status.set(b, "amina", "done")
    with qtbot.waitSignal(model.dataChanged) as signal:
        model.update_document(b)
    assert signal.args[0].row() == model.row_of(b)
    assert model.data(model.index(model.row_of(b), 4)) == 1
    assert model.data(model.index(model.row_of(b), 3)) == "done"
    assert model.pages_fetched == fetched  # one row re-read, not the whole page again


def test_next_and_previous_follow_the_filtered_list(seeded, dock_for):
    a, b, c, d, e = seed_ids(seeded)
    seeded.status.set(c, "amina", "done")
    dock = dock_for(seeded)
    assert dock.current_ids() == [a, b, c, d, e]
    assert dock.next_id(b) == c and dock.previous_id(b) == a
    assert dock.next_id(e) is None and dock.previous_id(a) is None
    dock.status_box.setCurrentIndex(dock.status_box.findData("todo"))
    assert dock.current_ids() == [a, b, d, e]
    assert dock.next_id(b) == d  # c is filtered out
    assert dock.next_id(c) == d and dock.previous_id(c) == b  # even from a hidden one
    assert dock.count.text() == "4 of 5 articles"


def test_dock_search_is_debounced_and_folded(seeded, dock_for, qtbot):
    first = seed_ids(seeded)[0]
    dock = dock_for(seeded)
    assert dock.search.placeholderText() == "Search (ignores harakat, ZWNJ, yeh/kaf forms)"
    assert dock.search.isClearButtonEnabled()
    dock.search.setText("درگیری\u200cهای")
    assert dock.model.rowCount() == 5  # not yet: the search waits for typing to pause
    qtbot.waitUntil(lambda: dock.model.rowCount() == 1, timeout=2000)
    assert dock.current_ids() == [first]
    assert dock.count.text() == "1 of 5 articles"
    dock.search.clear()
    qtbot.waitUntil(lambda: dock.model.rowCount() == 5, timeout=2000)


def test_dock_label_filter_and_progress_text(seeded, dock_for):
    a, b, c, *_ = seed_ids(seeded)
    add_span(seeded, b, "CLAIM")
    seeded.status.set(a, "amina", "done")
    dock = dock_for(seeded)
    labels = [dock.label_box.itemText(i) for i in range(dock.label_box.count())]
    assert labels == ["All labels", "SPEAKER", "CLAIM", "DATE"]
    statuses = [dock.status_box.itemText(i) for i in range(dock.status_box.count())]
    assert statuses == ["All", "To do", "In progress", "Done", "Skipped"]
    dock.label_box.setCurrentIndex(dock.label_box.findData("CLAIM"))
    assert dock.current_ids() == [b]
    assert dock.progress.text() == "1 / 5 done"
    seeded.status.set(c, "amina", "done")
    dock.refresh_progress()
    assert dock.progress.text() == "2 / 5 done"
    assert dock.progress.value() == 2 and dock.progress.maximum() == 5


def test_activation_signals(seeded, dock_for, qtbot):
    from PySide6.QtCore import Qt

    _, b, c, *_ = seed_ids(seeded)
    dock = dock_for(seeded)
    dock.show()
    with qtbot.assertNotEmitted(dock.document_activated):
        dock.select_document(b)  # the window following its article: quiet
    assert dock.table.currentIndex().row() == dock.model.row_of(b)
    with qtbot.waitSignal(dock.document_activated) as signal:
        dock.table.setCurrentIndex(dock.model.index(dock.model.row_of(c), 0))
    assert signal.args == [c]
    dock.table.setFocus()
    with qtbot.waitSignal(dock.document_activated) as signal:
        qtbot.keyClick(dock.table, Qt.Key.Key_Return)
    assert signal.args == [c]
    # A refresh keeps the shown article selected, without re-opening it.
    with qtbot.assertNotEmitted(dock.document_activated):
        dock.refresh()
    assert dock.model.doc_id_at(dock.table.currentIndex().row()) == c


# -- 100,000 articles -----------------------------------------------------------------

BIG = 100_000


@pytest.fixture(scope="module")
def big_store(tmp_path_factory):
    store = store_of(open_project(tmp_path_factory.mktemp("big") / "big.db", create=True))
    with store.atomic():
        store.documents.insert_many(
            Document(None, f"d{i}", f"title {i}", f"text {i}", "other", "ltr") for i in range(BIG)
        )
    yield store
    store.close()


def test_model_is_lazy_at_100k(big_store, model_for):
    from annotator.gui import document_list

    model = model_for(big_store)
    assert model.rowCount() == BIG
    assert model.pages_fetched == 0
    last = model.index(BIG - 1, 0)
    assert model.data(last) == f"title {BIG - 1}"
    assert model.doc_id_at(BIG - 1) == model.ids[-1]
    assert model.pages_fetched == 1  # one page of PAGE rows, not 100,000
    assert len(model._pages[BIG // document_list.PAGE - 1]) == document_list.PAGE
    for row in range(BIG - document_list.PAGE, BIG):  # the same page: cached
        model.data(model.index(row, 2))
    assert model.pages_fetched == 1
    for page in range(document_list.MAX_PAGES * 2):  # the cache stays small
        model.data(model.index(page * document_list.PAGE, 0))
    assert len(model._pages) <= document_list.MAX_PAGES


def test_dock_shown_at_100k_fetches_only_visible_pages(big_store, dock_for, qtbot):
    dock = dock_for(big_store)
    dock.show()
    qtbot.waitExposed(dock)
    assert dock.model.rowCount() == BIG
    assert dock.count.text() == "100,000 of 100,000 articles"
    assert dock.progress.text() == "0 / 100,000 done"
    assert dock.model.pages_fetched <= 2
    dock.select_document(dock.model.ids[-1])  # jump to the end
    qtbot.wait(10)
    assert dock.model.pages_fetched <= 4


def test_rtl_rows_are_laid_out_right_to_left(qtbot, seeded):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyleOptionViewItem

    from annotator.gui.document_list import DocumentListDock

    dock = DocumentListDock(seeded, "amina", ["SPEAKER"])
    qtbot.addWidget(dock)
    model, delegate = dock.model, dock.table.itemDelegate()
    langs = {}
    for row in range(model.rowCount()):
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, model.index(row, 0))
        langs[model.doc_row(row).lang] = option.direction
    assert langs["fa"] == Qt.LayoutDirection.RightToLeft
    assert langs["ar"] == Qt.LayoutDirection.RightToLeft
