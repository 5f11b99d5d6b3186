"""SIGTERM stops a command the way Ctrl-C does, so its outputs are cleaned up instead of left half-written.

Python turns SIGINT into KeyboardInterrupt, which unwinds every `with` and `except` on the way out (partial files
are removed or kept for --resume, handles closed); SIGTERM, the signal of `kill`, `timeout` and service managers,
kills the process at once. While a command runs, SIGTERM raises Terminated, a KeyboardInterrupt, instead.
"""

from __future__ import annotations

import os
import signal
import threading
from contextlib import contextmanager
from typing import Iterator

INTERRUPT_STATUS = 128 + signal.SIGINT
TERMINATE_STATUS = 128 + signal.SIGTERM


class Terminated(KeyboardInterrupt):
    """The process received SIGTERM."""


_COMMAND_PROCESS = os.getpid()


def _raise_terminated(signum, frame) -> None:
    if os.getpid() != _COMMAND_PROCESS:
        # a worker forked by nlp.pipe(n_process=...) inherits the handler; the command stops its workers with
        # SIGTERM, and a worker should just end, as before, not print a traceback
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGTERM)
        return
    raise Terminated()


@contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be set from the main thread
        return
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def status(interrupt: KeyboardInterrupt) -> int:
    """The exit status of a process killed by the signal, as shells report it."""
    return TERMINATE_STATUS if isinstance(interrupt, Terminated) else INTERRUPT_STATUS
