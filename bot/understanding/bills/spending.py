"""Whether an amount of money in a message is the respondent's own monthly bill.

Chatty answers quote many prices that are not the bill: a phone just bought ("刚给我妈买了个新手机，
两千九百九", "dropped $1,199 on the new iPhone"), a dinner or a trip ("人均四百多", "$400 for two
nights", "每个月高铁来回都要花七八百"), the rent, a loan, lessons or instalments ("一节课三百块",
"每期三百出头"), a price difference or a saving ("便宜三十块", "降了三十块", "$30 less", "$10 off",
"raising rent by $200", "saves her $60 a month"), a one-off on a named day ("昨天加了次油三百多"),
a subscription to another service ("spotify's 12 a month") and other people's bills
("我闺蜜她们那边还是六十九", "my roommate was paying like $90", "我老婆的卡每个月要一百多").
`not_the_bill` rejects these by the words of the clause around the amount, whichever slot was
asked.

When the spend was not asked, an amount also needs `bill_cue`: the text must tie it to a bill,
by a period ("每月", "a month", "一年1200"), by a word of the service ("话费", "套餐", "broadband",
"the bill") or because the question was about paying or the plan ("month to month, like 45 quid").
"""

from __future__ import annotations

import re

from bot.understanding import others
from bot.understanding.bills import (
    added_charges,
    advertised,
    amounts,
    bill_clauses,
    card_spends,
    included_extras,
    other_prices,
    plus_costs,
    rival_prices,
    whose_amount,
)
from bot.understanding.family import kin_possessives
from bot.understanding.numerals.numbers import Num
from bot.understanding.people import clause_before

_BREAK = re.compile(r"[,;!?:，。；！？：~]|\.(?!\d)")

