"""The words of names: surnames, forms of address, and the words that are never a name.

Shared by the introduction frames (`names`) and the readers of bare answers (`name_answers`): a
candidate is checked against the same vocabulary wherever it was found, so that "我是老师" and
"I'm retired" are turned down the same way after "我是" and as a bare answer.
"""

from __future__ import annotations

import re

SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
    "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
    "覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚"
    "符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆"
    "农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋"
    "商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
PREFIXES = ("小", "老", "阿")
# A surname with a form of address is how the respondent wants to be called: "王先生", "李女士".
_ZH_TITLES = "先生|女士|小姐|太太|老师|阿姨|师傅|大姐|大哥|姐|哥|总|医生|教授"
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 诸葛 上官 东方 皇甫 令狐 慕容 司徒 夏侯 尉迟 公孙 长孙 宇文 轩辕 端木 独孤 南宫"
    " 西门 呼延 澹台 百里 申屠 万俟 钟离 淳于 太史 东郭".split()
)
TITLED_ZH = re.compile(
    "(?:" + "|".join(sorted(COMPOUND_SURNAMES)) + "|[" + "".join(sorted(SURNAMES)) + "])"
    "(?:" + _ZH_TITLES + ")"
)
# "Dr. Smith", "Mrs Chen": an English title with a capitalised name, kept as typed; the name may
# be an initial that closes the clause ("Mrs. O", "Mr T").
# A clergy or rank title counts too ("Rev. Alan Pike", "Fr. Tom Byrne", "Capt Ng", "Sgt. Williams").
EN_TITLES = (
    r"(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Professor|Sir|Dame|Rev|Revd|Reverend|Fr|Pastor|Rabbi|Capt"
    r"|Sgt|Sarge|Cpl|Lt|Col|Maj|Cmdr|Sergeant|Captain|Major|Colonel|Lieutenant)"
)
TITLED_EN = re.compile(
    EN_TITLES + r"\.?\s+"
    r"(?:[A-Z][A-Za-zÀ-ÖØ-öø-ÿ'\-]+|[A-Z](?=\s*(?:[,.!?;]|$)))"
    # "Mrs. Beryl Hughes": further names only when capitalised as typed
    # (a capital inside a surname is part of it: "McLeod", "MacDonald", "Owusu-Mensah")
    r"(?-i:(?:\s+[A-Z][a-zà-öø-ÿ'\-]+(?:[A-Z][a-zà-öø-ÿ'\-]+)*){0,2})",
    re.IGNORECASE,
)
COMMON = (
    frozenset(
        """a an the not from in at on to for of by as here fine good ok okay okey great well sure
    grand alright
    sorry busy happy
    guess guessing nobody somebody someone anyone everyone customer user human person bot robot
    idk dunno hmm uh um umm er erm ah eh oh yeah yes
    single married divorced engaged male female man woman guy girl boy dude lady student retired
    living based going currently just really very so too also still only almost about around from
    into using with staying satisfied unsatisfied dissatisfied unhappy tired new old young afraid
    glad pretty quite kind looking working moving thinking planning done back out over there
    your you yours me my mine him her them it its this that these those what who why how where
    his hers our ours their theirs
    when which yes no nope yeah yep nah never always maybe probably definitely totally
    in-between fiber fibre dsl none nothing monthly annual yearly stay leave switching
    unsure undecided rather prefer skip pass complicated personal private an a
    irrelevant unimportant relevant important secret classified confidential
    mr mrs ms miss dr sir madam hello hi hey hiya heya howdy hallo hullo thanks thank please and
    or but whatever anything wotever watever whateva wateva whatev whatevs wotevs whatevz
    like want whichever called known anonymous anon lol haha btw thx pls hehe hihi hahaha lmao xd
    monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow yesterday
    chinese english british american canadian australian irish scottish welsh indian japanese
    korean french german italian spanish mexican brazilian russian african asian european
    filipino vietnamese thai malaysian singaporean taiwanese cantonese local foreign new
    originally i i'm im it's its myself pronounced spelled spelt dont don't mind wife
    i'll i'd i've ill id ive we'll we'd we've we're you're you'll you'd they're they'll they'd
    husband
    gonna gunna gonnae gotta wanna
    though then instead anyway
    knackered exhausted shattered asleep awake sleepy bored stressed hungry drunk wrecked beat
    half nights shift ill sick poorly
    driver teacher nurse doctor cleaner farmer engineer rider courier chef cashier boss owner
    manager worker pensioner retiree mum mom dad parent housewife homemaker
    naw na pal mate love dear hen bru lah lor leh la wah wa aiyo aiyoh aiya alamak walao
    g'day gday howzit ja yebo wot wat wut u
    go ahead away shoot next ask continue question questions
    wait sec secs second moment minute hold brb gimme
    oi ola olá stood sat
    signal wifi internet broadband service coverage reception network connection speed weather
    traffic life work home
    off cold hot late early slow free available online ready alone under behind
    honestly seriously frankly basically actually obviously personally apparently luckily sadly
    hopefully unfortunately fortunately clearly literally generally usually normally recently
    finally name names rank
    curious wondering asking nosy nosey""".split()
    )
    | frozenset(
        # Words of assent and refusal opening an answer: Swahili "sawa", "haya", "poa"; Scots and
        # Northern "aye", "nay"; Indian English "achha" ("Sawa, first let me sort the car")
        "sawa haya poa aye nay righto alrighty achha acha".split()
    )
    # Tagalog "ako" is "I", with its particles: "Ako, I'm just the one who pays the bill"
    | frozenset("ako po opo sige kasi naman".split())
    | frozenset(
        # An age or a step in life is no name: "just turned sixty", "fifty something", "just
        # graduated", "turning forty next month" (number words and the verbs of such steps);
        # nor is the choice handed back: "up to you"
        """turned turning graduated graduating retiring widowed moved started joined
    eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty
    forty fifty sixty seventy eighty ninety hundred something ish years up""".split()
    )
    | frozenset(
        # Exclamations opening an answer: "Lord, hold on sugar", "Gosh, hang on", "Heavens, wait"
        # ("Jesus", also a given name, is not listed)
        "lord lordy god gosh goodness golly heavens geez jeez jeepers blimey crikey christ"
        " ugh urgh argh meh pfft".split()
    )
    | frozenset(
        # A preamble before a question is no name: "hiya! before we start, how long…", "first, …",
        # "quick one, Dave"
        "before after first we us start begin quick one".split()
    )
    | frozenset(
        # A judgement of a thing is no name: "we're on fibre and it's rubbish", "it's dire"
        """rubbish crap crappy shite shit garbage trash awful terrible horrible dreadful useless
    pants naff dire grim woeful shocking atrocious unusable bad poor decent brilliant amazing
    excellent fantastic solid reliable unreliable patchy spotty flaky laggy dodgy pricey
    expensive overpriced cheap affordable""".split()
    )
    | frozenset(
        # Where and how the respondent came to be, what they are busy doing and adverbs opening an
        # answer are no names: "Born here, from Leeds originally", "Raised in York", "Driving,
        # sorry", "Absolutely, go on", "Sure thing"
        """born raised bred reared brought grew grown relocated emigrated immigrated lived resided
    settled unemployed employed self-employed jobless disabled separated remarried
    driving travelling traveling commuting cooking eating walking shopping sleeping cleaning
    waiting queuing queueing parking boarding flying packing texting typing resting napping
    absolutely certainly mostly surely exactly indeed naturally gladly formerly previously lately
    nowadays mainly partly technically officially truly possibly perhaps thing things""".split()
    )
    | frozenset(
        # Times of the calendar are no names, like the weekdays above: months, seasons and holidays
        # ("it's November now", "since Easter").
        """january february march april may june july august september october november december
    spring summer autumn fall winter christmas xmas easter halloween thanksgiving hanukkah
    diwali ramadan eid""".split()
    )
    # A generation is no name, but what the respondent was born into: "Gen Z lol", "millennial"
    | frozenset(
        "millennial millennials millenial millenials milennial milenial boomer boomers zoomer"
        " zoomers xennial xennials genz".split()
    )
    # Chinese chat slang written as pinyin initials is a remark, no name: "nsdd" (你说得对),
    # "xswl" (笑死我了), "yyds", "u1s1" (有一说一), "dbq" (对不起), "emmm", "hhh"
    | frozenset(
        """nsdd yyds xswl awsl u1s1 yysy dbq zqsg bhys nbcs srds bdjw plmm gkd tql ssfd kswl
    yygq zsbd djll xdm jms emm emmm emmmm hhh hhhh hhhhh hhhhhh""".split()
    )
)
# "Gen Z", "Gen-X", "gen alpha": a generation said as a label (but "Gen" alone is a given name)
GENERATION = re.compile(r"gen[- ]?(?:x|y|z|alpha)", re.IGNORECASE)
# Given names among the common words above ("Guy", "June", "April", "Summer"; "Will", "Hope",
# "Grace" are not listed): a name when given as one, capitalised as typed or as a bare answer to
# the name question ("my name's Guy", "summer jones"), a word otherwise ("a nice guy", "it's June
# already").
WORD_NAMES = frozenset({"guy", "april", "may", "june", "august", "summer", "autumn"})
ZH_NOT_NAME = re.compile(
    # (also the chat forms of "what" and "how": "叫啥都行", "咋叫都行" leave the choice)
    r"不|没|什么|啥|咋|谁|哪|吗|保密|隐私|名字|称呼|随便|都行"
    r"|无所谓|知道|记得|问|干嘛|为什么|男|女|岁|人|"
    # leaving the choice in dialect ("喊么都照", "叫么都中", "喊么子都要得"), "莫喊全名"
    r"都照|都中|都成|都要得|^么|喊|全名|随意|"
    r"学生|上班|工作|这个|那个|一个|你|他|她|们|好的|可以|谢谢|嗯|哦|哈|啊|呢|是的|对|省|市|区|县"
    r"|过去|过来|一起|帮忙|出去|回去|回来|匿名|(?:点|咩|乜|怎么|怎样)叫|都得"
    # a state or a shift, not a name: "刚下夜班", "真的困" (but 刚 of a given name with a
    # familiar ending: "刚哥", "刚子")
    r"|[上下夜白早晚加]班|^(?:刚(?![哥姐子仔叔])|正在|还在|已经|我|俺)|困|累"
    # holding the conversation, not a name: "等下，在开车", "稍等", "马上", "您呐稍等"; the
    # polite "您" addresses the asker, like "你"
    r"|^(?:稍|等|在)|稍等|马上|一会|您"
    # what is going on at home or a promise to answer later, not a name: "娃又在哭", "老大又哭了，
    # 晚点说"; a "叫我" that tells the respondent to do something: "叫我别填", "叫我赶紧去吃饭"
    r"|又|哭|闹|晚点|待会|回头|等会|叫我|^(?:别|甭|赶紧|赶快|快点|快去|去)"
    # a feeling or a step of the talk, not a name: "有点慌", "好紧张", "先说年纪吧"
    r"|有点|慌|紧张|害怕|担心|尴尬|^先|年纪|年龄|岁数"
    # praise said in passing: Beijing "倍儿棒" ("very good"), "真棒", "太棒了"
    r"|倍儿|[真很太挺超]棒|棒极"
    # how a thing is, with its degree: "慢得很", "卡得要死", "贵得离谱", "超卡", "太慢"
    r"|得(?:很|要[命死]|不行|离谱|吓人|慌)|极了|[很太挺超贼巨蛮好][慢卡快贵差烂]"
    # Shanghainese "侬" is "你", "一歇" "一会儿": "侬等一歇" asks the bot to wait
    r"|侬|一歇"
    # a call for attention, no name: "喂也行", "哎"
    r"|^[喂哎诶欸嘿唉哟]+$"
    # where the respondent lives, not a name: "我是老师，住成都"
    r"|^住"
    # an apology or a plea for understanding after a refusal: "名字就不留了，见谅", "抱歉"
    r"|见谅|抱歉|包涵|体谅|理解"
    # a sentence particle right after the frame: "就这么叫我吧"
    r"|^[吧呀啊哈呢哦啦嘛]|文名"
    # a remark about the typing, not a name: "打错字了", "手滑打重了", "拼音打的", "开玩笑的"
    r"|错|打重|手滑|输入法|拼音|开玩笑|免贵|[了的]$"
    # an occupation or a station in life, not a nickname with a title ("兔子老师"): "老师",
    # "师傅" or "老板" with no surname (what workmates or customers call anyone),
    # "退休老师", "小学老师", "新用户", "华为手机"
    r"|^(?:老师|医生|护士|司机|工人|农民|师傅|师父|老板|老板娘)$|退休|[小中大]学|用户|手机"
    # a school year: "高三", "初二", "三年级"
    r"|^[高初][一二三]$|年级"
    # an age, not a name: "今年六十", "二十出头", "虚岁四十" (a name may hold one numeral: "张三")
    r"|[二三四五六七八九]十|今年|去年|明年|周岁|虚岁|出头|毕业"
)
# The last character of a role or station in life ("班主任", "户主", "店长", "司机", "宝妈"):
# "我是…" with such a word and no surname before it describes the respondent.
ZH_ROLE_END = re.compile(r"[任主长员工手者家民客商农警兵友迷粉控族机妈爸户师士]$")
# Roles whose first character is also a surname ("应届生", "毕业生", "程序员", "房东"): "我是…" with
# one of these whole describes the respondent, though it opens like "我是应X", "我是程X".
ZH_ROLE_WORD = re.compile(
    r"(?:应届|应届毕业|毕业|研究|实习|留学|大学|中学|小学|高中|初中|本科|硕士|博士|专科|在校|新|学)生"
    r"|程序员|公务员|房东|房客|单身(?:狗|汉|贵族|人士)?|已婚|未婚|离异|丧偶|全职(?:妈妈|太太|爸爸)|包工头|车主|白领|蓝领|上班族|打工人"
    # what the respondent grew up as: "我是独生子女", "我是留守儿童", "我是单亲家庭的"
    r"|独生(?:子女|子|女)|留守儿童|单亲(?:家庭|孩子|儿童)?|孤儿|养子|养女"
)
# What elders and kin are called ("阿婆", "老太太", "大爷"): "我是阿婆" says who the respondent is,
# an old woman, not what they are called ("叫我阿婆" still is a name to use).
ZH_KIN_TERMS = frozenset(
    "阿婆 阿公 阿伯 阿嫲 阿嬷 阿爷 阿叔 阿婶 老太太 老太婆 老婆子 老头子 老头 老大爷"
    " 老大娘 大爷 大妈 大娘 大叔 大婶 老爷子 奶奶 爷爷 外婆 外公 婆婆".split()
)
TRAIL = re.compile(
    # (Henan "就中" is "就行")
    # ("Kevin就ok": the English word of consent in a Chinese frame)
    # (the particles of the south and west: Hunanese "满伢子咯", "阿强喽", Sichuanese "二毛撒")
    # (a question of consent after the name: Henan "老王中不中", "小李行不行")
    # (Sichuanese "就要得" is "就行")
    r"(?:就行了?|就(?:蛮|挺|很)?好了?|就可以了?|就成|就中|就要得|就(?i:ok|okay)了?|好了|即可|就得了?|得啦|得喇|得了|得嘞|吧|呀|啊|哈|呢"
    r"|中不中|行不行|成不成|好不好|可以不|行不|中不|可以吗|行吗|好吗|成吗"
    # one of the names that would do: "小王也行", "老陈也可以"
    r"|也行|也可以|也成"
    r"|哦|啦|喇|嘛|咯|喽|嘞|噻|撒|哟|呗|咧|~|!|\.|。)+$"
)


