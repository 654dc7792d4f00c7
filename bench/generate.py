"""Seeded generator of a realistic corpus of Kuril-dispute news articles, for benchmarks.

Why: the parser and the app must be measured on thousands of articles in the formats they meet
(outlet furniture, yearless datelines, relative dates, places, people, odd encodings, HTML), and the
corpus must be reproducible: the same N and seed always give the same bytes.
Usage: python -m bench.generate N OUT_DIR --seed S
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import random
from pathlib import Path

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CITIES = ["Tokyo", "Moscow", "Vladivostok", "Sochi", "Nagato", "Osaka", "Sapporo", "Yuzhno-Sakhalinsk",
          "St. Petersburg", "Nemuro"]
ISLANDS = [("Iturup", "Etorofu"), ("Kunashir", "Kunashiri"), ("Shikotan", "Shikotan"),
           ("Habomai", "Habomai islets")]
GROUPS = ["the Kuril Islands", "the southern Kurils", "the Northern Territories", "the Kurile Islands"]
PEOPLE = {  # surname: (title, full name, first year, last year)
    "Abe": ("Prime Minister", "Shinzo Abe", 2013, 2020),
    "Suga": ("Prime Minister", "Yoshihide Suga", 2020, 2021),
    "Kishida": ("Foreign Minister", "Fumio Kishida", 2013, 2017),
    "Kono": ("Foreign Minister", "Taro Kono", 2017, 2019),
    "Motegi": ("Foreign Minister", "Toshimitsu Motegi", 2019, 2021),
    "Putin": ("President", "Vladimir Putin", 2013, 2022),
    "Lavrov": ("Foreign Minister", "Sergey Lavrov", 2013, 2022),
    "Peskov": ("Kremlin spokesman", "Dmitry Peskov", 2013, 2022),
    "Medvedev": ("Prime Minister", "Dmitry Medvedev", 2013, 2019),
    "Shoigu": ("Defence Minister", "Sergei Shoigu", 2013, 2022),
}
TOPICS = [
    ("talks on a peace treaty", "peace treaty talks"),
    ("joint economic activity on the islands", "joint economic activity"),
    ("visa-free visits by former residents", "visa-free visits"),
    ("the deployment of coastal missile systems", "missile deployment"),
    ("fishing rights near the islands", "fishing rights"),
    ("a new military base", "military base"),
]
OUTLETS = ["rt", "tass", "tass_id", "sputnik", "reuters", "kyodo", "japantimes"]
ICONS = ("icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon closeicon fbicon "
         "fileicon mailicon searchicon shareicon tgicon twicon vkicon yticon")


def _people_in(year: int, rng: random.Random, k: int) -> list[str]:
    alive = [s for s, (_, _, a, b) in PEOPLE.items() if a <= year <= b]
    return rng.sample(alive, min(k, len(alive)))


def _relative(rng: random.Random, day: dt.date) -> str:
    past = day - dt.timedelta(days=rng.randint(1, 6))
    return rng.choice([f"on {WEEKDAYS[past.weekday()]}", "last week", f"last {MONTHS[rng.randrange(12)]}",
                       "next month", "earlier this year", "yesterday", f"in {MONTHS[rng.randrange(12)]}"])


def _body(rng: random.Random, day: dt.date, city: str) -> tuple[str, list[str]]:
    who = _people_in(day.year, rng, 3)
    island, jp_name = rng.choice(ISLANDS)
    topic, short = rng.choice(TOPICS)
    group = rng.choice(GROUPS)
    other = rng.choice([c for c in CITIES if c != city])
    second = rng.choice([i for i, _ in ISLANDS if i != island])
    p0 = PEOPLE[who[0]]
    p1 = PEOPLE[who[1]]
    when = rng.choice(["next month", "in the autumn", "in " + MONTHS[rng.randrange(12)]])
    paras = [
        f"{p0[0]} {p0[1]} said {_relative(rng, day)} that {topic} would continue, "
        f"adding that the dispute over {group} could only be settled by dialogue.",
        f"{p1[0]} {p1[1]} is expected to visit {other} {when} "
        f"to discuss {short} and the status of {island} ({jp_name}).",
        f"\"We are ready to work step by step,\" {who[0]} told reporters in {city}, "
        f"noting that the two countries have never signed a peace treaty since the end of World War II.",
        f"The islands of {island} and {second}, which Japan calls the Northern Territories, "
        f"were seized by Soviet troops in 1945 and lie off Hokkaido.",
        f"On {day.day} {MONTHS[day.month - 1]} {day.year - rng.randint(1, 3)}, {p0[1]} met "
        f"{p1[1]} in {rng.choice(CITIES)}, where they agreed to hold consultations on {short}.",
        f"{PEOPLE[who[2]][1] if len(who) > 2 else p0[1]} added {_relative(rng, day)} that "
        f"{rng.choice(['no date has been set', 'talks will resume in ' + other, 'the issue remains open'])}.",
        f"Tokyo has long insisted that all four islands be returned before a peace treaty is signed, "
        f"while Moscow says its sovereignty over them is the outcome of the war "
        f"and is not up for discussion. "
        f"Around 20,000 people live on the islands, most of them on {island} and Kunashir.",
        f"According to officials in {other}, {_relative(rng, day)} a delegation of business leaders "
        f"inspected fish processing plants, geothermal sites and the harbour on {island}, and "
        f"discussed tourism, wind power and greenhouse farming projects with the local administration.",
        f"Earlier, {p1[1]} had said that Russia's military activity in {group} "
        f"{rng.choice(['was a matter of concern', 'was regrettable', 'ran counter to Japan position'])}, "
        f"and Tokyo lodged a protest through diplomatic channels {_relative(rng, day)}.",
        f"Analysts in {city} said the two sides remained far apart. \"Neither leader can afford to be "
        f"seen giving ground,\" one researcher said, adding that a summit {when} was unlikely to "
        f"produce a breakthrough on {short}.",
    ]
    rest = paras[2:]
    rng.shuffle(rest)
    paras = paras[:2] + rest
    n = rng.randint(6, 10)
    return f"{p0[1].split()[-1]} says {short} on {island} must go on", paras[:n]


def render(index: int, rng: random.Random) -> tuple[str, bytes]:
    """One article as (file name, bytes)."""
    day = dt.date(2013, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    city = rng.choice(CITIES)
    head, paras = _body(rng, day, city)
    outlet = rng.choice(OUTLETS)
    hh, mm = rng.randrange(24), rng.randrange(60)
    month = MONTHS[day.month - 1]
    if outlet == "rt":
        lines = [ICONS, f"{day.day} {month[:3]}, {day.year} {hh:02d}:{mm:02d}", "", head, "", head, ""]
        lines += [paras[0], "", f"READ MORE: {rng.choice(TOPICS)[1].capitalize()} stalls again", ""]
        lines += [p + "\n" for p in paras[1:]]
    elif outlet in ("tass", "tass_id"):
        lines = (["ID :", str(rng.randint(100000, 999999)), f"{day:%a, %m/%d/%Y} - {hh:02d}:{mm:02d}",
                  "Auther :", ""] if outlet == "tass_id" else ["All news", ""])
        lines += [head, "", f"{city.upper()}, {month} {day.day}. /TASS/. " + paras[0]] + paras[1:]
        lines += ["", "Show more"]
    elif outlet == "sputnik":
        lines = ["- Sputnik International", "World", "", head, "",
                 f"© Sputnik / Photographer / Go to the mediabank{rng.choice(CITIES)} harbour",
                 "Subscribe", f"{city.upper()} (Sputnik) – " + paras[0]] + paras[1:]
        lines += ["Newsfeed", "Chats", f"{rng.choice(TOPICS)[1].capitalize()} in focus as talks resume",
                  "Курильские острова: новости"]
    elif outlet == "reuters":
        lines = [head, "", f"{month} {day.day}, {day.year} / {hh % 12 + 1}:{mm:02d} PM / Updated ago", "",
                 f"{city.upper()} (Reuters) - " + paras[0]] + paras[1:] + ["", "Reporting by Staff Writer"]
    elif outlet == "kyodo":
        lines = [f"KYODO NEWS - {month[:3]} {day.day}, {day.year} - {hh:02d}:{mm:02d} | World", "", head, "",
                 paras[0] + " Kyodo News reported."] + paras[1:]
        lines += ["", "Related coverage:", rng.choice(TOPICS)[1]]
    else:
        lines = ["The Japan Times", "NATIONAL / POLITICS", "", head, "", "by Staff Writer", "",
                 f"{month[:3]} {day.day}, {day.year}", ""] + paras + ["", "In a time of both misinformation "
                 "and too much information, quality journalism is more crucial than ever."]
    text = "\n".join(lines) + "\n"
    roll = rng.random()
    name = f"{index:06d}_{outlet}"
    if roll < 0.05:
        body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paras)
        page = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(head)} | {outlet}"
                f"</title></head><body><nav>Home | World</nav><article><h1>{html.escape(head)}</h1>"
                f"<time>{day.isoformat()}</time>\n{body}</article><footer>Subscribe</footer></body></html>")
        return name + ".html", page.encode("utf-8")
    if roll < 0.08:
        return name + ".txt", text.encode("cp1251", errors="replace")
    if roll < 0.10:
        return name + ".txt", text.encode("utf-16")
    if roll < 0.15:
        return name + ".txt", text.replace("\n", "\r\n").encode("utf-8")
    return name + ".txt", text.encode("utf-8")


def generate(n: int, out_dir: Path, seed: int = 0) -> list[Path]:
    """Write n articles into out_dir; the same (n, seed) gives the same bytes."""
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(n):
        name, data = render(i, rng)
        path = out_dir / name
        path.write_bytes(data)
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    paths = generate(args.n, args.out_dir, args.seed)
    print(f"wrote {len(paths)} articles to {args.out_dir}")


if __name__ == "__main__":
    main()
