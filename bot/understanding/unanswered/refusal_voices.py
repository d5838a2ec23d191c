"""Refusals in regional and blunt voices, kept apart from `refusals` (near its size limit).

Sichuan "钱的事就莫问了嘛" (莫 is "don't"; not "莫问我为什么用移动，反正一百块", which goes on),
a rating turned down at the start ("不打分，没意思"), a reservation asked for ("还是容我保留吧"),
"这个问题先不答了"; Southern "that ain't none of y'all's business", Singlish "age not important
lah", "I'm good on that one", "skip pls" at the end, "look it up yourself", "I don't see why I
should tell you that", "I'd rather skip the family stuff", "bit personal that". Searched only
when a cheap literal is in the message, so other messages pay one short scan.
"""

from __future__ import annotations

import re

from bot.understanding.cities.place_refusals import place_refusals
from bot.understanding.literal_gates import gated
from bot.understanding.unanswered.enough_said import enough_said
from bot.understanding.unanswered.northern_refusals import northern_refusals
from bot.understanding.unanswered.own_affairs import own_affairs
from bot.understanding.unanswered.talk_declined import talk_declined

_TRIGGER = re.compile(
    r"莫|不|别|甭|容我|伐|覅|勿|毋|拒|none|important|good on|skip|yourself|see why|shall|shan"
    r"|will not|'ll not|records|files|consult|not to|tell|算了|免了|relevant|matter|leave|out of"
    r"|of no |won'?t be|details|info|specifics"
)

