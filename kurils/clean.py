"""Stage 2, clean: separate the article's own paragraphs from page furniture.

Scraped pages mix the article with icon-name runs, stamps, captions and
credits, teaser headlines of other stories, "READ MORE:" links, sign-in
widgets and stray lines in another script. Each line (or each block, for
hard-wrapped print text) is judged by its KIND: position, length,
punctuation, case, credit and caption patterns, repetition of the headline,
script. Dropped lines are kept as ``furniture`` with their offsets, because
stamps and credits live there. Every Paragraph satisfies
``text[p.start:p.end] == p.text``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kurils.fastre import guarded  # a lookahead for a pattern's first characters: faster, same matches
from kurils.models import CleanText, Paragraph
from kurils.outlets import canonical, site_line_outlet, split_title_suffix, suffix_outlet

MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
)
STAMP_WORDS = (
    "published|updated|posted|last|first|modified|date|time|am|pm|a\\.m|p\\.m|gmt|utc|jst|msk|est|edt|bst|cet|cest|"
    "at|on|of|st|nd|rd|th|edited|uploaded|ago|hours?|minutes?|mins?|days?|weeks?|months?|years?|today|yesterday|h|"
    "by|local|jst|msk|to|and"
)
_STAMP_TOKENS = re.compile(rf"\b(?:{MONTHS}|{WEEKDAYS}|{STAMP_WORDS})\b\.?|\d+|[^\w\s]|_", re.IGNORECASE)
_ICON_RUN = re.compile(r"icon")
_LABEL = re.compile(
    r"^(?:ID|Aut(?:h|)er|Authors?|Source|Tags?|Topics?|Category|Section|Keywords|Views?|Comments?|Editor|"
    r"Written by|Text by|Reporter|Photographer|Tag Archives|Category Archives|Archives|Filed under|Posted in|"
    r"Автор|Авторы|Текст|Источник|По материалам|Рубрика|記者|筆者|文|写真)\s*[:：]\s*"
    r"[^\n]{0,60}$",
    re.IGNORECASE,
)
_CAPTION = guarded(
    r"©|\bGo to the mediabank\b"
    r"|^(?:Photo|Image|Picture|Photograph|File photo|Pictured|Caption|Credit)\b\s*(?:by)?\s*[:|/-]"
    r"|\b(?:EPA|EPA-EFE|AFP|AP|REUTERS|Reuters|Getty Images|Kyodo|KYODO|Jiji|JIJI|TASS|Sputnik|RIA Novosti|"
    r"Xinhua|"
    r"Pool|POOL|Shutterstock|AFP-JIJI|Imago|Bloomberg|Kremlin\.ru)\s*/\s*[A-Z]"
    r"|\((?:Photo|Image|File photo|Photo by|Photo credit|Photographer)\b[^)]*\)\s*$"
    r"|\b(?:Getty Images|Shutterstock|Wikimedia Commons)\s*$"
    r"|\(\s*(?:AP|AFP|Reuters|REUTERS|Kyodo|KYODO|Jiji|Yonhap|EPA|Xinhua|Bloomberg)\s+"
    r"(?:Photo|file photo)\b[^)]*\)\s*$"
    r"|\bvia (?:AP|AFP|Reuters|Getty Images)\)\s*$"
    # a trailing credit ("... claimed by Japan. Photograph: AP", "... Фото с сайта www.sakhalin.gov.ru")
    r"|\b(?:Photograph|Photo|File photo|Picture|Image|Фото|Фотография)\s*(?::|с сайта|из)\s*[^.!?]{1,60}$"
    # an agency's credit after the caption's last sentence: "... wollen das ändern. - dpa"
    r"|[.!?]\s+[-–—]\s*(?:dpa|AFP|AP|Reuters|REUTERS|Keystone|EPA|KEYSTONE|APA|Imago|Getty Images)\s*$"
    # who stands where in the picture: "(left)", "(слева)", "(2nd R)"
    r"|\((?:(?:\d(?:st|nd|rd|th)\s+)?(?:left|right|cent(?:er|re)|front|back)|\d(?:st|nd|rd|th)\s+[LRC]"
    r"|слева|справа|в центре|на фото|на снимке)\)"
    r"|撮影\s*[)）]?\s*$"  # a Japanese photo credit: "…で2016年7月22日、梅田啓祐撮影"
    # a wire's caption opening: "This photo taken in November 2019 from ...", "In this Nov. 1, 2010, file
    # photo, ...", "Photo taken Dec. 15 shows ..."
    r"|^In this\b[^!?\n]{0,30}?\b(?:photo|picture|image)"
    r"(?:,| (?:taken|released|provided|made available|shows)\b)"
    r"|^This (?:[\w-]+ ){0,2}(?:photo|picture|image) (?:taken|released|provided|dated|shows|made available)\b"
    r"|^(?:Photo|Picture|Image)\s+(?:taken|released|provided)\s+(?:on|in|at|by|from|\w+\.?\s+\d)",
)
# a section's name run into the story's age: "World13 hours ago", "Politics 2 days ago"
_SECTION_AND_AGE = re.compile(
    r"^[^\W\d_]{2,20}\s*\d{1,3}\s*(?:minutes?|mins?|hours?|days?|weeks?|months?)\s+ago$", re.IGNORECASE)
# a line naming the site itself: "Official website of the President of Russia", "Официальный сайт ...",
# "首相官邸公式サイト"
_SITE_DESCRIPTION = re.compile(
    r"^(?:the\s+)?official\s+(?:web\s*)?(?:site|portal|page)\s+of\b|^официальн\w*\s+(?:интернет-)?(?:сайт|портал)\b"
    r"|^\S{0,20}公式(?:サイト|ホームページ|ウェブサイト)$",
    re.IGNORECASE,
)
# a photo described in place of a caption line: "The northern territories, with the Nemuro Peninsula seen
# in the lower left", "The islands as seen from above Nemuro on January 2019" (no sentence end)
_SEEN_CAPTION = re.compile(
    rf"\b(?:in the (?:lower|upper|bottom|top|far) (?:left|right)|in the (?:background|foreground)"
    rf"|(?:seen|pictured|photographed|shown) (?:from|in|at|on|here|during|above)\b.*"
    rf"\b(?:left|right|background|foreground|(?:in|on) (?:{MONTHS})\b.*\d{{4}}|in \d{{4}}))",
    re.IGNORECASE,
)
_READ_MORE = re.compile(
    r"^(?:READ MORE|Read more|Read More|READ ALSO|Read also|Also read|ALSO READ|See also|SEE ALSO|"
    r"Related|RELATED|"
    r"More on this|More:|MORE:|Recommended|Read next|Continue reading|Click here|Watch|WATCH|Listen|"
    r"Читайте также|Читайте тоже|Смотрите также|Подробнее|Lesen Sie auch|Mehr zum Thema|Auch interessant)\b"
)
_TRAILING_READ_MORE = guarded(
    r"\s*(?:Read more|READ MORE|Read More|Read also|Continue reading|Enditem|ENDITEM)[\s.…>»→]*$"
)
_FURNITURE_PHRASE = re.compile(
    r"^(?:subscribe|newsfeed|chats?|log ?in|sign (?:in|up)|register|loader|loading|all news|"
    r"to participate in the discussion|log in or register|share|share this(?: article| story)?|tweet|"
    r"comments?|advertisement|advert|follow us(?: on .*)?|print|e-?mail|back to top|home|menu|search|more|"
    r"latest news|top stories|most read|most popular|trending|newsletter|please enable javascript.*|"
    r"we use cookies.*|accept(?: all)?(?: cookies)?|close|next|previous|skip to (?:main )?content|"
    r"view comments|add comment|show comments|related (?:articles|stories|news)|you may also like|"
    r"join the discussion|leave a comment|copy link|link copied|whatsapp|facebook|twitter|telegram|vk|"
    r"support us|"
    # sign-in links in Russian: "Войти", "Войти в почту", "Вход", "Регистрация"
    r"войти(?: в (?:почту|аккаунт|систему|профиль))?|вход|регистрация|выйти|"
    # a text-size widget: "Large Medium Small", "Font size: A A A"
    r"(?:font size:?\s*)?(?:small|medium|large|larger|smaller)"
    r"(?:\s+(?:small|medium|large|larger|smaller)){1,3}|"
    # the same widgets on Japanese pages: a memo box, its save/done notices, sharing, printing, sign-in
    r"メモ(?:を)?入力|メモを保存|保存(?:する|しました)?|完了しました|キャンセル|ログイン|会員登録|シェア(?:する)?|"
    r"ツイート|印刷(?:する)?|ブックマーク|続きを読む|もっと見る|閉じる|コメント(?:する)?)\W*$",
    re.IGNORECASE,
)
# a form's hint on how much may be typed: "-最大400文字まで", "Maximum 500 characters",
# "Осталось 300 символов"
_FORM_HINT = re.compile(
    r"^\W{0,2}(?:最大|最小)?\s*\d+\s*文字(?:まで|以内|以上)|\b(?:max(?:imum)?|up to|at most)\s*\d+\s*"
    r"(?:characters|chars|words)\b|\b\d+\s*characters?\s+(?:left|remaining)\b|"
    r"(?:осталось|не более|максимум)\s*\d+\s*(?:символ|знак)",
    re.IGNORECASE,
)
# a trail of pages set off by arrows: "HOME > NEWS > 自由訪問団が無念の帰…", "Главная » Новости » Политика"
_ARROW = re.compile(r"\s*(?:>>|<<|>|＞|›|»|→)\s*")
# a date navigation link glued to its label: "calendar>>July 11. 2012 Juch 101", "<< Previous day"
_DATE_NAV = re.compile(r"^[^\W\d]{2,20}\s*(?:>>|<<|»|«)\s*\S|^(?:<<|>>)\s*\S")
# a site's appeal to its reader, set off as a question or an exclamation: "Support The Moscow Times!",
# "Enjoying ad-free content?", "Donate today!", "Subscribe now!"
# a prompt to allow the site's notifications: "Get the latest updates as we post them — right on your browser"
_NOTIFICATION_PROMPT = re.compile(
    r"\bright (?:on|in|to) your (?:browser|desktop|inbox|phone)\b"
    r"|\b(?:allow|enable|turn on|get) (?:our )?(?:push |browser |desktop )?notifications\b",
    re.IGNORECASE,
)
_READER_APPEAL = re.compile(
    r"^(?=[^\n]{0,120}$)(?:(?:Support|Donate|Subscribe|Enjoying|Enjoy|Help us|Become a (?:member|subscriber|"
    r"patron)|Like this|Want more|Sign up|Join us)\b[^.!?\n]*"
    r"|[^.!?\n]*\b(?:support (?:independent|our|us)|donat\w+|subscrib\w+|ad-free)\b[^.!?\n]*)[!?]$"
    # a campaign's banner: "Take action now to save Darfur", "Sign the petition", "Donate now"
    r"|^(?:Take action|Act now|Sign (?:the|our) petition|Donate now)\b[^.!?\n]{0,80}$",
    re.IGNORECASE,
)
# a newsletter's call closing a line: "... our newsletter with the latest news Sign Up Now>" (a call with
# an arrow, or on a line that speaks of a newsletter: "Thousands Sign Up" may be a title)
_SIGN_UP_END = re.compile(r"\b(?:Sign up|Subscribe|Register)(?: now| today| here| for free)?\s*([>»→]?)\s*$",
                          re.IGNORECASE)
_NEWSLETTER_WORD = re.compile(r"\b(?:newsletters?|inbox|e-?mails?|updates|digest)\b", re.IGNORECASE)
# a Japanese link line: "スマートデバイス表示はこちら", "詳しくはこちら", "一覧へ戻る"
_JA_LINK = re.compile(
    r"(?:はこちら|こちらから|こちらへ|一覧へ戻る|トップへ戻る|ページの先頭へ)\s*[>＞»→]?\s*$")
# a publication's fields on one line: "Publication: Eurasia Daily Monitor Volume: 3 Issue: 161"
_FIELD_PAIRS = re.compile(r"^(?:[A-Z][A-Za-z]+:\s+[^:\n]{1,40}?\s+){1,4}[A-Z][A-Za-z]+:\s+\d[^:\n]{0,20}$")
# accessibility skip links at the top of a page, however the scrape glued or numbered them:
# "1. Skip to content", "Skip to main contentSkip to navigation", "Перейти к основному контенту",
# "メインメニューをとばして、このページの本文エリアへ"
_SKIP_LINK = re.compile(
    r"^(?:\d+\.\s*)?(?:skip (?:to|navigation)\b|jump to (?:main )?content\b|перейти к (?:основному )?"
    r"(?:контенту|содержанию|содержимому)|(?:メインメニュー|メニュー|ナビゲーション)を(?:とばして|スキップ))",
    re.IGNORECASE,
)
# a paper's print note: "A version of this article appears in print on November 3, 2013, on Page A9 ..."
_PRINT_NOTE = re.compile(
    r"^(?:A version of this (?:article|story) appear(?:s|ed) in print\b|This (?:article|story) appeared in "
    r"print\b|This article was amended on\b"
    r"|This (?:article|story|page) is (?:more than|over) \w+ (?:years?|months?|days?) old\W*$)"
)
_COPYRIGHT = guarded(
    r"^(?:©|\(c\)|Copyright\b)|\ball rights reserved\b|^Our Standards:|\bTrust Principles\.?$"
    r"|無断(?:転載|複製)|(?:転載|複製)を禁じ|Все права защищены|^При (?:полном или частичном )?"
    r"(?:использовании|перепечатке|копировании)", re.IGNORECASE
)
_BYLINE = re.compile(r"^(?:By|BY|From|Posted by|Written by|Reporting by|Text by)\s+\S", re.UNICODE)
# Chinese and Japanese write no spaces between words and end sentences with 。！？ (and close quotes
# with 」』): each Han character or kana counts as a word of its own.
HAN_KANA = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_KANA = re.compile(f"[{HAN_KANA}]")
# a Japanese paper signs a story after its last 。: "…見えない。【日下部元美】"
_SENTENCE_END = re.compile(r"[.!?…:;。！？][\"'”’»)\]」』）]*(?:【[^】\n]{1,20}】)?\s*$")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_WORD_OR_HAN_KANA = re.compile(rf"[{HAN_KANA}]|[^\W\d_{HAN_KANA}](?:[^\W{HAN_KANA}]|['’\-])*")
# runs of a script's letters: a count adds up run lengths instead of making one string a letter
_CYRILLIC_RUN = re.compile(r"[\u0400-\u04ff]+")
_LATIN_RUN = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_CJK_RUN = re.compile(f"[{HAN_KANA}\uac00-\ud7af]+")  # Han, kana and Hangul
# a clock time or a full date: a meta line ("KYODO NEWS - Dec 16, 2016 - 19:43"), never a headline
_DATED = guarded(
    rf"\b\d{{1,2}}:\d{{2}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b"
    rf"|\b(?:{MONTHS})\.? \d{{1,2}},? \d{{4}}\b|\b\d{{1,2}} (?:{MONTHS})\.?,? \d{{4}}\b",
    re.IGNORECASE,
)
# a full date in Russian or Japanese: "16 декабря 2016 года", "2016年12月16日"
_DATED_RU_JA = re.compile(r"\b\d{1,2} [а-яё]{3,9} \d{4}\b|\d{4}年\d{1,2}月\d{1,2}日")
# a long title may end with where and when it was given: "... following talks with Taro Kono, Moscow,
# January 14, 2019" (a ministry's transcript); a short line so dated is a caption
_TITLE_PLACE_DATE = re.compile(
    rf",\s*(?:(?:{MONTHS})\.? \d{{1,2}},? \d{{4}}"
    rf"|\d{{1,2}} (?:{MONTHS}|[а-яё]{{3,9}})\.?,? \d{{4}}(?: года)?)\s*$",
    re.IGNORECASE,
)
_MIN_DATED_TITLE_WORDS = 12
# a ministry's Japanese title closes with the day of what it records in brackets, nothing else in
# them: "日露外相会談（2019年1月14日）", "（平成26年10月）"; a caption's bracket also names a place or person
_TITLE_BRACKET_DATE = re.compile(
    r"[（(]\s*(?:(?:平成|令和|昭和)?\d{1,4}年)?\d{1,2}月(?:\d{1,2}日)?\s*[)）]\s*$"
)
# a date and time glued to a title's end by the scraper: "... at Foreign Minister Level 6 September 5:11"
_TRAILING_STAMP = re.compile(
    rf"\s+(?:\d{{1,2}} (?:{MONTHS})|(?:{MONTHS})\.? \d{{1,2}})(?:,? \d{{4}})?,?\s+\d{{1,2}}:\d{{2}}$",
    re.IGNORECASE,
)
# a list item: a menu's entries are printed with bullets ("  • Events", "• Videos and Photos")
_BULLET = re.compile(r"^[•·▪►◦‣●■◆]\s*")
# a blog's notice that it moved: "La Russophobe has moved!", "You should be automatically redirected"
_MOVED_NOTICE = re.compile(
    r"^[^.!?\n]{1,60}\s(?:has|have) moved(?:\s+to\s+(?:a\s+)?new\s+\w+(?:\s+\w+)?|\s+to\s+\S+\.\w{2,})?"
    r"\s*[.!]?$|\bautomatically redirected\b"
    r"|\bupdate your bookmarks\b",
    re.IGNORECASE,
)
# a dateline left alone on its line, its credit in brackets: "Sep. 6 (EUROPA PRESS) –", "TOKYO (Reuters) -"
_LONE_DATELINE = re.compile(
    rf"^(?:[A-ZÀ-Ý][A-ZÀ-Ý .'-]{{2,40}}"
    rf"|(?i:(?:{MONTHS})\.? \d{{1,2}}|\d{{1,2}} (?:{MONTHS})\.?)(?:,? \d{{4}})?)"
    r",?\s*\(\s*[^()\n]{2,30}\)\s*[-–—]{0,2}\s*$"
)
# a Russian writer's full name with the patronymic, alone or with a short role: "КАБЕНИН АЛЕКСАНДР
# НИКОЛАЕВИЧ — полковник запаса", "Иванов Иван Петрович, доктор исторических наук"
_RU_FULL_NAME = re.compile(
    r"^[А-ЯЁ][А-ЯЁа-яё-]+\s+[А-ЯЁ][А-ЯЁа-яё]+\s+[А-ЯЁ][А-ЯЁа-яё]+?"
    r"(?:ОВИЧ|ЕВИЧ|ЬИЧ|ОВНА|ЕВНА|ИЧНА|ович|евич|ьич|овна|евна|ична)"
    r"(?:\s*(?:[—–,-]\s*[^.!?\n]{0,80})?)$"
)
_COOKIE_NOTICE = guarded(
    r"\bcookies?\b.*\b(?:use|accept|consent|privacy|policy|agree)|\b(?:use|accept|consent)\b.*\bcookies?\b"
    r"|\benable javascript\b|\bjavascript is disabled\b",
    re.IGNORECASE,
)
_SHARE_WIDGET = re.compile(r"^(?:share|tweet|print|e-?mail|post|pin|copy)\b", re.IGNORECASE)
_URL_LINE = guarded(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
# "Home > News > World", "News / Asia / Japan", "World › Asia"
_BREADCRUMB = re.compile(r"^[^\W\d][\w&' .-]{0,30}(?:\s*[>/|›»]\s*[^\W\d][\w&' .-]{0,30})+$")
# a site menu once the reader has collapsed its gaps: "National Politics Crime Business Tech Sports"
_SECTION_WORDS = frozenset(
    "home news world national local politics business economy economics markets money tech technology "
    "science sci health sport sports culture arts life lifestyle entertainment opinion opinions video videos "
    "live programs programmes shows podcasts photos crime society security diplomacy environment travel "
    "weather asia europe americas africa china japan russia korea n us uk in-depth graphic features analysis "
    "demand top stories latest radio tv multimedia vietnam cambodia laos myanmar tibet uyghur taiwan india "
    "pakistan thailand philippines indonesia malaysia singapore mongolia hong kong ukraine middle east "
    "australia pacific".split()
)
# "U.S.", "U.K.": a menu item with its dots, read as the one word it is
_DOTTED_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){2,}")
_MENU_GLUE = frozenset({"on", "and", "of", "the"})
# a wire's edition tag before a headline: Yonhap's "(LEAD)", "(2nd LD)", "(URGENT)", Reuters' "UPDATE 2-"
_EDITION_TAG = re.compile(
    r"^(?:\((?:\d*(?:st|nd|rd|th)? ?)?(?:LEAD|LD|URGENT|UPDATE|CORRECTED|REFILE|News Focus)\)\s+"
    r"|(?:UPDATE|REFILE|CORRECTED|EXCLUSIVE|WRAPUP)(?: \d+)?-(?=\S))"
)
# a scraper's labelled date field opening the text: "date 2022-03-21 ", "published: 2016-12-15T10:00:00Z "
DATE_FIELD = re.compile(
    r"^(?:date|published|pubdate|date_publish|datePublished)\s*[:=]?\s*(\d{4}-\d{2}(?:-\d{2})?)"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?(?:\s+|$)",
    re.IGNORECASE,
)
# "TOKYO, ", "MOSCOW (Reuters) ", "NAGATO - ": a dateline's place and its separator; "COVID-19" is a word
# a byline: a name of two or three words and the outlet it writes for ("Сергей Пономарёв ИА Регнум",
# "John Smith, Reuters", "By Jane Doe / AFP")
def is_name_and_outlet(line: str) -> bool:
    """A writer's name of two or three capitalised words, then the outlet's printed name."""
    for words_in_name in (1, 2):
        pattern = _NAME_SHAPES[words_in_name]
        match = pattern.match(line)
        if match and canonical(match.group("rest")):
            return True
    return False


_NAME_SHAPES = {
    n: re.compile(rf"^(?:By\s+)?[A-ZА-ЯЁ][\w'’.-]+(?:\s+[A-ZА-ЯЁ][\w'’.-]+){{{n}}}(?:\s*[,/]\s*|\s+)"
                  r"(?P<rest>\S.*?)\s*$")
    for n in (1, 2)
}
_DATELINE_START = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý .'-]{2,40}(?:,|\s*\(|\s*[-–—•](?=\s|$))")


@dataclass(frozen=True)
class Unit:
    """One candidate paragraph: a line, or a hard-wrapped block of lines."""

    start: int
    end: int
    text: str


def clean_text(text: str) -> CleanText:
    """Body paragraphs, headline and furniture of the text as read."""
    units = split_units(text)
    script = main_script(text)
    kinds = mark_appeal_blocks(text, units, [furniture_kind(u.text, script) for u in units])
    kinds = mark_item_copies(units, kinds)
    headline_index = prefer_title_by_stamp(units, kinds, find_headline(units, kinds))
    late = headline_index is None and (headline_index := headline_over_date(units, kinds)) is not None
    headline_text, headline_span = None, None
    if headline_index is not None:
        unit = units[headline_index]
        headline_text, headline_span = strip_outlet_suffix(unit)
    body: list[Paragraph] = []
    furniture: list[Paragraph] = []
    headline_key = normal_key(headline_text) if headline_text else None
    seen_body = False
    seen_text_after_headline = False  # a standfirst is the first non-furniture line under the headline
    for index, unit in enumerate(units):
        paragraph = Paragraph(unit.start, unit.end, unit.text)
        if index == headline_index:
            continue
        if headline_index is not None and index < headline_index and not late:
            furniture.append(paragraph)
            continue
        if kinds[index] or (headline_key and normal_key(strip_outlet_suffix(unit)[0]) == headline_key):
            furniture.append(paragraph)
            continue
        first_text, seen_text_after_headline = not seen_text_after_headline, True
        # (right after a body paragraph: a teaser under "MOST POPULAR" or "RELATED STORIES" is no cut body)
        cut_tail = (bool(body) and body[-1].end == units[index - 1].end and not text[unit.end:].strip()
                    and is_cut_off_tail(unit.text))
        if not cut_tail and not is_sentence_like(unit.text):
            standfirst = (
                headline_index is not None and not seen_body and first_text and is_standfirst(unit.text)
            )
            if not standfirst:
                furniture.append(paragraph)
                continue
        kept, trailing = trim_trailing_link(unit)
        if kept:
            body.append(kept)
            seen_body = True
        if trailing:
            furniture.append(trailing)
    return CleanText(
        headline_text, headline_span, tuple(body), tuple(sorted(furniture, key=lambda p: p.start))
    )


_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
_MAX_APPEAL_LINES = 6


def mark_appeal_blocks(text: str, units: list[Unit], kinds: list[str | None]) -> list[str | None]:
    """A site's appeal to its reader set off as a block of its own: when a block (between blank lines)
    opens with an appeal ("Enjoying ad-free content?", "Support The Moscow Times!"), its other lines
    ("This commitment costs us $10,000 a month.") are the appeal too, not the article."""
    gaps = [m.start() for m in _BLANK_LINE.finditer(text)]
    if not gaps:
        return kinds
    edges = [0, *gaps, len(text)]
    marked = list(kinds)
    for low, high in zip(edges, edges[1:], strict=False):
        inside = [i for i, unit in enumerate(units) if low <= unit.start < high]
        if (inside and len(inside) <= _MAX_APPEAL_LINES and _READER_APPEAL.match(units[inside[0]].text)
                and all(len(units[i].text) < 300 for i in inside)):
            for i in inside:
                marked[i] = marked[i] or "appeal"
    return marked


def mark_item_copies(units: list[Unit], kinds: list[str | None]) -> list[str | None]:
    """A list item's label printed again on the next line ("  • 加藤官房長官" over "加藤官房長官": a tag
    list's link and its text) is the list's, not a title."""
    marked = list(kinds)
    for index in range(1, len(units)):
        above = units[index - 1].text.strip()
        bullet = _BULLET.match(above)
        if bullet and not marked[index] and normal_key(above[bullet.end():]) == normal_key(units[index].text):
            marked[index] = "tags"
    return marked


# a short line that is a date, however it is written: "10 февраля 202310 фев 2023", "2021.2.7 18:31"
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}")


_BODY_WORDS = 25  # a paragraph this long is the article's body: the headline stands above it


def prefer_title_by_stamp(units: list[Unit], kinds: list[str | None], chosen: int | None) -> int | None:
    """The headline the article's date stamp stands beside, when the title-like line chosen first has no
    stamp next to it: a page whose menus hold title-like lines ("Official Internet Resources") prints
    the article's title right over or under its date ("July 9, 2009"; a blog's "Wednesday, August 16,
    2006" over the post's title). A menu's line is short: the line by the stamp must be no shorter."""
    def dated(i: int) -> bool:  # a stamp, or a date in digits alone ("25.09.2017")
        return kinds[i] == "stamp" or (kinds[i] == "number" and bool(_YEAR.search(units[i].text)))

    def by_stamp(index: int, reach: int = 1) -> bool:
        return any(0 <= i < len(units) and dated(i)
                   for i in range(index - reach, index + reach + 1) if i != index)

    # the chosen title may have its credit between it and the stamp ("(Agencies/Xinhua)")
    if chosen is None or by_stamp(chosen, reach=2):
        return chosen
    for index, unit in enumerate(units):
        if kinds[index] is None and len(words(unit.text)) >= _BODY_WORDS and is_sentence_like(unit.text):
            return chosen  # the body starts: no title by a stamp above it
        if (index != chosen and kinds[index] is None and not _BULLET.match(unit.text) and by_stamp(index)
                and len(words(unit.text)) >= len(words(units[chosen].text))
                and is_title_like(strip_outlet_suffix(unit)[0]) and not is_sentence_like(unit.text)):
            return index
    return chosen


