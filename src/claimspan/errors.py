"""The catalogue of coded errors and warnings; every message says what, where and what to do."""


class ErrorsWithCodes(type):
    """Prefix each message with its code, as spaCy's errors catalogue does."""

    def __getattribute__(self, code):
        message = super().__getattribute__(code)
        if code.startswith("__"):
            return message
        return f"[{code}] {message}"


class Errors(metaclass=ErrorsWithCodes):
    # E0xx: input files and JSONL
    E001 = "{path}: no such file or directory. Pass a .txt file, a .jsonl file, a folder of them, or - for stdin."
    E002 = "{path}: the file is empty. {advice}"
    E003 = "{path}:{line}: not valid JSON ({detail}). Each line must be one JSON object."
    E004 = "{path}: not UTF-8 text ({detail}). Convert it to UTF-8 (e.g. iconv -f latin1 -t utf-8)."
    E005 = "{path}: looks binary (it contains NUL bytes). Pass plain UTF-8 text."
    E006 = "{path}:{line}: invalid record: {detail}. {hint}"
    E007 = "{path}: unsupported file type '{suffix}'. Use .txt (with an optional .json sidecar) or .jsonl."
    E008 = "{path}: invalid sidecar metadata: {detail}. The keys claimspan reads ({allowed}) must have the types `claimspan schema input` gives; other keys are kept as they are."
    E009 = "invalid --published '{value}': expected a date as YYYY-MM-DD."
    E010 = "{path}:{line}: the text is empty. Give every record some text."
    E011 = "{path}:{line}: duplicate document id '{doc_id}'. Give each document a unique id."
    E012 = "{path}: the document has {size} characters, more than --max-chars {limit}. Split it or raise --max-chars."
    E013 = "{path}: no .txt or .jsonl files found in this folder (subfolders are not searched: pass them by name)."
    E014 = "--dask needs --output FOLDER for the parts and the manifest."
    E015 = "invalid --date-order '{value}': use DMY (26/07/2022), MDY (07/26/2022) or YMD (2022/07/26)."
    E016 = "{path}: this file is also where the run writes its output. Pass the articles and write --output/--docs somewhere else."
    E017 = "--output and --docs are the same file ({path}): the claims and the document records would overwrite each other. Give --docs its own file."
    E018 = "{path}: cannot write the output there: {reason}. Name a regular file in a folder you can write to."
    E019 = "{path}: writing the output failed: {reason}. {advice}"
    # E024-E029: resumed runs and the record checks of validate, show and score (cli13)
    E024 = "{path}: document '{doc_id}' was written by the earlier run from another text (its text hash changed); --resume only continues the same job. Rerun without --resume to redo every document; the earlier outputs are unchanged."
    E025 = "{path}: document '{doc_id}' was written by the earlier run but is not among the inputs now ({count} such document(s)); --resume only continues the same job. Pass the same inputs, or rerun without --resume; the earlier outputs are unchanged."
    E026 = "{path}:{line}: figure '{text}' has {problem}. Fix value, low and high so that low <= value <= high (a single number has all three equal)."
    E027 = "{path}:{line}: claim '{claim_id}' has the sentence [{start}:{end}], which is not one of the sentences of document '{doc_id}' ({where}). Set the claim's sentence to the document record's sentence it starts in."
    E028 = "{path}: no document '{doc_id}' in this file (first documents: {known}). Pass a document id the file holds."
    E029 = "{path}: no such folder; --texts defaults to {path} (the repository's articles), which is not here. Pass --texts FOLDER with the source texts of the records."
    # E030-E049: review decisions files and interchange formats (issue 11)
    E030 = "{path}:{line}: not a review decision ({detail}). Each line of a decisions file is one JSON object written by claimspan review; fix or remove the line."
    E031 = "--export-gold needs --decisions FILE: the decisions to turn into gold."
    E032 = "{path}: unknown --format '{value}'. Use one of: {allowed}."
    E033 = "{path}: not a Label Studio export ({detail}). Export the project as JSON (a list of tasks with data.text)."
    E034 = "{path}:{line}: cannot import this brat line ({detail}). claimspan reads T (text-bound), R (relation), A or M (attribute) and # AnnotatorNotes lines with the labels of the annotation.conf export writes; fix or remove the line."
    E035 = "{path}: {detail}; the file cannot be imported."
    E036 = "claimspan review needs the optional review extra ({detail}). Install it with: pip install 'claimspan[review]'"
    E037 = "claim '{claim_id}' of document '{doc_id}' has no source text. Pass the article texts as PATH... (the same inputs as extract)."
    # E038-E039: output paths (cli15)
    E038 = "{option} '{value}': {reason}, but this option takes one file. Name a file, e.g. {example}."
    E039 = "{path}: {option} is also an input of this command; writing there would destroy what it reads. Write {option} somewhere else."
    # E040-E049: inputs and outputs that would harm each other, resume, Dask (cli16)
    E040 = "{path}: --output/--docs names {what}; writing there would replace it. Write the output somewhere else (only an earlier claimspan output may be replaced)."
    E041 = "{path}: the earlier run of these outputs used other options or another pipeline ({differences}); --resume only continues the same job. Run with the earlier options, or without --resume to redo every document; the earlier outputs are unchanged."
    E042 = "{path}:{line}: the record holds the lone surrogate escape '{escape}', half of a UTF-16 pair, which is no character and cannot be written as UTF-8. Fix the text or metadata (a pair such as \\ud83d\\ude00 is fine), or pass --skip-bad to leave the line out."
    E043 = "{path}:{line}: the document id {doc_id!r} holds the control character '{character}' (a line break or tab), which would sit in every claim_id. Give the document an id on one line."
    E044 = "cannot reach the Dask scheduler at {address} ({detail}). Start a scheduler there (`dask scheduler`, then `dask worker {address}`), fix the address, or drop --dask to run on this machine."
    E045 = "{path}:{line}: claim '{claim_id}': {problem}. Set the claim's sentence to the sentence the claim is in, or fix the claim's offsets."
    E046 = "{path}:{line}: claim '{claim_id}': {problem} ({where}). Make the claim's mention and the document record's mention the same."
    E047 = "{path}: holds {count} document record(s) and no claims; show prints claims. Pass the claims file (extract's --output), not its --docs file."
    E048 = "{path}:{line}: the key '{key}' appears twice in one JSON object; JSON readers keep only the last. Remove one of them."
    # E050-E059: outputs beside outputs (cli17)
    E051 = "{path}: document '{doc_id}' was written by the earlier run from other metadata (its sidecar or JSONL meta changed, e.g. the published date); --resume only continues the same job. Rerun without --resume to redo every document; the earlier outputs are unchanged."
    E050 = "{option} '{value}': {reason}. Name {what}, e.g. {example}."
    # E060-E064: inputs a new user gives (misc19)
    E060 = "{path}: {encoding} text (it starts with a {encoding} byte-order mark), not UTF-8. Convert it to UTF-8 first, e.g. {command}"
    E061 = "{path}:{line}: {problem}. A mention lies inside one sentence: fix the mention's offsets or the sentences."
    E062 = "{path}: no such folder (given as {option}). Pass {option} the folder that holds {what}."
    E063 = "{path}: no such folder; {option} defaults to {path} ({what}), which is not here: evaluate was run outside the claimspan repository. Run it from the repository, or pass --gold FOLDER and --texts FOLDER (the gold records and their source texts)."
    # E1xx: records and offsets
    E101 = "{path}:{line}: {kind} span [{start}:{end}] reads {actual!r} in the source, but the record says {expected!r}. Fix the offsets or the text."
    E102 = "{path}:{line}: {kind} span [{start}:{end}] lies outside the source text of {length} characters."
    E103 = "{path}:{line}: text_sha256 {recorded} does not match the source text ({actual}). The gold was made for another version of the text: re-annotate or restore the text."
    E104 = "{path}:{line}: no source text for document '{doc_id}'. Pass --texts DIR with the document's .txt, or include its text."
    E105 = "{path}:{line}: not a {kind} record: {detail}."
    E107 = "{path}:{line}: claim '{claim_id}' is already on line {first}. Remove the repeated line."
    E108 = "{path}:{line}: date '{text}' has the value '{value}', which is not a valid TIMEX3 value (or names no calendar day). Fix the value (TIMEX3: YYYY-MM-DD, 2024-W10, 2024-Q1, P3D, PRESENT_REF; X for what the text leaves open)."
    # E501-E549: review web app requests (issue 11); sent back as 4xx JSON, never raised to the CLI
    E501 = "unknown document '{doc_id}'. Open a document from the list at /."
    E502 = "unknown claim '{claim_id}' in document '{doc_id}'. Reload the page: the claim list may be stale."
    E503 = "invalid decision: {detail}."
    E504 = "span [{start}:{end}] is not inside the text of '{doc_id}' ({length} characters) or is empty. Select text inside the article."
    E505 = "the claim has no cue, so a source needs a cue span too (cue_start, cue_end)."
    E506 = "the claim has no source: set a source before its cue."
    E507 = "missing or wrong session token. Reload the page from the review server (writes need the X-Claimspan-Token header of this session)."
    E508 = "span [{start}:{end}] is only whitespace. Select words in the article."
    # E2xx: pipeline, config and data tables
    E201 = "{path}:{line}: invalid table entry: {detail}. See pipeline/README.md for this file's line format."
    E202 = "cannot load the spaCy model package '{name}' ({detail}). Install it with: pip install -r requirements/model.txt"
    E203 = "extension '{name}' is already registered on {owner} with another definition. Another package uses the same name: rename one of them."
    E204 = "{path}: pipeline config not found. Reinstall claimspan (`pip install .` from its folder) or, from Python, pass config_path to claimspan.load."
    E205 = "{path}:{line}: duplicate {what} '{value}' in the table. Each entry must be unique."
    E206 = "--dask needs the optional Dask extra ({detail}). Install it with: pip install 'claimspan[dask]'"
    E210 = "training the attribution tagger needs python-crfsuite ({detail}). Install it with: pip install 'claimspan[polnear]'"
    E211 = "{path}: not an attribution tagger model ({detail}). Retrain it with: claimspan train attribution --data PolNeAR/data/train"
    E220 = "{path}: no {name} here. Pass --data FOLDER holding claimbuster_dev.jsonl and clef2019_checkthat_task1_train.csv (see pipeline/README.md, check-worthiness)."
    E221 = "{path}:{line}: not a check-worthiness example ({detail}). ClaimBuster lines need sentence_id, label (1, 0, -1) and text; CLEF rows need line_number, speaker, text, label, file_name."
    E222 = "{path}: not a check-worthiness model ({detail}). Retrain it with: claimspan train checkworthy --data FOLDER"
    E223 = "the check-worthiness baseline needs scikit-learn ({detail}). Install it with: pip install 'claimspan[test]'"
    # E3xx: scoring and gold
    E301 = "{path}: no records found. Pass a .jsonl file or a folder of them."
    E302 = "gold and predictions share no document ids (gold: {gold}; predictions: {pred}). Run extract on the same texts as the gold."
    E303 = "{path}: not a PolNeAR split folder (no text/ and attributions/ inside). Pass a split folder such as PolNeAR/data/dev."
    E320 = "{path}: not a Worldwide-Newswire folder (it needs processed_annotated/, original_articles/ and regions.txt). Pass the folder that holds them."
    # E4xx: runs
    E401 = "{count} of {total} documents failed and were skipped; see the messages above. Fix or remove them and rerun with --resume."
    E402 = "document '{doc_id}' failed in stage {stage}: {error}: {message}. --skip-bad goes on without it; --debug prints the traceback."


