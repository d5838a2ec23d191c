"""Whether a rating in a message is the respondent's own rating of the service.

`others` and `in_passing` already set aside a rating whose clause names somebody else ("my wife
would say 5") or something else ("the installer was a 5/5 legend"). Two constructions reach past
the clause and are read here:

- reported speech: after "X说…" / "X says …" everything up to the end of the sentence is X's, across
  commas, until the respondent speaks again ("我朋友说他们那边更差，只能给2分" is the friend's 2;
  "我朋友说他们那边更差，我给4分" is the respondent's 4);
- a topic that turns to the provider afterwards ("刚吃完烧烤，给了5星好评……你们的话让我想想",
  "gave the hotel 5 stars. as for you guys, hmm"), also by comparing the provider with what was
  named before by a pronoun ("食堂的饭难吃，我给两分，你们比它好", "you're better than them"): what
  was rated before it was something else;
- a rating given to one person, "him" or "her" ("我给他打了五星", "I'd give her a 5"): it rates
  that person (the installer, a waiter), not the service ("them" / "他们" may be the provider).

A rating word may also be another word: 一般 before a verb is "usually" ("我一般都用流量"), and
"good question" or "good morning" rate nothing; nor does a judgement of the speaker's own mood
or health ("整个人都不好了", "not feeling great").
"""

from __future__ import annotations

import re

from bot.understanding import others
from bot.understanding.normalize import SENTENCE_END
from bot.understanding.ratings import (
    hearsay,
    held_lines,
    rated_others,
    rating_asides,
    scored_things,
    social_talk,
    unmet_ratings,
    very_words,
)

# Verbs that report what another person says or thinks.
_REPORTING = re.compile(
    r"说(?!实话|真的|白了|句|不好|不上|不清)|觉得|认为|觉着"
    r"|\b(?:says?|said|thinks?|thought|reckons?|reckoned|claims?)\b"
)
# The respondent speaking again after the reported words.
# (额 is "I" in northwestern speech when a verb follows: "媳妇说五分，额就给三分"; not the
# filler "额，三分吧" nor 金额)
_SELF = re.compile(
    r"我|俺|咱|(?<![金数余份限名差定总])额(?=\s*(?:就|也|还|给|打|觉得|认为|自己))"
    r"|\b(?:i|i'm|i'd|i'll|me|my|we|we'd)\b|\bfrom me\b"
)
# The provider brought up as a new topic: "你们的话", "至于你们", "as for you guys".
_YOUR_TURN = re.compile(
    r"(?:至于|说到|轮到)?你们(?:的话|呢[,，.。…\s])|(?:至于|说到|轮到)你们"
    # "你们的服务嘛，…", "your service though? …": the provider as a topic of its own
    r"|你们(?:的(?:服务|网络?|宽带|信号|套餐))?(?:嘛|么|呢)[,，.。…\s]"
    r"|\b(?:you(?: lot| guys)?|your (?:service|broadband|internet|wi-?fi|network|lot))\s*(?:though"
    r"|on the other hand)\b|\bas for (?:you|your|the service)\b|\bwhen it comes to (?:you|your)\b"
    # compared with what was named before: "你们比它强多了", "you're way better than them"
    r"|你们(?:可|倒|还|都)?比(?:它们?|他们|她们|那个|那家)"
    r"|\byou(?:'re| are| guys are)\s+(?:(?:much|way|far|a lot|a bit|miles|loads)\s+)?"
    r"(?:better|worse|cheaper|faster)\s+than\s+(?:them|it|those guys|that lot)\b"
)
_PROVIDER = re.compile(r"你们|您们|\b(?:you|your|y'all)\b")
_CLAUSE_MARK = re.compile(r"[,，.。!！?？;；~…]")


def _clause_start(low: str, start: int) -> int:
    """Where the clause holding `start` begins."""
    return max((m.end() for m in _CLAUSE_MARK.finditer(low, 0, start)), default=0)


def _clause_end(low: str, start: int) -> int:
    """Where the clause holding `start` ends."""
    stop = _CLAUSE_MARK.search(low, start)
    return stop.start() if stop else len(low)