def headline_over_date(units: list[Unit], kinds: list[str | None]) -> int | None:
    """A title printed under the article's lead and over its date (a blog platform's layout: lead,
    title, date): a title-like line among the first few whose next line is a short date."""
    for index in range(1, min(5, len(units) - 1)):
        line, below = units[index].text, units[index + 1].text
        if (kinds[index] is None and is_title_like(line) and not is_sentence_like(line)
                and (kinds[index + 1] == "stamp" or (len(below) <= 60 and len(words(below)) <= 6
                                                      and _YEAR.search(below)))):
            return index
    return None


def split_units(text: str) -> list[Unit]:
    """Lines with exact offsets; a hard-wrapped block (print, e-mail) becomes one unit."""
    units: list[Unit] = []
    for block in _line_blocks(text):
        if looks_wrapped(block):
            units.append(Unit(block[0].start, block[-1].end, text[block[0].start : block[-1].end]))
        else:
            units.extend(_join_japanese_wraps(text, block))
    if len(units) >= 2 and _japanese_title_goes_on(units[0].text, units[1].text):
        units[:2] = [Unit(units[0].start, units[1].end, text[units[0].start : units[1].end])]
    return units


_JA_TITLE_LINE = 25  # characters: each half of a Japanese title set on two lines is this short or shorter


