"""The English messages of the layers below the window, as templates to translate.

Each template is a message exactly as the services, store, core or io write it,
with its variable pieces as ``{fields}`` (gui/messages.py turns it into a pattern).
Field names say how a piece is shown: ``n``, ``m``, ``total`` are counts (local
digits); ``error`` and ``where`` are messages or locations of their own (translated
in turn; ``desc`` and ``until`` likewise); ``month``, ``weekday``, ``season`` and
``jtype`` read only the English words listed below, translated; ``size`` is a file size; every
other field is data (a file, a label, an id, a value typed) kept as it is.

tests/test_messages.py finds every message those layers can raise and fails when
none of these templates reads it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "Message"

# fmt: off
TEMPLATES: tuple[str, ...] = (
    # -- editing: services.annotate, services.suggesting, services.curation, store --
    QT_TRANSLATE_NOOP("Message", "the annotator's name is empty"),
    QT_TRANSLATE_NOOP("Message", "nothing selected to tag"),
    QT_TRANSLATE_NOOP("Message", "a span must keep at least one character"),
    QT_TRANSLATE_NOOP("Message", "no clitic prefix to leave out or take in"),
    QT_TRANSLATE_NOOP("Message", "{rel} links a {label}, not a {other}"),
    QT_TRANSLATE_NOOP("Message", "{rel} links to a {label}, not a {other}"),
    QT_TRANSLATE_NOOP("Message", "a speaker needs a name"),
    QT_TRANSLATE_NOOP("Message", "direction must be rtl or ltr, not {value}"),
    QT_TRANSLATE_NOOP("Message", "nothing to undo"),
    QT_TRANSLATE_NOOP("Message", "nothing to redo"),
    QT_TRANSLATE_NOOP("Message", "that step is no longer in the history"),
    QT_TRANSLATE_NOOP("Message", "cannot undo: {error}"),
    QT_TRANSLATE_NOOP("Message", "suggestion {id} is gone"),
    QT_TRANSLATE_NOOP("Message", "the suggestion no longer matches the text"),
    QT_TRANSLATE_NOOP("Message", "no layer {name} in this unit"),
    QT_TRANSLATE_NOOP("Message", "this disagreement is settled already"),
    QT_TRANSLATE_NOOP("Message", "no document {id}"),
    QT_TRANSLATE_NOOP("Message", "no entity {id}"),
    QT_TRANSLATE_NOOP("Message", "a relation needs exactly one tail: a span or an entity"),
    QT_TRANSLATE_NOOP("Message", "span {id} was deleted in another window"),
    QT_TRANSLATE_NOOP("Message", "span {id} was changed in another window"),
    QT_TRANSLATE_NOOP("Message", "relation {id} was changed in another window"),
    QT_TRANSLATE_NOOP("Message", "some of these spans were deleted in another window"),
    QT_TRANSLATE_NOOP("Message", "some of these links were deleted in another window"),
    QT_TRANSLATE_NOOP("Message", "cannot change {name}"),
    QT_TRANSLATE_NOOP("Message", "not editable: {name}"),
    QT_TRANSLATE_NOOP("Message", "status must be one of {names}, not {value}"),
    QT_TRANSLATE_NOOP("Message", "edge and towards are 'left' or 'right'"),
    QT_TRANSLATE_NOOP("Message", "{where}: offsets [{start}, {end}) out of range for a text of {n} characters"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "{where}: text at [{start}, {end}) is {text}, not {expected}"),
    QT_TRANSLATE_NOOP("Message", "offsets [{start}, {end}) out of range for a text of {n} characters"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "text at [{start}, {end}) is {text}, not {expected}"),
    # -- opening projects: services.project, store --
    QT_TRANSLATE_NOOP("Message", "{where}: already exists; open it or choose another name"),
    QT_TRANSLATE_NOOP("Message", "{where}: is a folder, not a project file"),
    QT_TRANSLATE_NOOP("Message", "{where}: not a regular file, not a project"),
    QT_TRANSLATE_NOOP("Message", "{where}: not an annotator project (not an SQLite file)"),
    QT_TRANSLATE_NOOP("Message", "{where}: no such project; create it with 'annotator init {path}'"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "{where}: an empty file, not an annotator project; it was left untouched (create a project with 'annotator init')"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "{where}: not an annotator project (an SQLite file of another program, with tables {names}); it was left untouched"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "{where}: made by a newer annotator (project schema version {n}, this annotator knows versions up to {m}: it lacks {name}); upgrade annotator to open it"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "{where}: the project is busy: another program (an import, suggest, a window) held its write lock too long; this change was not written, run the command again when the other one is done"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "{where}: the project file is damaged ({detail}); nothing was written to it. Recover what is readable into a new file with: sqlite3 {path} \".recover\" | sqlite3 {copy}.recovered, then check the copy with 'annotator check {again}.recovered'"),  # noqa: E501
    # -- layers, labels, schema: services, core --
    QT_TRANSLATE_NOOP("Message", "no layer {name} (layers: {names})"),
    QT_TRANSLATE_NOOP("Message", "no layer {name} in this project (layers: {names})"),
    QT_TRANSLATE_NOOP("Message", "no layer {name} to evaluate against (layers: {names})"),
    QT_TRANSLATE_NOOP("Message", "no layer {name} to train on (layers: {names})"),
    QT_TRANSLATE_NOOP("Message", "no label {name} (labels: {names})"),
    QT_TRANSLATE_NOOP("Message", "no label {name} in schema version {id}"),
    QT_TRANSLATE_NOOP("Message", "no relation type {name} in schema version {id}"),
    QT_TRANSLATE_NOOP("Message", "label #{n} has no name"),
    QT_TRANSLATE_NOOP("Message", "label {label}: colour {value} is not #rrggbb"),
    QT_TRANSLATE_NOOP("Message", "label {label}: key {value} already used by {other}"),
    QT_TRANSLATE_NOOP("Message", "label {label}: attribute kind {value} unknown"),
    QT_TRANSLATE_NOOP("Message", "label {label}: attribute {name} {error}"),
    QT_TRANSLATE_NOOP("Message", "label {name} {error}"),
    QT_TRANSLATE_NOOP("Message", "relation type {name} {error}"),
    QT_TRANSLATE_NOOP("Message", "is empty"),
    QT_TRANSLATE_NOOP("Message", "has leading or trailing spaces"),
    QT_TRANSLATE_NOOP("Message", "holds the control character U+{code}"),
    QT_TRANSLATE_NOOP("Message", "the schema has no labels"),
    QT_TRANSLATE_NOOP("Message", "two labels share a name"),
    QT_TRANSLATE_NOOP("Message", "relation {name}: no label {label}"),
    QT_TRANSLATE_NOOP("Message", "check: no label {label}"),
    QT_TRANSLATE_NOOP("Message", "check on {label}: give a relation or an attribute (one of them)"),
    QT_TRANSLATE_NOOP("Message", "check on {label}: no relation type {name}"),
    QT_TRANSLATE_NOOP("Message", "check on {label}: {other} has no attribute {name}"),
    QT_TRANSLATE_NOOP("Message", "unknown {kind} {name}; known: {names}"),
    QT_TRANSLATE_NOOP("Message", "unknown export format {name}; known: {names}"),
    QT_TRANSLATE_NOOP("Message", "unknown import format {name}; known: {names}"),
    QT_TRANSLATE_NOOP("Message", "unknown annotation format {name}; known: {names}"),
    # -- agreement, evaluation, training --
    QT_TRANSLATE_NOOP("Message", "agreement needs two layers or more; this project has {n} ({names}): merge analysts' packages first, or name layers with --layers"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "agreement needs at least two layers"),
    QT_TRANSLATE_NOOP("Message", "Fleiss' kappa needs at least two raters"),
    QT_TRANSLATE_NOOP("Message", "an item has {n} judgements, expected {m}"),
    QT_TRANSLATE_NOOP("Message", "the two raters judged different numbers of items"),
    QT_TRANSLATE_NOOP("Message", "alpha-U needs at least two raters"),
    QT_TRANSLATE_NOOP("Message", "expected units of {n} raters, got {m}"),
    QT_TRANSLATE_NOOP("Message", "the confusion matrix PNG needs matplotlib: pip install 'annotator[charts]'"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "the label chart needs matplotlib: pip install 'annotator[charts]'"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "charts with Arabic or Persian text need arabic-reshaper and python-bidi: pip install 'annotator[charts]'"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "no labels to train: give at least one, e.g. --labels SPEAKER"),
    QT_TRANSLATE_NOOP("Message", "unknown label {name}; the schema has {names}"),
    QT_TRANSLATE_NOOP("Message", "label {name} cannot be learned; the model learns {names}"),
    QT_TRANSLATE_NOOP("Message", "too few annotated articles in layer {name} to train: {detail}"),
    QT_TRANSLATE_NOOP("Message", "too few annotated articles in the gold and analysts' layers to train: {detail}"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "the retraining interval must be 0 or more, not {value}"),
    # -- suggestions --
    QT_TRANSLATE_NOOP("Message", "engine {name} failed on document {id}: {error}"),
    QT_TRANSLATE_NOOP("Message", "engine {name} gave offsets [{start}, {end}) that do not match document {id}"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "unknown engine {name}; known: {names}"),
    QT_TRANSLATE_NOOP("Message", "{where}: cannot write: {detail}"),
    # -- team: assignment, packages, merging --
    QT_TRANSLATE_NOOP("Message", "no analysts given: --to amina,reza"),
    QT_TRANSLATE_NOOP("Message", "no analysts given"),
    QT_TRANSLATE_NOOP("Message", "analyst name {name}: use letters, digits, '_', '.' or '-'"),
    QT_TRANSLATE_NOOP("Message", "analyst {name} is named twice"),
    QT_TRANSLATE_NOOP("Message", "--overlap must be between 0 and 1, not {value}"),
    QT_TRANSLATE_NOOP("Message", "{n} analysts per shared article, but only {m} analysts"),
    QT_TRANSLATE_NOOP("Message", "{where}: already exists (it may hold an analyst's work); choose an empty folder"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "{where}: the project has no articles to assign"),
    QT_TRANSLATE_NOOP("Message", "{where}: is the curation project itself"),
    QT_TRANSLATE_NOOP("Message", "{where}: not an annotator project (no label schema)"),
    QT_TRANSLATE_NOOP("Message", "{where}: no such file"),
    QT_TRANSLATE_NOOP("Message", "{where}: article {id} has a different text from the project's (SHA-256 differs); nothing was merged"),  # noqa: E501
    # -- speaker registry files --
    QT_TRANSLATE_NOOP("Message", "{where}: unknown registry format {ext} (use .csv or .json)"),
    QT_TRANSLATE_NOOP("Message", "{where}: empty name"),
    QT_TRANSLATE_NOOP("Message", "{where}: kind {kind} is not an upper-case word like PERSON"),
    QT_TRANSLATE_NOOP("Message", "{where}: wikidata id {id} is not like Q42"),
    QT_TRANSLATE_NOOP("Message", "{where}: header must be {names}"),
    QT_TRANSLATE_NOOP("Message", "{where}: {n} fields, expected {m}"),
    QT_TRANSLATE_NOOP("Message", "{where}: invalid JSON ({detail})"),
    QT_TRANSLATE_NOOP("Message", "{where}: expected an object with an \"entities\" list"),
    QT_TRANSLATE_NOOP("Message", "{where}: entity #{n}"),
    QT_TRANSLATE_NOOP("Message", "{where}: not an object"),
    QT_TRANSLATE_NOOP("Message", "{where}: alias #{n} has no text"),
    QT_TRANSLATE_NOOP("Message", "{where}: cannot read ({detail})"),
    QT_TRANSLATE_NOOP("Message", "{name}: {id} here, {other} in the project; kept as two entities"),
    # -- import and export: services, io --
    QT_TRANSLATE_NOOP("Message", "{where}: no such file or folder"),
    QT_TRANSLATE_NOOP("Message", "{where}: no importable files found (.txt, .jsonl, .csv, .tsv)"),
    QT_TRANSLATE_NOOP("Message", "the paths given"),
    QT_TRANSLATE_NOOP("Message", "{file}: {error}"),
    QT_TRANSLATE_NOOP("Message", "the input: {error}"),
    QT_TRANSLATE_NOOP("Message", "the reading process stopped (exit code {code})"),
    QT_TRANSLATE_NOOP("Message", "{where}: id {id} is already used by a document with other text (use --id-prefix)"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "{error} (nothing was imported)"),
    QT_TRANSLATE_NOOP("Message", "document {id}: label {name}: {error}"),
    QT_TRANSLATE_NOOP("Message", "document {id}: relation type {name}: {error}"),
    QT_TRANSLATE_NOOP("Message", "document {id}: relation {other} refers to a span that is not there"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "document {id}: {error}"),
    QT_TRANSLATE_NOOP("Message", "document {id}: not valid Unicode: {reason}"),
    QT_TRANSLATE_NOOP("Message", "document {id}: U+{code} at offset {offset} cannot be written in XML 1.0 (XMI); export this article with another format (jsonl keeps it), nothing was written"),  # noqa: E501
    # what an exporter reported it could not hold (services.datasheet.exporter_loss_items)
    QT_TRANSLATE_NOOP("Message", "dropped: {n}"),
    QT_TRANSLATE_NOOP("Message", "cells neutralised against formula injection: {n}"),
    QT_TRANSLATE_NOOP("Message", "control characters replaced by U+FFFD (XML cannot hold them): {n}"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "this project has no adjudicated 'gold' layer yet; export one analyst's layer with --layer NAME"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "{where}: is a folder; give a file name"),
    QT_TRANSLATE_NOOP("Message", "{where}: is a file; give a folder name"),
    QT_TRANSLATE_NOOP("Message", "{where}: {path} is not a folder"),
    QT_TRANSLATE_NOOP("Message", "empty split: give e.g. train=0.8,dev=0.1,test=0.1"),
    QT_TRANSLATE_NOOP("Message", "split part {value} is not NAME=RATIO (e.g. train=0.8)"),
    QT_TRANSLATE_NOOP("Message", "split name {value}: use letters, digits, '_' or '-'"),
    QT_TRANSLATE_NOOP("Message", "split name {value} is given twice"),
    QT_TRANSLATE_NOOP("Message", "split {name}: {value} is not a number"),
    QT_TRANSLATE_NOOP("Message", "no splits given"),
    QT_TRANSLATE_NOOP("Message", "split {name}: ratio must be above 0, got {value}"),
    QT_TRANSLATE_NOOP("Message", "split ratios sum to {value}, not 1 (within {margin})"),
    QT_TRANSLATE_NOOP("Message", "document {id} is listed twice"),
    QT_TRANSLATE_NOOP("Message", "unknown encoding {name} (--encoding)"),
    QT_TRANSLATE_NOOP("Message", "empty file"),
    QT_TRANSLATE_NOOP("Message", "binary file, not text"),
    QT_TRANSLATE_NOOP("Message", "not valid UTF-8 and no Arabic encoding (Windows-1256, ISO-8859-6) explains it; convert it to UTF-8 or pass --encoding"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "not valid UTF-8, and Windows-1256 and ISO-8859-6 both explain it with different letters; pass --encoding cp1256 or --encoding iso8859-6"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "unknown field {name} (--field); known: {names}"),
    QT_TRANSLATE_NOOP("Message", "--max-chars must be at least 1, not {value}"),
    QT_TRANSLATE_NOOP("Message", "{name} is not valid JSON"),
    QT_TRANSLATE_NOOP("Message", "{name} {value} is not an integer"),
    QT_TRANSLATE_NOOP("Message", "JSON nested too deeply"),
    QT_TRANSLATE_NOOP("Message", "JSON {kind} where an object was expected"),
    QT_TRANSLATE_NOOP("Message", "'value' is {jtype}, not an object"),
    QT_TRANSLATE_NOOP("Message", "[{start}, {end}) matches {text} in no unit ({names})"),
    QT_TRANSLATE_NOOP("Message", "{where}, region {id}: {error}"),
    QT_TRANSLATE_NOOP("Message", "{where}, region {id}: 'labels' is {jtype}, not an array of label names"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "{where}: a region id is {jtype}"),
    QT_TRANSLATE_NOOP("Message", "{where}: a result has an id or value of the wrong type"),
    QT_TRANSLATE_NOOP("Message", "{where}: relation {id} -> {other} refers to a missing region"),
    QT_TRANSLATE_NOOP("Message", "{where}: relation {id} -> {other}: 'labels' is not names"),
    QT_TRANSLATE_NOOP("Message", "entries add up to over {n} MB uncompressed"),
    QT_TRANSLATE_NOOP("Message", "{name} is over {n} MB"),
    QT_TRANSLATE_NOOP("Message", "entry {name} inflates to {size} bytes, over the limit of {limit}"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "entry {name} inflates {ratio} times ({size} to {unpacked} bytes), over the limit of {n} (a ZIP bomb?)"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "entry {name} is over {size} bytes"),
    QT_TRANSLATE_NOOP("Message", "manifest.json: nested too deeply"),
    QT_TRANSLATE_NOOP("Message", "manifest.json is not a list of entries"),
    QT_TRANSLATE_NOOP("Message", "manifest.json: entry {n} is not an object with a 'file' name"),
    QT_TRANSLATE_NOOP("Message", "manifest.json: entry {n}: 'meta' is not an object"),
    QT_TRANSLATE_NOOP("Message", "its attrs feature is not JSON ({detail})"),
    QT_TRANSLATE_NOOP("Message", "its attrs feature is not a JSON object"),
    # -- DATE values: core.timex --
    QT_TRANSLATE_NOOP("Message", "year 0000 is out of range (0001-9999)"),
    QT_TRANSLATE_NOOP("Message", "month {value} is not between 01 and 12"),
    QT_TRANSLATE_NOOP("Message", "day {value} does not exist: {month} {year} has {n} days"),
    QT_TRANSLATE_NOOP("Message", "day {value} does not exist: {month} has {n} days"),
    QT_TRANSLATE_NOOP("Message", "week {value} does not exist: {year} has {n} ISO weeks"),
    QT_TRANSLATE_NOOP("Message", "weekday {value} is not between 1 (Monday) and 7 (Sunday)"),
    QT_TRANSLATE_NOOP("Message", "{value} falls outside 0001-9999"),
    QT_TRANSLATE_NOOP("Message", "UTC offset {value} is not between -14:00 and +14:00"),
    QT_TRANSLATE_NOOP("Message", "add the minutes: {value}"),
    QT_TRANSLATE_NOOP("Message", "time {value} is not HH:MM or HH:MM:SS (24-hour clock)"),
    QT_TRANSLATE_NOOP("Message", "hour {value} is not between 00 and 23"),
    QT_TRANSLATE_NOOP("Message", "minute {value} is not between 00 and 59"),
    QT_TRANSLATE_NOOP("Message", "second {value} is not between 00 and 59"),
    QT_TRANSLATE_NOOP("Message", "quarter Q{value} is not between Q1 and Q4"),
    QT_TRANSLATE_NOOP("Message", "{value}: an interval is two dates, start/end (2019-03-21/2020-03-19)"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "{value} is not a TIMEX3 value; expected 2020, 2020-11, 2020-11-07, 2020-W45, 2020-Q3 or 2020-11-07T19:31"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "{value}: write dates year first, as YYYY-MM-DD (2020-11-07)"),
    QT_TRANSLATE_NOOP("Message", "{value}: write months and days with two digits (2020-03-07)"),
    QT_TRANSLATE_NOOP("Message", "{value}: write ISO weeks with two digits (2020-W05)"),
    QT_TRANSLATE_NOOP("Message", "{value}: a year has four digits"),
    QT_TRANSLATE_NOOP("Message", "{value}: the interval ends before it starts"),
    QT_TRANSLATE_NOOP("Message", "a TIMEX3 value is text, not {value}"),
    QT_TRANSLATE_NOOP("Message", "empty value; expected 2020, 2020-11, 2020-11-07, 2020-W45, 2020-Q3 or 2020-11-07T19:31"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "{value}: the references are PRESENT_REF, PAST_REF and FUTURE_REF"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "a time needs a date: write {value}"),
    QT_TRANSLATE_NOOP("Message", "XXXX-XX-XX (an unknown day) only stands before a time: T10:00"),
    QT_TRANSLATE_NOOP("Message", "a time needs a full YYYY-MM-DD date, not {value}"),
    # -- bad records of an import: io.importers, io.layers --
    QT_TRANSLATE_NOOP("Message", "cannot read file: {detail}"),
    QT_TRANSLATE_NOOP("Message", "no {name} field; use --field text=COLUMN"),
    QT_TRANSLATE_NOOP("Message", "{name} field is {jtype}, not a string"),
    QT_TRANSLATE_NOOP("Message", "{name} field is empty"),
    QT_TRANSLATE_NOOP("Message", "article is {size} ({count} characters), over the limit of {limit} characters (--max-chars)"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "article is {size}, over the limit of {limit} characters (--max-chars)"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "a line is over {size} characters, longer than a row of an article of at most {limit} characters (--max-chars); stopped reading this file"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "a field is over {size} characters, over the limit of {limit} characters (--max-chars); stopped reading this file"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "line is over {size} characters, too long for an article of at most {limit} characters (--max-chars)"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "a link to {path}, outside the folder {folder} being imported (pass --follow-links to import it)"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "not a regular file ({error}); only regular files are imported"),
    QT_TRANSLATE_NOOP("Message", "a FIFO"),
    QT_TRANSLATE_NOOP("Message", "a character device"),
    QT_TRANSLATE_NOOP("Message", "a block device"),
    QT_TRANSLATE_NOOP("Message", "a socket"),
    QT_TRANSLATE_NOOP("Message", "a folder"),
    QT_TRANSLATE_NOOP("Message", "not a file"),
    QT_TRANSLATE_NOOP("Message", "undecodable bytes: 0x{byte} at column {column} is not valid {encoding}; convert the file to UTF-8 or pass --encoding"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "undecodable bytes: not valid {encoding} ({detail}); convert the file to UTF-8 or pass --encoding"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "a JSON array, not JSON Lines (one object per line); convert it, e.g. jq -c '.[]' FILE"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "a pretty-printed JSON document, not JSON Lines (one object per line)"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "a JSON string has an unpaired surrogate escape (\\ud800-\\udfff), not valid Unicode"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "JSON line is not an object (got {jtype})"),
    QT_TRANSLATE_NOOP("Message", "malformed JSON: {detail} (column {column})"),
    QT_TRANSLATE_NOOP("Message", "malformed JSON: nested too deeply"),
    QT_TRANSLATE_NOOP("Message", "malformed JSON: {detail}"),
    QT_TRANSLATE_NOOP("Message", "malformed CSV: {detail}"),
    QT_TRANSLATE_NOOP("Message", "unterminated quoted field"),
    QT_TRANSLATE_NOOP("Message", "row has {n} fields, header has {m}"),
    QT_TRANSLATE_NOOP("Message", "no rows after the header"),
    QT_TRANSLATE_NOOP("Message", "not JSON: {detail}"),
    QT_TRANSLATE_NOOP("Message", "line is {jtype}, not an object"),
    QT_TRANSLATE_NOOP("Message", "record is {jtype}, not an object"),
    QT_TRANSLATE_NOOP("Message", "task {n} is {jtype}, not an object"),
    QT_TRANSLATE_NOOP("Message", "span #{n} is {jtype}, not an object"),
    QT_TRANSLATE_NOOP("Message", "entity #{n} is {jtype}, not an object"),
    QT_TRANSLATE_NOOP("Message", "entity #{n} has an id that is {jtype}, not a number or string"),
    QT_TRANSLATE_NOOP("Message", "{name} #{n} is {jtype}, not an object"),
    QT_TRANSLATE_NOOP("Message", "{name} #{n}: 'result' is {jtype}, not an array"),
    QT_TRANSLATE_NOOP("Message", "{name} is {jtype}, not an array"),
    QT_TRANSLATE_NOOP("Message", "'label' is {jtype}, not an array of [start, end, label]"),
    QT_TRANSLATE_NOOP("Message", "label #{n} is not [start, end, label] (a text classification export?)"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "a span is {kind}, not a mapping"),
    QT_TRANSLATE_NOOP("Message", "a relation is not a mapping"),
    QT_TRANSLATE_NOOP("Message", "spans and relations must be lists"),
    QT_TRANSLATE_NOOP("Message", "spans or relations not as expected ({detail})"),
    QT_TRANSLATE_NOOP("Message", "attributes nested too deeply to read"),
    QT_TRANSLATE_NOOP("Message", "span {id}: no label"),
    QT_TRANSLATE_NOOP("Message", "span {id}: attrs is not an object"),
    QT_TRANSLATE_NOOP("Message", "span {id}: {error}"),
    QT_TRANSLATE_NOOP("Message", "span {id} {label} [{start}, {end}) does not match {name} (expected {text})"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "span {id} [{start}, {end}) in {unit} units: {error}"),
    QT_TRANSLATE_NOOP("Message", "span #{n}: id {id} is not a number or string, or twice"),
    QT_TRANSLATE_NOOP("Message", "span id {id} is missing or used twice"),
    QT_TRANSLATE_NOOP("Message", "no label"),
    QT_TRANSLATE_NOOP("Message", "relation {id} has no type"),
    QT_TRANSLATE_NOOP("Message", "relation #{n} has no type"),
    QT_TRANSLATE_NOOP("Message", "relation {id} refers to a missing span"),
    QT_TRANSLATE_NOOP("Message", "relation {id} refers to a span not in the line"),
    QT_TRANSLATE_NOOP("Message", "relation #{n} refers to an entity not in the record"),
    QT_TRANSLATE_NOOP("Message", "offsets {start}, {end} are not integers"),
    QT_TRANSLATE_NOOP("Message", "a key {name} that is not a string"),
    QT_TRANSLATE_NOOP("Message", "a value of type {name}, which JSON cannot hold"),
    QT_TRANSLATE_NOOP("Message", "nested more than {n} levels deep"),
    QT_TRANSLATE_NOOP("Message", "unpaired surrogate \\u{code} at character {n} (a broken \\ud800-\\udfff escape?); UTF-8 cannot hold it"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "unpaired surrogate \\u{code} (a broken \\ud800-\\udfff escape?); UTF-8 cannot hold it"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "unpaired surrogate (a broken \\ud800-\\udfff escape?); UTF-8 cannot hold it"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "text_sha256 does not match the text"),
    QT_TRANSLATE_NOOP("Message", "no 'text' string"),
    QT_TRANSLATE_NOOP("Message", "no 'text' column"),
    QT_TRANSLATE_NOOP("Message", "'text' is empty or not a string"),
    QT_TRANSLATE_NOOP("Message", "offset_unit is {unit}; this importer reads 'codepoint'"),
    QT_TRANSLATE_NOOP("Message", "unknown offset unit {unit}; known: {names}"),
    QT_TRANSLATE_NOOP("Message", "task {n} has no text in 'data'"),
    QT_TRANSLATE_NOOP("Message", "task {n} (id {id}): data.{key}: {error}"),
    QT_TRANSLATE_NOOP("Message", "task {n} (id {id}): {error}"),
    QT_TRANSLATE_NOOP("Message", "record {n} (document {id}): {error}"),
    QT_TRANSLATE_NOOP("Message", "record {n}: {error}"),
    QT_TRANSLATE_NOOP("Message", "nested too deeply to read"),
    QT_TRANSLATE_NOOP("Message", "too large to read into memory"),
    QT_TRANSLATE_NOOP("Message", "the {name} importer failed ({detail})"),
    QT_TRANSLATE_NOOP("Message", "document id {id} is used by records {n} and {m} with different texts"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "id {id} with layer {name} was already in row {n} (duplicate ids)"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "bad row: {detail}"),
    QT_TRANSLATE_NOOP("Message", "cannot read the Parquet data: {detail}"),
    QT_TRANSLATE_NOOP("Message", "not a Parquet file: {detail}"),
    QT_TRANSLATE_NOOP("Message", "not a spaCy DocBin: {detail}"),
    QT_TRANSLATE_NOOP("Message", "user_data not as expected: {detail}"),
    QT_TRANSLATE_NOOP("Message", "user_data: 'document' or its meta is not a mapping"),
    QT_TRANSLATE_NOOP("Message", "{name} needs {library}: {command}"),
    QT_TRANSLATE_NOOP("Message", "cannot read: {detail}"),
    QT_TRANSLATE_NOOP("Message", "cannot decode: {detail}"),
    QT_TRANSLATE_NOOP("Message", "cannot read T line {line}"),
    QT_TRANSLATE_NOOP("Message", "id {id} is used twice (lines {n} and {m})"),
    QT_TRANSLATE_NOOP("Message", "skipped {id}: {error}"),
    QT_TRANSLATE_NOOP("Message", "not UTF-8 (byte {n}): CoNLL files must be"),
    QT_TRANSLATE_NOOP("Message", "expected a token and a tag separated by TAB"),
    QT_TRANSLATE_NOOP("Message", "unknown tag {tag} (expected O, B-X, I-X)"),
    QT_TRANSLATE_NOOP("Message", "cannot load the XMI: no type system loaded it"),
    QT_TRANSLATE_NOOP("Message", "cannot load the XMI: {detail}"),
    QT_TRANSLATE_NOOP("Message", "no type system XML (TypeSystem.xml) found beside the XMI"),
    QT_TRANSLATE_NOOP("Message", "type {name} has no feature {feature} (--feature); its features: {names}"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "{name} [{start}, {end}) outside the text"),
    QT_TRANSLATE_NOOP("Message", "{name} [{start}, {end}): {error}"),
    QT_TRANSLATE_NOOP("Message", "cannot tell which feature holds the label of: {names}; choose with --type TYPE --feature NAME"),  # noqa: E501
    QT_TRANSLATE_NOOP("Message", "none of the annotations could be mapped to labels; types found: {names}; choose with --type TYPE --feature NAME"),  # noqa: E501
    # -- a DATE value described (core.timex, under the value field) --
    QT_TRANSLATE_NOOP("Message", "{weekday} {day} {month} {year}"),
    QT_TRANSLATE_NOOP("Message", "{desc} (week {week})"),
    QT_TRANSLATE_NOOP("Message", "{desc} (Solar Hijri {date})"),
    QT_TRANSLATE_NOOP("Message", "ISO week {week} of {year}"),
    QT_TRANSLATE_NOOP("Message", "the year {year}"),
    QT_TRANSLATE_NOOP("Message", "the years {start}-{end}"),
    QT_TRANSLATE_NOOP("Message", "the {decade}s"),
    QT_TRANSLATE_NOOP("Message", "{season} {year}"),
    QT_TRANSLATE_NOOP("Message", "quarter {quarter} of {year}"),
    QT_TRANSLATE_NOOP("Message", "{month} {year}"),
    QT_TRANSLATE_NOOP("Message", "an unknown day"),
    QT_TRANSLATE_NOOP("Message", "{day} {month}, year unknown"),
    QT_TRANSLATE_NOOP("Message", "{month}, year unknown"),
    QT_TRANSLATE_NOOP("Message", "quarter {quarter}, year unknown"),
    QT_TRANSLATE_NOOP("Message", "{season}, year unknown"),
    QT_TRANSLATE_NOOP("Message", "from {desc} to {until}"),
    QT_TRANSLATE_NOOP("Message", "{desc}, {clock} UTC{utc}"),
    QT_TRANSLATE_NOOP("Message", "{desc}, {clock} UTC"),
    QT_TRANSLATE_NOOP("Message", "{desc}, {clock}"),
    QT_TRANSLATE_NOOP("Message", "the present"),
    QT_TRANSLATE_NOOP("Message", "the past"),
    QT_TRANSLATE_NOOP("Message", "the future"),
)

# English words that messages put in a ``{month}``, ``{weekday}``, ``{season}`` or
# ``{jtype}`` field (a field of these reads only these words).
MONTHS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Message", "January"),
    QT_TRANSLATE_NOOP("Message", "February"),
    QT_TRANSLATE_NOOP("Message", "March"),
    QT_TRANSLATE_NOOP("Message", "April"),
    QT_TRANSLATE_NOOP("Message", "May"),
    QT_TRANSLATE_NOOP("Message", "June"),
    QT_TRANSLATE_NOOP("Message", "July"),
    QT_TRANSLATE_NOOP("Message", "August"),
    QT_TRANSLATE_NOOP("Message", "September"),
    QT_TRANSLATE_NOOP("Message", "October"),
    QT_TRANSLATE_NOOP("Message", "November"),
    QT_TRANSLATE_NOOP("Message", "December"),
)
WEEKDAYS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Message", "Monday"),
    QT_TRANSLATE_NOOP("Message", "Tuesday"),
    QT_TRANSLATE_NOOP("Message", "Wednesday"),
    QT_TRANSLATE_NOOP("Message", "Thursday"),
    QT_TRANSLATE_NOOP("Message", "Friday"),
    QT_TRANSLATE_NOOP("Message", "Saturday"),
    QT_TRANSLATE_NOOP("Message", "Sunday"),
)
SEASONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Message", "spring"),
    QT_TRANSLATE_NOOP("Message", "summer"),
    QT_TRANSLATE_NOOP("Message", "autumn"),
    QT_TRANSLATE_NOOP("Message", "winter"),
)
JSON_TYPES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Message", "null"),
    QT_TRANSLATE_NOOP("Message", "a boolean"),
    QT_TRANSLATE_NOOP("Message", "a number"),
    QT_TRANSLATE_NOOP("Message", "a string"),
    QT_TRANSLATE_NOOP("Message", "an array"),
    QT_TRANSLATE_NOOP("Message", "an object"),
)
WORDS = {"month": MONTHS, "weekday": WEEKDAYS, "season": SEASONS, "jtype": JSON_TYPES}

# A file size as io.importers.base.human_size writes it below 1 kB.
BYTES = QT_TRANSLATE_NOOP("Message", "{n} bytes")

# The Team > Merge report (services.team.MergeReport.summary), filled from its counts.
MERGE_SUMMARY = QT_TRANSLATE_NOOP("Message", "merged {n} files: {layers} article layers brought in ({spans} spans, {links} links), {unchanged} unchanged, {articles} new articles; registry: {created} entities created, {merged} merged, {aliases} aliases added")  # noqa: E501
# fmt: on