# A difference between two prices, not a price: "便宜三十块", "降了三十块", "账单多了六十"
# (but "降到79" is a price), "$30 less", "$10 off", "by $200", "saves her $60".
_DIFF_BEFORE = re.compile(
    r"(?:便宜|贵|省|(?<![至多最])少|优惠|降|涨|减|差|(?<![差不最好])多(?=了|出))(?:了|出来?了?)?"
    r"(?:个|大概|差不多|将近|快|有)?\s*$"
    r"|\b(?:by|sav(?:e|es|ed|ing))\s+(?:(?:me|us|her|him|them|you)\s+)?"
    r"(?:about|around|like|roughly|nearly|almost|over|up to)?\s*(?:[$£€¥₹₱₦]|rs\.?)?\s*$"
    # a rise or a fall said in English: "went up six quid", "they put it up $10" (but "up to 60")
    # ("my bill jumped 15 bucks": a jump needs no "up")
    r"|\b(?:(?:went|gone|goes|go|going|jumped|shot|crept|came|come)\s+(?:up|down)|rose|risen"
    r"|jumped|spiked|climbed|soared|upped\s+it"
    r"|increased|hiked|(?:put|puts|putting|bumped|jacked)\s+(?:it|that|them|the bill|my bill)\s+up)"
    r"\s+(?:about|around|like|roughly|nearly|almost|over|another)?\s*(?:[$£€¥₹₱₦]|rs\.?)?\s*$"
)
_DIFF_AFTER = re.compile(
    r"\s*(?:dollars?|bucks|quid|pounds?|euros?|rupees?|pesos?|rand|块钱?|元)?\s*"
    r"(?:a month|per month|/mo(?:nth)?|monthly)?\s*"
    r"(?:less\b|cheaper\b|dearer\b|off\b|higher\b|lower\b|more than\b|discount\b)"
)
# A price per something other than a period of payment: "人均四百", "一节课三百", "$400 for two
# nights", "每期三百" (a week is a period: "£10 a week" is paid weekly, see `amounts`).
_PER_OTHER_BEFORE = re.compile(
    r"(?:人均|每人|每个人|一个人|每天|一天|每晚|一晚|每节课?"
    r"|一节课?|每期|一期|每小时|一小时|\bper (?:person|head)"
    # a school term's fee: "一学期四百"
    r"|[一每]个?学期"
    # a price by measure: "油价一升八块多", "每斤十二"
    r"|[一每](?:升|斤|公斤|公里|平米?))\s*(?:大概|差不多|就|要|是|才"
    r"|都|得|也就)?\s*$"
)
_PER_OTHER_AFTER = re.compile(
    r"\s*(?:块钱?|元|dollars?|bucks|quid|pounds?|euros?)?\s*(?:(?:a|per|each|every|an)\s+"
    r"(?:day|night|head|person|lesson|class|session|hour|visit|ticket|meal|trip"
    # a price by measure: "1.80 a litre", "$4 a gallon", "3 quid a kilo"
    r"|lit(?:re|er)|gallon|kilo|kg|pint|pound of|mile|km"
    # a shop price: "£1.85 a carton", "3.20 a cup"
    r"|carton|cup|coffee|bottle|pack|packet|loaf|bag|box|dozen|tin|can|jar|punnet|bunch"
    r"|go|tank|tankful|fill|fill-up)\b"  # "90 quid a go", "80 a tank": a price per use
    # a price by weight or pack in Chinese: "脐橙九块九三斤", "五块一斤", "十块两盒"
    r"|(?:块钱?|元)[零一二两三四五六七八九\d]?\s*[一二两三四五六七八九十\d]+\s*(?:斤|公斤|箱|盒|瓶|袋|杯|份)"
    r"|/\s*(?:day|night|hr|hour|person|pp)\b"
    r"|for (?:the |a )?(?:two|three|four|five|\d+|a few|the|one) nights?\b"
    r"|一(?:天|晚|节|小时|人)|每(?:天|晚|节|人|小时)"
    r"|each\b(?!\s+(?:month|year|week|fortnight)))"
)
# Spending that is no telecom bill: housing, loans, schooling, food, travel, shopping.
_EXPENSE = re.compile(
    r"房租|租金|房贷|车贷|贷款|月供|分期|学费|补习|培训|辅导|兴趣班|课|钢琴|吃|饭|餐|日料|火锅|烧烤"
    r"|外卖|奶茶|咖啡|酒店|宾馆|机票|高铁|火车|动车|飞机|打车|油费|油钱|路费|车费|来回|旅游|门票"
    r"|房费|住宿|红包|礼金|份子|物业|水电|电费|水费|燃气|保险|彩礼|医药|看病|装修|衣服|买菜|菜钱|生活费"
    # money sent to family and games: "一个月寄一千块回来", "充了648抽卡", "氪了两百"
    r"|寄|汇款|打钱|氪|抽卡|游戏|皮肤|点券|\bsen(?:ds?|t|ding)\b[^,.;!?]{0,32}\bhome\b"
    # a fine on the road: "a £60 parking fine", "fined 100 for speeding"
    r"|\b(?:fined|penalty|(?:parking|speeding) (?:fine|ticket))\b"
    r"|\b(?:games?|gaming|in-game|skins|loot ?box(?:es)?|v-?bucks)\b"
    # refuelling: "加了次油三百多", "加满一箱油", "加了半箱油"; "filled up the tank"
    r"|加[了满]?[^,，。.;!?！？]{0,3}?油|汽油|柴油|油箱"
    r"|\bfill(?:ed|ing)? up (?:the |my )?(?:tank|car)\b|\btank(?:ful)? of\b"
    # paying a purchase off by the month: "paying off the handset at 30 a month"
    r"|\bpa(?:y|ys|ying|id)\s+(?:(?:it|the\s+\w+|my\s+\w+)\s+)?off\b"
    r"|\b(?:rent|mortgage|loans?|car payments?|instal?ments?|tuition|lessons?|classes|courses"
    r"|groceries|grocery|food|dinner|lunch|breakfast|meals?|restaurant|steakhouse|takeaways?"
    r"|takeouts?|pizza|drinks|pub|coffee|hotel|cabin|airbnb|room|flights?|tickets?|train|fares?"
    r"|petrol|gas|fuel|uber|taxi|holiday|vacation|trip|cruise|gym|insurance|electric(?:ity)?"
    r"|water|council tax|childcare|daycare|nursery|school fees|birthday|gifts?|wedding"
    r"|concert"
    # things bought for the house or to wear: "€89.99 for a kettle"
    r"|kettle|toaster|microwave|fridge|freezer|hoover|vacuum|blender|air ?fryer|washing machine"
    r"|dishwasher|sofa|couch|shoes|trainers|jacket|coat|dress)\b"
    # a subscription to another named service: "spotify's 12 a month now", "爱奇艺会员一个月25"
    r"|" + amounts.SUBSCRIPTIONS
)
# Words of the telecom service: with one of them in the clause, the amount is about the bill.
_SERVICE = re.compile(
    r"话费|宽带|网费|月费|月租|套餐|流量|资费|座机|固话|副卡|账单|你们"
    r"|光纤|\b(?:internet|broadband|wi-?fi|data|plan|package|mobile|phone bill|line rental|bill"
    r"|your (?:service|bill)|starlink|fib(?:re|er)|dsl|adsl|landline)\b"
)
# A bill for something else: "the grocery bill", "my electric bill", "the feed bill".
_OTHER_BILL = re.compile(
    r"\b(?:grocery|groceries|electric(?:ity)?|gas|water|power|energy|credit card|hospital|vet"
    r"|restaurant|dinner|food|bar|tax|doctor'?s?|medical|dental|dentist'?s?|vet'?s"
    # a farm's or a car's running costs: "the feed bill", "our fuel bill"
    r"|feed|fuel|petrol|diesel|heating|oil|insurance|school|nursery|daycare|childcare)\s+bills?\b"
    r"|电费|水费|燃气费|物业费"
)
# Buying something: what was bought is no bill ("买了个新手机", "bought a laptop").
_PURCHASE = re.compile(
    r"买|购|入手|\b(?:bought|buy(?:ing)?|purchas\w*|dropped|splurged|shelled out|forked out)\b"
)
# ... but a plan bought is the bill: "套餐买的是199的".
_PLAN = re.compile(r"套餐|话费|流量|资费|\b(?:plan|package|bundle|subscription|tariff)\b")
# A clause that holds nothing but the amount goes on about the clause before it ("刚给我妈买了个
# 新手机，两千九百九").
# A period before the amount leaves it bare: "房租倒是便宜，一个月两千"; so does a hedge after it
# ("about 38 quid I think", "七十左右吧我记得").
_BARE_CLAUSE = re.compile(
    # ("it's like 200 dollars now": "it" is the thing of the clause before)
    r"\s*(?:(?:it'?s|it is|that'?s|that is)\s+)?"
    r"\s*(?:(?:一个月|每个?月|a month|per month|monthly)\s*)?"
    # ("每个月还三百": repaid, so of the debt named before, not "还是")
    r"(?:[a-z]{0,3}[$£€¥₹₱₦]|rs\.?|ksh\.?|kes|rm|r(?=#)|大概|差不多|就|才|要|花了|还(?![是要有得])|about|around|like|roughly)?\s*"
    r"(?P<num>#)\s*(?:块钱?|元|多|左右|dollars?|bucks|quid|pounds?|euros?|rupees?|ish)?\s*"
    r"(?:\s*(?:吧|啊|呢|哦|了|lol|haha|i think|i guess|i reckon|i believe|maybe|probably"
    r"|or so|now|我记得|好像|应该是?|估计))*\s*"
)
# An own thing of a household member: "我老婆的卡", "我爸那个老人机套餐", "my wife's phone", "我老公
# 的话费", "my husband's bill" (but "我和老公的话费" is shared).
_THEIR_THING = re.compile(
    r"(?<![和跟与])(?:老公|老婆|媳妇|爱人|对象|爸|妈|儿子|女儿|闺女|孩子|\b(?:wife|husband|partner"
    r"|mum|mom|dad|son|daughter|kids?))(?:的|那张|那个|'s)\s*[^,，。.;!?]{0,6}?(?:卡|手机|号|套餐"
    r"|电话|机|话费|账单|\b(?:phone|line|plan|sim|mobile|number|account|card|bill)\b)"
    r"|" + kin_possessives.KIN_THING.pattern  # "my sister's phone", "my wifes phone" restored
)
# A line of a third person's, by a pronoun: "她的号", "他那张卡", "her phone" ("他们", "their" are
# often the provider: "他们的套餐").
_PRONOUN_LINE = re.compile(
    r"(?<![其吉利])[他她](?!们)(?:的|那张|那个|自己的)\s*[^,，。.;!?]{0,6}?(?:卡|手机|号|套餐|电话)"
    r"|\b(?:her|his)\s+(?:own\s+)?(?:phone|line|plan|sim|mobile|number|account)\b"
)
# Another person as the subject, on a plan or with a provider: "me mam's on a tenner a month",
# "he's with some cheap lot paying 12 quid" (a partner paying is the household's bill: "my wife
# pays 60").
_ON_THEIR_PLAN = re.compile(
    r"\b(?:he|she|mum|mom|mam|ma|da|dad|nan|nana|gran|granny|brother|sister|son|daughter|kid"
    r"|friend|mate|neighbou?r|flatmate|roommate|colleague)(?:'s|\s+is|\s+was)\s+"
    r"(?:(?:always|still|only|just|now)\s+)?(?:on|with|paying)\b"
)
# After an amount: paid for another person's own line ("20 for hers", "30 a month on his").
_FOR_THEIRS = re.compile(
    r"\s*(?:(?:bucks|quid|dollars?|pounds?|euros?|rand|a|per|each|month|a month)\s*)*(?:for|on)\s+"
    r"(?:hers|his|theirs|hers too|his too)\b(?!\s+(?:and|&)\s+(?:mine|me|my)\b)"
)
# ... unless it is added to the respondent's own bill: "我老婆那张副卡再加二十".
# A person reports a figure: "我老公说每月一百", "my wife says it's 80" (the household's bill).
_REPORTS = re.compile(r"说|讲|\b(?:says?|said|told me|reckons?|thinks?)\b")

