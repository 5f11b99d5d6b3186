import json
from pathlib import Path

import numpy
import pytest

from claimspan.components.claims.learned import LABELS
from claimspan.components.claims.weights import read_weights

SHIPPED = Path(__file__).parents[1] / "pipeline" / "attribution" / "model.json"


def test_the_shipped_weights_read_as_json_reads_them():
    # the tagger's scores add these floats: they must be json.loads' floats to the last bit, in file order
    text = SHIPPED.read_text(encoding="utf-8")
    data, names, weights = read_weights(text, len(LABELS))
    expected = json.loads(text)
    assert names == list(expected["features"])
    assert weights.tobytes() == numpy.asarray(list(expected["features"].values()), dtype=numpy.float64).tobytes()
    assert data == {key: value for key, value in expected.items() if key != "features"}


def test_spaced_json_reads_the_same_as_compact_json():
    model = {"cue_words": ["hint"], "features": {"b": [0.5, -1e-05, 0, 2, 3.25, -0.0], 'w="x"': [1, 1, 1, 1, 1, 1]}, "labels": list(LABELS), "threshold": 0.5}
    for text in (json.dumps(model, separators=(",", ":")), json.dumps(model, indent=2) + "\n"):
        data, names, weights = read_weights(text, len(LABELS))
        assert names == ["b", 'w="x"']
        assert weights.tolist() == [[0.5, -1e-05, 0.0, 2.0, 3.25, -0.0], [1.0] * 6]
        assert data == {"cue_words": ["hint"], "labels": list(LABELS), "threshold": 0.5}


@pytest.mark.parametrize(
    "text",
    ['{"features":{"b":[1,2,3]}}', '{"features":{"b":[1,2,3,4,5,6,7]}}', '{"features":{"b":[1,2,3,4,5,6] "c":[1,2,3,4,5,6]}}', '["features"]', '{"labels":[1,2}', '{"labels":1', '{"features":{"b":[1,2,3,4,5,6]'],
)
def test_a_broken_weights_file_is_a_value_error(text):
    with pytest.raises(ValueError):
        read_weights(text, len(LABELS))
