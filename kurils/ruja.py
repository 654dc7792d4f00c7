"""Russian and Japanese clause cues for the event pass: who speaks, which event word only names a topic
or a reference point, and which undated statement is news of the day.

English marks these with word order and prepositions the event pass reads itself ("said X", "over the
visit", "before the talks"); Russian puts the speaker after the verb ("..., заявил посол Михаил
Галузин") and marks a topic with a preposition before the noun ("в связи с визитом", "из-за поездки");
Japanese marks the speaker with は/が and a topic or reference with a particle after the noun
("訪問したことについて", "会談後に"). Pure functions over the text and offsets.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from kurils.fastre import guarded
from kurils.people import PersonMention, _morph

_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")


def script_of(text: str) -> str | None:
    """'ja' for text with kana or Han characters, 'ru' for text mostly in Cyrillic, else None."""
    if _JAPANESE.search(text):
        return "ja"
    cyrillic = len(_CYRILLIC.findall(text))
    return "ru" if cyrillic and cyrillic >= len(_LATIN.findall(text)) else None


# -- topic and reference markers ---------------------------------------------------------------------
# "протест в связи с визитом", "из-за поездки", "по поводу визита": the visit is what the protest is about
_RU_TOPIC_BEFORE = re.compile(
    r"(?<![а-яёА-ЯЁ-])(?i:в\s+связи\s+с|из-за|по\s+поводу|против|относительно|касательно|о|об)\s+(?:[а-яё-]+\s+){0,2}$"
)
# "после визита", "перед встречей", "по итогам переговоров": a reference point, not the event reported
_RU_REFERENCE_BEFORE = re.compile(
    r"(?<![а-яёА-ЯЁ-])(?i:после|перед|до|накануне|по\s+итогам|по\s+результатам|в\s+преддверии|в\s+ответ\s+на|в\s+ходе\s+подготовки\s+к)\s+"
    r"(?:[а-яё-]+\s+){0,2}$"
)
# "訪問したことについて", "会談に関して", "配備をめぐり", "訪問に抗議", "訪問簡易化に関する" (a compound
# noun), "「自由訪問」に関する" (a programme's name): the event word is the topic
_JA_TOPIC_AFTER = re.compile(
    r"[\u4e00-\u9fff]{0,3}?[」』]?(?:し|する|した|される|された|している|していた)?(?:こと|の)?"
    r"(?:について|に関して|に関し|に関する|をめぐり|をめぐって|をめぐる|に対して|に対し|に対する|への抗議|"
    r"に抗議|を批判|に反発|に遺憾)"
)
# "訪問を今後も続ける考えを示した", "交渉を進める方針を表明した": the event word is the plan a speaker states,
# and the statement is the sentence's event
_JA_PLAN_STATED = re.compile(
    r"[^、。「」]{0,14}?(?:考え|意向|方針|姿勢|意欲|構え)(?:を|も)[^、。「」]{0,4}?(?:示|表明|強調|明らかに)"
)
# "по итогам переговоров", "после встречи", "会談後に", "会談を受けて": the event came first
_RU_AFTER_BEFORE = re.compile(r"(?<![а-яёА-ЯЁ-])(?i:после|по\s+итогам)\s+(?:[а-яё-]+\s+){0,3}$")
_JA_AFTER = re.compile(r"(?:の)?(?:後|を受けて|を受け|を終えた|を終え)")
# "会談後に", "訪問前に", "訪問に先立ち", "会談を受けて": a reference point
# ("首脳会談を終えた安倍総理は、16日午後の会見で": the talks are over before the press conference)
# ("訪問先のウラジオストクで…会談した": the place of the visit is where the clause's own event happens)
_JA_REFERENCE_AFTER = re.compile(
    r"(?:の)?(?:後|前|に先立ち|に先立って|を受けて|を受け|を前に|の際|を終えた|を終え)|先(?:の|で)"
)


# "ソチを訪問した安倍総理は、…首脳会談を行いました", "ミラノを訪問中の安倍総理大臣は、…", "ロシアを訪問
# している安倍総理はプーチン大統領と首脳会談を行い": an event word in a clause that describes the subject;
# the sentence's own event is its predicate at the end
_JA_MODIFIES_SUBJECT = re.compile(r"(?:した|する|している|していた|中)の?[^、。「」はが]{1,12}(?:は|が)、?")


def marked_role(text: str, lo: int, start: int, end: int) -> tuple[str, int, int] | None:
    """("topic" | "reference", start, end) when a Russian or Japanese event word at [start, end) is
    marked as a topic or a reference point (the span covers the word and its marker); None otherwise
    or for other languages. ``lo`` is the sentence's start."""
    word = text[start:end]
    if _JAPANESE.match(word):
        m = _JA_TOPIC_AFTER.match(text, end)
        if m:  # the topic is the whole noun phrase: "メドベージェフ首相による国後島上陸に抗議し"
            return "topic", _ja_phrase_start(text, lo, start), m.end()
        m = _JA_PLAN_STATED.match(text, end)
        if m:
            return "topic", start, m.end()
        m = _JA_REFERENCE_AFTER.match(text, end) or _JA_MODIFIES_SUBJECT.match(text, end)
        if m:
            return "reference", start, m.end()
        return None
    if not _CYRILLIC.match(word):
        return None
    before = text[max(lo, start - 40) : start]
    m = _RU_TOPIC_BEFORE.search(before)
    if m:  # the topic runs to the end of its clause: "в связи с поездкой вице-премьеров Марата Хуснуллина"
        stop = _RU_TOPIC_END.search(text, end)  # the noun phrase ends at a verb or a date too
        return "topic", start - len(before) + m.start(), stop.start() if stop else len(text)
    m = _RU_REFERENCE_BEFORE.search(before)
    if m:
        return "reference", start - len(before) + m.start(), end
    return None


