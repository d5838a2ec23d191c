"""Intentions to stay or leave: conditions, and plans that are not the respondent's own.

Asked whether they will stay, people hedge and set conditions ("价格降了就继续用", "stay, unless it
goes up", "看你们给不给优惠吧，不给就走", "这个得看我老公"): the answer is "unsure". Other words of
leaving or staying are no plan of the respondent at all: somebody else's advice ("我哥劝我转电信"),
something that nearly happened ("去年差点换了"), leaving something other than the provider ("打算换
手机", "it's my bank I'm leaving"), read in `not_plans`; or what somebody else said ("they said
maybe 2027"). Sarcasm takes a statement back ("sure, right after pigs fly"). The choice resolver
(`choices`) applies these readings to the lexicon's hits.
"""

from __future__ import annotations

import re

from bot.understanding.churn import (
    intention_asides,
    leaving_for_others,
    likely_plans,
    notice_given,
    rated_then_weighed,
    relevance_tags,
    renewal_asides,
    rival_joined,
    scorned_choices,
    threatened_moves,
    weighed_in_passing,
)
from bot.understanding.churn.abroad import OWN_MOVE_ABROAD
from bot.understanding.churn.not_plans import OTHER_OBJECT_AFTER
from bot.understanding.lexicon import Entry, Hit
from bot.understanding.others import said_of_other
from bot.understanding.supposing import IF_ZH

Candidate = tuple[Hit, Entry]

