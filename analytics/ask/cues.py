"""Question words in Chinese and English: metrics, superlatives, grouping, text questions, and
the function words a question may contain without changing what it asks.

Kept apart from the planner so the vocabulary can grow without touching the logic. Every list is
matched on the normalised question (lower case, half-width) after columns and values are taken.
"""

from __future__ import annotations

import re

METRIC_CUES: dict[str, str] = {
    "mean": r"average|avg|mean|on average|平均|均值|人均",
    "median": r"median|中位数|中位",
    "sum": r"\btotal\b|\bsum\b|add(?:s|ed)? up|combined|altogether|总共|总和|合计|总额|加起来|一共",
    "min": r"minimum|\bmin\b|smallest value|最小值|最低值",
    "max": r"maximum|\bmax\b|largest value|最大值|最高值",
    "count": (
        r"how many|number of|\bcount\b|多少人|多少个|多少位|多少用户|多少客户|几个人|几个|几位|"
        r"人数|数量|有多少|多少名|how big|size of|多大|规模|how large|headcount"
    ),
    "rate": (
        r"\brates?\b|percentage|percent|\bshare\b|proportion|fraction|ratio|what %|\bpct\b|"
        r"比例|占比|比率|百分比|几成|率|比重|多大比例|各占|占多少|占几成|占到"
    ),
}
HIGHEST = (
    r"most likely|最想|最愿意|最可能|最倾向|\bmost\b|highest|largest|biggest|\btop\b|"
    r"greatest|the more|最高|最多|最大|最严重|最容易|最爱"
)
LOWEST = r"\bleast\b|lowest|smallest|fewest|minimal|最低|最少|最小|最不容易"
# A column right after one of these is what the answer is grouped by.
GROUP_BEFORE = (
    r"(?:\bby|\bper|for each|for every|each|across|among the|between the|in each|for the different|"
    r"breakdown of|distribution of|mix of|split of|各种|各类|"
    r"which|what|按照|按|各个|各|每个|每种|每类|每一个|不同|分|哪个|哪种|哪类|哪一个|哪一类|哪一种|哪些|哪)"
    r"\s*(?:the\s+|a\s+|of\s+|their\s+|customer\s+|user\s+)?$"
)
GROUP_AFTER = (
    r"^\s*(?:分布|breakdown|distribution|mix|构成|结构|里面|各自|分别|中哪个|中哪种|里哪个)"
)
COMMON = (
    r"most common|most popular|most used|最常见|最常用|最受欢迎|最普遍|最多人|"
    r"distribution|breakdown|分布|构成"
)
# A superlative that names its own measure: "the oldest respondent" is the maximum age.
EXTREME = {  # (highest or lowest, the measure it is about)
    ("highest", "age"): r"\boldest\b|年纪最大|年龄最大|最年长|岁数最大",
    ("lowest", "age"): r"\byoungest\b|年纪最小|年龄最小|最年轻|岁数最小",
    ("highest", "score"): r"\bhappiest\b|most satisfied|最满意|满意度最高",
    ("lowest", "score"): r"\bunhappiest\b|least satisfied|最不满意|满意度最低",
    ("highest", "months"): r"\blongest\b|最久|最长",
    ("lowest", "months"): r"\bshortest\b|最短",
}
COMPARE = (
    r"\bcompare|comparison|\bversus\b|\bvs\.?|respectively|对比|相比|比较|比一比|差别|差异|区别|"
    r"分别|各自|difference"
)
# A distribution question: each group's share ("breakdown of payment methods", "付款方式分布").
DISTRIBUTION = r"breakdown|distribution|\bmix\b|split|分布|构成|结构|各占|占比"
# Questions about a measure named only by its unit: "用了多少个月", "how old", "多少钱".
UNIT_QUESTIONS = {
    "months": r"多少个月|几个月|多久|how many months|how long",
    "age": r"多少岁|多大年纪|几岁|how old",
    "money": r"多少钱|花多少|how much (?:do|does|did)?",
}
TEXT_CUES = (
    r"complain|complaints?|\bsay\b|\bsaying\b|\bsaid\b|mention|talk about|feedback|themes?|"
    r"quotes?|pain points?|unhappy about|dislike|抱怨|吐槽|不满|说了什么|说什么|反馈|意见|"
    r"提到|痛点|槽点|在意什么|关心什么|怎么说|怎么评价"
)
QUOTE_CUES = r"quotes?|examples? of|原话|举例|引用"
ABOUT = re.compile(r"(?:\babout\b|关于|对于|针对)\s*(.+?)(?:\?|？|$)")

# Function words and fillers, removed before looking for words the planner did not understand.
FILLER_EN = """
a an the of for in on at to with from by per and or is are was were be been do does did what
which who whom whose how many much there their them they it its this that these those have has
had customers customer users user people respondents respondent clients client members member
subscribers subscriber accounts account folks ones one group groups type types kind kinds all
overall total our we us me i you please show tell give list find get see calculate compute
what's whats is there any can could would will among between than vs versus compare compared
across each every per as so also just only value values number numbers figure level levels
category categories whose where when currently current data dataset table population base
pay pays paying paid using use uses used on into via under over about whole entire month
months monthly mo likely old ppl anyone anybody aged wanna gonna breakdown distribution
mix split lovers lover fans fan enthusiasts wise spend spends spending gave give rated us
value both racks rack up who've who're more ones status everyone else rest others our fall
falls falling fell they they'll
they're those without with one who say said plan plans planning going respondent's
""".split()
FILLER_ZH = """
请问 请 帮我 帮忙 看看 看一下 看下 查一下 查查 算一下 算算 统计 统计一下 告诉我 一下 我们 我想
知道 想知道 的是 是多少 多少 是 的 了 吗 呢 吧 呀 啊 哦 嘛 么 中 里 里面 之中 当中 在 有 和 与 跟
及 以及 或 或者 还是 对比 相比 比较 用户 客户 人 人群 群体 顾客 会员 那些 这些 所有 全部 整体
总体 大家 各 各个 每个 不同 按 按照 分 类 种 个 位 名 是什么 什么 怎样 怎么样 如何 情况 分别
各自 一共 共 为 占 其中 数据 里的 的人 群里 哪个 哪种 哪类 哪些 哪 谁 最 值 水平 对于 我 你
他们 她们 它们 哪一个 哪一类 用的 用 使用 办理 付费 付 交 缴费 缴 开通 选择 选 相关 方面
多大 受访者 被访者 答题者 打了 打 几 几分 想 也 都 签 签了 签的 付款 款 个月
分布 各占 占多少 开通了 有的 的话 一个月 每个月 每月 那帮人 那帮 那群人
咋样 怎么样 感兴趣 对 用了 花了
群体
那些人 这些人 没 没有 喜欢 爱 订了 订阅
""".split()
