"""Document evidence for actors the model misses: repeated names, lone name parts, acronyms.

Document evidence for actors the model misses: a name found once is the same actor wherever it is written
again in the document (GUIDELINES R68), and a person's first name or surname alone is that person (R69)."""

from __future__ import annotations

from collections import Counter
from typing import Collection, Iterator

import numpy
from spacy.attrs import ENT_IOB, IS_ALPHA, IS_LOWER, IS_UPPER, LENGTH, ORTH
from spacy.tokens import Doc

from ...extensions import tokens_text
from .actor_linking import slugify
from .actor_spans import Candidate, tokens_written
from .actor_types import ORGANIZATION_HEADS
from .not_actors import OPENING_LINKS, OPENING_THINGS
from .short_names import shortens

# Mention types a repeat inherits; countries have their own context rules (demonyms, capitals) and are left to them.
REPEATED_LABELS = frozenset({"PERSON", "ORGANIZATION", "ARMED_GROUP"})
# NER labels a lone first name or surname may carry when the model misreads it ('Lustosa' as a place).
MISREAD_PERSON_LABELS = frozenset({"", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LOC", "EVENT", "ORG"})


def _is_capitalised_name(doc: Doc, i: int) -> bool:
    token = doc[i]
    return token.is_alpha and token.text[0].isupper() and token.pos_ == "PROPN"


def _free(doc: Doc, start: int, end: int, taken: set[int]) -> bool:
    """doc[start:end] is untaken and not part of a longer run of capitalised names."""
    if taken.intersection(range(start, end)):
        return False
    before = start > 0 and (start - 1) not in taken and _is_capitalised_name(doc, start - 1) and not doc[start - 1].is_sent_start
    after = end < len(doc) and end not in taken and _is_capitalised_name(doc, end)
    return not (before or after)


def repeated_mentions(doc: Doc, accepted: list[Candidate]) -> Iterator[Candidate]:
    """Every other place the exact text of an accepted person or organisation is written, with its id (R68):
    the model often tags a name once and misses or mislabels it later ('AMIA', 'Milei')."""
    taken = {i for candidate in accepted for i in range(candidate.start, candidate.end)}
    first_by_text: dict[str, Candidate] = {}
    for candidate in accepted:
        text = tokens_text(doc, candidate.start, candidate.end)
        if candidate.label in REPEATED_LABELS and text[:1].isupper() and candidate.actor_id:
            first_by_text.setdefault(text, candidate)
    if not first_by_text:
        return
    orths = doc.to_array(ORTH)
    for text, candidate in first_by_text.items():
        length = candidate.end - candidate.start
        for position in numpy.nonzero(orths == doc[candidate.start].orth)[0]:
            start = int(position)
            end = start + length
            if end <= len(doc) and tokens_text(doc, start, end) == text and _free(doc, start, end, taken):
                taken.update(range(start, end))
                yield Candidate(start, end, candidate.label, candidate.actor_id, candidate.name, priority=2, government=candidate.government, link=candidate.link)


def name_parts(doc: Doc, accepted: list[Candidate]) -> Iterator[Candidate]:
    """A lone first name or surname of a full person name in the document, untagged or tagged as something
    else ('Javier Milei' ... 'Milei' read as a work of art), is that person (R69). A word that is part of two
    different full names stays unresolved."""
    owners: dict[str, set[str]] = {}
    full_names: dict[str, Candidate] = {}
    for candidate in accepted:
        if candidate.label == "PERSON" and candidate.end - candidate.start > 1 and not candidate.link:
            for i in (candidate.start, candidate.end - 1):
                if doc[i].is_alpha and len(doc[i]) > 1:
                    owners.setdefault(doc[i].text, set()).add(candidate.actor_id)
            full_names[candidate.actor_id] = candidate
    taken = {i for candidate in accepted for i in range(candidate.start, candidate.end)}
    for token in tokens_written(doc, owners, ignore_case=False):
        ids = owners.get(token.text)
        if not ids or len(ids) > 1 or token.i in taken or token.pos_ != "PROPN" or token.ent_type_ not in MISREAD_PERSON_LABELS:
            continue
        if token.ent_type_ and not (token.ent_iob_ == "B" and (token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I")):
            continue  # inside a longer entity: 'Milei' in 'the Milei Government' is not the person alone
        if _free(doc, token.i, token.i + 1, taken):
            full = full_names[next(iter(ids))]
            taken.add(token.i)
            yield Candidate(token.i, token.i + 1, "PERSON", full.actor_id, full.name, priority=2, link=full.name)


def initials_cover(short: str, words: list[str]) -> bool:
    """The acronym's letters are initials of the name's words, in any order ('FLN' for 'National Liberation
    Front', a translation of 'Front de Libération Nationale'), its first letter among them."""
    initials = [word[0].upper() for word in words if word[:1].isalpha()]
    # in a mixed-case acronym the lower-case letters are not initials ('MoCD': Ministry of Community Development)
    letters = [char for char in short if char.isupper()] if any(char.islower() for char in short) else [char for char in short.upper() if char.isalpha()]
    remaining = list(initials)
    for char in letters:
        if char not in remaining:
            return False
        remaining.remove(char)
    return len(letters) >= 2


def _bracket_definitions(doc: Doc, accepted: list[Candidate]) -> Iterator[tuple[int, Candidate]]:
    """(token index of the acronym, the organisation it abbreviates) for 'Name (ACR)'."""
    ending = {candidate.end: candidate for candidate in accepted if candidate.label in ("ORGANIZATION", "ARMED_GROUP")}
    for token in tokens_written(doc, ("(",), ignore_case=False):
        if token.text != "(" or token.i + 2 >= len(doc) or doc[token.i + 2].text != ")" or token.i not in ending:
            continue
        short, name = doc[token.i + 1], ending[token.i]
        words = [word.text for word in doc[name.start : name.end]]
        if short.text[0].isupper() and (
            (sum(char.isupper() for char in short.text) >= 2 and initials_cover(short.text, words)) or shortens(short.text, words)
        ):
            yield short.i, name


def defined_acronyms(doc: Doc, accepted: list[Candidate]) -> list[Candidate]:
    """An acronym in brackets right after an organisation's name is that organisation (R70), also where the
    model leaves it untagged ('the Convergence for Social Democracy (CPDS)'); every mention of an acronym the
    model tagged takes the name's id ('Ministry of Community Development (MoCD)'). Returns all candidates."""
    definitions = dict(_bracket_definitions(doc, accepted))
    by_text = {doc[i].text: name for i, name in definitions.items()}
    # a mention linked to the short name's own id before it was defined ('Afreximbank Board of Directors', R320)
    by_own_id = {f"org:{slugify(doc[i].text)}": name for i, name in definitions.items()}
    taken = {i for candidate in accepted for i in range(candidate.start, candidate.end)}
    result = []
    for candidate in accepted:
        # the document's own definition wins over a table's reading of the acronym ('NPA' is also an armed group)
        name = (by_text.get(tokens_text(doc, candidate.start, candidate.end)) or by_own_id.get(candidate.actor_id)) if candidate.label != "COUNTRY" else None
        if name is not None and name.actor_id != candidate.actor_id:
            candidate = Candidate(candidate.start, candidate.end, name.label, name.actor_id, name.name, candidate.priority, link=name.name, linkable=True)
        result.append(candidate)
    for i, name in definitions.items():
        if i not in taken:
            result.append(Candidate(i, i + 1, name.label, name.actor_id, name.name, priority=2, link=name.name, linkable=True))
    return sorted(result, key=lambda candidate: candidate.start)


# Lower-case words inside a name a bracketed acronym abbreviates ("Social Policy and Programme Evaluation").
NAME_PARTICLES = frozenset({"of", "and", "for", "the", "in", "on", "de", "del", "la", "&"})
MAX_EXPANSION_WORDS = 10
# Last words of an office, whose bracketed short form is a role, not a body ('Vice-Prime Minister (VPM)', R78).
OFFICE_HEADS = frozenset({"executive", "minister", "officer", "director", "secretary", "president", "chairman", "chairperson", "governor", "commissioner", "manager"})


def acronyms_of_non_actors(doc: Doc, actor_ends: frozenset[int], heads: frozenset[str]) -> frozenset[str]:
    """Names the document defines as something that is no actor (R70), by a bracketed acronym: after a name
    that is no actor and ends in a non-actor head ('U.S.-Korea Free Trade Agreement (KORUS)', 'Global
    Biodiversity Framework (GBF)'); or with a non-actor head right after the bracket ('Disability Inclusive
    Graduation (DIG) project'), which makes the name one too; or after lower-case words whose initials it takes
    ('personal protective equipment (PPE)', 'science, engineering and technology (SET)', R114).
    heads: lower-case non-actor heads (not_actors.jsonl); actor_ends: where accepted actors end."""
    found = set()
    for token in tokens_written(doc, ("(",), ignore_case=False):
        if token.text != "(" or token.i + 2 >= len(doc) or doc[token.i + 2].text != ")":
            continue
        short = doc[token.i + 1].text
        if sum(char.isupper() for char in short) < 2 or not short[0].isupper():
            continue
        start = token.i
        while start > 0 and token.i - start < MAX_EXPANSION_WORDS and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in NAME_PARTICLES):
            start -= 1
        while start < token.i and doc[start].lower_ in NAME_PARTICLES:
            start += 1
        words = [word.text for word in doc[start : token.i] if word.lower_ not in NAME_PARTICLES]
        phrase_start = token.i
        while phrase_start > 0 and token.i - phrase_start < len(short) + 2 and (doc[phrase_start - 1].is_lower or doc[phrase_start - 1].text in ("-", ",")):
            phrase_start -= 1
        phrase = [word.text for word in doc[phrase_start : token.i] if word.is_alpha and word.lower_ not in NAME_PARTICLES]
        phrase = phrase[-sum(char.isalpha() for char in short) :]
        if len(phrase) >= 2 and initials_cover(short, phrase) and short[0].lower() == phrase[0][0]:
            found.add(short)  # an abbreviated common noun phrase
            continue
        following = doc[token.i + 3].lower_ if token.i + 3 < len(doc) else ""
        if len(words) < 2:
            continue
        if following in heads and initials_cover(short, words):
            found.update((short, tokens_text(doc, start, token.i)))
        elif (words[-1].lower() in heads or words[-1].lower() in OFFICE_HEADS) and token.i not in actor_ends:
            found.add(short)  # also an office's short form: 'Municipal Chief Executive (MCE)', R78
        elif token.i not in actor_ends and doc[start].lower_ in heads | OPENING_THINGS and doc[start + 1].lower_ in OPENING_LINKS and initials_cover(short, words):
            found.add(short)  # the name a thing's head opens: 'Convention on Biological Diversity (CBD)', R111
    return frozenset(found)


def one_id_per_name(doc: Doc, accepted: list[Candidate]) -> list[Candidate]:
    """Every mention of the same written name in a document gets one type and id (R68): the one most of its
    mentions have, the first on a tie ('Liu' tagged once as an organisation, twice as a person). A surname
    linked to two different full names ('Lourenco' for Joao and Marisa Lourenco) stays as linked."""
    groups: dict[str, list[int]] = {}
    for index, candidate in enumerate(accepted):
        if candidate.label in REPEATED_LABELS:
            groups.setdefault(tokens_text(doc, candidate.start, candidate.end), []).append(index)
    result = list(accepted)
    for indices in groups.values():
        readings = [(accepted[i].label, accepted[i].actor_id) for i in indices]
        if len(set(readings)) < 2 or len({accepted[i].actor_id for i in indices if accepted[i].label == "PERSON" and accepted[i].link}) > 1:
            continue
        counts: dict[tuple[str, str], int] = {}
        for reading in readings:
            counts[reading] = counts.get(reading, 0) + 1
        best = max(counts, key=lambda reading: (counts[reading], -readings.index(reading)))
        model = accepted[indices[readings.index(best)]]
        for i in indices:
            candidate = accepted[i]
            result[i] = Candidate(candidate.start, candidate.end, model.label, model.actor_id, model.name, candidate.priority, government=model.government, link=model.link, linkable=candidate.linkable)
    return result


MIN_ACRONYM, MAX_ACRONYM = 3, 7


def untagged_acronyms(doc: Doc, stop_words: frozenset[str], english_words: Collection[str] = frozenset()) -> Iterator[Candidate]:
    """An all-capitals word of three to seven letters that the model leaves untagged, outside an all-capitals
    line, is an organisation's acronym (R72: boards, commissions and corporations known by acronym, 'SAHPRA',
    'NNOC'); the non-actor table and the stoplist drop the terms ('GDP', 'SMS', 'USD') afterwards. An English word
    in capitals opening a paragraph is the lead's first word (R421).
    english_words: lower-case English words (the model's WordNet index)."""
    flags = doc.to_array([IS_UPPER, IS_ALPHA, ENT_IOB, LENGTH])
    positions = numpy.nonzero((flags[:, 0] == 1) & (flags[:, 1] == 1) & ((flags[:, 2] == 2) | (flags[:, 2] == 0)) & (flags[:, 3] >= MIN_ACRONYM) & (flags[:, 3] <= MAX_ACRONYM))[0]
    written = Counter(doc[int(position)].text for position in positions)
    for position in positions:
        token = doc[int(position)]
        text = token.text
        if token.ent_type_ or not (text.isupper() and text.isalpha() and MIN_ACRONYM <= len(text) <= MAX_ACRONYM) or text in stop_words:
            continue
        if token.pos_ not in ("PROPN", "NOUN"):
            continue
        neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
        if any(other.is_alpha and other.is_upper and len(other) > 1 for other in neighbours):
            continue  # an all-capitals headline or label line ('KUWAIT CITY', 'FUTUH AL-HABASHA')
        if token.i > 0 and (any(char.isdigit() for char in doc[token.i - 1].text) or doc[token.i - 1].ent_type_ == "PRODUCT"):
            continue  # part of a product's model name ('A350 XWB')
        if written[text] == 1 and opens_a_lead(doc, token.i, english_words):
            continue
        yield Candidate(token.i, token.i + 1, "ORGANIZATION", f"org:{text.lower()}", text, priority=3, linkable=True)


def opens_a_lead(doc: Doc, i: int, english_words: Collection[str]) -> bool:
    """'SOCIAL activist Penda Kaunatjike has asked ...': some papers print the first word of an article or paragraph
    in capitals. An English word so written, at the start of a line and before a lower-case word, is that word, not
    an acronym (R421); the caller keeps a word the document writes in capitals again ('CARE said ... CARE workers')."""
    token = doc[i]
    at_line_start = i == 0 or "\n" in doc[i - 1].whitespace_ or (doc[i - 1].is_space and (i == 1 or "\n" in doc[i - 1].text))
    following = doc[i + 1] if i + 1 < len(doc) else None
    return at_line_start and following is not None and following.is_lower and following.is_alpha and token.lower_ in english_words


# Tags of words that are no names: adverbs, verbs, interjections, modals, prepositions, determiners (R187).
WORD_TAGS = frozenset({"RB", "RBR", "RBS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "UH", "MD", "IN", "DT"})


def _plural_noun_opening(token, english_words: Collection[str]) -> bool:
    """A plural common noun opening a sentence ('Millions took a dip', 'Warplanes struck', R290): a body's
    name is singular; persons are left alone, as a surname may look plural ('Morales said')."""
    return token.tag_ == "NNS" and token.is_sent_start and token.lemma_.lower() != token.lower_ and token.lemma_.lower() in english_words


def drop_common_words(doc: Doc, accepted: list[Candidate], english_words: Collection[str] = frozenset()) -> list[Candidate]:
    """A one-word name that the same document also writes in lower case is a common word the model read as a
    name at a sentence start or in a heading ('Wallet', 'Trade', 'Cuisine'), unless it is the short form of a
    longer name in the document ('Park' for 'Park Hoon') or an institution's head word ('the Senate', 'the Army';
    R66). So is one the tagger reads as an adverb, verb or other word that is no name, when it is an English word
    ('Even', 'Nowadays', 'Drawn', 'Please', R187). Table names keep their own rules.
    english_words: lower-case English words (the model's WordNet index); without them only the first check runs."""
    flags = doc.to_array([ORTH, IS_LOWER, IS_ALPHA])
    # the lower-case words as string hashes: a few candidates are looked up, so their hashes are computed, not every word's string
    lower_words = frozenset(flags[(flags[:, 1] == 1) & (flags[:, 2] == 1), 0].tolist())
    strings = doc.vocab.strings
    kept = []
    for candidate in accepted:
        if candidate.end - candidate.start == 1 and candidate.label in ("PERSON", "ORGANIZATION") and candidate.link is None and (candidate.linkable or candidate.label == "PERSON"):
            token = doc[candidate.start]
            if not token.is_upper and token.lower_ not in ORGANIZATION_HEADS and (
                strings[token.text.lower()] in lower_words or (token.tag_ in WORD_TAGS and token.lower_ in english_words)
                or (candidate.label == "ORGANIZATION" and _plural_noun_opening(token, english_words))
            ):
                continue
        kept.append(candidate)
    return kept


def tokens_in_capitals(doc: Doc) -> Iterator:
    """The words written in capitals, found on the token array."""
    flags = doc.to_array([IS_UPPER, IS_ALPHA])
    for position in numpy.nonzero((flags[:, 0] == 1) & (flags[:, 1] == 1))[0]:
        yield doc[int(position)]