# A turn to another topic within a clause: "装机师傅能给5分 但网本身只能2分".
_BUT = re.compile(r"但是?|可是|不过|\bbut\b")


def after_but(before: str) -> str:
    """The words of `before` after its last "but"."""
    return _BUT.split(before)[-1]


def reported_by_other(low: str, start: int) -> bool:
    """The rating at `start` is inside what another person is reported to say or think."""
    ends = [m.end() for m in SENTENCE_END.finditer(low, 0, start)]
    sentence_start = ends[-1] if ends else 0
    for verb in reversed(list(_REPORTING.finditer(low, sentence_start, start))):
        if not others.said_of_other(low, verb.start(), household=True):
            continue
        return _SELF.search(low, verb.end(), start) is None
    return False


def rates_something_before(low: str, start: int) -> bool:
    """The rating at `start` comes before the provider is brought up as a new topic, and its own
    clause does not name the provider: it rated something else."""
    turn = _YOUR_TURN.search(low, start)
    if turn is None:
        return False
    clause = low[_clause_start(low, start) : _clause_end(low, start)]
    # a bare rating ("4分吧，你们的话…") is the answer; one given to something names what it did
    return _PROVIDER.search(clause) is None and len(_BARE_RATING.sub("", clause)) >= 3


_BARE_RATING = re.compile(
    r"[\d\s.,]|[一二三四五]|分|星|吧|啊|呀|嗯|\b(?:stars?|points?|out of|maybe|i guess|a)\b"
)


# A score given to one other person: "我给他打了五星", "I'd give him a 5", "rated her 4 stars".
_TO_PERSON = re.compile(
    # (Cantonese 俾佢 / 畀佢 is 给他: "俾佢五星"; 佢哋 is "them")
    r"(?:给|俾|畀)(?:他|她|佢)(?!们|哋)(?:打|评)?(?:了)?(?:个)?\s*$"
    r"|\b(?:give|gave|giving|given|rate|rated|rating)\s+(?:him|her)\s+(?:a\s+|an\s+)?$"
)


def given_to_person(low: str, start: int) -> bool:
    """The rating at `start` is given to "him" or "her" in its own clause."""
    return _TO_PERSON.search(low, _clause_start(low, start), start) is not None


# A score given to something named right after the verb that is not the provider: "I'd rate
# November a 1", "rate Mondays a 2" (but "rate you guys a 4", "rate it a 2", "give the service a
# 4" rate the provider, and "give a 4" names nothing).
_RATES_NAMED = re.compile(
    r"\b(?:rate|rated|rating|give|gave|giving|given)\s+"
    # ("ye", "yez", "youse", patois "unu" and "yuh" are "you": "I'd give ye a 4")
    r"(?!(?:a|an|it|you|ya|u|y'all|yall|ya'll|ye|yez|youse|yous|unu|yuh|them|'?em|am|us|this|that|these|those"
    r"|everything|overall|maybe"
    r"|probably|about|around|like|just|only|honestly|easily|solid|definitely|myself|ourselves"
    r"|your|yours|the|my|our|their|his|her|him|whole|service|internet|broadband|wifi|wi-fi|plan"
    r"|provider|company|network|connection|experience"
    # ("my rating is 3 stars", "change my rating to 3", "a rating of 4": the noun, then its value)
    r"|is|was|to|of|at|be|would|will|should|stays|remains|now|then)\b)"
    r"[a-z][a-z'\-]*(?:\s+[a-z][a-z'\-]*)?\s+(?:an?\s+)?$"
)


# ... or to "the" something that is not the provider: "gives the new route 5 stars", "rated the
# hotel a 4" (not "give the service a 4", "rate the new plan a 3").
_RATES_THE_THING = re.compile(
    r"\b(?:rates?|rated|rating|gives?|gave|giving|given)\s+the\s+"
    r"(?!(?:[a-z'\-]+\s+)?(?:service|internet|broadband|wifi|wi-fi|plan|provider|company|network"
    r"|connection|experience|coverage|signal|speed|speeds|app|package|deal|data|line|lot|whole"
    r"|overall|thing)\b)"
    r"[a-z][a-z'\-]*(?:\s+[a-z][a-z'\-]*)?\s+(?:an?\s+)?$"
)


