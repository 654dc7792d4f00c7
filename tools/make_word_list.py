"""Write ``kurils/data/site_words.txt.gz``: the ranked words that unknown sites' addresses are read in.

Source: wordfreq 3.1.1 (https://github.com/rspeer/wordfreq, data CC BY-SA 4.0: Wikipedia, OpenSubtitles,
news, books, web text, Twitter, Reddit), its ``top_n_list`` for English (the 50,000 most frequent
words made of a-z only) followed by German's (the 20,000 most frequent a-z words not already listed:
"russland", "spiegel" are one word of a site's name, not "Russ Land"). A dev-time tool: wordfreq is not a
dependency of kurils. Run: ``pip install wordfreq==3.1.1 && python tools/make_word_list.py``.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "kurils" / "data" / "site_words.txt.gz"
_PLAIN = re.compile(r"[a-z]+")


def ranked_words(english: int = 50_000, german: int = 20_000) -> list[str]:
    from wordfreq import top_n_list

    words = [w for w in top_n_list("en", english + 5_000) if _PLAIN.fullmatch(w)][:english]
    seen = set(words)
    extra = [w for w in top_n_list("de", german + 10_000) if _PLAIN.fullmatch(w) and w not in seen]
    return words + extra[:german]


def main() -> None:
    header = ("# " + line for line in __doc__.strip().splitlines())
    body = "\n".join([*header, *ranked_words()]) + "\n"
    OUT.write_bytes(gzip.compress(body.encode("utf-8"), mtime=0))


if __name__ == "__main__":
    main()