def _japanese_title_goes_on(line: str, following: str) -> bool:
    """A Japanese title set on two lines at the page's head, broken after a particle:
    "北方領土でロシア軍が" over "ミサイル訓練 防衛相が抗議"."""
    return (all(len(part) <= _JA_TITLE_LINE and "。" not in part and _HAN_KANA.search(part)
                for part in (line, following))
            and bool(_JA_LINE_GOES_ON.search(line)) and bool(_JA_LINE_START.match(following)))


# a Japanese line broken mid-sentence (a forum's or a mail's wrapped copy of a news story: "…日本政府は2日、
# 「…受け入れられない」と\n外交ルートを通じて…抗議した。"): it ends on a comma or a particle, or the next
# line opens with the particle that closes a quote ("…解決だ」\nと述べ、…")
# (a comma, a particle or a verb's joining form: a title or a sentence ends otherwise, "…を望んでいます")
_JA_LINE_GOES_ON = re.compile(r"[、，とをにがはのでもへやてし]$")
_JA_QUOTE_CLOSED = re.compile(r"[」』]$")
_JA_QUOTE_PARTICLE = re.compile(r"[とを](?![\u3041-\u309f]{2})")  # "と述べ", not a word such as "とても"
_JA_LINE_START = re.compile(f"[{HAN_KANA}「『（(]")
_JA_PROSE_MARK = re.compile(r"[、。「]")
_JA_WRAP_MIN = 20  # characters: a title or a menu line is shorter, or has no comma or quote in it


