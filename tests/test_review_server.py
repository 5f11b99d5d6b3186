"""The review app on a real uvicorn server: a killed server loses no decision; a real browser reviews a document."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from claimspan.cli import app as cli_app
from claimspan.io import read_documents
from claimspan.runner import extract

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SEED = "000_f74c9e799bac6eb4"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """`claimspan review ...` in a subprocess on a free port."""

    def __init__(self, args: list[str]) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen([sys.executable, "-m", "claimspan", "review", *args, "--port", str(self.port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(self.process.stderr.read().decode())
            try:
                page = httpx.get(self.url + "/", timeout=2)
                self.token = re.search(r'name="claimspan-token" content="([^"]+)"', page.text).group(1)
                return
            except httpx.TransportError:
                time.sleep(0.1)
        raise AssertionError("the review server did not start")

    def decide(self, **body) -> httpx.Response:
        return httpx.post(self.url + "/api/decisions", json=body, headers={"X-Claimspan-Token": self.token}, timeout=10)

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


@pytest.fixture(scope="module")
def combined_inputs(nlp, review_inputs, corpus_dir, tmp_path_factory):
    """The seed article and the two small test articles, extracted into one claims and one docs file."""
    texts, claims, docs = review_inputs
    folder = tmp_path_factory.mktemp("combined")
    all_claims, all_docs = folder / "claims.jsonl", folder / "docs.jsonl"
    with all_claims.open("w", encoding="utf-8") as claim_file, all_docs.open("w", encoding="utf-8") as doc_file:
        for extraction in extract(nlp, read_documents([str(corpus_dir / f"{SEED}.txt")])):
            doc_file.write(extraction.document.model_dump_json() + "\n")
            claim_file.writelines(claim.model_dump_json() + "\n" for claim in extraction.claims)
        claim_file.write(claims.read_text(encoding="utf-8"))
        doc_file.write(docs.read_text(encoding="utf-8"))
    return [str(corpus_dir / f"{SEED}.txt"), str(texts)], all_claims, all_docs


def claims_of(server: Server, doc_id: str) -> list[dict]:
    return httpx.get(f"{server.url}/api/doc/{doc_id}", timeout=10).json()["claims"]


@pytest.mark.slow
def test_review_server_killed_between_decisions_loses_nothing(combined_inputs, tmp_path):
    paths, claims, docs = combined_inputs
    decisions = tmp_path / "decisions.jsonl"
    args = [*paths, "--claims", str(claims), "--docs", str(docs), "--decisions", str(decisions)]
    server = Server(args)
    try:
        first, second = claims_of(server, "helmand")[:2]
        assert server.decide(doc_id="helmand", claim_id=first["claim_id"], action="reject").status_code == 200
        server.kill()
        server = Server(args)
        assert [claim["status"] for claim in claims_of(server, "helmand")[:2]] == ["rejected", "unreviewed"]
        assert server.decide(doc_id="helmand", claim_id=second["claim_id"], action="type", type="event").status_code == 200
        server.kill()
        server = Server(args)
        restored = claims_of(server, "helmand")[:2]
        assert [claim["status"] for claim in restored] == ["rejected", "accepted"]
        assert restored[1]["claim"]["type"] == "event"
    finally:
        server.stop()
    assert [json.loads(line)["action"] for line in decisions.read_text(encoding="utf-8").splitlines()] == ["reject", "type"]


@pytest.mark.slow
def test_review_in_a_real_browser(combined_inputs, corpus_dir, repo_dir, tmp_path, capsys):
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium: make test installs it (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    paths, claims, docs = combined_inputs
    decisions = tmp_path / "decisions.jsonl"
    args = [*paths, "--claims", str(claims), "--docs", str(docs), "--decisions", str(decisions)]
    server = Server([*args, "--gold", str(repo_dir / "annotations" / f"{SEED}.gold.jsonl")])
    try:
        timings = []
        for _ in range(10):
            started = time.perf_counter()
            assert httpx.get(f"{server.url}/doc/{SEED}", timeout=10).status_code == 200
            timings.append(time.perf_counter() - started)
        with capsys.disabled():
            print(f"\n[review] seed page on a warm server: median {1000 * statistics.median(timings):.1f} ms, max {1000 * max(timings):.1f} ms over {len(timings)} requests")
        with sync_playwright() as playwright:
            # A persistent context is how Playwright takes a fresh --user-data-dir of our own.
            browser = playwright.chromium.launch_persistent_context(tmp_path / "profile", executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS, viewport={"width": 1400, "height": 860})
            page = browser.new_page()
            page.goto(f"{server.url}/")
            page.click(f"text={SEED}")
            page.wait_for_selector("#c0")
            # Claim 1 by keyboard (j selects it, a accepts), claim 2 by clicking its text in the article, r rejects.
            page.keyboard.press("j")
            page.keyboard.press("a")
            page.wait_for_selector("#c0.status-accepted")
            page.click('#article [data-claims="1"] >> nth=0')
            assert page.get_attribute("#c1", "class").split().count("current") == 1
            page.keyboard.press("r")
            page.wait_for_selector("#c1.status-rejected")
            page.keyboard.press("j")
            page.wait_for_selector("#c2.current")
            # The README's picture is refreshed only on request, so a test run leaves the work tree clean.
            screenshot = repo_dir / "docs" / "review.png" if os.environ.get("CLAIMSPAN_UPDATE_SCREENSHOT") else tmp_path / "review.png"
            page.screenshot(path=str(screenshot))
            assert screenshot.stat().st_size > 10_000

            # A span edit across an emoji: the browser counts UTF-16 units, the server code points.
            page.goto(f"{server.url}/doc/buses")
            mayor = page.locator(".card", has_text="The mayor argued")
            mayor.click()
            page.evaluate(
                """() => {
                    const nodes = Array.from(document.querySelectorAll('#article [data-s]'));
                    const node = nodes.find((span) => span.textContent.includes('the city')).firstChild;
                    const start = node.data.indexOf('the city');
                    const last = nodes.find((span) => span.textContent.includes('new buses')).firstChild;
                    const range = document.createRange();
                    range.setStart(node, start);
                    range.setEnd(last, last.data.indexOf('new buses') + 'new buses'.length);
                    window.getSelection().removeAllRanges();
                    window.getSelection().addRange(range);
                }"""
            )
            with page.expect_navigation():
                page.keyboard.press("e")
            edited = page.locator(".card.current .claim-text").inner_text()
            browser.close()
        assert edited == "the city could not afford new buses"
    finally:
        server.stop()
    assert [json.loads(line)["action"] for line in decisions.read_text(encoding="utf-8").splitlines()] == ["accept", "reject", "span"]

    gold = tmp_path / "gold"
    runner = CliRunner()
    exported = runner.invoke(cli_app, ["review", *args, "--export-gold", str(gold)])
    assert exported.exit_code == 0, exported.output
    texts = tmp_path / "texts"
    texts.mkdir()
    for path in [corpus_dir / f"{SEED}.txt", corpus_dir / f"{SEED}.json", *Path(paths[1]).iterdir()]:
        (texts / path.name).write_bytes(path.read_bytes())
    assert runner.invoke(cli_app, ["validate", str(gold), "--texts", str(texts)]).exit_code == 0
    pred = tmp_path / "pred"
    pred.mkdir()
    for source in (claims, docs):
        (pred / source.name).write_bytes(source.read_bytes())
    report = json.loads(runner.invoke(cli_app, ["score", "--gold", str(gold), "--pred", str(pred), "--texts", str(texts), "--json"]).stdout)
    predicted = sum(1 for line in claims.read_text(encoding="utf-8").splitlines() if json.loads(line)["doc_id"] in (SEED, "buses"))
    summary = report["categories"]["claims"]
    # Gold: the accepted seed claim as predicted, and the mayor's claim shortened to its reported part.
    assert (summary["exact"]["tp"], summary["exact"]["fn"], summary["exact"]["fp"]) == (1, 1, predicted - 1)
    assert (summary["overlap"]["tp"], summary["overlap"]["fn"], summary["overlap"]["fp"]) == (2, 0, predicted - 2)


@pytest.mark.slow
def test_review_ten_thousand_claims_stay_usable(combined_inputs, corpus_dir, tmp_path, capsys):
    """The seed's claims copied into enough documents for 10,000 claims (200 documents of 50 claims): the lists are
    paged, so pages stay small."""
    from fastapi.testclient import TestClient

    from claimspan.review.app import DOCUMENTS_PER_PAGE, create_app
    from claimspan.review.session import ReviewSession

    _, claims, docs = combined_inputs
    text = (corpus_dir / f"{SEED}.txt").read_text(encoding="utf-8")
    seed_claims = [json.loads(line) for line in claims.read_text(encoding="utf-8").splitlines() if json.loads(line)["doc_id"] == SEED]
    seed_document = next(json.loads(line) for line in docs.read_text(encoding="utf-8").splitlines() if json.loads(line)["doc_id"] == SEED)
    copies = -(-10_000 // len(seed_claims))
    inputs, many_claims, many_docs = tmp_path / "inputs.jsonl", tmp_path / "claims.jsonl", tmp_path / "docs.jsonl"
    with inputs.open("w", encoding="utf-8") as input_file, many_claims.open("w", encoding="utf-8") as claim_file, many_docs.open("w", encoding="utf-8") as doc_file:
        for number in range(copies):
            doc_id = f"copy-{number:04d}"
            input_file.write(json.dumps({"id": doc_id, "text": text}) + "\n")
            doc_file.write(json.dumps({**seed_document, "doc_id": doc_id}) + "\n")
            for claim in seed_claims:
                claim_file.write(json.dumps({**claim, "doc_id": doc_id, "claim_id": f"{doc_id}:{claim['claim_id']}"}) + "\n")
    started = time.perf_counter()
    session = ReviewSession.load([str(inputs)], claims=many_claims, docs=many_docs, decisions=tmp_path / "decisions.jsonl")
    loaded = time.perf_counter() - started
    client = TestClient(create_app(session, token="t"))
    timings = {}
    for name, url in (("list, first page", "/"), ("list, last page", f"/?page={copies // DOCUMENTS_PER_PAGE + 1}"), ("document", "/doc/copy-0150")):
        client.get(url)
        started = time.perf_counter()
        response = client.get(url)
        timings[name] = time.perf_counter() - started
        assert response.status_code == 200
    assert len(session.claims) == copies * len(seed_claims) >= 10_000
    first_page = client.get("/").text
    pages = -(-copies // DOCUMENTS_PER_PAGE)
    assert pages >= 2 and first_page.count("/doc/copy-") == DOCUMENTS_PER_PAGE and f"page 1 of {pages}" in first_page
    with capsys.disabled():
        print(f"\n[review] {len(session.claims)} claims in {copies} documents: loaded in {loaded:.2f} s; " + ", ".join(f"{name} {1000 * seconds:.0f} ms" for name, seconds in timings.items()))
