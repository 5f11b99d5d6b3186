"""The typer app and the one place where a ClaimspanError becomes a one-line message and exit 2."""

from __future__ import annotations

import functools
import sys

import typer

from ..errors import ClaimspanError

app = typer.Typer(name="claimspan", no_args_is_help=True, add_completion=False, help="Extract checkable claims, with provenance spans, from news and opinion articles.")


def report_errors(command):
    """Print a ClaimspanError as one line on stderr and exit with code 2 (STYLE G9)."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except ClaimspanError as error:
            sys.stderr.write(f"claimspan: error: {error}\n")
            raise typer.Exit(code=2) from None

    return wrapper