# A caveat after a judgement: "还行，就是有时候信号不好", "挺好的，只是价格不太好", "it's ok, just
# the signal is bad in the kitchen". The fault named in it qualifies the judgement before, it does
# not replace it (alone, "就是信号不好" still rates).
_CAVEAT = re.compile(
    r"\s*(?:(?:不过|但是?|可)?(?:就是|只是|只不过)|\b(?:just|only|except)\b(?!\s+(?:a|an)\b))"
)


def in_caveat(low: str, start: int) -> bool:
    """The rating word at `start` stands in a "就是…" / "just …" clause after another clause."""
    begin = _clause_start(low, start)
    return begin > 0 and _CAVEAT.match(low, begin) is not None


def rates_named_thing(low: str, start: int) -> bool:
    """The rating at `start` is given to something named right after "rate" or "give"."""
    begin = _clause_start(low, start)
    return (
        _RATES_NAMED.search(low, begin, start) is not None
        or _RATES_THE_THING.search(low, begin, start) is not None
    )


# A score the respondent would give if the scale allowed it, said beside the real one: "would
# give zero if I could", "five stars, six if allowed", "能打零分我就打零分", "要是能给负分" (but
# "只能打2分" is the score given).
_WISHED = re.compile(
    r"\bif (?:i|we|you) (?:could|can|were allowed|was allowed|had the option)\b|\bif (?:allowed"
    r"|possible|it (?:were|was) (?:possible|allowed|an option)|(?:there|that) (?:was|were) an"
    r" option)\b|(?:要是|如果|假如)(?:可以|能)|(?<![只才])能(?:打|给|评)[^,，。]{0,6}?就"
)


# A score things would have had: "Would've been a 5 if not for the faff", "could have been a 10".
_WOULD_HAVE_BEEN = re.compile(
    r"\b(?:would|could|might|should)(?:'ve| have| of)\s+(?:been|got|gotten|had|given (?:it|you))"
    r"\s+(?:(?:a|an)\s+)?(?:(?:solid|easy|full|clear|straight)\s+)?$"
)


def wished(low: str, start: int) -> bool:
    """The rating at `start` is only what the respondent would give if they could, or what it
    would have been."""
    begin = _clause_start(low, start)
    return (
        _WISHED.search(low, begin, _clause_end(low, start)) is not None
        or _WOULD_HAVE_BEEN.search(low, max(begin, start - 40), start) is not None
    )


# A score given to a mood or to the speaker themself: "mood's a 1", "心情只有1分"; and "I'm a 1
# lol", which rates the speaker's day when another score follows or precedes it ("after a shift
# I'm a 1, but 5 from me"); alone, "I'm a 4" answers the question.
_MOOD_SCORE = re.compile(
    r"\b(?:my )?mood(?:\s+(?:lately|today|these days|right now))?(?:'s| is| was)?\s+"
    r"(?:(?:only|just|like|about|at)\s+)?(?:an?\s+)?$"
    # ("心情最近只能打1分", "我心情今天顶多2分": a time and a limit between)
    r"|心情(?:最近|今天|这几天|这阵子|现在|只有|只能|就|也|大概|差不多|顶多|最多|都)*"
    r"(?:是|打|给|有)?(?:个)?(?:负|零下)?\s*$"
)
# A point taken off is no rating: "8/10，扣两分因为客服", "deducted 1 for the wait".
_DEDUCTED = re.compile(
    r"(?:扣|减|扣掉|扣了|减掉|减了|\bdeduct(?:ed)?|\bminus|\btake off|\bknock(?:ed)? off)\s*$"
)


# A mark in an exam is no rating: "考试考了62分", "测验得了80分".
_EXAM_MARK = re.compile(r"(?:考了|考得|考出|考试得了|测验得了|测验考了)\s*$")


def deducted(low: str, start: int) -> bool:
    """The number at `start` is a point taken off ("扣两分") or a mark in an exam ("考了62分")."""
    before = max(0, start - 10)
    return bool(_DEDUCTED.search(low, before, start) or _EXAM_MARK.search(low, before, start))


