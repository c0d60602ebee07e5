"""Agreement between a project's layers (annotator.core.agreement), for the CLI and
the window: which layers, which labels, a readable summary and a confusion PNG."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from annotator.core.agreement import group_layers, measure_agreement
from annotator.core.agreement_model import AgreementReport, ConfusionMatrix
from annotator.io.exporters.base import MissingExtra
from annotator.io.rtl_output import chart_text
from annotator.services.curation import analyst_layers
from annotator.services.exporting import annotated_documents
from annotator.services.project import Project, store_of
from annotator.store import ProjectStore


class AgreementError(Exception):
    """One line: why agreement cannot be measured (e.g. fewer than two layers)."""


def project_agreement(
    project: Project | ProjectStore,
    layers: Sequence[str] | None = None,
    labels: Sequence[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> AgreementReport:
    """Every agreement figure between ``layers`` (default: the analyst layers) over
    the project's articles, for ``labels`` (default: the schema's)."""
    store = store_of(project)
    known = store.layer_names()
    chosen = list(layers) if layers else analyst_layers(store)
    unknown = [name for name in chosen if name not in known]
    if unknown:
        raise AgreementError(f"no layer {unknown[0]!r} (layers: {', '.join(known) or 'none'})")
    if len(chosen) < 2:
        raise AgreementError(
            f"agreement needs two layers or more; this project has {len(chosen)} "
            f"({', '.join(chosen) or 'none'}): merge analysts' packages first, or name "
            "layers with --layers"
        )
    schema_labels = [label.name for label in store.schema.current().labels]
    wanted = list(labels) if labels else schema_labels
    bad = [name for name in wanted if name not in schema_labels]
    if bad:
        raise AgreementError(f"no label {bad[0]!r} (labels: {', '.join(schema_labels)})")
    keep = set(chosen)
    items = (item for item in annotated_documents(store, progress=progress) if item.layer in keep)
    return measure_agreement(group_layers(items), wanted, layers=chosen)


def summary_lines(report: AgreementReport, top: int = 10) -> list[str]:
    """A plain-text summary: overall figures, per label, attributes, links, worst articles."""

    def fmt(value: float | None) -> str:
        return "-" if value is None else f"{round(value, 3) + 0.0:.3f}"  # no "-0.000"

    every = len(report.layers) > 2
    lines = [f"layers: {', '.join(report.layers)}; articles: {report.documents}", ""]
    lines.append("span F1 (all pairs)         exact   overlap   pairs/spans")
    for label in (*report.labels, "(all)"):
        rows = {
            r.match: r for r in report.spans if r.label == label and (len(r.layers) > 2) == every
        }
        if rows:
            ex, ov = rows.get("exact"), rows.get("overlap")
            lines.append(
                f"  {label:<24} {fmt(ex.f1 if ex else None):>7} {fmt(ov.f1 if ov else None):>9}"
                f"   tp {ov.tp if ov else 0}, fp {ov.fp if ov else 0}, fn {ov.fn if ov else 0}"
            )
    columns = (*report.labels, "(all)")
    lines += ["", f"{'coefficients':<34}" + "".join(f"{c[:9]:>10}" for c in columns)]
    for measure, layers in dict.fromkeys((c.measure, c.layers) for c in report.coefficients):
        values = {
            c.label: c.value
            for c in report.coefficients
            if (c.measure, c.layers) == (measure, layers)
        }
        name = f"{measure} {'/'.join(layers) if len(layers) < 3 else '(all layers)'}"
        lines.append(f"  {name:<32}" + "".join(f"{fmt(values.get(c)):>10}" for c in columns))
    if report.attributes:
        lines += ["", "attributes on matched spans"]
        for a in report.attributes:
            lines.append(
                f"  {'/'.join(a.layers):<20} {a.label}.{a.attribute:<10} {fmt(a.share)} "
                f"({a.agree} of {a.pairs})"
            )
    if report.links:
        lines += ["", "links on matched claims"]
        for link in report.links:
            lines.append(
                f"  {'/'.join(link.layers):<20} {link.relation:<16} {fmt(link.share)} "
                f"({link.agree} of {link.pairs})"
            )
    worst = [d for d in report.ranking if d.disagreement is not None][:top]
    if worst:
        lines += ["", f"articles with the most disagreement (worst {len(worst)})"]
        for d in worst:
            lines.append(f"  {fmt(d.disagreement)}  {d.title[:60]}  (document {d.document_id})")
    return lines


def confusion_png(matrix: ConfusionMatrix, path: str | Path) -> Path:
    """Draw a confusion matrix (counts in the cells) to ``path``; MissingExtra when
    matplotlib is not installed."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise MissingExtra(
            "the confusion matrix PNG needs matplotlib: pip install 'annotator[charts]'"
        ) from exc
    path = Path(path)
    n = len(matrix.labels)
    with matplotlib.rc_context({"text.parse_math": False, "text.usetex": False}):
        return _draw(plt, matrix, n, path)


