"""Records: unknown fields are refused, and the offset invariant is checked in one place."""

import pytest
from pydantic import ValidationError

from claimspan.convert import check_spans, claim_id
from claimspan.errors import ClaimspanError
from claimspan.records import ActorMention, Claim, DocumentRecord, InputDocument, Source, SourceMeta, TextSpan

TEXT = " Islamabad said the TTP attacked on Dec 24."


def test_records_refuse_unknown_fields():
    with pytest.raises(ValidationError, match="colour"):
        InputDocument.model_validate({"id": "a", "text": "x", "colour": "red"})
    with pytest.raises(ValidationError, match="extra"):
        DocumentRecord.model_validate({"doc_id": "a", "text_sha256": "0", "extra": 1})


def test_records_source_meta_keeps_unknown_keys_and_checks_known_ones():
    meta = SourceMeta.model_validate({"published": "2024-07-26", "author": "A. Writer", "tags": ["a", {"b": 1}]})
    assert meta.published.isoformat() == "2024-07-26"
    assert meta.model_extra == {"author": "A. Writer", "tags": ["a", {"b": 1}]}
    for bad in ({"published": "last Tuesday"}, {"date_order": "DDMMYY"}, {"title": ["not", "text"]}):
        with pytest.raises(ValidationError, match=next(iter(bad))):
            SourceMeta.model_validate(bad)


def test_records_check_spans_accepts_exact_offsets():
    record = DocumentRecord(doc_id="a", text_sha256="0", actors=[ActorMention(start=1, end=10, text="Islamabad", id="country:PAK", type="COUNTRY")])
    check_spans(record, TEXT)


@pytest.mark.parametrize(
    "start, end, text, code",
    [(0, 9, "Islamabad", "E101"), (1, 10, "islamabad", "E101"), (40, 60, "x", "E102")],
    ids=["shifted", "wrong-case", "outside"],
)
def test_records_check_spans_refuses_mismatch(start, end, text, code):
    record = DocumentRecord(doc_id="a", text_sha256="0", actors=[ActorMention(start=start, end=end, text=text, id="country:PAK", type="COUNTRY")])
    with pytest.raises(ClaimspanError, match=rf"\[{code}\]"):
        check_spans(record, TEXT, path="gold.jsonl", line=3)


def test_records_check_spans_reaches_nested_claim_source():
    cue = TextSpan(start=11, end=15, text="said")
    claim = Claim(claim_id="c", doc_id="a", start=1, end=43, text=TEXT[1:43], type="attributed", source=Source(start=1, end=10, text="Islamabad", cue=cue))
    check_spans(claim, TEXT)
    broken = claim.model_copy(update={"source": Source(start=1, end=10, text="Islamabad", cue=TextSpan(start=12, end=16, text="said"))})
    with pytest.raises(ClaimspanError, match=r"\[E101\].*cue"):
        check_spans(broken, TEXT)


def test_records_claim_id_is_stable_and_distinct():
    assert claim_id("doc", "abc", 1, 5) == claim_id("doc", "abc", 1, 5)
    assert claim_id("doc", "abc", 1, 5) != claim_id("doc", "abc", 1, 6)
    assert claim_id("doc", "abc", 1, 5).startswith("doc:1-5:")
