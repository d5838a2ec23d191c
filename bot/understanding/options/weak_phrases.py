"""Option words too generic to fill a slot nobody asked about.

"没有", "monthly", "stay" or "bank" answer the question just asked, but said in passing they
mostly mean something else ("没有合约", "I bank online"). The survey model marks these phrases weak;
a weak phrase fills a slot that was not asked only when the message also carries that slot's cue.
"""

from __future__ import annotations

# Option words that say too little on their own to fill a slot that was not asked.
GENERIC_WEAK = frozenset(
    """
    没有 没装 无 none nothing 每月 一年 两年 二年 1年 2年 12个月 24个月 一年的 两年的 年付 one year
    1 year two year two years 2 year 2 years 12 months 24 months 12 month 24 month monthly annual
    yearly rolling per month stay leave switch switching maybe depends 不确定 说不好 看情况 再说吧
    不一定 unsure not sure undecided renew keep it quit cancel card wire 转账 刷卡 visa 离开 留下
    不换 要换 会换 会继续 继续用 一直用 staying 其他 其它 other neither 都不是 trans something else
    按月 每月 留 难说 犹豫 考虑中 在考虑 还在考虑 没想好 再看看 到时候看 到时候再说 不好说 还没想好
    possibly 不用了 换掉 要走 不走 continue 没签过 月租 月租费 bank 就换 转到 换到 转去 以后再说
    继续 续 续吧 留着 不跑 用惯了 懒得折腾 换 撤 就撤 撤了 走人 就走 跑路 想换 决定换 退订 注销
    不想用了 不再用 不续 不续了 纠结 没想过 还没想过 考虑考虑 再考虑 比较一下 没决定 还没决定
    五五开 torn loyal ported porting 银行 代缴 划账 年费 每年续 没绑定 不绑定 无绑定 没有绑定
    没有约束 随时停 随时能停 随时可以停 随时取消 随时能取消 随时可以取消 随用随停 想停就停 月月交
    按月扣 cc ach eft giro 工资卡 储蓄卡 借记卡 银行转 再看 再看吧 到时候再看 十二个月 二十四个月
    十二个月的 二十四个月的 手机流量 用流量 流量 手机热点 开热点 热点 hotspot 电话线 拨号
    换不了 离不开 走不了 没考虑过 还没考虑过
    credit copper teens nowt nach 手机数据 移动数据
    舍不得换 舍不得走 转走 转出去 用不上了 用不着了 没再续 没有再续
    """.split()
) | {
    "one year",
    "two year",
    "two years",
    "2 year",
    "2 years",
    "1 year",
    # (short spellings too: "a 2 yr old" is a child, no contract)
    "2 yr",
    "2 yrs",
    "1 yr",
    "two yr",
    "one yr",
    "2yr",
    "1yr",
    "12 months",
    "24 months",
    "12 month",
    "24 month",
    "per month",
    # words with other everyday senses: "the telephone line was busy" (also "credit", "copper"
    # and "teens" above: "a credit on my bill", "a copper came round", "in my teens")
    "telephone line",
    "keep it",
    "not sure",
    "something else",
    "no contract",
    "pay monthly",
    "phone line",
    "dsl line",
    "don't know yet",
    "haven't decided",
    "ain't decided",
    "ain't decided yet",
    "ain't made my mind up",
    "ain't made up my mind",
    "we'll see",
    "thinking about it",
    "not decided",
    "might switch",
    "might leave",
    "on the fence",
    "happy here",
    "keep using",
    "stick around",
    "decide later",
    "haven't thought about it",
    "no commitment",
    "a man",
    "a guy",
    "a woman",
    "i'm out",
    "outta here",
    "stick with",
    "sticking with",
    "go elsewhere",
    "going elsewhere",
    "another company",
    "different provider",
    "will stay",
    "renew it",
    "up in the air",
    "wait and see",
    "might stay",
    "might renew",
    "50 50",
    "50/50",
    "fifty fifty",
    "see how it goes",
    "still deciding",
    "a year",
    "for a year",
    "every year",
    "year long",
    "a year long",
    "monthly rolling",
    "no term",
    "not tied",
    "no strings",
    "no strings attached",
    "cancel anytime",
    "cancel any time",
    "cancel whenever",
    "month by month",
    "checking account",
    "savings account",
    "online banking",
    "internet banking",
    "mobile banking",
    "banking app",
    "snail mail",
    "my credit card",
    "credit cards",
    "keep the service",
    "keep my plan",
    "twelve months",
    "twelve month",
    "twenty four months",
    "twenty four month",
    "12 mo",
    "for the year",
    "year to year",
    "按年",
    "年卡",
    "24 mo",
    "12 mos",
    "24 mos",
    "mobile data",
    "phone data",
    "phone hotspot",
    "just my phone",
    "haven't given it much thought",
    "haven't given it any thought",
    "haven't really thought about it",
    "not given it much thought",
    "cancelled",
    "canceled",
    "my last month",
    # notice is given at work too: "I gave notice at work today"
    "given notice",
    "gave notice",
    "giving notice",
    "handed in my notice",
}
