"""Language of an article, by py3langid on its body text."""

from __future__ import annotations

import functools
import re
from importlib import metadata

MIN_LETTERS = 20
_URL = re.compile(r"https?://\S+")

# py3langid walks its byte automaton in pure Python, one byte at a time (~1 ms an article). Its automaton is
# an Aho-Corasick one over byte n-grams at most _WINDOW long: the state after any text is the state of the
# longest n-gram prefix ending there, so it depends only on the last _WINDOW bytes. That lets numpy compute
# every position's state at once (_WINDOW steps over the whole text), with counts and scores identical to
# py3langid.classify. Proven for the model of the version below by checking every (state, byte) transition
# against that rule (tests/test_speed_prep.py: the proof, run by every test run, and the equality);
# any other version takes py3langid's own path.
_WINDOW = 6
_PROVEN_VERSION = "0.4.0"
_tables: tuple | None = None  # see _model_arrays


def has_enough_letters(text: str) -> bool:
    count = 0
    for chunk_start in range(0, len(text), 256):
        count += sum(map(str.isalpha, text[chunk_start : chunk_start + 256]))
        if count >= MIN_LETTERS:
            return True
    return False


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text to tell."""
    if not text or not has_enough_letters(text):
        return None
    sample = _URL.sub(" ", text[:20000])
    try:
        code = _classify(sample)
    except Exception:  # noqa: BLE001 - language is a nicety, never a reason to fail an article
        return None
    return code or None


def _classify(sample: str) -> str:
    """py3langid's label for the sample: its own classify, in numpy where that is proven the same."""
    import py3langid
    from py3langid import langid

    identifier = langid._get_identifier()
    scores = None
    if _proven_version() and not identifier._norm_probs and identifier.min_confidence is None:
        scores = _scores(identifier, identifier._encode(sample))
    if scores is None:
        return py3langid.classify(sample)[0]
    return identifier.nb_classes[int(scores.argmax())]


@functools.cache
def _proven_version() -> bool:
    try:
        return metadata.version("py3langid") == _PROVEN_VERSION
    except metadata.PackageNotFoundError:  # installed without its metadata: py3langid's own path
        return False


def _scores(identifier, data: bytes):
    """py3langid's _decide scores for the encoded text (None where it has no features or is too short)."""
    import numpy as np
    from py3langid import langid

    nextmove, rowbase, output = _model_arrays(identifier)
    features = _features(nextmove, rowbase, output, data)
    if features is None or not len(features):
        return None
    # the same sum as py3langid's _sparse_score: features in order of first appearance, counts as float32;
    # the text's float16 rows gathered and made float32, as numpy's matmul does with them all the same
    # (a float32 copy of the whole table would keep ~57 MB in every process)
    unique, first, counts = np.unique(features, return_index=True, return_counts=True)
    order = np.argsort(first)
    rows = identifier.nb_ptc[unique[order]].astype(np.float32)
    scores = np.log1p(counts[order].astype(np.float32)) @ rows + identifier.nb_pc
    for i, j in identifier._alias_pairs:  # as py3langid's _decide folds a label's second column
        scores[i] = max(scores[i], scores[j])
        scores[j] = langid.RAW_FLOOR
    return scores


def _model_arrays(identifier) -> tuple:
    """The identifier's automaton as numpy arrays, made once per loaded model."""
    import numpy as np

    global _tables
    if _tables is None or _tables[0] is not identifier:
        nextmove = identifier.tk_nextmove
        _tables = (
            identifier,
            np.frombuffer(nextmove, dtype=np.dtype(f"u{nextmove.itemsize}")),  # no copy: ~40 MB
            np.asarray(identifier.tk_row, dtype=np.int64) << 8,
            np.asarray(identifier.tk_output, dtype=np.int64),
        )
    return _tables[1:]


def _features(nextmove, rowbase, output, data: bytes):
    """The automaton's features over data, in order (py3langid's visit_counts before counting), or None
    when data is shorter than _WINDOW."""
    import numpy as np

    size = len(data)
    if size < _WINDOW:
        return None
    head = []  # the first bytes, with fewer than _WINDOW before them: walked from the start
    state = 0
    for letter in data[: _WINDOW - 1]:
        state = int(nextmove[rowbase[state] + letter])
        head.append(state)
    text = np.frombuffer(data, dtype=np.uint8).astype(np.int64)
    span = size - _WINDOW + 1
    states = np.zeros(span, dtype=np.int64)  # every later byte: walked from the root over its last _WINDOW
    for step in range(_WINDOW):
        states = nextmove[rowbase[states] + text[step : step + span]]
    features = output[np.concatenate((np.asarray(head, dtype=np.int64), states))]
    return features[features >= 0]


def release_model() -> None:
    """Drop py3langid's model (~70 MB resident); the next detect_language loads it again.

    A build calls this once every article is parsed, so the tables are made without it.
    """
    global _tables
    _tables = None
    try:
        from py3langid import langid
    except ImportError:
        return
    langid.IDENTIFIER = None
