"""Property tests: random and adversarial text never crashes a stage, and every span slices its text."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimspan.convert import check_spans, claim_records, document_record
from claimspan.records import Claim, DocumentRecord

ADVERSARIAL = {
    "control-characters": "Kabul\x01 said\x07 on\x0b Monday\x1f that 16\x7f soldiers died.\r\n\x0c",
    "long-token": "Islamabad said " + "x" * 20000 + " on Dec 24.",
    "no-spaces": "PakistanandtheTTPsaidon24December2024that6,000-6,500fighterswerekilled." * 20,
    "only-punctuation": "“”‘’\"'.,;:!?()[]{}—–-…" * 50,
    "mixed-scripts": "Президент said 12 солдат died; 巴基斯坦 reported 3 attacks on 2024年12月24日.",
    "right-to-left": "قال المتحدث إن 16 جنديا قتلوا. The ministry said on Tuesday that الحكومة will respond.",
    "emoji": "🚀 The army 🪖 said 3️⃣ soldiers 💥 died on Monday 🇵🇰🇦🇫 according to officials 👍🏽.",
    "zero-width-and-separators": "Officials\u200b said\u2028on Monday\u2029that 40\u00a0fighters\ufeff surrendered.",
    "lone-surrogate-free-combining": "Cafe\u0301 owners in Kabul said prices rose 10% last week.",
}


def assert_valid(doc):
    document = DocumentRecord.model_validate(document_record(doc).model_dump())
    check_spans(document, doc.text)
    for claim in claim_records(doc):
        check_spans(Claim.model_validate(claim.model_dump()), doc.text)


@pytest.mark.parametrize("text", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_properties_adversarial_text(process, text):
    assert_valid(process(text, published="2025-01-06"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=1, max_size=300))
def test_properties_random_text(process, text):
    assert_valid(process(text, published="2024-02-29"))


NEWSY_WORDS = st.sampled_from(
    ["Pakistan", "said", "the", "TTP", "on", "Dec", "24", "killed", "16", "soldiers", "“", "”", ".", ",", "last", "week", "according", "to", "officials", "will", "not", "may", "about", "6,000-6,500", "fighters", "Kabul", "$", "1.6", "billion", "percent", "\n", "Mr.", "U.S.", "(", ")", "—"]
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(NEWSY_WORDS, min_size=1, max_size=80))
def test_properties_news_like_word_salad(process, words):
    assert_valid(process(" ".join(words), published="2025-01-06"))