_SELF = re.compile(r"[我俺咱]|\b(?:i|i'm|we|my|our|me|mine)\b")

# A day named in the clause makes a spending a one-off, not a monthly bill ("昨天加了次油三百多",
# "spent $240 at the steakhouse last night"); paying the bill on that day still pays the bill
# ("昨天刚交了100", "paid 45 yesterday"), and so does any clause that names the service.
_NAMED_DAY = re.compile(
    r"昨天|前天|今天|昨晚|今早|今儿|昨儿|上周|上个?(?:星期|礼拜)|周末|前[两几一]天|这两天|那天"
    r"|\b(?:yesterday|today|tonight|last (?:night|week(?:end)?)|this (?:morning|afternoon)"
    r"|the other (?:day|week)|(?:a few|a couple of|two|three) days ago"
    r"|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
)
_PAYS_BILL = re.compile(
    r"交|缴|扣|充|续费|\b(?:pa(?:y|ys|id|ying)|charged|debited|billed|top(?:ped)? up"
    r"|came out|went out|taken)\b"
)

# Periods that tie an amount to a bill: "每月", "a month", "月费", "包月".
_MONTHLY = re.compile(
    r"每个?月|一个月|月费|月租|包月|月付|按月|月均"
    r"|\b(?:a|per|each|every) month\b|\bmonthly\b|/\s*mo(?:nth)?\b"
)