def _join_japanese_wraps(text: str, block: list[Unit]) -> list[Unit]:
    """Lines of a block joined where prose runs on from one line into the next: Japanese (no capital
    letters, so ``looks_wrapped``'s lowercase starts never show its wrapping), and a block of other
    prose wrapped too unevenly for ``looks_wrapped`` (short lines, sentences ending mid-block)."""
    out: list[Unit] = []
    for unit in block:
        last = out[-1] if out else None
        if last is not None and (_japanese_goes_on(last.text, unit.text)
                                 or _prose_goes_on(last.text, unit.text)):
            out[-1] = Unit(last.start, unit.end, text[last.start : unit.end])
        else:
            out.append(unit)
    return out


# a line of wrapped prose (print, e-mail, an old wire page) that stops mid-sentence: the next line opens
# with a small letter ("... will visit Japan\nin May, Aso said"), or the line ends on a word no sentence or
# title ends on ("... said the Russian action appeared to have been a case of\nExcessive ...")
_RUNS_ON_WORD = re.compile(
    r"\b(?:and|or|but|the|a|an|of|to|in|on|at|for|with|by|from|that|as|its|their|his|her)$")
_SMALL_START = re.compile(r"[a-zа-яё]")
_WRAP_MIN = 40  # characters: a title, a label or a menu item is shorter