class Warnings(metaclass=ErrorsWithCodes):
    W001 = "{count} document(s) had no publication date and no dated dateline (first: {doc_id}); their relative dates stay underspecified (XXXX-...). Pass --published or add 'published' to the metadata."
    W002 = "{path}: no document records, so sentences, actors, dates and figures are scored against nothing. Pass the --docs output of extract too (a folder with both files, or the two files joined)."
    # W005-W009: cli13
    W005 = "{count} of {total} gold document(s) have no predictions (first: {doc_id}); precision and recall are computed on the {scored} that have them, not on the whole gold. Run extract on every gold text (corpus/) to score the whole gold."
    W006 = "{count} predicted document(s) are not in the gold (first: {doc_id}); they are left out of the scores."
    W007 = "{path}: no review decisions, so no gold files were written. Review claims first (claimspan review with --decisions and without --export-gold: a accepts, r rejects), then export."
    # W040-W049: cli16
    W040 = "{path}: skipped: it holds claimspan output (claim or document records, or a run's manifest), not articles. Move it out of the input folder, or pass the article files by name."
    W041 = "--resume does nothing without --output: the claims go to stdout and no manifest is kept to continue from. Pass -o FILE for a run that can be resumed."
    # W050-W059: cli53
    W050 = "{path}: left out {count} line(s) claimspan has no place for ({kinds}; first on line {line}); the rest is imported. What the gold should hold goes in T, R and A lines or JSON AnnotatorNotes (the annotation.conf export writes)."
    # W008-W009: interrupted runs (cli15)
    W008 = "interrupted after {count} document(s); the outputs ({path}) are unchanged. The finished documents are kept in {partial} and {manifest}: rerun the same command with --resume to go on, or delete those files."
    W009 = "interrupted; the outputs ({path}) are unchanged and no partial file is kept ({reason}). Rerun the command to write them."