_CONDITIONAL = re.compile(
    r"如果|要是|的话|(?<!到期)(?<![约同议]到)了就(?!是)|(?<=[^\s,，.!?])就继续|不然|否则|看(?:价格|情况|优惠"
    r"|服务)|取决于|(?<!\bas )\bif\b|\bunless\b|depends"
    r"|depending|\bmight\b(?! as well\b)|we'?ll see|看(?:你们)?(?:的)?表现|看到时候"
    r"|(?<!不)可能(?!性)|也许|或许|说不定|只要|有(?:更|比较)?[^,，。]{0,4}的就(?:换|走|跑|撤|转)"
    # "续约？除非降价": an exception named is a condition, as "unless" is
    r"|除非"
    # written style: "视情况而定", "若资费合理则继续"; left to the day: "到时候再看"
    r"|视(?:情况|具体情况|价格|服务)|(?<![倘假])若(?!干|无意外|没意外)|倘若|到时候?再?(?:看|说|定|决定)"
    r"|再(?:这样|这么)(?:下去)?[^,，。就]{0,8}?就"
    r"|\bperhaps\b|\b(?:as|so) long as\b|\bprovided\b|\bassuming\b"
    # "涨价就走", "再慢就换": an event that may happen, then the decision
    r"|(?:涨价|降价|提价|加价|便宜|优惠|再慢|还慢|变慢|断网|掉线|出问题|不稳定|信号差|变贵|再贵|更贵)"
    r"了?(?:的话)?(?:我|俺)?就|\b(?:as soon as|once|when|the moment|if) i find\b"
    # "价格降点就续", "便宜一些就留": a price that may come down, then the decision
    r"|(?:降|便宜|少收|减)(?:一?点|一?些|[一二两三四五六七八九十几\d]+(?:块|元|刀)钱?)(?:价|钱)?"
    r"(?:的话)?(?:我|俺)?就"
    # a price cut asked for, then the decision: "drop it by a tenner and I'll stay", "knock a
    # fiver off and I'll renew" (not "they dropped the price and I'll stay")
    r"|(?:^|[,.;!?]\s*)(?:just\s+)?(?:drop|lower|cut|knock|reduce|bring|match|give me)\b"
    r"[^.!?;]{0,30}?\band (?:i'?ll|i will|we'?ll|we will|i'?d|i would)"
    r" (?:happily |gladly |definitely )?(?:stay|renew|keep|remain|stick)"
    # something given first, then the renewal: "送了我就续", "送点流量我就续", "给优惠我就留"
    r"|(?:送|赠|给(?:我|俺)?(?:点|些)?(?:优惠|折扣|流量|话费|福利|赠品))[^,，。就]{0,6}?(?:的话)?"
    r"(?:我|俺)?就(?:续|留|继续|接着用)(?![^,，。]{0,3}了)"
    # ... or comes down at all: "价格降下来就续", "资费下来了我就留", "等价格降下来再续"
    r"|(?:降|便宜|低|少|价|格|钱|费)下来了?(?:的话)?(?:我|俺)?(?:就|再|才)"
    r"|(?:再|还)[^,，。就]{0,4}(?:慢|贵|差|断|卡|涨价|不行)(?:下去)?(?:的话)?(?:我|俺)?就"
    # "续不续看老婆的意思": asked as a question, left to someone else
    r"|(?<!不)(?P<verb>续|换|走|留|用)不(?P=verb)|看[^,，。]{0,6}的?(?:意思|意见)"
    r"|(?<![没不])听[^,，。]{0,4}的吧?$"
    # "看你们给不给优惠", "不给就走": a condition put as a question, or in the negative
    r"|看[^,，。]{0,8}?(?P<ask>[\u4e00-\u9fff])不(?P=ask)"
    r"|(?:不|没)[^,，。就]{1,4}(?:的话)?(?:我)?就(?:走|换|撤|转|跑|不续|不用)"
    # "价钱不涨俺就接着用": stays only while nothing changes
    r"|(?:不|没)(?:涨|涨价|加价|变贵|提价|降速|出问题|断网?|掉线|卡)(?:的话)?(?:我|俺|额)?就(?:接着|继续|一直|还)?(?:用|续|留)"
    # someone else decides: "这个得看我老公", "家里他做主", "it's up to my wife"
    r"|(?:^|[得要就全都还])看(?:我(?:家)?)?(?:老公|老婆|媳妇|爱人|对象|家里|家人|爸妈|父母|孩子|儿子"
    r"|女儿|闺女|领导|老板)"
    # ... at a clause's start, with what they say: "我哪知道，看我闺女咋说", "看我儿子怎么说吧"
    r"|(?:(?<=[,，。\s])|^)看(?:我(?:家)?)?(?:老公|老婆|媳妇|爱人|对象|孩子|儿子|女儿|闺女|家里人?)"
    r"(?:咋|怎么|怎样)(?:说|讲|定|想)"
    r"|(?:他|她|老公|老婆|媳妇|爱人|家里|儿子|女儿|闺女)(?:来)?(?:做主|说了算|拿主意"
    # "他定就行", "老公决定就好": whatever they settle on
    r"|(?:定|决定)(?:就行|就好|就可以|就成|吧|呗))"
    r"|\bup to (?:my|the|our) (?:wife|husband|partner|missus|other half|parents|boss|son|daughter"
    r"|mum|mom|mam|mother|dad|father|gran|nan|grandma|grandad|grandpa"
    r"|kids|children|grandson|granddaughter|family)\b"
    r"|\bfor (?:my|the|our) (?:wife|husband|partner|missus|son|daughter|kids|grandson"
    r"|granddaughter|family) to (?:decide|say)\b"
    # to be talked over first: "得跟媳妇商量一下", "need to talk it over with my wife" (not
    # "商量过了", "we talked it over")
    r"|(?<![没不])商量(?![过好完了])|\btalk (?:it|this|that) over\b"
    r"|\bdiscuss (?:it|this|that) with\b"
    r"|\b(?:need|have|got|gotta|must)\s+to\s+(?:talk|check|ask|consult|speak|chat)\b[^.;!?]{0,12}?"
    r"\b(?:my|our|the) (?:wife|husband|partner|missus|hubby|other half|family|parents|kids|boss"
    r"|mum|mom|dad|son|daughter)\b"
    # "看他吧", "听她的", "up to him", "whatever she decides": left to the person named before
    r"|(?<![去来探照查])看(?:他|她)们?(?:的)?(?:意思|意见|决定)?(?:吧|呗|啦|$|[,，。.!！~])"
    r"|(?<![没不])听(?:他|她)们?的"
    r"|\bup to (?:him|her|them)\b|\bwhatever (?:he|she|they) (?:decides?|wants?|says?)\b"
    r"|\b(?:my|the) (?:wife|husband|partner|missus|other half|parents|boss|son|daughter)"
    r" (?:decides|makes (?:the|that|those) calls?|calls the shots|has the final say)\b"
    # weighing it up, or trying it a while longer: "在考虑要不要换", "thinking about leaving",
    # "再用一段时间看看"
    r"|(?<![不没用需必])(?<!不需要)考虑(?!好)|要不要"
    # (dropped g's too: "still weighin it up")
    r"|\b(?<!not )(?<!n't )(?:thinkin(?:g|')? (?:about|of|bout)|considering"
    r"|weighin(?:g|')?(?!\s+in\b)|mulling)(?![a-z])"
    r"|(?:用|试)[^,，。]{0,6}看看|再(?:决定|定)"
    # left open: "难讲", "看心情", "I'll see", "I'll think about it", "ask me again next year"
    # put off until something happens: "等我老公回来再说", "we'll decide when the contract's up"
    r"|等[^,，。]{1,16}?(?:再说|再定|再决定|再商量|再看)"
    # or waiting on how something turns out: "看找到工作在哪个城市再说", "得看明年调不调岗再定"
    # (not watching something first, "看完这集再说", a hold on the chat)
    r"|(?:^|(?<=[,，。.!！\s得要就]))看(?![完了过])[^,，。]{1,16}?再(?:说|定|决定|商量)"
    r"|\b(?:decide|talk about it|think about it)\s+(?:when|once|after)\b"
    # a decision set for a time to come: "will decide in December", "I'll decide by March"
    r"|\b(?:will|i'?ll|we'?ll|gonna|going to) decide (?:(?:in|by|before|around|come) (?:january"
    r"|february|march|april|may|june|july|august|september|october|november|december|spring"
    r"|summer|autumn|fall|winter|the new year|the end of)|next (?:week|month|year|spring|summer"
    r"|autumn|fall|winter))\b"
    # a rival's offer weighed: "evaluating an offer from Dialog", "comparing quotes"
    r"|\b(?<!not )(?:evaluating|assessing|comparing|weighing up) (?:an?|the|their|some|other"
    r"|a few|my|our|two|both)?\s*(?:offers?|deals?|quotes?|options|alternatives|providers)\b"
    r"|\bwait (?:till|until|for)\b[^.;!?]{1,40}?\bto (?:decide|see|talk)\b"
    r"|难讲|看心情|再想想|想想再说|\bi'?ll see\b|\bthink about it\b"
    # (a time the decision waits for, "ask me again in the summer"; not a hold on the chat: "ask
    # me later", "ask me again after I've slept", "ask me tomorrow, I'm knackered")
    r"|\bask me (?!(?:again\s+)?(?:later|tomorrow|another time|some other time|after (?:i'?ve"
    r" |i )?(?:slept|had (?:a|some) (?:sleep|kip|rest|nap|coffee))|after (?:my|this) (?:shift"
    r"|nap|kip)|after work|when i'?m (?:awake|up|free|home|rested|not (?:busy|working|driving)"
    r"|off)|in (?:an? |a few |\d+ )?(?:hour|minute|min)s?)\b)(?:again|later|next)"
    r"|\blooking (?:at|into) (?:other|different|alternative)|\bother options\b"
    # (not alternatives run down or missing, a reason to stay: "the alternatives in my street
    # offer only 16 Mbit/s", "there are no alternatives here", "alternatives? none worth it")
    r"|(?<!\bno )(?<!\bany )\balternatives\b(?!\s*\?)(?![^.;!?]{0,40}?\b(?:only|worse|slower"
    r"|dearer|pricier|rubbish|useless|no better|(?:are|is)n'?t (?:any )?better|not (?:any )?better"
    r"|(?:are|r) (?:all )?(?:bad|crap|terrible|awful|a joke))\b)"
)
# "the kids would riot if the wifi changed": a condition on something else, not on the decision.
# The condition is then ruled out: "不过短期没这打算", "but that's not happening".
_DISMISSED = re.compile(
    r"(?:不过|但是?|可是)[^,，。]{0,4}(?:没这(?:个)?打算|不会发生|不太可能|没这回事)"
    r"|\bbut (?:that'?s|it'?s) (?:not (?:happening|going to happen|likely)|unlikely)"
    r"|\bbut (?:that|it) (?:won'?t|will never) happen"
)
# Reported words: an indirect question or what somebody else said ("asked if", "they said maybe").
REPORTED_BEFORE = re.compile(
    r"\b(?:asked|asking|wondered|wondering|(?:they|he|she|it|someone|the \w+)\s+(?:said|says"
    r"|told me|reckons?))\s*$"
    # "问我停卡要不要去营业厅": somebody's question, put to the respondent
    r"|(?:问|问问|打听)(?:我|俺)(?:说)?[^,，。?？]{0,6}$"
)
_OTHER_CONDITION = re.compile(r"\bwould\b[^,.;!?]*\bif\b|\bif\b[^,.;!?]*\bwould\b")
_CLAUSE = re.compile(r"[^,.;!?，。；！？]+")
# Before 的话: the hypothesis is the intention itself, no condition on the decision.
_INTENT_BEFORE = re.compile(r"(?:换|转网|走|续|留|退网|销户)[^,，。]{0,3}$")