# The label of a form field about the bill, right before its value: "月费：", "Monthly spend:".
_FIELD_BEFORE = re.compile(
    r"(?:" + _MONTHLY.pattern + "|" + _SERVICE.pattern + r"|\bspend(?:ing)?)"
    r"(?:\s+(?:bill|spend|spending|cost|charge|fee|payment))?\s*[:：]\s*(?:[$£€¥])?\s*$"
)


# The period after what is paid for: "pay about 70 for it each month", "50 for the lot monthly".
_FOR_IT_MONTHLY = re.compile(
    r"\s*(?:dollars?|bucks|quid|pounds?|euros?|块钱?|元)?\s*for (?:it|that|this|them|both"
    r"|the lot|everything|all of it)\s+(?:" + _MONTHLY.pattern + ")"
)


def _clause(low: str, num: Num) -> tuple[int, int]:
    """The span of the clause that holds `num` ("and" with a new subject parts clauses too:
    "rent is $1800 a month and the phone bill is 60")."""
    start = num.start - len(clause_before(low, num.start))
    m = _BREAK.search(low, num.end)
    end = m.start() if m else len(low)
    return bill_clauses.narrowed(low, start, num.start, num.end, end)


def _previous_clause(low: str, start: int) -> str:
    """The clause that ends just before `start` (the start of a clause)."""
    if start <= 0:
        return ""
    # ("50 plus 10 for netflix that's 60": a total of what the first cost pays for)
    return clause_before(low, plus_costs.first_cost_end(low, start - 1))


def _is_bare(low: str, num: Num, start: int, end: int) -> bool:
    text = low[start : num.start] + "#" + low[num.end : end]
    return _BARE_CLAUSE.fullmatch(text) is not None


