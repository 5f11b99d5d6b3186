"""--dask with a scheduler that cannot be reached is one coded line naming the address (E044, audit15 bug 5)."""

import pytest
from typer.testing import CliRunner

from claimspan.cli import app

pytest.importorskip("distributed")
runner = CliRunner()


class UnreachableClient:
    def __init__(self, address, *args, **kwargs):
        # what distributed raises once its connect timeout has passed; no real connection is tried in the test
        raise OSError(f"Timed out trying to connect to {address} after 30 s")


def test_an_unreachable_scheduler_is_one_coded_line(tmp_path, monkeypatch):
    monkeypatch.setattr("distributed.Client", UnreachableClient)
    article = tmp_path / "a.txt"
    article.write_text("The minister said 5 people died.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "--dask", "tcp://127.0.0.1:1", "-o", str(tmp_path / "parts")])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("claimspan: error: [E044] cannot reach the Dask scheduler at tcp://127.0.0.1:1")
    assert "drop --dask" in result.stderr and len(result.stderr.splitlines()) == 1
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.txt"]
