"""Who and what an open answer is about: the service, a fault of it, or somebody else.

An answer to "anything you're unhappy with?" is a complaint only when it names the service or
something wrong with it. These are the words for telling that apart, clause by clause: the
service and its faults, grievances in general words, and other parties (the landlord, the weather,
a relative) whose trouble is none of the provider's. `open_answers` judges with them.
"""

from __future__ import annotations

import re

from bot.understanding.normalize import cjk_count

# Somebody or something other than the respondent and the service: a complaint about them, or
# theirs, is none of the respondent's ("倒是我们小区物业烂透了", "my landlord raising rent").
# Members of the household are listed too: what they say without the service named is theirs
# ("my mum on the other hand complains about everything").
OTHER_PARTY = re.compile(
    r"(?<!其)(?:他|她)(?!们)|(?<!你们)(?:公司|单位)|小区|物业|房东|老板|领导|同事|同学|邻居|楼上|楼下"
    r"|爸妈|父母|(?<![妈])妈|(?<![爸])爸|老公|老婆|媳妇|孩子|儿子|女儿|朋友|闺蜜|天气|房租|房贷"
    r"|婆婆|公公|岳父|岳母|丈母娘|老丈人|亲戚|室友|舍友|合租的"
    # relatives beyond the household: "我侄子", "我表哥家", "我姐那边"
    r"|侄子|侄女|外甥女?|(?:表|堂)(?:哥|姐|弟|妹)|哥哥|姐姐|弟弟|妹妹|(?<=我)(?:哥|姐|弟|妹)(?!们)"
    # the shops and their prices: "菜场青菜又涨了", "超市鸡蛋又贵了", "petrol's gone up again"
    r"|菜场|菜市场?|超市|菜价|物价|油价|\b(?:supermarkets?|groceries|grocery|petrol|fuel)\b"
    r"|工作(?!人员)|上班"
    r"|\b(?:my|our)\s+(?:[a-z]+\s+)?(?:landlord|landlady|mum|mom|mother|dad|father|parents"
    r"|boss|manager|neighbou?rs?|wife|husband|partner|kids?|son|daughter|brother|sister|friends?"
    r"|colleagues?|co-?workers?|mates?|flatmates?|roommates?|housemates?|cousins?|aunt|uncle"
    r"|job|rent|mortgage|commute|council|building|car|in-laws|family|nephews?|nieces?|godson"
    r"|grand(?:son|daughter|kid|child|ma|pa|mother|father|parent)s?|grandchildren|goddaughter)\b"
    r"|\b(?:the weather|she|he)\b"
)
# ("they", "他们" often mean the provider itself: "nothing really, but they keep raising prices")
# Members of the household: their trouble with the service is the household's complaint.
_HOUSEHOLD = re.compile(
    r"老公|老婆|媳妇|孩子|儿子|女儿"
    r"|\b(?:my|our)\s+(?:[a-z]+\s+)?(?:wife|husband|partner|kids?|son|daughter)\b"
)
# Words of the service: a clause about them is about the provider.
SERVICE = re.compile(
    r"网|信号|宽带|账单|话费|费用|资费|客服|价格|套餐|流量|光纤|路由|光猫|装机|师傅|营业厅|合约|你们"
    r"|\b(?:wi-?fi|signal|speeds?|bills?|billed|billing|charges?|prices?|costs?|support|internet"
    r"|connection|router|coverage|broadband|fib(?:re|er)|data|plan|service|app|outages?|contract"
    r"|upload|download|lag|installer|engineer|reception|your"
    # (not the "you" of telling the asker about one's day: "I must tell you I went to the market")
    r"|(?<!tell )(?<!told )you|you(?!\s+(?:i|that i|about my|first)\b))\b"
)


