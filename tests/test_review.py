"""The review app through Starlette's test client: every write path, every rejection, replay and gold export."""

from __future__ import annotations

import html
import json
import re

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from claimspan.cli import app as cli_app
from claimspan.errors import ClaimspanError
from claimspan.review.app import allowed_hosts, create_app
from claimspan.review.gold_files import file_stem
from claimspan.review.session import ReviewSession

TOKEN = "test-token"
HEADERS = {"X-Claimspan-Token": TOKEN}


@pytest.fixture
def review(review_inputs, tmp_path):
    texts, claims, docs = review_inputs
    decisions = tmp_path / "decisions.jsonl"

    def start():
        session = ReviewSession.load([str(texts)], claims=claims, docs=docs, decisions=decisions)
        return session, TestClient(create_app(session, token=TOKEN))

    session, client = start()
    return {"session": session, "client": client, "decisions": decisions, "restart": start, "texts": texts, "claims": claims, "docs": docs}


def claim_at(session, doc_id, prefix):
    return next(claim for claim in session.documents[doc_id].claims if claim.text.startswith(prefix))


def post(client, doc_id, claim_id, action, headers=HEADERS, **extra):
    return client.post("/api/decisions", json={"doc_id": doc_id, "claim_id": claim_id, "action": action, **extra}, headers=headers)


def decision_lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def test_review_index_lists_documents_with_counts(review):
    page = review["client"].get("/")
    assert page.status_code == 200
    assert "helmand" in page.text and "buses" in page.text
    assert "6 claims" in page.text and "6 unreviewed" in page.text


def test_review_document_page_marks_every_layer_and_lists_claims(review):
    page = review["client"].get("/doc/helmand")
    assert page.status_code == 200
    assert page.text.count('class="card ') == 3
    for kind in ("claim", "source", "cue", "hedge", "quote", "date", "figure"):
        assert f"k-{kind}" in page.text
    assert 'name="claimspan-token" content="test-token"' in page.text
    # The segments rebuild the article exactly, and each one starts at its own offset.
    article = page.text.split('<article id="article">')[1].split("</article>")[0]
    text = review["session"].documents["helmand"].text
    assert html.unescape(re.sub(r"<[^>]+>", "", article)) == text
    for start, piece in re.findall(r'<span data-s="(\d+)"[^>]*>([^<]*)</span>', article):
        assert text[int(start) :].startswith(html.unescape(piece))


def test_review_unknown_document_is_404_json(review):
    response = review["client"].get("/doc/..%2F..%2Fetc%2Fpasswd")
    assert response.status_code == 404
    assert "[E501]" in response.json()["error"]


def test_review_loopback_server_refuses_foreign_host_names(review):
    client = TestClient(create_app(review["session"], token=TOKEN, hosts=allowed_hosts("127.0.0.1")), base_url="http://attacker.example")
    assert client.get("/").status_code == 400
    local = TestClient(create_app(review["session"], token=TOKEN, hosts=allowed_hosts("127.0.0.1")), base_url="http://127.0.0.1:8765")
    assert local.get("/").status_code == 200


def test_review_static_files_are_served_from_the_package(review):
    assert "claimspan review" in review["client"].get("/static/review.js").text
    assert review["client"].get("/static/review.css").status_code == 200


def test_review_accept_reject_and_type_are_recorded_and_replayed(review):
    session, client = review["session"], review["client"]
    first, second = session.documents["helmand"].claims[:2]
    assert post(client, "helmand", first.claim_id, "accept").json()["status"] == "accepted"
    assert post(client, "helmand", second.claim_id, "reject").json()["status"] == "rejected"
    changed = post(client, "helmand", first.claim_id, "type", type="event").json()
    assert changed["claim"]["type"] == "event" and changed["status"] == "accepted"
    assert [line["action"] for line in decision_lines(review["decisions"])] == ["accept", "reject", "type"]
    _, restarted = review["restart"]()
    states = {claim["claim_id"]: claim for claim in restarted.get("/api/doc/helmand").json()["claims"]}
    assert states[first.claim_id]["status"] == "accepted" and states[first.claim_id]["claim"]["type"] == "event"
    assert states[second.claim_id]["status"] == "rejected"


def test_review_span_edit_trims_whitespace_and_refits_the_claim(review):
    session, client = review["session"], review["client"]
    claim = claim_at(session, "helmand", "Officials said")
    text = session.documents["helmand"].text
    start = text.index("40 fighters")
    end = text.index(" in Helmand")
    result = post(client, "helmand", claim.claim_id, "span", start=start - 1, end=end + 1).json()
    assert result["claim"]["text"] == "40 fighters were killed"
    assert (result["claim"]["start"], result["claim"]["end"]) == (start, end)
    assert result["claim"]["dates"] == []  # "Monday" lies outside the new span
    assert decision_lines(review["decisions"])[-1]["start"] == start