# E002's advice names what the command reads there: an empty article and an empty records file are mended apart
EMPTY_ARTICLE = "Give it the article text, or remove it from the input."
EMPTY_RECORDS = "It should hold claimspan records (claim and document lines, as extract's --output and --docs, import or review --export-gold write): pass such a file, or rerun the command that writes it."
EMPTY_CLAIMS = "It should hold the claims extract writes (its --output), which is empty only when the articles hold no claim: pass a claims file that has some."
EMPTY_GOLD = "--gold reads gold records (annotations/*.gold.jsonl, or what import or review --export-gold writes): pass those."
EMPTY_PREDICTIONS = "--pred reads what extract writes (its --output and --docs): pass those, or rerun extract on the gold texts."

# E019's advice: only extract's file outputs can be continued with --resume; stdout was cut where it went
WRITE_RESUMABLE = "The earlier output, if any, is unchanged; free space or fix permissions and run again (--resume goes on from the last document written)."
WRITE_RERUN = "The earlier output, if any, is unchanged; free space or fix permissions and run the command again."
WRITE_STDOUT = "What stdout goes to (the file after >, the program after |) got only part of it: free space there or send it elsewhere, and run the command again."


class ClaimspanError(ValueError):
    """A user-facing error: the CLI prints its message as one line and exits with code 2."""


STDOUT = "<stdout>"


def write_failed(path, error: OSError, advice: str = WRITE_RERUN) -> ClaimspanError:
    """E019 for an operating-system error while writing `path`; stdout's own advice, since the shell emptied the
    file after > before claimspan ran."""
    return ClaimspanError(Errors.E019.format(path=path, reason=error.strerror or error, advice=WRITE_STDOUT if path == STDOUT else advice))