# a Japanese noun phrase opens after a comma, a quote or the particle that closes the phrase before it
_JA_PHRASE_EDGE = re.compile(r"[、。「」『』（）()]|[はがを](?=[\u30a0-\u30ff\u4e00-\u9fff])")


def _ja_phrase_start(text: str, lo: int, start: int) -> int:
    """Where the Japanese noun phrase ending in the word at ``start`` begins ("、[ロシアのメドベージェフ
    首相による択捉島訪問]について"): after the last comma, quote or は/が/を before it."""
    edges = list(_JA_PHRASE_EDGE.finditer(text, max(lo, start - 40), start))
    return edges[-1].end() if edges else max(lo, start - 40)


# -- a name in 「」 --------------------------------------------------------------------------------------
# 「」 quote speech before と ("「遺憾だ」と述べた") and name a thing before any other particle
# ("「北方領土返還要求全国大会」を開催した", "「ビザなし交流」の訪問団")
_JA_NAME_AFTER = re.compile(r"[をがはにのでへもや]")


def quoted_name(text: str, start: int, end: int) -> bool:
    """A Japanese 「…」 at [start, end) that names a rally, a programme or a day rather than quoting
    what someone said: the particle after it is not と."""
    return (text[start : start + 1] == "「" and text[end - 1 : end] == "」" and end - start <= 40
            and _JA_NAME_AFTER.match(text, end) is not None)


# -- what a Japanese speaker says ------------------------------------------------------------------
# "菅官房長官は7日夕の記者会見で、…と述べた", "外相は2日、記者団に対し、…と強調した": the speaker (は) and
# the setting of the speech come first, its closing verb last; what is said runs between them
_JA_SPEECH_SETTING = re.compile(
    r"は(?:[^、。「」]{0,12}、)?[^、。「」]{0,24}?(?:記者会見|会見|インタビュー|講演|演説|記者団|談話|声明|番組)"
    r"(?:で|の中で|に対し|に対して|に|では)?、"
)
_JA_SAID_AT_END = re.compile(
    r"と(?:[^、。「」と]{0,6}?)(?:述べ|語っ|強調|明らかに|説明|批判|指摘|表明|発表|話し|訴え|主張|答え|"
    r"伝え|発言|反論|述懐|言及)[^、。「」]{0,12}$"
)