_VOICES = gated(
    # Sichuan and Southwestern "莫问" as a whole clause (not "莫问我为什么...")
    r"莫(?:再)?问(?:了|啦|嘛|咯|哦)*(?=$|[,，。.!！~…])"
    # a rating turned down as the answer opens: "不打分，没意思", "不评价", "不予评价", "还是
    # 不评价了吧", "这个就不评价了" (not "好坏不评价了，能用就行", with a topic before it, nor
    # "不评价别人")
    r"|(?:^|[,，。？?!！]\s*)(?:这个|这题|这项)?(?:我|俺)?(?:就|也|还是)?不(?:予|做|作|想|愿意?)?"
    r"(?:打分|评分|打星|评价|评论)(?:了|啦|吧|咯|喽|哈|啊)*(?=$|[,，。.!！~…\s])"
    # the asked thing waved off by the respondent: "打分这个我就算了", "年龄这块就免了" (not "换套餐
    # 这个我就算了": an action turned down answers the intention)
    r"|(?:打分|评分|打星|评价|名字|姓名|称呼|年龄|年纪|岁数|收入)(?:这个|这块|这项|这题|这事儿?)?"
    r"(?:嘛|呢|的话)?[,，]?(?:我|俺)?(?:就|还是)?(?:算了|免了)"
    # not telling the asker, as the last words: "家里的事不想跟你们讲" (not "不想跟你们讲道理", nor
    # "不想跟你们谈了，直接销户", where an answer follows, nor "孩子的事不想跟你们说太多")
    r"|不(?:太|大|是很)?(?:想|愿意?|打算)(?:再)?(?:跟|和|同|给|对)(?:你|您)们?(?:多|细)?"
    r"(?:说|讲|聊|谈|透露|交代)(?:这些|这个)?(?:了|啦|吧|呢|哈|啊)*"
    r"(?=[。.!！~…\s]*$)"
    # ... or to a machine, as the last words: "俺的感情问题就不跟机器聊了", "这个不和机器人谈"
    r"|不(?:跟|和|同|给|对)(?:你|您)?(?:这个)?(?:机器人?|ai|人工智能)们?(?:多|细)?(?:聊|谈|说|讲)"
    r"(?:这些|这个)?(?:了|啦|吧|咯|喽|哈|啊|呀|哦)*(?=[。.!！~…\s]*$)"
    # the question said not to matter, and moved on: "not relevant, next", "irrelevant. skip" (not
    # "not relevant, I'm single", "irrelevant, next year I'm off")
    r"|(?:^|[,.!?;]\s*)(?:(?:i )?(?:don'?t|do not) (?:think|reckon) (?:that'?s|it'?s|this is"
    r"|that is|it is) relevant|(?:that'?s |it'?s |this is |that is )?(?:(?:not|hardly) relevant"
    r"|irrelevant|none of that matters|(?:that |it )?doesn'?t matter))"
    r"(?: (?:to (?:you|this|the survey)|here))?"
    r"[,.!\s]*(?:next(?: (?:question|one|q|pls|please))?|skip(?: it)?|move on|moving on|pass)"
    r"(?=\s*(?:$|[,.!?;]))"
    r"|\b(?:not relevant|irrelevant) to (?:you|your (?:survey|company|business|records"
    r"|questions?))\b"
    # a question left unanswered: "I'll leave that one", "leave this question" (not "I'll leave
    # that to my wife", nor "I'll leave that one for now", put off)
    r"|\b(?:i'?ll|i will|i'?m gonna|i'?m going to|gonna|let me|lemme|i think i'?ll|i'?d rather"
    r"|i'?d prefer to|i'?ll just)\s+leave (?:that|this)(?: one| question| q| bit| part)"
    r"(?: blank| empty| unanswered| out)?"
    r"(?=\s*(?:$|[,.!?;]|thanks\b|thank you\b|lol\b|tbh\b|mate\b|please\b))"
    r"|^\s*(?:(?:i'?ll|i will) )?leave (?:that|this)(?: one| question| q)?"
    r"(?: blank| empty| unanswered| out)?[.!\s]*$"
    # a kind of question the respondent never answers: "打分这种我不打的", "评分这种东西我从来不
    # 评" (not "打分这种我一般给4分")
    r"|(?:打分|评分|打星|评价)(?:这种|这个|这类|这些)(?:东西|事情?|问题)?[,，]?(?:我|俺)(?:从来|一向"
    r"|向来|一般|就|都)*不(?:打|评|参与|搞|答|回答)(?:的|了|啦|哈)*(?=$|[,，。.!！~…\s])"
    # staying out of it: "my sister rates u a 2 lol i'm staying out of it", "leave me out of it"
    # (not "the wife handles the bills, I stay out of it": a habit, the question left to her)
    r"|\b(?:i'?m|i am|i'?ll|i will|i'?d rather)\s+(?:just\s+)?(?:stay(?:ing)?|keep(?:ing)?"
    r"|kept)\s+(?:myself\s+)?out of (?:it|this|that)\b|\bleave me out of (?:it|this|that)\b"
    # "还是容我保留吧", "请容我保留" (not "我保留意见": kept for oneself, with an answer)
    r"|容我(?:先|暂且|暂时)?保留"
    # the respondent waving themselves off as the last words, after talk of someone else:
    # "我们家猫是母的😂 我就算了吧", "我的就算了吧", Cantonese "我就唔使讲啦" (唔 reads as 不; not
    # after a question echoed, "换运营商？我就算了吧")
    r"|(?:^|(?<=[,，。.!！~…\s\U0001F300-\U0001FAFF]))(?:我|俺)(?:自己)?的?(?:嘛|呢)?[,，]?(?:就|还是)"
    r"(?:算了|免了|不使讲|不使说|不用讲|不用说)(?:了|啦|喇|吧|咯|喽)*(?=[。.!！~…\s]*$)"
    # not answered for now: "这个问题先不答了" ("先不说这个" may lead into an answer)
    r"|先不(?:答|回答)(?:了|啦|吧)"
    r"|\bnone of (?:y'?all'?s?|yalls|ya|yo|you'?s|you all'?s) (?:business|concern)\b"
    r"|\b(?:my )?(?:age|gender|sex|name|income|salary)(?:'s| is)? not important\b"
    # ... or of no relevance: "my name is of no relevance to this survey", "my age is irrelevant"
    # (not "the price is irrelevant, the speed is the problem")
    r"|\b(?:my |the )?(?:age|gender|sex|name|income|salary)(?:'s| is) (?:(?:quite |totally "
    r"|completely |entirely )?(?:irrelevant|unimportant)|(?:not|hardly) relevant"
    r"|of no (?:relevance|importance|consequence|interest))\b"
    r"|\bi'?m good on (?:that|this)(?: one| question)?(?=\s*(?:$|[,.!?;]|thanks\b|thank you\b))"
    r"|(?:^|[,.?!]\s*)skip (?:pls|plz|please|it|this|lah|la|leh|lor|ah|one)[.!]*$"
    r"|\blook it up yourself\b"
    r"|\b(?:don'?t|do not) see why (?:i|we) (?:should|would|need to|have to|must) (?:tell|give"
    r"|share|say|answer)\b"
    r"|\bskip(?:ping)? the (?:[\w']+ ){0,2}?(?:stuff|questions?|topic|section)"
    r"(?=\s*(?:$|[,.!?;)]|if\b|please\b|thanks\b|for now\b|lol\b|tbh\b))"
    # Wu "名字就伐讲了", "覅讲", "勿高兴讲" and "覅问了" (伐, 覅 and 勿 are "don't"; not
    # "侬晓得伐？")
    r"|[伐覅勿](?:想|高兴)?(?:讲|说|告诉|报)(?:了|哉|咧|啦|嘞)?(?:侬|你|你们|倷)?(?=$|[,，。.!！~…])"
    r"|(?:覅|勿要|伐要)(?:再)?(?:问|打听)(?:了|哉|啦)?(?=$|[,，。.!！~…])"
    # Hokkien "这个问题阮毋想应" (毋 is "don't")
    r"|毋(?:想|爱|愛|欲)(?:应|應|讲|講|说|說|回答|回)"
    # told by somebody at home not to tell: "她说年龄别告诉你们", "我老公不让我说" (not "别告诉
    # 你们经理", "不让我说话")
    r"|(?:别|不要|甭|莫)(?:告诉|透露给|说给|讲给)(?:你|您)们?(?=$|[^\u4e00-\u9fff]|[了哦啊呀哈嘛呢])"
    r"|不(?:让|许|准)(?:我|俺)?(?:说|讲|告诉(?:你|您)们?|透露)(?=$|[^\u4e00-\u9fff]|[了哦啊呀哈嘛呢])"
    # a formal refusal: "故不作答", "此项不予作答", "倾向于不作回答", "不予回答", "我拒绝回答",
    # "恕不奉告" (not "客服拒绝回答我的问题", "暂不作答" put off, "客服一直不予回答" a grievance)
    r"|(?<![暂先])不(?:予|便)?作答|(?<![暂先直都总来])(?:不(?:予|便)?作回答|不予(?:回答|答复))"
    r"|(?:^|[,，。；;]|我|本人)(?:拒绝|拒不)(?:回答|作答|透露|填写|提供)"
    r"|恕不(?:奉告|回答|答复|透露)"
    # "I shall not answer it", "I will not repeat it here" (not "I'll not answer the phone")
    r"|\b(?:(?:(?:i|we)(?:'ll| will| shall)|and (?:shall|will)) not|(?:i|we) shan'?t)"
    r" (?:answer|repeat)(?: (?:it|that|this|myself|the question|such questions))?"
    r"(?=\s*(?:$|[,.;!?]|here\b|again\b|to you\b))"
    r"|\b(?:(?:i|we)(?:'ll| will| shall) not|(?:i|we) shan'?t) (?:disclose|divulge)\b"
    # ... or be answering it: "I'll not be answering that, thank you", "won't be sharing that"
    # (not "I'll not be answering the phone to them")
    r"|(?:\b(?:i|we)(?:'ll| will| shall) not|\b(?:i|we) (?:won'?t|shan'?t)|(?:^|[,.;!?]\s*)won'?t)"
    r" be (?:answering|sharing|disclosing|divulging|saying|telling you|giving out|going into)"
    r"(?: (?:that|this|it|one|that one|this one|the question|that question|this question))?"
    r"(?=\s*(?:$|[,.;!?]|thanks\b|thank you\b|sorry\b|mate\b|here\b|today\b))"
    r"|\b(?:consult|refer to|check) your (?:own )?(?:records|files)\b(?=\s*(?:$|[;.!]))"
    # details of one's own life withheld: "I will not be providing details of my romantic life",
    # "won't be giving any details about my family" (not "won't be providing details of the fault")
    r"|(?:\b(?:i|we)(?:'ll| will| shall) not|\b(?:i|we) (?:won'?t|shan'?t)) (?:be )?"
    r"(?:provid(?:e|ing)|giv(?:e|ing)|shar(?:e|ing)|go(?:ing)? into) (?:any )?"
    r"(?:details?|info(?:rmation)?|specifics)"
    r" (?:of|about|on|regarding) (?:my|our) (?:[\w']+ ){0,2}?(?:life|lives|family|relationships?"
    r"|household|situation|affairs)\b"
    # told not to tell: "my mum says not to tell you her age" (not "told me not to tell you it's
    # the router")
    r"|\b(?:says?|said|told me|tells me|wants me) (?:not to|to not|never to|don'?t|do not) (?:tell"
    r"|give|share with) (?:you|u|y'?all|you guys|you lot)\b"
    r"(?=\s*(?:$|[,.;!?]|lol\b|her age\b|his age\b|my age\b|how old\b|anything\b|either\b))"
)


