"""Answers to the complaint question that tell only of somebody else's line.

A friend, a neighbour, a colleague or a relative outside the household, with their own provider
or at their own place: "我朋友用移动的，信号差", "我妈用联通的，老掉线", "邻居家的网老断",
"隔壁的网速慢死了", "my buddy's on Verizon and his signal sucks", "my mate's with Vodafone,
signal's rubbish". The clauses after the person is named go on about them (Chinese leaves the
subject out: "信号差" is still the friend's signal). The respondent says nothing of their own
service: no complaint, and no flag, as "我朋友那边的电信也老断网" and "my brother-in-law can't get
a signal at his place" are read.

Any word of the respondent's own keeps the complaint: the respondent named or included ("我跟我
朋友都觉得信号差", "我的信号差", "mine cuts out", "my friend says ours is slow too"), "too" or
"也", a comparison ("比我的好", "better than me", "一样"), or the provider addressed ("我朋友说你们
信号差", "she's on your network"). Members of the household (a partner, the children, a
flatmate) are not read here: their trouble may well be the household's.
"""

from __future__ import annotations

import re

# People outside the household, in Chinese, and the places that are theirs ("隔壁", "邻居家").
_PARTY_ZH = (
    r"(?:(?:我|俺)(?:的)?)?(?:好)?(?:朋友|哥们儿?|兄弟|闺蜜|发小|同事|同学|老乡|邻居|亲戚|老板|领导"
    r"|(?:表|堂)(?:哥|姐|弟|妹)|哥哥|姐姐|弟弟|妹妹|爸妈|父母|老妈|老爸|婆婆|公公|岳父|岳母|丈母娘|老丈人"
    r"|舅舅|姑姑|姨妈|叔叔|阿姨|大伯|奶奶|爷爷|外婆|外公|姥姥|姥爷)"
    r"|(?:我|俺)(?:妈|爸|哥|姐|弟|妹)"
    r"|隔壁(?:邻居|老[王李张刘陈赵杨黄周吴]|那家|家|的)?|楼上(?:邻居)?|楼下(?:邻居)?|对门(?:邻居)?"
)
_PARTY_ZH_CHEAP = (
    "朋友 哥们 兄弟 闺蜜 发小 同事 同学 老乡 邻居 亲戚 老板 领导 表 堂 哥 姐 弟 妹 爸 妈 父母 婆婆"
    " 公公 岳 丈 舅 姑 姨 叔 伯 奶奶 爷爷 外婆 外公 姥 隔壁 楼上 楼下 对门"
).split()
_RIVAL_ZH = r"(?:中国)?(?:移动|联通|电信|广电)|别家|别的(?:运营商|公司|家)?|其他(?:运营商|公司|家)"
# The person tied to a line: their provider ("我朋友用移动的", "我表哥用的广电", "邻居家是电信
# 的") or their place and its line ("邻居家的网", "我朋友那边网老卡", "隔壁的网速", "楼上那家老
# 断网"; not "隔壁在装修，网老断", where the line is the respondent's).
_LINE_ZH = (
    r"(?=(?:手机|宽带|网|信号|wifi|wi-fi|路由|光猫|电视|话费|账单|套餐|卡|号|电话)"
    r"|(?:老是?|总是?|天天|经常|一直|又|动不动就?|时不时)?(?:断网?|掉线|没(?:有)?(?:网|信号)|连不上|卡))"
)
_OPENS_ZH = re.compile(
    r"^(?:就是|倒是|不过|话说|听说)?(?:(?:" + _PARTY_ZH + r")(?:他|她)?"
    r"(?:(?:家|那边|那儿|那里)(?:里)?(?:用|办)?(?:的是|的|着)?(?:是)?(?:" + _RIVAL_ZH + r")"
    r"|(?:用|办)(?:的是|的|着|了)?(?:" + _RIVAL_ZH + r")"
    r"|(?:家|那边|那儿|那里)(?:里)?(?:的)?" + _LINE_ZH + r"|的" + _LINE_ZH + r")"
    r"|(?:隔壁|楼上|楼下|对门)(?:邻居|老[王李张刘陈赵杨黄周吴]|那家|那户|家)?(?:家)?(?:的)?"
    + _LINE_ZH
    + r")"
)
# Words of the respondent's own in Chinese: themselves, "too", a comparison, the provider; and
# praise of the other line, which sets it against the respondent's ("人家从来不断").
_OWN_ZH = re.compile(
    r"我|俺|咱|自己|本人|你们|您|你家|也|一样|同样|比|还是|更|多了|得多|羡慕"
    r"|没(?:啥|什么)?(?:问题|毛病)|挺好|很好|不错|好用|稳|飞快|从来不|没断过"
)

