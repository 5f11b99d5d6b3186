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


def _raise_terminated(signum, frame) -> None:
    raise Terminated()


def _default_in_forked_child() -> None:
    """A process forked while a command runs (a worker of a pool) ends on SIGTERM at once, as before.

    Inherited, the Python-level handler would run only between bytecodes: a worker blocked on a pool's task-queue
    lock when Pool.terminate signals it would never act on it, and its parent would wait for it forever (the
    two-process runs that hung in CI). The kernel's default needs no bytecode to run.
    """
    if signal.getsignal(signal.SIGTERM) is _raise_terminated:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


os.register_at_fork(after_in_child=_default_in_forked_child)


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