# Broader refusals, behind their own literals: "免谈" and "你管我" as a clause of
# their own (not "换？免谈", a switch ruled out, nor "你们管我要两百"), "不予置评", "个人私事",
# "这是我自己的事", Cantonese "唔话你知", "唔讲得", "我唔讲" (唔 reads as 不), "关你咩事";
# "I refuse to answer" (not
# "I refuse to pay that fee"), "not willing to share", "I won't answer that", "you don't need to
# know that", "not disclosing", "would rather not specify", "none of ur business", "mind ya own",
# "private" or "next" as the whole answer, Singlish "dowan say", Nigerian Pidgin "I no go talk
# am", Jamaican "mi nah tell yuh", Hinglish "nahi bataunga".
_MORE_TRIGGER = re.compile(
    r"免|管|予|奉告|私事|自己的事|不话|不讲|不講|关你|干你|无关|refus|willing|prepared|answer"
    r"|need to"
    r"|disclos|divulg|reveal|rather not|business|beeswax|mind|private|next|dowan|dun wan|don wan"
    r"|\bi no |\bmi n|nahi|nhi "
)
_MORE = re.compile(
    r"(?:^|[,，。!！~…])\s*(?:这个|这题|这个问题|年龄|岁数|名字|其他|别的)?(?:就|一律)?免(?:谈|问)"
    r"(?:了|啦|吧)?(?=$|[,，。.!！~…])|免开尊口"
    r"|(?:^|[,，。!！~…])\s*(?:你|您)(?:们)?管(?:我|俺)(?:呢|啊|哦|咧|喔|哈)?(?=$|[,，。.!！~…?？])"
    r"|(?:这个|这)?(?:你|您)(?:们)?(?:就)?别管了|不予(?:置评|评论|回应|透露|公开)"
    r"|(?:个人|我的|我自己的|属于|是我)私事"
    r"|(?:这|那|这个|这些)(?:是|属于)(?:我|俺)(?:自己|个人)的事(?:情|儿)?(?=$|[,，。.!！~…吧啊哈嘛])"
    r"|不话(?:你|您)(?:们)?知|不讲得|没(?:有)?可奉告"
    r"|(?:^|[,，。？?!！]\s*)(?:我|俺)?(?:就|都|也)?不(?:讲|講)(?:了|啦|喇|咯|嘞)?[!！。.~…]*$"
    r"|[关干](?:你|您)(?:们)?(?:咩|乜|甚么|何|啥|什么|屁)事|与(?:你|您)(?:们)?无关"
    r"|\b(?:i|we) (?:(?:just |simply )?(?:refuse|decline) to) (?:answer|say|tell|disclose|share"
    r"|reveal|divulge|comment|respond|give)\b"
    # (what is refused ends the clause: not "I refuse to answer any more surveys, just cancel it")
    r"(?=(?:\s+(?:that|this|it|the question|your question|my \w+|out|you(?: that)?))?"
    r"\s*(?:$|[,.!?;]|mate\b|lol\b|sorry\b|tbh\b))|^refused?[.!]*$"
    r"|\b(?:not|un) ?(?:really )?(?:willing|prepared) to (?:share|say|tell|answer|disclose|reveal"
    r"|divulge|give (?:that|it|out))\b"
    r"|\b(?:i|we) (?:won'?t|will not|ain'?t gonna|ain'?t going to) (?:answer|respond to|reply to)"
    r" (?:that|this|it|the question|your question)(?=\s*(?:$|[,.!?;]|mate\b|lol\b|sorry\b|tbh\b))"
    r"|\byou (?:don'?t|do not|dont) need to know\b(?=\s*(?:that|this|it|my \w+)?\s*(?:$|[,.!?;]"
    r"|mate\b|lol\b|tbh\b|sorry\b))"
    r"|\bnot (?:disclosing|divulging|revealing)\b(?=\s*(?:that|this|it|my \w+)?\s*(?:$|[,.!?;]))"
    r"|\brather not (?:specify|disclose|divulge|mention|reveal|state)\b"
    r"|\bnone of (?:ur|yer|your|yo|ya) (?:bizness|biz|business|beeswax)\b|\bnunya beeswax\b"
    r"|\bmind (?:ya|yer|ur|yo|you) own\b"
    r"|\bnever you mind\b"
    # somebody else asks and gets nothing: "my mum asks me that, she doesn't get an answer either"
    r"|\b(?:doesn'?t|does not|don'?t|do not|never|won'?t|didn'?t) (?:get|gets|got) (?:an|any|one)"
    r"(?: answers?)?(?: out of me)? either\b|\bnobody gets an answer\b"
    r"|^(?:private|next|next one|next q|next question please|next pls|next please)[.!]*$"
    r"|\b(?:dowan|dun wan|dun want|don wan|dont wan) (?:to )?(?:say|tell|answer|share)\b"
    r"|\bi no (?:go|wan|fit) (?:talk|tell|yarn|answer) (?:am|you|dat|that)\b"
    r"|\bmi (?:nah|naa|nuh) (?:tell|seh|say|answer)\b"
    r"|\b(?:nahi|nhi|nahin) (?:bataunga|bataungi|batana|bataenge|bolunga|bolungi)\b"
)