# People outside the household, in English.
_PARTY_EN = (
    r"(?:my|our)\s+(?:best\s+|old\s+|good\s+|little\s+|big\s+|older\s+|younger\s+)?"
    r"(?:friend|buddy|mate|pal|bestie|bff|neighbou?r|colleague|co-?worker|workmate|classmate"
    r"|cousin|aunt|auntie|aunty|uncle|brother|sister|bro|sis|(?:brother|sister|mother|father)-in-law"
    r"|mum|mom|mam|mother|dad|father|parents|folks|nan|nana|gran|granny|grandma|grandad|grandpa"
    r"|grandparents|in-laws|boss)s?"
    r"(?:\s+(?:next door|over the road|across the street|down the road|from work|at work"
    r"|from school|in [a-z]+))?"
    r"|(?:a|one)\s+(?:friend|mate|buddy|pal|colleague)\s+of\s+(?:mine|ours)"
    r"|(?:the\s+)?(?:neighbou?rs|(?:guy|lady|bloke|family|people|folks)\s+next door)"
)
_PARTY_EN_CHEAP = (
    "friend buddy mate pal bestie bff neighbo colleague worker classmate cousin aunt uncle"
    " brother sister bro sis mum mom mam mother dad father parents folks nan gran grand"
    " in-laws boss next door"
).split()
_RIVAL_EN = (
    r"(?:verizon|at&t|at ?and ?t|t-? ?mobile|sprint|vodafone|ee|o2|three|bt|sky|virgin(?: media)?"
    r"|talktalk|comcast|xfinity|spectrum|cox|telstra|optus|rogers|bell|telus|mtn|airtel|jio"
    r"|vodacom|telkom|safaricom|singtel|starhub|plusnet|giffgaff|lebara|lycamobile|smarty"
    r"|tesco mobile|digicel|claro|spark|tpg|iinet|mint mobile|cricket|boost|metro(?:pcs)?"
    r"|(?:another|a different|some other|other)\s+(?:provider|network|carrier|company|isp))"
)
# The person tied to a line: their provider ("my buddy's on Verizon", "my sister uses BT", "my
# mate's with Vodafone") or their own service ("my neighbour's wifi", "my cousin's signal").
_OPENS_EN = re.compile(
    r"^(?:(?:well|so|honestly|tbh|lol|haha|ha|um|erm|hmm)\s*,?\s+)*(?P<party>" + _PARTY_EN + r")"
    r"(?:(?:'s|’s|\s+is|\s+are|'re|\s+has|\s+have)\s+(?:got\s+|been\s+)?(?:on|with)\s+"
    + _RIVAL_EN
    + r"|\s+(?:uses?|has|have|got|gets?|pays? for)\s+"
    + _RIVAL_EN
    + r"|(?:'s?|’s?)\s+(?:home\s+|house\s+|place\s+|flat\s+)?(?:internet|wi-?fi|broadband|signal"
    r"|phone|line|connection|network|data|speeds?|coverage|reception|service|router|cable|tv))\b"
)
# Words of the respondent's own in English: themselves, "too", a comparison, the provider; and
# praise of the other line ("never has problems", "his is way faster").
_OWN_EN = re.compile(
    r"\b(?:i|i'm|i've|i'd|i'll|im|ive|me|my|mine|myself|we|we're|we've|our|ours|us|too|also"
    r"|as well|same|so (?:is|does|do|has|have|did)|neither|either|than|both|compared|you|your"
    r"|yours|you're|y'all|ya|yous|u|ur|better|faster|cheaper|quicker|stronger|more reliable"
    r"|jealous|envy|never (?:has|had|gets?) (?:any )?(?:problems?|issues?|trouble)"
    r"|no (?:problems?|issues?|trouble)|fine|great|good|flawless|perfect|solid|love[sd]?)\b"
)


def others_line_only(low: str) -> bool:
    """The message opens with a person outside the household tied to their own provider or
    place, and nothing after says anything of the respondent's own."""
    text = low.strip()
    if any(w in text for w in _PARTY_ZH_CHEAP):
        m = _OPENS_ZH.match(text)
        if m is not None:
            return _OWN_ZH.search(text, m.end()) is None
    if any(w in text for w in _PARTY_EN_CHEAP):
        m = _OPENS_EN.match(text)
        if m is not None:
            return _OWN_EN.search(text, m.end()) is None
    return False


# "Me too", said of somebody else's trouble: "我家也是", "我也一样", "same here", "mine too".
_ME_TOO = re.compile(
    r"^(?:不过|但是?|其实|而且|反正)?(?:我|俺|咱)(?:们)?(?:家|这边|这儿|这里|这)?(?:的)?(?:也|都)"
    r"(?:是|一样|这样|差不多|如此|同感|觉得|有这(?:个)?(?:问题|毛病))(?:的|啊|呀|哈|啦|了)*$"
    r"|^(?:and|but|tbh|honestly)?\s*(?:same (?:here|for me|for us|with me|with us|at mine"
    r"|at my place|at ours|problem here|issue here|thing here)|(?:me|mine|ours|us) (?:too|as well)"
    r"|so (?:is|does) (?:mine|ours)|so do (?:i|we)|i (?:do|have|get) (?:too|the same)"
    r"|i have the same (?:problem|issue)|(?:i'?ve|we'?ve) got the same (?:problem|issue))"
    r"(?:\s+(?:tbh|honestly|lol|mate))*$"
)
_ME_TOO_CHEAP = ("也", "都", "same", "too", "as well", "so ")
_CLAUSES = re.compile(r"[,.!?;，。！？；~…]+|\s+(?:and|but)\s+(?=same|me|mine|so|ours)")
# Somebody else named, and a fault or the service with them.
_SOMEBODY = re.compile(_PARTY_ZH + r"|" + _PARTY_EN + r"|(?<!其)(?:他|她)(?!们)|\b(?:he|she)\b")


def mine_too(low: str) -> bool:
    """Somebody else's trouble, and then the respondent has it too ("邻居家的网老断，我家也是",
    "my neighbour's wifi is awful, same here"): the respondent's own complaint."""
    if not any(w in low for w in _ME_TOO_CHEAP):
        return False
    parts = [p.strip() for p in _CLAUSES.split(low) if p and p.strip()]
    if len(parts) < 2 or not any(_ME_TOO.search(p) for p in parts[1:]):
        return False
    return _SOMEBODY.search(parts[0]) is not None
