"""Intention answers that echo an option, ask back, or reach for a proverb.

Asked whether they will stay, people echo an option and turn it down with the reason that they
have only just arrived ("leave? I only just got here", "走？我才刚来", "换？我刚办的"), or ask
where they would go ("走？往哪走"): they stay. Others say switching is pointless because every
provider is as bad ("换了也一样，天下乌鸦一般黑", "they're all the same, why bother", "better the
devil you know", "the grass isn't greener"): they stay too. These readings are overrides
(`intention_phrasings.CHOICE_OVERRIDES`), so the option words inside them give way; a plan said
after them still wins, the last option being the answer ("天下乌鸦一般黑，但我还是要换").

A question back that is the whole answer ("renew what?", "续啥？", "续什么约", "续约？啥意思",
"stay where?") names the option only to ask about it: no value (`ASKED_BACK`, read by
`option_questions.closing_question`). With a particle or a "还" the question is rhetorical and
read elsewhere ("续啥呀" → leave, "还换啥" → stay), as is mockery ("续个啥", "换啥换"). A plain
"whichever, all the same" ("换哪家都一样", "they're all the same") states no plan (`no_difference`).
"""

from __future__ import annotations

import re

# A leaving echoed, then the respondent has only just arrived: "leave? I only just got here",
# "switch? we've only just joined", "leave? I just left BT for you", "走？我才刚来",
# "换？刚换过来的", "转网？我才刚转过来", "走？我刚从移动转过来" (not "换？刚好想换", "leave? just
# did, ported out yesterday").
JUST_JOINED = re.compile(
    r"\b(?:leav(?:e|ing)|switch(?:ing)?|cancel(?:l?ing)?|port(?:ing)?(?: out)?"
    r"|go(?:ing)? elsewhere)"
    r"(?:\s+(?:you|u)(?:\s+(?:guys|lot|people|all))?)?\s*\?+\s*(?:(?:but|er|um|erm|lol|mate"
    r"|sorry)[,\s]+)?(?:(?:i|we)(?:'ve| have|'m| am|'re| are)?\s+)?(?:only\s+)?just\s+(?:got here"
    r"|gotten here|joined|signed up|signed on|started|arrived|come over|came over|moved over"
    r"|switched (?:over )?to you|ported (?:in|over|to you)"
    # ... from the rival left for the provider: "leave? I just left BT for you", "switch? I only
    # just switched from Vodafone to you", "we just came over from Sky"
    r"|left [a-z0-9&' ]{1,24}? (?:for|to join) (?:you|your lot)"
    r"|(?:switched|moved|ported|came|come)(?: over)? from [a-z0-9&' ]{1,24}? (?:to|over to) "
    r"(?:you|your lot)|(?:came|come)(?: over)? from|moved over from)\b"
    r"|(?:走|换|转网|离开|退网|销户)\s*[?？]+\s*(?:我|俺)?们?(?:这|都)?(?:才|刚)+"
    # ("走？我刚从移动转过来", "换？我才从电信换过来的")
    r"(?:从[^,，。!！?？]{1,8}?(?=换过来|转过来|转网过来)"
    r"|从(?:移动|联通|电信|广电|别家|那家|上一家|隔壁)[^,，。!！?？]{0,4}?(?=过来))?"
    r"(?:来|到(?!家)|办|换过来|转过来|转网过来|过来|签|开通|入网|装)"
)

# A leaving echoed, then where to: "走？往哪走", "走？往哪儿走啊", "换？换到哪家去" (not "走？去哪
# 玩", a trip; nor "换？换哪家好", asked in earnest).
NOWHERE_ECHOED = re.compile(
    r"(?:走|跑|撤|换|转网?)\s*[?？]+\s*(?:我|俺)?(?:还|又)?能?(?:往|去|到|上)?(?:换|转|走|跑)?(?:到|去)?"
    r"哪(?:儿|里|边|家|个)?(?:去|走|跑|换|转)?(?=\s*(?:啊|呀|呢|嘛)?\s*(?:$|[,，。.!！?？~…]))"
)

