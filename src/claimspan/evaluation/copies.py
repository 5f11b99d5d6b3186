"""Runs of words a repository file shares with a benchmark corpus whose licence keeps its text out of the repo.

PolNeAR, Worldwide-Newswire, TimeML and the debates are read by path only. A test sentence or a guideline example
taken from them breaks that, and nothing else notices: this lists every run of N words (lower case, punctuation
dropped) that stands both in a file of the repository and in the corpora, with the file and line, for a person to
rewrite or to judge generic (an official title, a stock phrase)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
MARKUP = re.compile(r"<[^>]+>")  # TimeML's tags are no words of the text
REPOSITORY_SUFFIXES = frozenset({".py", ".md", ".jsonl", ".json", ".cfg", ".txt", ".toml", ".html", ".js", ".css"})
# Folders that hold no text of ours: tools' caches, the environment, run outputs.
SKIPPED_FOLDERS = frozenset({".git", ".venv", "node_modules", "__pycache__", ".pytest_cache", "out"})


@dataclass(frozen=True)
class CopiedRun:
    path: Path
    line: int
    words: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.words}"


def _words(text: str) -> tuple[list[re.Match], list[str]]:
    """The words of a text and their lower-case forms, which both sides compare."""
    matches = list(WORD.finditer(text))
    return matches, [match.group().lower() for match in matches]


def corpus_runs(folders: Iterable[Path], length: int) -> frozenset[int]:
    """Hashes of every run of `length` words in every file under the folders."""
    runs: set[int] = set()
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                _, words = _words(MARKUP.sub(" ", path.read_text(encoding="utf-8", errors="replace")))
                runs.update(hash(tuple(words[index : index + length])) for index in range(len(words) - length + 1))
    return frozenset(runs)


def repository_files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if path.is_file() and path.suffix in REPOSITORY_SUFFIXES and not SKIPPED_FOLDERS.intersection(relative.parts[:-1]):
            yield path


def copied_runs(files: Iterable[Path], runs: frozenset[int], length: int) -> Iterator[CopiedRun]:
    """Each run of `length` words of the files found in `runs`; a longer copy is reported once per `length` words."""
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        line_starts = [0] + [match.end() for match in re.finditer("\n", text)]
        matches, words = _words(text)
        index = 0
        while index <= len(words) - length:
            if hash(tuple(words[index : index + length])) in runs:
                yield CopiedRun(path, bisect.bisect_right(line_starts, matches[index].start()), " ".join(words[index : index + length]))
                index += length
            else:
                index += 1