def is_difference(low: str, num: Num) -> bool:
    """The amount at `num` is a difference or a saving ("便宜三十块", "$10 off", "by $200")."""
    before = low[max(0, num.start - 24) : num.start]
    return bool(_DIFF_BEFORE.search(before) or _DIFF_AFTER.match(low, num.end))


def per_other_unit(low: str, num: Num) -> bool:
    """The amount at `num` is a price per person, lesson, week or night, not per month."""
    before = low[max(0, num.start - 12) : num.start]
    return bool(_PER_OTHER_BEFORE.search(before) or _PER_OTHER_AFTER.match(low, num.end))


def _spent_elsewhere(low: str, num: Num, start: int, end: int) -> bool:
    """The clause spends the amount on something that is no telecom bill."""
    end = included_extras.included_from(low, num.end, end)  # "R1,250 but that includes Netflix"
    clause = low[start:end]
    if _is_bare(low, num, start, end):
        clause = _previous_clause(low, start) + " " + clause
    monthly = _MONTHLY.search(clause) is not None
    if _PURCHASE.search(clause) and not (monthly or _PLAN.search(clause)):
        return True  # "买了个新手机", "dropped $1,199 on the new iPhone"
    if _OTHER_BILL.search(clause) or card_spends.card_spending(low, start, end):
        return True  # "my electric bill", "spent 1200 a year on my credit card on takeaways"
    if not (_SERVICE.search(clause) or _EXPENSE.search(clause)):
        # "忘了交物业费，我们住18楼一年两千四": the fee named in the clause before, its amount
        # said after it with nothing of its own
        prev = _previous_clause(low, start)
        if _OTHER_BILL.search(prev) and not _SERVICE.search(prev):
            return True
    if _NAMED_DAY.search(clause) and not (
        _PAYS_BILL.search(clause) or monthly or _SERVICE.search(clause) or _PLAN.search(clause)
    ):
        return True  # "昨天加了次油三百多", "spent 80 at the market on saturday"
    return _EXPENSE.search(clause) is not None and _SERVICE.search(clause) is None


def someone_elses(low: str, num: Num, start: int, end: int) -> bool:
    """The amount at `num` is another person's ("我闺蜜她们那边还是六十九", "my roommate was
    paying like $90", "我老婆的卡每个月要一百多"), not the respondent's or the household's."""
    clause = low[start:end]
    if whose_amount.theirs_before_mine(low, num.start, num.end) and not whose_amount.ADDED.search(
        clause
    ):
        return True  # "老婆一百，我五十", "my son's is 40 a month, I pay 25" (not "那张副卡二十")
    if whose_amount.mine_after_theirs(low, num.start) is not None:
        return False  # "my partner's phone bill is 60 but I only pay 20": the 20 is the own one
    if whose_amount.same_for_me(low, num.end):
        return False  # "my wife's plan is 60 and mine too"
    their = list(_THEIR_THING.finditer(low, start, num.start))
    # ("my husband's bill is 120 but mine's only 35": the respondent's own comes after theirs)
    if their and whose_amount.marks_own(low[their[-1].end() : num.start]):
        return False
    if their and not whose_amount.ADDED.search(clause):
        return True
    if _told_of_their_line(low, num, end):
        return True
    on_plan = list(_ON_THEIR_PLAN.finditer(low, start, num.start))
    if on_plan and _SELF.search(low, on_plan[-1].end(), num.start) is None:
        return True  # "me mam's on a tenner", "he's with some cheap lot paying 12 quid"
    if _FOR_THEIRS.match(low, num.end):
        return True  # "my wife pays 20 for hers, mine is 58"
    if whose_amount.topped_up_for_other(low[start : num.start]):
        return True  # "给女儿充了五十话费", "她外婆又给充了一百"
    if others.said_of_other(low, num.start, household=False):
        return True
    head = low[start : num.start]
    if others.mentions_anyone(head) or _SELF.search(head):
        return False
    # a clause without a subject goes on about the person of the clause before ("我室友自己开了张
    # 热点卡，每月三十块"), unless that person only reports the figure
    before = _previous_clause(low, start)
    if not before or _REPORTS.search(before):
        return False
    return others.said_of_other(low, start - 1, household=False)