# A name made of numerals only ("本人五十八"). Not `numbers`' full set of numeral characters:
# its formal digits 陆 and 伍 are also surnames ("我姓陆").
_ZH_NUMERAL = re.compile(r"[零〇一二两三四五六七八九十百千万几多]+")
# ... or numerals with their measure word: a score, a sum or a count ("九十八分", "两百块")
_ZH_MEASURED = re.compile(
    r"[零〇一二两三四五六七八九十百千万几多]+(?:分|块|元|个|次|斤|岁|年|月|天|点|号|米|遍|回)"
)


def plausible_zh(name: str, strict: bool) -> bool:
    if TITLED_ZH.fullmatch(name):
        return True  # "刘女士": 女 is part of the form of address
    if not 1 <= len(name) <= 4 or ZH_NOT_NAME.search(name):
        return False
    if _ZH_NUMERAL.fullmatch(name) or _ZH_MEASURED.fullmatch(name):
        return False  # "本人五十八", "九十八分": a number, not a name
    if not strict:
        return True
    return len(name) >= 2 and (name[0] in SURNAMES or name[0] in PREFIXES)


# Common words that make a familiar name after the prefix "Ah" ("Ah Boy", "Ah Girl", "Ah Di").
_AH_NICKNAMES = frozenset("boy girl di mei".split())