# Blunt refusals, behind their own literals: "跟你说不着", "犯不着告诉你", "没必要跟你说", "花多少是
# 我自己的事" (the asked thing, or "这", is the respondent's business; not "交费是我老婆的事", nor
# "最烦的是我家的事"), "下一个" as a clause of its own; "not really comfortable answering that",
# "I don't feel comfortable sharing", "nah not answering that one" (not "the helpline is not
# answering that number").
_BLUNT_TRIGGER = re.compile(r"不着|犯不|必要|用不着|不必|的事|下一|comfort|comfy|answering|all you")
_BLUNT = re.compile(
    # no more than what was told: "been driving Lyft 6 years, that's all you getting"
    r"\bthat'?s all (?:you|ya|u)(?:'re| are| r)? (?:getting|gettin'?|get)\b|"
    r"(?:跟|和|同)(?:你|您)们?(?:说|讲)不着(?![急调])|犯不(?:着|上)(?:跟(?:你|您)们?)?(?:说|讲|告诉)"
    r"|(?:没(?:有)?必要|用不着|不必)(?:跟|和|同|给)(?:你|您)们?(?:说|讲|透露|交代|汇报)"
    r"|(?:^|[,，。!！?？~…\s])(?:[^,，。!！?？~…\s]{0,8}?(?:多少|多久|多大|几岁|什么|啥|哪儿?|怎么|咋"
    r"|年龄|岁数|收入|工资|名字|婚姻|这个?|那个?))?是(?:我|俺)(?:自己|个人|自家)?家?的?事(?:情|儿)?"
    r"(?=$|[,，。.!！~…吧啊哈嘛呢])"
    # (the mark before is not part of it: "三年了，下一个" keeps the answer before)
    r"|(?:^|(?<=[,，。!！~…]))\s*下一(?:个|条|道)(?:吧|呗|问题)?[。.!！~…]*$"
    r"|(?:\bnot|n'?t)\s+(?:feel\s+|be\s+)?(?:really\s+|very\s+|too\s+|that\s+|entirely\s+"
    r"|totally\s+|super\s+|all that\s+|overly\s+)?(?:comfortable|comfy)\s+(?:answering|sharing"
    r"|saying|telling|giving|discussing|disclosing|going into)\b"
    r"|(?:\bnot|n'?t)\s+(?:really\s+|very\s+|too\s+|that\s+)?(?:comfortable|comfy) with"
    r" (?:that|this|the|your) (?:one|question|q)\b"
    r"|\buncomfortable (?:answering|sharing|saying|telling|giving|discussing|disclosing)\b"
    r"|\b(?:nah|nope|naw|no|yeah|yea|ha+|lol|sorry|hmm+|um+|oh|eh)[,]?\s+(?:i'?m\s+)?"
    r"not answering\b"
    r"|(?<!is )(?<!'s )(?<!are )(?<!'re )(?<!was )(?<!were )\bnot answering (?:that|this|it)"
    r"(?: one| question| q)?(?=\s*(?:$|[,.!?;]|sorry\b|lol\b|mate\b|tbh\b|thanks\b))"
)