def _prose_goes_on(line: str, following: str) -> bool:
    """A line of prose (Latin or Cyrillic) broken mid-sentence and the line that goes on with it."""
    if len(line) < _WRAP_MIN or _SENTENCE_END.search(line) or _HAN_KANA.search(line[-3:]):
        return False
    if not following[:1].isalpha():
        return False
    return bool(_SMALL_START.match(following) or _RUNS_ON_WORD.search(line))


def _japanese_goes_on(line: str, following: str) -> bool:
    """A Japanese prose line that stops mid-sentence and the line that goes on with it."""
    if len(line) < _JA_WRAP_MIN or not _JA_PROSE_MARK.search(line) or not _JA_LINE_START.match(following):
        return False
    if not _HAN_KANA.search(following[:3]):
        return False
    return bool(_JA_LINE_GOES_ON.search(line)
                or _JA_QUOTE_CLOSED.search(line) and _JA_QUOTE_PARTICLE.match(following))


def _line_blocks(text: str) -> list[list[Unit]]:
    """Non-blank lines with exact offsets, grouped into blocks at blank lines. A scraper's date field
    glued before the first line ("date 2022-03-21 Russia halts ...") is a unit of its own."""
    blocks: list[list[Unit]] = [[]]
    offset = 0
    for raw in text.split("\n"):
        line_start, offset = offset, offset + len(raw) + 1
        stripped = raw.strip()
        if not stripped:
            if blocks[-1]:
                blocks.append([])
            continue
        start = line_start + (len(raw) - len(raw.lstrip()))
        first_line = start == len(text) - len(text.lstrip())
        field = DATE_FIELD.match(stripped) if first_line else None
        if field and field.end() < len(stripped):
            blocks[-1].append(Unit(start, start + len(field.group().rstrip()), field.group().rstrip()))
            start, stripped = start + field.end(), stripped[field.end():]
        if first_line:
            blocks[-1].extend(_glued_page_head(start, stripped))
            continue
        blocks[-1].append(Unit(start, start + len(stripped), stripped))
    return blocks


# a page's head glued into one line by the scraper: "北方領土 北方領土「…」表現復活 返還大会アピール
# 2021.2.7 18:31更新 「北方領土の日」の7日、…": a section label, the title, a date-and-time stamp, the body
_GLUED_STAMP = re.compile(
    r"\s(\d{4}[./-]\d{1,2}[./-]\d{1,2}\s+\d{1,2}:\d{2}(?:\s*(?:更新|配信|公開|Updated|Published))?)\s+")
_GLUED_LABEL = re.compile(f"^[{HAN_KANA}ー]{{2,8}}(?=\\s+\\S)")


