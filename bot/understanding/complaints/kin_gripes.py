"""A complaint said of somebody at home or in the family, under the complaint question.

"only complaint is my kids never do their homework", "my only gripe is my teenage son never gets
off his phone", "biggest complaint is my husband snores", "only moan is my grandkids never
visit", "唯一不满意的就是孙子老不来看我", "唯一的槽点是我妈天天唠叨": the lead takes the question's
words, but what follows is a family member and what they do. Words of a grievance in it
("never", "老") find fault with that person, not with the service: no complaint, and no vague
answer. A service word after the person keeps the complaint: "my only complaint is my husband
says the wifi is slow", "my only complaint is my kids use up all the data", "唯一的意见就是我儿子
老用流量", and so does a lead about the service ("only complaint is the price").
"""

from __future__ import annotations

import re

from bot.understanding.complaints.grievances import SERVICE

# The lead: the respondent's one or main grievance, named by any word for one.
_LEAD = re.compile(
    r"^(?:(?:well|honestly|tbh|lol|haha|um|erm|hmm|oh|ok|okay)\s*,?\s+)*(?:(?:my|the|our)\s+)?"
    r"(?:only|one|biggest|main|sole|one and only)\s+(?:real\s+)?"
    r"(?:complaint|gripe|issue|problem|moan|whinge|beef|niggle|grievance|bugbear|pet peeve|peeve"
    r"|annoyance|frustration|grumble"
    r"|thing (?:that )?(?:bugs|annoys|bothers|irritates|gets to|upsets|frustrates) (?:me|us)"
    r"|thing i(?:'d| would)? (?:complain|moan|whinge|grumble) about)"
    r"\s*(?:is|would be|'s|’s|:|-)\s*(?:that\s+)?"
    r"|^(?:嗯|唉|哎|要说)?[，,…\s]*(?:我)?(?:唯一|最大)(?:的)?(?:不满意?|意见|槽点|问题|不爽|烦心|抱怨"
    r"|要吐槽|吐槽|不开心|闹心)(?:的)?(?:地方|事儿?|点)?(?:就|大概|可能|嘛)?(?:是)?[，,:：\s]*"
)
_LEAD_CHEAP = ("only", "one ", "biggest", "main", "sole", "唯一", "最大")
# ... then a family member as the subject of what follows.
_KIN_FIRST = re.compile(
    r"\s*(?:(?:my|our|the)\s+(?:\w+\s+)?(?:husband|wife|partner|hubby|missus|boyfriend"
    r"|girlfriend|kids?|son|sons|daughters?|children|teenagers?|teens?|grandkids|grandchildren"
    r"|grandsons?|granddaughters?|nephews?|nieces?|mum|mom|mother|dad|father|mother-in-law"
    r"|father-in-law|in-laws|son-in-law|daughter-in-law|brothers?|sisters?|cousins?|parents"
    r"|family|gran|granny|grandma|grandpa|grandad|uncle|aunt|auntie|other half|better half"
    r"|flatmates?|housemates?|roommates?)\b"
    r"|(?:我|俺|我们|我们家|家里|我家|俺家)?(?:的)?(?:老公|老婆|媳妇|对象|孩子|儿子|女儿|闺女|孙子|孙女"
    r"|外孙女?|儿媳妇?|女婿|婆婆|公公|丈母娘|老丈人|妈|爸|老妈|老爸|爸妈|爹|娘|哥|姐|弟|妹|小叔子"
    r"|小姑子|娃|熊孩子|家里人))"
)


def kin_only(low: str) -> bool:
    """The only or main complaint is a family member and what they do, with no word of the
    service after the lead."""
    if not any(w in low for w in _LEAD_CHEAP):
        return False
    lead = _LEAD.search(low)
    if lead is None or _KIN_FIRST.match(low, lead.end()) is None:
        return False
    return SERVICE.search(low, lead.end()) is None
