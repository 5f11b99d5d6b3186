"""Decoding a linear-chain CRF in numpy: the best tag path (Viterbi) and each tag's probability on it
(forward-backward), for the attribution tagger (GUIDELINES R55). No CRF library is needed at run time."""

from __future__ import annotations

import numpy


def label_marginals(scores, transitions) -> numpy.ndarray:
    """P(word i has label j | sentence) for every word and label (words x labels): what the tagger
    thinks of each word, whether it chose that label or not (R55, R56). The forward-backward sums run on
    probabilities rescaled at each word (each word's scores shifted by their maximum), which stay
    finite and take fewer numpy calls per word than sums of logarithms."""
    scores = numpy.asarray(scores, dtype=numpy.float64)
    if not len(scores):
        return numpy.zeros((0, len(transitions)))
    emissions = numpy.exp(scores - scores.max(axis=1, keepdims=True))
    moves = numpy.exp(numpy.asarray(transitions, dtype=numpy.float64))
    forward = numpy.empty_like(emissions)
    scale = numpy.empty(len(emissions))
    alpha = emissions[0]
    for index in range(len(emissions)):
        if index:
            alpha = (forward[index - 1] @ moves) * emissions[index]
        scale[index] = alpha.sum()
        forward[index] = alpha / scale[index]
    backward = numpy.ones_like(emissions)
    for index in range(len(emissions) - 2, -1, -1):
        backward[index] = moves @ (emissions[index + 1] * backward[index + 1]) / scale[index + 1]
    marginals = forward * backward
    return marginals / marginals.sum(axis=1, keepdims=True)


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
            candidates = list(map(float.__add__, best, column))
            top = max(candidates)
            # index() finds the first of equal scores, so ties always resolve the same way
            pointers.append(candidates.index(top))
            scored.append(top + row[label])
        back.append(pointers)
        best = scored
    path = [max(labels, key=best.__getitem__)]
    for pointers in reversed(back):
        path.append(pointers[path[-1]])
    return path[::-1]