def _glued_page_head(start: int, line: str) -> list[Unit]:
    """The first line as units: split where a stamp sits between a short head and a long body, and a
    short section label off the head's front; the line whole when it is not glued."""
    stamp = _GLUED_STAMP.search(line)
    if not stamp or stamp.start() > 150 or len(line) - stamp.end() < 40:
        return [Unit(start, start + len(line), line)]
    head = line[: stamp.start()]
    units = []
    label = _GLUED_LABEL.match(head)
    if label and len(head) - label.end() > 2 * label.end():
        units.append(Unit(start, start + label.end(), label.group()))
        rest = len(head) - len(head[label.end():].lstrip())
        units.append(Unit(start + rest, start + len(head), head[rest:]))
    else:
        units.append(Unit(start, start + len(head), head))
    units.append(Unit(start + stamp.start(1), start + stamp.end(1), stamp.group(1)))
    units.append(Unit(start + stamp.end(), start + len(line), line[stamp.end():]))
    return units


def looks_wrapped(block: list[Unit]) -> bool:
    """Hard-wrapped prose: even line lengths, lines running on without sentence ends, lowercase starts."""
    if len(block) < 3:
        return False
    lengths = sorted(len(u.text) for u in block[:-1])
    median = lengths[len(lengths) // 2]
    if median < 45 or max(lengths) > 110 or min(lengths) < 0.6 * median:
        return False
    ended = sum(1 for u in block[:-1] if _SENTENCE_END.search(u.text))
    lowercase_starts = sum(1 for u in block[1:] if u.text[0].islower())
    return ended / (len(block) - 1) < 0.5 and lowercase_starts * 3 >= len(block) - 1


def main_script(text: str) -> str:
    """"latin", "cyrillic" or "cjk" (Han, kana, Hangul): the script most of the text's letters are in."""
    if text.isascii():  # no Cyrillic or CJK letter at all
        return "latin"
    latin, cyrillic = _count(_LATIN_RUN, text), _count(_CYRILLIC_RUN, text)
    cjk = _count(_CJK_RUN, text) if _CJK_RUN.search(text) else 0
    if cjk > latin and cjk > cyrillic:
        return "cjk"
    return "cyrillic" if cyrillic > latin else "latin"


def furniture_kind(line: str, script: str) -> str | None:
    """The kind of page furniture a line is, or None when it may be article text."""
    letters = "".join(filter(str.isalpha, line))
    if len(_ICON_RUN.findall(line)) >= 5:
        return "icons"
    if not letters or (len(letters) <= 2 and len(line) <= 4):
        return "number"
    if is_stamp(line) or ((field := DATE_FIELD.match(line)) and field.end() >= len(line)):
        return "stamp"
    if len(line) < 40 and _SECTION_AND_AGE.match(line):
        return "stamp"
    if _LABEL.match(line) or (len(line) < 120 and _FIELD_PAIRS.match(line)):
        return "label"
    if len(line) < 40 and _JA_LINK.search(line):
        return "link"
    if len(line) < 80 and _LONE_DATELINE.match(line):
        return "dateline"
    if len(line) < 200 and _MOVED_NOTICE.search(line):
        return "widget"
    if len(line) < 150 and _RU_FULL_NAME.match(line):
        return "byline"
    if (
        _FURNITURE_PHRASE.match(line)
        or (len(line) < 120 and _SKIP_LINK.match(line))
        or _READER_APPEAL.match(line)
        or (len(line) < 150 and _NOTIFICATION_PROMPT.search(line))
        or (len(line) < 300 and is_sign_up_call(line))
        or (_SHARE_WIDGET.match(line) and len(words(line)) <= 5)
        or (len(line) < 400 and _COOKIE_NOTICE.search(line))
    ):
        return "widget"
    if _URL_LINE.search(line) and len(_URL_LINE.sub(" ", line).split()) <= 3:
        return "url"
    if _BREADCRUMB.match(line) and all(w[0].isupper() for w in words(line)):
        return "nav"
    if len(line) < 200 and (looks_like_arrow_trail(line) or _DATE_NAV.match(line)):
        return "nav"
    if len(line) < 120 and _FORM_HINT.search(line):
        return "widget"
    if looks_like_tag_run(line, script):
        return "tags"
    if looks_like_menu(line):
        return "nav"
    if _READ_MORE.match(line) and (len(line) < 250 or line.isupper() or ":" in line[:15]):
        return "link"
    if len(line) < 400 and _PRINT_NOTE.match(line):
        return "print note"
    if len(line) < 200 and _COPYRIGHT.search(line):
        return "copyright"
    if len(line) < 400 and _CAPTION.search(line):
        return "caption"
    if len(line) < 200 and not _SENTENCE_END.search(line) and _SEEN_CAPTION.search(line):
        return "caption"
    if site_line_outlet(line) or (len(line) < 120 and _SITE_DESCRIPTION.match(line)):
        return "site"
    if len(line) < 80 and is_name_and_outlet(line):
        return "byline"
    if (
        len(line) < 300
        and (suffix := suffix_outlet(line))
        and not _SENTENCE_END.search(line[: suffix[0]])
    ):
        return "suffixed"
    if off_script(letters, script):
        return "script"
    return None


def is_sign_up_call(line: str) -> bool:
    """A newsletter's call closing the line ("... our newsletter Sign Up Now>")."""
    call = _SIGN_UP_END.search(line)
    return bool(call and (call.group(1) or _NEWSLETTER_WORD.search(line[: call.start()])))


def looks_like_menu(line: str) -> bool:
    """A site menu: a run of capitalised section names ("National Politics Crime Business Tech Sports",
    "News Live Programs Video on Demand"), the gaps between the items collapsed by the reader."""
    if len(line) > 200 or _SENTENCE_END.search(line):
        return False
    tokens = [t for t in words(_DOTTED_ABBREVIATION.sub(lambda m: m.group().replace(".", ""), line))
              if t not in _MENU_GLUE]
    section = sum(1 for t in tokens if t.lower() in _SECTION_WORDS)
    return len(tokens) >= 4 and section >= 0.8 * len(tokens) and all(t[0].isupper() for t in tokens)


def looks_like_arrow_trail(line: str) -> bool:
    """A breadcrumb trail in any script: two or more arrows between short items, the last item maybe a
    cut-off title ("HOME  >  NEWS  >  自由訪問団が無念の帰…")."""
    items = _ARROW.split(line.strip())
    return len(items) >= 3 and all(0 < len(item) <= 40 for item in items)


# a repeated run of words: a page's tags printed twice ("Мария Захарова Москва Токио … Мария Захарова Москва")
_REPEATED_RUN = re.compile(r"(\b\w+(?:\s+\w+){2,}\b).*\b\1\b", re.UNICODE)


def looks_like_tag_run(line: str, script: str) -> bool:
    """A page's tags or keywords run together into a line: many words with no sentence punctuation,
    either repeating a run of three or more words or, in Russian (which writes headlines in sentence
    case), nearly every word capitalised ("Мария Захарова Фумио Кисиды Москва Россия Токио …")."""
    tokens = words(line)
    if len(tokens) < 8 or len(line) > 400 or re.search(r"[.,;:!?«»\"“”()]", line):
        return False
    if _REPEATED_RUN.search(line):
        return True
    capitalised = sum(1 for t in tokens if t[0].isupper())
    return script == "cyrillic" and capitalised >= 0.75 * len(tokens)


def is_stamp(line: str) -> bool:
    """A line that is only a date/time stamp ("21 May, 2015 10:57", "Published: ... Updated: ...")."""
    if len(line) > 120 or not re.search(r"\d", line):
        return False
    rest = _STAMP_TOKENS.sub(" ", line)
    return not re.search(r"[^\W\d_]", rest)


def _count(run: re.Pattern, text: str) -> int:
    """Characters of a one-character class in text, from its runs."""
    return sum(map(len, run.findall(text)))


def off_script(letters: str, script: str) -> bool:
    """Whether a line's letters are mostly of another script than the article's."""
    if len(letters) < 3:
        return False
    line = letters
    if script == "latin":
        if letters.isascii():  # no Cyrillic or CJK letter
            return False
        other = _count(_CYRILLIC_RUN, line) + _count(_CJK_RUN, line)
    elif script == "cjk":
        other = _count(_LATIN_RUN, line) + _count(_CYRILLIC_RUN, line)
    else:
        other = _count(_LATIN_RUN, line) + _count(_CJK_RUN, line)
    return other / len(letters) > 0.6


def words(line: str) -> list[str]:
    return list(_words(line))


@functools.lru_cache(maxsize=4096)
def _words(line: str) -> tuple[str, ...]:
    """A line's words, found once: the line tests ask for them again and again."""
    if not line.isascii() and _HAN_KANA.search(line):
        return tuple(_WORD_OR_HAN_KANA.findall(line))
    return tuple(_WORD.findall(line))


def cap_ratio(line: str) -> float:
    """Share of capitalised words among words of 4+ letters (title case is high)."""
    long_words = [w for w in words(line) if len(w) >= 4]
    if not long_words:
        return 1.0
    return sum(1 for w in long_words if w[0].isupper()) / len(long_words)


_JA_CUT_OFF_WORDS = 25  # characters: a dated list line ("■2016年5月 …訪ロ。ソチで首脳会談") is shorter


def is_sentence_like(line: str) -> bool:
    """Article prose: ends like a sentence, or is long and not in title case (a cut-off text)."""
    count = len(words(line))
    if _SENTENCE_END.search(line):
        return count >= 3
    if _HAN_KANA.search(line) and "。" in line:  # Japanese cut off mid-sentence: no capitals to weigh
        return count >= _JA_CUT_OFF_WORDS
    return count >= 12 and cap_ratio(line) < 0.6


_CUT_TAIL_WORDS = 5  # "Each visit has pr" is too short to tell from a widget's label
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-zа-яё][a-zа-яё'’-]{2,}")


def is_cut_off_tail(line: str) -> bool:
    """The body's last paragraph cut mid-sentence where the stored copy stops (a store keeps a page's
    first ~2,000 characters): a run of words with plain lowercase words among its names
    ("On Monday, Japanese Foreign Minister Seiji Maehara summoned ... on what Japan"), or a Japanese
    line running on past a comma. Called only for the text's last line, after body paragraphs."""
    if _SENTENCE_END.search(line):
        return False
    if _HAN_KANA.search(line):
        return "、" in line and len(words(line)) >= _JA_CUT_OFF_WORDS
    return (len(words(line)) >= _CUT_TAIL_WORDS and len(_LOWER_WORD.findall(line)) >= 2
            and cap_ratio(line) < 0.8)


def is_standfirst(line: str) -> bool:
    """A subheading right under the headline written as a plain sentence."""
    return len(words(line)) >= 5 and cap_ratio(line) < 0.5 and not _BYLINE.match(line)


_MAX_TITLE_WORDS = 35
_DASH_END = re.compile(r"\s[-–—]$")
# a Japanese or Chinese title counts each character as a word: a long web title runs to ~70
# ("【北方領土】ロシア外務省、日本政府の抗議受け反論「日本は歴史について健忘症に陥る傾向がある」" is 50)
_MAX_CJK_TITLE_CHARACTERS = 70


def is_title_like(line: str) -> bool:
    count = len(words(line))
    longest = _MAX_CJK_TITLE_CHARACTERS if _HAN_KANA.search(line) and "。" not in line else _MAX_TITLE_WORDS
    if count < 3 or count > longest or len(line) > 250:
        return False
    if _LOWER_START.match(line) or _SAID_END.search(line):
        return False  # a wrapped line's tail or a widget's fragment; prose cut before its full stop
    if _BYLINE.match(line) or line.endswith((":", ",", ";")) or _DASH_END.search(line):
        return False  # a dash closing a line: a quoted sentence going on ('"... Сасаэ. -')
    if line.endswith((".", "。")) and not line.endswith(("...", "…")):  # a sentence is no title
        return False
    if sum(c.isdigit() for c in line) > sum(c.isalpha() for c in line):
        return False  # an issue number or a date ("475号(16年3月)"), not a title
    if count >= _MIN_DATED_TITLE_WORDS and (place_date := _TITLE_PLACE_DATE.search(line)):
        line = line[: place_date.start()]
    if bracket_date := _TITLE_BRACKET_DATE.search(line):
        line = line[: bracket_date.start()]
    return not _DATED.search(line) and not _DATED_RU_JA.search(line)


# a line that opens with a lowercase word ("с 24 часа в сутки", "and the talks went on"): a headline
# opens with a capital, a digit, a quote or a brand written "iPhone", "eBay"
_LOWER_START = re.compile(r"^[^\w«“\"'‘(\[]*[a-zа-яё](?![A-ZА-ЯЁ])")
# reported speech closing the line: '"..." the deputy prime minister said' is prose, a headline says "says"
_SAID_END = re.compile(
    r"[,”\"’]\s*(?:[\w.'’-]+\s+){0,6}(?:said|added|told reporters)\W*$"
    r"|\bsaid\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|it|that)\b")


def find_headline(units: list[Unit], kinds: list[str | None]) -> int | None:
    """The article's own title: a title-like line before the body starts.

    A short label (a section name such as "Asia Pacific News") gives way to a fuller
    title-like line right after it; None when the text opens with the body.
    """
    candidates: list[int] = []
    sentences = 0
    for index, unit in enumerate(units):
        kind = kinds[index]
        if kind == "suffixed":
            title, _ = strip_outlet_suffix(unit)
            if title and is_title_like(title):
                candidates.append(index)
            continue
        if kind or _BULLET.match(unit.text):
            continue
        if is_title_like(strip_outlet_suffix(unit)[0]) and not (
            _DATELINE_START.match(unit.text) and is_sentence_like(unit.text)
        ) and not opens_next(units, index):
            candidates.append(index)
            if len(candidates) >= 2:
                break
            continue
        if looks_like_section_label(unit.text) and not is_sentence_like(unit.text):
            continue  # "News", "Politics", "Asia Pacific": a section label between tagline and title
        if candidates:
            break
        if is_sentence_like(unit.text):
            sentences += 1
            if len(words(unit.text)) >= 25 or sentences >= 2 or _DATELINE_START.match(unit.text):
                break
    if not candidates:
        return None
    first = candidates[0]
    repeated = repeated_title(units, kinds, first)
    if repeated is not None:
        return repeated
    first_title = strip_outlet_suffix(units[first])[0]
    label = looks_like_section_label(first_title) or looks_like_site_tagline(first_title)
    # a motto right under the site's name ("The Washington Post" / "Democracy Dies in Darkness")
    label = label or (
        first > 0 and kinds[first - 1] == "site" and len(words(first_title)) <= 5
        and cap_ratio(first_title) == 1
    )
    # an image's alt text over its caption ("Kuril Kunashir island, Medvedev" / "... Photograph: AP")
    label = label or (first + 1 < len(units) and kinds[first + 1] == "caption")
    # a rubric in capitals over a title in mixed case: "FROM EIR DAILY ALERT", "NEWS ANALYSIS"
    label = label or (len(candidates) > 1 and first_title.isupper() and len(words(first_title)) <= 6
                      and not strip_outlet_suffix(units[candidates[1]])[0].isupper())
    if len(candidates) > 1 and label:
        second = candidates[1]
        if len(words(strip_outlet_suffix(units[second])[0])) > len(words(first_title)):
            return second
    return first


def opens_next(units: list[Unit], index: int) -> bool:
    """A line that the next paragraph, a body paragraph, opens with: the body's first words cut short as
    a teaser ("Abe and Putin agreed that Russian Foreign Minister" over the paragraph that goes on), no
    title. (A title glued to the caption or subtitle under it is no body paragraph.)"""
    line = units[index].text.strip().rstrip(".…")
    following = units[index + 1].text.strip() if index + 1 < len(units) else ""
    return (len(words(line)) >= 5 and following.startswith(line) and len(words(following)) >= _BODY_WORDS
            and is_sentence_like(following))


_REPEAT_REACH = 3  # lines under a glued title that may print the title alone


def repeated_title(units: list[Unit], kinds: list[str | None], first: int) -> int | None:
    """The title printed alone just under a line that glued it to a menu or a site's name: "Home
    International Talks resume" or "Home / World / Talks resume" over "Talks resume", "Talks resume / News /
    News agency X" over it. The line alone is the title; the glued line is page furniture."""
    glued = units[first].text.strip()
    for index in range(first + 1, min(first + 1 + _REPEAT_REACH, len(units))):
        text = units[index].text.strip()
        if len(words(text)) >= 3 and len(text) < len(glued) and is_title_like(text) and (
                _menu_before(glued, text) or _site_after(glued, text)):
            return index
        if not kinds[index] and is_sentence_like(text):
            return None  # the body began: no title repeated above it
    return None


def _menu_before(glued: str, title: str) -> bool:
    """ "Home International " or "Home / World / " before ``title``: a few capitalised menu items."""
    if not glued.endswith(title):
        return False
    menu = glued[: -len(title)]
    items = words(menu)
    return 0 < len(items) <= _MENU_ITEMS and all(w[0].isupper() for w in items) and not menu[-1:].isalnum()


def _site_after(glued: str, title: str) -> bool:
    """ " / News / News agency X" or " | Opinion | Site" after ``title``: segments set off by separators."""
    return glued.startswith(title) and bool(_SEGMENT_AFTER.match(glued[len(title):]))


_MENU_ITEMS = 4
_SEGMENT_AFTER = re.compile(r"\s+[/|–—•-]\s+\S")


def looks_like_section_label(line: str) -> bool:
    """ "World News", "NATIONAL / POLITICS", "Asia & Pacific": a few capitalised words, nothing lowercase;
    in Chinese or Japanese, a few characters with no space or punctuation ("北方領土", "ニュースプラス")."""
    if _CJK_LABEL.fullmatch(line):
        return True
    tokens = words(line)
    return len(tokens) <= 3 and all(t[0].isupper() for t in tokens)


_CJK_LABEL = re.compile(f"[{HAN_KANA}ー]{{2,8}}")


_TAGLINE_WORD = re.compile(r"\b(?:News|Newswire|Newsroom|Newsfeed|Wire)\b")


def looks_like_site_tagline(line: str) -> bool:
    """ "Independent News From Russia", "Russia & CIS General Newswire": a site's motto or service
    name above the title: a few capitalised words naming news itself."""
    tokens = words(line)
    return len(tokens) <= 5 and all(t[0].isupper() for t in tokens) and bool(_TAGLINE_WORD.search(line))


def strip_outlet_suffix(unit: Unit) -> tuple[str, tuple[int, int]]:
    """Headline without an outlet suffix (" | Reuters", " | News | DW | 15.12.2016") or a wire's edition
    tag before it ("(LEAD) ", "(2nd LD) ", "UPDATE 2-"), with its span."""
    end, _ = split_title_suffix(unit.text)
    text = unit.text[:end].rstrip()
    stamp = _TRAILING_STAMP.search(text)
    if stamp and len(words(text[: stamp.start()])) >= 5:
        text = text[: stamp.start()]
    tag = _EDITION_TAG.match(text)
    skip = tag.end() if tag and len(text) - tag.end() >= 10 else 0
    return text[skip:], (unit.start + skip, unit.start + len(text))


def normal_key(line: str | None) -> str:
    return re.sub(r"\W+", "", (line or "").casefold())


def trim_trailing_link(unit: Unit) -> tuple[Paragraph | None, Paragraph | None]:
    """Split a paragraph's trailing "Read more" link off into furniture."""
    match = _TRAILING_READ_MORE.search(unit.text)
    if not match or match.start() == 0:
        return Paragraph(unit.start, unit.end, unit.text), None
    kept = unit.text[: match.start()]
    link_start = unit.start + match.start() + (len(match.group()) - len(match.group().lstrip()))
    return (
        Paragraph(unit.start, unit.start + len(kept), kept),
        Paragraph(link_start, unit.end, unit.text[link_start - unit.start :]),
    )


# Furniture an article extractor lets through, dropped from a page's body: everything else it kept
# (lists, table rows, short lines, text in another script) is the article's.
PAGE_FURNITURE = {"stamp", "icons", "widget", "link", "copyright", "label", "print note", "url"}


def clean_page(text: str, title: str | None) -> CleanText:
    """An HTML page's text as ``read.read_html`` lays it out: its title line, then the extractor's body.

    The extractor has already set the page's furniture aside, so the rules for scraped text (which
    drop any line that is not a sentence) would drop the article's lists and tables: here only the
    kinds in ``PAGE_FURNITURE`` are dropped."""
    units = [unit for block in _line_blocks(text) for unit in block]
    headline, span = None, None
    if title and units and normal_key(units[0].text) == normal_key(title):
        headline, span, units = units[0].text, (units[0].start, units[0].end), units[1:]
    script = main_script(text)
    body: list[Paragraph] = []
    furniture: list[Paragraph] = []
    for unit in units:
        paragraph = Paragraph(unit.start, unit.end, unit.text)
        (furniture if furniture_kind(unit.text, script) in PAGE_FURNITURE else body).append(paragraph)
    return CleanText(headline, span, tuple(body), tuple(furniture))
