"""Input reading: every bad input gives a coded one-line error naming the file (and line)."""

import io as stdlib_io

import pytest

from claimspan.errors import ClaimspanError
from claimspan.io import AtomicJsonlWriter, read_documents


@pytest.mark.parametrize(
    "name, code, where",
    [
        ("empty.txt", "E002", "empty.txt"),
        ("binary.txt", "E005", "binary.txt:3"),  # the first NUL byte follows two line ends of the PNG header
        ("latin1.txt", "E004", "latin1.txt"),
        ("malformed.jsonl", "E003", "malformed.jsonl:2"),
        ("no_text.jsonl", "E006", "no_text.jsonl:1"),
        ("unknown_field.jsonl", "E006", "unknown_field.jsonl:1"),
        ("missing.txt", "E001", "missing.txt"),
    ],
    ids=["empty", "binary", "non-utf8", "malformed-jsonl", "record-without-text", "unknown-field", "missing"],
)
def test_io_bad_input_names_file_and_line(data_dir, name, code, where):
    with pytest.raises(ClaimspanError, match=rf"\[{code}\]") as caught:
        list(read_documents([str(data_dir / name)]))
    message = str(caught.value)
    assert where in message
    assert "\n" not in message


def test_io_text_file_reads_sidecar(data_dir):
    (document,) = read_documents([str(data_dir / "short.txt")])
    assert document.id == "short"
    assert document.meta.published.isoformat() == "2025-01-08"
    assert document.text.startswith("Officials in Islamabad")


def test_io_jsonl_skips_blank_lines_and_keeps_order(data_dir):
    documents = list(read_documents([str(data_dir / "two.jsonl")]))
    assert [document.id for document in documents] == ["one", "two"]
    assert documents[0].meta.published.isoformat() == "2024-03-06"
    assert documents[1].meta.published is None


def test_io_stdin_plain_text_and_jsonl():
    (plain,) = read_documents(["-"], stdin=stdlib_io.BytesIO(" He said so.\n".encode()))
    assert (plain.id, plain.text) == ("stdin", " He said so.\n")
    records = list(read_documents(["-"], stdin=stdlib_io.BytesIO(b'{"id": "x", "text": "A."}\n{"id": "y", "text": "B."}\n')))
    assert [record.id for record in records] == ["x", "y"]


def test_io_duplicate_ids_refused(data_dir):
    with pytest.raises(ClaimspanError, match=r"\[E011\].*'one'"):
        list(read_documents([str(data_dir / "two.jsonl"), str(data_dir / "two.jsonl")]))


def test_io_writer_keeps_old_file_when_run_fails(tmp_path):
    target = tmp_path / "claims.jsonl"
    target.write_text("old line\n")
    with pytest.raises(RuntimeError):
        with AtomicJsonlWriter(target) as writer:
            writer.write("new line")
            raise RuntimeError("interrupted")
    assert target.read_text() == "old line\n"
    assert not (tmp_path / "claims.jsonl.partial").exists()


def test_io_writer_replaces_on_success(tmp_path):
    target = tmp_path / "out" / "claims.jsonl"
    with AtomicJsonlWriter(target) as writer:
        writer.write('{"a": 1}')
    assert target.read_text() == '{"a": 1}\n'


def test_io_duplicate_id_error_names_its_line(tmp_path):
    path = tmp_path / "dup.jsonl"
    path.write_text('{"id": "a", "text": "A."}\n\n{"id": "a", "text": "B."}\n', encoding="utf-8")
    with pytest.raises(ClaimspanError, match=r"\[E011\] .*dup\.jsonl:3: duplicate document id 'a'"):
        list(read_documents([str(path)]))


@pytest.mark.parametrize(
    "name, data, where",
    [
        ("article.txt", b"First line.\nSecond line.\nThird\x00 line.\n", "article.txt:3"),
        ("batch.jsonl", b'{"id": "a", "text": "One."}\n{"id": "b", "text": "Two\x00."}\n', "batch.jsonl:2"),
    ],
    ids=["text-file", "jsonl-line"],
)
def test_io_binary_input_names_the_line_of_its_first_nul_byte(tmp_path, name, data, where):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ClaimspanError, match=r"\[E005\]") as caught:
        list(read_documents([str(path)]))
    assert f"{path.parent}/{where}: looks binary" in str(caught.value)
