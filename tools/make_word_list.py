"""Write ``kurils/data/site_words.txt.gz``: the ranked words that unknown sites' addresses are read in.

Source: wordfreq 3.1.1 (https://github.com/rspeer/wordfreq, data CC BY-SA 4.0: Wikipedia, OpenSubtitles,
news, books, web text, Twitter, Reddit), its ``top_n_list`` for English (the 50,000 most frequent
words made of a-z only) followed by German's (the 20,000 most frequent a-z words not already listed:
"russland", "spiegel" are one word of a site's name, not "Russ Land"). A dev-time tool: wordfreq is not a
dependency of kurils. Run: ``pip install wordfreq==3.1.1 && python tools/make_word_list.py``.

It also writes ``kurils/data/site_words_ru.txt.gz``: wordfreq's 20,000 most frequent Russian words written
in Latin letters as Russian sites' addresses write them (a simplified BGN/PCGN romanisation: ж zh, х kh,
ц ts, ч ch, ш sh, щ shch, ю yu, я ya, й and ы y, ь and ъ dropped), so that "vestnikkavkaza" reads as
Vestnik Kavkaza and "govoritmoskva" as Govorit Moskva.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "kurils" / "data" / "site_words.txt.gz"
OUT_RU = OUT.with_name("site_words_ru.txt.gz")
_PLAIN = re.compile(r"[a-z]+")
_CYRILLIC = re.compile(r"[а-яё]+")
_LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                  ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
                   "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"],
                  strict=True))


def ranked_words(english: int = 50_000, german: int = 20_000) -> list[str]:
    from wordfreq import top_n_list

    words = [w for w in top_n_list("en", english + 5_000) if _PLAIN.fullmatch(w)][:english]
    seen = set(words)
    extra = [w for w in top_n_list("de", german + 10_000) if _PLAIN.fullmatch(w) and w not in seen]
    return words + extra[:german]


def russian_words(count: int = 20_000) -> list[str]:
    """Russian's most frequent words in Latin letters, most frequent first, each spelling once."""
    from wordfreq import top_n_list

    spelt = ("".join(_LATIN[c] for c in w) for w in top_n_list("ru", count + 2_000) if _CYRILLIC.fullmatch(w))
    return list(dict.fromkeys(spelt))[:count]


def main() -> None:
    header = ["# " + line for line in __doc__.strip().splitlines()]
    for path, words in ((OUT, ranked_words()), (OUT_RU, russian_words())):
        body = "\n".join([*header, *words]) + "\n"
        path.write_bytes(gzip.compress(body.encode("utf-8"), mtime=0))


if __name__ == "__main__":
    main()