_SELF_SCORE = re.compile(r"\b(?:i'?m|i am|i feel(?: like)?)\s+(?:(?:only|just|like|at)\s+)?an?\s+$")


def mood_score(low: str, start: int) -> bool:
    """The number at `start` scores the speaker's mood."""
    return _MOOD_SCORE.search(low, _clause_start(low, start), start) is not None


def self_score(low: str, start: int) -> bool:
    """The number at `start` is said of the speaker ("I'm a 1"): a rating only when alone."""
    return _SELF_SCORE.search(low, _clause_start(low, start), start) is not None


# "he" or "she" as the one who scores: "他非要打5分", "she gives everything a 10" (not "给他打",
# "I'd give her a 5", read above; "他们" may be the provider). The respondent taking the clause
# back ("他说5分，我给4分") keeps their own.
# (not the 他 of "其他" the rest, "吉他" a guitar)
_THIRD_RATER = re.compile(r"(?<![给对跟和与把被让叫帮替其吉])[他她](?!们)|\b(?:he|she)\b(?!'s a\b)")


def rated_by_third_person(low: str, start: int) -> bool:
    """The rating at `start` is given by "he" or "she", the subject of its clause."""
    begin = _clause_start(low, start)
    found = list(_THIRD_RATER.finditer(low, begin, start))
    return bool(found) and _SELF.search(low, found[-1].end(), start) is None


def apart(low: str, start: int) -> bool:
    """The rating at `start` is somebody else's, about something else, or only wished for (see
    the module)."""
    return (
        reported_by_other(low, start)
        or hearsay.said_by_people(low, start)  # "我们这儿的人都说移动信号好一些"
        or rates_something_before(low, start)
        or given_to_person(low, start)
        or rates_named_thing(low, start)
        or rated_others.rates_another(low, start)  # "Netflix gets a 4", "我给移动打2分"
        or wished(low, start)
        or mood_score(low, start)
        or deducted(low, start)
        or rated_by_third_person(low, start)
        or unmet_ratings.not_own(low, start)  # "I'd give a 4 if the price came down"
        or scored_things.not_service(low, start)  # "手机给5分", "2 stars on the app store"
        or rating_asides.aside(low, start)  # "the app 4 stars, the internet I can't judge"
    )


# A rating word used as something else: 一般 before a verb or a time is "usually" ("我一般不
# 打分", "平时一般都用流量"); "good question", "good morning", "nice one" are set phrases.
_USUALLY = re.compile(
    r"\s*(?:都|不|没|会|是|在|用|就|也|要|去|打|给|很少|比较少|晚上|白天|早上|中午|周末|平时)"
)
_SET_PHRASE = re.compile(
    r"\s+(?:question|morning|afternoon|evening|night|point|idea|one|luck|job|grief|lord|god)\b"
)


# A judgement of the speaker's own mood, body or state rates no service: "整个人都不好了",
# "心情不太好", "身体不好", "not feeling great today", "my head's bad" (but "feeling good about
# you guys" is about the provider).
_OWN_STATE_BEFORE = re.compile(
    r"(?:整个人|心情|身体|身子|状态|精神|气色|脸色|胃口|睡眠)(?:都|也|就|真|很|太|有点|有些|特别"
    r"|超|非常|一直|最近|今天|完全|实在|老|又|还|是)*\s*$"
    r"|\b(?:i'?m\s+|i am\s+)?(?:not\s+)?feeling\s+(?:(?:so|really|pretty|a bit|quite|very|super"
    r"|too|that|properly|a little|all that)\s+)*$"
    r"|\bmy (?:mood|head|health|back|body)(?:'s|\s+is)\s+(?:(?:so|really|pretty|a bit|quite"
    r"|very)\s+)*$"
    # "everything feels terrible": the speaker's day
    r"|\b(?:everything|life|today|the world)\s+(?:feels|seems)\s+(?:(?:so|really|pretty|a bit"
    r"|just|kinda|very)\s+)*$"
)
_ABOUT_AFTER = re.compile(r"\s+(?:about|with|on)\b")
# ... or said of a mood: "in a great mood", "good spirits"
_MOOD_AFTER = re.compile(r"\s+(?:mood|moods|spirits|headspace)\b")
# 好 right after a verb of doing says the job is done, it judges nothing: "路由器调好了", "装好
# 了", "想好了", "信号塔前年才建好" (but "挺好", "很好用" are longer words and still rate).
_DONE_VERB = re.compile(
    r"(?:调|装|修|弄|搞|办|配|设|接|连|整|做|写|填|想|备|排|拾|谈|商量|约|说|收|停|穿|放|锁|关|系|绑|坐|站"
    # building and laying: "塔建好了", "线拉好了", "管子埋好了"
    r"|建|盖|造|铺|架|拉|布|搭|埋|砌|换|补)"
    r"\s*$"
)
# 三星 is also Samsung: after buying or using ("换了个三星", "用的三星") or before a model
# ("三星s23", "三星折叠屏") it is the phone, not three stars ("给个三星" still rates).
_BRAND_BEFORE = re.compile(
    r"(?:用|买|换|拿|入手|入|抢|送)(?:了|的|着)?(?:个|台|部|一台|一部)?\s*$|韩国\s*$"
)
_BRAND_AFTER = re.compile(
    r"\s*(?:[a-z0-9]|手机|平板|电视|折叠|屏|的手机|家|品牌|电子|公司|用户|galaxy|note)"
)


