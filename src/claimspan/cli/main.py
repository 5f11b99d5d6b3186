"""The typer app and the one place where a ClaimspanError becomes a one-line message and exit 2."""

from __future__ import annotations

import functools
import os
import sys

import typer

from ..errors import ClaimspanError
from .interrupts import status, terminate_as_interrupt

app = typer.Typer(name="claimspan", no_args_is_help=True, add_completion=False, help="Extract checkable claims, with provenance spans, from news and opinion articles.")


def report_errors(command):
    """Print a ClaimspanError as one line on stderr and exit with code 2 (STYLE G9)."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            with terminate_as_interrupt():
                return command(*args, **kwargs)
        except KeyboardInterrupt as interrupt:
            # Ctrl-C or SIGTERM: the outputs were cleaned up on the way out; stop with the signal's shell status
            raise typer.Exit(code=status(interrupt)) from None
        except ClaimspanError as error:
            sys.stderr.write(f"claimspan: error: {error}\n")
            raise typer.Exit(code=2) from None
        except BrokenPipeError:
            # `claimspan extract ... | head`: the reader has all it wants. Stop as Unix tools do, silently and with
            # the status of a process killed by SIGPIPE (128 + 13), so `set -o pipefail` sees the output was cut.
            _drop_stdout()
            raise typer.Exit(code=SIGPIPE_STATUS) from None

    return wrapper


SIGPIPE_STATUS = 128 + 13


def _drop_stdout() -> None:
    """Point stdout's descriptor at the null device, so the flush at exit has nowhere to fail (Python's documented
    answer to SIGPIPE; the device is opened for writing, never replaced)."""
    try:
        sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return  # an in-memory stdout (tests) holds nothing to flush
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, sys.stdout.fileno())
    os.close(null)
