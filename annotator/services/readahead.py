"""Run a generator in a child process that reads ahead of its consumer.

An article import spends about as long reading, checking, folding and dating each
article (Python) as SQLite spends storing it; with two cores the two can overlap. The
child is forked (it inherits the modules already imported, so it starts in
milliseconds), sends its items in chunks through a pipe (a full pipe blocks it, so
memory stays flat) and is ended when the consumer stops early. It never touches the
project: everything the store does stays in the parent.

Only where forking is safe (a platform with ``fork``, a process with one thread: the
window imports from a worker thread, so it reads in-process) and a core is free.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable, Iterator
from contextlib import suppress
from typing import Any

CHUNK = 100  # items per message: a few hundred kilobytes of articles
QUEUED = 8  # chunks received ahead of the consumer, at most


class ReadAheadFailed(Exception):
    """The child process failed (a bug, or out of memory); one line."""


def others_running(loadavg: str = "/proc/loadavg", samples: int = 3) -> float:
    """How many other tasks want a core now: the kernel's count of runnable tasks
    (``/proc/loadavg``, Linux) less this process, the least of ``samples`` readings
    5 ms apart (a kernel thread passing by is not load). Where there is no such
    count, the last minute's load average less one (it counts this process when it
    was running). A load average trails by a minute: the command run just before (a
    benchmark's floor, the previous import) would keep it at 1 on an idle machine."""
    import time

    counts = []
    for i in range(samples):
        try:
            with open(loadavg, encoding="ascii") as fh:
                counts.append(int(fh.read().split()[3].split("/")[0]) - 1)
        except (OSError, ValueError, IndexError):
            return max(os.getloadavg()[0] - 1, 0.0)
        if counts[-1] <= 0:
            break
        if i + 1 < samples:
            time.sleep(0.005)
    return max(min(counts), 0)


def can_read_ahead() -> bool:
    """True where a child can be forked safely (POSIX ``fork``, this process has one
    thread) and would have a core to itself: at least two, one of them free now (on
    a busy machine the child only competes with its parent, and pickling costs more
    than it saves)."""
    import multiprocessing  # here: a small import, which reads in-process, needs none of it

    if not hasattr(os, "fork") or "fork" not in multiprocessing.get_all_start_methods():
        return False
    if threading.active_count() != 1:
        return False
    cores = os.cpu_count() or 1
    try:
        busy = others_running()
    except OSError:
        return False
    return cores >= 2 and cores - 1 - busy >= 1


def read_ahead(produce: Callable[..., Iterator[Any]], *args: Any) -> Iterator[Any]:
    """The items of ``produce(*args)``, computed in a forked child (see the module).
    They must pickle. Closing the iterator early ends the child.

    A thread of this process receives and unpickles the child's chunks into a queue
    of at most :data:`QUEUED`: the consumer finds the next chunk ready while it was
    busy (SQLite lets go of the GIL while it stores), and the child never waits for a
    consumer that is committing."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_run, args=(send, produce, args, receive), daemon=True)
    child.start()
    send.close()
    box: queue.Queue[tuple[str, Any]] = queue.Queue(QUEUED)
    stop = threading.Event()
    pump = threading.Thread(target=_pump, args=(receive, box, stop), name="read-ahead", daemon=True)
    pump.start()
    try:
        while True:
            kind, payload = box.get()
            if kind == "items":
                yield from payload
            elif kind == "done":
                return
            elif kind == "stopped":
                child.join(1.0)
                code = child.exitcode
                raise ReadAheadFailed(f"the reading process stopped (exit code {code})")
            else:
                raise ReadAheadFailed(payload)
    finally:
        stop.set()
        if child.is_alive():
            child.terminate()
        child.join()
        while pump.is_alive():  # its receive ends: the child is gone (end of file)
            with suppress(queue.Empty):
                box.get_nowait()  # (a full queue would keep it waiting)
            pump.join(0.05)
        receive.close()


def _pump(receive: Any, box: queue.Queue, stop: threading.Event) -> None:
    """Move the child's messages into ``box`` until the last one (or ``stop``)."""
    while True:
        try:
            message = receive.recv()
        except (EOFError, OSError):
            message = ("stopped", None)
        while True:
            try:
                box.put(message, timeout=0.1)
                break
            except queue.Full:
                if stop.is_set():
                    return
        if message[0] != "items":
            return


def _run(send: Any, produce: Callable[..., Iterator[Any]], args: tuple, receive: Any) -> None:
    # the fork inherited the read end: closed, so a consumer that dies (killed, out of
    # memory) leaves the pipe without a reader and the next send ends this child
    receive.close()
    try:
        chunk: list[Any] = []
        for item in produce(*args):
            chunk.append(item)
            if len(chunk) >= CHUNK:
                send.send(("items", chunk))
                chunk = []
        send.send(("items", chunk))
        send.send(("done", None))
    except (BrokenPipeError, KeyboardInterrupt):
        pass  # the consumer stopped: nothing to tell
    except BaseException as exc:  # reported as one line by the consumer
        send.send(("error", " ".join(f"{type(exc).__name__}: {exc}".split())[:300]))
    finally:
        send.close()
