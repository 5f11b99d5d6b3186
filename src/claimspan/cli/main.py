"""The typer app and the one place where a ClaimspanError becomes a one-line message and exit 2."""

from __future__ import annotations

import functools
import os
import sys

import typer

from ..errors import STDOUT, ClaimspanError, write_failed
from .interrupts import status, terminate_as_interrupt

app = typer.Typer(name="claimspan", no_args_is_help=True, add_completion=False, help="Extract checkable claims, with provenance spans, from news and opinion articles.")


def report_errors(command):
    """Print a ClaimspanError as one line on stderr and exit with code 2 (STYLE G9)."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        stdout = sys.stdout = _WatchedStdout(sys.stdout)
        try:
            with terminate_as_interrupt():
                result = command(*args, **kwargs)
                # what is still buffered fails here, inside the command, and not as a traceback at exit
                stdout.flush()
                return result
        except KeyboardInterrupt as interrupt:
            # Ctrl-C or SIGTERM: the outputs were cleaned up on the way out; stop with the signal's shell status
            raise typer.Exit(code=status(interrupt)) from None
        except ClaimspanError as error:
            sys.stderr.write(f"claimspan: error: {one_line(str(error))}\n")
            raise typer.Exit(code=2) from None
        except BrokenPipeError:
            # `claimspan extract ... | head`: the reader has all it wants. Stop as Unix tools do, silently and with
            # the status of a process killed by SIGPIPE (128 + 13), so `set -o pipefail` sees the output was cut.
            _drop_stdout()
            raise typer.Exit(code=SIGPIPE_STATUS) from None
        except OSError as error:
            if stdout.failure is not error:
                raise
            # `claimspan show ... > /dev/full`: the same one line as extract's stdout, not a traceback
            _drop_stdout()
            sys.stderr.write(f"claimspan: error: {write_failed(STDOUT, error)}\n")
            raise typer.Exit(code=2) from None
        finally:
            sys.stdout = stdout.stream

    return wrapper


def one_line(message: str) -> str:
    """A message quoting text from a file (a span across a paragraph break) stays one line on the terminal."""
    return message.replace("\r", "\\r").replace("\n", "\\n")


class _WatchedStdout:
    """sys.stdout while a command runs: it remembers the write that failed, so that a full disk or a broken device
    under `> FILE` is told apart from every other operating-system error and reported as E019."""

    def __init__(self, stream) -> None:
        self.stream = stream
        self.failure: OSError | None = None

    def write(self, text):
        return self._watched(self.stream.write, text)

    def flush(self) -> None:
        self._watched(self.stream.flush)

    def _watched(self, operation, *args):
        try:
            return operation(*args)
        except BrokenPipeError:
            raise  # the reader stopped early (| head): no failure, the wrapper stops quietly
        except OSError as error:
            self.failure = error
            raise

    def __getattr__(self, name):
        return getattr(self.stream, name)


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
