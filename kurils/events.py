"""Events, places and people of an article.

An event is a clause that says something happened or will happen at a time. Per sentence of the
article's own paragraphs (never captions or teasers):

1. The sentence is cut into regions: reported content (quotes, "said that ..." complements, the
   content before ", X said") and the frame (who said it, when, where, at what occasion).
2. Each resolved time expression belongs to one region. The event's type is the strongest trigger
   in that region (treaty signed, sanctions, military > forum > call > meeting ~ visit >
   statement), nearest to the time among equals; triggers that are negated, or that only name a
   topic or a reference point ("about the possibility of a visit", "before Putin's visit"), do
   not count. A time whose region has no trigger gives an "other" event only if it is a calendar
   date in the frame.
3. Places are those of the trigger's comma segment, else the region's; countries only in a
   locative use ("in Japan", "visit Russia"). A statement with no place is placed in the city of
   the dateline it is reported from.
4. People are the region's named people and role phrases ("the Russian leader"); a "he"/"she"
   with no name before it is the last person named; a call or meeting reported by a speaker
   includes the speaker.
5. Status: planned when the date is after publication or the clause looks ahead; historical when
   it ended more than a year before publication; reported otherwise.
6. Across sentences: a sentence with no time that goes on with the one before ("He met Abe ...",
   "... also agreed", "On the same day, ...") takes that sentence's one day; an unplaced event takes
   the place attached to its word named again next door ("The drills on Etorofu ..."); a
   "when"/"which" clause with a named subject of its own keeps the main clause's people out. The
   evidence span covers every sentence read; two candidate days or places leave it unread.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from kurils import reference
from kurils.chronology import known_events
from kurils.clean import is_cut_off_tail, words
from kurils.fastre import guarded, lowercased, opening_scan
from kurils.gazetteer import PlaceMention, find_places, lookup
from kurils.language import is_plainly_english
from kurils.models import Article, Event, TimeValue
from kurils.people import (
    PersonMention,
    find_named_people,
    find_people,
    introduced_people,
    lone_surname_mentions,
    lookup_person,
    office_holder,
)
from kurils.ruja import (
    dated_list_lines,
    dates_nothing,
    happened_before,
    held_during,
    institution_speaks,
    is_locative,
    is_setting,
    japanese_complement,
    looks_ahead,
    looks_earlier,
    marked_role,
    names_both,
    negated,
    quoted_name,
    said_after_talks,
    same_day_spans,
    script_of,
    speakers,
)
from kurils.ruja import tense as language_tense
from kurils.sentences import Sentence, dateline, split_sentences
from kurils.spans import TakenSpans, starting_within
from kurils.temporal import TimeMention, calendar_parts, find_times, guess_tense, may_hold_time

ARTICLE_PLACE_KINDS = ("city", "island", "island_group")
HISTORICAL_DAYS = 365
DOCUMENT_PAST_YEARS = 10  # a document named by a year further back is its signing

# (type, priority, pattern): the event words, strongest first within a region
# (``data/event_triggers.csv``, one row per kind of wording, its source and a note on why)
TRIGGERS: tuple[tuple[str, float, str], ...] = tuple(
    (row["type"], float(row["priority"]), row["pattern"]) for row in reference.rows("event_triggers.csv")
)
_MULTILATERAL = r"(?:G-?20|G-?7|G-?8|APEC|ASEAN|BRICS|SCO|East Asia|EAS|NATO|UN|U\.N\.|Asia-Europe|ASEM|CICA)"
EVENT_WORDS = Path(__file__).parent / "data" / "event_words.csv"


# the languages whose event words are in a script of their own (an English sentence skips their scans at
# once: none of their first letters is in it), and those that write no spaces between words
_OWN_SCRIPT_LANGUAGES = ("ru", "ja", "ar", "el", "uk", "ko")
_UNSPACED = ("ja", "zh", "ko")


def language_triggers() -> tuple[tuple[tuple[str, float, str], ...], ...]:
    """The event words of other languages (data/event_words.csv), each at its type's priority: those
    of Russian, Japanese, Arabic, Greek, Ukrainian and Korean (scripts of their own); Chinese (Han, as
    Japanese writes too: its scans are skipped in a text with kana, so "表示" or "指出" stay Japanese
    words); and those of the Latin-script languages (German, French, Spanish, Italian, Portuguese,
    Polish, Luxembourgish, Romanian, Indonesian, Dutch, Turkish), one scan per type for all of them.
    Japanese, Chinese and Korean write no spaces (Korean joins its particles), so their words need no
    word boundary; Arabic's may follow a clitic ("وزيارة", "الاجتماع")."""
    priority: dict[str, float] = {}
    for kind, prio, _ in TRIGGERS:
        priority[kind] = max(priority.get(kind, 0), prio)
    with EVENT_WORDS.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    boundary = {lang: "" for lang in _UNSPACED}
    boundary["ar"] = r"(?<![\u0600-\u06ff])(?:وال|بال|فال|لل|ال|و|ف|ب|ل)?"

    def own(languages: tuple[str, ...]) -> tuple[tuple[str, float, str], ...]:
        return tuple(
            (row["type"], priority[row["type"]],
             boundary.get(row["language"], r"\b") + f"(?:{row['pattern']})")
            for row in rows if row["language"] in languages
        )

    latin: dict[str, list[str]] = {}
    for row in rows:
        if row["language"] not in (*_OWN_SCRIPT_LANGUAGES, "zh"):
            latin.setdefault(row["type"], []).append(rf"\b(?:{row['pattern']})")
    # the strongest kind first, as in English: a word inside a longer one of a stronger kind is that
    # kind's ("電話会談" a call, not "会談" a meeting; "телефонных переговоров" a call, not talks)
    latin_scans = tuple((kind, priority[kind], "|".join(parts)) for kind, parts in latin.items())
    return (_strongest_first(own(_OWN_SCRIPT_LANGUAGES)), _strongest_first(own(("zh",))),
            _strongest_first(latin_scans))


def _strongest_first(scans: tuple[tuple[str, float, str], ...]) -> tuple[tuple[str, float, str], ...]:
    return tuple(sorted(scans, key=lambda scan: -scan[1]))


_OWN_SCRIPT_TRIGGERS, _CHINESE_TRIGGERS, _LATIN_LANGUAGE_TRIGGERS = language_triggers()
TRIGGERS = TRIGGERS + _OWN_SCRIPT_TRIGGERS + _CHINESE_TRIGGERS + _LATIN_LANGUAGE_TRIGGERS
# which scans read a Latin-script language other than English: a plainly English text skips them (most
# of this coverage; each would cost its whole length, as their words start with any letter); and which
# read Chinese: a text with kana (Japanese) skips them
_LATIN_LANGUAGE_SCAN = tuple(i >= len(TRIGGERS) - len(_LATIN_LANGUAGE_TRIGGERS) for i in range(len(TRIGGERS)))
_CHINESE_SCAN = tuple(
    len(TRIGGERS) - len(_LATIN_LANGUAGE_TRIGGERS) - len(_CHINESE_TRIGGERS) <= i
    < len(TRIGGERS) - len(_LATIN_LANGUAGE_TRIGGERS)
    for i in range(len(TRIGGERS))
)
_KANA = re.compile(r"[\u3040-\u30ff]")


@functools.lru_cache(maxsize=8)
def _has_kana(text: str) -> bool:
    return _KANA.search(text) is not None


@functools.lru_cache(maxsize=8)
def _plainly_english(text: str) -> bool:
    return is_plainly_english(text[:4000])


@functools.cache
def _case_blind_triggers() -> tuple[tuple[str, float, re.Pattern[str]], ...]:
    """The trigger scans for a text whose lowering changes its length (rare: compiled on first need),
    each guarded by its first characters (see kurils.fastre)."""
    return tuple((kind, prio, guarded(p, re.IGNORECASE)) for kind, prio, p in TRIGGERS)


