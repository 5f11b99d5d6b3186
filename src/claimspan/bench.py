"""Speed and memory benchmark: claimspan end to end against the bare en_core_web_sm, same text, same run.

Each measurement runs in a fresh Python process so its peak memory (ru_maxrss) is its own; with
several processes the peak is per process (the largest of the parent and its workers).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator, Optional

from .io import read_documents


def generated_corpus(source: Path, words: int, *, doc_words: Optional[int] = None) -> list[dict]:
    """Real article text, repeated (and cut into documents of about doc_words words) up to `words` words."""
    articles = [document.text for document in read_documents([str(source)])]
    pieces = []
    if doc_words:
        tokens = " ".join(articles).split()
        pieces = [" ".join(tokens[index : index + doc_words]) for index in range(0, len(tokens), doc_words)]
    else:
        pieces = articles
    documents, total, number = [], 0, 0
    while total < words:
        text = pieces[number % len(pieces)]
        documents.append({"id": f"bench-{number:06d}", "text": text, "meta": {"published": "2025-01-06"}})
        total += len(text.split())
        number += 1
    return documents


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def worker(mode: str, corpus_path: Path, n_process: int, output: Optional[Path]) -> dict:
    """Process the corpus once; return words/s and peak memory. Runs inside a fresh process."""
    lines = corpus_path.read_text(encoding="utf-8").splitlines()
    words = sum(len(json.loads(line)["text"].split()) for line in lines)
    if mode == "bare":
        import spacy

        from .loader import MODEL_PACKAGE

        from .runner import fewer_collections

        nlp = spacy.load(MODEL_PACKAGE)
        started = time.perf_counter()
        texts = (json.loads(line)["text"] for line in lines)
        # the collector setting claimspan runs its documents under: the ratio measures claimspan's stages, not it
        with fewer_collections():
            for _ in nlp.pipe(texts, batch_size=16, n_process=n_process):
                pass
    else:
        from .cli.extract import extract_cli
        from .loader import load_cached

        load_cached()  # loading the model is start-up, measured on its own; the bare model's is excluded too
        started = time.perf_counter()
        # the whole command: reading, the validation pass, all stages, writing JSONL
        extract_cli([str(corpus_path)], output=output, docs=output.with_name("docs.jsonl"), n_process=n_process, published=None, batch_size=16, resume=False, skip_bad=False, max_chars=1_000_000, dask=None, partition_size=100)
    elapsed = time.perf_counter() - started
    return {"mode": mode, "n_process": n_process, "words": words, "seconds": elapsed, "words_per_second": words / elapsed, "peak_rss_mb": _peak_rss_mb()}


def _run_worker(mode: str, corpus: Path, n_process: int, folder: Path) -> dict:
    command = [sys.executable, "-m", "claimspan.bench", mode, str(corpus), str(n_process), str(folder / f"{mode}-{n_process}.jsonl")]
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        raise RuntimeError(f"benchmark worker {mode} ({n_process} process) failed:\n{completed.stderr[-2000:]}")
    return json.loads(completed.stdout.strip().splitlines()[-1])


def time_to_first_line(article: Path) -> float:
    """Seconds from starting `claimspan extract ARTICLE` to its first output line (start-up cost)."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "claimspan", "extract", str(article)], stdout=subprocess.PIPE, text=True)
    process.stdout.readline()
    elapsed = time.perf_counter() - started
    process.stdout.read()
    process.wait()
    return elapsed


def stream_memory(corpus: Path, count: int) -> Iterator[tuple[int, float]]:
    """(documents done, resident MB) while streaming `count` short documents through extract."""
    from .loader import load
    from .records import InputDocument
    from .runner import extract

    nlp = load()
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()]

    def documents():
        for number in range(count):
            yield InputDocument(id=f"stream-{number}", text=texts[number % len(texts)])

    for done, _ in enumerate(extract(nlp, documents()), start=1):
        if done % max(1, count // 10) == 0:
            yield done, _current_rss_mb()


def _current_rss_mb() -> float:
    with open(f"/proc/{os.getpid()}/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _burn(steps: int) -> int:
    total = 0
    for step in range(steps):
        total += step * step
    return total


def machine_scaling(steps: int = 20_000_000) -> float:
    """How much faster two processes finish two CPU-bound tasks than one process finishes one, per task.

    It bounds what any two-process run can reach on this machine: virtual cores that share a
    physical one, or a busy host, give less than 2.
    """
    import multiprocessing

    started = time.perf_counter()
    _burn(steps)
    alone = time.perf_counter() - started
    with multiprocessing.get_context("fork").Pool(2) as pool:
        started = time.perf_counter()
        pool.map(_burn, [steps, steps])
        together = time.perf_counter() - started
    return 2 * alone / together


def _best_runs(corpus: Path, n_process: int, folder: Path, repeat: int) -> tuple[dict, dict]:
    """The fastest of `repeat` runs of the bare model and of claimspan, taken in alternation.

    This machine's speed drifts between runs (shared virtual cores); alternating the two and keeping
    each one's best run, as timeit does, compares them under the same conditions.
    """
    runs: dict[str, list[dict]] = {"bare": [], "claimspan": []}
    for _ in range(repeat):
        for mode in runs:
            runs[mode].append(_run_worker(mode, corpus, n_process, folder))
    best = {mode: max(results, key=lambda result: result["words_per_second"]) for mode, results in runs.items()}
    for mode, results in runs.items():
        best[mode] = {**best[mode], "all_words_per_second": [round(result["words_per_second"]) for result in results]}
    return best["bare"], best["claimspan"]


def run(source: Path, *, words: int, stream_documents: int, article: Path, repeat: int = 3) -> dict:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        corpus = folder / "corpus.jsonl"
        corpus.write_text("".join(json.dumps(document) + "\n" for document in generated_corpus(source, words)))
        results = {"words": words, "cpu_count": os.cpu_count(), "repeat": repeat}
        for n_process in (1, 2):
            results[f"bare_{n_process}"], results[f"claimspan_{n_process}"] = _best_runs(corpus, n_process, folder, repeat)
        results["ratio_1"] = results["claimspan_1"]["words_per_second"] / results["bare_1"]["words_per_second"]
        results["scaling_2"] = results["claimspan_2"]["words_per_second"] / results["claimspan_1"]["words_per_second"]
        results["machine_scaling_2"] = machine_scaling()
        results["memory_ratio_1"] = results["claimspan_1"]["peak_rss_mb"] / results["bare_1"]["peak_rss_mb"]
        results["first_line_seconds"] = time_to_first_line(article)
        if stream_documents:
            short = folder / "short.jsonl"
            short.write_text("".join(json.dumps(document) + "\n" for document in generated_corpus(source, 5000, doc_words=40)))
            results["stream"] = list(stream_memory(short, stream_documents))
    return results


if __name__ == "__main__":
    mode, corpus_arg, processes, output_arg = sys.argv[1:5]
    print(json.dumps(worker(mode, Path(corpus_arg), int(processes), Path(output_arg))))
