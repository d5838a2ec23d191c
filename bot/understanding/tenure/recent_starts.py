"""Starts too recent to have a date: "just joined" (0 months) and "last month" (1 month).

These phrases need more care than any date, because the same words ("刚办", "上个月", "just got",
"last month") also tell of a new phone, a new plan, a finished divorce or a visit from an engineer.
They are kept apart from `durations` (amounts and dated starts) so each stays readable; the result
is plain tuples that `durations` turns into its `Duration`.
"""

from __future__ import annotations

import re

from bot.understanding.literal_gates import gated
from bot.understanding.people import clause_before
from bot.understanding.tenure import changed_lines, dated_just, duration_cues, life_changes

# ("刚从合肥搬过来" is a house move; only "搬网" moves the line: "刚从电信搬网过来")
_JUST_JOINED = gated(
    r"刚刚?(?:办|开(?!学|会|车|工|门|心|玩笑|店|刀|完)|入网|开通|注册|装|签约|用|换|转|成为|加入|买"
    # somebody or something arriving is no start: "刚来了个快递", "刚来了位客人", "刚来电话"
    r"|来(?!了?一?(?:个|位|名|条|辆|批|单|封|件|拨|电|人|客|病|消息|短信|快递|外卖))"
    r")|新用户|新办的|(?<![后前])(?<!后来)才办(?!完|好|成|下来)|"
    # ("刚刚才开", Cantonese "啱啱先开": just now opened; not "刚才用手机查了下")
    r"刚刚[才先](?:办|开(?!学|会|车|工|门|心|玩笑|店|刀|完)|入网|开通|注册|装|签约)|"
    r"刚刚?从[^,，。]{1,8}?(?:(?:换|转)网?|搬网)过来|"
    r"(?:(?:上|这|本)?(?:周|个?星期|礼拜)[一二三四五六日天]|上周|上个?星期|上礼拜|前天|昨天|前[几两]天|(?:这|本)(?:周|个?星期|个?礼拜)"
    r"|这两天)(?:刚|才)?(?:办|开(?![会车学工门心店刀玩])|入网|开通|装"
    r"|注册|签约)|"
    # ("才用没多久", "才用不久" say no length: as vague as "没多久")
    r"才用(?:了)?几天|"
    r"才开始用|这个月(?:刚|才)?(?:办|开|装)|不到一个月|(?:一个|个把)月(?:都|也|还)不到|"
    # ("only just joined" says when: no generic "only just")
    # (chat spellings of "just" and "week": "jus signed up last wk")
    r"(?:only\s+)?\b(?:just|jus|jst) (?:signed up|joined|started|switched|subscribed|opened"
    r"|moved over|became"
    r"|became a"
    r"|transferred|ported|came over"
    # "just got" a line or connected; not "just got married", "back", "a goldfish"
    r"|got(?=\s+(?:it\b|connected|set up|hooked up|switched|signed up|installed|on ?to\b"
    r"|with (?:you|your lot)\b|(?:(?:a|an|my|our|the|your)\s+)?(?:new\s+)?(?:line|plan|contract"
    r"|sim|connection|broadband|internet|fib(?:re|er)|wi-?fi|service|account|package|deal)\b)))"
    r"|brand new|new customer|only just|less than a month|not even a month"
    r"|(?:joined|signed up|started|switched(?: over)?|moved (?:over|across)|got connected"
    r"|transferred"
    r"|ported(?: over)?)\s+(?:(?:from|to)\s+[\w&'-]+\s+|\w+\s+)?"
    r"(?:this (?:month|week|wk)|yesterday|today|the other day|(?:a few|two|three|\d) days ago"
    # ("last weak": the week as it is mistyped)
    r"|last w(?:ee|ea)?k|the week before last"
    # a weekday is this week or the last: "signed up on saturday"
    r"|(?:on\s+)?(?:last\s+|this\s+|this past\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
)
# After "刚买": everyday shopping, an errand ("刚买菜回来", "刚买完东西", "刚买了早餐").
_ERRAND_AFTER = re.compile(
    r"\s*(?:完|好|了|回来)*\s*(?:菜|东西|早餐|早点|早饭|午饭|晚饭|饭|水果|肉|米|面|药|票|衣服|零食"
    r"|奶茶|咖啡|烟|酒|年货|日用品|油|蛋|鸡蛋|奶粉|尿不湿)"
)
_PLAN_BEFORE = re.compile(r"(?:套餐|资费|号码|plan|package|tariff)[^,，。.;!?]{0,3}$")
# After "刚换", "just switched": a service option or plan is what changed, not the provider.
_NEW_OPTION_AFTER = re.compile(
    r"\s*(?:了|的|成|到|为)?\s*(?:个|一个)?\s*(?:新的?)?\s*(?:光纤|宽带|套餐|资费|千兆|百兆|电话线|dsl"
    r"|adsl|5g|4g)"
    r"|\s+(?:over\s+)?to\s+(?:the\s+|a\s+)?(?:fib(?:re|er)|dsl|adsl|cable|(?:\w+\s+)?(?:plan|package"
    r"|tariff|deal))\b"
)
# ... and after a change, a term of contract: "上个月刚换成两年的合约", "just switched to a 2 year
# contract" (but "刚办了一年的", "just signed up to a 2 year plan" join)
_NEW_TERM_AFTER = re.compile(
    r"\s*(?:了|成|到|为)?\s*(?:合约|合同|包年|月付|年付|按月|按年|(?:[一两二三\d]|十二|二十四)(?:年|个月)的?"
    r"(?:合约|合同|约|套餐)?)"
    r"|\s+(?:over\s+)?to\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}(?:plan|contract|deal)\b"
)
_CHANGED = re.compile(r"换|改|转|switched|changed|moved")
_FROM_OLD_LINE = re.compile(
    r"从\s*(?:那种|那个|以前的?|原来的?|老的?)?\s*(?:电话线|拨号|铜线|铜缆|网线|有线|无线|卫星|adsl|dsl"
    r"|[345]g|百兆|宽带|光纤)"
)
# "刚装那会儿", "刚办的时候": back when it was new, a time in the past.
_BACK_THEN_AFTER = re.compile(r"\s*(?:的)?(?:那会儿?|那时候?|那阵子?|的时候|时)")
# "上礼拜装机那小哥", "昨天装宽带的师傅": the phrase names who came to do the job, the subject of
# the clause; the visit may have been a move or a new router as well as the start ("装机小哥",
# with no 的, names the worker too)
_WORKER_AFTER = re.compile(
    r"(?:(?:机|宽带|网|光纤|路由器?|猫)(?:的|那|那个|那位)?|的|那|那个|那位)\s*"
    r"(?:小哥|师傅|小伙子?|工人|大哥|哥们|小姑娘)"
)
_PROVIDER_AFTER = re.compile(r"\s*(?:到)?(?:你们|你家|贵|这家|咱们?家|你这)")
# Phrases that say "new" without saying when: a date or amount in the same message is preferred.
_GENERIC_NEW = ("新用户", "新办的", "brand new", "new customer", "only just")
# What new customers as a group get or pay: "新用户倒是送这送那", "新用户都有优惠", "new customers
# get all the deals" (not "我是新用户，有啥优惠吗", a question of one's own).
_NEWCOMERS_AS_GROUP = re.compile(
    r"(?:们)?(?:倒是|反而|却|都|就|才)?(?:送|赠|有(?:优惠|活动|折扣)|享|能享|优惠|便宜|更便宜|专享"
    r"|价格|打折|免费)"
    r"|s\s+(?:(?:always|all|now|even)\s+)?(?:get|gets|got|are|pay|have|get offered|are offered)\b"
)
# "手续办完了", "刚办好": a procedure finished, which may be a divorce or a visa as well as the
# line, so it dates the time with us only when that time was asked
_DONE_AFTER = re.compile(
    r"(?:完|好|妥|成|下来)|的?(?:婚礼|婚宴|酒席|喜酒|满月酒|签证|护照|驾照|离婚|葬礼|丧事)"
)
_LAST_MONTH = re.compile(
    r"上个?月(?:初|中旬|下旬|上旬|中|底|末)?(?:刚|才|先)?(?:办|开|入网|装|开始用|注册|加入"
    # ("上个月才转过来的"; but money sent: "上个月转过来一笔钱")
    r"|从[^,，。]{1,8}?(?:(?:换|转)网?|搬网)过来|携号转网|转网"
    r"|[转换]过来(?![^,，。]{0,2}(?:笔|钱|款|块|元|[\d一二三四五六七八九十两几百千万]))"
    # ("上个月刚换成你们的", "上月转到你们家")
    r"|[转换](?:成|到)(?:你们|您们|你家|贵|星联))|last month"
)