def test_review_source_cue_clear_and_reset(review):
    session, client = review["session"], review["client"]
    claim = claim_at(session, "buses", "The union said")
    text = session.documents["buses"].text
    mayor = text.index("The mayor")
    result = post(client, "buses", claim.claim_id, "source", start=mayor, end=mayor + 9).json()
    assert result["claim"]["source"]["text"] == "The mayor" and result["claim"]["source"]["cue"]["text"] == "said"
    argued = text.index("argued")
    result = post(client, "buses", claim.claim_id, "cue", start=argued, end=argued + 6).json()
    assert result["claim"]["source"]["cue"]["text"] == "argued"
    result = post(client, "buses", claim.claim_id, "clear_source").json()
    assert result["claim"]["source"] is None
    # With no source left, a new source must bring its cue along.
    assert post(client, "buses", claim.claim_id, "source", start=mayor, end=mayor + 9).status_code == 422
    result = post(client, "buses", claim.claim_id, "source", start=mayor, end=mayor + 9, cue_start=argued, cue_end=argued + 6).json()
    assert (result["claim"]["source"]["text"], result["claim"]["source"]["cue"]["text"]) == ("The mayor", "argued")
    result = post(client, "buses", claim.claim_id, "reset").json()
    assert result["status"] == "unreviewed" and result["claim"]["source"]["text"] == "The union"


@pytest.mark.parametrize(
    "change, status, code",
    [
        ({"headers": {}}, 403, "E507"),
        ({"headers": {"X-Claimspan-Token": "guess"}}, 403, "E507"),
        ({"doc_id": "nope"}, 404, "E501"),
        ({"claim_id": "nope"}, 404, "E502"),
        ({"doc_id": "buses"}, 404, "E502"),
        ({"action": "delete"}, 422, "E503"),
        ({"action": "type"}, 422, "E503"),
        ({"action": "type", "type": "rumour"}, 422, "E503"),
        ({"action": "span"}, 422, "E503"),
        ({"action": "span", "start": 10, "end": 100000}, 422, "E504"),
        ({"action": "span", "start": 20, "end": 20}, 422, "E504"),
        ({"action": "span", "start": -1, "end": 5}, 422, "E503"),
        ({"action": "span", "start": 74, "end": 75}, 422, "E508"),
        ({"action": "source", "start": 0, "end": 9, "cue_start": 10}, 422, "E503"),
        ({"action": "source", "start": 0, "end": 9, "cue_start": 0, "cue_end": 99999}, 422, "E504"),
        ({"action": "accept", "extra": 1}, 422, "E503"),
    ],
    ids=["no-token", "wrong-token", "unknown-doc", "unknown-claim", "claim-of-other-doc", "unknown-action", "type-missing", "bad-type", "span-missing", "span-outside", "span-empty", "span-negative", "span-whitespace", "half-cue", "cue-outside", "unknown-field"],
)
def test_review_rejects_bad_writes_with_coded_4xx(review, change, status, code):
    session, client = review["session"], review["client"]
    claim = session.documents["helmand"].claims[0]
    body = {"doc_id": "helmand", "claim_id": claim.claim_id, "action": "accept"}
    change = dict(change)
    headers = change.pop("headers", HEADERS)
    body.update(change)
    response = client.post("/api/decisions", json=body, headers=headers)
    assert response.status_code == status
    assert f"[{code}]" in response.json()["error"]
    assert decision_lines(review["decisions"]) == []


def test_review_rejects_non_json_and_cue_without_source(review):
    session, client = review["session"], review["client"]
    response = client.post("/api/decisions", content=b"accept!", headers=HEADERS)
    assert response.status_code == 400 and "[E503]" in response.json()["error"]
    assert client.post("/api/decisions", json=["accept"], headers=HEADERS).status_code == 422
    claim = claim_at(session, "buses", "The union said")
    post(client, "buses", claim.claim_id, "clear_source")
    response = post(client, "buses", claim.claim_id, "cue", start=0, end=4)
    assert response.status_code == 422 and "[E506]" in response.json()["error"]
    assert len(decision_lines(review["decisions"])) == 1


def test_review_replay_skips_a_torn_last_line_but_refuses_a_bad_middle_line(review):
    session, client = review["session"], review["client"]
    claim = session.documents["helmand"].claims[0]
    post(client, "helmand", claim.claim_id, "reject")
    with review["decisions"].open("a", encoding="utf-8") as handle:
        handle.write('{"doc_id": "helmand", "claim_id": "')
    restarted, _ = review["restart"]()
    assert restarted.state(claim.claim_id).status == "rejected" and restarted.log.torn_lines == 1
    # The next decision starts on a new line, so the torn one is now a bad middle line.
    post(review["restart"]()[1], "helmand", claim.claim_id, "accept")
    with pytest.raises(ClaimspanError, match=r"\[E030\].*:2:"):
        review["restart"]()


