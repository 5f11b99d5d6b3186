"""The README's example output line is what extract writes for the seed today (keeps the README true)."""

import json
import re
from pathlib import Path

from claimspan.io import read_documents
from claimspan.runner import extract

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_example_claim_is_current_output(nlp, corpus_dir):
    block = re.search(r"```json\n(.+?)\n```", README.read_text(encoding="utf-8"), re.S).group(1)
    shown = json.loads(block)
    seed = list(read_documents([str(corpus_dir / "000_f74c9e799bac6eb4.txt")]))
    (extraction,) = extract(nlp, seed)
    current = {claim.claim_id: json.loads(claim.model_dump_json()) for claim in extraction.claims}
    assert current.get(shown["claim_id"]) == shown, "README's example line is stale: rerun `make run` and copy the line"


def test_readme_show_example_is_what_show_prints_today(nlp, corpus_dir, tmp_path):
    from typer.testing import CliRunner

    from claimspan.cli import app

    # the block after "`claimspan show` on the seed (real output": its claim, sentence and parts, as printed today
    text = README.read_text(encoding="utf-8")
    block = re.search(r"`claimspan show` on the seed \(real output.*?```\n(.+?)\n```", text, re.S).group(1)
    seed = list(read_documents([str(corpus_dir / "000_f74c9e799bac6eb4.txt")]))
    (extraction,) = extract(nlp, seed)
    claims = tmp_path / "claims.jsonl"
    claims.write_text("".join(claim.model_dump_json() + "\n" for claim in extraction.claims), encoding="utf-8")
    result = CliRunner().invoke(app, ["show", str(claims), "--texts", str(corpus_dir), "--doc", "000_f74c9e799bac6eb4"])
    assert result.exit_code == 0, result.output
    printed = result.stdout.split("\n\n")
    assert block in printed, "README's claimspan show example is stale: rerun the README's show command and copy it"
