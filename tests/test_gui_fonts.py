"""Article fonts: Vazirmatn ships and is registered, each language has its own font,
and Persian digits are drawn in their Persian forms (read from rendered pixels)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QFont, QFontInfo, QImage, QPainter

from annotator.core.model import Document
from annotator.gui.fonts import SHIPPED_FAMILY, article_font, register_fonts
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.annotate import AnnotationSession
from annotator.services.project import packaged_dir

AR = "قال الرئيس\u00a0فلاديمير بوتين، اليوم السبت ١٠ أكتوبر ٢٠٢٠، إن «الوضع خطير» 👍🏽"
FA = "🇮🇷 خبر\r\nسخنگوی وزارت امور خارجه روز ۱۷ آبان ۱۳۹۹ گفت\u200cکه مذاکرات ادامه می‌یابد."


def render(text: str, font: QFont) -> QImage:
    image = QImage(260, 90, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(10, 65, text)
    painter.end()
    return image


def ink(image: QImage) -> int:
    return sum(
        image.pixelColor(x, y).lightness() < 128
        for x in range(image.width())
        for y in range(image.height())
    )


def test_vazirmatn_ships_with_its_licence_and_is_registered(qapp):
    folder = packaged_dir("annotator.resources") / "fonts"
    assert "SIL Open Font License" in (folder / "OFL.txt").read_text(encoding="utf-8")
    assert "33.0.3" in (folder / "README.md").read_text(encoding="utf-8")
    assert SHIPPED_FAMILY in register_fonts()
    font = article_font("", 16)
    assert font.family() == SHIPPED_FAMILY
    assert QFontInfo(font).family() == SHIPPED_FAMILY  # really resolved, not a fallback
    assert article_font("No Such Font 123", 16).family() == SHIPPED_FAMILY


@pytest.mark.parametrize("locale", ["fa_IR", "ar_EG", "en_US"])
def test_persian_digits_are_drawn_in_persian_forms(qapp, locale):
    """۴ ۵ ۶ (U+06F4..) and ٤ ٥ ٦ (U+0664..) are different glyphs in the Persian
    article font, and Qt's locale does not substitute one set for the other."""
    font = article_font(Settings().font_family("fa"), 28)
    before = render("۴۵۶", font)
    QLocale.setDefault(QLocale(locale))
    try:
        persian, arabic = render("۴۵۶", font), render("٤٥٦", font)
    finally:
        QLocale.setDefault(QLocale.c())
    assert ink(persian) > 100 and ink(arabic) > 100  # both drawn, not blank boxes
    assert persian != arabic, "Persian digits drawn like Arabic-Indic ones"
    assert persian == before, f"the {locale} locale changed how Persian digits are drawn"


def test_the_old_single_font_setting_becomes_both_languages(qapp):
    settings = Settings()
    settings.q.setValue("view/font_family", "DejaVu Sans")
    assert settings.font_family("fa") == "DejaVu Sans"
    assert settings.font_family("ar") == "DejaVu Sans"
    assert settings.q.value("view/font_family") is None
    settings.set_font_family("fa", "Vazirmatn")
    assert (settings.font_family("fa"), settings.font_family("ar")) == ("Vazirmatn", "DejaVu Sans")
    assert settings.font_family("other") == "DejaVu Sans"  # other languages use Arabic's


def test_each_article_is_drawn_in_its_language_font(qtbot, store):
    with store.atomic():
        ar_id, fa_id = store.documents.insert_many(
            [
                Document(None, "ar1", "عاجل", AR, "ar", "rtl"),
                Document(None, "fa1", "خبر", FA, "fa", "rtl"),
            ]
        )
    settings = Settings()
    settings.set_font_family("fa", "DejaVu Sans")
    window = MainWindow(AnnotationSession(store, "amina"), settings)
    qtbot.addWidget(window)
    window.controller.open_document(fa_id)
    assert window.view.font().family() == "DejaVu Sans"
    window.controller.open_document(ar_id)
    assert window.view.font().family() == SHIPPED_FAMILY
    window._zoom(20)
    window.controller.open_document(fa_id)
    assert (window.view.font().family(), window.view.font().pointSize()) == ("DejaVu Sans", 20)
    window.close()