# "我自己的话", "我这边的话": the respondent as a topic, set against other people, no condition.
_SELF_TOPIC = re.compile(r"(?:^|[^\u4e00-\u9fff])?(?:我|俺|咱)们?(?:自己|个人|这边)?\s*$")
# A hypothesis put as a question about its cost: "要是我现在不续了，要交违约金吗？", "if I leave
# early is there a fee?": the option is only asked about, no decision (but "如果涨价我就换，违约金
# 多少？" decides, in the consequence).
_IF_WORD = re.compile(IF_ZH + r"|\bif\b|\bwhat if\b")
_SENTENCE_STOP = re.compile(r"[.!?。！？]")
_THEN_WORD = re.compile(r"就|则|那|\bthen\b|\b(?:i'?ll|i will|i'?d|i would|i'?m)\b")


_CURIOUS = re.compile(
    r"^[^,，]{0,8}好奇[。.!！~]*$|^(?:just|only)\s+(?:curious|wondering|asking)\b"
)


def hypothesis_asked(low: str, cands: list[Candidate]) -> bool:
    """A case put only as a question, no decision: every option said sits in an if-clause of a
    sentence that ends as a question ("要是我现在不续了，要交违约金吗？"), or, with no option said,
    the message has an "if" and nothing but questions ("要是续约的话，有没有什么优惠送啊？", "if I
    stayed, would the price drop?")."""
    if not cands:
        if not _IF_WORD.search(low):
            return False
        said = [m.group().strip() for m in _SENTENCE.finditer(low) if m.group().strip()]
        # ("…违约金如何计算？我对此有些好奇。", "just curious"): curiosity said is no decision
        said = [s for s in said if not _CURIOUS.search(s)] or said
        return bool(said) and all(s[-1] in "?？" for s in said)
    for hit, _ in cands:
        stop = _SENTENCE_STOP.search(low, hit.end)
        if stop is None or stop.group() not in "?？":
            return False
        ends = [e.end() for e in _SENTENCE_STOP.finditer(low, 0, hit.start)]
        ifs = list(_IF_WORD.finditer(low, ends[-1] if ends else 0, hit.start))
        if not ifs or _THEN_WORD.search(low, ifs[-1].end(), hit.end):
            return False
    return True


