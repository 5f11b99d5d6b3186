"""The benchmark's corpus builder (the measurements themselves are never asserted on)."""

from claimspan.bench import generated_corpus


def test_bench_generated_corpus_reaches_word_count_with_real_text(corpus_dir):
    documents = generated_corpus(corpus_dir, 20_000)
    words = sum(len(document["text"].split()) for document in documents)
    assert 20_000 <= words < 20_000 + 2_000
    seed = (corpus_dir / "000_f74c9e799bac6eb4.txt").read_text(encoding="utf-8")
    assert any(document["text"] == seed for document in documents)
    assert len({document["id"] for document in documents}) == len(documents)


def test_bench_generated_corpus_cuts_short_documents(corpus_dir):
    documents = generated_corpus(corpus_dir, 2_000, doc_words=40)
    assert all(len(document["text"].split()) <= 40 for document in documents)
