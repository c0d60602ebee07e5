"""Importers and exporters over core objects, found through a registry (docs/architecture.md).

``annotator.io.importers`` turns files (plain text, JSON Lines, CSV/TSV) into
``Record`` (one good article) or ``BadRecord`` (one problem, naming file and line)
values; ``annotator.io.encoding`` decides how the bytes of a file are decoded.
This package may import ``annotator.core``, ``annotator.text``, the standard
library and charset_normalizer, and nothing that touches SQLite or Qt.
"""

#: The longest article accepted by default, in characters (``--max-chars`` of both
#: imports). Here, in a module that imports nothing, so that the command line can show
#: it in --help without importing the importers.
MAX_ARTICLE_CHARS = 5_000_000
