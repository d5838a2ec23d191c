"""Chinese answers to the complaint question that answer nothing, though they use words of a
grievance or of the service.

- A bad day of the respondent's own: scolded by the boss, a bad mood, a game gone wrong ("唉，今天
  又被我们主任骂了一顿，心情差得很", "今天抽卡又歪了，心态炸裂"). "卡" of a game or a card and "差"
  of a mood name no fault; with those set aside nothing names the service or a fault of it.
- A question about complaining itself: whether it pays, whom to turn to ("我想先问一下，投诉了有
  补偿吗？", "想投诉的话该找谁？打客服还是去营业厅？").
- Which part of the service is meant, asked back in words `complaint_scope` does not list ("你是说
  网络方面，还是收费方面？").
- A thing of the respondent's that is not the provider's is broken, and whether the provider
  mends it is asked ("我们广场舞的音响坏了，你们管不管修？"; a router or a modem is the service's).
- A joke about why the survey is made ("哈哈，你们是不是被骂多了才搞这个问卷").

With any fault of the service said besides ("心情差得很，网又卡", "投诉了有补偿吗？网断了三天了",
"你们是不是被骂多了才搞这个问卷，网速这么慢"), the answer stays a complaint.
"""

from __future__ import annotations

import re

from bot.understanding.complaints.grievances import names_a_grievance

_CUES = ("心", "卡", "骂", "投诉", "还是", "修", "问卷", "调查")
# A bad day: the mood, the boss's scolding, a game.
_DAY = re.compile(
    r"心情(?:很|特别|超|巨|有点|非常|真的?)?(?:差|不好|糟|烂|低落|郁闷)(?:得很|透了|死了|极了)?"
    r"|心态(?:直接)?(?:炸裂|炸了|崩了?|爆炸|没了)|(?:又|还)?(?:被|让|挨)(?:我们|我的|我家)?"
    r"(?:主任|老板|领导|经理|主管|班主任|老师|组长|上司|师父)(?:狠狠地?)?(?:骂|批|训|说)(?:了)?"
    r"(?:一顿|一通|半天)?|挨(?:了)?(?:一顿)?(?:骂|批)"
    r"|抽卡|卡池|打卡|饭卡|公交卡|银行卡|信用卡|会员卡|卡牌|卡通|(?:抽|出)(?:卡)?(?:又)?歪了|十连"
)
# Laughter, sighs and particles left over.
_FILLER = re.compile(r"[唉哎嗯啊哈嘿呀吧呢了又也今天真是就\s,，。.!！~～…?？😂🤣😅😭]")
# Lead-ins of a question: "我想先问一下", "请问".
_LEAD = r"(?:请问|我想(?:先)?问(?:一下|下)?|想(?:先)?问(?:一下|下)?|问一下|问下|先问一下)"
# A question about complaining: "投诉了有补偿吗", "想投诉的话该找谁", "投诉有用吗".
_HOW = re.compile(
    r"^(?:"
    + _LEAD
    + r"[,，\s]*)?(?:我)?(?:要|想|如果|要是)?投诉(?:了|的话|之后|以后)?(?:会|能|可以)?"
    r"(?:有(?:没有)?(?:补偿|赔偿|回复|结果|用|人管|人处理|奖励)(?:吗|么|不|没有)?"
    r"|(?:该|要|得|应该)?(?:找|打|拨|去)(?:谁|哪个|哪里|哪儿|哪|什么|啥)(?:电话|号码|部门|热线|人|地方)?)"
    r"(?:呢|啊|呀)?\s*[?？]*\s*$"
)
# The ways to get there, set against each other: "打客服还是去营业厅？".
_WAYS = re.compile(
    r"^(?:是)?(?:打|找|拨|去)(?:客服|电话|热线|10086|10010|10000|营业厅|门店)(?:电话)?还是"
    r"(?:打|找|拨|去)?(?:客服|电话|热线|营业厅|门店|网上|app)(?:呢|啊)?\s*[?？]*\s*$"
)
_QUESTIONS = re.compile(r"[^?？]+[?？]+|[^?？]+$")
# Which part, with a pause before "还是": "你是说网络方面，还是收费方面？".
_PART_MORE = (
    r"(?:手机|宽带|网络?|网速|信号|话费|套餐|客服|账单|资费|流量|价格|服务|营业厅|售后|收费|计费|扣费|费用"
    r"|设备|安装|装机)(?:的)?(?:方面|那块|这块|那边)?(?:的)?"
)
_ELSE_ZH = r"(?:别的|其他的?|其它的?|别的方面|其他方面)"
_WHICH = re.compile(
    r"^(?:你|您)?(?:是|要)?(?:说|问|指)(?:的是)?" + _PART_MORE + r"[,，\s]*还是(?:说)?(?:"
    r"" + _PART_MORE + "|" + _ELSE_ZH + r")(?:啊|呀|呢|吗|嘛)?\s*[?？]*\s*$"
)
# A thing that is none of the provider's, broken, and whether they mend it.
_THING = (
    r"音响|音箱|冰箱|洗衣机|空调|热水器|微波炉|电饭煲|油烟机|马桶|水管|水龙头|灯泡?|电梯|自行车"
    r"|电动车|汽车|车子?|门锁|锁|收音机|录音机|电风扇|风扇|窗户|屋顶|暖气|燃气灶|煤气灶|手表|眼镜"
)
_MEND = re.compile(
    r"^[^,，。?？网信号宽带路由光猫]{0,10}?(?:" + _THING + r")(?:又|也|突然)?(?:坏|坏掉|不响|不亮"
    r"|不转|漏水|没声)(?:了)?[,，\s]*(?:你们)(?:管不管|能不能|会不会|可不可以|管|能|会|负责)"
    r"(?:帮忙|帮我们?|上门)?(?:修|修理|维修|管)?(?:一下)?(?:吗|么|不|啊|呀|呢)?\s*[?？]*\s*$"
)
# Why the survey is made: "你们是不是被骂多了才搞这个问卷".
_SURVEY_WHY = re.compile(
    r"^(?:哈+|嘿嘿|呵呵)?[,，\s]*(?:你们)?(?:是不是|是因为|怎么|咋)[^,，。网信号卡慢断贵]{0,10}?"
    r"(?:才|突然|要|想起来)(?:搞|做|弄|发|来)(?:这个|这种|这么个)?(?:问卷|调查|回访)"
    r"(?:的|啊|吧|呢|吗)?\s*[?？]*\s*(?:哈+|😂|🤣)?\s*$"
)


def _bad_day(low: str) -> bool:
    """A bad day of one's own and nothing of the service."""
    rest = _DAY.sub(" ", low)
    if rest == low:
        return False
    return not names_a_grievance(rest) or not _FILLER.sub("", rest)


def _asks_complaining(low: str) -> bool:
    """Every sentence asks how or whether complaining pays, or which way to go."""
    if "投诉" not in low:
        return False
    return all(
        _HOW.search(q.strip()) or _WAYS.search(q.strip())
        for q in _QUESTIONS.findall(low)
        if q.strip(" ,，。?？")
    )


def elsewhere(low: str) -> bool:
    """The answer to the complaint question is about something else, or asks about the asking."""
    if not any(c in low for c in _CUES):
        return False
    low = low.strip()
    return bool(
        _bad_day(low)
        or _asks_complaining(low)
        or ("还是" in low and _WHICH.search(low))
        or _MEND.search(low)
        or _SURVEY_WHY.search(low)
    )
