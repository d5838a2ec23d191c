"""Pattern readings of the household topics: children, dependents and partners said in words
that a phrase list cannot hold.

A child is a dependent however the age is said ("I have a 10 year old", "my 2 yr old"), a parent
by self-description counts children ("I'm a mum of two under 5"), money sent or a relative taken
in makes a dependent ("给老家的父母寄钱", "Mum moved in after her fall"), a household named in
full may be a couple or pets only ("just me and my husband"), and a marriage is said with its
years ("结婚五年了", "married 10 years"). `patterns.boolean_hits` turns these into candidates
that `household` judges like lexicon words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.understanding.family import whole_household


@dataclass(frozen=True)
class BoolRule:
    """A pattern reading for a yes/no topic and the value it gives.

    `kind` "unborn" marks a child on the way, which is no dependent unless another child is
    mentioned ("expecting our first" is False, "one kid, one on the way" True); "other_parent" the
    other parent of a child, who is the respondent's partner when the child is the respondent's
    own, named before. A reading that is not `negatable` opens a clause of its own, out of reach
    of a "no" before it ("no kids, just two cats").
    """

    pattern: re.Pattern[str]
    value: bool
    kind: str = "bool"
    always: bool = False  # unambiguous enough to read in answers to other questions too
    negatable: bool = True


_RELATIVE = (
    r"(?:mum|mom|mother|dad|father|parents?|folks|grandma|grandmother|grandpa|grandfather"
    r"|grandparents?|brother|sister|nephew|niece|in-laws?|mother in law|father in law|aunt|uncle)"
)
_NUMBER_WORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
_PARENT_OF = (
    rf"\b(?:mum|mom|mam|mummy|mommy|mother|dad|daddy|father|parent)\s+(?:of|to)\s+{_NUMBER_WORD}\b"
)

BOOLEAN_PATTERNS: dict[str, tuple[BoolRule, ...]] = {
    "dependents": (
        # "my 2 yr old is screaming", "my 9 yo": a child named by their age
        BoolRule(
            re.compile(
                rf"\b(?:my|our)\s+{_NUMBER_WORD}[ -]?"
                r"(?:yo|y/o|(?:years?|yrs?|months?|weeks?)[ -]old)\b"
                r"(?!\s+(?:car|phone|house|laptop|dog|cat|puppy|kitten|computer|tv|fridge|boiler"
                r"|router))"
            ),
            True,
            always=True,
        ),
        # "mum of three under 6", "dad to 2 little ones": young children counted depend on the
        # respondent ("mother of one" alone may have a grown child)
        BoolRule(
            re.compile(_PARENT_OF + r"(?=\s+(?:little|young|small|wee|tiny|under\s+\d))"),
            True,
            always=True,
        ),
        # "1 boy 1 girl", "two girls": children counted, answering the question
        BoolRule(
            re.compile(
                rf"(?<!i'm )(?<!i am )\b{_NUMBER_WORD}\s+(?:boys?|girls?)\b"
                r"(?!\s+(?:night|trip|band|school))"
            ),
            True,
        ),
        # "I've got a 16 year old", "we have a 3-year-old": a child, whatever else is asked
        BoolRule(
            re.compile(
                r"\b(?:i|we)(?:'ve| have)?\s+(?:got|have)\s+(?:a|an|one|two|three)\s+(?:(?:1[0-7]"
                r"|\d|[a-z]+)[ -]?(?:years?|yrs?)|\d+[ -]?(?:months?|weeks?))[ -]old(?:s)?\b"
                r"(?!\s+(?:car|phone|house|laptop|dog|cat|puppy|kitten"
                r"|computer|tv|fridge|boiler|router))"
            ),
            True,
            always=True,
        ),
        # "two, aged 4 and 9", "ages 3 and 6"
        BoolRule(re.compile(r"\b(?:aged?|ages)\s+\d+\s*(?:and|&|,)\s*\d+\b"), True),
        BoolRule(
            re.compile(
                r"\b(?:have|got|has|with)\s+(?:a|an|one|two|three|\d+)\s+(?:(?:1[0-7]|\d|[a-z]+)"
                r"[ -]?(?:years?|yrs?)|\d+[ -]?(?:months?|weeks?))[ -]old\b"
                r"(?!\s+(?:puppy|puppies|kittens?|foals?|lambs?|calf|calves|dogs?|cats?))"
            ),
            True,
        ),
        BoolRule(
            re.compile(
                r"(?:养|供|照顾|负担)(?:着)?(?:两|俩|三|一)?(?:个)?(?:孩子|娃|老人|父母|爸妈)"
            ),
            True,
        ),
        BoolRule(re.compile(r"(?:学费|生活费|医药费)[^,，.。]{0,3}我(?:出|付|给|交|负责)"), True),
        # "我爸瘫痪在床，我在照顾", "我和我媳妇轮流照顾", "都是俺养活": the respondent as carer
        BoolRule(
            re.compile(
                r"(?:我|俺)们?(?:在|一直|得|要|来|还得|还要|(?:和|跟)[^,，。.]{1,4}?(?:一起|轮流|一块)"
                # (not a nursing home, a pension or farming: "我在养老院上班", "在养猪")
                r"|一起|轮流)(?:照顾|伺候|照看|养着?(?!老|生|殖|猪|鸡|鸭|鹅|鱼|蜂|牛|羊|花|病|伤)"
                r"|赡养|供着?)|(?:我|俺)们?(?:一个人)?养活(?!自己)"
                r"|(?:我|俺)们?(?:伺候|照顾|照看)着"
            ),
            True,
        ),
        # "俺爹俺妈跟俺一块住", "我爸中风以后就住我家了": a parent or elder living in the
        # respondent's home (not "我跟爸妈住", the respondent in theirs, nor "住我家附近")
        BoolRule(
            re.compile(
                r"(?:爸|妈|爹|娘|父母|老人|婆婆|公公|岳父|岳母|丈母娘|丈人|奶奶|爷爷|姥姥|姥爷|外婆"
                r"|外公|母亲|父亲)[^,，。.!！?？]{0,8}?(?:(?<![不没])(?:跟|和|同)(?:我|俺|咱)们?"
                r"(?:一块儿?|一起|一道)?(?:住|过)|(?<![不没])(?:住|搬)(?:来|到|进|在)?(?:我|俺|咱)们?"
                r"(?:家|这儿?|这里)(?!附近|旁边|隔壁|楼下|楼上|对面))"
            ),
            True,
        ),
        # "一个读大学一个读高中": children counted by their schools
        BoolRule(re.compile(r"一个(?:在)?(?:读|上)[^,，。]{1,4}一个(?:在)?(?:读|上)"), True),
        # money sent to parents or home: "每个月给爸妈打生活费", "给老家的父母寄钱", "往家里寄钱"
        BoolRule(
            re.compile(
                r"给(?:(?:(?!朋友|同事|邻居|别人|人家)[^,，.。给]){1,4}的)?(?:爸妈|父母|老人|我妈|我爸|老妈|老爸|家里|老家|他们|她|他)"
                r"[^,，.。]{0,3}"
                r"(?:钱|生活费|赡养费|养老钱)"
                r"|(?:往|向)?(?:家里|老家)(?:寄|打|汇|转)钱|(?:寄|汇|打)钱回(?:家|老家)"
            ),
            True,
        ),
        # "mom of two", "dad to three": a parent by the respondent's own description, said in
        # any answer when the respondent says it of themselves ("I'm a dad of three")
        BoolRule(
            re.compile(
                r"\b(?:mom|mum|mother|dad|father|parent|mama|papa)\s+(?:of|to)\s+"
                r"(?:one|two|three|four|five|\d+|a|an)\b"
            ),
            True,
        ),
        BoolRule(
            re.compile(
                r"\b(?:i'?m|i am|im)\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:mom|mum|mother|dad|father"
                r"|parent|mama|papa)\s+(?:of|to)\s+(?:one|two|three|four|five|six|[1-9])\b"
                # children said to be young: "all under ten", "two little ones", "aged 4 and 7";
                # counted as girls or boys ("a dad of two girls": grown ones are daughters, sons)
                r"(?=\s+(?:young|little|small|wee|girls|boys|lads|lasses|teens|toddlers)\b|[,\s]+(?:all\s+|both\s+)?(?:under|below"
                r"|aged?|ages)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
                # or taken to school: "a mom of three, my husband does the school runs"
                r"|(?![^.!?]*\b(?:grown|adults?|grand\w+)\b)[^.!?]*\bschool (?:runs?|pick ?ups?"
                r"|drop ?offs?)\b)"
            ),
            True,
            always=True,
        ),
        BoolRule(
            re.compile(
                r"\b(?:i|we)\s+(?:pay|cover|help with|pay for)\s+(?:their|his|her"
                rf"|my\s+{_RELATIVE}(?:'s|'))\s+"
                r"(?:bills|rent|tuition|school|college|uni|university|living|expenses|care|meds"
                r"|medicine|medication|medical|nursing home|care home)"
            ),
            True,
        ),
        # "I help my mum out with her rent", "we send my parents money every month"
        BoolRule(
            re.compile(
                r"\bhelp(?:s|ing)?\s+(?:my|our)\s+(?:\w+\s+){0,2}?(?:out\s+)?with\s+(?:her|his"
                r"|their|the)\s+(?:rent|bills?|mortgage|tuition|fees|expenses|living costs"
                r"|groceries|medical bills|care)\b"
                rf"|\b(?:send|give|sending|giving)\s+(?:my|our)\s+(?:\w+\s+)?{_RELATIVE}\s+"
                r"(?:money|cash|an allowance)\b"
            ),
            True,
        ),
        BoolRule(
            re.compile(
                r"(?<!i'm )(?<!i am )\b(?:a|an|one)\s+(?:(?:1[0-7]|[1-9])[ -]?(?:years?|yrs?)"
                r"|\d+[ -]?(?:months?|weeks?))[ -]?old\b"
                r"(?!\s+(?:puppy|puppies|kittens?|foals?|lambs?|calf|calves|dogs?|cats?))"
            ),
            True,
        ),
        # "three, all under 10", "one, she's in kindergarten": the asked question answered by
        # a count of children
        BoolRule(
            re.compile(
                r"^(?:(?:hi|hello|hey|bula|kia ora|talofa|g'?day)\b[!,.\s]*)?"  # "Bula! Four…"
                r"(?:yes|yeah|yep|yup|有)?[,，\s]*(?:just\s+)?(?:one|two|three|four|five|[1-9]"
                r"|一个|两个|俩|三个|仨|四个)(?=\s*(?:$|[,.!，。！]|kids?\b|of them\b))"
            ),
            True,
        ),
        # a household named in full: a couple (with pets or not) in any answer, the respondent
        # and pets only when asked ("just me and the dog" under the partner question answers
        # that one); `whole_household`
        BoolRule(whole_household.COUPLE_IN_FULL, False, always=True, negatable=False),
        BoolRule(whole_household.PETS_IN_FULL, False, negatable=False),
        BoolRule(whole_household.CHILDREN_IN_FULL, True, always=True, negatable=False),
        BoolRule(
            re.compile(r"(?:只|就)(?:养了|有)(?:一|两|俩|三)?(?:只|条|个)?(?:猫|狗|鱼|鸟|宠物)"),
            False,
        ),
        # the couple as the whole household, in any answer: "屋里厢就我搭老头子两个人", "就阿拉
        # 老两口", "家里就我跟老伴俩" (not "就我和儿子俩", nor for now: "今天就我和老公两个人在家").
        # The pair word is left out of the reading: the other one is named here, and is no child.
        BoolRule(
            re.compile(
                r"(?:就|只有|只剩)(?:我们?|阿拉|俺们?|咱们?|(?=老两口|两个老的))(?:[和跟搭同](?:[我俺]家?)?(?:老头子?|老太婆"
                r"|老伴儿?|老公|老婆|媳妇|爱人|对象|男朋友|女朋友|先生|太太))?(?=(?:两个人|两人"
                r"|俩人?|二人|两个老的|老两口|两口子)(?![^,，。.!！?？]{0,6}?(?:今天|这几天|这会"
                r"|暂时|白天|先)))"
            ),
            False,
            always=True,
            negatable=False,
        ),
        # an elder the respondent cares for, in any answer: "公婆都是我在照顾", "公公婆婆跟我们住，
        # 都是我一个人照顾" (not "爸妈让我照顾好自己", "婆婆不用我照顾", "公婆帮我照顾孩子")
        BoolRule(
            re.compile(
                r"(?:公婆|公公|婆婆|岳父|岳母|丈母娘|老丈人|爸妈|父母|爹娘|老人家?|老母亲|老父亲)"
                r"(?:(?![不没别让叫帮替教劝])[^,，。.!！?？]){0,8}?[,，]?(?:都是|全是|一直是|也是)?"
                r"(?<![让叫帮替教劝])(?:我|俺)们?(?:在|一个人|一直|来)?(?:照顾|伺候|照看|赡养)"
                r"(?!好?(?:自己|孩子|娃|小孩))"
            ),
            True,
            always=True,
        ),
        # the whole answer is a pet called the master of the house: "猫主子一只", "俩狗主子"
        BoolRule(
            re.compile(
                r"^(?:家里)?(?:就|只有)?(?:一|两|俩)?(?:只|条)?(?:[猫狗]主子|毛孩子)(?:一|两|俩)?"
                r"(?:只|条|个)?[吧啊哈~。!！]*$"
            ),
            False,
        ),
        # "two boys in high school", "two wee ones at home", "two lads, 9 and 12",
        # "老大六岁老二三岁": children counted and placed at home, at school or by their
        # ages, in any answer
        BoolRule(
            re.compile(
                # (not others met there: "there were two boys at primary school with me")
                r"(?<!were )(?<!was )(?<!there are )\b(?:two|three|four|five|[2-9])\s+"
                r"(?:boys|girls|lads|wee ones|little ones"
                r"|young ones|kiddies)\b(?=\s*(?:at home|(?:in|at) (?:high|primary|secondary|middle"
                r"|elementary|junior|infant|infants'?|grammar|prep) school|aged\b"
                r"|,?\s*\d{1,2}\s*(?:and|&)\s*\d{1,2}))"
                # one had, at school: "I've a boy in primary school", "I've a girl at nursery"
                r"|\b(?:i|we)(?:'ve| have)(?: got)?\s+(?:a|one)\s+(?:little\s+|wee\s+|young\s+)?"
                r"(?:boy|girl|lad)\b(?=\s*(?:at home|(?:in|at) (?:high|primary|secondary|middle"
                r"|elementary|junior|infant|grammar|prep) school|at (?:nursery|preschool|daycare)))"
                # "my 2 little boys", "our three wee ones": own children said to be small
                r"|\b(?:my|our)\s+(?:two|three|four|five|[2-9])\s+(?:little|young|wee|small)\s+"
                r"(?:boys|girls|lads|ones|kids)\b"
                # "a 4 year old at home": a child by age, placed at home
                r"|\b(?:a|an|one|two|three|\d+)\s+(?:\d+|[a-z]+)[ -]?(?:years?|yrs?)[ -]olds?"
                r"\s+at home\b"
                r"|老大[一二三四五六七八九十\d]+岁[^,，。]{0,2}老二"
            ),
            True,
            always=True,
        ),
        # "my boy is 3", "my youngest's 7": a child of the respondent's under age
        BoolRule(
            re.compile(
                r"\bmy\s+(?:(?:little|wee|young)\s+)?(?:boy|girl|lad|lass|one|youngest|eldest|oldest)"
                r"(?:'s|\s+is)\s+(?:only\s+|just\s+)?(?:1[0-7]|[1-9])\b(?!\s*(?:months?|weeks?)\b)"
            ),
            True,
            always=True,
        ),
        # young ones named with the respondent's partner: "church with the wife and the small
        # ones" (not "the small ones are cheaper")
        BoolRule(
            re.compile(
                r"\b(?:wife|husband|missus|hubby|partner|other half)\s+(?:and|an|&)\s+"
                # (or one small child: "me, the missus and our little lad")
                r"(?:the|our)\s+(?:little|small|wee|young)\s+(?:ones|one|lads?|lass|boys?"
                r"|girls?)\b(?!'s\s+\d\d)"
            ),
            True,
            always=True,
        ),
        # "my three grandchildren live with me", "my two boys live with me", "my mum lives with
        # me": children or parents the respondent lives with, also by name and in the perfect
        # ("my grandbaby Jaylen's been livin' with me")
        BoolRule(
            re.compile(
                r"\b(?:my|our)\s+(?:\w+\s+)?(?:grandchildren|grandkids|grandsons?|granddaughters?"
                r"|grandbab(?:y|ies)|kids|children|nieces?|nephews?|boys|girls|sons?|daughters?|lads"
                r"|mum|mom|mother|dad|father|parents|grandma|grandmother|grandpa|grandfather|nan|gran)"
                r"(?:\s+(?!never|not|no|used|would|will|won't|might|could|can't)[a-z]+)?"
                r"(?:'s|\s+(?:has|have))?\s+(?:been\s+)?(?:still\s+)?(?:live|lives|living|livin'?"
                r"|stay|stays)\s+with\s+(?:me|us)\b"
                # (not a stay now and then: "every summer", "at weekends")
                r"(?!\s+(?:every|each|some|most|sometimes|occasionally|now and then|at weekends"
                r"|on weekends|over the|for the|in the summer|during))"
            ),
            True,
            always=True,
        ),
        # "Mum moved in after her fall", "my in-laws have moved in with us": a parent taken in
        BoolRule(
            re.compile(
                r"\b(?:mum|mom|mother|dad|father|parents|grandma|grandmother|grandpa|grandfather"
                r"|nan|gran|mother in law|father in law|in laws)\s+(?:(?:has|have|just|finally"
                r"|recently)\s+)*moved in\b"
            ),
            True,
        ),
        # "I cover everything for her now": the respondent pays for someone's keep
        BoolRule(
            re.compile(
                r"\b(?:i|we)\s+(?:cover|pay for|handle|pay)\s+(?:everything|it all|all of it)"
                r"\s+for\s+(?:her|him|them)\b"
            ),
            True,
        ),
        # "two under two", "three under 5": young children counted by age
        BoolRule(re.compile(rf"\b{_NUMBER_WORD}\s+(?:kids?\s+)?under\s+{_NUMBER_WORD}\b"), True),
        # a second child on the way means a first one is here
        BoolRule(
            re.compile(
                r"\b(?:expecting|pregnant with)\s+(?:our|my|a|the)\s+(?:second|third|fourth|2nd"
                r"|3rd|next)\b"
            ),
            True,
        ),
        BoolRule(
            re.compile(
                r"怀孕|怀上了?|怀起了?|预产期|快生了|快要生了|备孕|还在肚子里"
                r"|\bpregnant\b|\bdue date\b"
                r"|\bexpecting\s+(?:(?:a|our|my|the)\s+)?(?:first|baby|child|kid|little one|son"
                r"|daughter|boy|girl|twins)\b|\bbaby\s+(?:is\s+|'s\s+)?due\b|\bon the way\b"
            ),
            False,
            kind="unborn",
        ),
    ),
    "partner": (
        # the respondent got together with "him" or "her", in any answer: "我是跟他在一起之后转过
        # 来的", "我和她在一起三年了" (not "今天我跟他在一起吃饭", "我妈跟他在一起以后")
        BoolRule(
            re.compile(
                r"(?:^|(?<=[,，。.!！\s]))(?:我|俺)(?:是|自从|从|就是)?(?:跟|和|同)(?:他|她)在一起"
                r"(?:之后|以后|后(?![面天])|那年|(?:已经|快|都|有|了)*[\d一二两三四五六七八九十几半]+"
                r"多?(?:年|个月))"
            ),
            True,
            always=True,
        ),
        # the other parent of the respondent's child, gone: "One little boy… since his mum left"
        # (whose child it is is judged in `household`; "孩子他爸走了" is in the lexicon)
        BoolRule(
            re.compile(
                r"\b(?:his|her|their)\s+(?:mum|mom|mother|dad|father)\s+(?:left|walked out|passed"
                r"|died|moved out|took off)\b"
            ),
            False,
            kind="other_parent",
            always=True,
        ),
        # ... or split from the respondent: "me and her dad split up last year"
        BoolRule(whole_household.OTHER_PARENT_SPLIT, False, kind="other_parent", always=True),
        # "结婚五年了", "married 10 years": the respondent's own marriage, said in any answer
        BoolRule(
            re.compile(
                r"(?:^|(?<=[,，。.!\s我]))(?:已经|都)?结婚(?:(?:已经|快|都|有|了|才|刚|不到)*"
                r"[\d一二两三四五六七八九十几半]+多?年|那年|的时候|以后|后)"
                r"|\b(?:i'?ve|we'?ve|i have|we have) been married\b"
                r"|\bmarried (?:for )?(?:\d+|a|two|three"
                r"|five|ten|many) (?:years?|yrs)\b"
            ),
            True,
            always=True,
        ),
        # "在一起三年多了", "我们俩在一起", "we've been together since uni"
        BoolRule(
            re.compile(
                r"(?<![住待呆])在一起(?:已经|快|都|有|了)*[\d一二两三四五六七八九十几半]+多?(?:年|个月)"
                r"|(?:我们|我俩|咱俩|我们俩|咱们)(?:已经|早就|都)?在一起"
                r"|\b(?:been|are|we're)\s+together\b"
                # dating for years: "谈了三年还没领证", "处了两年多"
                r"|(?<![商会])(?:谈|处)了?(?:恋爱)?(?:已经|快|都|有)*[\d一二两三四五六七八九十几半]+多?"
                r"(?:年|个月)(?!的?(?:合同|生意|项目|客户|合作))"
                r"(?![^。.!！?？]{0,8}?(?:分手|分了|离了|离婚|吹了|黄了))"
                rf"|\btogether\s+(?:for\s+)?(?:{_NUMBER_WORD}|a|an|many|several|a few)\s+"
                r"(?:years?|yrs?|months?)\b"
            ),
            True,
        ),
    ),
}
