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