# The question judged too personal, with no "that's" before it: "bit personal that, for a phone
# company", "a bit personal, that", "too personal mate", "bit nosy that", "kinda personal, no?"
# (not "personal training", "a bit personal stuff", "quite private round here, no neighbours").
_JUDGED_TRIGGER = re.compile(r"personal|private|nos[e]?y|intrusive")
_JUDGED = re.compile(
    r"(?:^|[,.;!?]\s*)(?:(?:ooh|oh|hmm+|um+|erm|well|nah|eh|wow|jeez|blimey)[\s,!]*)?"
    r"(?:(?:it'?s|this is|is)\s+)?(?:a\s+)?(?:bit|little|tad|rather|too|quite|very|kinda|kind of"
    r"|pretty|fairly|way too|bit too|a bit too|awfully|really)\s+(?:personal|private|nos[e]?y"
    r"|intrusive)\b"
    r"(?=\s*(?:$|[,.;!?]|that\b|innit\b|init\b|isn'?t it\b|mate\b|tbh\b|no\b|eh\b|lol\b"
    r"|for (?:a|an|the|this|what)\b|question\b|q\b|to (?:ask|answer|share)\b|bro\b|love\b"
    r"|pal\b|don'?t you think\b|if you ask me\b|[\U0001F600-\U0001F64F]))"
)


