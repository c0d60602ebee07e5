"""Files an export writes: temporary names that say who made them, the user's umask,
and the cleanup of what a killed export left behind.

An export writes ``<name>.<pid>-<random>.part`` (a file or a folder) next to its
output and renames it at the end; an older folder is moved aside as ``...old`` before
it is removed. A process killed meanwhile leaves those behind, so the next export to
the same place removes the ones whose process is gone.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

#: ``gold.jsonl.4711-k2j4x9_a.part``: output name, process id, mkstemp's random part.
_TEMP = re.compile(r"^(?P<name>.+)\.(?P<pid>\d+)-[a-z0-9_]+\.(?:part|old)$")
#: Names written before the process id was part of them.
_LEGACY = re.compile(r"^(?P<name>.+)\.[a-z0-9_]{8}\.(?:part|old)$")
#: Where a process id cannot be checked (Windows), leftovers older than this go.
STALE_AFTER_S = 24 * 3600


def current_umask() -> int:
    """The process umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def follow_umask(path: Path) -> None:
    """Give ``path`` (made by mkstemp/mkdtemp: 0600/0700) the mode a plain ``open`` or
    ``mkdir`` would have given it, so teammates can read exports as usual."""
    base = 0o777 if path.is_dir() else 0o666
    os.chmod(path, base & ~current_umask())


def temp_file(target: Path) -> Path:
    """A new empty temporary file next to ``target``, named after it and this process."""
    fd, name = tempfile.mkstemp(
        prefix=f"{target.name}.{os.getpid()}-", suffix=".part", dir=target.parent
    )
    os.close(fd)
    return Path(name)


def temp_folder(target: Path, suffix: str = ".part") -> Path:
    """A new empty temporary folder next to ``target``, named after it and this process."""
    return Path(
        tempfile.mkdtemp(prefix=f"{target.name}.{os.getpid()}-", suffix=suffix, dir=target.parent)
    )


def _process_gone(pid: int) -> bool:
    if pid == os.getpid():
        return False
    if os.name == "nt":  # os.kill would end the process there
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # exists, owned by someone else
        return False
    return False


def remove_leftovers(folder: Path, names: Iterable[str]) -> int:
    """Remove temporary files and folders that earlier, killed exports to ``names`` left
    in ``folder`` (their process is gone, or they predate process ids in the name);
    return how many went. Leftovers of a running export are kept."""
    wanted = set(names)
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    now = time.time()
    for entry in entries:
        match = _TEMP.match(entry.name)
        if match and match["name"] in wanted:
            stale = _process_gone(int(match["pid"]))
        else:
            match = _LEGACY.match(entry.name)
            stale = bool(match and match["name"] in wanted)
        if not stale and match and os.name == "nt":
            try:
                stale = now - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER_S
            except OSError:
                stale = False
        if not stale:
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
            removed += 1
        except OSError as exc:
            log.warning("could not remove %s: %s", entry.path, exc)
    if removed:
        log.info("removed %d temporary files left by interrupted exports in %s", removed, folder)
    return removed