def _told_of_their_line(low: str, num: Num, end: int) -> bool:
    """Another person's own line is named before the amount and the respondent never comes back
    in between: the clauses go on about that line ("我妈上个月把她的号转去电信了，说老年套餐便宜，
    一个月才十八")."""
    lines = list(_PRONOUN_LINE.finditer(low, 0, num.start)) + list(
        _THEIR_THING.finditer(low, 0, num.start)
    )
    if not lines:
        return False
    last = max(lines, key=lambda m: m.end())
    # ("我老婆那张副卡二十": a second line added to the respondent's bill)
    return _SELF.search(low, last.end(), num.start) is None and not whose_amount.ADDED.search(
        low, last.start(), end
    )


# A calendar year, not an amount: "in 1975 my first car cost less", "back in 2019".
_YEAR_BEFORE = re.compile(r"\b(?:in|since|back in|from|until|till|year)\s+$")
# A fine at work, said right before the amount: "超时两单扣了我十块钱", "被罚了二十".
_FINED_BEFORE = re.compile(r"(?:罚|超时[^,，。\s]{0,3}单)[^,，。\s]{0,6}$")
_MONEY_AFTER = re.compile(
    r"\s*(?:yen|dollars?|bucks|quid|pounds?|euros?|rupees?|rs\b|pesos?|rand|ringgit|rm\b|baht"
    r"|块|元|a month|a year|per\b|/)"
)


def not_the_bill(low: str, num: Num) -> bool:
    """The amount at `num` is no bill of the respondent's: a difference, a price per something
    else, a purchase or another expense, a calendar year, or somebody else's bill."""
    if is_difference(low, num) or per_other_unit(low, num):
        return True
    if _FINED_BEFORE.search(low, max(0, num.start - 14), num.start):
        return True
    if (
        1900 <= num.value <= 2099
        and _YEAR_BEFORE.search(low, max(0, num.start - 8), num.start)
        and not _MONEY_AFTER.match(low, num.end)
    ):
        return True
    if rival_prices.offered_by_rival(low, num) or added_charges.add_on_charge(low, num.start):
        return True  # "电信宽带一年才三百", "Vodafone offered me £20", "多开了个彩铃，每月五块"
    if advertised.advertised_price(low, num) or other_prices.elsewhere_price(low, num):
        return True  # "广告上写的59，实际每月扣我99", "看到广告说宽带一年才三百": on offer
    start, end = _clause(low, num)
    return _spent_elsewhere(low, num, start, end) or someone_elses(low, num, start, end)


def names_the_service(low: str, num: Num) -> bool:
    """Does the clause of the amount at `num` name the service or the bill ("your phone plan is
    70 a month")?"""
    start, end = _clause(low, num)
    return _SERVICE.search(low, start, end) is not None


def unpaid_weekly(low: str, num: Num, period: float) -> bool:
    """A weekly amount whose clause names neither the service nor a payment ("diesel, 600 a
    week"): much is paid by the week that is no bill."""
    if period >= 1:
        return False
    start, end = _clause(low, num)
    clause = low[start:end]
    return not (_SERVICE.search(clause) or _PAYS_BILL.search(clause))


def bill_cue(low: str, num: Num, period: float, billing_asked: bool, currency: bool) -> bool:
    """When the spend was not asked: does the text tie the amount at `num` to the bill? An
    amount with a currency standing alone as a clause answers a question about paying or the
    plan too ("month to month, like 45 quid"), but not one said of something ("my half, which is
    $35"). Much is paid by the week that is no bill (pocket money, lessons), so a weekly amount
    needs the service or a payment named ("I pay 12 a week"), or a question about paying."""
    if period > 1:
        return True  # "一年1200块", "240 a quarter"
    if whose_amount.mine_after_theirs(low, num.start):
        return True  # "我儿子的话费八十，我三十": the respondent's own bill after another's
    start, end = _clause(low, num)
    if period < 1:
        clause = low[start:end]
        return billing_asked or bool(_SERVICE.search(clause) or _PAYS_BILL.search(clause))
    # (room after for a currency word: "150 dollars every month")
    window = low[max(start, num.start - 16) : min(end, num.end + 24)]
    if _MONTHLY.search(window) or _SERVICE.search(low, start, end):
        return True
    if _FIELD_BEFORE.search(low, max(0, num.start - 24), num.start):
        return True  # a labelled form: "年龄：41 月费：99", "Age: 41, Monthly bill: 45"
    if _FOR_IT_MONTHLY.match(low, num.end):
        return True
    return billing_asked and currency and _is_bare(low, num, start, end)
