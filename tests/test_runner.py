"""The document boundary: a document that fails inside any stage costs only itself, in every run mode."""

import json
import multiprocessing
import os
import signal
import threading

import pytest
from typer.testing import CliRunner

from claimspan import runner as runner_module
from claimspan.cli import app
from claimspan.cli.interrupts import terminate_as_interrupt
from claimspan.components.figures import FigureFinder
from claimspan.records import InputDocument
from claimspan.runner import DocumentFailed, extract

MARKER = "Zyxwvut"
TEXTS = {
    "good-1": "The army said 16 soldiers were killed on Monday.",
    "bad": f"{MARKER} said 40 fighters surrendered.",
    "good-2": "More than 200 villagers fled, officials said.",
}
runner = CliRunner()


def break_figures(monkeypatch):
    """Make the figures stage raise on the marker text, as a real bug would on one odd article."""
    original = FigureFinder.__call__

    def call(self, doc):
        if MARKER in doc.text:
            raise IndexError("forced failure\nfor the test")
        return original(self, doc)

    monkeypatch.setattr(FigureFinder, "__call__", call)


@pytest.fixture
def failing_figures(monkeypatch):
    break_figures(monkeypatch)


@pytest.fixture
def inputs(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": doc_id, "text": text}) + "\n" for doc_id, text in TEXTS.items()), encoding="utf-8")
    return path


def documents():
    return [InputDocument(id=doc_id, text=text) for doc_id, text in TEXTS.items()]


def test_runner_failure_costs_only_its_document(nlp, failing_figures):
    failures = []
    extractions = list(extract(nlp, documents(), batch_size=3, on_failure=failures.append))
    assert [extraction.document.doc_id for extraction in extractions] == ["good-1", "good-2"]
    (failure,) = failures
    assert (failure.doc_id, failure.stage, failure.error) == ("bad", "claimspan_figures", "IndexError")
    assert failure.message == "forced failure for the test"
    assert "Traceback" in failure.traceback


def test_runner_good_documents_unchanged_by_a_failing_neighbour(nlp, monkeypatch):
    expected = [extraction for extraction in extract(nlp, documents()) if extraction.document.doc_id != "bad"]
    break_figures(monkeypatch)
    # the failing batch is redone one document at a time: its good documents come out the same
    assert list(extract(nlp, documents(), batch_size=3, on_failure=lambda failure: None)) == expected


def test_runner_stream_goes_on_after_a_failure_in_order(nlp, monkeypatch):
    # one nlp.pipe stream carries every document; a failure ends it, the documents it held are redone
    # alone and a new stream takes the rest: every document comes out once, in input order
    from claimspan.runner import Failure, extract_results

    texts = [("a", TEXTS["good-1"]), ("b", TEXTS["good-2"]), ("bad", TEXTS["bad"]), ("c", TEXTS["good-1"]), ("d", TEXTS["good-2"])]
    inputs = [InputDocument(id=doc_id, text=text) for doc_id, text in texts]
    expected = {extraction.document.doc_id: extraction for extraction in extract(nlp, inputs, batch_size=2) if extraction.document.doc_id != "bad"}
    break_figures(monkeypatch)
    results = list(extract_results(nlp, inputs, batch_size=2))
    assert [(type(result).__name__, result.doc_id if isinstance(result, Failure) else result.document.doc_id) for result in results] == [
        ("Extraction", "a"), ("Extraction", "b"), ("Failure", "bad"), ("Extraction", "c"), ("Extraction", "d"),
    ]
    assert [result for result in results if not isinstance(result, Failure)] == [expected[doc_id] for doc_id in "abcd"]


def test_runner_without_handler_raises_coded_error(nlp, failing_figures):
    with pytest.raises(DocumentFailed, match=r"\[E402\] document 'bad' failed in stage claimspan_figures: IndexError: forced failure for the test\."):
        list(extract(nlp, documents()))


def test_runner_conversion_failure_is_named(nlp, monkeypatch):
    import claimspan.runner

    original = claimspan.runner.document_record

    def record(doc, **kwargs):
        if MARKER in doc.text:
            raise ValueError("bad record")
        return original(doc, **kwargs)

    monkeypatch.setattr(claimspan.runner, "document_record", record)
    failures = []
    assert len(list(extract(nlp, documents(), on_failure=failures.append))) == 2
    assert [(failure.doc_id, failure.stage, failure.error) for failure in failures] == [("bad", "convert", "ValueError")]


def run_cli(inputs, output, *options):
    return runner.invoke(app, ["extract", str(inputs), "-o", str(output), *options])


def assert_skipped_run(result, output):
    assert result.exit_code == 1, result.output
    skipped = [line for line in result.stderr.splitlines() if line.startswith("claimspan: skipped:")]
    assert skipped == ["claimspan: skipped: [E402] document 'bad' failed in stage claimspan_figures: IndexError: forced failure for the test. --skip-bad goes on without it; --debug prints the traceback."]
    assert "Traceback" not in result.stderr
    assert {json.loads(line)["doc_id"] for line in output.read_text().splitlines()} == {"good-1", "good-2"}


def assert_stopped_run(result, output):
    assert result.exit_code == 2
    (line,) = [line for line in result.stderr.splitlines() if line]
    assert line.startswith("claimspan: error: [E402] document 'bad' failed in stage claimspan_figures: IndexError")
    assert not output.exists()


def test_runner_cli_skip_bad_goes_on(inputs, tmp_path, failing_figures):
    assert_skipped_run(run_cli(inputs, tmp_path / "claims.jsonl", "--skip-bad"), tmp_path / "claims.jsonl")


def test_runner_cli_stops_with_one_line_and_no_output(inputs, tmp_path, failing_figures):
    output = tmp_path / "claims.jsonl"
    output.write_text("earlier work\n")
    result = run_cli(inputs, output)
    assert result.exit_code == 2
    (line,) = [line for line in result.stderr.splitlines() if line]
    assert line.startswith("claimspan: error: [E402] document 'bad' failed in stage claimspan_figures: IndexError")
    assert output.read_text() == "earlier work\n"


def test_runner_cli_debug_prints_traceback(inputs, tmp_path, failing_figures):
    result = run_cli(inputs, tmp_path / "claims.jsonl", "--skip-bad", "--debug")
    assert result.exit_code == 1
    assert "Traceback (most recent call last)" in result.stderr and "IndexError: forced failure" in result.stderr


@pytest.mark.slow
def test_runner_cli_two_processes(inputs, tmp_path, failing_figures):
    # forked workers inherit the patched stage
    assert_skipped_run(run_cli(inputs, tmp_path / "claims.jsonl", "--skip-bad", "--n-process", "2", "--batch-size", "1"), tmp_path / "claims.jsonl")
    assert_stopped_run(run_cli(inputs, tmp_path / "stopped.jsonl", "--n-process", "2", "--batch-size", "1"), tmp_path / "stopped.jsonl")


@pytest.mark.slow
def test_runner_cli_dask(inputs, tmp_path, failing_figures):
    distributed = pytest.importorskip("distributed")
    # threads, not processes, so the workers see the patched stage
    with distributed.LocalCluster(n_workers=1, processes=False, dashboard_address=None) as cluster:
        skipped = tmp_path / "skipped"
        result = run_cli(inputs, skipped, "--skip-bad", "--dask", cluster.scheduler_address, "--partition-size", "1")
        assert result.exit_code == 1, result.output
        assert [line for line in result.stderr.splitlines() if line.startswith("claimspan: skipped:")] == [
            "claimspan: skipped: [E402] document 'bad' failed in stage claimspan_figures: IndexError: forced failure for the test. --skip-bad goes on without it; --debug prints the traceback."
        ]
        manifest = json.loads((skipped / "manifest.json").read_text())
        assert [part["doc_ids"] for part in manifest["partitions"]] == [["good-1"], [], ["good-2"]]
        stopped = tmp_path / "stopped"
        result = run_cli(inputs, stopped, "--dask", cluster.scheduler_address, "--partition-size", "1")
        assert result.exit_code == 2
        assert [line for line in result.stderr.splitlines() if line][-1].startswith("claimspan: error: [E402] document 'bad'")
        assert not (stopped / "manifest.json").exists()


def _sigterm_is_default(batch, published, date_order):
    return [signal.getsignal(signal.SIGTERM) == signal.SIG_DFL for _ in batch]


def test_runner_workers_end_on_sigterm_under_the_commands_handler(nlp, monkeypatch):
    # A worker that kept the command's Python-level SIGTERM handler could miss Pool.terminate's signal while
    # blocked on the task queue's lock, and the run then waited for it forever: workers take the kernel's default.
    monkeypatch.setattr(runner_module, "_extract_batch", _sigterm_is_default)
    with terminate_as_interrupt():
        assert signal.getsignal(signal.SIGTERM) != signal.SIG_DFL
        answers = list(runner_module._extract_in_workers(nlp, documents(), published=None, date_order=None, batch_size=1, n_process=2))
    assert answers == [True] * len(TEXTS)
    assert not multiprocessing.active_children()  # a finished run leaves no worker behind


def test_a_process_forked_from_a_helper_thread_ends_on_sigterm():
    # Pool replaces lost workers from a thread of its own: those children must not keep the handler either
    status = {}

    def fork_and_wait():
        child = os.fork()
        if child == 0:
            os._exit(0 if signal.getsignal(signal.SIGTERM) == signal.SIG_DFL else 1)
        status["child"] = os.waitpid(child, 0)[1]

    with terminate_as_interrupt():
        thread = threading.Thread(target=fork_and_wait)
        thread.start()
        thread.join()
    assert os.waitstatus_to_exitcode(status["child"]) == 0