def plausible_en(name: str, strict: bool, word_names: bool = True) -> bool:
    """Latin words that may be a name; `strict` wants it capitalised, and without `word_names`
    a given name that is also a common word ("I'm Guy" as an answer about gender) is not one."""
    if GENERATION.fullmatch(name):
        return False  # "Gen Z": a generation, no name
    words = name.split()
    # ("call me ah beng lor": typed all in lowercase, read when capitals are not required; not
    # "ah boy, tough one", an exclamation)
    if len(words) == 2 and (
        (words[0] == "Ah" and words[1][0].isupper())
        or (not strict and name.islower() and words[0] == "ah")
    ):
        if words[0] == "Ah" and words[1].lower() in _AH_NICKNAMES:
            return True  # "Ah Boy", "Ah Girl": a familiar name made of a common word
        words = words[1:]  # "Ah Seng": the Cantonese and Hokkien prefix of a familiar name
    if not words or any(
        w.lower() in COMMON and not (word_names and _word_name(w, strict)) for w in words
    ):
        return False
    return not strict or words[0][0].isupper()


def once(name: str) -> str:
    """A name typed twice in a row is one name ("李想李想", "Sam Sam"); a doubled character
    ("婷婷") is part of the name."""
    words = name.split()
    half = len(words) // 2
    # ("Li Li" is a surname and a given name: short syllables may be both)
    if len(words) in (2, 4) and words[:half] == words[half:] and len(words[0]) >= 3:
        return " ".join(words[:half])
    if len(name) in (4, 6) and " " not in name and name[: len(name) // 2] == name[len(name) // 2 :]:
        return name[: len(name) // 2]
    return name


def _word_name(word: str, strict: bool) -> bool:
    return word.lower() in WORD_NAMES and (word[0].isupper() or not strict)
