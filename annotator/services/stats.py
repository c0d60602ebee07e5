"""Summaries of a project for the CLI and the GUI."""

from __future__ import annotations

from dataclasses import dataclass

from annotator.services.project import Project, store_of
from annotator.store import ProjectStore


@dataclass(frozen=True)
class ProjectStats:
    path: str
    documents: int
    by_lang: dict[str, int]
    by_source: dict[str, int]
    spans: int
    by_label: dict[str, int]
    relations: int
    entities: int
    annotators: list[str]  # people
    layers: dict[str, str]  # layer name -> kind
    status: dict[str, dict[str, int]]  # per layer
    events: int
    schema_version: int


def project_stats(store: Project | ProjectStore) -> ProjectStats:
    store = store_of(store)
    annotators = store.annotator_names()
    schema = store.schema.current()
    return ProjectStats(
        path=store.path,
        documents=store.documents.count(),
        by_lang=store.documents.count_by("lang"),
        by_source=store.documents.count_by("source"),
        spans=store.annotations.count_spans(),
        by_label=store.annotations.label_counts(),
        relations=store.annotations.count_relations(),
        entities=store.entities.count(),
        annotators=annotators,
        layers={layer.name: layer.kind for layer in store.layers()},
        status={name: store.status.counts(name) for name in store.layer_names()},
        events=store.events.count(),
        schema_version=schema.version if schema else 0,
    )