# "刚办冇几耐", "刚办没多久": just joined, hedged, before the month that says when.
_NOT_LONG_AFTER = re.compile(r"(?:了|咗)?\s*(?:冇几耐|没几耐|没几何|没多久|不久|没几天)")


# What was "办" may be a feast or a paper, no line: "上个月才办的酒", "刚办了婚礼", "才办的签证".
_EVENT_AFTER = re.compile(
    r"[了完好]?的?(?:酒|婚|喜|满月|寿宴|生日|签证|护照|驾照|离婚|葬礼|丧事|白事|红事|身份证|证件)"
)


def _event_done(low: str, m: re.Match[str]) -> bool:
    return m.group().endswith("办") and _EVENT_AFTER.match(low, m.end()) is not None


def recent_starts(low: str) -> list[tuple[float, int, int, bool, bool]]:
    """(months, start, end, tenure cue, generic) for each "just joined" or "last month"
    start; "generic" ones ("新用户", "new customer") say new without saying when."""
    out: list[tuple[float, int, int, bool, bool]] = []
    # (whole words, as in `durations._START_WORDS_EN`: whoever "designed" the setup signed
    # nobody up)
    last_month = [
        m
        for m in _LAST_MONTH.finditer(low)
        if (m.group() != "last month" or _start_in_clause(low, m.start(), m.end()))
        and not _event_done(low, m)
    ]
    for m in _JUST_JOINED.finditer(low):
        if any(x.start() <= m.start() < x.end() for x in last_month) or (
            last_month and m.group().startswith("刚") and _NOT_LONG_AFTER.match(low, m.end())
        ):
            continue  # "上个月刚办", "刚办冇几耐，上个月先办嘅": the month says more
        if dated_just.month_named(low, m.start(), m.end()):
            continue  # "今年三月份刚转网过来", "just joined in March": the month says when
        if duration_cues.device_follows(low, m.end()) or _event_done(low, m):
            continue  # "刚换了新手机", "just got a new phone", "才办的酒"
        if life_changes.changed_other(low, m):
            continue  # "我刚换了工作", "I just switched jobs": a new job or home, not a new line
        if duration_cues.other_start_follows(low, m):
            continue  # "the eldest just started secondary", "刚开始还行"
        if m.group().endswith("买") and (
            duration_cues.BOUGHT_THING.match(low, m.end()) or _ERRAND_AFTER.match(low, m.end())
        ):
            continue  # "刚买了双鞋", "我刚买菜回来": a purchase or an errand, not a new line
        if _PLAN_BEFORE.search(low[max(0, m.start() - 8) : m.start()]):
            continue  # "套餐是刚换的": a new plan, not a new customer
        if _NEW_OPTION_AFTER.match(low, m.end()):
            continue  # "刚换的光纤", "just switched to the fibre plan": a new plan or line
        if changed_lines.kind_changed(low, m.start(), m.end()):
            continue  # "光纤，上个月刚换的": the kind of line changed
        if _CHANGED.search(m.group()) and _NEW_TERM_AFTER.match(low, m.end()):
            continue  # "刚换成两年的合约": a new term for an old customer
        if "从" in m.group() and _FROM_OLD_LINE.match(low, m.start() + m.group().index("从")):
            continue  # "刚从电话线那种换过来的": a new kind of line, not a new provider
        if _BACK_THEN_AFTER.match(low, m.end()):
            continue  # "刚装那会儿很烂": the time just after joining, told from today
        if _WORKER_AFTER.match(low, m.end()):
            continue  # "上礼拜装机那小哥挺利索": the worker of a visit, rated or talked about
        if m.group() in ("刚来", "刚刚来") and _arrived_other(low, m.start()):
            continue  # "星联刚来俺们这就用上了": the provider arrived, the start is long ago
        # "芜湖，刚来": arriving somewhere, unless the provider follows ("刚来你们家没几天"); so
        # it tells of joining only as the answer to the tenure question
        generic = m.group() in _GENERIC_NEW or (
            m.group().endswith("来") and not _PROVIDER_AFTER.match(low, m.end())
        )
        if generic and _NEWCOMERS_AS_GROUP.match(low, m.end()) and "新办" not in m.group():
            continue  # "老用户没优惠，新用户倒是送这送那": new customers as a group, not oneself
        cue = not _procedure_done(low, m)
        out.append((0.0, m.start(), m.end(), cue, generic))
    for m in last_month:
        out.append((1.0, m.start(), m.end(), not _procedure_done(low, m), False))
    return out


