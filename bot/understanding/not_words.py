"""Phrases that contain a slot's words without giving its value.

The lexicon matches the longest phrase first, so listing "不好说" or "满意度" here stops its
"好" or "满意" from being read as a rating: these phrases are added to the lexicon with no slot.
`VAGUE_BLOCKERS` are hedges that would otherwise be read as weak answers; `NOT_WORDS` are set
phrases, words inside longer words and forms of address that mean something else.
"""

from __future__ import annotations

VAGUE_BLOCKERS = (
    "不好说",
    "说不好",
    "不知道",
    "不清楚",
    "说不清",
    "说不上来",
    "hard to say",
    "not sure",
    "no idea",
    "不记得",
    "记不清",
    "好不好",
    "不好意思",
    "好多年",
    "好几年",
    "好久",
    "好多",
    "还好吧说不",
    "算有",
    "算是",
    "有什么",
    "有啥",
    # good and bad by turns: no rating ("有时好有时差", "hit or miss")
    "时好时坏",
    "时好时差",
    "有时好有时差",
    "有时候好有时候差",
    "hit or miss",
    "hit and miss",
    "hit-or-miss",
    "hit-and-miss",
    "up and down",
    "不好评价",
    "不好打分",
    "不好讲",
    "too early to tell",
    "too soon to tell",
    # "about the same" compares, it does not rate: the 差 in it is no "bad"
    "差不多",
)
# Phrases that contain a slot word without meaning it: "本宝宝" is the speaker, not a baby; a
# greeting ("早上好", "good evening") rates nothing.
NOT_WORDS = (
    "本宝宝",
    "宝宝我",
    "本姑娘",
    "本小姐",
    "本大爷",
    "你好",
    "您好",
    "大家好",
    "早上好",
    "早安",
    "上午好",
    "中午好",
    "下午好",
    "晚上好",
    "晚安",
    "good morning",
    "good afternoon",
    "good evening",
    "good night",
    "good day",
    # raising a child alone while the partner works away is no single life ("我一个人带娃")
    "一个人带",
    # old public housing: a kind of flat, no husband ("住的是老公房")
    "老公房",
    # the freedom to leave describes a contract, it is no plan to leave
    "can leave whenever",
    "can leave anytime",
    "can leave any time",
    "free to leave",
    "随时可以走",
    "随时能走",
    # switching back and forth in general is a hassle, no plan to switch ("转来转去好麻烦")
    "转来转去",
    "换来换去",
    "跳来跳去",
    # "every single month" says nothing about a partner; "nothing major" is no internet option
    "every single",
    "every. single",  # "logs me out every. single. time."
    "not a single",
    # a partner in something else is no partner in life
    "business partner",
    "business partners",
    "tennis partner",
    "dance partner",
    "gym partner",
    "study partner",
    "lab partner",
    "partner in crime",
    # dating as a kind of product or show is no relationship ("is this a dating app now?")
    "dating app",
    "dating apps",
    "dating site",
    "dating sites",
    "dating show",
    "dating shows",
    "dating profile",
    # credit given back or owed is no credit card ("we got 20 credit back", "store credit")
    "credit back",
    "credits back",
    "as credit",
    "as a credit",
    "in credit",
    "account credit",
    "bill credit",
    "store credit",
    "credit note",
    "credit score",
    "credit rating",
    "credit limit",
    # a credit union is a bank, no credit card
    "credit union",
    "credit unions",
    "in credit",
    "nothing major",
    "nothing much",
    "nothing really",
    "nothing special",
    "nothing else",
    # a bill comes every month on any contract: "my monthly bill" names no month-to-month plan
    "monthly bill",
    "monthly bills",
    "monthly payment",
    "monthly payments",
    "monthly fee",
    "monthly charge",
    "monthly cost",
    "monthly statement",
    # set phrases made of option words: "一年到头都在出差" (all year round), "SIM card came in
    # the post" (no means of paying), "leave me alone", "stay home"
    "一年到头",
    "一年四季",
    "sim card",
    "sim cards",
    "sd card",
    "gift card",
    "gift cards",
    "id card",
    "business card",
    "leave me alone",
    "leave me be",
    "leave it there",
    "stay home",
    "stay at home",
    "stay safe",
    "stay tuned",
    "stay in touch",
    # "single-handedly", "孩子王" (a teacher of small children), "stay up late": no household
    # and no plan
    "single handedly",
    "single-handedly",
    "孩子王",
    "stay up",
    "stay late",
    "stay over",
    "stay out",
    "stay the night",
    # a partner at work and leaving for the day: "partnered with a startup", "leaving for work"
    "partnered with",
    "partnering with",
    "business partner",
    "leaving for work",
    "leave for work",
    "leaving for school",
    "leaving work",
    "leave work",
    "leaving now",
    "leaving the house",
    "leave the house",
    # English set phrases whose option word means something else: a busy phone line, a new
    # service's first weeks, half of a bill, a respondent's own teenage years, a wall between
    # them and the router, a review or a message left, a passport renewed
    "line is engaged",
    "line was engaged",
    "line's engaged",
    "engaged tone",
    "always engaged",
    "honeymoon period",
    "honeymoon phase",
    "honeymoon's over",
    "honeymoon is over",
    "other half of",
    "in my teens",
    "in my early teens",
    "in my late teens",
    "since my teens",
    "separated by",
    "separated from the",
    "leave a review",
    "leaving a review",
    "left a review",
    "leave a message",
    "leaving a message",
    "leave a comment",
    "leave feedback",
    "leaving feedback",
    # "on average" is an adverb, not the middle of the scale ("on average I spend 45")
    "on average",
    "a credit",
    "in credit",
    "store credit",
    "credit score",
    "credit rating",
    "credit note",
    "a copper",
    "the coppers",
    "copper pipes",
    # words that hold a city's or an option's characters without meaning it: a satisfaction
    # survey, ivy, a burger, a fashion brand, a film, a platform, money, a custody fight
    # ("满意度调查太多了", "吃汉堡呢", "完成都快一年了", "站台中间", "我爱人民币")
    "满意度",
    "长春藤",
    "常春藤",
    "汉堡包",
    "吃汉堡",
    "个汉堡",
    "巴黎世家",
    "罗马假日",
    # a verb ending in 成 before 都 ("变成都不能用了"), a 台 before 中, 东西 before 安
    *"完成都 变成都 造成都 形成都 组成都 达成都 构成都 当成都 做成都 弄成都".split(),
    *"搞成都 改成都 说成都 看成都 写成都 养成都 换成都".split(),
    *"站台中 平台中 舞台中 讲台中 柜台中 阳台中 前台中 东西安".split(),
    "人民币",
    "抚养权",
    # found by scanning jieba's dictionary for words that hold a strong phrase: ratings inside a
    # flag, weeks, minutes and "a tiny bit" ("一星期就断了", "等了一百分钟", "一星半点信号都没有";
    # the 三星 phone brand is read by `rating_scope.word_used_otherwise`)
    "五星红旗",
    *"一星期 两星期 三星期 四星期 一星半点 一百分钟 零分钟".split(),
    # 内人 ("my wife") after a word ending in 内: "业内人士都说", "国内人太多" name no wife
    *"业内人 圈内人 行内人 国内人 省内人 市内人 区内人 室内人 店内人".split(),
    # partner words inside other people, food, a date and a flat: a daughter-in-law, a real man,
    # "我一个老婆子", an ex (no partner now), a divorce rate, a pastry, a Sichuan dish, Singles'
    # Day, a studio flat ("光棍节买的路由器", "吃了顿夫妻肺片")
    *"儿媳妇 孙媳妇 大丈夫 一个老婆子 前男友 前女友 前男朋友 前女朋友 离婚率".split(),
    *"老婆饼 夫妻肺片 光棍节 单身公寓".split(),
    # child words in a tone, a curse, the speaker's own status, toys, pets, a vegetable, a drink,
    # a phone for the old and a birth policy ("客服太孩子气", "我是独生子女", "去抓娃娃",
    # "我家吉娃娃", "买了娃娃菜", "用的老人机", "三胎政策") are no children of one's own
    *"孩子气 龟儿子 独生子女 毛孩子 娃娃脸 洋娃娃 布娃娃 芭比娃娃 抓娃娃 娃娃机".split(),
    *"娃娃菜 娃哈哈 吉娃娃 狗宝宝 猫宝宝 老人机 胎政策 孩政策".split(),
    # contract words across a word boundary: "去年约了师傅" (booked), "上个月付了200" (paid),
    # "这个月结束", "下个月结婚"; a renewal fee is no plan to renew
    *"去年约 今年约 明年约 前年约 个月付 月结束 月结婚 续约金".split(),
    # foreign places that hold a city's name: Florida holds 达州, Maryland 兰州, Romania 罗马
    *"罗马尼亚 佛罗里达 内华达 明尼苏达 马里兰 昆士兰".split(),
    # going by some way is no leaving: "打算走着去营业厅", "打算走法律途径"
    *"打算走着 打算走路 打算走法律 打算走流程".split(),
    # names of other animals and things made with 猫 or 狗: a panda, an owl, a hot dog, a peephole
    # ("熊猫馆排了一小时", "吃了个热狗") are no pets
    "熊猫",
    "猫头鹰",
    "热狗",
    "猫眼",
    "hot dog",
    "hot dogs",
    # an animal in a saying or a comparison is no pet: worn out "like a dog" ("累成狗",
    # "累得像条狗", "dog tired", "sick as a dog"), a night owl ("夜猫子"), a soap-opera plot
    # ("狗血"), a downpour
    *"成狗 跟狗一样 像狗一样 像条狗 像只狗 夜猫子 狗血 猫腻".split(),
    "dog tired",
    "dog-tired",
    "like a dog",
    "as a dog",
    "cats and dogs",
    "dog days",
    "top dog",
    "fat cat",
    "fat cats",
    "copycat",
    # "pickin'" before an object or "up" is picking, not the pidgin word for a child: "pickin'
    # the banjo", "pickin up groceries" (alone, "my pickin dem" still counts)
    *(f"pickin{a} {w}" for a in ("", "'") for w in "the a an my some up at out on".split()),
    # "no" in set phrases that answer nothing: "no kidding", "no worries", "no offence"
    "no kidding",
    "no worries",
    "no offense",
    "no offence",
    "no rush",
    "no doubt",
)