# the scans for the article lowered once (those above only when lowering changes its length): a plain
# scan is ~2x faster than IGNORECASE
_TRIGGERS_LOWER = tuple((kind, prio, guarded(lowercased(p))) for kind, prio, p in TRIGGERS)
# ... and the characters each can start with, so a sentence with none of them skips that scan (a
# Russian or Japanese one in an English sentence costs its whole length otherwise)
_OPENINGS_LOWER = tuple(opening_scan(lowercased(p)) for _kind, _prio, p in TRIGGERS)
# a multilateral summit's words ("G20首脳会合" too): a setting, not a bilateral meeting
_SUMMIT_WORDS = ("summit", "forum", "conference", "首脳会", "会合", "会議", "サミット")
_MULTILATERAL_BEFORE = re.compile(
    _MULTILATERAL + r"\b[^.,;]{0,30}$|\b(?:Group of|Asia-Pacific|East Asia)\b[^.,;]{0,40}$"
)
# "indicated at a government meeting Thursday": a meeting at home, not talks between the sides
_INTERNAL_BEFORE = re.compile(
    r"\b(?:government|cabinet|party|board|staff|shareholders'?|internal|Security Council)\s+$", re.IGNORECASE
)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|these|those)\s+(?:\w+\s+){0,1}$", re.IGNORECASE)
# "the visit to Japan on December 15", "the summit in Osaka in June": the noun's own date
_DATED_NOUN_GAP = re.compile(
    r"\s+(?:(?:to|in|of|at|with|by|from)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}\s+){0,2}"
    r"(?:(?:began|started|opened|ended|closed|concluded|resumed|took place|(?:was|were) held)\s+)?"
    r"(?:on|in|at|for|from|scheduled for|set for|planned for)?\s*$"
)
_DEFINITE_NOUNS = frozenset(
    "visit trip talks meeting deployment drills summit exercises tour call conversation".split()
)
_NEGATION_BEFORE = guarded(
    r"\b(?:(?:kept|keep|keeps|keeping|prevented|prevent|prevents|preventing|barred|stopped)\s+"
    r"(?:[\w'’-]+\s+){0,4}?from|not|never|no|n't|without|failed to|refused to|didn’t|didn't|won't|"
    r"suspend\w*|cancel\w*|halt\w*|withdr[ae]w\w* from|withdrawing from|quit(?:s|ting)?|"
    r"pull(?:ed|ing|s)? out of|break off|broke off|breaking off|postpon\w*|freez\w*|froze|"
    r"call(?:ed|ing)? off|scrap\w*|end(?:ed|ing|s)?|stop(?:ped|ping)?|"
    r"cannot|neither|nor)\b"
    # the words between stay in the negated clause: "halted after Russia annexed" negates no annexing
    r"(?:\s+(?!(?:after|before|when|because|since|while|following|until|as)\b)[\w-]+){0,2}\s*$",
    re.IGNORECASE,
)
# "withdraws from the peace treaty talks", "scrapped a series of agreements": what is stopped, a noun
# phrase away from the verb that stops it (the verb is the statement)
_STOPPED_BEFORE = guarded(
    r"\b(?:withdr(?:aw|aws|awing|awn|ew) from|halt(?:ed|s|ing)?|scrap(?:ped|s|ping)?|cancel(?:l?ed|s|l?ing)?|"
    r"suspend(?:ed|s|ing)?|postpon(?:ed|es|ing)|end(?:ed|s|ing)|terminat(?:ed|es|ing)|revok(?:ed|es|ing)|"
    r"(?:call(?:ed|s|ing)?|broke|break(?:s|ing)?) off|pull(?:ed|s|ing)? out of)"
    r"(?:\s+(?!(?:after|before|when|because|since|while|following|until|as|and|but)\b)[\w'’-]+){0,4}\s*$",
    re.IGNORECASE,
)
# "visa-free visits to the islands are to be postponed": the event word stopped in the passive
_STOPPED_AFTER = re.compile(
    r"(?:(?!,\s*(?:and|but|while|after|before|when|as|although|though|so|which|who)\b)[^.;:]){0,120}?\b(?:be|been|is|are|was|were)\s+(?:(?:temporarily|indefinitely|again|now)\s+)?"
    # ("postponed from 2014": the plan it had)
    r"(?:postponed|cancell?ed|suspended|called off|scrapped|halted|put off|put on hold|frozen|terminated)\b"
    r"(?!\s+from\b)",
    re.IGNORECASE,
)
_REFERENCE_BEFORE = guarded(
    r"\b(?:before|after|upon|ahead of|prior to|following|since|until|pending|preparations? for|prepar\w+ for|"
    r"plans? for|outcomes? of|results? of|wake of|eve of|anniversary of|run-up to|as a result of|"
    r"sidelines of|margins of|on the fringes of|because of|(?<!is )(?<!are )(?<!was )(?<!were )due to|over|"
    r"in (?:an? )?(?:apparent |swift )?(?:response|retaliation|reaction) (?:to|for|against)|"
    r"retaliat(?:ed|ing|es|e) (?:against|for)|"
    r"in protest (?:against|over))"
    r"(?:\s+[\w’'-]+){0,5}?\s*$",
    re.IGNORECASE,
)
# "left for Russia on Thursday to hold a summit ... and to attend a forum": what a journey is for is its
# purpose, dated by the journey's time unless the purpose has a time of its own
# "visited the Chitose military base": the base is where the visit went, not a military act
_SITE_VISITED_BEFORE = re.compile(
    r"\b(?:visit(?:ed|s|ing)?|tour(?:ed|s|ing)?|inspect(?:ed|s|ing)?)\s+(?:an?\s+|the\s+|its\s+)?"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_SITE_WORD = re.compile(
    r"[\w -]{0,12}?\b(?:base|bases|facilit(?:y|ies)|garrison|headquarters)\b", re.IGNORECASE
)
# a forum that opens the sentence as its setting ("At an international forum in Vladivostok in September,
# Putin proposed ...", "In September, at the Eastern Economic Forum, ..."): the clause after it is the event
_FRONTED_FORUM = re.compile(
    r"(?:(?:In|On|Last|Earlier|Later)\s+[\w ]{1,20},\s+)?(?:[Aa]t|[Dd]uring|[Oo]n the sidelines of)\s+"
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:[\w-]+\s+\()?"  # "the Eastern Economic Forum (EEF"
)
_PURPOSE_BEFORE = re.compile(
    r"\b(?:to|and)\s+(?:attend|hold|take part in|participate in|join)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE
)
_VISIT_WORD = re.compile(
    r"\b(?:visit(?:s|ed|ing)?|travell?(?:ed|s|ing)|arriv(?:ed|es|ing)|flew|trip|"
    r"(?:left|leaves|leaving|departed|departs) for|went to|came to)\b",
    re.IGNORECASE,
)
# "asked the prime minister to “pay special attention” to the islands during his trip": what is asked
# for is the request's topic, its event words too
# ("proposed to sign a peace treaty", "announced his desire to visit the islands": a proposal or a
# wish names what it is about, which has not happened)
_REQUEST_TOPIC = guarded(
    r"\b(?:asked|urged|called on|requested)\s+(?:[\w'’-]+\s+){1,6}?(to)\s+[\"“]?[a-z]"
    r"|\b(?:proposed|offered|suggested|(?:his|her|its|their|a)\s+(?:desire|intention|wish|readiness|willingness))"
    r"\s+(to)\s+[a-z]"
)
# "described a visit by Medvedev ... as regrettable", "maintained Medvedev's visit was his right": what
# is judged is the judgement's topic
_JUDGED_TOPIC = guarded(
    r"\b(?:described|maintained|termed|branded)(\s+)(?=(?:a|an|the|his|her|its|their)\b|[A-Z])"
)
_REQUEST_END = re.compile(r"[,;:()]|\s[–—-]\s")
_TOPIC_START = guarded(
    r"\b(?:(?:speaking|talking|spoke|talked|asked|concerned|worried|comments?|remarks|questions?|news) about|"
    r"[Rr]egarding|[Cc]oncerning|[Aa]ccording to|"
    r"on the (?:possibility|prospects?|issue) of|possibility of|prospects? (?:of|for)|discuss(?:ed|ing)?|"
    r"the issue of|the question of|"
    r"(?:the )?situation (?:in|with|on|around)|(?:opinions|views) on|"
    r"(?:breakthrough|progress|compromise|stance|position)s? (?:on|over)|"
    r"(?:allow|permit|enabl)\w*(?:\s+[\w'’-]+){0,9}?\s+to|(?<=agreements )on|(?<=agreement )on|"
    # a goal: "will work towards signing a peace treaty", "remains committed to signing"
    r"work(?:s|ed|ing)? towards?|committed to|commitment to|striv(?:e|es|ing) (?:for|to))\b"
)
_SETTING_BEFORE = re.compile(
    r"\b(?:in|at|during|sidelines of|visit to|trip to)\s+(?:the\s+)?"
    r"(?:[A-Z0-9][\w-]*\s+|(?:[\w-]+\s+){0,3}?(?:city|town|port|capital|village|resort|island) of\s+)?$"
)
_LOOKS_BACK = re.compile(r"\b(?:following|after|since|first such|previous|earlier)\b", re.IGNORECASE)
_OVER_TOPIC = guarded(
    r"\b(?:protest\w*|row|dispute|concerns?|anger|displeasure|tensions?|regret|objections?|complain\w*|"
    r"dissent|opposition|outrage|indignation|discontent|condemnation|criticism|rall(?:y|ies|ied))\b"
    r"[^.;,]{0,40}?\b(over|about|against)\b"
)
# "the leaders of Russia and Japan", "the Japanese and Russian leaders": the two heads named in the article
_BOTH_LEADERS = guarded(
    r"\b[Tt]he (?:two )?leaders of (?:Russia and Japan|Japan and Russia)\b"
    r"|\b[Tt]he (?:Russian and Japanese|Japanese and Russian) leaders\b"
)
_HEADS = (("president", "RU"), ("pm", "JP"))
# "the two leaders", "both leaders": exactly the two people last named together, whoever else the
# clause names ("the two leaders affirmed ..., according to Putin's spokesman, Dmitry Peskov")
_TWO_LEADERS = guarded(r"\b(?:[Tt]he two leaders|[Bb]oth leaders)\b")
_GROUP = guarded(
    r"\b(?:[Tt]he (?:two )?leaders|[Bb]oth leaders|[Tt]he two (?:sides|men|ministers)|[Tt]hey|[Tt]heir)\b"
)
_SPEECH_VERB = (
    r"said|says|told|stressed|noted|added|reminded|stated|announced|declared|emphasi[sz]ed|"
    r"underlined|explained|insisted|warned|argued|replied|responded|wrote|confirmed|"
    r"believes|hopes|acknowledged|claimed|pointed out|suggested|agreed|admitted|reported|proposed|"
    r"offered|promised|pledged|vowed|demanded|urged|proposing|suggesting|urging"
)
_THAT_COMPLEMENT = guarded(rf"\b(?:{_SPEECH_VERB})\b[^.;:\"“”]{{0,50}}?,?\s+that\b")
# "said in March his country would deploy ...", "said on Monday it was abandoning talks", "said Monday
# the detention of four schooners may hamper relations": a complement without "that", after the time
# the saying is dated by, whose subject goes on to a finite verb (what was said is its content)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ZERO_THAT_COMPLEMENT = re.compile(
    r"\b(?:said|says|told reporters|announced|stated)\s+"
    rf"(?:(?:on|in|last|earlier|this)\s+[\w ]{{2,20}}?|{_WEEKDAY})\s+"
    r"(?P<subject>(?:it|he|she|they|we|his|her|its|their|the|[A-Z][\w-]*)(?:\s+[\w'’-]+){0,12}?)\s+"
    r"(?:would|will|could|might|should|may|can|must|plans to|intends to|is|was|are|were|has|had|have)\b"
)
_PRE_CONTENT = re.compile(
    rf"[,;][\"'”’]?\s+(?P<subject>(?:[\w’'.\[\]()-]+\s+){{0,9}}?)(?:was\s+)?(?:{_SPEECH_VERB})\b"
)
# what follows "X said" when the text before the comma only set the scene: a clause of its own
_FRONTED_SETTING = re.compile(
    r"\W*(?:In|At|During|Speaking|Addressing|Delivering|Giving)\s+(?:a|an|the|his|her|their|its|to)\b"
)
_COMPLEMENT_AFTER = re.compile(
    r"\s+(?!(?:on|in|at|during|after|before|while|when|as|to|adding|according|citing|last|this|earlier|later|"
    r"yesterday|today|reporters|journalists|the|a|an|in|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b)[A-Z][\w’'-]*(?:\s+\S+){3,}"
)
_MEDIA = re.compile(
    r"\b(?:TASS|RIA|Novosti|Interfax|Kyodo|Jiji|Reuters|AFP|AP|NHK|Sputnik|RT|Nikkei|Asahi|Yomiuri|"
    r"Mainichi|agency|newspaper|outlet|broadcaster|media|daily|reports?|channel|website|Izvestia|Kommersant)\b"
)
_SUBJECT_HINT = re.compile(
    r"\b(?:he|she|they|it|who|minister|premier|president|spokes\w+|official|officials|ministry|government|"
    r"Kremlin|leader|secretary|chairman|governor|ambassador|envoy|[A-Z][a-z]+)\b"
)
_SPEAKER_AFTER = re.compile(rf"\s*(?:,[^,]{{0,60}},\s*)?(?:has\s+|had\s+|also\s+)?(?:{_SPEECH_VERB})\b")
_PRONOUN = guarded(r"\b(?:[Hh]e|[Ss]he)\b")
_POSSESSIVE = guarded(r"\b(?:[Hh]is|[Hh]er)\b")  # "Kato says his group delivered petitions"
_LOCATIVE = re.compile(r"\b(?:in|to|at|visit(?:ed|s|ing)?|into|invad(?:ed|es|e|ing)|invasion of|"
                       r"(?:left|leaves|leaving|departed|departs) for|near|"
                       r"fl(?:ew|y|ies|ying|own) over(?:\s+(?:northern|southern|eastern|western|central))?|"
                       r"annex(?:ed|es|ing)|"
                       r"annexation of)\s+(?:the\s+)?$")
_POSSESSIVE_BEFORE = re.compile(r"\b[A-Z][\w-]*['’]s\s+$")  # "Ukraine's " before "Crimea"
_SEGMENT_BREAK = guarded(
    r"[,;:\"“”()]|\s[–—-]\s|\bwhile\b|\bwhere\b|\bwhich\b|\bduring which\b"
    r"|\b(?:after|before|when)\b(?= [A-Z])"
)
# what an institution's dated report ("the press service said on Friday") can be the news of
_REPORTED_KINDS = ("military", "visit")
# a demand, a proposal, a warning or a promise: what it asks for or foretells has not happened
_WISH_VERB = re.compile(
    r"demand|urg|call(?:ed|s|ing)? (?:for|on)|propos|suggest|pledg|vow|warn|promis|ask|request|insist",
    re.IGNORECASE,
)
_REPORT_REACH = 40  # characters between the dated speech verb and the content it reports
_PLAN_COMPLEMENT = guarded(
    r"\b(?:agreed|decided|plans?|planned|pledged|promised|vowed|hopes?|aims?|intends?)(?:\s+[\w'’-]+){0,3}?"
    r"\s+to\s+"
    r"(?:[\w'’-]+\s+){0,4}$"
)
_THE_ISLANDS = re.compile(
    r"\b(?:on|to|near|around|off|in|visit(?:ed|s|ing)?)\s+the\s+(?:(?:disputed|four|southern|Russian-held|Russian-controlled|"
    r"two|remote)\s+){0,2}islands\b"
)
_THERE = re.compile(r"\bthere\b(?!\s+(?:is|are|was|were|will|would|has|have|had)\b)")  # not "there was"
_ISLANDS_NAMED = re.compile(
    r"\bthe\s+(?:(?:disputed|four|southern|Russian-held|Russian-controlled|two|remote)\s+){0,2}islands\b"
)
_FOR_TALKS_WITH = re.compile(
    r"\bfor\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:summit|talks|meeting)\s+with\b"
)
_VISIT_FOR_BEFORE = re.compile(
    r"\b(?:visit(?:ed|s|ing)?|travell?(?:ed|s|ing)|arriv(?:ed|es|ing)|flew|came|went)\b[^.;]{0,80}?"
    r"\bfor\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$"
)
_FOR = re.compile(r"\bfor\b")
_TOPIC_CEILING = 2.9  # an event word in a topic, however strong, is weaker than the weakest statement
_SEGMENT_STRENGTH = 3  # the weakest event word (a statement) that types its own comma segment
_FAR_TRIGGER = 60  # characters between a time and a trigger before it beyond which it is not preferred
# "Abe and Putin on Thursday condemned the nuclear test", "the government on Monday has unilaterally
# scrapped the agreements": a time between the subject and its verb; the verb right after it is the
# clause's predicate and types the event over the nouns of its object
_PREDICATE_GAP = re.compile(
    r"\s*(?:(?:has|have|had|also|jointly|unilaterally|formally|officially|strongly|sharply|publicly|"
    r"again|both|further|then|reportedly|abruptly|effectively)\s+){0,3}"
)
_VERB_FORM = re.compile(r"[a-z]+(?:ed|s)\b|(?:met|flew|held|left|spoke|broke|withdrew|froze|came|went)\b")
# the plain verbs of saying report the news that follows them ("said Russia had deployed ..."): no predicate
_PLAIN_SPEECH = frozenset(
    "said says told stated added noted reported announced confirmed explained reminded wrote stressed "
    "emphasized emphasised underlined reiterated".split()
)
_PREDICATE_PRIORITY = 50.0
_AND_SAID = re.compile(r"\band\s+(?:also\s+)?\S+$")  # "... visited the islands and said"
_HABITUAL = re.compile(r"\b(?:repeatedly|often|always|regularly|routinely|long)\b", re.IGNORECASE)
_REACTED_KINDS = ("visit", "military")  # the acts a protest or a rebuke of the day reacts to
_REACTION_WORD = guarded(
    r"\b(?:protest\w*|lodged|summoned|condemn\w*|critici[sz]\w*|denounc\w*|rebuk\w*|slammed|blasted|"
    r"regrett\w*|deplor\w*)\b",
    re.IGNORECASE,
)
# the same in Russian and Japanese: "выразил протест в связи с приездом", "глубочайшего сожаления", "抗議した"
_REACTION_WORD_RUJA = re.compile(
    r"(?<![а-яёА-ЯЁ])(?i:протест\w*|сожалени\w*|недовольств\w*|возмущени\w*|осуди\w*|осужд\w*)|抗議|遺憾|非難"
)
# "..., Moscow's Foreign Ministry said": an office (no person) as the lead's speaker
_INSTITUTION_BEFORE = re.compile(
    r"\b(?:[Mm]inistry|[Gg]overnment|Kremlin|[Ee]mbassy|[Ss]pokes(?:man|woman|person)|[Cc]abinet|"
    r"(?:[Mm]ilitary|[Dd]efen[cs]e) [Dd]istrict|[Ff]oreign [Oo]ffice|[Oo]fficials|[Ss]ources)"
    r"\s+(?:has\s+|have\s+)?$"
)
_COUNTERPART_BEFORE = re.compile(
    r"\b(?:ties|relations|relationship|rapprochement|dialogue|dispute|row|rift|feud|tensions?|"
    r"cooperation|partnership)\s+with\s+$"
    r"|\b(?:claimed|held|controlled|occupied|administered|seized)\s+by\s+$"  # "islands claimed by Tokyo"
)
# "MOSCOW (AP) —": a dateline's city is where the story was filed, not where its event happened
_CREDIT_AFTER = re.compile(r"\s*\((?:[A-Z][\w.-]*)(?:[ /][A-Z][\w.-]*)*\)")
# across sentences: a sentence that goes on with the one before ("He met Abe in Nagato ...",
# "... Abe and Putin also agreed ..."), and the kinds of event such a sentence may continue
_CONTINUES = re.compile(
    r"^\W*(?:He|She|They|The two leaders|Both leaders|The leaders|The two (?:sides|men))\b"
    r"|\b(?:also|then|[Tt]here)\b"
)
_CARRY_KINDS = ("meeting", "visit", "forum", "call", "military")
# "On the same day, ...", "The following day, ...": a day named by the sentence before
_SAME_DAY = re.compile(
    r"\b(?:the\s+same\s+day|that\s+(?:same\s+)?day|the\s+(?P<next>next|following)\s+day)\b", re.I
)
_EARLIER_EN = re.compile(
    r"\b(?:earlier|previously|before|ago|once|in the past|repeatedly|long|often|has|have|had|last|"
    r"former|then|at the time|back)\b", re.IGNORECASE)
_PAST_SPEECH = re.compile(
    r"\b(?:said|told|stressed|noted|added|stated|announced|declared|emphasi[sz]ed|underlined|warned|"
    r"insisted|explained|confirmed|replied|responded|urged|called for|expressed|reiterated)\b")
SPEECH_WORDS = Path(__file__).parent / "data" / "speech_words.csv"


@functools.cache
def speech_cues(language: str | None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(words saying a statement was made before, past-tense speech verbs) of a language: English's
    own, or German's, French's, Spanish's, Italian's, Portuguese's and Polish's from data/speech_words.csv
    ("disse Lavrov", "a déclaré", "powiedział"); None for a language without them."""
    if language in ("en", None):
        return _EARLIER_EN, _PAST_SPEECH
    with SPEECH_WORDS.open(encoding="utf-8", newline="") as f:
        rows = [row for row in csv.DictReader(f) if row["language"] == language]
    if not rows:
        return None

    def alternation(kind: str) -> re.Pattern[str]:
        words = sorted((r["word"] for r in rows if r["kind"] == kind), key=len, reverse=True)
        return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.IGNORECASE)

    return alternation("earlier"), alternation("said")


# "after talks with", "following his meeting with", "he discussed the issue with": talks and the partner
# (not "during the G20 summit": a gathering of many, typed by its own words)
_TALKS_HELD = re.compile(
    r"\b(?:(?:after|following|during|at|in)\s+(?:the\s+|his\s+|her\s+|their\s+|a\s+|today['’]s\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:talks|meeting|negotiations|discussions)\b(?!\s+(?:in|on|at)\s+\d)"
    r"|(?:after|following)\s+(?:meeting|talking\s+(?:to|with)|holding\s+talks\s+with)\b"
    r"|(?:joint\s+(?:press|news)\s+conference)\s+with\b"
    r"|\b(?:had|held)\s+(?:[\w-]+\s+){0,2}?(?:talks|discussions|meeting)\b"
    r"|(?:had|has|have)?\s*(?:discussed|held\s+talks)\b[^.;:]{0,120}?\bwith\b)"
)
# "These talks were constructive", "The talks with X were constructive", "our meeting is taking place":
# the talks of the story's day, named as just held by a deictic word or with the partner ("The talks were
# friendly" alone may be any talks the story named)
_TALKS_JUST_HELD = re.compile(
    r"\b(?:(?:[Tt]hese|[Tt]oday['’]s|[Oo]ur)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<talks>talks|negotiations|meeting|discussions)\b(?:\s+with\s+[^,.;]{0,60}?)?"
    r"|[Tt]he\s+(?:[\w-]+\s+){0,2}?(?P<with>talks|negotiations|meeting|discussions)\s+with\s+[^,.;]{3,60}?),?\s+"
    r"(?:(?:were|was)(?!\s+(?:not\s+)?(?:to|due|expected|scheduled|set|planned|agreed|arranged|postponed|"
    r"cancell?ed|called|put|never|still|once|first|originally|stalled|frozen|deadlocked|suspended|halted|"
    r"broken)\b)|(?:is|are)\s+taking\s+place)\b"
)
_CLAUSE_CUT = re.compile(r"[,;:\"“”]|\s[–—-]\s")
_AT_GATHERING = re.compile(
    r"\b(?:at|on the sidelines of|on the margins of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:forum|summit|conference|assembly)\b", re.IGNORECASE
)
_PLANNED_BEFORE = re.compile(
    r"\b(?:will|would|shall|could|might|may|plans?|planning|intends?|intending|to|wants?|aims?)\b"
    r"(?![\s\S]*\b(?:has|have|had|was|were)\b)", re.IGNORECASE
)
_AHEAD_BEFORE = guarded(r"\b(?:will|would|shall|is to|are to|(?:is|are) due to|plans? to|expected to)\b")
# "the drills", "the economic forum": an event noun named again (or named first, then again)
_NAMED_AGAIN_NOUNS = _DEFINITE_NOUNS | {"forum", "conference"}
# "the drills on the islands known as Etorofu", "the Forum in the Far East city of Vladivostok"
_ATTACHED_PLACE = re.compile(r"\s+(?:[\w'’-]+\s+){0,6}?(?:in|on|at|off|near|to|of)\s+(?:[\w'’-]+\s+){0,6}$")
# "got a headache when Medvedev visited ...", "the declaration, which Abe and Putin reaffirmed in ...":
# a clause with a subject of its own
_OWN_CLAUSE = guarded(r"\b(?:when|which)\b")
_CLAUSE_SUBJECT_REACH = 40  # characters from "when"/"which" to the clause's named subject
_ANTECEDENT_GAP = re.compile(r"[,\s]*")  # "the summit, which ...": the event word the clause is about
_WHICH_CLAUSE = re.compile(r",\s+(?:which|who)\s+")
# the clause's verb straight after "which": it has no subject of its own
_CLAUSE_VERB = re.compile(
    r"(?:has\s+|have\s+|had\s+|also\s+|then\s+|recently\s+)*[a-z]+(?:ed|s)\b|(?:held|began|fired|flew|sent)\b"
)
_WHEN_AFTER = re.compile(r",?\s+when\s+(?=the\s|[A-Z])")  # "in 2014, when the United States ..."
_GERUND_PHRASE = re.compile(r"(?:since|after|before|following|while|upon|on)\s+[a-z]+ing\b", re.IGNORECASE)
_SINCE_DOING = re.compile(r"\bsince\s+[a-z]+ing\b[^,;.:]*$", re.IGNORECASE)
# "since the collapse of ...", "ever since its annexation by ...": a reference event of its own between
# an event word and a time after it
_SINCE_BETWEEN = re.compile(r"\bsince\s+(?:the|its|his|her|their)\s+[a-z]+\s+(?:of|by)\b[^,;:]*$")
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# "for the third time this year", "as of Tuesday": the time a count is made at
_COUNT_BEFORE = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)?)\s+times?\s+$"
    r"|\bas of\s+$",
    re.IGNORECASE,
)
# "are usually held between May and October": what happens every year, no event of one
_HABIT = re.compile(r"\b(?:usually|normally|typically|traditionally|customarily)\b[^.;,]*$", re.IGNORECASE)
# "were originally scheduled for June, but were called off": the plan, not what happened
_UNREALISED = re.compile(
    r"\b(?:originally|initially)\b[\s,]+(?:[\w'’-]+\s+){0,3}?(?:scheduled|planned|set|slated|due)\b[^.;]*$",
    re.IGNORECASE,
)
# "Vostok 2022", "Zapad-2021": a year right after a name is part of the name
_NAMED_BY_YEAR = re.compile(
    r"(?<![.!?]\s)\b(?!(?:In|On|At|By|Since|From|Until|The|Of|And|For|Before|After|During)\b)"
    r"[A-Z][a-z]{2,}[ -]$"
)
_FIRST_SINCE = re.compile(r"\b(?:first|last)\b[^.;,]*\bsince\s+$", re.IGNORECASE)
_NAMED_DOCUMENT_AFTER = re.compile(
    r"\s+(?:and\s+\d{4}\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:agreements?|accords?|deals?|consensus|communiqu[eé]s?|"
    r"joint statements?)\b"
)
# "на основе декларации 1956 года", "1956年の日ソ共同宣言": the year names the document
_NAMED_DOCUMENT_BEFORE_RU = re.compile(
    r"(?i:декларац|договор|трактат|соглашени|конвенци|коммюнике|заявлени)[а-яё]*\s+(?:от\s+)?$"
)
_NAMED_DOCUMENT_AFTER_JA = re.compile(r"年?の?(?:日ソ|日ロ|日露)?(?:共同)?(?:宣言|条約|協定|声明)")
_PAST_PERFECT = re.compile(r"\bhad\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ne|ht)\b")
# a paragraph that ends like a sentence (a Japanese paper's byline "【記者名】" may follow its last 。)
_PROSE_END = re.compile(r"[.!?…:;。！？][\"'”’»)\]」』）]*(?:【[^】\n]{1,20}】)?\s*$")
_INNER_END = re.compile(r"[.!?。！？][\"'”’»)\]」』）]*\s")
_OPEN_QUOTES = "“«‘「『"
_CLOSE_QUOTES = "”»’」』"
_QUOTE_CHAR = re.compile(f'["{_OPEN_QUOTES}{_CLOSE_QUOTES}]')
_OTHER_KINDS = ("date", "month_day", "month", "month_year", "year")

TYPE_NOUNS = {
    "meeting": "talks",
    "visit": "visit",
    "call": "phone call",
    "forum": "forum",
    "statement": "statement",
    "treaty": "treaty",
    "sanction": "sanctions",
    "military": "military activity",
    "other": "event",
}


@dataclass(frozen=True)
class Region:
    start: int
    end: int
    content: bool  # reported content rather than the frame


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    type: str
    priority: float
    base: float = 0.0  # the priority before a reference/definite discount
    local: str = ""  # "reference" | "definite": a discount lifted when the time is the trigger's own
    topic: tuple[int, int] | None = None  # the topic it sits in: discounted unless the time is there too
    reference_at: int = 0  # where "before/after ..." starts, for a reference trigger


# one sentence as read: the sentence, its place mentions, its events, its people mentions
Read = tuple[Sentence, list[PlaceMention], list[Event], list[PersonMention]]


def extract_events(article: Article) -> tuple[tuple[str, ...], tuple[str, ...], tuple[Event, ...]]:
    """(places, people, events) of an article whose text, paragraphs and published are filled."""
    text = article.text
    spans = [(p.start, p.end) for p in article.paragraphs]
    listed = dated_list_lines(text, spans)  # "■2010年11月 …を訪問": a chronology's lines (kurils.ruja)
    spans = sorted(spans + listed)
    heads = [article.headline_span] if article.headline_span else []
    year = article.published.value.first.year if article.published.value else None
    # each paragraph's names and places are scanned once and reused by the passes below
    names_once, places_once = _paragraph_names_and_places(text, tuple(heads + spans))
    named = {span: list(found) for span, found in names_once.items()}
    place_mentions = {span: list(found) for span, found in places_once.items()}
    # subheadings and teaser lines (no sentence end) do not name the article's places and people
    prose = [(a, b) for a, b in spans
             if _PROSE_END.search(text[a:b]) or _cut_off_prose(text[a:b]) or (a, b) in listed
             or (not text[b:].strip() and is_cut_off_tail(text[a:b]))]  # where the stored copy stops
    named = _with_lone_surnames(text, named, heads + prose)
    known = {m.person.surname for span in heads + prose for m in named[span]}
    places = {
        m.place.name
        for span in heads + prose
        for m in place_mentions[span]
        if m.place.kind in ARTICLE_PLACE_KINDS
    }
    people = tuple(sorted(known))
    context = _Context(article, known, year)
    groups = [name for name in places if (place := lookup(name)) is not None and place.kind == "island_group"]
    context.island_group = groups[0] if len(groups) == 1 else None
    events: list[Event] = []
    read: list[Read] = []  # each sentence, its places, its events and its people
    for a, b in spans:
        line = dateline(text, a, b)
        if line and context.dateline_city is None:
            place = lookup(line[2].title())
            if place is not None and place.kind == "city":
                context.dateline_city = place.name
        paragraph_people = find_people(text, a, b, known=known, year=year, named=named[(a, b)])
        paragraph_places = place_mentions[(a, b)]
        # both lists are sorted by start: a sentence's mentions are one slice, found by bisection
        people_starts = [m.start for m in paragraph_people]
        place_starts = [m.start for m in paragraph_places]
        for sentence in split_sentences(text, a, b):
            people_here = list(starting_within(paragraph_people, people_starts, sentence.start, sentence.end))
            places_here = list(starting_within(paragraph_places, place_starts, sentence.start, sentence.end))
            subject = (context.last_person, context.last_group)  # before this sentence's names
            found = context.sentence_events(sentence, people_here, places_here)
            # (Japanese has no spaces: each Han character or kana is a word of its own)
            if not context.lead_seen and max(len(sentence.text.split()), len(words(sentence.text))) >= 6:
                context.lead_seen = True  # the lead: the body's first real sentence
                if not found:
                    found = context.lead_statement(sentence, people_here, places_here)
                if not found:
                    found = context.lead_event(sentence, people_here, places_here)
            if not found and read:
                found = context.carried_events(sentence, people_here, places_here, read[-1], subject)
            if people_here and context.lead_seen and context.only_documents(found):
                found = found + context.news_day_statement(sentence, people_here, places_here)
            if people_here and context.lead_seen and context.only_documents(found):
                found = found + context.english_news_day_statement(sentence, people_here, places_here, read)
            if not found and context.lead_seen:
                found = context.undated_reaction(sentence, people_here, places_here, events)
            if not found:
                found = context.talks_of_the_day(sentence, people_here, places_here, subject[0])
            found += context.talks_before(sentence, found, people_here)
            found += context.talks_said(sentence, found, people_here)
            read.append((sentence, places_here, found, people_here))
            events += found
    events += reacted_to_visits(text, read, article.published.value)
    events += interview_statement(text, read, article.published.value, events)
    quoted = frozenset(id(e) for e in context.quoted)
    undated = frozenset((e.span, e.time) for e in context.undated if id(e) not in quoted)
    placed = carry_places(text, read)
    placed.update(carry_actors(text, read, article.published.value, quoted))
    placed.update({key: event for key, event in carry_port(text, read).items() if key not in placed})
    # carried after merging: a place read from a neighbour never makes two events one
    events = [placed.get((e.span, e.type, e.time), e) if not e.places else e
              for e in dedupe(events, undated)]
    acts = {id(a) for a in context.acts}
    events = [e for e in events if id(e) not in acts or not _dated_otherwise(e, events)]
    anchor = article.published.value
    events = [e for e in events
              if not commentary(e) and not own_year_background(e, anchor) and not recurring_day(e)]
    return tuple(sorted(places)), people, distinct_rows(events)


@functools.lru_cache(maxsize=1)
def _paragraph_names_and_places(
    text: str, spans: tuple[tuple[int, int], ...]
) -> tuple[dict[tuple[int, int], tuple[PersonMention, ...]], dict[tuple[int, int], tuple[PlaceMention, ...]]]:
    """The names and places of each span, read once per article: an article whose date the events it
    reports narrow is read again (pipeline._dated_by_reported_events), and neither depends on the date.
    (One entry: no other article's text can hit it.)"""
    names = {(a, b): tuple(_whole_names(text, find_named_people(text, a, b))) for a, b in spans}
    places = {(a, b): tuple(find_places(text, a, b)) for a, b in spans}
    return names, places


_FISCAL_YEAR = re.compile(r"(?:今年|本年|来年|昨年|前年)度")
REACTION_DAYS = 45  # how long before publication a protest or a regret reacts to a visit


def reacted_to_visits(text: str, read: list[Read], anchor: TimeValue | None) -> list[Event]:
    """A Russian or Japanese sentence that names a visit without reporting it as its own event ("выразил
    протест в связи с визитом Мишустина на остров Итуруп", "недовольно визитом ... на Итуруп",
    "国後島訪問について抗議した") reports that visit too: when the dispute's chronology holds exactly one
    visit by that person to that island or city in the weeks before publication, the visit on its day.
    The visitor is the topic's person, else the sentence's; the place is named after the visit word."""
    if anchor is None or (anchor.last - anchor.first).days > 31:
        return []
    found: list[Event] = []
    for sentence, mentions, events, people in read:
        if script_of(sentence.text) is None or any(e.type == "visit" for e in events):
            continue
        for trigger in find_triggers(text, sentence):
            if trigger.type != "visit" or trigger.priority <= -50:
                continue
            a, b = trigger.topic or (trigger.start, sentence.end)
            where = {m.place.name for m in mentions if a <= m.start < b}
            who = {p.person.surname for p in people if a <= p.start < b} or {p.person.surname for p in people}
            known = [
                k for k in known_events()
                if k.type == "visit" and not k.series and set(k.places) & where
                and {name.split()[-1] for name in k.people} & who
                and anchor.first - timedelta(days=REACTION_DAYS) <= k.first <= anchor.last
            ]
            if len(known) != 1:
                continue
            (visit,) = known
            visitors = sorted({name.split()[-1] for name in visit.people} & who)
            places = sorted(set(visit.places) & where)
            value = TimeValue(visit.first, visit.last, "day" if visit.first == visit.last else "range")
            found.append(Event(
                title=event_title("visit", visitors, places), type="visit",
                status=event_status(value, anchor, "past"), time=value, places=tuple(places),
                people=tuple(visitors), evidence=sentence.text, span=(sentence.start, sentence.end),
            ))
            break
    return found


# An interview page says so at its top: "The following is an interview with Ambassador X", "thank you
# for coming for the interview, Mr X" ("Interviewed by" names the journalist, not the one who speaks).
_INTERVIEW = re.compile(r"\binterview\b(?! by\b)", re.IGNORECASE)
_INTERVIEW_WITH = re.compile(r"\binterview\s+with\b", re.IGNORECASE)
INTERVIEW_OPENING_SENTENCES = 4  # how far into the prose an interview page names whom it interviews


def interview_statement(
    text: str, read: list[Read], anchor: TimeValue | None, events: list[Event]
) -> list[Event]:
    """An English page that opens as an interview with one named person gives that person's statement
    on the story's day: the interview is the news, though its answers carry no "said" of their own.
    Only when the page names its day, the opening sentence names the interview and one person (after
    "interview with" when it says so) and no time of its own, and no statement of that person is
    read already."""
    if anchor is None or (anchor.last - anchor.first).days > 3:
        return []
    for sentence, _places, _found, people in read[:INTERVIEW_OPENING_SENTENCES]:
        if not _INTERVIEW.search(sentence.text) or script_of(sentence.text) is not None:
            continue
        with_at = _INTERVIEW_WITH.search(sentence.text)
        after = sentence.start + with_at.end() if with_at else sentence.start
        who = {p.person.surname for p in people if p.start >= after}
        if len(who) != 1 or find_times(text, anchor, start=sentence.start, end=sentence.end):
            continue
        if any(e.type == "statement" and who & set(e.people) for e in events):
            return []  # what they said is read already ("in an interview ..., Putin said")
        return [Event(
            title=event_title("statement", sorted(who), []), type="statement",
            status=event_status(anchor, anchor, "past"), time=anchor, places=(),
            people=tuple(sorted(who)), evidence=sentence.text, span=(sentence.start, sentence.end),
        )]
    return []


# "It is celebrated annually on February 7", "on January 31, Japan celebrates the Day of ...": a day
# that comes back every year
_RECURRING = re.compile(
    r"\b(?:annually|every year|each year|celebrates|is celebrated|are celebrated|is observed|commemorates)\b",
    re.IGNORECASE,
)


def recurring_day(event: Event) -> bool:
    """An English 'other' event read from a day that comes back every year ("It is celebrated annually on
    February 7", "on January 31, Japan celebrates the Day of the Northern Territories"): a calendar's
    day, not something that happened on it. Acts on such a day (a rally held, an address) keep their type."""
    text = event.evidence
    return event.type == "other" and script_of(text) is None and _RECURRING.search(text) is not None


def own_year_background(event: Event, anchor: TimeValue | None) -> bool:
    """An English past act dated only by the year of a story that names its day ("the first in 2019 -
    has embarked", "held talks four times this year alone", "the 2012 National Rally" in a 2012 story):
    background or a count, not an act of the story; the story's own acts have their day or month.
    One to come "this year" ("talks later this year", "by the end of the year": the rest of the year)
    is kept: its day is not known yet; so is one said "earlier this year" (an act, its day unknown)."""
    time = event.time
    return (
        anchor is not None and anchor.precision == "day" and time is not None and time.precision == "year"
        and time.first == date(anchor.first.year, 1, 1) and time.last == date(anchor.first.year, 12, 31)
        and event.status != "planned"
        and script_of(event.evidence) is None and not _EARLIER_THIS_YEAR.search(event.evidence)
    )


# "said earlier this year that ...": an act of a time before the story, only its day unknown
_EARLIER_THIS_YEAR = re.compile(r"\bearlier (?:this|in the) year\b", re.IGNORECASE)


# Titles of people who comment on the news rather than make it: ``data/commentator_titles.csv``
_COMMENTATOR_WORDS = sorted(
    (row["word"] for row in reference.rows("commentator_titles.csv")), key=len, reverse=True
)
_COMMENTATOR = "(?i:" + "|".join(re.escape(word) for word in _COMMENTATOR_WORDS) + ")"


def commentary(event: Event) -> bool:
    """An English statement whose every speaker its sentence introduces as a commentator ('said James
    Brown, a professor at ...', 'Fyodor Lukyanov, editor of ...', 'analyst Ivan Petrov said'): a view
    of the news, not an act of the dispute, and not listed by a reader as an event of its own."""
    if event.type != "statement" or not event.people or script_of(event.evidence) is not None:
        return False
    return all(_introduced_as_commentator(event.evidence, surname) for surname in event.people)


@functools.lru_cache(maxsize=1024)
def _commentator_pattern(surname: str) -> re.Pattern[str]:
    name = re.escape(surname)
    return re.compile(
        rf"\b{name},\s+(?:(?:an?|the)\s+)?(?:[\w’'-]+\s+){{0,3}}?{_COMMENTATOR}s?\b"
        rf"|\b{_COMMENTATOR}\s+(?:[A-Z][\w’'-]+\s+){{0,2}}{name}\b"
    )


def _introduced_as_commentator(evidence: str, surname: str) -> bool:
    return _commentator_pattern(surname).search(evidence) is not None


def _with_lone_surnames(
    text: str, named: dict[tuple[int, int], list[PersonMention]], introducing: list[tuple[int, int]]
) -> dict[tuple[int, int], list[PersonMention]]:
    """Each paragraph's names plus the surnames met alone of people outside the table whom the
    headline or the prose introduced by a full name ("Mikhail Galuzin ... Galuzin said")."""
    people = introduced_people([m for span in introducing for m in named[span]])
    if not people:
        return named
    widened = {}
    for (a, b), mentions in named.items():
        alone = lone_surname_mentions(text, a, b, people, [(m.start, m.end) for m in mentions])
        widened[(a, b)] = sorted(mentions + alone, key=lambda m: (m.start, m.end)) if alone else mentions
    return widened


def _whole_names(text: str, mentions: list[PersonMention]) -> list[PersonMention]:
    """Names but one cut short where the stored copy stops mid-word ("... Хасэгавой Эй"): its last
    word may be any name's first letters, unless it spells an official of the table whole."""
    end = len(text.rstrip())
    if not mentions or mentions[-1].end < end or not text[end - 1:end].isalpha():
        return mentions
    return mentions if lookup_person(mentions[-1].person.surname) else mentions[:-1]


def _cut_off_prose(paragraph: str) -> bool:
    """A paragraph cut mid-sentence by the page or the store ("… заявил, что оно «пр", "…[続きを読む"):
    long and with a sentence end inside, so prose rather than a teaser or a subheading."""
    return len(words(paragraph)) >= 25 and bool(_INNER_END.search(paragraph))


def carry_places(text: str, read: list[Read]) -> dict[tuple, Event]:
    """An unplaced visit, meeting, forum or military move whose event word is named again (or first)
    in the next or previous sentence with a place attached ("... conducted drills on two of the
    islands ... The drills on the islands known as Etorofu and Kunashiri ...") takes that place, one
    of the two mentions being definite ("the drills"); the evidence then spans both sentences. Two
    neighbours with different places leave it unplaced."""
    carried: dict[tuple, Event] = {}  # (span, type, time) of an unplaced event -> the placed one
    for index, (sentence, _mentions, found, _people) in enumerate(read):
        for event in found:
            if event.places or event.type not in _CARRY_KINDS:
                continue
            here = _definite_kinds(text, sentence)
            options = {}
            for near in (index - 1, index + 1):
                if not 0 <= near < len(read):
                    continue
                other, other_mentions, other_events, _people = read[near]
                if any(e.time != event.time for e in other_events):
                    continue  # the neighbour dates events of its own: its places are theirs
                where = _attached_places(text, other, other_mentions, event.type, here)
                if where:
                    options[near] = where
            if len({tuple(w) for w in options.values()}) != 1:
                continue
            near = min(options)
            first, last = sorted((sentence, read[near][0]), key=lambda s: s.start)
            carried[(event.span, event.type, event.time)] = dataclasses.replace(
                event,
                places=tuple(options[near]),
                title=event_title(event.type, list(event.people), options[near]),
                evidence=text[first.start : last.end],
                span=(first.start, last.end),
            )
    return carried


# "The boat ... was taken to Korsakov", "The Nisshin Maru-68 vessel ... was taken to the port of Nakhodka"
_TAKEN_TO = re.compile(
    r"\b(?:boats?|vessels?|ships?|schooners?|trawlers?|crews?|fishermen|sailors|Maru\b[^.;]{0,40}?)"
    r"[^.;]{0,80}?\b(?:was|were|had been|have been|has been)\s+(?:then\s+)?"
    r"(?:taken|towed|escorted|brought)\s+to\s+"
    r"(?:the\s+|a\s+)?(?:(?:port|harbou?r)\s+(?:of\s+|city\s+of\s+|in\s+)?)?",
)
PORT_KINDS = ("city", "island")
_LISTED_KINDS = ("meeting", "visit")


def carry_port(text: str, read: list[Read]) -> dict[tuple, Event]:
    """An unplaced seizure of a boat ("a Japanese fishing boat was also detained in the Sea of Japan")
    takes the port or island the next sentence says the boat was taken to ("The ... vessel ... was
    taken to the port of Nakhodka"), when that sentence dates nothing else; the evidence spans both."""
    carried: dict[tuple, Event] = {}
    for index, (sentence, _mentions, found, _people) in enumerate(read[:-1]):
        for event in found:
            if event.places or event.type != "military":
                continue
            following, mentions, events, _people = read[index + 1]
            if any(e.time != event.time for e in events):
                continue
            taken = _TAKEN_TO.search(text, following.start, following.end)
            if taken is None:
                continue
            port = next((m for m in mentions if taken.end() <= m.start <= taken.end() + 2), None)
            if port is None or port.place.kind not in PORT_KINDS:
                continue
            carried[(event.span, event.type, event.time)] = dataclasses.replace(
                event, places=(port.place.name,),
                title=event_title(event.type, list(event.people), [port.place.name]),
                evidence=text[sentence.start : following.end], span=(sentence.start, following.end),
            )
    return carried


def carry_actors(
    text: str, read: list[Read], anchor: TimeValue | None, quoted: frozenset[int] = frozenset()
) -> dict[tuple, Event]:
    """A bare event (no person, no place: "Japan and Russia agreed today to restart talks") whose
    word comes again in a neighbouring sentence with no time and no event of its own ("After meeting
    the Russian President, Vladimir Putin, in Moscow, Japan's Prime Minister, Shinzo Abe, said ...")
    takes that sentence's people and cities or islands; the evidence spans both. Two such neighbours
    that disagree leave it bare. A statement quoted on its own (``quoted``) is no event of the
    neighbour's in this sense: "X said at a press conference after the meeting ..." names both."""
    carried: dict[tuple, Event] = {}
    for index, (sentence, _mentions, found, _people) in enumerate(read):
        for event in found:
            if event.people or event.places or event.type not in _CARRY_KINDS:
                continue
            options = {}
            for near in (index - 1, index + 1):
                if 0 <= near < len(read) and _goes_on_with(text, read[near], event.type, anchor, quoted):
                    other, mentions, _found, people = read[near]
                    who = tuple(dict.fromkeys(p.person.surname for p in people))
                    where = tuple(_specific([m for m in mentions if m.place.kind in ARTICLE_PLACE_KINDS]))
                    if who:
                        options[near] = (who, where)
            if len(set(options.values())) != 1:
                continue
            near = min(options)
            who, where = options[near]
            first, last = sorted((sentence, read[near][0]), key=lambda s: s.start)
            carried[(event.span, event.type, event.time)] = dataclasses.replace(
                event,
                people=who,
                places=where,
                title=event_title(event.type, list(who), list(where)),
                evidence=text[first.start : last.end],
                span=(first.start, last.end),
            )
    return carried


def _goes_on_with(
    text: str, read: Read, kind: str, anchor: TimeValue | None, quoted: frozenset[int] = frozenset()
) -> bool:
    """A sentence with no time and no event of its own (but a statement quoted on its own) that names
    an event of ``kind`` again."""
    sentence, _mentions, found, _people = read
    if any(id(e) not in quoted for e in found):
        return False
    if find_times(text, anchor, start=sentence.start, end=sentence.end):
        return False
    regions = split_regions(text, sentence)
    return any(
        t.type == kind
        and t.priority > 0
        # ("said at a press conference after the meeting": a reference to the event named before)
        and (t.local != "reference" or _definite(text, sentence, t))
        and t.topic is None
        and not region_of(regions, t.start).content  # not a word inside a quote or a report
        for t in find_triggers(text, sentence)
    )


def _definite_kinds(text: str, sentence: Sentence) -> set[str]:
    """The kinds of event a sentence names with "the"/"this" ("the drills", "the economic forum")."""
    return {t.type for t in find_triggers(text, sentence) if _definite(text, sentence, t)}


def _definite(text: str, sentence: Sentence, trigger: Trigger) -> bool:
    return text[trigger.start : trigger.end].lower() in _NAMED_AGAIN_NOUNS and bool(
        _DEFINITE_BEFORE.search(text, max(sentence.start, trigger.start - 40), trigger.start)
    )


def _attached_places(
    text: str, sentence: Sentence, mentions: list[PlaceMention], kind: str, definite_here: set[str]
) -> list[str]:
    """Cities and islands attached to an event word of ``kind`` in ``sentence`` ("drills on the islands
    known as Etorofu and Kunashiri"), when that word or the one it stands for is definite."""
    for trigger in find_triggers(text, sentence):
        if trigger.type != kind:
            continue
        if not _definite(text, sentence, trigger) and kind not in definite_here:
            continue
        near = [
            m
            for m in mentions
            if m.place.kind in ARTICLE_PLACE_KINDS
            and trigger.end <= m.start <= trigger.end + 80
            and _ATTACHED_PLACE.fullmatch(text, trigger.end, m.start)
            and not _SEGMENT_BREAK.search(text, trigger.end, m.start)
        ]
        if near:
            return _specific(near)
    return []


class _Context:
    """What a sentence's events need from the rest of the article: calendar, people, dateline."""

    def __init__(self, article: Article, known: set[str], year: int | None) -> None:
        self.article = article
        self.text = article.text
        self.lowered = article.text.lower()  # for the trigger scan
        self.anchor = article.published.value
        self.language = article.language  # other languages' dates are read in their own words
        self.known = known
        self.year = year
        self.dateline_city: str | None = None
        self.island_group: str | None = None  # the one island group the article names
        self.last_person: str | None = None
        self.last_group: list[str] = []  # the people of the last sentence that named several
        self.lead_seen = False
        self.acts: list[Event] = []  # acts read from a reaction to them (see reacted_act)
        self.quoted: list[Event] = []  # statements quoted on their own (english_news_day_statement)
        self.undated: list[Event] = []  # statements given the publication day, no time of their own
        self.calendar: dict[tuple[int, int | None], TimeValue] = {}  # (month, day) -> value seen
        self.story_day: TimeValue | None = None  # the day the story named last

    # -- times ------------------------------------------------------------------------------------
    def times(self, sentence: Sentence, regions: list[Region]) -> list[TimeMention]:
        text = self.text
        found: list[TimeMention] = []
        for region in regions:
            if not may_hold_time(text, region.start, region.end, self.language):
                found += self.same_day_as_the_story(region, found)  # (no tense to guess for no time)
                continue
            tense = (guess_tense(text[region.start : region.end]) or guess_tense(sentence.text)
                     or language_tense(text, sentence.start, sentence.end))
            for m in find_times(text, self.anchor, start=region.start, end=region.end, tense=tense,
                                language=self.language):
                if m.value is None or region_of(regions, m.start) != region:
                    continue
                m = self.local_tense(m, region, tense)
                found.append(self.same_calendar(self.day_before_the_story(m)))
            found += self.same_day_as_the_story(region, found)
        days = [m.value for m in found if m.value.precision == "day" and m.kind != "deictic"]
        if days:
            self.story_day = days[-1]
            # "北方墓参が本年度も26日から始まる": with a day, the fiscal year names the season, not the time
            found = [m for m in found if not _FISCAL_YEAR.match(self.text, m.start)]
        return found

    def day_before_the_story(self, m: TimeMention) -> TimeMention:
        """Japanese "前日" is the day before the day the story has named last ("16日、…。両首脳は前日会談した
        長門市から…": the 15th), else the day before publication."""
        if m.text != "前日" or self.story_day is None:
            return m
        before = _day_value(self.story_day.first - timedelta(days=1))
        return TimeMention(m.start, m.end, m.text, m.kind, before, m.direction)

    def same_day_as_the_story(self, region: Region, found: list[TimeMention]) -> list[TimeMention]:
        """Russian and Japanese "the same day" ("同日", "в тот же день") is the day the story named last
        (kurils.ruja.same_day_spans), when the region has no other time."""
        if self.story_day is None or any(region.start <= m.start < region.end for m in found):
            return []
        return [TimeMention(a, b, self.text[a:b], "deictic", self.story_day, "either")
                for a, b in same_day_spans(self.text, region.start, region.end)]

    def local_tense(self, m: TimeMention, region: Region, tense: str | None) -> TimeMention:
        """A time after "following", "after" or "since" looks back, whatever the clause's tense."""
        if m.direction != "either" or tense == "past":
            return m
        a, _b = segment_around(self.text, region, m.start)
        if not _LOOKS_BACK.search(self.text, a, m.start):
            return m
        for again in find_times(self.text, self.anchor, start=a, end=m.end, tense="past",
                                language=self.language):
            if again.start == m.start and again.value is not None:
                return again
        return m

    def same_calendar(self, m: TimeMention) -> TimeMention:
        """One article, one calendar: a bare "December 15" seen before keeps the year it had."""
        if m.kind not in ("month_day", "month") or m.direction != "either":
            if m.kind in ("month_day", "month", "date", "month_year") and m.value is not None:
                month, day, _wd = calendar_parts(m.text)
                if month:
                    self.calendar.setdefault((month, day), m.value)
            return m
        month, day, _wd = calendar_parts(m.text)
        if not month:
            return m
        seen = self.calendar.get((month, day))
        if day is None:
            # "in November" inherits a November seen before only within the year around publication:
            # "since November 2005 ... last met in November" is the latest November, not 2005's
            if seen is None:
                seen = next((v for (mo, _d), v in self.calendar.items() if mo == month), None)
            if seen is not None and not self.near_anchor(seen):
                seen = None
            if seen is not None:
                last = date(seen.first.year, month, 28) + timedelta(days=4)
                seen = TimeValue(date(seen.first.year, month, 1), last - timedelta(days=last.day), "month")
        if seen is not None and seen.precision == m.value.precision and seen != m.value:
            return TimeMention(m.start, m.end, m.text, m.kind, seen, m.direction)
        self.calendar.setdefault((month, day), m.value)
        return m

    def claim_distance(self, trigger: Trigger, time: TimeMention) -> int:
        """How near a time is to a trigger when times compete for it; a trigger in a plan's complement
        ("agreed on Thursday to send a mission to the islands next month") goes to a time ahead."""
        distance = trigger_distance(trigger, time)
        if _FIRST_SINCE.search(self.text, max(0, time.start - 60), time.start + 6):
            distance += 500  # "on Friday made his first visit since 2015": Friday's visit
        if _PLAN_COMPLEMENT.search(self.text, max(0, trigger.start - 50), trigger.start) and not (
            self.anchor is not None and time.value is not None and time.value.first > self.anchor.last
        ):
            distance += 1000
        return distance

    def talks_on_arrival(self, event: Event, trigger: Trigger | None, region: Region) -> Event | None:
        """ "arrived in Japan on Thursday for a two-day summit with Abe": the talks begin too."""
        if trigger is None or trigger.type != "visit" or not event.people:
            return None
        _a, b = segment_around(self.text, region, trigger.start)
        if not _FOR_TALKS_WITH.search(self.text, trigger.end, b):
            return None
        where = [p for p in event.places if (place := lookup(p)) is None or place.kind != "country"]
        title = event_title("meeting", list(event.people), where)
        return dataclasses.replace(event, type="meeting", title=title, places=tuple(where))

    def visit_for_forum(self, event: Event, trigger: Trigger | None, region: Region) -> Event | None:
        """ "Abe visited Vladivostok in September for an economic forum": the forum and the visit."""
        if trigger is None or trigger.type != "forum" or not event.people:
            return None
        a, _b = segment_around(self.text, region, trigger.start)
        if not _VISIT_FOR_BEFORE.search(self.text, a, trigger.start):
            return None
        return dataclasses.replace(
            event, type="visit", title=event_title("visit", list(event.people), list(event.places))
        )

    def the_islands(self, region: Region, trigger: Trigger | None, time: TimeMention) -> list[str]:
        """ "the drills on the islands": where the article names one island group, "the islands" of a
        visit or a military move are that group."""
        if self.island_group is None or trigger is None or trigger.type not in ("visit", "military"):
            return []
        for anchor in (trigger.start, time.start):
            a, b = segment_around(self.text, region, anchor)
            if _THE_ISLANDS.search(self.text, a, b):
                return [self.island_group]
        return []

    def there(self, region: Region, trigger: Trigger | None, time: TimeMention) -> list[str]:
        """ "Medvedev visited the islands in 2012, and Russia held exercises there in 2014": "there" in a
        visit's or military move's segment is the city or island named earlier in the sentence, or
        "the islands" of the article's one island group; two candidates leave it unplaced."""
        if trigger is None or trigger.type not in ("visit", "military", "meeting", "forum"):
            return []
        a, b = segment_around(self.text, region, min(trigger.start, time.start))
        if not _THERE.search(self.text, a, max(b, trigger.end, time.end)):
            return []
        # (the places of the sentence's other events too: the caller's are this event's own)
        before = [m for m in find_places(self.text, region.start, a) if m.place.kind in ARTICLE_PLACE_KINDS]
        named = _specific(before)
        if len(named) == 1:
            return named
        if not named and self.island_group and _ISLANDS_NAMED.search(self.text, region.start, a):
            return [self.island_group]
        return []

    def near_anchor(self, value: TimeValue) -> bool:
        anchor = self.anchor
        return anchor is None or abs((value.first - anchor.first).days) <= 366

    # -- one sentence -----------------------------------------------------------------------------
    def segment_trigger(self, triggers: list[Trigger], time: TimeMention, region: Region) -> Trigger | None:
        """The best trigger of the time's own comma segment, when it has one: "Medvedev visited the
        islands in 2012, and Russia held exercises there in 2014" dates the visit by 2012 however
        strong the exercises are; "said Monday it will suspend the talks, in retaliation against
        sanctions" is a statement."""
        a, b = segment_around(self.text, region, time.start)
        # an event word at full strength (not a setting such as "an APEC summit"), and not the talks
        # the time's clause goes on to ("arrived ..., on Thursday for the first leg of the summit")
        local = [
            t
            for t in triggers
            if a <= t.start < b
            and t.base + (5 if t.topic and t.topic[0] <= time.start < t.topic[1] else 0) >= _SEGMENT_STRENGTH
            and t.priority > -50
            and not (
                t.type == "meeting" and t.start >= time.end and _FOR.search(self.text, time.end, t.start)
            )
        ]
        best = best_trigger(local, time, self.text, region) if local else None
        if best is not None and best.type == "statement" and a > region.start and b >= region.end - 1:
            return None  # "Russia has deployed ..., the TV channel said on Tuesday": the report of it
        return best

    def sentence_events(
        self, sentence: Sentence, people: list[PersonMention], place_mentions: list[PlaceMention]
    ) -> list[Event]:
        text = self.text
        regions = split_regions(text, sentence)
        times = [t for t in self.times(sentence, regions) if not self.span_start_or_name(t)]
        # an event needs a time of the sentence: without one its event words are not looked for
        triggers = find_triggers(text, sentence, self.lowered) if times else []
        events = []
        claimed: dict[int, int] = {}  # trigger start -> distance of the time that took it

        def claim(trigger: Trigger, time: TimeMention) -> int:
            late = 500 if _yields_to_day(text, time, trigger, times) else 0
            return self.claim_distance(trigger, time) + late

        candidates = []
        for time in times:
            region = region_of(regions, time.start)
            inside = [t for t in triggers if region_of(regions, t.start) == region]
            # a trigger that holds a time ("the 1956 Joint Declaration") belongs to that time only
            own = [t for t in inside if t.start <= time.start and time.end <= t.end]
            inside = own or [
                t
                for t in inside
                if not any(t.start <= o.start and o.end <= t.end for o in times if o is not time)
            ]
            since = _SINCE_DOING.search(text, max(region.start, time.start - 80), time.start)
            if since is not None:  # "has visited Russia often since taking office in 2012": the taking
                inside = [t for t in inside if since.start() <= t.start < time.start]
            best = self.segment_trigger(inside, time, region) or best_trigger(inside, time, text, region)
            best = _antecedent_trigger(text, region, time, inside) or best
            if best is not None and best.type == "statement" and not region.content:
                reported = self.reported_military(regions, triggers, times, people, best)
                if reported is not None:
                    region, best = reported
            candidates.append((time, region, best))
            if best is not None:
                distance = claim(best, time)
                if best.start not in claimed or distance < claimed[best.start]:
                    claimed[best.start] = distance
        # a time that lost its trigger to a nearer time takes its next trigger that no time holds:
        # "sanctions ... in late February and earlier this month froze the assets"
        for index, (time, region, best) in enumerate(candidates):
            if best is None or claimed.get(best.start) == claim(best, time):
                continue
            free = [t for t in triggers if region_of(regions, t.start) == region and t.start not in claimed]
            other = best_trigger(free, time, text, region)
            # of the same type nearby, or any type right next to it ("on Thursday agreed to send ...")
            if other is not None and (
                (other.type == best.type and trigger_distance(other, time) <= 20)
                or trigger_distance(other, time) <= 2
            ):
                candidates[index] = (time, region, other)
                claimed[other.start] = claim(other, time)
        kept = [
            (time, region, best)
            for time, region, best in candidates
            if best is None or claimed.get(best.start) == claim(best, time)
        ]
        for time, region, best in candidates:
            if best is not None and claimed.get(best.start) != claim(best, time):
                continue  # another time in the clause is this trigger's time
            # people and places of another event's segments in this sentence are not this event's
            own = {segment_around(text, region, time.start)}
            if best is not None:
                own.add(segment_around(text, region, best.start))
            foreign = {
                segment_around(text, r, pos)
                for t, r, b in kept
                if t is not time and r == region
                for pos in ([t.start] + ([b.start] if b is not None else []))
            } - own
            keep = [p for p in people if not any(a <= p.start < b for a, b in foreign)]
            keep_places = [m for m in place_mentions if not any(a <= m.start < b for a, b in foreign)]
            if best is None and (
                region.content
                or time.kind not in _OTHER_KINDS
                or time.direction == "future"
                or any(region_of(regions, t.start) == region and not _holds_other(t, time, times)
                       for t in triggers)
            ):
                continue
            event = self.make_event(sentence, regions, region, time, best, keep, keep_places)
            events.append(event)
            told = self.military_told(sentence, regions, triggers, times, best)
            if told is not None:  # "Shoigu said on Wednesday that Bastion systems had been deployed"
                events.append(self.make_event(sentence, regions, told[0], time, told[1], keep, keep_places))
            when = self.when_clause_event(
                sentence, regions, region, time, best, triggers, people, place_mentions
            )
            if when is not None:
                events.append(when)
            talks = self.talks_on_arrival(event, best, region) or self.visit_for_forum(event, best, region)
            if talks is not None:
                events.append(talks)
            act = self.reacted_act(sentence, regions, time, best, triggers, people, place_mentions)
            if act is not None:
                events[-1 if talks is None else -2] = _without_people(event, act.people)
                events.append(act)
                self.acts.append(act)
        events += self.list_items(sentence, times, events, place_mentions)
        self.remember_subject(people, sentence)
        return events

    def list_items(
        self, sentence: Sentence, times: list[TimeMention], events: list[Event], places: list[PlaceMention]
    ) -> list[Event]:
        """Several meetings or visits listed after one verb, item by item with semicolons ("They met in
        Saint Petersburg ...; in Singapore, at the East Asia Summit in November; and, finally, in Buenos
        Aires on the sidelines of the G20 on December 1st"): a time of an item that no event took is
        that verb's act too, at the one place its item names, with the verb's people."""
        text = self.text
        if ";" not in sentence.text or script_of(sentence.text) is not None:
            return []
        kinds = {e.type for e in events if e.type in _LISTED_KINDS}
        if len(kinds) != 1:
            return []
        (kind,) = kinds
        shared = next(e for e in events if e.type == kind)
        taken = {e.time for e in events}
        found = []
        for time in times:
            if time.value in taken or time.value.precision not in ("day", "month"):
                continue
            lo = text.rfind(";", sentence.start, time.start) + 1 or sentence.start
            hi = text.find(";", time.end, sentence.end)
            hi = sentence.end if hi < 0 else hi
            if lo <= sentence.start or any(t is not time and lo <= t.start < hi for t in times):
                continue  # the first item is the verb's own; an item with two times is not one act
            where = [m for m in places if lo <= m.start < hi and m.place.kind in PORT_KINDS]
            if len({m.place.name for m in where}) != 1:
                continue
            found.append(dataclasses.replace(
                shared, time=time.value, places=(where[0].place.name,),
                status=event_status(time.value, self.anchor, "past"),
                title=event_title(kind, list(shared.people), [where[0].place.name]),
            ))
        return found

    def undated_reaction(
        self,
        sentence: Sentence,
        people: list[PersonMention],
        places: list[PlaceMention],
        earlier: list[Event],
    ) -> list[Event]:
        """ "Japan lodged a strong protest against Medvedev's visit to Etorofu.": an English reaction with
        no time of its own to an act the article has dated to the day of its news, with the same actor
        (or the one such act when it names none), is that day's reaction."""
        anchor, text = self.anchor, self.text
        reaction = _REACTION_WORD if script_of(sentence.text) is None else _REACTION_WORD_RUJA
        if anchor is None or not reaction.search(sentence.text):
            return []
        recent = [
            e
            for e in earlier
            if e.type in _REACTED_KINDS
            and e.time is not None
            and e.time.precision == "day"
            and 0 <= (anchor.last - e.time.first).days <= 1 + min((anchor.last - anchor.first).days, 7)
        ]
        if not recent or self.dates_something(sentence):
            return []
        regions = split_regions(text, sentence)
        triggers = find_triggers(text, sentence, self.lowered)
        frame = [t for t in triggers if t.type == "statement" and t.priority > 0
                 and not region_of(regions, t.start).content
                 and reaction.match(text, t.start, t.end)]
        acts = [t for t in triggers if t.type in _REACTED_KINDS and t.priority > -50 and t not in frame]
        if not frame or not acts:
            return []
        named = {p.person.surname for p in people}
        if not named or _HABITUAL.search(sentence.text):
            return []  # "has repeatedly protested against visits": no one act, no one day
        kinds = {a.type for a in acts}
        days = {e.time for e in recent if e.type in kinds and set(e.people) & named}
        if len(days) != 1:
            return []
        (day,) = days
        said = frame[0]
        actors = {p for e in earlier if e.time == day for p in e.people} & named
        who = [p for p in people if p.person.surname not in actors]
        region = region_of(regions, said.start)
        time = TimeMention(said.start, said.start, "", "carried", day, "either")
        return [self.make_event(sentence, regions, region, time, said, who, places)]

    def reacted_act(
        self,
        sentence: Sentence,
        regions: list[Region],
        time: TimeMention,
        best: Trigger | None,
        triggers: list[Trigger],
        people: list[PersonMention],
        places: list[PlaceMention],
    ) -> Event | None:
        """ "Japan lodged a protest on Tuesday after Medvedev visited Kunashiri", "will protest over
        Mishustin's visit to the island, a spokesman said on Monday": a reaction of the day and the
        named visit or military move it reacts to are two events, the act on the reaction's day (an
        act the article dates otherwise is dropped at the end, see ``extract_events``)."""
        if best is None or best.type != "statement" or time.value.precision != "day":
            return None
        if self.anchor is None or not 0 <= (self.anchor.last - time.value.first).days <= 1:
            return None  # news of the day: an older reaction's act may be days before it
        for act in triggers:
            if act.type not in _REACTED_KINDS or act.start == best.start or act.priority <= -50:
                continue
            if not act.local and act.topic is None:
                continue  # the act as a reference point, named again or the topic of the reaction only
            lo = act.reference_at if act.local == "reference" else act.topic[0] if act.topic else act.start
            region = region_of(regions, act.start)
            hi = segment_around(self.text, region, act.start)[1]
            actors = [p for p in people if lo <= p.start < hi]
            if not actors or any(lo <= t.start < hi for t in self.times(sentence, regions) if t != time):
                continue
            where = [m for m in places if lo <= m.start < hi]
            full = dataclasses.replace(act, priority=act.base, local="", topic=None)
            carried = TimeMention(act.start, act.start, "", "carried", time.value, "either")
            return self.make_event(sentence, regions, region, carried, full, actors, where)
        return None

    def long_past(self, time: TimeMention) -> bool:
        """A year more than a decade before publication (before 2000 when it is unknown): "the 1986
        agreement" is the signing the article's readers know it by, where "the 2018 Singapore
        agreement" names the talks that reached it."""
        now = self.anchor.first.year if self.anchor is not None else 2010
        return now - time.value.last.year > DOCUMENT_PAST_YEARS

    def when_clause_event(
        self,
        sentence: Sentence,
        regions: list[Region],
        region: Region,
        time: TimeMention,
        best: Trigger | None,
        triggers: list[Trigger],
        people: list[PersonMention],
        places: list[PlaceMention],
    ) -> Event | None:
        """ "after Russia annexed Crimea in 2014, when the United States imposed sanctions": a "when"
        clause right after a time is a second event at that time, with its own actors and places."""
        m = _WHEN_AFTER.match(self.text, time.end, region.end)
        if m is None:
            return None
        a, b = segment_around(self.text, region, m.end())
        inside = [t for t in triggers if a <= t.start < b and t is not best and t.priority > 0]
        trigger = max(inside, key=lambda t: (t.priority, -t.start), default=None)
        if trigger is None or best is not None and trigger.type == best.type:
            return None
        clause = TimeMention(m.end(), m.end(), "", "carried", time.value, time.direction)
        own_people = [p for p in people if a <= p.start < b]
        own_places = [p for p in places if a <= p.start < b]
        return self.make_event(sentence, regions, region, clause, trigger, own_people, own_places)

    def span_start_or_name(self, time: TimeMention) -> bool:
        """ "has met Putin 27 times since 2012", "talks based on the 2018 Singapore agreement": a time
        that starts a span or names a document dates no event of its own clause; nor does a count's
        ("met for the third time this year", "as of Tuesday, 24,488 people have ...") or a habit's
        ("the visits are usually held between May and October"), an original plan's ("were
        originally scheduled for June, but ...") or a name's ("as part of its Vostok 2022 drills")."""
        if dates_nothing(self.text, time.start, time.end, time.kind):
            return True  # Russian and Japanese spans, habits and names (kurils.ruja)
        before = self.text[max(0, time.start - 40) : time.start]
        if _COUNT_BEFORE.search(before) or _NAMED_BY_YEAR.search(before) and time.kind == "year":
            return True
        clause = self.text[max(0, time.start - 90) : time.start]
        if _HABIT.search(clause) or _UNREALISED.search(clause):
            return True
        if time.text.lower().startswith("since ") or _SINCE_BEFORE.search(
            self.text, max(0, time.start - 8), time.start
        ):
            # "the first such visit since 2019" still implies a visit then
            head = time.start + (6 if time.text.lower().startswith("since ") else 0)
            return not _FIRST_SINCE.search(self.text, max(0, time.start - 60), head)
        if time.kind != "year":
            return False
        # ("декларации 1956 года", "1956年の日ソ共同宣言" long ago are their signing, as in English)
        return not self.long_past(time) and (
            _NAMED_DOCUMENT_AFTER.match(self.text, time.end) is not None or self.names_document_ruja(time)
        )

    def names_document_ruja(self, time: TimeMention) -> bool:
        """A Russian or Japanese year naming a document ("декларации 1956 года", "1956年の日ソ共同宣言")."""
        return (_NAMED_DOCUMENT_BEFORE_RU.search(self.text, max(0, time.start - 40), time.start) is not None
                or _NAMED_DOCUMENT_AFTER_JA.match(self.text, time.end) is not None)

    def reported_military(
        self,
        regions: list[Region],
        triggers: list[Trigger],
        times: list[TimeMention],
        people: list[PersonMention],
        said: Trigger,
    ) -> tuple[Region, Trigger] | None:
        """ "Russia has deployed S-300s on the islands, the Eastern Military District said Tuesday",
        "Medvedev has arrived on Iturup, the press service said on Friday": when no person speaks (a
        ministry, a district, a newspaper reports), the dated report of an undated deployment, drill
        or arrival is that event."""
        frame = region_of(regions, said.start)
        if any(region_of(regions, p.start) == frame for p in people):
            return None
        if _WISH_VERB.match(self.text, said.start, said.end):
            return None  # "Russia demanded that officials submit disembarkation cards": the demand
        for region in regions:
            if not region.content or any(region.start <= t.start < region.end for t in times):
                continue
            if region.start - said.end > _REPORT_REACH or said.start - region.end > _REPORT_REACH:
                continue  # "The protest was made on Friday after the military announced that ...": the
                # content is what another verb reports, not the dated statement's
            if _PAST_PERFECT.search(self.text, region.start, region.end):
                continue  # "said that two bombers had flown over ...": an earlier, undated occurrence
            strong = [
                t
                for t in triggers
                if t.type in _REPORTED_KINDS
                and t.priority > 0
                and t.local != "reference"
                and t.topic is None
                and region.start <= t.start < region.end
            ]
            if strong:
                return region, strong[0]
        return None

    def military_told(
        self, sentence: Sentence, regions: list[Region], triggers: list[Trigger], times: list[TimeMention],
        said: Trigger | None,
    ) -> tuple[Region, Trigger] | None:
        """English: a dated statement whose reported content is a military move with no time of its own
        ("Shoigu said on Wednesday that a division of Bastion systems had been deployed to Paramushir",
        "Interfax said on Thursday that troops had practiced on Matua") reports that move too: a
        military event of the statement's day beside the statement (``reported_military`` makes it the
        one event where no person speaks and the move is not told as done before)."""
        if said is None or said.type != "statement" or script_of(sentence.text) is not None:
            return None
        if region_of(regions, said.start).content or _WISH_VERB.match(self.text, said.start, said.end):
            return None
        for region in regions:
            if not region.content or any(region.start <= t.start < region.end for t in times):
                continue
            if region.start - said.end > _REPORT_REACH or said.start - region.end > _REPORT_REACH:
                continue
            moves = [t for t in triggers if t.type == "military" and t.priority > 0 and t.local != "reference"
                     and t.topic is None and region.start <= t.start < region.end]
            if moves and not _PLANNED_BEFORE.search(self.text, region.start, moves[0].start):
                return region, moves[0]  # (not "said ... his country would deploy": a plan it announces)
        return None

    def lead_statement(
        self, sentence: Sentence, people: list[PersonMention], places: list[PlaceMention]
    ) -> list[Event]:
        """The lead's "X said ..." with no date of its own is news of the publication day."""
        anchor = self.anchor
        if anchor is None or (anchor.last - anchor.first).days > 31:
            return []  # a publication known only to the month or better still dates the lead
        text = self.text
        if self.dates_something(sentence):
            return []
        regions = split_regions(text, sentence)
        frames = [r for r in regions if not r.content]
        if not frames:
            return []
        frame = frames[0]
        speech = [
            t
            for t in find_triggers(text, sentence, self.lowered)
            if t.type == "statement" and t.priority > 0 and region_of(regions, t.start) == frame
        ]
        speakers = [p for p in people if region_of(regions, p.start) == frame]
        if not speech or not speakers and not self.institution_says(speech[0], frame):
            return []
        said, speakers = self.said_by(sentence, speech, speakers) if speakers else (speech[0], [])
        time = TimeMention(sentence.start, sentence.start, "", "publication", anchor, "either")
        event = self.make_event(sentence, regions, frame, time, said, speakers, places)
        found = [event]
        act = self.lead_act(sentence, regions, frame, said)
        if act is not None:  # "Mishustin visited the Kuril Islands and said ...": the visit, and what he said
            moved = TimeMention(sentence.end, sentence.end, "", "publication", anchor, "either")
            found.insert(0, self.make_event(sentence, regions, frame, moved, act, speakers, places))
            found[1] = dataclasses.replace(event, places=())
        self.remember_subject(people, sentence)
        return found

    def lead_act(
        self, sentence: Sentence, regions: list[Region], frame: Region, said: Trigger
    ) -> Trigger | None:
        """An English lead's own act before its verb of saying, joined by "and" ("X visited the islands
        and said ..."): an event word of the frame at full strength, not a reference or a topic."""
        if script_of(sentence.text) is not None:
            return None
        acts = [
            t
            for t in find_triggers(self.text, sentence, self.lowered)
            if t.type not in ("statement", "other")
            and t.priority >= _SEGMENT_STRENGTH
            and not t.local
            and t.topic is None
            and region_of(regions, t.start) == frame
            and t.end <= said.start
        ]
        if not acts or not _AND_SAID.search(self.text, acts[-1].end, said.end):
            return None
        return acts[-1]

    def institution_says(self, said: Trigger, frame: Region) -> bool:
        """ "..., Moscow's Foreign Ministry said": an office speaks in the lead's frame, just before its
        verb of saying (English; a person named there is read by ``said_by``)."""
        lo = max(frame.start, said.start - 50)
        return _INSTITUTION_BEFORE.search(self.text, lo, said.start) is not None

    def dates_something(self, sentence: Sentence) -> bool:
        """The sentence has a time of its own; a year that names a document ("the 1956 declaration",
        "декларации 1956 года") dates nothing."""
        times = find_times(self.text, self.anchor, start=sentence.start, end=sentence.end,
                           language=self.language)
        return any(
            not (m.kind == "year" and (self.span_start_or_name(m) or self.names_document_ruja(m)))
            for m in times
        )

    def said_by(
        self, sentence: Sentence, speech: list[Trigger], people: list[PersonMention]
    ) -> tuple[Trigger, list[PersonMention]]:
        """The speech word and who says it: in Russian and Japanese the speaker its clause marks
        (kurils.ruja.speakers: "..., заявил посол Михаил Галузин", "菅官房長官は…と述べた"), not
        every person the sentence names; otherwise the first word and everyone named."""
        if script_of(sentence.text) is None:
            return speech[0], people
        for trigger in sorted(speech, key=lambda t: t.start):
            who = speakers(self.text, sentence.start, trigger.start, trigger.end, people)
            if who:
                return trigger, who
        # no marked speaker: everyone named but those in what the statement is about
        topics = [t.topic for t in find_triggers(self.text, sentence, self.lowered) if t.topic]
        return speech[0], [p for p in people if not any(a <= p.start < b for a, b in topics)]

    def lead_event(
        self, sentence: Sentence, people: list[PersonMention], places: list[PlaceMention]
    ) -> list[Event]:
        """A Russian or Japanese lead that reports a meeting, visit, call or other move with no time of its
        own ("Встреча Путина и Абэ прошла в Сингапуре, ...") reports it on the publication day, as
        their news leads do; not when it looks ahead ("ожидается", "予定") or back ("ранее")."""
        anchor, text = self.anchor, self.text
        if (
            anchor is None
            or (anchor.last - anchor.first).days > 31
            or (script_of(sentence.text) is None and self.article.language != "de")
            or looks_earlier(text, sentence.start, sentence.end)
            or looks_ahead(text, sentence.start, sentence.end)
            or self.dates_something(sentence)
        ):
            return []
        regions = split_regions(text, sentence)
        moves = [
            t
            for t in find_triggers(text, sentence, self.lowered)
            if t.type not in ("statement", "other")
            and t.priority > 0
            and t.local != "reference"
            and t.topic is None
            and not region_of(regions, t.start).content
        ]
        if not moves:
            return self.institution_statement(sentence, regions)
        trigger = max(moves, key=lambda t: (t.priority, -t.start))
        region = region_of(regions, trigger.start)
        # (the day stands at the sentence's end: a time inside the event word would name a document)
        time = TimeMention(sentence.end, sentence.end, "", "publication", anchor, "either")
        event = self.make_event(sentence, regions, region, time, trigger, people, places)
        self.remember_subject(people, sentence)
        return [event]

    def institution_statement(self, sentence: Sentence, regions: list[Region]) -> list[Event]:
        """A lead in which a ministry or a government speaks ("МИД России заявил ...", "外務省は…発表した",
        "..., teilt das russische Außenministerium mit") reports its statement on the publication day."""
        said = [
            t
            for t in find_triggers(self.text, sentence, self.lowered)
            if t.type == "statement"
            and t.priority > 0
            and t.topic is None
            and not region_of(regions, t.start).content
            and institution_speaks(self.text, sentence.start, t.start, t.end)
        ]
        if not said:
            return []
        time = TimeMention(sentence.end, sentence.end, "", "publication", self.anchor, "either")
        return [self.make_event(sentence, regions, region_of(regions, said[0].start), time, said[0], [], [])]

    def talks_before(
        self, sentence: Sentence, found: list[Event], people: list[PersonMention]
    ) -> list[Event]:
        """Russian and Japanese: a statement made after or during talks ("Лавров заявил по итогам первого
        раунда переговоров со своим японским коллегой Таро Коно", "外相は14日、…外相との会談後に記者会見し",
        "в ходе переговоров с Лавровым выразил надежду") dates the talks too: a meeting or call of the
        speaker and the partner named with it."""
        statements = [e for e in found if e.type == "statement" and e.time is not None]
        if len(statements) != 1 or len(found) != 1 or script_of(sentence.text) is None:
            return []
        (said,) = statements
        text = self.text
        for trigger in find_triggers(text, sentence, self.lowered):
            if trigger.type not in ("meeting", "call") or trigger.priority <= -50:
                continue
            at = (text, sentence.start, trigger.start, trigger.end)
            if not (trigger.local == "reference" and happened_before(*at) or held_during(*at)):
                continue  # (or the talks it was said at: "в ходе переговоров с Лавровым выразил надежду")
            reach = range(max(sentence.start, trigger.start - 30), min(sentence.end, trigger.end + 60))
            partners = [p.person.surname for p in people if p.start in reach]
            who = tuple(dict.fromkeys(list(said.people) + partners))
            if len(who) < 2:
                continue
            return [dataclasses.replace(said, type=trigger.type, people=who,
                                        title=event_title(trigger.type, list(who), list(said.places)))]
        return []

    def talks_of_the_day(
        self, sentence: Sentence, people: list[PersonMention], places: list[PlaceMention], before: str | None
    ) -> list[Event]:
        """English: "These talks with Prime Minister Abe were constructive", "The talks with the Prime
        Minister were business-like", "our meeting is taking place in this city": talks named as just held,
        with no time of their own, are the story's talks of its day (the day it named last when recent,
        else the publication day), with the people named there and the one named last before it."""
        anchor, text = self.anchor, self.text
        if anchor is None or (anchor.last - anchor.first).days > 3 or script_of(sentence.text) is not None:
            return []
        held = _TALKS_JUST_HELD.search(text, sentence.start, sentence.end)
        if held is None or _EARLIER_EN.search(sentence.text) or self.dates_something(sentence):
            return []
        if self.story_day is not None and not self.story_day_is_recent():
            return []  # the story has gone back in time: which talks is not said
        day = self.story_day or anchor
        who = list(dict.fromkeys(p.person.surname for p in people))
        if before and before not in who:  # the one speaking before: "Putin: ... These talks ..."
            who.insert(0, before)
        regions = split_regions(text, sentence)
        word = "talks" if held.group("talks") else "with"
        trigger = Trigger(held.start(word), held.end(word), "meeting", 6.0)
        time = TimeMention(held.start(), held.start(), "", "carried", day, "either")
        region = region_of(regions, held.start())
        event = self.make_event(sentence, regions, region, time, trigger, people, places)
        self.remember_subject(people, sentence)
        if not who:
            return [event]
        title = event_title("meeting", who, list(event.places))
        return [dataclasses.replace(event, people=tuple(who), title=title)]

    def talks_said(
        self, sentence: Sentence, found: list[Event], people: list[PersonMention]
    ) -> list[Event]:
        """English: a statement of a day made after, at or during talks ("Abe said on Wednesday after
        talks with Putin that ...", "Peskov told reporters after the meeting of the leaders", "Putin said
        at a joint press conference with Abe") or saying the speaker held them ('"We had in-depth
        discussions," Abe told reporters', "Putin said that he had discussed the treaty with Abe") dates
        the talks too: a meeting of the speaker and the partner named with the talks (or "the leaders":
        the two heads in office; or the one the speaker was last named with), when the sentence has no
        meeting of its own and the talks no time of their own."""
        statements = [e for e in found if e.type == "statement" and e.time is not None]
        if (len(statements) != 1 or any(e.type == "meeting" for e in found)
                or script_of(sentence.text) is not None or statements[0].time.precision != "day"):
            return []
        (said,) = statements
        text = self.text
        for talks in _TALKS_HELD.finditer(text, sentence.start, sentence.end):
            clause_end = _CLAUSE_CUT.search(text, talks.end(), min(sentence.end, talks.end() + 40))
            end = clause_end.start() if clause_end else min(sentence.end, talks.end() + 40)
            if find_times(text, self.anchor, start=talks.start(), end=end):
                continue  # the talks' own time ("discussed it with Putin in November in Lima")
            if _AT_GATHERING.search(text, talks.end(), min(sentence.end, talks.end() + 80)):
                continue  # "after talks with Putin at an economic forum": the forum's, typed by its word
            reach = range(talks.start(), min(sentence.end, talks.end() + 60))
            partners = [p.person.surname for p in people
                        if p.start in reach and p.person.surname not in said.people]
            if not partners and "leaders" in text[talks.start() : talks.end() + 20]:
                partners = self.both_leaders(said.time)
            if not partners and set(said.people) & set(self.last_group):
                partners = list(self.last_group)
            who = tuple(dict.fromkeys(list(said.people) + partners))
            if len(who) < 2:
                continue
            return [dataclasses.replace(said, type="meeting", people=who,
                                        title=event_title("meeting", list(who), list(said.places)))]
        return []

    def news_day_statement(
        self, sentence: Sentence, people: list[PersonMention], places: list[PlaceMention]
    ) -> list[Event]:
        """A Russian or Japanese statement past the lead with a named speaker and no time of its own
        ("Премьер-министр Японии Наото Кан выразил сожаление в связи с его визитом") is news of the
        publication day, as the lead's is, unless it says it was made before ("ранее заявил",
        "これまで"). Their news reports put the day once, in the lead or the dateline."""
        if script_of(sentence.text) is None or looks_earlier(self.text, sentence.start, sentence.end):
            return []
        found = self.lead_statement(sentence, people, places)
        # past the lead, only a speaker its clause marks ("首相は、…説明し、プーチン氏の理解を得た")
        found = [e for e in found if self.marks_speaker(sentence, people)]
        if self.story_day is not None and (
            said_after_talks(self.text, sentence.start, sentence.end) or self.story_day_is_recent()
        ):
            # "会談後の共同会見で、首相は…": on the day of the talks the story has named; an undated
            # statement of a story that named a day just before publication ("10日…会談した" in the 11th's
            # paper) is that day's
            found = [dataclasses.replace(e, time=self.story_day)
                     if e.type == "statement" else e for e in found]
        return found

    def english_news_day_statement(
        self, sentence: Sentence, people: list[PersonMention], places: list[PlaceMention], earlier: list[Read]
    ) -> list[Event]:
        """An English statement past the lead, in the past tense, by a person named in its frame, with no
        time in its frame and nothing there saying it was made before ('"It is regrettable," Abe told
        reporters.'): news of the story's day (the day it named last, when that is the publication day or
        one of the three before; the publication day when it named none), as the lead's statement is.
        A speaker whose statement one of the two sentences before dated to another day ("On November 16,
        Peskov said ... He noted ... '...,' Peskov noted.") goes on from it: left undated.
        A time inside the quote dates what is quoted, not the saying."""
        anchor, text = self.anchor, self.text
        if anchor is None or (anchor.last - anchor.first).days > 3:
            return []  # only the day of a dated story
        cues = speech_cues(self.article.language)
        if script_of(sentence.text) is not None or cues is None:
            return []
        regions = split_regions(text, sentence)
        frames = [r for r in regions if not r.content]
        # (the frame's words, not the quote's: '"We have conveyed our protest," said Matsuno.')
        frame_text = " ".join(text[r.start : r.end] for r in frames)
        earlier_words, past_speech = cues
        if not frames or earlier_words.search(frame_text) or not past_speech.search(frame_text):
            return []
        if _SAME_DAY.search(sentence.text):
            return []  # "On the same day, X said": the day before's, read by carried_events or not at all
        if any(find_times(text, anchor, start=r.start, end=r.end) for r in frames):
            return []
        for frame in frames:
            speech = [
                t
                for t in find_triggers(text, sentence, self.lowered)
                if t.type == "statement" and t.priority > 0 and region_of(regions, t.start) == frame
            ]
            speakers = [p for p in people if region_of(regions, p.start) == frame]
            if not speech or not speakers:
                continue
            day = self.story_day if self.story_day is not None and self.story_day_is_recent() else anchor
            who = {p.person.surname for p in speakers}
            if any(who & set(e.people) and e.type == "statement" and e.time != day
                   for _s, _p, found, _w in earlier[-2:] for e in found):
                return []  # the speaker goes on from a statement the story dated just before: not today's
            time = TimeMention(sentence.start, sentence.start, "", "publication", day, "either")
            event = self.make_event(sentence, regions, frame, time, speech[0], speakers, places)
            self.remember_subject(people, sentence)
            if not event.people:
                return []
            self.quoted.append(event)
            return [event]
        return []

    def story_day_is_recent(self) -> bool:
        """The day the story named last is the publication day or one of the three before it; where the
        publication is known only to a range (a blog's week), a day in it or in the three before it."""
        anchor, day = self.anchor, self.story_day
        return (anchor is not None and day is not None
                and anchor.first - timedelta(days=3) <= day.first <= anchor.last)

    def only_documents(self, found: list[Event]) -> bool:
        """No event of the sentence but documents signed long ago ("на основе декларации 1956 года"):
        a Russian or Japanese statement in it may still be news of the day."""
        now = self.anchor.first.year if self.anchor is not None else None
        return all(
            e.type == "treaty" and e.time is not None and now is not None
            and now - e.time.last.year > DOCUMENT_PAST_YEARS
            for e in found
        )

    def marks_speaker(self, sentence: Sentence, people: list[PersonMention]) -> bool:
        """A Russian or Japanese speech word of the sentence whose speaker its clause marks."""
        return any(
            speakers(self.text, sentence.start, t.start, t.end, people)
            for t in find_triggers(self.text, sentence, self.lowered)
            if t.type == "statement" and t.priority > 0
        )

    def carried_events(
        self,
        sentence: Sentence,
        people: list[PersonMention],
        places: list[PlaceMention],
        before: Read,
        subject: tuple[str | None, list[str]],
    ) -> list[Event]:
        """A sentence with no time of its own that goes on with the one before ("Putin arrived in Japan
        on the previous day. He met with Abe in Nagato ...", "... also agreed ...", "On the same
        day, ..."): its event word takes that sentence's one day, and "he" or "the two leaders" the
        people named before it. The evidence spans both sentences."""
        previous, _mentions, found, _people = before
        day = self.carried_day(sentence, previous, found)
        if day is None:
            return []
        value, anaphoric = day
        regions = split_regions(self.text, sentence)
        trigger = self.continuing_trigger(sentence, regions, anaphoric)
        if trigger is None or (not anaphoric and any(e.type == trigger.type for e in found)):
            return []  # "visited Etorofu on Monday. He also flew to Kunashiri": that day is not said
        if _AHEAD_BEFORE.search(self.text, sentence.start, trigger.start) and (
            self.anchor is None or value.last <= self.anchor.last
        ):
            return []  # "He will also meet Abe": ahead of a day already past
        time = TimeMention(trigger.start, trigger.start, "", "carried", value, "either")
        kept = (self.last_person, self.last_group)
        self.last_person, self.last_group = subject
        try:
            region = region_of(regions, trigger.start)
            event = self.make_event(sentence, regions, region, time, trigger, people, places)
        finally:
            self.last_person, self.last_group = kept
        span = (previous.start, sentence.end)
        return [dataclasses.replace(event, evidence=self.text[span[0] : span[1]], span=span)]

    def carried_day(
        self, sentence: Sentence, previous: Sentence, found: list[Event]
    ) -> tuple[TimeValue, bool] | None:
        """The one day a continuing sentence takes from the sentence before, and whether it says so
        ("the same day", "the next day"); None when it has a time of its own or the day is not one."""
        text = self.text
        anaphor = _SAME_DAY.search(sentence.text)
        if not anaphor and not _CONTINUES.search(sentence.text):
            return None
        if find_times(text, self.anchor, start=sentence.start, end=sentence.end, language=self.language):
            return None
        days = {
            m.value
            for m in find_times(text, self.anchor, start=previous.start, end=previous.end,
                                language=self.language)
            if m.value is not None and m.value.precision == "day" and not self.span_start_or_name(m)
        }
        if not anaphor:  # the day of the event the sentence before reported
            days = days if days <= {e.time for e in found} else set()
        if len(days) != 1:
            return None  # "arrived on Thursday and left on Friday. He met ...": which day is not said
        (value,) = days
        if anaphor and anaphor.group("next"):
            after = value.first + timedelta(days=1)
            value = TimeValue(after, after, "day")
        return value, bool(anaphor)

    def continuing_trigger(
        self, sentence: Sentence, regions: list[Region], anaphoric: bool
    ) -> Trigger | None:
        """The strongest event word in the sentence's frame; any kind when the sentence names the day
        ("On the same day, Kishida said ..."), else only a visit, meeting, forum, call or military move."""
        kinds = _CARRY_KINDS + (("statement", "sanction", "treaty") if anaphoric else ())
        triggers = [
            t
            for t in find_triggers(self.text, sentence, self.lowered)
            if t.type in kinds
            and t.priority > 0
            and t.local != "reference"
            and t.topic is None
            and not region_of(regions, t.start).content
        ]
        return max(triggers, key=lambda t: (t.priority, -t.start)) if triggers else None

    def remember_subject(self, people: list[PersonMention], sentence: Sentence) -> None:
        """The person a later "he" or "she" most likely means: a speaker, else the first named."""
        named = [p for p in people if p.start >= sentence.start]
        if not named:
            return
        group = list(dict.fromkeys(p.person.surname for p in named))
        if len(group) >= 2:
            self.last_group = group
        for p in named:
            if _SPEAKER_AFTER.match(self.text, p.end):
                self.last_person = p.person.surname
                return
        self.last_person = named[0].person.surname

    def make_event(
        self,
        sentence: Sentence,
        regions: list[Region],
        region: Region,
        time: TimeMention,
        trigger: Trigger | None,
        people: list[PersonMention],
        places: list[PlaceMention],
    ) -> Event:
        text = self.text
        kind = trigger.type if trigger else "other"
        topics = [(a, b) for a, b in topic_spans(text, region) + self.marked_topics(sentence)
                  if not a <= time.start < b]

        def usable(start: int) -> bool:
            return region_of(regions, start) == region and not any(a <= start < b for a, b in topics)

        antecedent = _subject_antecedent(text, region, trigger, time, places)
        if antecedent is not None:  # "tensions over North Korea, which conducted a test on Sunday"
            people, places = [], [antecedent]
        clause = _own_clause(text, region, trigger, time, people)
        if clause is not None:
            people = [p for p in people if p.start >= clause]
            # the clause's antecedent stays: "the Kuril Islands, which Medvedev visited on Friday"
            places = [
                m for m in places if m.start >= clause or _ANTECEDENT_GAP.fullmatch(text, m.end, clause)
            ]
        who = [p.person.surname for p in people if usable(p.start)]
        if (
            trigger is not None
            and time.kind != "carried"
            and trigger.start <= time.start
            and time.end <= trigger.end
        ):
            # "the 1956 Joint Declaration": its people and places are in its own segment only
            a, b = trigger.start, trigger.end
            who = [p.person.surname for p in people if a <= p.start < b]
            places = [m for m in places if a <= m.start < b]
        elif trigger is not None and trigger.local == "reference" and trigger.reference_at <= time.start:
            # "his first visit to a G7 country since Russia annexed Crimea in 2014": the dated
            # reference phrase is an event of its own, with its own actors and places
            a, b = trigger.reference_at, segment_around(text, region, trigger.start)[1]
            # ("since taking office in 2012": a phrase without a subject is the main subject's act)
            doing = _GERUND_PHRASE.match(text, a) is not None
            who = [p.person.surname for p in people if (a <= p.start or doing) and p.start < b]
            places = [m for m in places if a <= m.start < b]
        if len(set(who)) < 2 and _BOTH_LEADERS.search(text, region.start, region.end):
            who = who + self.both_leaders(time.value)
        group = _GROUP.search(text, region.start, region.end) or names_both(text, region.start, region.end)
        if group and self.last_group and not (set(who) - set(self.last_group)) and len(set(who)) < 2:
            who = who + self.last_group
        elif len(self.last_group) == 2 and _TWO_LEADERS.search(text, region.start, region.end):
            who = who + [name for name in self.last_group if name not in who]
        frame_speaker = self.frame_speaker(regions, people) if region.content else None
        owns = _first_pronoun(text, region) is not None or _POSSESSIVE.search(text, region.start, region.end)
        if frame_speaker and owns:
            who = [frame_speaker] + who
        elif not who or (
            _PRONOUN.search(text, region.start, region.end)
            and self.last_person
            and not any(p.start < _first_pronoun(text, region) for p in people if usable(p.start))
        ):
            pronoun_at = _first_pronoun(text, region)
            if pronoun_at is not None and self.last_person:
                who = [self.last_person] + who
        if region.content and kind in ("call", "meeting") and len(set(who)) < 2:
            speaker = self.speaker(sentence, people)
            if speaker:
                who = who + [speaker]
        who = list(dict.fromkeys(who))
        if antecedent is not None:
            where = [antecedent.place.name]
        else:
            where = self.event_places(region, trigger, time, places, usable)
        if not where and kind == "statement" and self.dateline_city and self.speaker_may_be_at(who):
            where = [self.dateline_city]
        elif (
            not where
            and kind == "meeting"
            and self.dateline_city
            and not self.lead_seen
            and self.anchor is not None
            and time.value.last <= self.anchor.last
        ):
            where = [self.dateline_city]  # "MOSCOW (AP) - The foreign ministers on Friday failed to ..."
        if trigger is not None:
            lo = max(region.start, min(trigger.start, time.start) - 40)
            window = text[lo : max(trigger.end, time.end)]
        else:
            window = text[region.start : region.end]
        # (a Russian or Japanese clause says its tense by its verb: "встреча состоится", "会談する。")
        tense = "future" if time.direction == "future" else (
            guess_tense(window) or language_tense(text, region.start, region.end))
        status = event_status(time.value, self.anchor, tense)
        event = Event(
            title=event_title(kind, who, where),
            type=kind,
            status=status,
            time=time.value,
            places=tuple(where),
            people=tuple(who),
            evidence=sentence.text,
            span=(sentence.start, sentence.end),
        )
        if kind == "statement" and time.kind == "publication":
            self.undated.append(event)
        return event

    def marked_topics(self, sentence: Sentence) -> list[tuple[int, int]]:
        """The topics Russian and Japanese mark around an event word ("в связи с визитом Мишустина",
        "メドベージェフ首相による国後島上陸に抗議し", kurils.ruja.marked_role): whoever they name is not the
        event's actor."""
        if script_of(sentence.text) is None:
            return []
        return [t.topic for t in find_triggers(self.text, sentence, self.lowered)
                if t.topic is not None and self.text[t.start] > "\x7f"]

    def both_leaders(self, value: TimeValue) -> list[str]:
        """The Russian president and the Japanese prime minister in office at ``value``, when the
        article names both (an unnamed holder is not guessed)."""
        if value.first.year != value.last.year:
            return []
        heads = [office_holder(office, country, value.first.year) for office, country in _HEADS]
        if any(h is None or h.surname not in self.known for h in heads):
            return []
        return [h.surname for h in heads]

    def speaker_may_be_at(self, who: list[str]) -> bool:
        """A statement is placed at the dateline unless its speaker is an official of another country."""
        place = lookup(self.dateline_city) if self.dateline_city else None
        person = lookup_person(who[0]) if who else None
        if place is None or person is None or not person.country or not place.country:
            return True
        return person.country == place.country

    def frame_speaker(self, regions: list[Region], people: list[PersonMention]) -> str | None:
        """The person named in the sentence's frame (who said the content), if any."""
        frame = [r for r in regions if not r.content]
        for p in people:
            if frame and region_of(regions, p.start) == frame[0]:
                return p.person.surname
        return None

    def speaker(self, sentence: Sentence, people: list[PersonMention]) -> str | None:
        frame = [p for p in people if not _in_quote(self.text, sentence, p.start)]
        if frame:
            return frame[-1].person.surname
        if _PRONOUN.search(sentence.text):
            return self.last_person
        return None

    def event_places(
        self, region: Region, trigger: Trigger | None, time: TimeMention, places: list[PlaceMention], usable
    ) -> list[str]:
        text = self.text
        wide_ok = trigger is not None and trigger.type in ("visit", "meeting", "forum", "military")
        ok = [
            m
            for m in places
            if usable(m.start) and (m.place.kind in ARTICLE_PLACE_KINDS or wide_ok and _locative(text, m))
        ]
        ok = [m for m in ok if m.place.kind not in ("sea",)]
        # "seeks warmer ties with Moscow": a capital standing for its government is no venue
        ok = [m for m in ok if not _COUNTERPART_BEFORE.search(text, max(0, m.start - 40), m.start)]
        ok = [m for m in ok if not (m.text.isupper() and _CREDIT_AFTER.match(text, m.end))]
        if trigger is not None and trigger.type in ("statement", "treaty", "sanction", "call"):
            ok = [m for m in ok if _SETTING_BEFORE.search(text[max(0, m.start - 30) : m.start])
                  or is_setting(text, m.start, m.end) or _city_speaks(text, m, trigger)]
        if not ok:
            return self.the_islands(region, trigger, time) or self.there(region, trigger, time)
        for anchor in ([trigger.start] if trigger else []) + [time.start]:
            a, b = segment_around(text, region, anchor)
            near = [m for m in ok if a <= m.start < b]
            if near:
                return _specific(near)
        if trigger is not None and trigger.type in ("statement", "treaty", "sanction", "call"):
            return []  # said somewhere else in the sentence is not where it was said
        return _specific(ok)


def _without_people(event: Event, people: tuple[str, ...]) -> Event:
    """The reaction without the act's actors (who visited is not who protested)."""
    who = [p for p in event.people if p not in people]
    title = event_title(event.type, who, list(event.places))
    return dataclasses.replace(event, people=tuple(who), title=title)


def distinct_rows(events) -> tuple[Event, ...]:
    """Rows alike in every field but the evidence are one event: the first is kept (a place carried
    from a neighbour, or a day the chronology gave a range, can make a second report of it so)."""
    seen: set[tuple] = set()
    return tuple(e for e in events if not (_row_key(e) in seen or seen.add(_row_key(e))))


def _row_key(event: Event) -> tuple:
    when = (event.time.first, event.time.last, event.time.precision) if event.time else None
    return (event.type, when, event.status, frozenset(event.people), frozenset(event.places))


def _dated_otherwise(act: Event, events: list[Event]) -> bool:
    """Another event of the act's kind and actor at another time: the article dates the act itself."""
    return any(
        e is not act and e.type == act.type and e.time != act.time and set(e.people) & set(act.people)
        for e in events
    )


def _day_value(day: date) -> TimeValue:
    return TimeValue(day, day, "day")


def _yields_to_day(text: str, time: TimeMention, trigger: Trigger, times: list[TimeMention]) -> bool:
    """A bare year naming the event word's noun ("On February 7, 2024, Kishida attended the 2024 National
    Rally") gives the word to the sentence's day in that year: the year is part of the name."""
    if time.kind != "year" or time.value is None or not 0 < trigger.start - time.end <= 30:
        return False
    if not _NAME_BETWEEN.fullmatch(text, time.end, trigger.start):
        return False
    return any(
        other is not time and other.value is not None and other.value.precision == "day"
        and time.value.first <= other.value.first <= time.value.last
        for other in times
    )


_NAME_BETWEEN = re.compile(r"\s+(?:[A-Z][\w-]*\s+){0,3}")


def _holds_other(trigger: Trigger, time: TimeMention, times: list[TimeMention]) -> bool:
    """The trigger holds another time of the sentence ("декларации 1956 года", "1956年の日ソ共同宣言"):
    it is that time's event, and leaves this one its "other" event."""
    return any(trigger.start <= o.start and o.end <= trigger.end for o in times if o is not time)


def _specific(mentions: list[PlaceMention]) -> list[str]:
    """Place names, dropping a country when a city or island is also given, and the island group
    when an island is."""
    if any(m.place.kind == "island" for m in mentions):
        mentions = [m for m in mentions if m.place.kind != "island_group"]
    regions = {m.place.country for m in mentions if m.place.kind == "region"}
    # "Ukraine's Crimea region": the region, not its country
    mentions = [m for m in mentions if not (m.place.kind == "country" and m.place.country in regions)]
    names = list(dict.fromkeys(m.place.name for m in mentions))
    if any(m.place.kind in ARTICLE_PLACE_KINDS for m in mentions):
        names = [m.place.name for m in mentions if m.place.kind in ARTICLE_PLACE_KINDS]
        names = list(dict.fromkeys(names))
    return names


# between a city and its verb: "Tokyo on Wednesday lodged", "Moscow has rejected", "Moscow also said"
_SUBJECT_GAP = re.compile(
    r"(?:\s+(?:has|have|had|also|then|later|again|formally|officially|swiftly|promptly|on|[A-Z][a-z]+day))*\s+"
)
_NOT_SUBJECT_BEFORE = re.compile(r"\b(?:in|at|to|from|with|of|between|and|near|for)\s+$", re.IGNORECASE)


def _city_speaks(text: str, m: PlaceMention, trigger: Trigger) -> bool:
    """ "Tokyo on Wednesday lodged a protest", "Moscow withdrew from the talks": a city as the subject
    of a statement or a sanction is its government acting there, so the city is the event's place
    (English; not "talks with Moscow", "in Tokyo")."""
    if m.place.kind != "city" or m.end > trigger.start or script_of(m.text) is not None:
        return False  # (Russian marks the subject by its case: "Токио направит Москве протест")
    if _NOT_SUBJECT_BEFORE.search(text, max(0, m.start - 12), m.start):
        return False
    return _SUBJECT_GAP.fullmatch(text, m.end, trigger.start) is not None


def _locative(text: str, m: PlaceMention) -> bool:
    """ "in Japan", "annexed Crimea", and through a country's possessive: "annexed Ukraine's Crimea"."""
    if m.place.kind not in ("country", "region"):
        return False
    if text[m.start] > "\x7f":  # "в Японию", "ロシアを訪問" (kurils.ruja)
        return is_locative(text, m.start, m.end)
    before = _POSSESSIVE_BEFORE.sub("", text[max(0, m.start - 40) : m.start])
    return bool(_LOCATIVE.search(before[-20:]))


def _own_clause(
    text: str, region: Region, trigger: Trigger | None, time: TimeMention, people: list[PersonMention]
) -> int | None:
    """Where a "when"/"which" clause that holds the event's word and time starts, when the clause
    names its own subject ("Kan got a headache when Medvedev on Monday visited ..."): the people and
    places before it are the main clause's, not the event's."""
    starts = [m for m in _OWN_CLAUSE.finditer(text, region.start, time.start)]
    if not starts:
        return None
    clause = starts[-1]
    if trigger is not None and trigger.start < clause.start() and not _ANTECEDENT_GAP.fullmatch(
        text, trigger.end, clause.start()
    ):
        return None  # the event word is the main clause's: so are its people
    reach = clause.end() + _CLAUSE_SUBJECT_REACH
    if not any(clause.end() <= p.start <= reach and p.start < time.start for p in people):
        return None
    if not any(p.start < clause.start() for p in people):
        return None  # nothing before it to leave out
    return clause.start()


def _subject_antecedent(
    text: str, region: Region, trigger: Trigger | None, time: TimeMention, places: list[PlaceMention]
) -> PlaceMention | None:
    """The place a ", which"/", who" clause holding the event's word and time is about, when the clause
    goes straight on to its verb ("... over North Korea, which conducted its sixth nuclear test on
    Sunday"): that place is the clause's subject and the event's actor; the main clause's people are
    not the event's."""
    if trigger is None:
        return None
    first = min(trigger.start, time.start)
    clauses = list(_WHICH_CLAUSE.finditer(text, region.start, first))
    if not clauses:
        return None
    clause = clauses[-1]
    if _SEGMENT_BREAK.search(text, clause.end(), first) or not _CLAUSE_VERB.match(text, clause.end()):
        return None
    return next((m for m in places if _ANTECEDENT_GAP.fullmatch(text, m.end, clause.start())), None)


def _antecedent_trigger(
    text: str, region: Region, time: TimeMention, triggers: list[Trigger]
) -> Trigger | None:
    """ "... over Russia's invasion of Ukraine, which began on February 24": a time in a ", which" clause
    that goes straight to a verb with no event word of its own dates the event word the clause is about."""
    clauses = list(_WHICH_CLAUSE.finditer(text, region.start, time.start))
    if not clauses:
        return None
    clause = clauses[-1]
    if _SEGMENT_BREAK.search(text, clause.end(), time.start) or not _CLAUSE_VERB.match(text, clause.end()):
        return None
    if any(clause.end() <= t.start < time.end and t.priority > 0 for t in triggers):
        return None
    before = [t for t in triggers if t.end <= clause.start() and clause.start() - t.end <= 40 and t.base > 0]
    return max(before, key=lambda t: t.end, default=None)


def _first_pronoun(text: str, region: Region) -> int | None:
    m = _PRONOUN.search(text, region.start, region.end)
    return m.start() if m else None


def _in_quote(text: str, sentence: Sentence, pos: int) -> bool:
    return any(a <= pos < b for a, b in quote_spans(text, sentence))


# -- regions ----------------------------------------------------------------------------------------
def quote_spans(text: str, sentence: Sentence) -> list[tuple[int, int]]:
    """Quoted stretches of a sentence; an unclosed quote runs to the end, an unopened one from the start."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for quote in _QUOTE_CHAR.finditer(text, sentence.start, sentence.end):  # other characters change nothing
        i = quote.start()
        c = text[i]
        if c == '"':
            before = text[i - 1] if i > 0 else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            opening = (
                open_at is None
                and (before.isspace() or before in "([—–-" or i == sentence.start)
                and not after.isspace()
            )
            if open_at is None and (opening or i == sentence.start and not after.isspace()):
                open_at = i
            elif open_at is not None:
                spans.append((open_at, i + 1))
                open_at = None
            elif not spans:
                spans.append((sentence.start, i + 1))  # closes a quote opened in an earlier sentence
        elif c in _OPEN_QUOTES and not (c == "‘" and i > 0 and text[i - 1].isalpha()):
            if open_at is None:
                open_at = i
        elif c in _CLOSE_QUOTES and not (c == "’" and i + 1 < len(text) and text[i + 1].isalpha()):
            if open_at is not None:
                spans.append((open_at, i + 1))
                open_at = None
            elif not spans and c != "’":
                spans.append((sentence.start, i + 1))
    if open_at is not None:
        spans.append((open_at, sentence.end))
    return spans


def split_regions(text: str, sentence: Sentence) -> list[Region]:
    """Content regions (quotes, "said that" complements, content before ", X said") and the frame."""
    s, e = sentence.start, sentence.end
    content: list[tuple[int, int]] = []
    quotes = [(a, b) for a, b in quote_spans(text, sentence) if not quoted_name(text, a, b)]
    for a, b in quotes:
        if a == s and b == e:
            return [Region(s, e, True)]
    for m in _PRE_CONTENT.finditer(text, s, e):
        subject = m.group("subject")
        if m.start() - s < 20 or _MEDIA.search(subject) or not _SUBJECT_HINT.search(subject):
            continue
        verb_at = m.end() - 1
        if any(a <= verb_at < b for a, b in quotes):
            continue
        if _COMPLEMENT_AFTER.match(text, m.end(), e):
            break  # "In an interview published on Tuesday, Putin said Russia had ...": a fronted phrase
        if _FRONTED_SETTING.match(text, s, m.start()) and "," not in text[s : m.start()]:
            break  # "In a speech to the forum yesterday, Mr Abe stressed ...": where, not what
        content.append((s, m.start()))
        break
    for m in _THAT_COMPLEMENT.finditer(text, s, e):
        if any(a <= m.start() < b for a, b in quotes + content):
            continue
        content.append((m.end(), e))
        break
    else:
        zero = _ZERO_THAT_COMPLEMENT.search(text, s, e)
        if zero is not None and not any(a <= zero.start() < b for a, b in quotes + content):
            content.append((zero.start("subject"), e))
    if said := japanese_complement(text, s, e):  # "…は15日の記者会見で、[…]と明らかにした"
        content.append(said)
    for a, b in quotes:
        if not any(ca <= a and b <= cb for ca, cb in content):
            content.append((a, b))
    content = _disjoint(content)
    regions: list[Region] = []
    cursor = s
    for a, b in content:
        if a > cursor:
            regions.append(Region(cursor, a, False))
        regions.append(Region(a, b, True))
        cursor = b
    if cursor < e:
        regions.append(Region(cursor, e, False))
    return _join_frames(text, regions)


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Outermost spans only, sorted: a quote inside a complement belongs to the complement."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans, key=lambda x: (x[0], -x[1])):
        if out and a < out[-1][1]:
            continue
        out.append((a, b))
    return out


def _join_frames(text: str, regions: list[Region]) -> list[Region]:
    """The frame is one region even when a quote interrupts it; a quote right after a bare time
    phrase ("On January 22, \"a call was held ...\" he added") is what that time dates."""
    frames = [r for r in regions if not r.content]
    if len(frames) <= 1:
        return regions
    return [r for r in regions if r.content] + [Region(frames[0].start, frames[-1].end, False)]


def region_of(regions: list[Region], pos: int) -> Region:
    for region in regions:
        if region.content and region.start <= pos < region.end:
            return region
    for region in regions:
        if not region.content and region.start <= pos < region.end:
            return region
    return regions[-1]


def topic_spans(text: str, region: Region) -> list[tuple[int, int]]:
    """Stretches that only name a topic ("speaking about the possibility of a visit, ...",
    "lodged a protest with Russia on Wednesday over military exercises")."""
    return list(_topic_spans(text, region.start, region.end))


@functools.lru_cache(maxsize=256)
def _topic_spans(text: str, lo: int, hi: int) -> tuple[tuple[int, int], ...]:
    """Cached: a sentence's triggers and then its events' regions (often the sentence) ask again."""
    spans = []
    for m in _TOPIC_START.finditer(text, lo, hi):
        stop = _SEGMENT_BREAK.search(text, m.end(), hi)
        spans.append((m.start(), stop.start() if stop else hi))
    for m in _OVER_TOPIC.finditer(text, lo, hi):
        stop = _SEGMENT_BREAK.search(text, m.end(), hi)
        spans.append((m.start(1), stop.start() if stop else hi))
    for m in _JUDGED_TOPIC.finditer(text, lo, hi):
        stop = _SEGMENT_BREAK.search(text, m.end(), hi)
        spans.append((m.end(1), stop.start() if stop else hi))
    for m in _REQUEST_TOPIC.finditer(text, lo, hi):  # a quote inside a request is still its content
        stop = _REQUEST_END.search(text, m.end(), hi)
        spans.append((m.start(1) if m.start(1) >= 0 else m.start(2), stop.start() if stop else hi))
    return tuple(spans)


def segment_around(text: str, region: Region, pos: int) -> tuple[int, int]:
    """The comma-delimited stretch of the region around ``pos``."""
    return _segment_around(text, region.start, region.end, pos)


@functools.lru_cache(maxsize=512)
def _segment_around(text: str, lo: int, hi: int, pos: int) -> tuple[int, int]:
    """Cached: a sentence's times, triggers and places ask for the same segments several times."""
    start = lo
    for m in _SEGMENT_BREAK.finditer(text, lo, pos):
        start = m.end()
    stop = _SEGMENT_BREAK.search(text, pos + 1, hi)
    return start, stop.start() if stop else hi


# -- triggers ---------------------------------------------------------------------------------------
def find_triggers(text: str, sentence: Sentence, lowered: str | None = None) -> list[Trigger]:
    """Event words of a sentence, strongest kind first; ``lowered`` is ``text.lower()`` when the
    caller has it (and it keeps the offsets), for the faster scan."""
    if lowered is None:
        lowered = _lowered_exactly(text)
    return list(_sentence_triggers(text, sentence, lowered))


# characters for which re's case-blind matching is not str.lower()'s: re's extra case equivalences (ı ſ µ,
# the combining iota, Greek letter variants and final sigma, ẛ, ﬅ ﬆ, Cyrillic Extended-C, ꙋ)
_LOWERING_INEXACT = re.compile("[\u00b5\u0131\u017f\u0345\u0370-\u03ff\u1c80-\u1c88\u1e9b\u1f00-\u1fff"
                               "\ua64b\ufb05\ufb06]")


@functools.lru_cache(maxsize=2)
def _lowered_exactly(text: str) -> str | None:
    """``text.lower()`` when the lowered scans find in it exactly what the case-blind ones find in
    ``text``, else None. A caller without the article's lowered text (the places and definite kinds of a
    sentence, the reactions) then shares the sentence's cached scan rather than running the case-blind
    scans (~2x dearer) again."""
    lowered = text.lower()
    if len(lowered) != len(text) or _LOWERING_INEXACT.search(text):
        return None
    return lowered


@functools.lru_cache(maxsize=8)
def _sentence_triggers(text: str, sentence: Sentence, lowered: str | None) -> tuple[Trigger, ...]:
    """find_triggers' scan, once per sentence: the sentence's events, its places, the lead and the
    reactions each ask for the same sentence's triggers (27+ scans of it each time). Those asks come
    within a few sentences of each other; a small cache keeps no article's sentences for the next."""
    if lowered is not None and len(lowered) == len(text):
        patterns, openings = _TRIGGERS_LOWER, _OPENINGS_LOWER
    else:
        patterns, lowered = _case_blind_triggers(), text
        openings = (None,) * len(patterns)
    found: list[Trigger] = []
    taken = TakenSpans()
    topics: list[tuple[int, int]] | None = None  # the sentence's topic stretches, once a trigger needs them
    english = _plainly_english(text)
    scans = zip(patterns, openings, _LATIN_LANGUAGE_SCAN, _CHINESE_SCAN, strict=True)
    for (kind, priority, pattern), opening, latin, chinese in scans:
        if latin and english:
            continue  # German, French, ... words in a plainly English text
        if chinese and _has_kana(text):
            continue  # Chinese words in a Japanese text
        if opening is not None and opening.search(lowered, sentence.start, sentence.end) is None:
            continue
        for m in pattern.finditer(lowered, sentence.start, sentence.end):
            if not taken.free(m.start(), m.end()):
                continue
            before = text[max(sentence.start, m.start() - 40) : m.start()]
            weight = priority
            local, why = 0.0, ""
            if (
                _NEGATION_BEFORE.search(before)
                or _STOPPED_BEFORE.search(before)
                or kind != "statement" and _STOPPED_AFTER.match(text, m.end(), sentence.end)
                or kind != "statement"  # "не приняло протест" is still a statement
                and text[m.start()] > "\x7f"
                and negated(text, sentence.start, m.start(), m.end())
            ):
                weight = -100.0  # kept so that the clause does not fall back to an "other" event
            word = m.group().lower()
            if kind == "military" and _SITE_VISITED_BEFORE.search(before) and (
                    _SITE_WORD.search(word) or _SITE_WORD.match(text, m.end(), sentence.end)):
                continue  # "inspected the naval base": a visit's place
            if kind == "forum" and _FRONTED_FORUM.fullmatch(text, sentence.start, m.start()):
                weight = min(weight, 2.5)  # "At a forum in Vladivostok, Putin proposed ...": the setting
            if kind in ("meeting", "forum") and word.startswith(_SUMMIT_WORDS):
                if _MULTILATERAL_BEFORE.search(text[max(sentence.start, m.start() - 50) : m.start()]):
                    weight = min(weight, 2.5)  # a G20/APEC summit is a setting, not a bilateral meeting
            if kind == "meeting" and word.startswith("meeting") and _INTERNAL_BEFORE.search(before):
                weight = -100.0  # "at a government meeting": no talks between the two sides
            reference = _REFERENCE_BEFORE.search(before)
            if reference is None and kind in ("meeting", "forum"):
                reference = _purpose(text, sentence, m.start(), before)  # "left for Russia to attend ..."
            reference_at = m.start() - len(before) + reference.start() if reference else m.start()
            if reference:
                local, why = 5, "reference"  # "before Putin's visit": a reference point, unless dated
            elif word in _DEFINITE_NOUNS and _DEFINITE_BEFORE.search(before):
                local, why = 5.5, "definite"  # "called the visit regrettable": an event named again
            if topics is None:
                topics = _topics_in_sentence(text, sentence)
            topic = next(((a, b) for a, b in topics if a <= m.start() < b), None)
            # Russian and Japanese mark a topic or a reference point around the word (kurils.ruja)
            marked = marked_role(text, sentence.start, m.start(), m.end()) if word[0] > "\x7f" else None
            if marked and marked[0] == "topic" and topic is None:
                topic = marked[1:]
                weight = min(weight, 5.5)  # less than the clause's own predicate after the discount
            elif marked and marked[0] == "reference" and not local:
                local, why, reference_at = 5, "reference", marked[1]
            if topic is not None:  # below any statement: "urged Japan on Monday to sign the treaty"
                weight = min(weight - 5, _TOPIC_CEILING)
            found.append(Trigger(m.start(), m.end(), kind, weight - local, weight, why, topic, reference_at))
            taken.add(m.start(), m.end())
    return tuple(found)


def _purpose(text: str, sentence: Sentence, at: int, before: str) -> re.Match[str] | None:
    """ "to attend ..." right before a meeting or forum word, after a journey in the same sentence."""
    purpose = _PURPOSE_BEFORE.search(before)
    if purpose is None or not _VISIT_WORD.search(text, sentence.start, at):
        return None
    return purpose


def _topics_in_sentence(text: str, sentence: Sentence) -> list[tuple[int, int]]:
    return topic_spans(text, Region(sentence.start, sentence.end, False))


def trigger_distance(trigger: Trigger, time: TimeMention) -> int:
    if trigger.end <= time.start:
        return time.start - trigger.end
    if time.end <= trigger.start:
        return trigger.start - time.end
    return 0


def _time_predicate(text: str, time: TimeMention, trigger: Trigger, region: Region | None) -> bool:
    """The trigger is the verb right after a time that follows its subject ("Medvedev on Tuesday
    slammed ...", "Russia on Monday halted ..."): a verb form, not a plain verb of saying, and the time
    not at the start of its region (a fronted "On Monday talks resumed" has no subject before it)."""
    if trigger.start < time.end or trigger.start - time.end > 40 or not time.text:
        return False
    gap = _PREDICATE_GAP.match(text, time.end, trigger.start)
    if gap is None or gap.end() != trigger.start:
        return False
    word = _VERB_FORM.match(text, trigger.start, trigger.end + 12)
    if word is None or word.group() in _PLAIN_SPEECH:
        return False
    lo = region.start if region is not None else 0
    before = _TIME_PREPOSITION.sub("", text[lo : time.start].rstrip())
    return bool(before) and before[-1].isalnum() and not _FRONT_PREPOSITION.search(before)


_TIME_PREPOSITION = re.compile(r"\s+(?:on|in|at|early|late|last|this|earlier|later)$")
_FRONT_PREPOSITION = re.compile(
    r"\b(?:in|on|at|by|from|until|since|of|for|to|and|or|than|during|after|before)$", re.IGNORECASE
)


def best_trigger(
    triggers: list[Trigger], time: TimeMention, text: str = "", region: Region | None = None
) -> Trigger | None:
    """The strongest trigger for a time; among equals one before the time, then the nearest.

    A reference or a definite noun ("before Putin's visit", "the talks") keeps its full weight
    when the time is in its own segment ("before Putin is due to visit Japan on December 15").
    """
    scored = []
    for t in triggers:
        priority = t.priority
        since = text.find("since", t.end, time.start) if text and t.end <= time.start else -1
        if since >= 0 and _SINCE_BETWEEN.search(text, since, time.start):
            continue  # "negotiations since the collapse of the Soviet Union in 1991": 1991 is the collapse's
        if text and priority > -50 and _time_predicate(text, time, t, region):
            priority = _PREDICATE_PRIORITY
        if t.topic is not None and t.topic[0] <= time.start < t.topic[1] and priority > -50:
            priority += 5  # the time is in the topic too: the topic is what this time dates
        if t.local and region is not None:
            a, b = segment_around(text, region, t.start)
            lo, hi = min(t.end, time.end), max(t.start, time.start)
            between = any(o is not t and lo <= o.start < hi for o in triggers)
            if t.local == "definite":
                own = (time.end <= t.start and t.start - time.end <= 2) or (
                    time.start >= t.end and _DATED_NOUN_GAP.match(text[t.end : time.start]) is not None
                )
            else:  # the time must sit inside the reference phrase: "before X visits on December 15"
                own = a <= time.start < b and not between and time.start >= t.reference_at
                # (Japanese dates a noun before it: "首脳会談を終えた安倍総理は、16日午後の会見で")
                own = own and not (time.start >= t.end and script_of(time.text) == "ja")
            if own:
                priority = t.base
        if priority > 0:
            scored.append((priority, t))
    if not scored:
        return None
    # among equals one before the time unless it is far off ("are meeting in Nagato, ... before moving
    # to Tokyo on Friday for talks": Friday's trigger is the talks right after it); Japanese puts the
    # time before its verb or noun ("9月に…会談し、年内の…訪日も"), so there the one after it
    japanese = script_of(time.text) == "ja"
    return max(
        scored,
        key=lambda pt: (
            pt[0],
            (pt[1].start >= time.end) if japanese
            else pt[1].start < time.start and trigger_distance(pt[1], time) <= _FAR_TRIGGER,
            -trigger_distance(pt[1], time),
        ),
    )[1]


# -- status, title, dedupe --------------------------------------------------------------------------
def event_status(value: TimeValue, anchor: TimeValue | None, tense: str | None) -> str:
    if anchor is not None:
        if value.first > anchor.last:
            return "planned"
        if value.last < anchor.first - timedelta(days=HISTORICAL_DAYS):
            return "historical"
        if tense == "future" and value.last >= anchor.first:
            return "planned"
        return "reported"
    if value.last < date(1992, 1, 1):
        return "historical"
    return "planned" if tense == "future" else "reported"


def event_title(kind: str, people: list[str], places: list[str]) -> str:
    who = "-".join(people[:2])
    noun = TYPE_NOUNS.get(kind, kind)
    head = f"{who} {noun}" if who else noun[:1].upper() + noun[1:]
    return f"{head}, {places[0]}" if places else head


def dedupe(events: list[Event], undated: frozenset[tuple] = frozenset()) -> list[Event]:
    """Within one article: one row per real event (same type and date, or a vaguer report of it).

    Two reports of one event have the same type and dates in the same year, and a vaguer report
    shares a person with the one it restates, so each report is compared only with the rows in its
    (type, year) and those of its people: linear in the article, where comparing every pair was
    quadratic in its events. A statement with no time of its own, given the publication day
    (``undated``: their sentence spans and days), made by someone of a talks, visit or move of that
    day told in another sentence was said at that occasion, and is dropped; a dated one ("Kono said
    on Friday ...", "the joint press conference after the talks on the 16th") is a row of its own:
    readers list both."""
    kept: list[Event] = []
    rows_of: dict[tuple[str, int], list[int]] = {}  # (type, first year) -> indices into kept
    for event in events:
        key = (event.type, event.time.first.year) if event.time else None
        for i in rows_of.get(key, ()) if key else ():
            if _same(kept[i], event):
                kept[i] = _combine(kept[i], event)  # same type, and its date in the same year
                break
        else:
            if key:
                rows_of.setdefault(key, []).append(len(kept))
            kept.append(event)
    # a vaguer statement ("earlier this week, X said") of a dated event with the same person, or an
    # undated statement at a dated occasion ("Abe said ...", "On Saturday, Abe took part in the forum")
    not_statements_at: dict[TimeValue | None, list[Event]] = {}
    dated_with: dict[str, list[Event]] = {}  # person -> dated rows naming them
    for other in kept:
        if other.type != "statement":
            not_statements_at.setdefault(other.time, []).append(other)
        if other.time:
            for person in dict.fromkeys(other.people):
                dated_with.setdefault(person, []).append(other)
    out = []
    for event in kept:
        if event.type not in ("statement", "other"):
            out.append(event)
            continue
        people = set(event.people)
        absorbed = (event.span, event.time) in undated and any(
            other is not event and people & set(other.people) and other.span != event.span
            for other in not_statements_at.get(event.time, ())
        )  # (a statement and the talks it followed, read from one sentence, are two events)
        vaguer = absorbed or bool(event.time) and any(
            other is not event
            and _width(event.time) > _width(other.time)
            and other.time.first >= event.time.first
            and other.time.last <= event.time.last
            for person in people
            for other in dated_with.get(person, ())
        )
        if not vaguer:
            out.append(event)
    return out


def _width(value: TimeValue) -> int:
    return (value.last - value.first).days


def _same(a: Event, b: Event) -> bool:
    if a.type != b.type or a.time is None or b.time is None:
        return False
    bare = not (a.people or a.places) or not (b.people or b.places)
    if not bare and not (set(a.people) & set(b.people) or set(a.places) & set(b.places)):
        return False  # two visits in one month with nothing in common are two visits
    if a.time == b.time:
        return True
    contains = (a.time.first <= b.time.first and b.time.last <= a.time.last) or (
        b.time.first <= a.time.first and a.time.last <= b.time.last
    )
    wider, narrower = (a.time, b.time) if _width(a.time) >= _width(b.time) else (b.time, a.time)
    return contains and wider.precision == "month" and narrower.precision == "day"


def _combine(a: Event, b: Event) -> Event:
    """The first report, with the finer date and every place and person of both."""
    finer = a if _width(a.time) <= _width(b.time) else b
    people = tuple(dict.fromkeys(a.people + b.people))
    places = tuple(dict.fromkeys(a.places + b.places))
    return Event(
        event_title(a.type, list(people), list(places)),
        a.type,
        finer.status,
        finer.time,
        places,
        people,
        a.evidence,
        a.span,
    )
