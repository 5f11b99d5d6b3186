"""cli53: an output in a place where no file can be created is refused up front (E018), as the README promises,
even where os.access says yes (root, a folder of /proc): the check creates and removes a probe file instead of
trusting the permission bits. A writable folder keeps nothing of the probe."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimspan.cli import app
from claimspan.outputs import check_target

runner = CliRunner()
UNWRITABLE = Path("/proc/claimspan-cli53/claims.jsonl")  # /proc takes no new files, even from root

pytestmark = pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs Linux /proc")


@pytest.mark.parametrize("command", ["extract", "import"])
def test_an_output_under_proc_is_refused_before_any_work(tmp_path, command):
    if command == "extract":
        article = tmp_path / "a.txt"
        article.write_text("The council said on Monday that the bridge would reopen.\n", encoding="utf-8")
        arguments = ["extract", str(article), "-o", str(UNWRITABLE)]
    else:
        tasks = tmp_path / "tasks.json"
        tasks.write_text(json.dumps([{"id": 1, "data": {"text": "The council met."}, "annotations": []}]), encoding="utf-8")
        arguments = ["import", str(tasks), "--format", "label-studio", "-o", str(UNWRITABLE)]
    result = runner.invoke(app, arguments)
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"claimspan: error: [E018] {UNWRITABLE}: cannot write the output there: nothing can be created in the folder /proc"), line


def test_the_probe_leaves_a_writable_folder_as_it_was(tmp_path):
    (tmp_path / "kept.txt").write_text("earlier", encoding="utf-8")
    check_target(tmp_path / "new" / "claims.jsonl")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["kept.txt"]
