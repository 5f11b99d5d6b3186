"""Output paths as typed (a trailing '/' means a folder, '-' stdout) and runs stopped by Ctrl-C, SIGTERM or a
closed stdout: no partial file stays unless --resume can use it, and earlier outputs are never touched."""

import json
import os
import signal

import pytest
from typer.testing import CliRunner

from claimspan.cli import app
from claimspan.outputs import RunOutputs

runner = CliRunner()
SENTENCES = ("Pakistan said on Monday that talks with India would resume in March.", "The ministry expects exports to grow by 3 percent next year.")


@pytest.fixture
def articles(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps({"id": f"doc-{number}", "text": text, "meta": {"published": "2024-06-01"}}) + "\n" for number, text in enumerate(SENTENCES)), encoding="utf-8")
    return path


def _extract(*args):
    return runner.invoke(app, ["extract", *map(str, args)])


def _names(folder):
    return sorted(path.name for path in folder.iterdir())


@pytest.mark.parametrize("option", ["-o", "--docs"])
@pytest.mark.parametrize("exists", [False, True])
def test_an_output_typed_as_a_folder_is_refused_not_written_as_a_file(articles, tmp_path, option, exists):
    if exists:
        (tmp_path / "out").mkdir()
    result = _extract(articles, option, f"{tmp_path}/out/")
    assert result.exit_code == 2, result.output
    assert "[E038]" in result.stderr and f"{option if option == '--docs' else '--output'} '{tmp_path}/out/'" in result.stderr
    assert result.stderr.count("\n") == 1
    # neither a file named like the folder, nor a manifest or partial file beside it
    assert _names(tmp_path) == (["articles.jsonl", "out"] if exists else ["articles.jsonl"])
    if exists:
        assert _names(tmp_path / "out") == []


def test_a_dash_output_is_stdout_not_a_file_named_dash(articles, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = _extract(articles, "-o", "-", "--docs", "docs.jsonl")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()][:1] == ["doc-0"]
    # claims on stdout cannot be continued: no manifest is written beside --docs
    assert _names(tmp_path) == ["articles.jsonl", "docs.jsonl"]


def test_a_dash_docs_is_refused(articles, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = _extract(articles, "-o", tmp_path / "claims.jsonl", "--docs", "-")
    assert result.exit_code == 2 and "[E038] --docs '-'" in result.stderr
    assert _names(tmp_path) == ["articles.jsonl"]


def _stop_at(monkeypatch, document, error):
    """Make the run stop (as a reader closing stdout, Ctrl-C or SIGTERM would) when it writes the given document."""
    write = RunOutputs.write
    calls = []

    def stopping_write(self, extraction):
        calls.append(extraction)
        if len(calls) == document:
            error()
        write(self, extraction)

    monkeypatch.setattr(RunOutputs, "write", stopping_write)


def _raise(error):
    def stop():
        raise error

    return stop


@pytest.mark.parametrize("stop", [_raise(BrokenPipeError(32, "Broken pipe")), _raise(KeyboardInterrupt())], ids=["closed-stdout", "ctrl-c"])
def test_a_run_with_claims_on_stdout_stopped_leaves_no_partial_docs_and_keeps_the_old_docs(articles, tmp_path, monkeypatch, stop):
    docs = tmp_path / "docs.jsonl"
    docs.write_text("earlier\n", encoding="utf-8")
    _stop_at(monkeypatch, 2, stop)
    result = _extract(articles, "--docs", docs)
    assert result.exit_code in (130, 141)
    assert docs.read_text(encoding="utf-8") == "earlier\n"
    assert _names(tmp_path) == ["articles.jsonl", "docs.jsonl"]


def test_an_interrupted_run_keeps_finished_documents_for_resume_and_says_so(articles, tmp_path, monkeypatch):
    claims = tmp_path / "claims.jsonl"
    claims.write_text("earlier\n", encoding="utf-8")
    _stop_at(monkeypatch, 2, _raise(KeyboardInterrupt()))
    result = _extract(articles, "-o", claims)
    assert result.exit_code == 130
    assert "[W008] interrupted after 1 document(s)" in result.stderr and "--resume" in result.stderr
    assert claims.read_text(encoding="utf-8") == "earlier\n"
    assert _names(tmp_path) == ["articles.jsonl", "claims.jsonl", "claims.jsonl.manifest.jsonl", "claims.jsonl.partial"]
    monkeypatch.undo()
    resumed = _extract(articles, "-o", claims, "--resume")
    assert resumed.exit_code == 0, resumed.stderr
    assert [json.loads(line)["doc_id"] for line in claims.read_text(encoding="utf-8").splitlines()][0] == "doc-0"
    assert "doc-1" in claims.read_text(encoding="utf-8")


def test_sigterm_before_any_document_is_finished_leaves_nothing_partial(articles, tmp_path, monkeypatch):
    claims = tmp_path / "claims.jsonl"
    claims.write_text("earlier\n", encoding="utf-8")
    # a real SIGTERM to this process: the command turns it into a clean stop instead of dying with files half-written
    _stop_at(monkeypatch, 1, lambda: os.kill(os.getpid(), signal.SIGTERM))
    before = signal.getsignal(signal.SIGTERM)
    result = _extract(articles, "-o", claims, "--docs", tmp_path / "docs.jsonl")
    assert result.exit_code == 143
    assert "[W009]" in result.stderr and "no document was finished" in result.stderr
    assert claims.read_text(encoding="utf-8") == "earlier\n"
    assert _names(tmp_path) == ["articles.jsonl", "claims.jsonl"]
    # the handler is the command's only: afterwards SIGTERM is what it was before
    assert signal.getsignal(signal.SIGTERM) is before
