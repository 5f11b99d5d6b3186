"""Output paths as the user typed them: typer's Path conversion drops a trailing '/', which means a folder.

An output option takes its value through `output_path` (typer's `parser=`), which sees the raw argument and
keeps what the conversion loses: a trailing '/' (a folder was meant) and a lone '-' (stdout was meant). Each
command then says which of these it accepts (`file_target`), so `-o out/` is one coded error, never a file
named `out`.
"""

from __future__ import annotations

import os
from fnmatch import fnmatch
from pathlib import Path
from typing import Iterable, NamedTuple, Optional, Union

from ..errors import ClaimspanError, Errors
from ..outputs import check_target


class TypedPath(type(Path())):  # type: ignore[misc]
    """A Path that remembers the argument it was made from; paths derived from it (parent, resolve) do not."""

    typed = ""

    def names_folder(self) -> bool:
        return self.typed.endswith(("/", os.sep)) and len(self.typed) > 1

    def names_stdout(self) -> bool:
        return self.typed == "-"


class FolderInput(NamedTuple):
    """An input folder and the names its reader takes in it (no names: every file below it, as a benchmark's
    reader walks its own layout)."""

    path: Optional[Path]
    names: tuple[str, ...] = ()


# what the command reads in a folder of articles: io.read_documents takes .txt and .jsonl, io.read_sidecar NAME.json
ARTICLE_NAMES = ("*.txt", "*.json", "*.jsonl")

Input = Union[Optional[Path], FolderInput]


def output_path(value) -> Path:
    """typer parser for output options: the Path, remembering the raw argument."""
    if isinstance(value, Path):
        return value  # a default, not typed by the user
    path = TypedPath(value)
    path.typed = value
    return path


def typed(path: Optional[Path]) -> str:
    return getattr(path, "typed", "") or str(path)


def file_target(path: Optional[Path], option: str, *, example: str, stdout: bool = False) -> Optional[Path]:
    """Refuse (E038) an output option that names a folder where one file is written (or stdout where no stdout
    is written); returns None for '-' when the command writes to stdout instead, else the path."""
    if path is None:
        return None
    if isinstance(path, TypedPath) and path.names_stdout():
        if stdout:
            return None
        raise ClaimspanError(Errors.E038.format(option=option, value="-", reason="'-' would mean stdout", example=example))
    if isinstance(path, TypedPath) and path.names_folder():
        raise ClaimspanError(Errors.E038.format(option=option, value=path.typed, reason="a trailing '/' names a folder", example=f"{path.typed}{example}"))
    return path


def output_file(path: Optional[Path], option: str, *, example: str, inputs: Iterable[Input] = ()) -> Optional[Path]:
    """An output option that names one file, checked before any work: typed as a file (E038), not one of the
    inputs (E039), a file the command can replace whole (E018)."""
    path = file_target(path, option, example=example)
    if path is not None:
        not_an_input(path, option, inputs)
        check_target(path.resolve() if path.is_symlink() else path)
    return path


def output_folder(path: Optional[Path], option: str, *, inputs: Iterable[Input] = ()) -> Optional[Path]:
    """An output option that names a folder, checked before any work: not an input (E039), and neither it nor a
    folder on the way to it is a file (E018); missing folders are made when written."""
    if path is None:
        return None
    if isinstance(path, TypedPath) and path.names_stdout():
        raise ClaimspanError(Errors.E050.format(option=option, value="-", reason="'-' would mean stdout, which cannot hold a folder of files", what="a folder", example="brat/"))
    not_an_input(path, option, inputs)
    if path.exists() and not path.is_dir():
        raise ClaimspanError(Errors.E018.format(path=path, reason=f"it is a file, and {option} names a folder"))
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise ClaimspanError(Errors.E018.format(path=path, reason=f"{folder} is a file, not a folder"))
    return path


def not_an_input(output: Optional[Path], option: str, inputs: Iterable[Input]) -> None:
    """Refuse (E039) an output that is one of the command's inputs, or a file the command reads inside an input
    folder: it would be replaced before, or while, it is read."""
    if output is None or not output.exists():
        return
    for source in inputs:
        folder = source if isinstance(source, FolderInput) else FolderInput(source, ("*",))
        if folder.path is None or not folder.path.exists():
            continue
        if folder.path.is_dir() and output.resolve() != folder.path.resolve():
            if _read_in(output, folder):
                where = f"{typed(output)} (a file read from the input folder {folder.path})"
                raise ClaimspanError(Errors.E039.format(path=where, option=option))
        elif _same(output, folder.path):
            raise ClaimspanError(Errors.E039.format(path=typed(output), option=option))


def _read_in(output: Path, folder: FolderInput) -> bool:
    """Whether the output is a file the folder's reader takes: a matching name directly in the folder, or, for a
    folder read whole, any file below it."""
    resolved, root = output.resolve(), folder.path.resolve()
    if not resolved.is_file():
        return False  # a folder output inside an input folder adds files the folder's reader does not list
    if not folder.names:
        return root in resolved.parents
    return resolved.parent == root and any(fnmatch(resolved.name, name) for name in folder.names)


def _same(output: Path, source: Path) -> bool:
    if source.is_dir():
        return output.resolve() == source.resolve()
    return os.path.samefile(output, source)


def side_files(path: Path) -> set[Path]:
    """An extract output with the files a run keeps beside it (outputs.RunOutputs names them), resolved."""
    manifest = path.with_name(path.name + ".manifest.jsonl")
    return {file.resolve() for file in (path, path.with_name(path.name + ".partial"), manifest, manifest.with_name(manifest.name + ".partial"))}


def check_apart(output: Path, docs: Path) -> None:
    """Refuse (E017) --output and --docs that are one file, or one of them a side file of the other: each write or
    resume would take the other's file."""
    if output.resolve() == docs.resolve():
        raise ClaimspanError(Errors.E017.format(path=output))
    if docs.resolve() in side_files(output) or output.resolve() in side_files(docs):
        raise ClaimspanError(Errors.E017.format(path=f"{docs} is a side file of {output}" if docs.resolve() in side_files(output) else f"{output} is a side file of {docs}"))
