"""Build the gold JSONL files from the hand-authored sources in annotations/src/.

Usage (from the repo root):
    .venv/bin/python annotations/build_gold.py [doc_id ...] [--show-sentences]

Each annotations/src/<doc_id>.py defines ACTORS, DATES, FIGURES, CLAIMS (see GUIDELINES.md and
annotations/src/000_f74c9e799bac6eb4.py). Every span is given by its surface string, located by
string search, never by offsets:

- "Kabul"                  the string must occur exactly once (as a whole word) in the scope;
- ("Pakistan", 2)          the 3rd whole-word occurrence (0-based index) in the first scope that
                           contains the string at all;
- "[Pakistan]’s policymakers" -> written with << >>: "<<Pakistan>>’s policymakers": the context
                           (markers removed) must occur exactly once in the scope; the span is the
                           part between << and >>.

The scope is the whole text for document-level mentions and claim texts; for a claim's source, cue,
resolved, quotes and hedges it is the claim span first, then the claim's sentence, then the whole text
(the first scope with any match must have exactly one, unless an index is given).
Whole word: the match is not preceded or followed by a letter/digit/underscore where the string
itself begins/ends with one. Missing or ambiguous strings abort the build.

Sentences follow GUIDELINES R4-R6 (implemented in split_sentences); run with --show-sentences to
review them.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from claimspan.records import (  # noqa: E402
    ActorMention,
    CharSpan,
    Claim,
    DateMention,
    DocumentRecord,
    FigureMention,
    Source,
    TextSpan,
)

CORPUS = ROOT / "corpus"
SRC = ROOT / "annotations" / "src"
OUT = ROOT / "annotations"

LINE_BREAKS = "\n\r\u2028\u2029"
ABBREV = {"dec", "sept", "sep", "oct", "nov", "jan", "feb", "aug", "col", "st", "u.s", "jr", "mr", "mrs", "dr", "gen", "lt", "no"}
CLOSERS = "\"”’)'"
DATELINE = re.compile(r"[A-Z]{3,}, [A-Z][a-z]+ \([^)]*\) [-–]")


class AnnotationError(Exception):
    pass


# ---------------------------------------------------------------- sentences (R4-R6)

def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def split_sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos < n:
        # one line
        eol = pos
        while eol < n and text[eol] not in LINE_BREAKS:
            eol += 1
        line_start, line_end = pos, eol
        cur = line_start
        # skip leading space to check the dateline
        i = line_start
        while i < line_end and text[i].isspace():
            i += 1
        m = DATELINE.match(text, i)
        if m and m.end() <= line_end:
            spans.append((i, m.end()))
            cur = m.end()
        base = cur
        for m in re.finditer(r"[.!?]+(?:''|[\"”’)])*", text[base:line_end]):
            e = base + m.end()
            s_abs = base + m.start()
            if e >= line_end:
                continue  # the line end closes it anyway
            if not text[e].isspace():
                continue
            # next non-space char must start a sentence
            j = e
            while j < line_end and text[j].isspace():
                j += 1
            if j >= line_end:
                continue
            nxt = text[j]
            if not (nxt.isupper() or nxt.isdigit() or nxt in "“‘\"`("):
                continue
            # abbreviation before a single dot
            word = re.search(r"([A-Za-z.]+)$", text[cur:s_abs])
            if m.group(0).startswith(".") and word and word.group(1).lower().rstrip(".") in ABBREV and not m.group(0).startswith(".."):
                continue
            t = _trim(text, cur, e)
            if t:
                spans.append(t)
            cur = e
        t = _trim(text, cur, line_end)
        if t:
            spans.append(t)
        pos = eol + 1
    return spans


# ---------------------------------------------------------------- locating strings

def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def _occurrences(text: str, s: str, lo: int, hi: int, whole_word: bool = True) -> list[int]:
    out = []
    i = text.find(s, lo, hi)
    while i != -1:
        ok = True
        if whole_word:
            if _is_word(s[0]) and i > 0 and _is_word(text[i - 1]):
                ok = False
            if _is_word(s[-1]) and i + len(s) < len(text) and _is_word(text[i + len(s)]):
                ok = False
        if ok:
            out.append(i)
        i = text.find(s, i + 1, hi)
    return out


def locate(text: str, loc, scopes: list[tuple[int, int]], what: str) -> tuple[int, int]:
    """Return (start, end) of loc, searching the scopes in order."""
    if isinstance(loc, tuple):
        s, idx = loc
        # the index counts in the first scope (claim, sentence, text) that has the string at all
        for lo, hi in scopes:
            occ = _occurrences(text, s, lo, hi)
            if occ:
                break
        if idx >= len(occ):
            raise AnnotationError(f"{what}: {s!r} has only {len(occ)} occurrences in scope {lo}-{hi}, index {idx} asked")
        return occ[idx], occ[idx] + len(s)
    if not isinstance(loc, str):
        raise AnnotationError(f"{what}: bad locator {loc!r}")
    if "<<" in loc:
        pre, rest = loc.split("<<", 1)
        target, post = rest.split(">>", 1)
        ctx = pre + target + post
        off = len(pre)
        whole = False
    else:
        ctx, target, off, whole = loc, loc, 0, True
    for lo, hi in scopes:
        occ = _occurrences(text, ctx, lo, hi, whole_word=whole)
        if len(occ) == 1:
            return occ[0] + off, occ[0] + off + len(target)
        if len(occ) > 1:
            raise AnnotationError(f"{what}: {ctx!r} is ambiguous ({len(occ)} occurrences in {lo}-{hi})")
    raise AnnotationError(f"{what}: {ctx!r} not found")


def expand(text: str, loc) -> list:
    """("X", "*", [i, j]) = every whole-word occurrence of X except indices i, j; else [loc]."""
    if isinstance(loc, tuple) and len(loc) == 3 and loc[1] == "*":
        occ = _occurrences(text, loc[0], 0, len(text))
        bad = [i for i in loc[2] if i >= len(occ)]
        if bad:
            raise AnnotationError(f"{loc!r}: no occurrence index {bad}")
        return [(loc[0], i) for i in range(len(occ)) if i not in loc[2]]
    return [loc]


def tspan(text: str, se: tuple[int, int]) -> dict:
    return {"start": se[0], "end": se[1], "text": text[se[0]:se[1]]}


# ---------------------------------------------------------------- building

def load_src(doc_id: str):
    path = SRC / f"{doc_id}.py"
    spec = importlib.util.spec_from_file_location(f"gold_src_{doc_id.replace('-', '_')}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _check_no_overlap(items: list[dict], layer: str) -> None:
    items = sorted(items, key=lambda d: (d["start"], d["end"]))
    for a, b in zip(items, items[1:]):
        if b["start"] < a["end"]:
            raise AnnotationError(f"{layer}: overlapping mentions {a['text']!r}@{a['start']} and {b['text']!r}@{b['start']}")


def build(doc_id: str, show_sentences: bool = False) -> tuple[list[dict], dict]:
    with open(CORPUS / f"{doc_id}.txt", encoding="utf-8") as f:  # exactly as the brief reads it
        text = f.read()
    meta = json.loads((CORPUS / f"{doc_id}.json").read_text(encoding="utf-8"))
    src = load_src(doc_id)
    whole = [(0, len(text))]

    sents = split_sentences(text)
    if show_sentences:
        for k, (s, e) in enumerate(sents):
            print(f"  S{k:02d} {s}-{e} {text[s:e]!r}")

    actors = []
    for loc0, typ, aid, name in src.ACTORS:
      for loc in expand(text, loc0):
        se = locate(text, loc, whole, f"actor {loc!r}")
        actors.append({**tspan(text, se), "id": aid, "type": typ, "name": name})
    dates = []
    for loc0, typ, value, mod in src.DATES:
      for loc in expand(text, loc0):
        se = locate(text, loc, whole, f"date {loc!r}")
        dates.append({**tspan(text, se), "type": typ, "value": value, "mod": mod})
    figures = []
    for loc0, value, low, high, unit, approx in src.FIGURES:
      for loc in expand(text, loc0):
        se = locate(text, loc, whole, f"figure {loc!r}")
        figures.append({**tspan(text, se), "value": value, "low": low, "high": high, "unit": unit, "approx": approx})
    for layer, items in (("actors", actors), ("dates", dates), ("figures", figures)):
        _check_no_overlap(items, layer)
        items.sort(key=lambda d: d["start"])

    doc = DocumentRecord(
        doc_id=doc_id,
        text_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        published=meta.get("published"),
        sentences=[CharSpan(start=s, end=e) for s, e in sents],
        actors=[ActorMention(**a) for a in actors],
        dates=[DateMention(**d) for d in dates],
        figures=[FigureMention(**f) for f in figures],
        pipeline=None,
    )

    claims_raw = []
    for c in src.CLAIMS:
        se = locate(text, c["text"], whole, f"claim {c['text']!r}"[:120])
        sent = [s for s in sents if s[0] <= se[0] and se[1] <= s[1]]
        if len(sent) != 1:
            raise AnnotationError(f"claim {c['text'][:60]!r} is not inside exactly one sentence")
        sent = sent[0]
        scopes = [se, sent, (0, len(text))]
        source = None
        if c.get("source"):
            sd = c["source"]
            s_se = locate(text, sd["span"], scopes, "source")
            cue_se = locate(text, sd["cue"], scopes, "cue")
            res = None
            if sd.get("resolved"):
                res = TextSpan(**tspan(text, locate(text, sd["resolved"], [(0, len(text))], "resolved")))
            source = Source(**tspan(text, s_se), actor_id=sd.get("actor_id"), resolved=res, cue=TextSpan(**tspan(text, cue_se)))
        quotes = [CharSpan(start=a, end=b) for a, b in (locate(text, q, scopes, "quote") for q in c.get("quotes", []))]
        hedges = [TextSpan(**tspan(text, locate(text, h, scopes, "hedge"))) for h in c.get("hedges", [])]
        for q in list(quotes) + list(hedges):
            if not (se[0] <= q.start and q.end <= se[1]):
                raise AnnotationError(f"quote/hedge {text[q.start:q.end]!r} outside claim {c['text'][:50]!r}")
        flags = list(c.get("flags", []))
        if c["type"] in flags:
            raise AnnotationError(f"claim {c['text'][:50]!r}: type repeated in flags")
        claims_raw.append((se, dict(
            doc_id=doc_id,
            start=se[0], end=se[1], text=text[se[0]:se[1]],
            sentence=CharSpan(start=sent[0], end=sent[1]),
            type=c["type"], flags=flags,
            source=source, quotes=quotes, hedges=hedges,
            negated=bool(c.get("negated", False)),
        )))
    claims_raw.sort(key=lambda x: x[0])
    claims = [Claim(claim_id=f"{doc_id}-gold-{k}", **kw) for k, (_, kw) in enumerate(claims_raw, 1)]

    # every span must match the text (belt and braces)
    def chk(sp):
        if sp is not None and hasattr(sp, "text"):
            assert text[sp.start:sp.end] == sp.text, sp
    for sp in [*doc.actors, *doc.dates, *doc.figures]:
        chk(sp)
    for cl in claims:
        chk(cl)
        for h in cl.hedges:
            chk(h)
        if cl.source:
            chk(cl.source); chk(cl.source.cue); chk(cl.source.resolved)

    # review aid: unannotated whole-word occurrences of annotated actor strings
    covered = [(a["start"], a["end"]) for a in actors]
    warnings = []
    for surf in sorted({a["text"] for a in actors}):
        for i in _occurrences(text, surf, 0, len(text)):
            if not any(s <= i < e for s, e in covered):
                warnings.append(f"unannotated occurrence of actor string {surf!r} at {i}: {text[max(0, i - 30):i + len(surf) + 30]!r}")

    # checkworthy is a model's output, never annotated (GUIDELINES R60); the gold carries no input
    # metadata: the document record's meta is what the reader passes through
    lines = [doc.model_dump(mode="json", exclude={"meta"})] + [c.model_dump(mode="json", exclude={"checkworthy"}) for c in claims]
    stats = {"sentences": len(sents), "actors": len(actors), "dates": len(dates), "figures": len(figures), "claims": len(claims), "warnings": warnings}
    return lines, stats


def main(argv: list[str]) -> int:
    show = "--show-sentences" in argv
    ids = [a for a in argv if not a.startswith("--")] or sorted(p.stem for p in SRC.glob("*.py"))
    rc = 0
    for doc_id in ids:
        try:
            lines, stats = build(doc_id, show)
        except AnnotationError as e:
            print(f"{doc_id}: ERROR {e}")
            rc = 1
            continue
        out = OUT / f"{doc_id}.gold.jsonl"
        with open(out, "w", encoding="utf-8") as f:
            for rec in lines:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        w = stats.pop("warnings")
        print(f"{doc_id}: {stats} -> {out.relative_to(ROOT)}")
        for msg in w:
            print("   note:", msg)
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
