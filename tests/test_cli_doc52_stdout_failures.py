"""doc52: every command that prints to stdout reports a failed write (`> /dev/full`) as the README says, one line
[E019] and exit 2, not a traceback; and an error quoting text across a line break stays one line."""

import errno
import io
import sys

import pytest
import typer

from claimspan.cli.main import report_errors
from claimspan.errors import ClaimspanError


class FullDevice(io.StringIO):
    """A stdout like /dev/full: every flush fails because the device has no space."""

    def flush(self):
        raise OSError(errno.ENOSPC, "No space left on device")


def test_schema_into_a_full_device_is_one_coded_line_and_exit_2(monkeypatch, capsys):
    from claimspan.cli.schema import schema_cli

    monkeypatch.setattr(sys, "stdout", FullDevice())
    with pytest.raises(typer.Exit) as stopped:
        schema_cli(kind="input")
    assert stopped.value.exit_code == 2
    error = capsys.readouterr().err
    assert error.startswith("claimspan: error: [E019] <stdout>: writing the output failed: No space left on device.")
    assert error.count("\n") == 1


def test_a_command_printing_into_a_full_device_is_one_coded_line_and_exit_2(monkeypatch, capsys):
    @report_errors
    def emit() -> None:
        typer.echo("Ministers said on Monday that 12 schools had closed.")

    monkeypatch.setattr(sys, "stdout", FullDevice())
    with pytest.raises(typer.Exit) as stopped:
        emit()
    assert stopped.value.exit_code == 2
    assert capsys.readouterr().err.count("[E019] <stdout>") == 1
    assert sys.stdout.__class__ is FullDevice  # the command's stdout is given back


def test_an_operating_system_error_not_on_stdout_is_not_called_a_write_failure(monkeypatch):
    @report_errors
    def read_missing() -> None:
        raise FileNotFoundError(errno.ENOENT, "No such file or directory", "missing.txt")

    with pytest.raises(FileNotFoundError):
        read_missing()


def test_an_error_quoting_a_line_break_is_still_one_line(capsys):
    @report_errors
    def refuse() -> None:
        raise ClaimspanError("[E061] records.jsonl:1: the actor 'Ankara.\nThe' [10:17] crosses the edge of the sentence.")

    with pytest.raises(typer.Exit) as stopped:
        refuse()
    assert stopped.value.exit_code == 2
    assert capsys.readouterr().err == "claimspan: error: [E061] records.jsonl:1: the actor 'Ankara.\\nThe' [10:17] crosses the edge of the sentence.\n"
