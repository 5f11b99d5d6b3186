"""cli53: a failed write (E019) gives advice that fits the command: --resume only where extract can continue its
file outputs; other commands are told to run again; stdout is told the place it was sent got part of it. A file
output of import (and the other whole-file writers) that fails is one coded line, with no partial file left."""

from __future__ import annotations

import errno
import io
import os
import sys

import pytest
import typer
from typer.testing import CliRunner

from claimspan.cli import app
from claimspan.errors import ClaimspanError

runner = CliRunner()


def full_disk(*_):
    raise OSError(errno.ENOSPC, "No space left on device")


class FullDevice(io.StringIO):
    """A stdout like /dev/full: every flush fails because the device has no space."""

    def flush(self):
        full_disk()


def test_a_failed_import_output_is_one_coded_line_without_resume_and_leaves_no_partial(label_studio_import, tmp_path, monkeypatch):
    (tmp_path / "gold.jsonl").write_text("earlier\n", encoding="utf-8")
    monkeypatch.setattr(os, "fsync", full_disk)
    result, _, gold = label_studio_import([{"id": 1, "data": {"text": "The council said on Monday that the bridge would reopen."}, "annotations": []}])
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"claimspan: error: [E019] {gold}: writing the output failed: No space left on device. The earlier output, if any, is unchanged;")
    assert "run the command again" in line and "--resume" not in line
    assert gold.read_text(encoding="utf-8") == "earlier\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["gold.jsonl", "tasks.json"]


def test_a_whole_file_write_that_fails_does_not_offer_resume(tmp_path):
    from claimspan.io import replace_atomically

    def write(partial):
        partial.write_text("half", encoding="utf-8")
        full_disk()

    with pytest.raises(ClaimspanError) as raised:
        replace_atomically(tmp_path / "model.json", write)
    assert "[E019]" in str(raised.value) and "run the command again" in str(raised.value)
    assert "--resume" not in str(raised.value)


def test_stdout_into_a_full_device_says_where_it_went_not_resume(monkeypatch, capsys):
    from claimspan.cli.schema import schema_cli

    monkeypatch.setattr(sys, "stdout", FullDevice())
    with pytest.raises(typer.Exit):
        schema_cli(kind="input")
    error = capsys.readouterr().err
    assert "[E019] <stdout>: writing the output failed: No space left on device. What stdout goes to" in error
    assert "--resume" not in error and "earlier output" not in error


def test_extract_into_a_file_still_offers_resume(tmp_path, monkeypatch):
    article = tmp_path / "a.txt"
    article.write_text("The council said on Monday that the bridge would reopen.\n", encoding="utf-8")
    claims = tmp_path / "claims.jsonl"
    monkeypatch.setattr(os, "fsync", full_disk)
    result = runner.invoke(app, ["extract", str(article), "-o", str(claims)])
    assert result.exit_code == 2
    assert f"[E019] {claims}: writing the output failed" in result.stderr
    assert "--resume goes on from the last document written" in result.stderr