# A rating word as the predicate of a comparison gives no level: "比去年好点了", "比上个月差一些",
# "比起别家强多了" (`vague` reads them as vague; "比较满意" is "fairly satisfied").
# ("跟上个月比好", "和以前比起来强多了": what it is set against comes first)
_COMPARED_BEFORE = re.compile(
    r"比(?!较|如|方|赛|例|分|率)[^,，。.!！?？比]{1,10}?$"
    r"|(?:跟|和|同|与)[^,，。.!！?？比]{1,8}?(?:相)?比(?:起来|的话|之下)?$"
)


def word_used_otherwise(low: str, start: int, end: int) -> bool:
    """The rating word at `start`..`end` is used as another word or in a set phrase, judges the
    speaker's own mood or health, or only compares."""
    if "比" in low and _COMPARED_BEFORE.search(low, max(0, start - 12), start):
        return True
    if _OWN_STATE_BEFORE.search(low, max(0, start - 24), start) and not _ABOUT_AFTER.match(
        low, end
    ):
        return True
    word = low[start:end]
    if _MOOD_AFTER.match(low, end):
        return True
    if word == "好" and _DONE_VERB.search(low, max(0, start - 3), start):
        return True
    if very_words.very_before_trouble(low, start, end):
        return True  # "好难讲", "网速好慢": 好 is "very"
    if social_talk.acknowledges(low, start):
        return True  # "好的，等一下", "ok hang on": the question acknowledged, then a pause
    if held_lines.line_of_the_moment(low, start):
        return True  # "等下哈，地铁上信号不好": the reason for the pause
    if word == "三星" and (
        _BRAND_BEFORE.search(low, max(0, start - 6), start) or _BRAND_AFTER.match(low, end)
    ):
        return True
    if word == "一般":
        return _USUALLY.match(low, end) is not None
    if (
        "及格" in word
        and re.search(r"考|测验|exam|test", low[max(0, start - 15) : start])
        and not re.search(r"服务|网|信号|你们|service", low[_clause_start(low, start) : start])
    ):
        return True  # "考试考了62分，刚及格": an exam passed (but "考了驾照，服务及格")
    if word in ("good", "great", "nice", "fine"):
        return _SET_PHRASE.match(low, end) is not None
    return False


# "最唔满意系啲客服", "最不满意的就是网速": what the respondent likes least, named after the
# word; in an answer to another question that names a complaint, it rates nothing.
_WORST_BEFORE = re.compile(r"最\s*(?:不|唔|冇|没)?\s*$")
_WORST_AFTER = re.compile(r"\s*(?:的|嘅|系|是|就是|就系)")


def names_the_worst(low: str, start: int, end: int) -> bool:
    """The rating word at `start`..`end` opens "最不满意的是…": what is liked least."""
    before = low[max(0, start - 3) : start]
    return bool(_WORST_BEFORE.search(before) and _WORST_AFTER.match(low, end))
