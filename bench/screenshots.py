"""Open the real window on annotated seed articles and save screenshots.

Run under Xvfb so the picture is what the X server shows (fonts, shaping, RTL):

    xvfb-run -s "-screen 0 1600x1000x24" python bench/screenshots.py OUT_DIR

Writes OUT_DIR/arabic.png and OUT_DIR/persian.png (nested spans, a selected span,
claim links), OUT_DIR/claims.png and OUT_DIR/spans.png (the Persian article with its
claims table, then its span list, in front) and OUT_DIR/curation.png (the curation
view on the Arabic article, a second analyst having tagged it differently), and leaves
the project in OUT_DIR/demo.db.

    xvfb-run -s "-screen 0 1600x1000x24" python bench/screenshots.py OUT_DIR --ui ar

shows the interface itself in Arabic (``--ui fa``: Persian) on an article of that
language, with View > Language open: OUT_DIR/ui-ar.png (docs/screenshot-ui-ar.png).
``--dark`` takes the same pictures in the dark colour scheme, named ``*-dark.png``
(docs/screenshot-dark.png is arabic-dark.png).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDockWidget  # noqa: E402

from annotator.gui.i18n import install  # noqa: E402
from annotator.gui.main_window import MainWindow  # noqa: E402
from annotator.gui.settings import Settings  # noqa: E402
from annotator.services.annotate import AnnotationSession  # noqa: E402
from annotator.services.importing import import_paths  # noqa: E402
from annotator.services.project import init_project, sample_articles, store_of  # noqa: E402

SHOTS = (("arabic", "002"), ("persian", "001"), ("claims", "001"), ("spans", "001"))
SPANS = {
    "002": [
        ("SPEAKER", "الرئيس الروسي، فلاديمير بوتين"),
        ("DATE", "اليوم السبت"),
        ("SPEAKER", "إيمانويل ماكرون"),
        ("CLAIM", "أعربا عن قلقهما بشأن الاشتباكات المسلحة المستمرة واسعة النطاق"),
        ("DATE", "19:31 GMT01 ديسمبر/ كانون الأول 2020"),
    ],
    "001": [
        ("SPEAKER", "ولادیمیر پوتین"),
        ("DATE", "یازدهم ماه ژانویه"),
        ("CLAIM", "یازدهم ماه ژانویه در مسکو برگزار"),
        ("SPEAKER", "پوتین"),
        (
            "CLAIM",
            "با توجه به تثبیت اوضاع پیرامون قره باغ، برخی اقدامات در این عرصه مورد توافق قرار گرفت",
        ),
    ],
}


def build(out: Path):
    db = out / "demo.db"
    if db.exists():
        db.unlink()
    store = store_of(init_project(db))
    import_paths(store, sample_articles())
    session = AnnotationSession(store, "amina")
    docs = {}
    for prefix, spans in SPANS.items():
        doc = next(d for d in store.documents.iter_all() if d.ext_id.startswith(prefix))
        made = []
        for label, piece in spans:
            i = doc.text.index(piece)
            made.append(session.create_span(doc, i, i + len(piece), label, snap=False))
        claims = [s for s in made if s.label == "CLAIM"]
        speakers = [s for s in made if s.label == "SPEAKER"]
        dates = [s for s in made if s.label == "DATE"]
        session.link(claims[-1], "said_by", speakers[-1])
        session.link(claims[0], "dated", dates[0])
        session.set_attr(dates[0], "value", "2020-11-21" if prefix == "002" else "2021-01-11")
        docs[prefix] = (doc.id, claims[-1])
    # a second analyst on the Arabic article: agrees on some spans, not on others
    reza = AnnotationSession(store, "reza")
    doc = store_of(store).documents.get(docs["002"][0])
    for label, piece in [
        ("SPEAKER", "فلاديمير بوتين"),
        ("DATE", "اليوم السبت"),
        ("SPEAKER", "إيمانويل ماكرون"),
        ("CLAIM", "أعربا عن قلقهما بشأن الاشتباكات المسلحة المستمرة واسعة النطاق"),
        ("CLAIM", "المشاركة النشطة المتزايدة للمتطرفين من سوريا وليبيا في الصراع"),
    ]:
        i = doc.text.index(piece)
        reza.create_span(doc, i, i + len(piece), label, snap=False)
    return store, session, docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", default="shots", help="folder for the PNG files")
    parser.add_argument("--ui", choices=("ar", "fa"), default="", help="interface language")
    parser.add_argument(
        "--dark", action="store_true", help="dark colour scheme (files named *-dark.png)"
    )
    args = parser.parse_args()
    ui, dark = args.ui, args.dark
    suffix = "-dark" if dark else ""
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("XDG_CONFIG_HOME", str(out / "config"))
    app = QApplication([])
    if ui:
        install(ui)
    Settings().color_scheme = "dark" if dark else "system"  # the window applies it
    _store, session, docs = build(out)
    window = MainWindow(session, Settings())
    window.resize(1560, 960)
    window.show()
    queue = [(f"{name}{suffix}", prefix) for name, prefix in SHOTS]
    if ui:
        queue = [(f"ui-{ui}{suffix}", "002" if ui == "ar" else "001")]

    def curation_shot() -> None:
        window.close()
        curator = MainWindow(AnnotationSession(_store, "sara", "gold"), Settings(), curation=True)
        curator.resize(1560, 960)
        curator.show()
        curator.controller.open_document(docs["002"][0])
        curator.do_curate_auto()
        curator.curation.step(1)

        def shoot() -> None:
            path = out / f"curation{suffix}.png"
            app.primaryScreen().grabWindow(0).save(str(path)) or curator.grab().save(str(path))
            print(path, flush=True)
            app.quit()

        QTimer.singleShot(900, shoot)

    def step() -> None:
        if not queue:
            QTimer.singleShot(100, app.quit if ui else curation_shot)
            return
        name, prefix = queue.pop(0)
        doc_id, claim = docs[prefix]
        window.documents.select_document(doc_id)
        window.controller.open_document(doc_id)
        window.controller.select_span_id(claim.id)
        window.view.scroll_to(0)
        if name.startswith("claims"):  # the claims table (mixed values) beside the article
            dock = window.findChild(QDockWidget, "dockClaims")
            if dock is not None:
                dock.show()
                dock.raise_()
                window.resizeDocks([dock], [640], Qt.Orientation.Horizontal)
        if name.startswith("spans"):  # the span list: every span with its attributes and origin
            dock = window.findChild(QDockWidget, "dockSpans")
            if dock is not None:
                dock.show()
                dock.raise_()
                window.resizeDocks([dock], [640], Qt.Orientation.Horizontal)
        if ui:  # View > Language open: the menus are mirrored too
            menu = window.menus["View"]
            bar = window.menuBar()
            menu.popup(bar.mapToGlobal(bar.actionGeometry(menu.menuAction()).bottomRight()))
            menu.setActiveAction(window.language_menu.menuAction())
            QTimer.singleShot(300, lambda: QTest.keyClick(menu, Qt.Key.Key_Left))

        def shoot() -> None:
            path = out / f"{name}.png"
            screen = app.primaryScreen()
            screen.grabWindow(0).save(str(path)) or window.grab().save(str(path))
            print(path, flush=True)
            QTimer.singleShot(200, step)

        QTimer.singleShot(700, shoot)

    QTimer.singleShot(800, step)
    app.exec()


if __name__ == "__main__":
    main()
