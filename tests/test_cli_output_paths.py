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


TASKS = json.dumps([{"id": 1, "data": {"text": SENTENCES[0], "doc_id": "doc-0"}}])


@pytest.mark.parametrize(
    "command",
    [
        ["import", "{folder}/tasks.json", "--format", "label-studio", "-o"],
        ["export", "{folder}/tasks.json", "--texts", "{folder}", "--format", "label-studio", "-o"],
        ["export", "{folder}/tasks.json", "--texts", "{folder}", "--format", "docbin", "-o"],
        ["evaluate", "-o"],
        ["bench", "-o"],
        ["soak", "{folder}", "--json"],
        ["train", "checkworthy", "--data", "{folder}", "-o"],
        ["train", "attribution", "--data", "{folder}", "-o"],
        ["review", "{folder}", "--claims", "{folder}/tasks.json", "--export-gold", "{folder}/gold", "--decisions"],
    ],
    ids=lambda command: " ".join(part for part in command[:3] if not part.startswith("{")),
)
def test_every_file_output_typed_as_a_folder_is_refused_before_any_work(tmp_path, monkeypatch, command):
    # the refusal must come before the work: a benchmark, an evaluation or a training run would fail the test here
    def work(*args, **kwargs):
        raise AssertionError("the command started its work instead of refusing the output")

    for module, name in (("bench", "run"), ("evaluate", "load"), ("soak", "load_cached"), ("train", "load")):
        monkeypatch.setattr(f"claimspan.cli.{module}.{name}", work)
    (tmp_path / "tasks.json").write_text(TASKS, encoding="utf-8")
    result = runner.invoke(app, [part.format(folder=tmp_path) for part in command] + [f"{tmp_path}/out/"])
    assert result.exit_code == 2, result.output
    assert "[E038]" in result.stderr and f"'{tmp_path}/out/'" in result.stderr
    assert _names(tmp_path) == ["tasks.json"]


def test_import_onto_its_own_input_is_refused_and_the_export_kept(tmp_path):
    tasks = tmp_path / "tasks.json"
    tasks.write_text(TASKS, encoding="utf-8")
    result = runner.invoke(app, ["import", str(tasks), "--format", "label-studio", "-o", str(tasks)])
    assert result.exit_code == 2 and "[E039]" in result.stderr and "--output" in result.stderr
    assert tasks.read_text(encoding="utf-8") == TASKS


@pytest.mark.parametrize("output", ["claims", "docs", "texts"])
def test_export_onto_one_of_its_inputs_is_refused_and_the_input_kept(tmp_path, output):
    paths = {name: tmp_path / f"{name}.jsonl" for name in ("claims", "docs", "texts")}
    for path in paths.values():
        path.write_text("{}\n", encoding="utf-8")
    result = runner.invoke(app, ["export", str(paths["claims"]), "--docs", str(paths["docs"]), "--texts", str(paths["texts"]), "--format", "label-studio", "-o", str(paths[output])])
    assert result.exit_code == 2 and "[E039]" in result.stderr
    assert all(path.read_text(encoding="utf-8") == "{}\n" for path in paths.values())
    assert _names(tmp_path) == ["claims.jsonl", "docs.jsonl", "texts.jsonl"]


def test_brat_export_into_the_texts_folder_is_refused(tmp_path):
    (tmp_path / "claims.jsonl").write_text("{}\n", encoding="utf-8")
    result = runner.invoke(app, ["export", str(tmp_path / "claims.jsonl"), "--texts", str(tmp_path), "--format", "brat", "-o", f"{tmp_path}/"])
    assert result.exit_code == 2 and "[E039]" in result.stderr
    assert _names(tmp_path) == ["claims.jsonl"]


@pytest.mark.parametrize("failure", [KeyboardInterrupt(), OSError(28, "No space left on device")], ids=["interrupted", "disk-full"])
def test_a_whole_file_write_that_stops_keeps_the_earlier_file_and_no_partial(tmp_path, failure):
    from claimspan.errors import ClaimspanError
    from claimspan.io import replace_atomically

    target = tmp_path / "tasks.json"
    target.write_text("earlier", encoding="utf-8")

    def write(partial):
        partial.write_text("half of the new", encoding="utf-8")
        raise failure

    with pytest.raises(ClaimspanError if isinstance(failure, OSError) else KeyboardInterrupt) as raised:
        replace_atomically(target, write)
    if isinstance(failure, OSError):
        assert "[E019]" in str(raised.value) and "No space left on device" in str(raised.value)
    assert target.read_text(encoding="utf-8") == "earlier"
    assert _names(tmp_path) == ["tasks.json"]


@pytest.mark.parametrize(
    "command",
    [
        ["export", "{folder}/tasks.json", "--texts", "{folder}", "--format", "brat", "-o"],
        ["soak", "{folder}", "-o"],
        ["review", "{folder}", "--claims", "{folder}/tasks.json", "--decisions", "{folder}/decisions.jsonl", "--export-gold"],
        ["review", "{folder}", "--claims", "{folder}/tasks.json", "--export-gold", "{folder}/gold", "--decisions"],
    ],
    ids=["export brat", "soak", "review export-gold", "review decisions"],
)
def test_a_folder_output_under_a_file_is_one_coded_error(tmp_path, monkeypatch, command):
    monkeypatch.setattr("claimspan.cli.soak.load_cached", lambda: pytest.fail("the pipeline loaded before the output was checked"))
    (tmp_path / "tasks.json").write_text(TASKS, encoding="utf-8")
    result = runner.invoke(app, [part.format(folder=tmp_path) for part in command] + [f"{tmp_path}/tasks.json/out"])
    assert result.exit_code == 2, result.output
    assert "[E018]" in result.stderr and "is a file, not a folder" in result.stderr
    assert result.stderr.count("\n") == 1


def test_an_interrupted_soak_keeps_earlier_records_and_leaves_no_partial(tmp_path, monkeypatch):
    from claimspan import soak

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(SENTENCES[0] + "\n", encoding="utf-8")
    records = tmp_path / "records"
    records.mkdir()
    (records / "corpus.claims.jsonl").write_text("earlier\n", encoding="utf-8")

    def interrupted(nlp, documents, **settings):
        next(iter(documents))
        raise KeyboardInterrupt
        yield

    monkeypatch.setattr(soak, "extract", interrupted)
    with pytest.raises(KeyboardInterrupt):
        soak.soak_corpus(None, corpus, output_dir=records)
    assert _names(records) == ["corpus.claims.jsonl"]
    assert (records / "corpus.claims.jsonl").read_text(encoding="utf-8") == "earlier\n"


def _terminate_self():
    os.kill(os.getpid(), signal.SIGTERM)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork, as nlp.pipe's workers on Linux")
def test_a_forked_worker_stopped_by_sigterm_ends_quietly_while_the_command_turns_it_into_an_interrupt():
    import multiprocessing

    from claimspan.cli.interrupts import Terminated, terminate_as_interrupt

    with terminate_as_interrupt():
        worker = multiprocessing.get_context("fork").Process(target=_terminate_self)
        worker.start()
        worker.join()
        # killed by the signal (as before the handler), not a Terminated traceback and exit status 1
        assert worker.exitcode == -signal.SIGTERM
        with pytest.raises(Terminated):
            _terminate_self()
