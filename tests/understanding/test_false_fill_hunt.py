"""False fills hunted under the rating and partner questions: answers that give no value for the
asked slot, and near misses that still give one.

Covers, asked for the rating: a score promised on an improvement ("if you fixed the wifi I'd give
you a 5", "要是网速快点我就给5分", "降价的话能给4分": vague; but "4, but if you fixed the wifi I'd
give you a 5" → 4, and "if I'm honest", "if I had to pick", "满分5分的话" are no conditions), a
score of another provider ("my old provider was a solid 4", "以前的移动我给2分"), a score from
reviews or people at large ("everyone on reddit gives you 1 star", "网上评论都是1星"), times of day
("came at 5 pm and left at 5:20"), proverbs and sarcasm ("一分耕耘一分收获", "五星好评？做梦吧");
asked about a partner: a couples plan or discount asked about ("is there a discount for married
couples?", "结婚有优惠吗？"; but "married, is there a discount for that?" is true), Irish "sure
look" and Pidgin "abeg no ask me" (no yes, no no), "which one be partner now" (a question back).
Also rows that already read right: other people's ratings and marriages, counts, floors, prices,
ages, durations, lyrics, dialect (四川话, 东北话, 粤语, 闽南话), Singlish, Nigerian, Scottish, Irish
and Australian English.
Rows are (asked slot, message, exact values, flag) with flag "r" for a refusal, "v" for a vague
answer and "" otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.survey import Survey

from .conftest import check_reading

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # no rating for the asked slot
    # chatter / questions back
    ("satisfaction", "what does a 3 even mean on your scale?", {}, ""),
    ("satisfaction", "is 5 the best or the worst?", {}, ""),
    ("satisfaction", "why do you need a number from me", {}, ""),
    ("satisfaction", "can I ask who reads these surveys?", {}, ""),
    ("satisfaction", "honestly I'd rather not rate", {}, "r"),
    ("satisfaction", "hmm let me think about it and get back to you", {}, ""),
    ("satisfaction", "I only joined yesterday, too early to tell", {"tenure_months": 0}, "v"),
    ("satisfaction", "ask me again in 6 months", {}, ""),
    ("satisfaction", "depends on the day tbh", {}, "v"),
    ("satisfaction", "ask my husband, he deals with the bills", {"has_partner": True}, "v"),
    # other people's ratings
    ("satisfaction", "my mum gave you a 5 last year", {}, ""),
    ("satisfaction", "my son says you're a 4 at best", {}, ""),
    ("satisfaction", "the guy at the shop rated you 2 stars", {}, ""),
    ("satisfaction", "my flatmate would say 1, she hates you", {}, ""),
    ("satisfaction", "everyone on reddit gives you 1 star", {}, ""),
    ("satisfaction", "my colleague rates you 4 out of 5", {}, ""),
    # comparisons with other providers
    ("satisfaction", "Vodafone was a 2 for me back then", {}, ""),
    ("satisfaction", "my old provider was a solid 4", {}, ""),
    ("satisfaction", "Optus gave me 3 free months when I joined", {}, ""),
    ("satisfaction", "Telstra is charging my brother $5 more", {}, ""),
    # counts, times, floors, prices, ages, durations
    ("satisfaction", "I've called support 3 times this week", {}, ""),
    ("satisfaction", "the tech came at 5 pm and left at 5:20", {}, ""),
    ("satisfaction", "I live on the 4th floor and the signal is patchy", {}, ""),
    ("satisfaction", "I pay 45 a month", {"monthly_spend": 45.0}, ""),
    ("satisfaction", "I'm 52 and not very techy", {"age": 52}, ""),
    ("satisfaction", "been with you for 3 years", {"tenure_months": 36}, ""),
    ("satisfaction", "my router is 2 years old", {}, ""),
    ("satisfaction", "I have 2 phones on the plan", {}, ""),
    ("satisfaction", "we've got 5 people in the house", {}, ""),
    ("satisfaction", "the outage lasted 4 hours", {}, ""),
    ("satisfaction", "I had to wait 2 weeks for the install", {}, ""),
    # conditions
    ("satisfaction", "if you fixed the wifi I'd give you a 5", {}, "v"),
    ("satisfaction", "I'd give a 4 if the price came down", {}, "v"),
    ("satisfaction", "if the app worked it'd be a 5", {}, "v"),
    # sarcasm / idioms / lyrics
    ("satisfaction", "one more time, we're gonna celebrate", {}, ""),
    ("satisfaction", "it's a 24/7 headache", {}, ""),
    ("satisfaction", "back to square one with this router", {}, ""),
    ("satisfaction", "high five for the tech guy, he was cool", {}, ""),
    ("satisfaction", "two thumbs down for the app, but the rest I can't judge", {}, ""),
    # dialect english
    ("satisfaction", "ach, cannae say really, it's been a wee bit up and down", {}, "v"),
    ("satisfaction", "abeg I no fit talk now, I dey work", {}, ""),
    ("satisfaction", "mate I've only had it since Tuesday, ask me later", {}, ""),
    ("satisfaction", "sure look, it's grand some days and shite others", {}, "v"),
    ("satisfaction", "how far, na 3 times network don fail me this week", {}, ""),
    ("satisfaction", "lah I don't know, my brother handles it", {}, "v"),
    # typos / voice
    ("satisfaction", "i gave the instaler 5 stars on the app", {}, ""),
    ("satisfaction", "my wife gave it a for lol", {"has_partner": True}, ""),
    # more conditions, rivals, reviews, clock times
    ("satisfaction", "if they sorted the signal I'd give them a 5", {}, "v"),
    ("satisfaction", "it'd be a 4 if the bill was cheaper", {}, "v"),
    ("satisfaction", "if you lot fixed the app I'd happily give a 5", {}, "v"),
    ("satisfaction", "my previous carrier was a 3 at best", {}, ""),
    ("satisfaction", "Optus would get a 1 from me", {}, ""),
    ("satisfaction", "everybody on Google gives you 2 stars", {}, ""),
    ("satisfaction", "the reviews are all 1 star, should I be worried?", {}, ""),
    ("satisfaction", "most people give you a 3 apparently", {}, ""),
    ("satisfaction", "the guy came at 9:30 and left at 10:15", {}, ""),
    ("satisfaction", "they called me at 4 pm on a Sunday", {}, ""),
    ("satisfaction", "这个分数有什么用？", {}, ""),
    ("satisfaction", "5分是最好还是最差？", {}, ""),
    ("satisfaction", "你们问这个干嘛", {}, ""),
    ("satisfaction", "我才用了两天，还说不好", {"tenure_months": 0}, "v"),
    ("satisfaction", "过半年再问我吧", {}, ""),
    ("satisfaction", "看心情吧", {}, "v"),
    ("satisfaction", "问我老公，账单都是他管", {"has_partner": True}, "v"),
    ("satisfaction", "我妈去年给你们打了5分", {}, ""),
    ("satisfaction", "我儿子说你们顶多3分", {}, ""),
    ("satisfaction", "隔壁老王给你们打1分", {}, ""),
    ("satisfaction", "网上评论都是1星", {}, ""),
    ("satisfaction", "我同事说你们值4分", {}, ""),
    ("satisfaction", "移动以前给我打过3次电话", {}, ""),
    ("satisfaction", "联通给我哥送了2个月", {}, ""),
    ("satisfaction", "我这周打了3次客服", {}, ""),
    ("satisfaction", "师傅下午5点来的", {}, ""),
    ("satisfaction", "我住18楼，信号时好时坏", {}, "v"),
    ("satisfaction", "我每个月交59", {"monthly_spend": 59.0}, ""),
    ("satisfaction", "用了5年了", {"tenure_months": 60}, ""),
    ("satisfaction", "路由器用了2年了", {}, ""),
    ("satisfaction", "家里有3部手机", {}, ""),
    ("satisfaction", "停了4个小时网", {}, ""),
    ("satisfaction", "装个宽带等了2个星期", {}, ""),
    ("satisfaction", "要是网速快点我就给5分", {}, "v"),
    ("satisfaction", "降价的话能给4分", {}, "v"),
    ("satisfaction", "五星好评？做梦吧", {}, "v"),
    ("satisfaction", "一分耕耘一分收获", {}, "v"),
    ("satisfaction", "三天打鱼两天晒网", {}, ""),
    ("satisfaction", "八九不离十吧", {}, ""),
    # dialect
    ("satisfaction", "莫得啥子说的，问我婆娘", {}, ""),
    ("satisfaction", "你问这个搞啥子嘛", {}, ""),
    ("satisfaction", "哎呀妈呀，你问我我问谁去", {}, ""),
    ("satisfaction", "整那些没用的干哈", {}, ""),
    ("satisfaction", "我都唔知点讲", {}, ""),
    ("satisfaction", "你问呢啲做咩", {}, ""),
    ("satisfaction", "哩个我唔识讲", {}, ""),
    ("satisfaction", "毋知影啦", {}, "v"),
    # typos / voice
    ("satisfaction", "我给装机师傅打了5分", {}, ""),
    # 更多
    ("satisfaction", "如果网络稳定点，我就给4分", {}, "v"),
    ("satisfaction", "要是不掉线我能给5分", {}, "v"),
    ("satisfaction", "便宜点的话可以给5分", {}, "v"),
    ("satisfaction", "以前的移动我给2分", {}, ""),
    ("satisfaction", "之前那家顶多3分", {}, ""),
    ("satisfaction", "上一家运营商1分都不值", {}, ""),
    ("satisfaction", "网友都给1星", {}, ""),
    ("satisfaction", "大众点评上才3星", {}, ""),
    ("satisfaction", "大家都给5分，我还没想好", {}, "v"),
    ("satisfaction", "师傅3点半才到", {}, ""),
    # near misses: a rating all the same
    ("satisfaction", "4, but if you fixed the wifi I'd give you a 5", {"satisfaction": 4}, ""),
    ("satisfaction", "3 now, would be 5 if the price came down", {"satisfaction": 3}, ""),
    ("satisfaction", "I'd give a 4 if I'm honest", {"satisfaction": 4}, ""),
    ("satisfaction", "if I had to pick, a 4", {"satisfaction": 4}, ""),
    ("satisfaction", "2 out of 5, if I'm being kind", {"satisfaction": 2}, ""),
    ("satisfaction", "my old provider was a 1, you're a solid 4", {"satisfaction": 4}, ""),
    ("satisfaction", "Vodafone was a 2, you lot are a 4", {"satisfaction": 4}, ""),
    ("satisfaction", "everyone on reddit gives you 1 star but I'd say 4", {"satisfaction": 4}, ""),
    ("satisfaction", "reviews are mostly 1 star, personally 3", {"satisfaction": 3}, ""),
    ("satisfaction", "the tech came at 5 pm, I'd give you a 4", {"satisfaction": 4}, ""),
    ("satisfaction", "4. the tech came at 5:20 and was done by 6", {"satisfaction": 4}, ""),
    ("satisfaction", "sure look, it's grand, a 4", {"satisfaction": 4}, ""),
    ("satisfaction", "oh I'd say 5 stars, no bother", {"satisfaction": 5}, ""),
    ("satisfaction", "现在3分，要是网速快点我就给5分", {"satisfaction": 3}, ""),
    ("satisfaction", "4分吧，降价的话能给5分", {"satisfaction": 4}, ""),
    ("satisfaction", "满分5分的话，我给4分", {"satisfaction": 4}, ""),
    ("satisfaction", "网上评论都是1星，我自己觉得还行", {"satisfaction": 3}, ""),
    ("satisfaction", "以前那家我给2分，你们4分", {"satisfaction": 4}, ""),
    ("satisfaction", "师傅下午5点来的，服务4分吧", {"satisfaction": 4}, ""),
    ("satisfaction", "五星好评", {"satisfaction": 5}, ""),
    ("satisfaction", "一分钱一分货，3分吧", {"satisfaction": 3}, ""),
    # no partner value
    ("has_partner", "why do you need to know that?", {}, ""),
    ("has_partner", "is this going to change my plan price?", {}, ""),
    ("has_partner", "what kind of family plans do you have?", {}, ""),
    ("has_partner", "how is that relevant to my internet", {}, ""),
    ("has_partner", "ask me after I've had a coffee", {}, ""),
    ("has_partner", "my sister just got married last week", {}, ""),
    ("has_partner", "my brother's girlfriend is moving in with him", {}, ""),
    ("has_partner", "my mum remarried in 2019", {}, ""),
    ("has_partner", "my best friend is getting divorced", {}, ""),
    ("has_partner", "my neighbour's husband fixed our fence", {}, ""),
    ("has_partner", "my daughter has a boyfriend now, ugh", {}, ""),
    ("has_partner", "my son and his wife live in Leeds", {}, ""),
    ("has_partner", "my parents have been married 40 years", {}, ""),
    ("has_partner", "we're 4 people in the house", {}, ""),
    ("has_partner", "I live on the 2nd floor with a view of the park", {}, ""),
    ("has_partner", "I'm 34 and I work nights", {"age": 34}, ""),
    ("has_partner", "I pay 60 a month for the family plan", {"monthly_spend": 60.0}, ""),
    ("has_partner", "Vodafone has a better couples plan", {}, ""),
    ("has_partner", "does the couples plan include streaming?", {}, ""),
    ("has_partner", "is there a discount for married couples?", {}, ""),
    ("has_partner", "my wife's phone is on Telstra though", {"has_partner": True}, ""),
    ("has_partner", "depends what you mean by partner", {}, "v"),
    ("has_partner", "it's complicated", {}, "v"),
    ("has_partner", "it's a long story", {}, "v"),
    ("has_partner", "that's kind of personal", {}, "r"),
    ("has_partner", "I'd rather keep that to myself", {}, "r"),
    ("has_partner", "we'll see how Saturday goes haha", {}, ""),
    ("has_partner", "all the single ladies, all the single ladies", {}, ""),
    ("has_partner", "I will always love you", {}, ""),
    ("has_partner", "stand by your man", {}, ""),
    ("has_partner", "my partner in crime is my laptop", {}, ""),
    ("has_partner", "I have a dance partner on Tuesdays", {}, ""),
    ("has_partner", "my tennis partner is 70 years old", {}, ""),
    ("has_partner", "mate, that's none of your business", {}, "r"),
    ("has_partner", "sure look, what's it to ye", {}, ""),
    ("has_partner", "ach, mind yer own", {}, "r"),
    ("has_partner", "wah, you ask so personal one ah", {}, ""),
    ("has_partner", "abeg no ask me that kind question", {}, ""),
    ("has_partner", "how far, which one be partner now", {}, ""),
    ("has_partner", "nah yeah nah, not telling", {}, "r"),
    ("has_partner", "my mum keeps asking when I'll get married", {}, ""),
    ("has_partner", "my flatmate and her boyfriend use the wifi all day", {}, ""),
    ("has_partner", "the couple next door are always arguing", {}, ""),
    # more plans asked about, Pidgin, Irish
    ("has_partner", "do married couples get a better deal?", {}, ""),
    ("has_partner", "any discount for couples?", {}, ""),
    ("has_partner", "wetin be partner sef", {}, ""),
    ("has_partner", "sure look, ask me another one", {}, ""),
    ("has_partner", "abeg no vex, I no wan talk am", {}, "r"),
    ("has_partner", "问这个干嘛？", {}, ""),
    ("has_partner", "这跟套餐有啥关系", {}, ""),
    ("has_partner", "你们有情侣套餐吗？", {}, ""),
    ("has_partner", "情侣卡怎么办理", {}, ""),
    ("has_partner", "我妹上周刚结婚", {}, ""),
    ("has_partner", "我哥的女朋友搬过来住了", {}, ""),
    ("has_partner", "我闺蜜在闹离婚", {}, ""),
    ("has_partner", "隔壁老王的老婆帮我们收了快递", {}, ""),
    ("has_partner", "我女儿谈恋爱了，愁死了", {}, ""),
    ("has_partner", "我儿子和儿媳住在成都", {}, ""),
    ("has_partner", "我爸妈结婚四十年了", {}, ""),
    ("has_partner", "家里4口人", {}, ""),
    ("has_partner", "我住3楼", {}, ""),
    ("has_partner", "我今年34了，上夜班", {"age": 34}, ""),
    ("has_partner", "我每个月交60的家庭套餐", {"monthly_spend": 60.0}, ""),
    ("has_partner", "移动的亲情号更便宜", {}, ""),
    ("has_partner", "亲情号能加几个人？", {}, ""),
    ("has_partner", "结婚有优惠吗？", {}, ""),
    ("has_partner", "我老婆的手机是电信的", {"has_partner": True}, ""),
    ("has_partner", "有点复杂", {}, "v"),
    ("has_partner", "不想说", {}, "r"),
    ("has_partner", "死了都要爱", {}, ""),
    ("has_partner", "我的搭档是我电脑", {}, ""),
    ("has_partner", "家里天天催婚", {}, ""),
    ("has_partner", "室友和她男朋友天天用网", {}, ""),
    ("has_partner", "隔壁那对小两口天天吵架", {}, ""),
    # dialect
    ("has_partner", "你问这个搞啥子嘛", {}, ""),
    ("has_partner", "莫问了，说起就脑壳疼", {}, "r"),
    ("has_partner", "整这干哈呀", {}, ""),
    ("has_partner", "你管得倒宽", {}, ""),
    ("has_partner", "关你咩事啊", {}, "r"),
    ("has_partner", "呢啲私人嘢唔讲得", {}, "r"),
    ("has_partner", "问遮个欲创啥", {}, ""),
    ("has_partner", "哩个唔方便讲", {}, "r"),
    # 更多
    ("has_partner", "夫妻套餐有优惠吗？", {}, ""),
    ("has_partner", "已婚的有折扣吗", {}, ""),
    ("has_partner", "新婚有没有什么活动？", {}, ""),
    # near misses: a partner value all the same
    ("has_partner", "married, is there a discount for that?", {"has_partner": True}, ""),
    ("has_partner", "yes, married. any couples deals?", {"has_partner": True}, ""),
    ("has_partner", "my wife and I, is there a family plan?", {"has_partner": True}, ""),
    ("has_partner", "sure, married 10 years", {"has_partner": True}, ""),
    ("has_partner", "sure look, I'm married this twenty years", {"has_partner": True}, ""),
    ("has_partner", "no, I'm single", {"has_partner": False}, ""),
    ("has_partner", "nope, single, no ask again lol", {"has_partner": False}, ""),
    ("has_partner", "my wife's phone is on Telstra though", {"has_partner": True}, ""),
    ("has_partner", "我结婚了，有优惠吗？", {"has_partner": True}, ""),
    ("has_partner", "结婚了，有没有情侣套餐？", {"has_partner": True}, ""),
    ("has_partner", "我和老婆一起办有优惠吗？", {"has_partner": True}, ""),
    ("has_partner", "有老公，亲情号怎么办？", {"has_partner": True}, ""),
    ("has_partner", "单身", {"has_partner": False}, ""),
    ("has_partner", "已婚", {"has_partner": True}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_false_fill_hunt(
    survey: Survey, asked: str, text: str, expected: dict[str, Any], flag: str
) -> None:
    check_reading(survey, asked, text, expected, flag)