# Words of a grievance beyond the faults of the service (`FAULT`): "老是收到推销电话，烦死",
# "installation took three weeks", "ticket #4521 still isn't resolved", "too pricey".
_GRIEVANCE = re.compile(
    # (softened too: "APP不太好用", "不怎么好使")
    r"烦|差|烂|受够|难用|不(?:太|大|怎么|是很)?(?:好用|好使)|不方便|麻烦|问题|毛病|故障|推销|骚扰|收费|不满|失望|气人|离谱|垃圾"
    r"|不回|不理|拖|迟到|电话|短信|号码|手机|安装|维修|修|等|退|老是|总是|经常|绑死|套牢"
    # an obstacle: "表格不填就不让办", "they won't let me cancel"
    r"|不让|不给|不准|不能|没法|办不了|\b(?:won'?t|wouldn'?t|can'?t|couldn'?t|didn'?t|doesn'?t)\b"
    # the people and places of the service: "营业员说话很冲", "the shop staff ignored me"
    r"|营业员|店员|工作人员|业务员|销售|服务|冲|凶"
    r"|\b(?:staff|agents?|reps?|technicians?|shops?|stores?|website|emails?|letters?|texts?|sales)\b"
    r"|\b(?:never|still|promised|resolv\w*|fix\w*|pric\w*|overpriced|rip[- ]?off|scam\w*|deduct\w*"
    r"|install\w*|ticket|callback|call\w*|network|annoy\w*|frustrat\w*|terrible|awful|horrible"
    r"|useless|rubbish|crap|worst|bad|poor|problem\w*|issues?|complain\w*|broke\w*|fail\w*"
    r"|unreliable|always|constant\w*|every (?:day|time|evening|night|week|month)|took|waste\w*"
    r"|hate|fed up|had enough|sick of|vex|fluctuat\w*|keeps?|again|too|stuck|locked in(?:to)?"
    r"|trapped)\b"
)


def names_a_grievance(low: str) -> bool:
    """The answer names the service or something wrong: without either, an answer to "anything
    you're unhappy with?" is talk about something else ("今天出门忘带伞，淋成落汤鸡")."""
    if SERVICE.search(low) or FAULT.search(low):
        return True
    # a grievance said in general words ("still", "again", "always", "等") is the answer only in
    # a short message; in a long story they are the story's ("head's still pounding")
    return not _long(low) and bool(_GRIEVANCE.search(low))


def _long(low: str) -> bool:
    """More words than a short answer has (a Chinese character counts as half a word)."""
    return len(re.findall(r"[a-z']+", low)) + cjk_count(low) / 2 > _SHORT_WORDS


_SHORT_WORDS = 14


def about_other(clause: str) -> bool:
    """The clause is about somebody or something else: another party is named and the service
    either not at all, or only after a party outside the household ("比我爸妈家那个宽带强多了")."""
    party = OTHER_PARTY.search(clause)
    if party is None:
        return False
    service = SERVICE.search(clause)
    if service is None:
        return True
    return party.start() < service.start() and not _HOUSEHOLD.match(clause, party.start())