# A private topic the respondent never discusses, ending the answer: "I don't discuss the
# relationship stuff", "I don't talk about my love life", "we never get into family matters
# online" (not "I don't discuss the bill with my wife"; not "I don't do relationships", which
# says single; not after an answer, "married, but I don't talk about my marriage", "no, and I
# don't talk about my love life").
_TOPIC_KEPT_TRIGGER = re.compile(r"discuss|talk about|get into|go into")
_TOPIC_KEPT = re.compile(
    r"(?<!but )(?<!and )\b(?:i|we)\s+(?:don'?t|do not|never|won'?t)\s+(?:really\s+|ever\s+)?"
    r"(?:discuss|talk about|get into|go into)\s+"
    r"(?:(?:my|our|the|that|this|any|such|family|personal|private|home)\s+)*"
    r"(?:relationships?|love life|love lives|dating|family|personal|private|home|kids|children"
    r"|marriage|partners?)(?:\s+(?:life|lives|stuff|things|matters|business|details|situation))?"
    r"(?:\s+(?:online|here|on (?:here|chat|surveys?)|with (?:strangers|companies|anyone|bots?"
    r"|you)))?(?=\s*(?:$|[.!;?]|,?\s*(?:sorry|mate|thanks|lol|tbh|ok|okay)\b))"
)


