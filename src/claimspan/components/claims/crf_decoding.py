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
    """The best label path. One label-by-label numpy step per word: with the tagger's six labels this takes
    about two thirds of the time of the same sums in plain floats; each sum is the same float addition."""
    scores = numpy.asarray(scores, dtype=numpy.float64)
    if not len(scores):
        return []
    moves = numpy.asarray(transitions, dtype=numpy.float64)
    # arriving[j, i]: the move from label i to label j, so each label's candidates are one contiguous row
    arriving = numpy.ascontiguousarray(moves.T)
    labels = numpy.arange(moves.shape[1])
    best = scores[0]
    back = []
    for row in scores[1:]:
        # candidates[j, i]: the best path ending in label i, then a move to label j (the same float sum either way round)
        candidates = arriving + best
        # argmax finds the first of equal scores, so ties always resolve the same way
        pointers = candidates.argmax(axis=1)
        back.append(pointers)
        best = candidates[labels, pointers] + row
    path = [int(best.argmax())]
    for pointers in reversed(back):
        path.append(int(pointers[path[-1]]))
    return path[::-1]