# "last month" dates the start only in the clause that joins: "the engineer last month was
# lovely, my neighbour's been grumpy since 1987" starts nothing; "since" dates it only when
# "last month" follows it straight ("with you since last month"), not an event between ("awful
# since the outage last month", "since the engineer came last month")
_LAST_MONTH_START_EN = re.compile(
    r"\b(?:joined|signed|started|since(?=\s+(?:(?:about|around|only|just|like)\s+)?last month)"
    # a switch to us: "switched to you last month", "came over to you guys last month"
    r"|(?:switched|moved|came|ported)(?: over| across)? to (?:you|u|us|starlink))\b"
)
_CLAUSE_MARK = re.compile(r"[,.;!?，。；！？]")


def _start_in_clause(low: str, start: int, end: int) -> bool:
    begin = max((c.end() for c in _CLAUSE_MARK.finditer(low, 0, start)), default=0)
    stop = _CLAUSE_MARK.search(low, end)
    return _LAST_MONTH_START_EN.search(low, begin, stop.start() if stop else len(low)) is not None


def _procedure_done(low: str, m: re.Match[str]) -> bool:
    return m.group().endswith("办") and _DONE_AFTER.match(low, m.end()) is not None


_ADVERBS_END = re.compile(r"(?:也|都|还|是|才|就)+$")
# (nor a time: "去年刚来的", "那会儿刚来")
_SELF_END = re.compile(r"(?:[我俺咱]们?|自己|人家|[年时天候月周儿])$")
_NAMED_END = re.compile(r"[\u4e00-\u9fffa-z]{2}$")


def _arrived_other(low: str, start: int) -> bool:
    """Somebody or something other than the respondent is named right before the "刚来" at
    `start`: "星联刚来俺们这", "你们刚来我们村那会儿" (not "我也是刚来的", "芜湖，刚来")."""
    before = _ADVERBS_END.sub("", clause_before(low, start))
    return bool(_NAMED_END.search(before)) and not _SELF_END.search(before)