def confusion_strings(matrix: ConfusionMatrix) -> tuple[list[str], str, str, str]:
    """(labels, row layer, column layer, title) as handed to matplotlib: shaped and in
    visual order on matplotlib < 3.11, which cannot shape Arabic or Persian names
    itself (io/rtl_output.py); unchanged on later versions. MissingExtra when the
    shaping libraries are needed and missing."""
    rows, cols = matrix.layers[0], matrix.layers[1]
    return (
        [chart_text(str(x)) for x in matrix.labels],
        chart_text(rows),
        chart_text(cols),
        chart_text(f"{rows} (rows) vs {cols} (columns)"),
    )


def _draw(plt, matrix: ConfusionMatrix, n: int, path: Path) -> Path:
    labels, rows, cols, title = confusion_strings(matrix)
    fig, ax = plt.subplots(figsize=(1.2 * n + 2, 1.1 * n + 1.5))
    ax.imshow(matrix.counts, cmap="Blues")
    ax.set_xticks(range(n), labels, rotation=30, ha="right")
    ax.set_yticks(range(n), labels)
    ax.set_xlabel(cols)
    ax.set_ylabel(rows)
    top = max((max(row) for row in matrix.counts), default=0) or 1
    for i, row in enumerate(matrix.counts):
        for j, value in enumerate(row):
            color = "white" if value > top / 2 else "black"
            ax.text(j, i, str(value), ha="center", va="center", color=color)
    ax.set_title(title)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


#: Agreement in a gold datasheet is measured on at most this many articles (a
#: deterministic sample, said so in the datasheet), so that exports stay quick.
DATASHEET_SAMPLE = 2000


def gold_provenance(project: Project | ProjectStore, gold: str = "gold") -> list[str]:
    """Datasheet lines saying how the gold layer was made: analysts per article,
    agreement between them, and the share of gold spans curated automatically
    (``merged:A+B``), taken from one analyst (``merged:A``) or made by hand."""
    store = store_of(project)
    if gold not in store.layer_names():
        return []
    analysts = set(analyst_layers(store))
    per_doc: dict[int, set[str]] = {}
    origins = {"automatically (all analysts agreed)": 0, "one analyst's version": 0, "by hand": 0}
    for doc_id, layer, _status, spans, _rels in store.annotations.iter_layers():
        if layer in analysts and spans:
            per_doc.setdefault(doc_id, set()).add(layer)
        if layer == gold:
            for span in spans:
                if span.origin.startswith("merged:") and "+" in span.origin:
                    origins["automatically (all analysts agreed)"] += 1
                elif span.origin.startswith("merged:"):
                    origins["one analyst's version"] += 1
                else:
                    origins["by hand"] += 1
    counts: dict[int, int] = {}
    for layers in per_doc.values():
        counts[len(layers)] = counts.get(len(layers), 0) + 1
    total = sum(origins.values()) or 1
    lines = [
        "- analysts per article: "
        + (", ".join(f"{k}: {v} articles" for k, v in sorted(counts.items())) or "none"),
        "- gold spans: "
        + "; ".join(f"{name} {n} ({100 * n / total:.1f}%)" for name, n in origins.items()),
    ]
    shared = sorted(d for d, layers in per_doc.items() if len(layers) >= 2)
    names = sorted({x for d in shared for x in per_doc[d]})
    if len(names) >= 2:
        sample = shared[:: max(1, len(shared) // DATASHEET_SAMPLE)][:DATASHEET_SAMPLE]
        keep = set(sample)
        items = (
            it
            for it in annotated_documents(store)
            if it.document.id in keep and it.layer in set(names)
        )
        report = measure_agreement(group_layers(items), _labels(store), layers=names)
        lines.append(
            f"- agreement between {', '.join(names)} on {len(sample)} shared articles"
            + (f" (a sample of {len(shared)})" if len(sample) < len(shared) else "")
            + ": "
            + "; ".join(_headline(report))
        )
    return lines


def _labels(store: ProjectStore) -> list[str]:
    return [label.name for label in store.schema.current().labels]


def _headline(report: AgreementReport) -> list[str]:
    """Overall span F1 (overlap, mean of pairs), Krippendorff's alpha and alpha-U."""
    f1 = [
        r.f1
        for r in report.spans
        if r.label == "(all)" and r.match == "overlap" and len(r.layers) == 2 and r.f1 is not None
    ]
    out = [f"span F1 (overlap, pairs) {sum(f1) / len(f1):.3f}" if f1 else "span F1 -"]
    for measure in ("krippendorff_alpha", "alpha_u"):
        values = [
            c.value
            for c in report.coefficients
            if c.measure == measure and c.label == "(all)" and c.value is not None
        ]
        if values:
            out.append(f"{measure} {values[-1]:.3f}")
    return out
