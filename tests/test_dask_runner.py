"""Dask: a two-worker LocalCluster gives exactly the single-process records."""

import json

import pytest

from claimspan.records import InputDocument


def test_dask_runner_partitions_keep_order():
    from claimspan.runner import batches

    documents = [InputDocument(id=str(number), text="x") for number in range(5)]
    assert [[document.id for document in chunk] for chunk in batches(iter(documents), 2)] == [["0", "1"], ["2", "3"], ["4"]]


@pytest.mark.slow
def test_dask_runner_local_cluster_matches_single_process(corpus_dir, tmp_path, nlp):
    distributed = pytest.importorskip("distributed")
    from claimspan.dask_runner import run_on_dask
    from claimspan.io import read_documents
    from claimspan.runner import extract

    documents = list(read_documents([str(corpus_dir)]))
    expected_claims, expected_docs = [], []
    for extraction in extract(nlp, documents):
        expected_claims.extend(claim.model_dump_json() for claim in extraction.claims)
        expected_docs.append(extraction.document.model_dump_json())
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        manifest = run_on_dask(client, documents, tmp_path, partition_size=3)
    assert len(manifest["partitions"]) == 3
    claims = [line for part in manifest["partitions"] for line in (tmp_path / part["claims"]).read_text().splitlines()]
    docs = [line for part in manifest["partitions"] for line in (tmp_path / part["docs"]).read_text().splitlines()]
    assert docs == expected_docs
    assert claims == expected_claims
    assert json.loads((tmp_path / "manifest.json").read_text())["documents"] == len(documents)
