"""Trained suggestion models, one row per language (migration m006_models)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from annotator.core.learned import TrainedModel

if TYPE_CHECKING:
    from annotator.store.project import ProjectStore


class ModelRepo:
    def __init__(self, store: ProjectStore) -> None:
        self.store = store
        self.conn = store.conn

    def save(self, model: TrainedModel) -> None:
        """Store ``model`` for its language, replacing the one trained before."""
        with self.store.atomic():
            self.conn.execute(
                "INSERT INTO models (lang, labels, trained_at, articles, bytes, figures) "
                "VALUES (?,?,?,?,?,?) ON CONFLICT(lang) DO UPDATE SET labels = excluded.labels,"
                " trained_at = excluded.trained_at, articles = excluded.articles, "
                "bytes = excluded.bytes, figures = excluded.figures",
                [
                    model.lang,
                    ",".join(model.labels),
                    model.trained_at,
                    model.articles,
                    model.data,
                    json.dumps(dict(model.figures), ensure_ascii=False),
                ],
            )

    def get(self, lang: str) -> TrainedModel | None:
        """The model of ``lang`` with its bytes, or None."""
        row = self.conn.execute(
            "SELECT lang, labels, trained_at, articles, figures, length(bytes), bytes "
            "FROM models WHERE lang = ?",
            [lang],
        ).fetchone()
        return _model(row, bytes(row[6])) if row else None

    def describe(self) -> list[TrainedModel]:
        """Every language's model without its bytes (``data`` empty, ``size`` set)."""
        return [
            _model(r, b"")
            for r in self.conn.execute(
                "SELECT lang, labels, trained_at, articles, figures, length(bytes) "
                "FROM models ORDER BY lang"
            )
        ]

    def done_articles(self) -> int:
        """Documents marked done in an analyst's layer or a curation layer."""
        return self.conn.execute(
            "SELECT COUNT(DISTINCT d.document_id) FROM doc_status d JOIN layers l "
            "ON l.id = d.layer_id WHERE d.status = 'done' AND l.kind IN ('analyst', 'curation')"
        ).fetchone()[0]

    def delete(self, lang: str) -> bool:
        with self.store.atomic():
            cur = self.conn.execute("DELETE FROM models WHERE lang = ?", [lang])
        return cur.rowcount > 0


def _model(row: tuple, data: bytes) -> TrainedModel:
    return TrainedModel(
        row[0],
        tuple(x for x in row[1].split(",") if x),
        row[2],
        row[3] or 0,
        data,
        json.loads(row[4]) if row[4] else {},
        row[5] or 0,
    )
