"""The window's Team menu: assign, merge, agreement, curation mode and the curator's
keys. A mixin of MainWindow (its strings keep MainWindow's translation context)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from annotator.core.model import GOLD_LAYER
from annotator.gui.i18n import num, translate
from annotator.gui.messages import shown
from annotator.services.annotate import AnnotationSession

if TYPE_CHECKING:
    from annotator.gui.curation_panel import CurationPanel


class TeamActions:
    """Handlers ``do_<action>`` of the Team menu (gui/actions.py)."""

    def do_assign(self) -> None:
        from annotator.core.assign import AssignError
        from annotator.gui.main_window import show_error
        from annotator.gui.team_dialog import AssignDialog, assign

        dialog = AssignDialog(self)
        while dialog.exec():
            try:
                request = dialog.request()
            except AssignError as exc:
                show_error(self, shown(exc))
                continue
            assign(self, **request)
            return

    def do_merge(self) -> None:
        from annotator.gui.team_dialog import merge

        paths, _ = QFileDialog.getOpenFileNames(
            self,
            translate("MainWindow", "Analysts' packages"),
            "",
            translate("Dialogs", "annotator projects")
            + " (*.db);;"
            + translate("Dialogs", "All files")
            + " (*)",
        )
        if paths:
            merge(self, paths)

    def do_agreement(self) -> None:
        from annotator.gui.agreement_view import show_agreement

        show_agreement(self)

    def do_curation_mode(self, on: bool) -> None:
        """Reopen the window on the gold layer (curation) or the analyst's own layer."""
        if on == self.curating:
            return
        layer = GOLD_LAYER if on else self.session.author
        new = type(self)(
            AnnotationSession(self.project, self.session.author, layer), self.settings, curation=on
        )
        new.show()
        self.close()

    def _curating(self) -> CurationPanel | None:
        if self.curation is None:
            self.statusBar().showMessage(
                translate("MainWindow", "Team > Curation mode first (Ctrl+Shift+G)"), 6000
            )
        return self.curation

    def do_curate_auto(self) -> None:
        from annotator.services import curation

        report = curation.auto_curate(self.project, self.session.author)
        self.controller.reload()
        if self.curation is not None:
            self.curation.refresh()
        self.documents.refresh()
        added = translate(
            "MainWindow",
            "gold: {spans} spans and {links} links added; {left} disagreements left to curate",
        )
        counts = {"spans": report.spans, "links": report.relations, "left": report.open_units}
        self.statusBar().showMessage(added.format(**{k: num(v) for k, v in counts.items()}), 10000)
        self._update_undo_actions()

    def do_next_disagreement(self) -> None:
        if panel := self._curating():
            panel.step(1)

    def do_previous_disagreement(self) -> None:
        if panel := self._curating():
            panel.step(-1)

    def do_take_version(self, n: int) -> None:
        if panel := self._curating():
            panel.take(n)

    def do_reject_versions(self) -> None:
        if panel := self._curating():
            panel.reject_all()

    def do_settle_unit(self) -> None:
        if panel := self._curating():
            panel.settle()

    def do_guidelines(self) -> None:
        from annotator.gui.guidelines_view import GuidelinesDialog

        self.guidelines_dialog = GuidelinesDialog(self.project, self)
        self.guidelines_dialog.show()

    def do_evaluate_suggestions(self) -> None:
        from annotator.gui.agreement_view import show_evaluation

        show_evaluation(self)
