"""Spans of time and ages said without a number: vague where a number is asked.

"a good while now", "a long while", "挺长时间了", "有些日子了", "有年头了", "没用多久", "也就一阵子"
give a tenure with no count; "older than I'd like to be", "over the hill", "not as young as I
used to be", "一把年纪了", "过了退休年龄" give an age with none, as does an age said only next to
somebody else's ("比我老婆大两岁").
They are read only when no value for the asked slot was found and never hedge a value said
beside them ("fibre, had it a good while": `vague._NO_VALUE`), and said of somebody else ("my
dad's been with you a good while") they are that person's.
"""

from __future__ import annotations

# (kept as a pattern string: `vague` joins it to its other phrases that cannot give a value)
NO_NUMBER = (
    r"\ba (?:good|long|fair|decent|great|goodly|wee) while\b|\bquite some time\b"
    r"|(?:挺|很|好|蛮|老)长(?:一段)?时间|有(?:些|好些)?日子了|好些日子|有(?:些)?年头"
    r"|(?:有|用了|办了)(?:好)?一阵子?了|好一阵子"
    # not long, no count: "没用多久", "办了没多久", "也就一阵子" (a span to come is no answer:
    # "再用一阵子看看" is read by `unpinned`)
    r"|没(?:用|办|装|来)(?:上)?多久|(?:也|才)就?一阵子?(?=$|[,，。.!！~…吧呗啊呀了])"
    # an age given as a stage of life passed: "过了退休年龄了", "past retirement age"
    r"|(?:过|超过|超)了?(?:法定)?退休(?:的)?(?:年龄|年纪|岁数)"
    r"|\b(?:past|over|beyond|above) (?:the )?retirement age\b"
    # an age dodged: "older than I'd like to admit" (not "older than my wife, she's 40": an age
    # is found first)
    # ("older than I'd like 😅", "older than I want to be")
    r"|\bolder than i(?:'d| would) (?:like|care)(?: to (?:be|admit))?\b|\bolder than i look\b"
    r"|\bolder than i (?:want|wanna|wish) to (?:be|admit)\b"
    r"|\bover the hill\b|\bnot as young as i (?:used to be|was|once was)\b|\bpast my prime\b"
    r"|一把年纪|老大不小|上了(?:些)?年纪|不(?:再)?年轻了"
    # an era remembered instead of an age: "I remember when phones had cords", "I can remember
    # the days before the internet", "我还记得粮票那个年代" (an age said beside it is found first)
    r"|\b(?:i|we) (?:can |still |even |do )?remember (?:when|back when|the days\b)"
    r"|(?:我|俺)(?:还|都)?记得[^,，。]{1,10}?(?:那个年代|的年代|那年代)"
    # a joke range or likeness with no number: "somewhere between young and dead", "between the
    # cradle and the grave", "older than dirt", "土埋半截了" (not "between 30 and 40")
    r"|\bbetween (?:young|youth|birth|born|baby|a baby|the cradle|cradle|a kid|teen(?:ager)?"
    r"|adult|alive) and (?:dead|death|the grave|grave|ancient|old|retired|fossil|a fossil)\b"
    r"|\bolder than (?:dirt|the hills|god|time|methuselah)\b|\bas old as (?:dirt|the hills|time)\b"
    r"|\bold as (?:dirt|the hills|time)\b|土埋半截|半截(?:身子)?(?:入土|埋土里)"
    # born in a decade, no year: "90s baby", "an '80s kid", "born in the late 70s"
    r"|(?<![\d'])'?(?:19|20)?[0-9]0'?s[\s-]+(?:baby|kid|child)\b"
    r"|\b(?:eighties|nineties|seventies) (?:baby|kid|child)\b"
    r"|\bborn in the (?:early |mid |late )?[-\s]*'?(?:19|20)?[0-9]0'?s\b"
    # an age only next to somebody else's: "比我老婆大两岁", "跟我老公同岁", "same age as my
    # husband", "two years older than my sister" (not "35, older than my wife": an age is found;
    # nor "我老公比我大三岁", "she's a year younger than me", said of the other one)
    r"|比(?:我|俺)[^,，。]{1,4}?[大小](?:[一二两三四五六七八九十几\d]+|半)?(?:岁|个月)"
    r"|[大小](?:我|俺)[^,，。]{1,4}?[一二两三四五六七八九十几\d]+岁"
    r"|(?:跟|和|同)(?:我|俺)[^,，。]{1,4}?(?:同岁|一样大|一般大|同年)"
    r"|\bsame age as (?:my|our)\b|\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|a few|a couple of|couple of)\s+(?:years?|yrs?|months?)\s+(?:older|younger)\s+than"
    r"\s+(?:my|our)\b"
)