# Faults of a service, said without naming it: "就是老掉线", "晚上有点卡", "drops every evening".
FAULT = re.compile(
    # (things counted as broken are no outage: "风筝线断了俩", "琴弦断了两根"; but "网断了俩小时")
    r"掉线|断(?!了?(?:俩|仨)(?!小时|钟头|天|回|次|礼拜)|了?[一两二三四五几\d]+(?:根|条|只))|卡|慢|贵|涨|价|费|扣|延迟|连不上|上不去|打不开|用不了|不能用|坑|骗|态度|投诉|等了|没人"
    # (a place is no outage: "down in Hamilton", "down to Cork", "down south")
    # (nor a mood: "the weather's getting me down", "it gets us down")
    r"|\b(?:slow|drops?|drop-?outs?|dropp\w*"
    r"|(?<!getting me )(?<!gets me )(?<!got me )(?<!get me )(?<!ting us )"
    r"down(?!\s+(?:in|to|at|from|under|south|north|here|there)\b)"
    r"|expensive|overcharg\w*|lag(?:s|gy|ged|ging)?|buffer\w*|rude|cuts? out"
    r"|disconnect\w*|hold|wait\w*|charg\w*|fees?"
    # slowness and stalls said in everyday verbs: "it crawls once everyone's home", "calls keep
    # freezing", "takes forever to load", "grinds to a halt", "patchy"
    # (a baby that crawls or a freezing day are none: the verb needs the service or "it")
    r"|(?:it|wi-?fi|internet|connection|speeds?|everything|net|line|pages?)(?:'s)?\s+(?:just\s+"
    r"|really\s+|always\s+)?crawl(?:s|ing|ed)?|to a crawl|freezes|froze|keeps? freezing"
    r"|unusable|patchy|spotty|flaky|grinds? to a halt"
    # nobody came or rang back: "the technician never showed and nobody called us"
    r"|(?:nobody|no-?one|no one) (?:ever )?(?:called|rang|came|showed|turned up|got back|answered"
    r"|replied|picked up)"
    # an outage: "the line was dead for a week", "line's been dead since Tuesday", "no dial tone"
    # (not "the battery is dead", "my dad is dead", "dead happy")
    r"|(?<!battery on my )(?<!battery on the )(?:line|phone|landline|connection|internet|wi-?fi"
    r"|broadband|router|net|it)(?:'s|\s+(?:was|is|were|went|goes|go|has|had))"
    r"(?:\s+(?:been|gone|just|completely|totally|stone))*\s+dead"
    r"|(?:no|lost( the)?) (?:dial(?:ling)? ?tone|internet|connection|service|line)"
    r"|takes? (?:forever|ages) to"
    # the bars of the signal: "no bars at all inside", "one bar upstairs", "zero bars"
    r"|(?:no|zero|one|1|0|barely (?:a|one)|only (?:one|a)) bars?(?! (?:of|open|nearby|around))"
    r"(?=\s*(?:$|[,.;!]|at all|in |inside|on |upstairs|downstairs|anywhere|most|half|of signal)))\b"
    # sound and picture gone wrong: "the line still crackles when it rains", "there's a hiss on
    # it", "calls echo", "streams freeze", "有杂音", "打电话有回音", "画面花屏" (not a laugh
    # crackling, "I'm buzzing" glad, a smart speaker "my Echo dot", "I'd echo that", a static IP)
    r"|\b(?:crackl(?:e|es|ed|ing|y)(?!\s+with\b)|hiss(?:es|ed|ing)?|buzz(?:es|ed)"
    r"|(?<!'m )(?<!am )(?<!'re )(?<!so )(?<!well )buzzing(?!\s+(?:about|for|with|to)\b)"
    r"|static(?!\s+ip)|garbled|choppy|stutter(?:s|ed|ing)?|glitch(?:es|ed|ing|y)?|pixelat\w*"
    r"|(?<!i )(?<!i'd )(?<!to )echo(?:es|ed|ing|ey|y)?(?!\s+(?:dot|show|device|speaker|that"
    r"|what)\b)"
    r"|(?:streams?|videos?|calls?|picture|screen|tv|games?|they)\s+(?:keep\s+|always\s+"
    r"|still\s+)?freez(?:e|ing))\b"
    r"|杂音|电流声|滋滋|沙沙(?:声|响)|回音|回声|花屏|马赛克"
    # an add-on put on the line unasked: "莫名其妙多了个增值业务", "they signed me up to an add-on"
    r"|增值(?:业务|服务)|彩铃|\bsigned (?:me|us) up (?:to|for)\b|\bcaller ?(?:tunes?|ringtones?)\b"
    r"|\b(?:add-?ons?|bolt-?ons?)\b[^.;!?]{0,30}?\bnever (?:asked|wanted|ordered)\b"
    # loyalty punished: "老用户反而没优惠，新用户倒是便宜", "new customers get better deals"
    r"|老(?:用户|客户)[^,，。]{0,4}?(?:没|没有|不给|享受不到)(?:啥|什么|任何)?(?:优惠|福利|折扣)"
    r"|新(?:用户|客户)[^,，。]{0,6}?(?:便宜|优惠多|更优惠|划算|送这送那|福利多)"
    r"|\bnew (?:customers?|subscribers?|sign-?ups?)\s+(?:\w+\s+){0,2}(?:better|cheaper|all the)"
    r"\s+(?:deals?|prices?|offers?|discounts?|rates?)\b"
)


def aside(clause: str) -> bool:
    """After "nothing to complain about", a clause naming neither the service nor a fault of it
    is small talk about the day ("就是今天冻死了，路上全是冰"), no complaint."""
    return SERVICE.search(clause) is None and FAULT.search(clause) is None


# The provider addressed: "your bills", "你们的网".
YOU = re.compile(r"你们|您|\b(?:you|your|you'?re|y'all)\b")