# Switching said to be pointless, every provider as bad: "换了也一样", "换了还不是一样", "换了也白
# 换", "换来换去都一样", "天下乌鸦一般黑", "半斤八两", "一丘之貉"; "better the devil you know",
# "out of the frying pan into the fire", "the grass isn't greener", "they're all as bad as each
# other", "they're all the same, why bother" ("换哪家都一样", "they're all the same", "the grass is
# always greener" state no plan).
FATALISM = re.compile(
    r"(?:天下乌鸦一般黑|半斤八两|一丘之貉"
    r"|(?:换|转网?)(?:了|过去|到别家|别家)(?:也|还不是|还不|不也)(?:一样|一个样|白换|白搭|没用|差不多)"
    r"|换来换去(?:都|也|还不是)(?:一样|一个样|那样|差不多))"
    # (with the rhetorical question that follows: "天下乌鸦一般黑，换啥", "换了也一样，还换什么")
    r"(?:[,，。、\s]*(?:还|又)?(?:换|走|转网?)(?:个)?(?:啥|什么|哪家|哪儿|哪里)(?:呀|啊|呢|嘛)?"
    r"(?=\s*(?:$|[,，。.!！?？~…])))?"
    r"|\bbetter the devil you know\b"
    # (as the whole answer, or what switching would be; not a past move regretted: "we moved from
    # BT last year, out of the frying pan into the fire")
    r"|(?:^(?:(?:well|eh|meh|nah|lol|honestly)[,\s]+)?|\b(?:would|'d) (?:just )?be )"
    r"out of the frying pan,?\s+(?:and\s+)?into the fire\b"
    r"|\bgrass (?:is(?:n'?t| not| never)|ain'?t|isnt|wouldn'?t be|won'?t be) (?:always |any "
    r"|necessarily |really )?greener\b"
    r"|\b(?:they'?re|they are|theyre) (?:all )?(?:as bad as each other|just as bad|equally (?:bad"
    r"|rubbish|useless|crap)|as (?:crap|rubbish|useless) as each other)\b"
    r"|\b(?:they'?re|they are|theyre) all (?:the same|no different|alike)[,.;!\s]+(?:so\s+)?"
    r"(?:why bother|what'?s the point|no point)\b"
)

# The whole answer asks back what is meant: "续啥？", "续什么约", "换啥", "续约？啥意思", "renew
# what?", "stay where?", "switch to what?" (not "续个啥", "续啥呀", "换啥换", "还换啥").
ASKED_BACK = re.compile(
    # (after the option echoed: "续约？续啥约", "renew? renew what?")
    r"(?:(?:续约?|续费|换|走|转网|renew|switch|leave|stay)\s*[?？]+\s*)?"
    r"(?:(?:(?:嗯|啊|额|呃|哈)[,，\s]*)?(?:续约?|续费|续签|换|走|转网)(?:啥|什么|甚么)(?:约|合同|合约|费"
    r"|东西|套餐)?\s*[?？!！。.…]*"
    r"|(?:续约?|续费|换|走|转网)\s*[?？]+\s*(?:啥|什么|甚么)意思\s*[?？]*"
    r"|(?:renew|switch|leave|stay|cancel|port)\s+(?:what|where|to what|with what|what exactly"
    r"|what contract|what plan)\s*[?!.…]*)"
)
_ASKED_BACK_WORDS = ("啥", "什么", "甚么", "what", "where")


def asked_back(low: str) -> bool:
    """The whole message asks back what the option means ("renew what?", "续啥？")."""
    text = low.strip()
    return (
        len(text) <= 24
        and any(w in text for w in _ASKED_BACK_WORDS)
        and ASKED_BACK.fullmatch(text) is not None
    )
