"""How well an unknown site is named from its address alone, measured on the outlets the project knows.

Usage: python -m bench.site_names [--misses]

Every row of ``kurils/data/outlets.csv`` is a real site with the names it prints. Each row's domains are
named by ``outlets.name_from_address`` as if the site were unknown: the row is left out of the word list
that site names are split in (``sitename.word_ranks`` adds the outlets' name words; a word only this row
has is taken out again), so the row cannot name itself. A domain is right when the name is the row's name
or one of its printed names, exactly (case and spaces as printed). Rows whose name is in another script
than their address, or shares no letters with it ("Nikkei" for asia.nikkei.com is right, "Kommersant" for
kommersant.ru too, but "Vzglyad" for vz.ru is out of reach), are counted apart as "unreachable": their
letters do not spell any printed name.

The figure is a broad check of the naming rules on ~1,500 real sites: a rule written for one batch's
misses should raise it, or at least not lower it.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter

from kurils import reference, sitename
from kurils.outlets import name_from_address, platform_kind
from kurils.urls import registrable_domain


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def _name_words(names) -> set[str]:
    return {w for name in names for w in re.findall(r"[a-z]+", name.lower()) if len(w) >= 4}


def cases() -> list[tuple[str, str, tuple[str, ...]]]:
    """(domain, canonical name, printed names) for every domain of every outlet row."""
    found = []
    for row in reference.rows("outlets.csv"):
        names = (row["name"], *reference.cell_list(row["aliases"]))
        for domain in reference.cell_list(row["domains"]):
            if platform_kind(domain) in ("aggregator",):
                continue
            found.append((domain, row["name"], tuple(dict.fromkeys(names))))
    return found


def reachable(domain: str, names: tuple[str, ...]) -> bool:
    """Whether any printed name is spelt by the letters of the address's site label."""
    from kurils.outlets import site_label

    label = _squash(site_label(domain) or "")
    registrable = _squash(registrable_domain(domain) or domain)
    return any(_squash(name) and (_squash(name) in (label, registrable)
                                  or _squash(name).removeprefix("the") == label) for name in names)


def run(show_misses: bool = False) -> dict[str, int]:
    base = dict(sitename.word_ranks())
    plain = sitename.listed_ranks()
    rows = reference.rows("outlets.csv")
    counts = Counter(w for row in rows
                     for w in _name_words((row["name"], *reference.cell_list(row["aliases"]))))
    original = sitename.word_ranks
    score = Counter()
    misses = []
    try:
        for domain, name, names in cases():
            own = {w for w in _name_words(names) if counts[w] == 1}
            ranks = base
            if own:
                ranks = dict(base)
                for word in own:
                    if word in plain:
                        ranks[word] = plain[word]
                    else:
                        ranks.pop(word, None)
            sitename.word_ranks = lambda ranks=ranks: ranks
            got = name_from_address(domain)
            kind = "reachable" if reachable(domain, names) else "unreachable"
            score[f"{kind} total"] += 1
            if got in names:
                score[f"{kind} right"] += 1
            elif kind == "reachable":
                misses.append((domain, got, name))
    finally:
        sitename.word_ranks = original
    if show_misses:
        for domain, got, name in misses:
            print(f"{domain:40} {got!s:40} {name}")
    return dict(score)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the reachable domains named wrong")
    args = parser.parse_args()
    score = run(args.misses)
    for kind in ("reachable", "unreachable"):
        right, total = score.get(f"{kind} right", 0), score.get(f"{kind} total", 0)
        print(f"{kind:12} {right}/{total} named as printed ({right / max(total, 1):.0%})")


if __name__ == "__main__":
    main()
