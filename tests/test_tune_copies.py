"""`claimspan tune copies` finds a repository line that repeats a run of a corpus text, names its file and line,
and exits 1; text written for the repository passes with exit 0."""

from __future__ import annotations

from typer.testing import CliRunner

from claimspan.cli import app

runner = CliRunner()
ARTICLE = "<TIMEX3 tid='t1'>Tuesday</TIMEX3> The harbour board said the new cranes would double the port's capacity by spring."


def check(tmp_path, repository_text, words=8):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "article.tml").write_text(ARTICLE, encoding="utf-8")
    repository = tmp_path / "repo"
    (repository / "tests").mkdir(parents=True)
    (repository / "tests" / "test_cranes.py").write_text(repository_text, encoding="utf-8")
    (repository / ".venv").mkdir()
    (repository / ".venv" / "copy.py").write_text(ARTICLE, encoding="utf-8")  # the environment is no text of ours
    return runner.invoke(app, ["tune", "copies", "--corpus", str(corpus), "--repository", str(repository), "--words", str(words)])


def test_a_copied_sentence_is_reported_with_its_file_and_line(tmp_path):
    result = check(tmp_path, 'import x\n\nTEXT = "Yesterday the Harbour Board said the new cranes would double capacity."\n')
    assert result.exit_code == 1
    # eight words in a row, case and punctuation aside: 'the harbour board said the new cranes would'
    assert result.stdout.splitlines() == [f"{tmp_path / 'repo' / 'tests' / 'test_cranes.py'}:3: the harbour board said the new cranes would"]
    assert "1 run(s) of 8 words also stand in the corpora" in result.stderr


def test_written_text_passes(tmp_path):
    result = check(tmp_path, 'TEXT = "The river council said the old bridge would close in June."\n')
    assert result.exit_code == 0, result.output
    assert result.stdout == ""


def test_the_markup_of_a_corpus_is_not_read_as_words(tmp_path):
    # 'tid t1 tuesday' would be words of the corpus if the tags were read
    result = check(tmp_path, 'NOTE = "TIMEX3 tid t1 Tuesday"\n', words=4)
    assert result.exit_code == 0, result.output


def test_a_missing_corpus_folder_is_one_line(tmp_path):
    result = runner.invoke(app, ["tune", "copies", "--corpus", str(tmp_path / "nowhere"), "--repository", str(tmp_path)])
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1 and "nowhere" in result.stderr