def test_review_export_gold_validates_and_scores(review, tmp_path):
    session, client = review["session"], review["client"]
    accepted = claim_at(session, "helmand", "Officials said")
    rejected = claim_at(session, "helmand", "The army")
    edited = claim_at(session, "helmand", "Prices rose")
    post(client, "helmand", accepted.claim_id, "accept")
    post(client, "helmand", rejected.claim_id, "reject")
    text = session.documents["helmand"].text
    post(client, "helmand", edited.claim_id, "span", start=text.index("Prices"), end=text.index(", according"))
    gold = tmp_path / "gold"
    runner = CliRunner()
    args = [str(review["texts"]), "--claims", str(review["claims"]), "--docs", str(review["docs"]), "--decisions", str(review["decisions"])]
    result = runner.invoke(cli_app, ["review", *args, "--export-gold", str(gold)])
    assert result.exit_code == 0, result.output
    assert sorted(path.name for path in gold.iterdir()) == ["helmand.gold.jsonl"]
    lines = [json.loads(line) for line in (gold / "helmand.gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [line["record"] for line in lines] == ["document", "claim", "claim"]
    assert [line["text"] for line in lines[1:]] == ["Officials said on Monday that 40 fighters were killed in Helmand province", "Prices rose 5% in March"]
    assert all(line["pipeline"] is None for line in lines)
    # GUIDELINES R80: the unreviewed mention layers are not copied into gold.
    assert lines[0]["sentences"] == lines[0]["actors"] == lines[0]["dates"] == lines[0]["figures"] == []
    assert lines[1]["dates"] == [] and lines[1]["source"]["text"] == "Officials"
    assert runner.invoke(cli_app, ["validate", str(gold), "--texts", str(review["texts"])]).exit_code == 0
    pred = tmp_path / "pred"
    pred.mkdir()
    for name in ("claims", "docs"):
        (pred / f"{name}.jsonl").write_bytes(review[name].read_bytes())
    scored = runner.invoke(cli_app, ["score", "--gold", str(gold), "--pred", str(pred), "--texts", str(review["texts"]), "--json"])
    claims = json.loads(scored.stdout)["categories"]["claims"]  # stderr warns that the other predicted documents are not in this gold (W006)
    # Gold keeps 2 of the 3 predicted claims, one of them shortened: exact 1 of 3, overlap 2 of 3.
    assert (claims["exact"]["tp"], claims["exact"]["fp"], claims["exact"]["fn"]) == (1, 2, 1)
    assert (claims["overlap"]["tp"], claims["overlap"]["fp"], claims["overlap"]["fn"]) == (2, 1, 0)


def test_review_replay_skips_decisions_on_claims_no_longer_there(review):
    review["decisions"].write_text(json.dumps({"doc_id": "helmand", "claim_id": "gone", "action": "accept"}) + "\n", encoding="utf-8")
    session, _ = review["restart"]()
    assert session.stale_decisions == 1
    assert all(session.state(claim_id).status == "unreviewed" for claim_id in session.claims)


def test_review_export_gold_needs_decisions(review, tmp_path):
    result = CliRunner().invoke(cli_app, ["review", str(review["texts"]), "--claims", str(review["claims"]), "--export-gold", str(tmp_path / "gold")])
    assert result.exit_code == 2 and "[E031]" in result.output


@pytest.mark.parametrize(
    "doc_id, expected",
    [("isaf-4", "isaf-4"), ("../etc/passwd", "etc_passwd-"), ("a/b", "a_b-"), ("..", "document-"), (".hidden", "hidden-")],
    ids=["plain", "traversal", "slash", "dots", "hidden"],
)
def test_review_gold_file_names_never_leave_the_folder(doc_id, expected):
    stem = file_stem(doc_id)
    assert stem.startswith(expected) and "/" not in stem and not stem.startswith(".")


def test_review_gold_diff_shows_misses_and_false_hits(review, tmp_path):
    session = review["session"]
    claim = claim_at(session, "buses", "The union said")
    text = session.documents["buses"].text
    document = session.documents["buses"].document.model_copy(update={"pipeline": None})
    missing = claim.model_copy(update={"claim_id": "gold-1", "start": 0, "end": 4, "text": text[0:4], "pipeline": None, "source": None, "actors": [], "dates": [], "figures": [], "hedges": [], "quotes": [], "subject": None, "predicate": None, "object": None, "type": "event"})
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(record.model_dump_json() for record in (document, missing)) + "\n", encoding="utf-8")
    session = ReviewSession.load([str(review["texts"])], claims=review["claims"], docs=review["docs"], gold=gold)
    client = TestClient(create_app(session, token=TOKEN))
    index = client.get("/").text
    assert "claims missed / false" in index
    page = client.get("/doc/buses").text
    assert "k-miss" in page and "not in gold" in page
    assert page.count('class="card status-unreviewed false-hit"') == 2  # the two claims gold does not have
    assert "type: gold event, predicted attributed" in page


def test_review_export_gold_without_decisions_makes_the_folder_and_warns(review, tmp_path):
    gold = tmp_path / "out" / "gold"
    args = [str(review["texts"]), "--claims", str(review["claims"]), "--docs", str(review["docs"]), "--decisions", str(review["decisions"])]
    result = CliRunner().invoke(cli_app, ["review", *args, "--export-gold", str(gold)])
    assert result.exit_code == 0, result.output
    # the README runs validate on the folder next: it must exist, and the user must learn why it is empty
    assert gold.is_dir() and list(gold.iterdir()) == []
    assert "wrote 0 gold files" in result.stdout
    assert "[W007]" in result.stderr
