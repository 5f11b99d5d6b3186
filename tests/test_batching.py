"""Stages run a batch at a time (components/batching.py): every Doc gets what it gets when run alone."""

from claimspan.components.batching import in_batches

TEXTS = [
    "Pakistan's army said on Monday that 16 soldiers were killed in North Waziristan.",
    "“We will not accept this,” the minister told reporters in Kabul. Prices rose 12% in March.",
    "The United Nations said more than 200 families had fled since January 5, officials added.",
]


def _annotations(doc) -> dict:
    groups = {group: [(span.start_char, span.end_char, span.label_, span.kb_id_) for span in doc.spans[group]] for group in ("actors", "dates", "figures", "claims") if group in doc.spans}
    return {**groups, "records": [claim._.claim_record for claim in doc.spans["claims"]], "checkworthy": [claim._.claim_checkworthy for claim in doc.spans["claims"]]}


def test_batching_every_stage_has_pipe(nlp):
    assert [name for name, component in nlp.pipeline if name.startswith("claimspan_") and not hasattr(component, "pipe")] == []


def test_batching_docs_in_batches_get_what_each_gets_alone(nlp):
    # a batch of two: the second batch starts while the stages' per-Doc caches hold the first batch's Docs
    batched = [_annotations(doc) for doc in nlp.pipe(TEXTS, batch_size=2)]
    alone = [_annotations(nlp(text)) for text in TEXTS]
    assert batched == alone
    # the texts give every stage something to find
    assert all(annotations["claims"] and annotations["dates"] and annotations["figures"] for annotations in alone)
    assert sum(1 for annotations in alone if annotations["actors"]) == 2


def test_batching_keeps_order_and_runs_each_doc_once():
    seen = []

    def component(number):
        seen.append(number)
        return number * 10

    assert list(in_batches(component, iter(range(5)), 2)) == [0, 10, 20, 30, 40]
    assert seen == [0, 1, 2, 3, 4]