_SENTENCE = re.compile(r"[^.!?。！？]+[.!?。！？]*")


# The respondent joins the other person's weighing up: "my mate's thinking about leaving, me too".
_ME_TOO = re.compile(r"\bme too\b|\bso am i\b|\bsame here\b|我也(?:是|在|想|打算|一样)")


# Somebody else as the subject of "换不换": "他们换不换", "别人走不走".
_THEIRS_BEFORE = re.compile(r"(?:他们|她们|他|她|别人|人家|朋友|同事|邻居)(?:家)?(?:都|会|要)?\s*$")


def conditional(low: str, cands: list[Candidate]) -> bool:
    """Does a condition bear on the decision ("价格降了就继续用", "stay, unless it goes up")?"""
    for m in _CONDITIONAL.finditer(low):
        if relevance_tags.telling_only(low, m.start(), m.end()):
            continue  # "my bill's about $90 if that's relevant": no condition on a plan
        if _DISMISSED.search(low, m.end()):
            continue  # "if I moved abroad I'd cancel, but that's not happening": no condition
        if scorned_choices.MAD_AFTER.match(low, m.end()):
            continue  # "续约？除非我脑子坏了": a condition only a fool meets, scorn
        if REPORTED_BEFORE.search(low, max(0, m.start() - 16), m.start()):
            continue  # "asked if fibre's coming, they said maybe 2027": someone else's words
        if said_of_other(low, m.start(), household=True) and not _ME_TOO.search(low, m.end()):
            continue  # "my mum's thinking of switching", "my sister might leave": their plan
        if m.group("verb") and _THEIRS_BEFORE.search(low, max(0, m.start() - 6), m.start()):
            continue  # "他们换不换我无所谓，我肯定继续用": whether others switch
        clause = next((c for c in _CLAUSE.finditer(low) if c.start() <= m.start() < c.end()), None)
        if clause is None:
            return True
        if m.group() == "的话" and _INTENT_BEFORE.search(low, clause.start(), m.start()):
            continue  # "换号的话客户就联系不上我": what leaving would cost, a reason
        if m.group() == "的话" and _SELF_TOPIC.search(low, clause.start(), m.start()):
            continue  # "我自己的话肯定继续用": "as for me", after other people's plans
        inside = any(clause.start() <= h.start < clause.end() for h, _ in cands)
        if not inside and _OTHER_CONDITION.search(clause.group()):
            continue
        return True
    return False