def japanese_complement(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The stretch of a Japanese sentence that a speaker at a press conference or before reporters
    says ("松野官房長官は15日の記者会見で、[ロシアが…演習を行ったと発表したことを受け、…抗議した]と
    明らかにした"): from the setting's comma to the と before the closing speech verb. The time of the
    setting ("15日の記者会見で") then dates the statement, not what it reports. None for other
    sentences and languages."""
    setting = _JA_SPEECH_SETTING.search(text, start, end)
    if setting is None:
        return None
    tail = text[setting.end() : end].rstrip("。 \n")
    for m in re.finditer("と", tail):
        if _JA_SAID_AT_END.match(tail, m.start()):
            return setting.end(), setting.end() + m.start()
    return None


# -- negated or stopped -----------------------------------------------------------------------------
# "не посетил", "выходит из переговоров", "отказалась от визита", "приостановила безвизовые поездки":
# the event word is what did not happen or was stopped
_RU_NEGATED_BEFORE = re.compile(
    r"(?<![а-яё])(?i:не|ни|без|выход\w*\s+из|вы(?:шл|ш)\w*\s+из|выйти\s+из|отказ\w*\s+от|"
    r"прекра[тщ]\w*|приостанов\w*|отмен\w*|замороз\w*|сорва\w*|отложи\w*|откладыва\w*)\s+"
    r"(?:[а-яё-]+\s+){0,2}$"
)
# "交渉を中止", "訪問を見送る", "交流事業を停止": Japanese puts the stop after the noun
_JA_NEGATED_AFTER = re.compile(
    r"(?:[\u4e00-\u9fff]{0,4})(?:を|の|は)?(?:中止|見送|延期|凍結|停止|中断|打ち切|取りやめ|しない|せず)"
)


# "о прекращении с 5 сентября 2022 года действия взаимных договоренностей по безвизовым поездкам": a stop
# noun governs the chain of genitives and their date that ends in the event word
_RU_STOPPED_CHAIN = re.compile(
    r"(?<![а-яё])(?i:прекращени|приостановлени|отмен|денонсаци|расторжени)[а-яё]*\s+"
    r"(?:(?!и\s)[^\s,.;:!?«»\"()–—]+\s+){0,10}$"
)


# Chinese negates before the verb: "未能簽署" (failed to sign), "沒有會談", "无法访问"
_ZH_NEGATED_BEFORE = re.compile(r"(?:未能|未曾|沒有|没有|無法|无法|不會|不会|不能)$")


def negated(text: str, lo: int, start: int, end: int) -> bool:
    """A Russian, Japanese or Chinese event word at [start, end) that is negated or stopped ("выходит из
    переговоров", "прекращении ... договоренностей по безвизовым поездкам", "訪問を見送る", "未能簽署");
    ``lo`` is the sentence's start."""
    if _JAPANESE.match(text, start):
        return (_JA_NEGATED_AFTER.match(text, end) is not None
                or _ZH_NEGATED_BEFORE.search(text, max(lo, start - 4), start) is not None)
    if _CYRILLIC.match(text, start) is None:
        return False
    return (_RU_NEGATED_BEFORE.search(text, max(lo, start - 40), start) is not None
            or _RU_STOPPED_CHAIN.search(text, max(lo, start - 120), start) is not None)


# -- the speaker ------------------------------------------------------------------------------------
_RU_CLAUSE_BREAK = re.compile(r"[,;:«»\"“”()]|\s[–—-]\s|^[–—-]\s|\s(?:и|а|но|что|который|которая)\s")
_RU_TOPIC_END = re.compile(
    r"[,;:«»\"“”()]|\s[–—-]\s|\s(?=\d)|\s(?=[а-яё]+(?:л|ла|ли|ло)(?:сь|ся)?(?![а-яё]))"
)
_RU_AFTER_GAP = re.compile(r"[^,;:«»\"“”().!?]{0,80}")
# a verb's past or present third person: "заявил", "сообщила", "выразили", "заявляет", "говорит"
_RU_SPEECH_VERB = re.compile(r"(?:л|ла|ли|ло|ет|ит|ют|ят|ут|ат)(?:ся|сь)?$")
# a verb that opens its clause puts the subject after it: "..., заявил посол", "Об этом сообщил министр"
_RU_INVERSION_LEAD = re.compile(
    r"[\s–—-]*(?:(?i:об\s+этом|о\s+том|также|уже|ещё|еще|как|это|так|при\s+этом|в\s+свою\s+очередь|"
    r"позднее|затем|кроме\s+того)\s*)*"
)
_JA_SUBJECT_AFTER = re.compile(r"[\u30a0-\u30ff\u4e00-\u9fff・]{0,8}?(?:氏|さん)?(?:は|が|も)")


def _may_be_subject(mention: str) -> bool:
    """A Russian name that may stand in the nominative, the subject's case: not one that can only be
    instrumental, dative or prepositional ("с Лавровым", "Медведеву", "Кисиде"); an indeclinable or
    unknown word ("Коно", "Абэ") and a Japanese name pymorphy3 takes for a genitive ("Суга") may."""
    word = mention.split()[-1]
    if not _CYRILLIC.match(word):
        return True
    cases = {parse.tag.case for parse in _morph().parse(word)}
    return "nomn" in cases or None in cases or not cases & {"ablt", "datv", "loct"}


def speakers(
    text: str, sentence_start: int, verb_start: int, verb_end: int, people: Sequence[PersonMention]
) -> list[PersonMention]:
    """Who says what a Russian or Japanese speech word at [verb_start, verb_end) reports.

    Russian: the person named before the verb in its own clause ("Премьер-министр Японии Наото Кан
    выразил сожаление"), else the one named right after it ("..., заявил российский посол в Токио
    Михаил Галузин", "Об этом заявил генеральный секретарь ... Суга") when the verb opens its clause.
    Japanese: the first person
    marked as the subject by は, が or も, with a title between ("菅義偉官房長官は…と批判した").
    An empty list when no person is the speaker by these rules."""
    if _JAPANESE.match(text, verb_start):
        return [
            p for p in people
            if p.end <= verb_start and _JA_SUBJECT_AFTER.match(text, p.end)
        ][:1]
    if not _RU_SPEECH_VERB.search(text, verb_start, verb_end):
        return []  # a noun ("Протест Японии ...") has no speaker of its own
    clause = sentence_start
    for m in _RU_CLAUSE_BREAK.finditer(text, sentence_start, verb_start):
        clause = m.end()
    before = [p for p in people if clause <= p.start and p.end <= verb_start and _may_be_subject(p.text)]
    if before:
        return before[-1:]
    gap = _RU_AFTER_GAP.match(text, verb_end)
    reach = gap.end() if gap else verb_end
    if not _RU_INVERSION_LEAD.fullmatch(text, clause, verb_start):
        return []  # "Токио выразил протест ... Мишустина": the clause has a subject of its own
    return [p for p in people if verb_end <= p.start < reach][:1]


# -- where a statement was made -----------------------------------------------------------------------
# "東京都内で", "モスクワで", "в Москве", "во Владивостоке": the place a statement was made in
_JA_SETTING_AFTER = re.compile(r"(?:都内|市内|県内|府内|道内|市|都)?(?:で|にて)")
_RU_SETTING_BEFORE = re.compile(r"(?<![а-яё])(?i:в|во)\s+$")


def is_setting(text: str, start: int, end: int) -> bool:
    """A Russian or Japanese place named as where something was said or done ("東京都内で開催した",
    "заявил в Москве"), not a place it was said to or about ("протест Москве", "モスクワの大使館")."""
    if _JAPANESE.match(text, start):
        return _JA_SETTING_AFTER.match(text, end) is not None
    return _CYRILLIC.match(text, start) is not None and _RU_SETTING_BEFORE.search(
        text, max(0, start - 4), start
    ) is not None


# "прилетел в Японию", "в ходе визита в Японию", "ロシアを訪問", "日本に到着": a country the clause goes
# to or acts in, not one it names otherwise ("протест Японии", "日本との関係")
_RU_LOCATIVE_BEFORE = re.compile(r"(?<![а-яё])(?i:в|во|на)\s+$")
_JA_LOCATIVE_AFTER = re.compile(r"(?:を|に|へ|で)(?!関|対|と)")


def is_locative(text: str, start: int, end: int) -> bool:
    """A Russian or Japanese country or region named as where an event goes or takes place."""
    if _JAPANESE.match(text, start):
        return _JA_LOCATIVE_AFTER.match(text, end) is not None
    return _CYRILLIC.match(text, start) is not None and _RU_LOCATIVE_BEFORE.search(
        text, max(0, start - 4), start
    ) is not None


# -- the two named before --------------------------------------------------------------------------
# "両首脳は", "両外相", "оба лидера", "лидеры двух стран": the people the story named together before
_BOTH_NAMED = re.compile(
    r"両首脳|両外相|両首相|両氏|両大臣|両トップ"
    r"|(?<![а-яё])(?i:оба\s+(?:лидера|министра|политика)|лидеры\s+двух\s+стран|главы\s+двух\s+государств|"
    r"главы\s+МИД\s+двух\s+стран|министры\s+двух\s+стран)(?![а-яё])"
)


def names_both(text: str, start: int, end: int) -> bool:
    """A Russian or Japanese clause that refers to two people named before ("両首脳は前日会談した長門市から…",
    "оба лидера подтвердили ...")."""
    return _BOTH_NAMED.search(text, start, end) is not None


# -- a ministry or a government speaks --------------------------------------------------------------
_INSTITUTIONS = re.compile(
    r"(?<![а-яёА-ЯЁ])(?:МИД(?:е|а)?|Министерств[оае]м?\s+иностранных\s+дел|Кремл[ьяеюё]м?|"
    r"[Пп]равительств[оае]м?|Минобороны|Министерств[оае]м?\s+обороны|[Пп]осольств[оае]м?|пресс-служб[аеуы])"
    r"(?![а-яё])"
    r"|外務省|防衛省|政府|官邸|大使館"
    r"|(?i:Außenministerium|Auswärtige\s+Amt|Regierung|Kreml|Verteidigungsministerium|Ministerium|Botschaft)"
)


def institution_speaks(text: str, sentence_start: int, verb_start: int, verb_end: int) -> bool:
    """A ministry, a government or an embassy is the speaker of a speech word: in its clause before the
    verb ("МИД России заявил", "外務省は…発表した") or right after it ("..., сообщает МИД",
    "teilt das russische Außenministerium mit")."""
    clause = sentence_start
    for m in _RU_CLAUSE_BREAK.finditer(text, sentence_start, verb_start):
        clause = m.end()
    before = _INSTITUTIONS.search(text, clause, verb_start)
    if before is not None:
        return not _JAPANESE.match(text, before.start()) or re.match("は|が", text[before.end():]) is not None
    after = _INSTITUTIONS.search(text, verb_end, min(len(text), verb_end + 40))
    return after is not None and not re.search(r"[,;:.!?。、]", text[verb_end : after.start()])


# -- news of the day --------------------------------------------------------------------------------
# "ранее", "в прошлом", "неоднократно": a statement made before the article's day
_RU_EARLIER = re.compile(
    r"(?i:ранее|прежде|раньше|в\s+прошлом|тогда|неоднократно|не\s+раз|давно|как\s+известно|"
    r"в\s+свое\s+время|в\s+своё\s+время)(?![а-яё])|(?<![а-яё])(?i:заявлял|говорил|отмечал|подчеркивал|"
    r"подчёркивал|называл|писал|утверждал)[а-яё]*"
)
# ("祖父が首相当時に調印した": a compound "when he was prime minister" dates its own clause, not the
# sentence's statement; "表明したことがある": has said so before)
_JA_EARLIER = re.compile(r"これまで|以前|かつて|先に|(?<![\u4e00-\u9fff])当時|従来|繰り返し|たことがある")


def looks_earlier(text: str, start: int, end: int) -> bool:
    """A Russian or Japanese sentence that says its statement was made before ("ранее заявил", "これまで
    述べてきた")."""
    return bool(_RU_EARLIER.search(text, start, end) or _JA_EARLIER.search(text, start, end))


# "ожидается", "состоится", "планирует", "予定", "方針": a clause about what is still to come
_RU_AHEAD = re.compile(
    r"(?<![а-яё])(?i:будет|будут|состоится|состоятся|пройд[её]т|пройдут|ожида[ею]тся|планиру[ею]т|"
    r"намерен[аы]?|собира[ею]тся|предстоит|может|могут|должн[аыо]?)(?![а-яё])"
)
_JA_AHEAD = re.compile(r"予定|方針|見通し|方向で|調整して|検討|目指|計画")


def looks_ahead(text: str, start: int, end: int) -> bool:
    """A Russian or Japanese sentence about something still to come ("встреча состоится", "訪問する予定")."""
    return bool(_RU_AHEAD.search(text, start, end) or _JA_AHEAD.search(text, start, end))


# a Japanese clause ending in a verb's plain non-past form or a plan ("始まる。", "訪問する予定だ。"), a
# Russian one that says "will", "is to take place", "is expected"
# ("相次いでいる", "ある": a state now, not a plan; "以来": since then)
_JA_NON_PAST_END = re.compile(
    r"(?:(?<![いあ])[うくぐすつぬぶむる]|予定|方針|見通し|見込み)(?:だ|です|という)?[」』）)]*。?\s*$"
)
_RU_WILL = re.compile(
    r"(?<![а-яё])(?i:будет|будут|состоится|состоятся|пройд[её]т|пройдут|ожида[ею]тся|планиру[ею]т|"
    r"намерен[аы]?|собира[ею]тся|предстоит)(?![а-яё])"
)


# a Japanese sentence ending in a verb's past form ("会談を行いました。", "訪問した。", "述べた。"), with no
# plan in it ("訪問する予定だと述べた", "派遣することで一致した": what was said or agreed is still to come)
_JA_PAST_END = re.compile(r"(?:た|だった|でした)[」』）)]*。?\s*$")
_JA_AGREED_TO = re.compile(r"(?<![いあ])[うくぐすつぬぶむる](?:こと|よう|方向|ため|と)")


def tense(text: str, start: int, end: int) -> str | None:
    """'future' for a Russian or Japanese clause about what is still to come ("26日から始まる",
    "визит состоится"); 'past' for a Japanese sentence ending in a past form with no plan in it
    ("2月8日、…首脳会談を行いました": the last 8 February, not the next), and for a Russian clause with a
    past-tense verb ("заявил", "состоялся": "В четверг ... заявил" is the Thursday before); else None."""
    if _JAPANESE.search(text, start, end):
        clause = text[start:end]
        if _JA_NON_PAST_END.search(clause) and "以来" not in clause:
            return "future"
        if _JA_PAST_END.search(clause) and not (_JA_AHEAD.search(clause) or _JA_AGREED_TO.search(clause)):
            return "past"
        return None
    if _RU_WILL.search(text, start, end):
        return "future"
    if not _CYRILLIC.search(text, start, end):
        return None
    past = any(_russian_past_verb(m.group()) for m in _RU_PAST_FORM.finditer(text, start, end))
    return "past" if past else None


# a word ending as a Russian past-tense verb does ("заявил", "прибыла", "провели", "состоялось"), which
# pymorphy3 confirms ("генерал", "канал" end so too)
_RU_PAST_FORM = re.compile(r"(?<![а-яё])[а-яё]{2,}л(?:а|и|о)?(?:ся|сь)?(?![а-яё])", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _russian_past_verb(word: str) -> bool:
    parse = _morph().parse(word)[0]
    return {"VERB", "past"} <= parse.tag.grammemes


def happened_before(text: str, lo: int, start: int, end: int) -> bool:
    """A Russian or Japanese event word marked as what came just before the clause's own event
    ("заявил по итогам первого раунда переговоров", "会談後に記者会見し"): it took place too."""
    if _JAPANESE.match(text, start):
        return bool(_JA_AFTER.match(text, end))
    return bool(_CYRILLIC.match(text, start) and _RU_AFTER_BEFORE.search(text[max(lo, start - 50) : start]))


# -- a time that dates nothing of its clause --------------------------------------------------------
# "昭和56年以来" (since), "毎年2月7日" (every year), "2000〜2008年に大統領" (a term of office), "平成28年北方
# 領土返還要求全国大会" (a year that names a yearly rally), "2月7日は北方領土の日です" (a day's name);
# "ежегодно 7 февраля" (every year), "«Синей книге» за 2023 год" (an edition)
_JA_SINCE_AFTER = re.compile(r"年?(?:以来|来)")
_JA_EVERY_BEFORE = re.compile(r"(?:毎年|例年|毎月|毎週)(?:の|、)?$")
# a year run straight into a noun ("平成23年北方領土返還要求全国大会", "2023年版外交青書"): an attribute,
# not the clause's time; not a month, a fiscal year, a season or a part of the year ("2018年初旬")
_JA_ATTRIBUTIVE_YEAR = re.compile(
    r"年?[ 　]?(?![月度代初末春夏秋冬頃中内間目以来前後当半上下ぶ])[\u4e00-\u9fff\u30a1-\u30fa]"
)
# a yearly thing named by its year: a rally, a general meeting, an edition, a white or blue book, a budget
_JA_YEARLY_NAME = re.compile(
    r"年?[ 　]?[\u4e00-\u9fff\u30a1-\u30fa・ー 　]{0,20}?(?:大会|総会|版|白書|青書|予算|年鑑)"
)
# "今年の大会には…出席した": this year's rally, named by the year it is held in
_JA_THIS_YEARS = re.compile(r"の(?:大会|総会|白書|青書|予算)")
_JA_RELATIVE_YEARS = ("今年", "本年", "昨年", "去年", "来年", "前年", "翌年")
_JA_FINER_DATE = re.compile(r"\d{1,2}月")
_JA_YEAR_SPAN = re.compile(r"年?[〜~～－-]\s*(?:19|20)\d\d")
_JA_YEAR_SPAN_BEFORE = re.compile(r"(?:19|20)\d\d年?\s*[〜~～－-]\s*$")
_JA_DAY_NAME_AFTER = re.compile(r"は「?[^。、「」]{1,15}の日」?(?:です|だ|である|であり|。)")
_RU_EVERY = re.compile(
    r"(?<![а-яё])(?i:ежегодно|каждый\s+год|из\s+года\s+в\s+год|(?:отмечается|отмечают|празднуется|празднуют)"
    r"(?:\s+[а-яё]+){0,4}\s+как)(?![а-яё])"
)
_RU_EDITION_BEFORE = re.compile(r"(?:»|(?<![а-яё])(?i:доклад|отч[её]т|книг|обзор|итог)[а-яё]*)\s+за\s+$")
_CLAUSE_EDGE = re.compile(r"[。！？.!?;\n]")


def _clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence or clause a time sits in: from the last stop before it to the next one after it."""
    lo = max(0, start - 120)
    edges = list(_CLAUSE_EDGE.finditer(text, lo, start))
    after = _CLAUSE_EDGE.search(text, end, end + 200)
    return (edges[-1].end() if edges else lo), (after.start() if after else min(len(text), end + 200))


def dates_nothing(text: str, start: int, end: int, kind: str) -> bool:
    """A Russian or Japanese time at [start, end) that dates no event of its clause: it starts a span
    ("昭和56年以来"), bounds a term ("2000〜2008年に大統領"),
    comes back every year ("毎年2月7日", "ежегодно отмечается"), names a yearly thing or an edition
    ("平成28年北方領土返還要求全国大会", "«Синей книге по дипломатии» за 2023 год") or names a day
    ("2月7日は北方領土の日です"). ``kind`` is the time's kind ("year", "month_day", ...)."""
    near = text[max(0, start - 2) : end + 2]
    if _JAPANESE.search(near):
        return _ja_dates_nothing(text, start, end, kind)
    if not _CYRILLIC.search(text, max(0, start - 30), min(len(text), end + 30)):
        return False
    lo, hi = _clause_around(text, start, end)
    if kind != "year":  # (the year a custom began is an event: "начиная с 1981 года отмечается")
        return _RU_EVERY.search(text, lo, hi) is not None
    before = text[max(lo, start - 40) : start]
    return _RU_EDITION_BEFORE.search(before) is not None


def _ja_dates_nothing(text: str, start: int, end: int, kind: str) -> bool:
    if _JA_EVERY_BEFORE.search(text, max(0, start - 4), start) or _JA_SINCE_AFTER.match(text, end):
        return True
    if text[start:end] in _JA_RELATIVE_YEARS and _JA_THIS_YEARS.match(text, end):
        return True
    if kind != "year":
        return kind in ("month_day", "date") and _JA_DAY_NAME_AFTER.match(text, end) is not None
    if _JA_YEAR_SPAN.match(text, end) or _JA_YEAR_SPAN_BEFORE.search(text, max(0, start - 8), start):
        return True
    if not _JA_ATTRIBUTIVE_YEAR.match(text, end):
        return False
    lo, hi = _clause_around(text, start, end)
    return _JA_YEARLY_NAME.match(text, end) is not None or _JA_FINER_DATE.search(text, lo, hi) is not None


# -- said after the talks ------------------------------------------------------------------------------
# "会談後の共同記者会見で、首相は…", "首脳会談の後、…と述べた", "после переговоров ... заявил", "по итогам
# встречи ... сказал": a statement made when the talks the story reports ended, on their day
_AFTER_TALKS = re.compile(
    r"(?:首脳会談|会談|協議|会合)(?:の)?(?:後|を終え|を受け)"
    r"|(?<![а-яё])(?i:после|по\s+итогам|по\s+завершении)\s+(?:[а-яё-]+\s+){0,2}?"
    r"(?i:переговоров|встречи|саммита|беседы|консультаций)(?![а-яё])"
)


def said_after_talks(text: str, start: int, end: int) -> bool:
    """A Russian or Japanese sentence whose statement was made right after the talks ("会談後の共同会見で",
    "по итогам переговоров заявил"): it belongs to the talks' day, not to the day the story appeared."""
    return _AFTER_TALKS.search(text, start, end) is not None


# -- a dated list line ------------------------------------------------------------------------------
# "■2010年11月 メドベージェフ大統領が国後島を訪問", "・2016年12月15日 山口・長門で首脳会談": a chronology's
# entry, a date then what happened, which page cleaning keeps apart from the body as a heading
_JA_DATED_LINE = re.compile(
    r"^[ \t　]*[■◆●◇□▼▽・◎○]?[ 　]*(?:(?:19|20)\d\d|(?:令和|平成|昭和)(?:元|\d{1,2}))年"
    r"\d{1,2}月(?:\d{1,2}日)?[ 　]+(?=\S)[^\n]{4,120}$",
    re.MULTILINE,
)


def dated_list_lines(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The Japanese chronology lines of a text outside its paragraphs ("■2013年4月 安倍晋三首相が訪ロ"):
    each reads as a paragraph of its own, its date first."""
    if "年" not in text:
        return []
    return [
        m.span()
        for m in _JA_DATED_LINE.finditer(text)
        if _JAPANESE.search(text, m.start(), m.end())
        and not any(a < m.end() and m.start() < b for a, b in paragraphs)
    ]


# "в ходе переговоров с Лавровым выразил надежду", "во время встречи заявил", "会談の中で…述べた": the talks
# are where the statement was made, on its day
_RU_DURING_BEFORE = re.compile(r"(?<![а-яё])(?i:в\s+ходе|во\s+время|на)\s+(?:[а-яё-]+\s+){0,2}$")
_JA_DURING_AFTER = re.compile(r"(?:の中で|の席で|中に|の冒頭)")


def held_during(text: str, lo: int, start: int, end: int) -> bool:
    """A Russian or Japanese meeting word at [start, end) named as the setting of the sentence's
    statement ("в ходе переговоров с главой МИД РФ ... выразил надежду", "会談の中で…と述べた");
    ``lo`` is the sentence's start."""
    if _JAPANESE.match(text, start):
        return _JA_DURING_AFTER.match(text, end) is not None
    return _CYRILLIC.match(text, start) is not None and _RU_DURING_BEFORE.search(
        text, max(lo, start - 30), start) is not None


# -- the same day as the story's ----------------------------------------------------------------------
# "事務次官は同日、…抗議した", "菅首相は、同日の衆院予算委員会で…述べた", "в тот же день МИД заявил": the day
# the story named last (not "日本時間同日夜", the same day in another time zone)
# (guarded: opening with a lookbehind, it was tried at every position of every region of every text)
_SAME_DAY = guarded(
    r"(?<!時間)(?:同日|同じ日|当日)(?!中に?(?:も|は))"
    r"|(?<![а-яё])(?i:в\s+(?:тот|этот)\s+же\s+день|тем\s+же\s+днем|тем\s+же\s+днём)(?![а-яё])"
)


def same_day_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where a Russian or Japanese clause says "the same day" ("同日", "в тот же день") in [start, end)."""
    return [m.span() for m in _SAME_DAY.finditer(text, start, end)]

