"""Decoding a linear-chain CRF in numpy: the best tag path (Viterbi) and each tag's probability on it
(forward-backward), for the attribution tagger (GUIDELINES R55). No CRF library is needed at run time."""

from __future__ import annotations

import numpy


def path_marginals(scores, transitions, path: list[int]) -> list[float]:
    """P(word i has tag path[i] | sentence) by the forward-backward sums, in log space."""
    scores, transitions = numpy.asarray(scores, dtype=numpy.float64), numpy.asarray(transitions, dtype=numpy.float64)
    if not len(scores):
        return []
    forward = numpy.empty_like(scores)
    backward = numpy.zeros_like(scores)
    forward[0] = scores[0]
    for index in range(1, len(scores)):
        forward[index] = _log_sum(forward[index - 1][:, None] + transitions, axis=0) + scores[index]
    for index in range(len(scores) - 2, -1, -1):
        backward[index] = _log_sum(transitions + (scores[index + 1] + backward[index + 1])[None, :], axis=1)
    total = _log_sum(forward[-1], axis=0)
    return [float(numpy.exp(forward[index, label] + backward[index, label] - total)) for index, label in enumerate(path)]


def _log_sum(values: numpy.ndarray, axis: int) -> numpy.ndarray:
    top = values.max(axis=axis, keepdims=True)
    return numpy.squeeze(top, axis=axis) + numpy.log(numpy.exp(values - top).sum(axis=axis))


def viterbi(scores, transitions) -> list[int]:
    # plain floats: a sentence's few labels make numpy's per-call cost the bulk, and the sums are the same
    rows = numpy.asarray(scores, dtype=numpy.float64).tolist()
    if not rows:
        return []
    columns = numpy.asarray(transitions, dtype=numpy.float64).T.tolist()
    labels = range(len(columns))
    best = rows[0]
    back = []
    for row in rows[1:]:
        pointers, scored = [], []
        for label, column in zip(labels, columns):
            # the first of equal scores wins, so ties always resolve the same way
            pointer, top = 0, best[0] + column[0]
            for previous in labels[1:]:
                candidate = best[previous] + column[previous]
                if candidate > top:
                    pointer, top = previous, candidate
            pointers.append(pointer)
            scored.append(top + row[label])
        back.append(pointers)
        best = scored
    path = [max(labels, key=best.__getitem__)]
    for pointers in reversed(back):
        path.append(pointers[path[-1]])
    return path[::-1]
