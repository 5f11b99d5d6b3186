"""Outputs the run cannot replace whole are refused before anything is written (E018); write failures are one
line (E019); the manifest beside an output is no record file; a byte-order mark is no text."""

import os

import pytest
from typer.testing import CliRunner

from claimspan.cli import app
from claimspan.io import decode_text
from claimspan.records_io import record_files

runner = CliRunner()
TEXT = "Pakistan said on Monday that talks with India would resume in March.\n"


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def _extract(*args):
    return runner.invoke(app, ["extract", *map(str, args), "--published", "2024-06-01"])


def test_an_output_that_is_a_folder_is_refused_and_nothing_is_written(article, tmp_path):
    (tmp_path / "claims.jsonl").write_text("keep\n", encoding="utf-8")
    folder = tmp_path / "docs"
    folder.mkdir()
    result = _extract(article, "-o", tmp_path / "claims.jsonl", "--docs", folder)
    assert result.exit_code == 2 and "[E018]" in result.stderr and "it is a folder" in result.stderr
    # the earlier claims file is untouched and no partial or manifest file is left
    assert (tmp_path / "claims.jsonl").read_text(encoding="utf-8") == "keep\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["article.txt", "claims.jsonl", "docs"]


def test_an_output_under_a_file_is_refused(article, tmp_path):
    result = _extract(article, "-o", article / "claims.jsonl")
    assert result.exit_code == 2 and "[E018]" in result.stderr and "is a file, not a folder" in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_file_that_is_no_regular_file_is_refused_not_replaced(article, tmp_path):
    # a named pipe stands for devices ("-o /dev/full" had replaced the device with a regular file)
    pipe = tmp_path / "pipe.jsonl"
    os.mkfifo(pipe)
    result = _extract(article, "-o", pipe)
    assert result.exit_code == 2 and "[E018]" in result.stderr and "not a regular file" in result.stderr
    assert pipe.exists() and not pipe.is_file()


def test_a_symbolic_link_is_written_through(article, tmp_path):
    target = tmp_path / "target.jsonl"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    result = _extract(article, "-o", link)
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink() and '"record":"claim"' in target.read_text(encoding="utf-8")


