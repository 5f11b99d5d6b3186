"""Robust runs: resume after a kill, skip bad documents, refuse oversized ones, deterministic output."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from claimspan.cli import app

runner = CliRunner()
SENTENCES = [
    "Officials in Islamabad said on Tuesday that 16 soldiers were killed in an attack last week.",
    "The ministry expects exports to grow by 3 percent next year, according to a report.",
    "Rebels seized two towns in March 2023 and demanded talks with the government.",
]


def write_batch(path, count, *, bad_lines=()):
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            if number in bad_lines:
                handle.write('{"id": "broken", "text": \n')
                continue
            text = " ".join(SENTENCES[(number + shift) % len(SENTENCES)] for shift in range(3))
            handle.write(json.dumps({"id": f"doc-{number:03d}", "text": text, "meta": {"published": "2024-06-01"}}) + "\n")
    return path


def test_outputs_skip_bad_reports_and_continues(tmp_path):
    batch = write_batch(tmp_path / "batch.jsonl", 4, bad_lines=(1,))
    docs = tmp_path / "docs.jsonl"
    result = runner.invoke(app, ["extract", str(batch), "--skip-bad", "-o", str(tmp_path / "claims.jsonl"), "--docs", str(docs)])
    assert result.exit_code == 1
    assert "batch.jsonl:2" in result.stderr and "[E003]" in result.stderr
    assert "[E401] 1 of 4" in result.stderr
    assert [json.loads(line)["doc_id"] for line in docs.read_text().splitlines()] == ["doc-000", "doc-002", "doc-003"]


def test_outputs_max_chars_refuses_oversized(tmp_path):
    batch = write_batch(tmp_path / "batch.jsonl", 2)
    result = runner.invoke(app, ["extract", str(batch), "--max-chars", "50", "-o", str(tmp_path / "claims.jsonl")])
    assert result.exit_code == 2
    assert "[E012]" in result.stderr and "batch.jsonl:1 (doc-000)" in result.stderr
    assert not (tmp_path / "claims.jsonl").exists()


def test_outputs_resume_on_finished_run_changes_nothing(tmp_path):
    batch = write_batch(tmp_path / "batch.jsonl", 3)
    claims, docs = tmp_path / "claims.jsonl", tmp_path / "docs.jsonl"
    args = ["extract", str(batch), "-o", str(claims), "--docs", str(docs)]
    assert runner.invoke(app, args).exit_code == 0
    first = (claims.read_bytes(), docs.read_bytes())
    assert runner.invoke(app, [*args, "--resume"]).exit_code == 0
    assert (claims.read_bytes(), docs.read_bytes()) == first
    assert len((tmp_path / "claims.jsonl.manifest.jsonl").read_text().splitlines()) == 3


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "claimspan", *args], capture_output=True, text=True, check=False)


@pytest.mark.slow
def test_outputs_killed_run_resumes_to_identical_output(tmp_path):
    batch = write_batch(tmp_path / "batch.jsonl", 120)
    reference = run_cli("extract", str(batch), "-o", str(tmp_path / "ref.jsonl"), "--docs", str(tmp_path / "ref-docs.jsonl"), "--batch-size", "2")
    assert reference.returncode == 0, reference.stderr
    claims, docs = tmp_path / "claims.jsonl", tmp_path / "docs.jsonl"
    args = ["extract", str(batch), "-o", str(claims), "--docs", str(docs), "--batch-size", "2"]
    process = subprocess.Popen([sys.executable, "-m", "claimspan", *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    manifest = tmp_path / "claims.jsonl.manifest.jsonl"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if manifest.exists() and len(manifest.read_text().splitlines()) >= 10:
            break
        time.sleep(0.05)
    assert process.poll() is None, "the run finished before it could be interrupted"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert not claims.exists() and not docs.exists()  # nothing torn is visible
    resumed = run_cli(*args, "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert claims.read_bytes() == (tmp_path / "ref.jsonl").read_bytes()
    assert docs.read_bytes() == (tmp_path / "ref-docs.jsonl").read_bytes()


@pytest.mark.slow
def test_outputs_identical_across_n_process(tmp_path):
    batch = write_batch(tmp_path / "batch.jsonl", 12)
    outputs = []
    for n_process in (1, 2):
        claims, docs = tmp_path / f"claims-{n_process}.jsonl", tmp_path / f"docs-{n_process}.jsonl"
        completed = run_cli("extract", str(batch), "-o", str(claims), "--docs", str(docs), "--n-process", str(n_process), "--batch-size", "4")
        assert completed.returncode == 0, completed.stderr
        outputs.append((claims.read_bytes(), docs.read_bytes()))
    assert outputs[0] == outputs[1]
    assert outputs[0][1].count(b"\n") == 12


def test_outputs_five_megabyte_document_is_refused_cleanly(tmp_path):
    batch = tmp_path / "batch.jsonl"
    huge = "Officials said 16 soldiers died. " * (5 * 2**20 // 33)
    batch.write_text(json.dumps({"id": "huge", "text": huge}) + "\n" + json.dumps({"id": "small", "text": SENTENCES[0]}) + "\n")
    docs = tmp_path / "docs.jsonl"
    result = runner.invoke(app, ["extract", str(batch), "--skip-bad", "-o", str(tmp_path / "claims.jsonl"), "--docs", str(docs)])
    assert result.exit_code == 1
    assert "[E012]" in result.stderr and "huge" in result.stderr
    assert [json.loads(line)["doc_id"] for line in docs.read_text().splitlines()] == ["small"]


def test_outputs_written_beside_the_articles_are_not_read_back(tmp_path):
    # the run's own manifest and partial files, and the claims of an earlier run with the same
    # outputs, sit in the input folder: none of them may be read as an article
    write_batch(tmp_path / "batch.jsonl", 2)
    command = ["extract", str(tmp_path), "-o", str(tmp_path / "claims.jsonl"), "--docs", str(tmp_path / "docs.jsonl")]
    first = runner.invoke(app, command)
    assert first.exit_code == 0, first.stderr
    claims = (tmp_path / "claims.jsonl").read_text()
    again = runner.invoke(app, command)
    assert again.exit_code == 0, again.stderr
    assert [json.loads(line)["doc_id"] for line in (tmp_path / "docs.jsonl").read_text().splitlines()] == ["doc-000", "doc-001"]
    assert (tmp_path / "claims.jsonl").read_text() == claims
    assert not list(tmp_path.glob("*.partial"))


def test_outputs_naming_the_output_as_an_input_is_refused(tmp_path):
    batch = write_batch(tmp_path / "batch.jsonl", 1)
    earlier = tmp_path / "claims.jsonl"
    earlier.write_text("kept\n")
    result = runner.invoke(app, ["extract", str(batch), str(earlier), "-o", str(earlier)])
    assert result.exit_code == 2
    assert "[E016]" in result.stderr and "claims.jsonl" in result.stderr
    assert earlier.read_text() == "kept\n"


def test_outputs_claims_and_docs_in_one_file_is_refused(tmp_path):
    batch = write_batch(tmp_path / "batch.jsonl", 1)
    target = tmp_path / "out.jsonl"
    target.write_text("kept\n")
    result = runner.invoke(app, ["extract", str(batch), "-o", str(target), "--docs", str(tmp_path / "." / "out.jsonl")])
    assert result.exit_code == 2
    assert "[E017]" in result.stderr
    assert target.read_text() == "kept\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["batch.jsonl", "out.jsonl"]


def _snapshot(folder):
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


def _two_articles(folder):
    folder.mkdir()
    (folder / "a.txt").write_text("The minister said 5 people died.\n", encoding="utf-8")
    (folder / "b.txt").write_text("The police said 3 people were hurt on Monday.\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("skip_bad", [False, True], ids=["stop", "skip-bad"])
@pytest.mark.parametrize(
    "change, code, doc_id",
    [("edit", "E024", "a"), ("remove", "E025", "b"), ("unreadable", "E025", "b"), ("redate", "E051", "a")],
    ids=["text-changed", "document-gone", "document-now-binary", "published-date-changed"],
)
@pytest.mark.parametrize("interrupted", [False, True], ids=["after-finished-run", "after-interrupted-run"])
def test_outputs_resume_refuses_another_job(tmp_path, change, code, doc_id, skip_bad, interrupted):
    articles = _two_articles(tmp_path / "in")
    out = tmp_path / "out"
    args = ["extract", str(articles), "-o", str(out / "claims.jsonl"), "--docs", str(out / "docs.jsonl")]
    assert runner.invoke(app, args).exit_code == 0
    if interrupted:
        # what a kill after the last document leaves: partial files and the manifest, no final outputs
        for name in ("claims.jsonl", "docs.jsonl"):
            (out / name).rename(out / (name + ".partial"))
    if change == "edit":
        (articles / "a.txt").write_text("The minister said 9 people died.\n", encoding="utf-8")
    elif change == "redate":
        # the same text under another publication date: its relative dates would be resolved differently
        (articles / "a.json").write_text('{"published": "2024-03-01"}', encoding="utf-8")
    elif change == "remove":
        (articles / "b.txt").unlink()
    else:
        (articles / "b.txt").write_bytes(b"The police\x00 said.\n")
    before = _snapshot(out)
    result = runner.invoke(app, [*args, "--resume", *(["--skip-bad"] if skip_bad else [])])
    assert result.exit_code == 2, result.output
    if change == "unreadable" and not skip_bad:
        # without --skip-bad the bad input itself stops the run first, before anything is written
        assert "[E005]" in result.stderr
    else:
        assert f"[{code}]" in result.stderr and f"'{doc_id}'" in result.stderr and "without --resume" in result.stderr
    assert _snapshot(out) == before


def test_outputs_resume_of_same_job_after_interruption_completes(tmp_path):
    articles = _two_articles(tmp_path / "in")
    out = tmp_path / "out"
    args = ["extract", str(articles), "-o", str(out / "claims.jsonl"), "--docs", str(out / "docs.jsonl")]
    assert runner.invoke(app, args).exit_code == 0
    finished = _snapshot(out)
    (out / "claims.jsonl").rename(out / "claims.jsonl.partial")
    (out / "docs.jsonl").rename(out / "docs.jsonl.partial")
    result = runner.invoke(app, [*args, "--resume"])
    assert result.exit_code == 0, result.output
    assert _snapshot(out) == finished
    assert [json.loads(line)["doc_id"] for line in (out / "docs.jsonl").read_text().splitlines()] == ["a", "b"]