def voiced_refusals(low: str) -> list[re.Match[str]]:
    """Every refusal of these voices in the (lower-cased) message."""
    found = list(_MORE.finditer(low)) if _MORE_TRIGGER.search(low) else []
    found += place_refusals(low)  # "I'll leave it there", "not naming it sorry"
    found += northern_refusals(low) + enough_said(low)  # "就不唠了", "that's all you need to know"
    found += own_affairs(low)  # "abeg my name no matter", "I'm no sharing that"
    found += talk_declined(low)  # "not gonna get into that rn"
    if _TOPIC_KEPT_TRIGGER.search(low):
        found += _TOPIC_KEPT.finditer(low)
    if _JUDGED_TRIGGER.search(low):
        found += _JUDGED.finditer(low)
    if _BLUNT_TRIGGER.search(low):
        found += _BLUNT.finditer(low)
    if _TRIGGER.search(low) is None:
        return found
    return list(_VOICES.finditer(low)) + found


# Anonymity asked about, not asked for: "is this survey anonymous?", "will my answers be kept
# anonymous?", "这个问卷匿名吗？" (not "I'd rather stay anonymous", "匿名吧").
_ANONYMITY = re.compile(r"anonymous|anon|匿名")
_SENTENCE_END = re.compile(r"[.!?。！？]")
_ASKS_EN = re.compile(
    r"\s*(?:(?:so|and|but|wait|btw|also|oh|ok|okay|hey|um+|quick question)[,:\s]+)*"
    r"(?:is|are|will|would|does|do|was|can|could|how|am)\b"
)
_ASKS_ZH = re.compile(r"吗|么|嘛|是不是|会不会|能不能|可不可以|算不算")


def asks_about_anonymity(low: str, m: re.Match[str]) -> bool:
    """The refusal `m` is a word of anonymity inside a question to the bot."""
    if _ANONYMITY.fullmatch(m.group().strip()) is None:
        return False
    start = max((b.end() for b in _SENTENCE_END.finditer(low, 0, m.start())), default=0)
    stop = _SENTENCE_END.search(low, m.end())
    if stop is None or stop.group() not in "?？":
        return _ASKS_ZH.search(low, m.end()) is not None and m.group().strip() == "匿名"
    if m.group().strip() == "匿名":
        return True
    return _ASKS_EN.match(low, start) is not None


# Leaving the chat, not declining: "26 马上超时了先不说了", "有事先不聊了" (time runs out or
# something comes up; an answer given before it stands).
_SIGN_OFF = re.compile(r"(?:先|就)?不(?:说|聊)了")
_LEAVING = re.compile(
    r"(?:超时|没时间|来不及|要走|先走|有事|下线|没电|要上班|开会|[来到]站)(?:了|啦)?[,，\s]?$"
)


# Put off until later, not declined: "婆婆凑过来看，我先不答了，等她走开", "先不说了，回头再说".
_LATER = re.compile(
    r"[了啦吧,，。.!！~…\s]*(?:等(?:她|他|我|人|会|下|一下|他们|她们)|回头|晚点|待会|一会|过会|稍后)"
)


# Put off for a fault to be seen to first: "先别问了，我网又断了，你们能不能派人来看看".
_FAULT_AFTER = re.compile(
    r"[了啦吧,，。.!！~…\s]+[^。.!！?？]{0,12}?(?:断|修|网速|没网|掉线|信号|故障|派人|上门|师傅"
    r"|连不上|打不开|上不了网)"
)


def signing_off(low: str, m: re.Match[str]) -> bool:
    """The refusal `m` is a goodbye after a reason to leave, said after something else, or an
    answer put off ("先不答了") until a later moment named after it or for a fault raised."""
    if "先不" in low[max(0, m.start() - 1) : m.end()] and _LATER.match(low, m.end()):
        return True
    if low[max(0, m.start() - 1) : m.end()] == "先别问了" and _FAULT_AFTER.match(low, m.end()):
        return True
    sign = _SIGN_OFF.search(m.group())
    if sign is None or m.start() == 0:
        return False
    at = m.start() + sign.start()
    # ("超时了先不说了": the reason right before the goodbye)
    return _LEAVING.search(low[max(0, at - 12) : at].rstrip("先就")) is not None