def test_a_manifest_beside_the_outputs_is_no_record_file(tmp_path):
    (tmp_path / "claims.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "claims.jsonl.manifest.jsonl").write_text('{"doc_id": "a"}\n', encoding="utf-8")
    assert [path.name for path in record_files(tmp_path)] == ["claims.jsonl"]


def test_a_byte_order_mark_opening_a_file_is_no_text():
    assert decode_text("\ufeffPakistan said so.".encode("utf-8"), "a.txt") == "Pakistan said so."
    # inside a file it is a character like any other
    assert decode_text("x\ufeff".encode("utf-8"), "a.jsonl", line=2) == "x\ufeff"


def test_a_failed_write_to_stdout_is_one_coded_error():
    import io
    from types import SimpleNamespace

    from claimspan.errors import ClaimspanError
    from claimspan.outputs import RunOutputs

    class FullDevice(io.StringIO):
        def flush(self):
            raise OSError(28, "No space left on device")

    outputs = RunOutputs(None, None, stdout=FullDevice()).open()
    with pytest.raises(ClaimspanError, match=r"\[E019\] <stdout>: .*No space left on device"):
        outputs.write(SimpleNamespace(claims=[], document=None))


def test_scoring_claims_without_document_records_warns(article, tmp_path):
    claims = tmp_path / "claims.jsonl"
    assert _extract(article, "-o", claims).exit_code == 0
    result = runner.invoke(app, ["score", "--gold", str(claims), "--pred", str(claims), "--texts", str(article)])
    assert result.exit_code == 0 and "[W002]" in result.stderr


def test_validate_refuses_a_repeated_claim(article, tmp_path):
    import json

    claims = tmp_path / "claims.jsonl"
    assert _extract(article, "-o", claims).exit_code == 0
    line = claims.read_text(encoding="utf-8").splitlines()[0]
    record = json.loads(line)
    repeated = tmp_path / "repeated.jsonl"
    repeated.write_text(line + "\n" + line + "\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(repeated), "--texts", str(article)])
    assert result.exit_code == 2 and "[E107]" in result.stderr and "repeated.jsonl:2" in result.stderr
    # the same claim once is valid
    single = tmp_path / "single.jsonl"
    single.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert runner.invoke(app, ["validate", str(single), "--texts", str(article)]).exit_code == 0


def test_show_piped_keeps_lines_whole(tmp_path):
    long_text = ("Pakistan's foreign ministry said on Monday that talks with India on the water treaty would resume "
                 "in March after a pause of more than two years.\n")
    article = tmp_path / "long.txt"
    article.write_text(long_text, encoding="utf-8")
    claims = tmp_path / "claims.jsonl"
    assert _extract(article, "-o", claims).exit_code == 0
    result = runner.invoke(app, ["show", str(claims), "--texts", str(article)])
    header, sentence = result.stdout.splitlines()[:2]
    # not a terminal: no wrapping at 80 columns and no padding spaces
    assert header == header.rstrip() and "checkworthy" in header
    assert sentence == long_text.strip()


@pytest.mark.parametrize("value, valid", [("2024-13-45", False), ("2023-02-29", False), ("2024-02-29", True), ("2025-W01", True), ("XXXX-07-26", True), ("2025-01-06TMO", True), ("P3Y", True)])
def test_validate_reads_written_days_as_calendar_days(value, valid):
    from claimspan.cli.score import _calendar_value

    assert _calendar_value(value) is valid


def test_a_pipeline_that_cannot_load_leaves_no_output(article, tmp_path, monkeypatch):
    from claimspan.cli import extract as extract_command
    from claimspan.errors import ClaimspanError, Errors

    def broken_install():
        raise ClaimspanError(Errors.E204.format(path=tmp_path / "config.cfg"))

    monkeypatch.setattr(extract_command, "load_cached", broken_install)
    (tmp_path / "claims.jsonl").write_text("keep\n", encoding="utf-8")
    result = _extract(article, "-o", tmp_path / "claims.jsonl", "--docs", tmp_path / "docs.jsonl")
    assert result.exit_code != 0 and "[E204]" in result.stderr
    # no partial files and no manifest: there is nothing a --resume could continue
    assert (tmp_path / "claims.jsonl").read_text(encoding="utf-8") == "keep\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["article.txt", "claims.jsonl"]


def test_a_closed_stdout_pipe_is_no_write_failure():
    import io
    from types import SimpleNamespace

    from claimspan.outputs import RunOutputs

    class ClosedPipe(io.StringIO):
        def flush(self):
            raise BrokenPipeError(32, "Broken pipe")

    outputs = RunOutputs(None, None, stdout=ClosedPipe()).open()
    # the reader stopped (| head): not E019, which tells the user to free space and resume
    with pytest.raises(BrokenPipeError):
        outputs.write(SimpleNamespace(claims=[], document=None))


def test_a_closed_stdout_pipe_stops_the_command_quietly_with_the_sigpipe_status():
    import typer

    from claimspan.cli.main import report_errors

    toy = typer.Typer()

    @toy.command()
    @report_errors
    def emit() -> None:
        raise BrokenPipeError(32, "Broken pipe")

    result = runner.invoke(toy, [])
    assert result.exit_code == 141
    assert result.stderr == ""


@pytest.mark.slow
def test_extract_into_a_closed_pipe_exits_141_with_nothing_on_stderr(article, tmp_path):
    import subprocess
    import sys

    process = subprocess.Popen([sys.executable, "-m", "claimspan", "extract", str(article), "--published", "2024-06-01"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # the only reader goes away before the pipeline has loaded, so the first write meets a closed pipe
    process.stdout.close()
    stderr = process.stderr.read()
    assert process.wait() == 141
    assert stderr == b""


def test_show_an_unknown_document_is_one_coded_error(article, tmp_path):
    claims = tmp_path / "claims.jsonl"
    assert _extract(article, "-o", claims).exit_code == 0
    assert runner.invoke(app, ["show", str(claims), "--doc", "article"]).exit_code == 0
    result = runner.invoke(app, ["show", str(claims), "--doc", "nosuch"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "[E028]" in result.stderr and "'nosuch'" in result.stderr and "article" in result.stderr


def test_scoring_part_of_the_gold_warns_and_says_so(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_text(TEXT, encoding="utf-8")
    (texts / "b.txt").write_text("The police said 3 people were hurt in Lahore.\n", encoding="utf-8")
    both, only_a = tmp_path / "both", tmp_path / "only_a"
    assert _extract(texts, "-o", both / "claims.jsonl", "--docs", both / "docs.jsonl").exit_code == 0
    assert _extract(texts / "a.txt", "-o", only_a / "claims.jsonl", "--docs", only_a / "docs.jsonl").exit_code == 0
    # the records of both documents stand in for a gold here: what is checked is how coverage is reported
    result = runner.invoke(app, ["score", "--gold", str(both), "--pred", str(only_a), "--texts", str(texts)])
    assert result.exit_code == 0, result.output
    assert "[W005] 1 of 2 gold document(s) have no predictions (first: b)" in result.stderr
    assert result.stdout.startswith("documents scored: 1 of 2 in the gold; recall counts only these (no predictions for: b)")


def test_scoring_predictions_outside_the_gold_need_no_text(tmp_path):
    texts, other = tmp_path / "texts", tmp_path / "other"
    texts.mkdir()
    other.mkdir()
    (texts / "a.txt").write_text(TEXT, encoding="utf-8")
    (other / "b.txt").write_text("The police said 3 people were hurt in Lahore.\n", encoding="utf-8")
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    assert _extract(texts, "-o", gold / "claims.jsonl", "--docs", gold / "docs.jsonl").exit_code == 0
    assert _extract(texts, other, "-o", pred / "claims.jsonl", "--docs", pred / "docs.jsonl").exit_code == 0
    # b's text is not given: it is not in the gold, so it is left out with a warning instead of E104
    result = runner.invoke(app, ["score", "--gold", str(gold), "--pred", str(pred), "--texts", str(texts)])
    assert result.exit_code == 0, result.output
    assert "[W006] 1 predicted document(s) are not in the gold (first: b)" in result.stderr
    assert result.stdout.startswith("documents scored: 1\n")


def test_show_into_a_closed_pipe_exits_141_with_nothing_on_stderr(article, tmp_path):
    import subprocess
    import sys

    claims = tmp_path / "claims.jsonl"
    assert _extract(article, "-o", claims).exit_code == 0
    process = subprocess.Popen([sys.executable, "-m", "claimspan", "show", str(claims)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # the reader is gone before the command has started
    stderr = process.stderr.read()
    # rich alone would exit 1; every command stops a closed pipe the same way
    assert process.wait() == 141
    assert stderr == b""