# A closing "not." takes the whole statement back (sarcasm), as does an adynaton: "sure, right
# after pigs fly", "等太阳从西边出来吧".
TAKEN_BACK = re.compile(
    r"[.!,…]\s*not[.!…]*\s*$|\bpigs (?:fly|can fly|might fly)\b|\bhell freezes over\b"
    r"|\bin your dreams\b|\bdream on\b|太阳(?:从|打)西边出来|猴年马月"
)

NO_LONGER = re.compile(
    r"(?:现在|如今|后来|目前)(?:已经|又)?(?:不想了|不(?:打算|考虑)了|打消了|算了)"
    r"|\bnot any ?more\b|\bno longer\b|\bnot now\b|\bchanged my mind\b"
)


# Said in an answer to any question, these state an intention outright: a named rival ("I'm
# switching to BT"), or a threat of leaving if a failure or a rise happens again ("再这样就换了",
# "if it goes up again I'm going") – which is "unsure", a condition on the decision.
RIVAL_NAMES = (
    r"verizon|at&t|at ?and ?t|t mobile|sprint|vodafone|ee|o2|three|bt|sky|virgin(?: media)?"
    r"|talktalk|comcast|xfinity|spectrum|cox|telstra|optus|rogers|bell|telus|china mobile"
    r"|china unicom|china telecom|mtn|airtel|jio|vodacom|telkom|safaricom|singtel|starhub|plusnet"
    # (Philippine Smart, not a smart meter or a smart TV)
    r"|globe|smart(?!\s*(?:meters?|tvs?|phones?|watch(?:es)?|home|speakers?|plugs?|bulbs?"
    r"|cards?|money|casual))|dito|gomo|giffgaff|lebara|lycamobile|smarty|tesco mobile|telenor"
    r"|zong|ufone|bsnl|maxis|celcom|digi|m1|fido|koodo|freedom mobile|mint mobile|glo|9mobile"
    r"|econet|cell c|movistar|tigo"
    # (Southern and East Africa, the Caribbean and Latin America)
    r"|mascom|netone|telecel|zamtel|halotel|digicel|claro|telcel"
    # (New Zealand and Australia)
    r"|one ?nz|spark|2 ?degrees|skinny|slingshot|tpg|iinet|aussie broadband|amaysim"
)
# "we ain't goin anywhere", "I'm not goin' anywhere": staying put, in any answer, as the lexicon's
# "not going anywhere" is (not a trip: "ain't going anywhere this weekend")
# ("ain't goin' nowhere": the double negative, and the subject left off as a clause opens)
NOT_GOING_ANYWHERE = re.compile(
    r"(?:\b(?:i'?m|i am|we'?re|we are|we|i)\s+|(?:^|[,.;!?]\s*))(?:ain'?t|aint|not)\s+"
    r"(?:going|goin'?|moving)\s+(?:anywhere|nowhere)\b(?!\s+(?:this|next|for|on|at|near|until|till|today|tonight|tomorrow|in|over)\b)"
)
# The number taken to a rival: "moved my number over to Mascom yesterday" (not "his number", nor
# "moved my number over from Mascom").
NUMBER_TO_RIVAL = re.compile(
    r"\b(?:moved|moving|ported|porting|transferred|transferring|took|taking)\s+(?:my|our)\s+"
    r"(?:number|line|sim|numbers)\s+(?:over\s+|across\s+)?to\s+(?:" + RIVAL_NAMES + r")\b"
)
# A Caribbean rival whose name is a word too, after the respondent's own move: "I'm moving to Flow
# when the contract's done" (not "moving to flow state", "go with the flow").
WORD_RIVAL_MOVE = re.compile(
    r"\b(?:i'?m|i am|we'?re|we are)\s+(?:switching|moving|porting)(?: over| across)? to\s+"
    r"(?:flow|bmobile)\b(?!\s+(?:state|chart|of|with)\b)"
)
STRONG_PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    "stay": (
        NOT_GOING_ANYWHERE,
        intention_asides.STAYING_FOR_SURE,
        intention_asides.GOING_ON_ZH,
        renewal_asides.RENEW_EN,
        renewal_asides.RENEW_ZH,
        renewal_asides.GOING_ON_CLAUSE_ZH,
        scorned_choices.SWITCHING_SCORNED,
        likely_plans.LIKELY_STAY,  # "4, no complaints, ill prob renew"
    ),
    "leave": (
        likely_plans.LIKELY_LEAVE,  # "i prob wont renew"
        likely_plans.signed_elsewhere(RIVAL_NAMES),  # "I've already signed with Telstra"
        rival_joined.joined_rival(RIVAL_NAMES),  # "3, just joined Telstra"
        rival_joined.JOINED_RIVAL_ZH,  # "3分，刚办了移动的卡"
        re.compile(
            r"\b(?:i'?m|i am|we'?re|we are)\s+(?:(?:switching|moving|porting|going|heading|off)"
            r"(?: over| across)?|jumping ship) to\s+(?:" + RIVAL_NAMES + r")\b"
            # said with no subject, at a clause's start: "1. rubbish. switching to One NZ"
            r"|(?:^|(?<=[.,;:!-]))\s*(?:(?:and|so|anyway|yeah)\s+)?(?:switching|porting(?: out)?"
            r"|(?:moving|going) over|jumping ship) to\s+(?:" + RIVAL_NAMES + r")\b"
            # ("moving to Spark next month"; not a place or a number: "moving to Three Rivers")
            r"|(?:^|(?<=[.,;:!-]))\s*(?:(?:and|so|anyway|yeah)\s+)?moving to\s+"
            r"(?!three|sky|globe|bell|smart|spectrum|glo\b|freedom|cox|digi)(?:"
            + RIVAL_NAMES
            + r")\b"
        ),
        NUMBER_TO_RIVAL,
        WORD_RIVAL_MOVE,
        threatened_moves.LEAVING_SAID,  # "switching next month", "I shall not be renewing"
        leaving_for_others.BUSINESS_ELSEWHERE,  # "I'm taking my business elsewhere"
        notice_given.GONE_WHEN_UP,  # "soon as this contract's up, I'm gone", "given notice"
        # a switch the respondent has settled on ("反正" anyway, "决定" decided), with no other
        # object: "反正我要换了", "我们已经决定转网了" (not "我要换手机了", nor a consequence of a
        # condition, "如果还这么慢，我准备换了"; 走 and 撤 also take leave of a chat)
        re.compile(
            r"(?:(?:我|俺|咱)们?)?(?:也|都|就|真的?|肯定|马上)*"
            r"(?:反正(?:我|俺|咱)?们?(?:也|都|就|肯定|马上)*(?:要|准备|打算|决定)|(?<![没不未])(?:已经)?决定(?:要)?)"
            r"(?:换|转网|携号转网|退网|销户)了?(?=\s*(?:$|[,，。.!！~…]))"
        ),
        # a plan made, with the time it happens: "planning to switch next month", "going to
        # cancel in March" (not "planning to switch phones", nor somebody else's plan)
        re.compile(
            r"\b(?:planning|plan|intend(?:ing)?|going|gonna|about)\s+to\s+(?:switch|leave|cancel"
            r"|port)(?:\s+(?:over|out|providers?|carriers?|networks?))?"
            r"(?=\s+(?:next|this|in|at|by|once|when|after|before|soon|as soon)\b)"
            r"(?!\s+(?:phones?|handsets?|jobs?|banks?|schools?|gyms?|cars?|flats?|houses?)\b)"
        ),
        OWN_MOVE_ABROAD,
        renewal_asides.NOT_RENEWING_CLAUSE_ZH,
        renewal_asides.DONE_USING_CLAUSE_ZH,  # "老是乱扣流量费，不想用了"
        scorned_choices.RENEWING_SCORNED,
        # a decision tied to the contract's end, which comes for sure: "合约到期就不续了"
        re.compile(
            # (and "合约到了就不续了": the contract's end said as its arrival)
            r"(?:到期|(?:合约|合同|协议)(?:一)?到)(?:了|后|以后|之后)?(?:[我俺咱]们?)?(?:就|肯定|一定)"
            r"(?:不续|不再续|换|走|撤|转网?|销户|退)"
            # ("合约到期不续了", "到期了不再续约": a renewal turned down needs no 就)
            r"|(?:到期|(?:合约|合同|协议)(?:一)?到(?:期)?)(?:了|后|以后|之后)?[,，]?(?:[我俺咱]们?)?(?:也)?"
            r"(?:不续|不再续)(?:约|费|签)?(?:了|啦)"
        ),
    ),
    "unsure": (
        intention_asides.RENEWAL_WEIGHED,
        rated_then_weighed.RATED_THEN_WEIGHED,  # "3, and I'm thinking of switching"
        weighed_in_passing.WEIGHED_IN_PASSING,  # "2. might switch when the contract's up"
        intention_asides.hedged_leaving(RIVAL_NAMES),
        intention_asides.DECIDED_AT_TERM_END,
        likely_plans.WEIGHED_UP,  # "on the fence about renewing"
        likely_plans.MAYBE_AT_TERM_END,  # "合约到期可能换"
        likely_plans.MAYBE_TO_RIVAL_ZH,  # "也许换移动"
        threatened_moves.ULTIMATUM,  # "abeg fix am or I go port to another network"
        re.compile(
            # (a time between: "再这样合约到期就换了"; an "if" before "still": "要是明年还这样我就
            # 转联通")
            r"(?:再|(?:如果|要是|假如|万一)[^,，。就]{0,6}?还)(?:这样|这么[^,，。就]{0,4}|[^,，。就]{0,4}(?:慢|贵|差|断|卡|涨价?|掉线|没网))(?:下去)?"
            r"(?:的话)?[^,，。就]{0,6}?(?:我)?就(?:换|走|撤|转网?|不续|跑路|销户|退网|注销|不用了)"
            # (the rival named is part of the threat: "再这样俺就换联通了")
            r"(?:(?:成|到)?(?:中国)?(?:移动|联通|电信|广电)|别家)?"
            # "不行就换联通", "实在不行就换了": a failure, then leaving (not "手机不行就换个新的")
            r"|(?<![行可])不行(?:的话)?(?:我)?就(?:换|转网?|跑路|销户|不续)"
            r"(?=(?:中国)?(?:移动|联通|电信|广电|别家|运营商)|\s*(?:了|吧|呗)?\s*(?:$|[,，。.!！~…]))"
            r"|\bif\b[^.;!?]{0,40}?\b(?:again|any (?:more|higher|worse|longer)|one more time)\b"
            r"[^.;!?]{0,12}?(?:i'?m|i am|i'?ll|i will|we'?re|we'?ll)\s+(?:going|gone|leaving|off"
            r"|out|switching|cancel(?:l?ing)?|done)\b"
            r"|\b(?:(?:any|much) more of (?:this|that|it)|(?:one more|another|any more) (?:outages?"
            r"|price (?:rises?|hikes?|increases?)|hikes?|dropouts?|bill"
            r" like this))\b[^.;!?]{0,20}?\band (?:i'?m|we'?re) (?:gone|out|off|done|leaving)\b"
            # any condition, then leaving: "if it's not fixed by the time my contract ends, I'm
            # out", "if it doesn't improve I'm switching" ("even if they cut the price, I'm out"
            # is no condition)
            # (nor is "if I'm honest")
            r"|(?<!even )\b(?:if|unless)\b(?!\s+(?:i'?m|i am) (?:being )?honest)[^.;!?]{1,60}?"
            r"(?:,\s*|\s+)(?:then\s+)?(?:i'?m|i am|i'?ll|i will"
            r"|we'?re|we are|we'?ll)\s+(?:be\s+)?(?:going|gone|leaving|off|out|outta here"
            r"|switching|cancel(?:l?ing)?|done|walking|tak(?:e|ing) (?:my|our) business)\b"
        ),
        # the decision put off to the contract's end: "合约到期再看吧", "合同到期了再说"
        re.compile(
            r"(?:合约|合同|协议|套餐)[^,，。]{0,4}?到(?:期|头)(?:了|后|以后|之后)?(?:我|我们)?(?:再|才)"
            r"(?:看|说|定|决定|考虑|商量)"
        ),
        # weighing up a plain leaving: "thinking of cancelling", "在考虑要不要转网" (but not
        # "leaving my job"; a word that says little on its own, "switching", "换", stays unread)
        re.compile(
            # (dropped g's too: "thinkin of leavin", "thinkin bout cancellin")
            r"(?:(?<!not )(?<!n't )\b(?:thinkin(?:g|')? (?:about|of|bout)|considering"
            r"|weighing up)\s+"
            r"(?:cancel(?:l?in(?:g|')?)?|leavin(?:g|')?|portin(?:g|')?|quittin(?:g|')?)(?![a-z])"
            r"|(?<![不没])(?:在|还在|正在)考虑(?:要不要|是不是)?(?:携号转网|转网|退网|销户))"
            r"(?!" + OTHER_OBJECT_AFTER.pattern + r")"
            # the provider as the object belongs to the weighing: "thinking about leaving you lot"
            r"(?:\s+(?:you(?:\s+(?:lot|guys|people|all))?|y'all|your (?:lot|company|service)))?"
        ),
    ),
}
