"""No time for any interest: an answer to the interests question that names none, as vague.

Asked what they do in their free time, busy people say they have none, in many shapes: "我要开店
没有时间", "哪有空啊", "free time is a myth", "what free time lol", "between the kids' lessons and
work I have zero time for hobbies"; or no strength left ("下了班哪还有力气搞爱好", "too knackered
after work for hobbies"); or they offer sleep as a joke hobby ("爱好？睡觉算不算", "sleep, if that
counts"); or a working week that leaves none ("don't really have hobbies, I work 60 hours a
week", "一周上六天班"). None names an interest, so the answer is vague. What others do ("my
husband fishes") is theirs, and a pastime named outright still counts: these phrases are read
only when no interest was found (`vague._NO_VALUE`).
"""

from __future__ import annotations

# Worn out, hobbies laughed off: "累都累死了还爱好", "忙死了还谈啥兴趣" (not "累死了，周末去钓鱼":
# read only when no interest was found).
_WORN_OUT = r"(?:累|忙)死了?[,，\s]*(?:还|哪还)(?:有|谈|搞)?(?:什么|啥子?)?(?:爱好|兴趣)"

# (kept as a pattern string: `vague` joins it to its other phrases that cannot give a value)
NO_FREE_TIME = (
    # "我自己？哪有时间啊", "爱好就是睡觉", "no time for hobbies", "never get time for myself";
    # Cantonese "边有时间" opening its clause (not "那边有时间")
    r"(?:哪|(?<![^\s,，。.!！?？])边)(?:还)?(?:有|来的?)(?:那(?:个|么多)?)?闲?(?:时间|空|功夫|工夫|闲心)"
    # no hobby at all, asked back: "哪有啥爱好嘛", "哪有什么爱好" (not "跑步，哪有时间搞别的"
    # either: read only when no interest was found)
    r"|哪(?:还)?(?:有|来的?)(?:什么|啥子?|那么多)?(?:爱好|兴趣)"
    # Singlish and Malaysian "where got time", "where to find time"
    r"|\bwhere (?:got|to find|(?:do|would|can) i (?:get|find)) (?:the )?time\b"
    r"|\b(?:no|zero|little|hardly any|barely any|not much) time for (?:anything|hobbies|myself"
    r"|that|fun|them|any of that|(?:a )?hobby)\b"
    r"|\b(?:don'?t|do not|never|haven'?t)(?: really| even)? (?:have|get|got) (?:the |any |much )?"
    r"(?:free |spare )?time for (?:anything|hobbies|a hobby|myself|fun)\b"
    # sleep as the joke hobby: "爱好？睡觉算不算", "睡懒觉也算的话", "does sleeping count?"
    r"|爱好[?？,，、\s]*(?:啊|嘛|呢|就|的话)?[?？,，、\s]*是?(?:睡觉|睡懒觉|躺平|发呆)"
    r"|(?:睡觉|睡懒觉|躺平|发呆)(?:也)?(?:算不算|算吗|算的话|也算)"
    r"|\bmy (?:only )?hobby is (?:sleep|sleeping|napping)\b"
    r"|\b(?:sleep|sleeping|napping|naps)(?:,)? (?:if (?:that|it) counts|counts?)\b"
    # no energy or free time left: "带娃就够累了", "没什么空闲时间", "doesn't leave much free time"
    r"|(?:就|都|已经)够(?:我)?(?:累|忙|呛)|哪(?:还)?(?:有|来的?)(?:那(?:个|么多)?)?(?:精力|力气|劲儿?|心思)"
    r"|没(?:有|啥|什么)(?:空|空闲|闲|业余)时间"
    # too worn out after work: "too knackered after work for hobbies", "no energy left for
    # anything after a shift" (not "too tired for the gym, so I game": read only with no interest)
    r"|\btoo (?:tired|knackered|exhausted|wiped(?: out)?|shattered|worn out|drained|beat|pooped"
    r"|wrecked|fried)\b[^.!?]{0,25}?\b(?:for|to do|to have) (?:hobbies|a hobby|anything"
    r"|much|any hobbies)\b"
    r"|\b(?:no|zero|little|not much|hardly any|barely any) energy (?:left )?(?:for|to do|to have)"
    r" (?:anything|hobbies|a hobby|much|any hobbies|fun)\b"
    # a reason, then no time at all: "我要开店没有时间", "天天加班没时间", "忙着上班没空" (not
    # "没时间的时候就刷刷剧": a pastime for the spare moments)
    r"|(?:要|得|忙着?|加班|上班|开店|带娃|干活)[^,，。!！?？]{0,6}没(?:有)?(?:时间|空)"
    r"(?=\s*(?:$|[,，。!！~…]|(?:搞|弄|玩|培养)))"
    r"|\b(?:doesn'?t|don'?t|does not|do not) leave (?:me )?(?:much|any) (?:free |spare )?time\b"
    r"|\b(?:no|not much|little|zero) (?:free|spare) time\b"
    # free time denied: "free time is a myth", "what free time lol", "spare time? what's that",
    # "I have no time" at the end (not "no time for people who…")
    r"|\b(?:free|spare) time(?:'s| is)? (?:a myth|a joke|a luxury|a distant memory|a thing of the"
    r" past|non-?existent)\b|\bwhat (?:free|spare) time\b(?! (?:i|we) (?:get|have)\b)"
    r"|\b(?:free|spare) time\s*\?+\s*(?:what'?s that|never heard of it|ha+|lol)\b"
    r"|\b(?:i|we) (?:have|got|get) no time\s*(?:$|[,.!…]|lol\b|haha\b)"
    # a day of work and sleep only: "I just work and sleep", "work, kids, sleep, repeat"
    # ("I work and I sleep", "上班睡觉，没别的", "除了上班就是睡觉")
    r"|\bwork(?:ing)?(?:\s*,\s*[a-z]+){0,2}\s*(?:,|\band\b|&)\s*(?:i\s+)?(?:sleep|sleeping|chill"
    r"|chilling|rest)\b"
    r"|(?:^|[,，。\s])(?:除了|就是|每天|天天)?(?:上班|工作|干活)(?:就是|然后|和|、|[,，\s])*(?:吃饭(?:和|、|[,，\s])*)?"
    r"睡觉(?=$|[,，。.!！~…])"
    # ... or of getting in, eating and sleeping: "I get in, I eat, I sleep"
    r"|\b(?:get (?:in|home)|come home)\s*,?\s*(?:(?:i|and)\s+)?eat\s*,?\s*(?:(?:i|and)\s+)*sleep\b"
    # home from work and straight to bed: "回家倒头就睡", "下了班就只想困觉" (Hunan "困觉" is sleep)
    r"|(?:回家|回来|到家|下了?班|收工)(?:了|后|以后)?[,，\s]*(?:就|也)?(?:倒头就|只想|就想|光想)"
    r"(?:睡|困觉|躺)"
    # sleep as all there is: "I only sleep", "all I do is sleep" (not "I only sleep on Sundays")
    r"|\b(?:i|we) (?:only|just) sleep\b(?!\s+(?:on|in|at|till|until|when|after|before)\b)"
    r"|\ball (?:i|we) (?:do|get to do) is (?:work and )?sleep\b"
    # hobbies denied or laughed off: "hobbies, what hobbies", "Hobbies? With three kids?",
    # "hobbies? you're having a laugh"; "there's no time" closing a clause
    r"|\bwhat hobbies\b|\bhobbies\s*\?+\s*(?:with|wi|wae)\b[^?.!]{1,40}\?"
    # ... with the reason in the same breath: "Hobbies, on placement with 12 hour shifts?"
    r"|\bhobbies\s*,\s*(?:with|on|working|doing)\b[^?.!]{1,40}\?"
    # "谈什么爱好", northwestern "谈撒爱好" (what hobbies to speak of), asked back
    r"|谈(?:什么|啥|撒|甚么?)(?:爱好|兴趣)"
    # too old or too plain for any, asked back: "我都七十五了，还有啥爱好", "种地的能有什么兴趣"
    r"|(?<![你您])(?:还|能)有(?:什么|啥子?)(?:爱好|兴趣)(?![^,，。]{0,4}(?:要问|想|没了|就没))"
    # "Hobbies? What are those", "hobby? what's that lol"
    r"|\bhobb(?:y|ies)\s*\?+\s*what(?:'s| is| are| r) (?:that|those|they)\b"
    r"|\bhobbies\b[^.!]{0,60}?\b(?:you'?re (?:having a laugh|joking|kidding)"
    r"|you (?:must|have got to|gotta) be (?:joking|kidding))\b"
    r"|\bthere(?:'s| is) no time\s*(?:$|[,.!…])"
    # time taken up by the children or the job: "my kids take up all my free time", "work eats up
    # most of my time" (not "football takes up all my free time": an interest, read first)
    r"|\b(?:kids|children|twins|triplets|baby|babies|toddlers?|boys|girls|family|work|job|jobs"
    r"|shifts|studies|uni|college|business|commute|chores|housework|caring|overtime|farm|station"
    r"|shop|animals|stock|livestock)\b[^.!?,]{0,20}?"
    r"\b(?:take|takes|taking|took|eat|eats|eating|ate|swallow|swallows)(?:\s+up)?\s+(?:all|most"
    r"|every (?:bit|minute|second))\s+(?:of\s+)?(?:my|our)\s+(?:free\s+|spare\s+)?time\b"
    # "too busy for hobbies", "work is my hobby lol", "没时间搞爱好", "工作就是我的爱好"
    r"|\btoo busy (?:for|to have|to do) (?:hobbies|a hobby|any hobbies|anything|fun|that)\b"
    r"|\b(?:work|my job|my work|the job|the kids|my kids|parenting|the farm|the shop)(?:'s| is)"
    r" (?:my|me) (?:only |main )?hobb(?:y|ies)\b"
    r"|没(?:有)?(?:时间|空|工夫|功夫|精力|心思|力气)(?:去)?(?:搞|弄|玩|培养|发展)?(?:什么|啥)?(?:爱好|兴趣)"
    r"|(?:工作|上班|赚钱|挣钱|带娃|带孩子|加班|干活)(?:就)?是(?:我的)?(?:唯一的)?(?:爱好|兴趣)"
    r"|(?:时间|空闲|业余时间)(?:全|都)(?:被|给)[^,，。]{1,6}(?:占|耗|花)|占(?:了|满了)(?:我)?(?:所有|全部)的?"
    r"(?:时间|空闲)"
    # nothing possible for now: "最近啥都干不了，医生让多躺着" (not "网卡得啥都干不了")
    r"|(?:最近|现在|这阵子|这段时间|这几个月)(?:我)?(?:啥|什么)都(?:干|做|玩)不了"
    # no hobbies to speak of, softened: "don't really have hobbies", "haven't really got any
    # hobbies", "no real hobbies" (a pastime named beside it is read first)
    r"|\b(?:don'?t|do not|dont) (?:really |actually |honestly )?have (?:any |many |much in the way"
    r" of )?hobbies\b|\b(?:haven'?t|have not|not) (?:really |actually )?got (?:any |many )?"
    r"hobbies\b"
    r"|\bno (?:real|proper) hobbies\b"
    # ... or few of them: "not a lot of hobbies", "not many hobbies really", "hardly any hobbies"
    r"|\bnot (?:a lot of|many|much in the way of|loads of) (?:hobbies|interests)\b"
    r"|\b(?:hardly any|barely any|very few) (?:hobbies|interests)\b"
    r"|没(?:几个|几样|多少)(?:爱好|兴趣)"
    # long working weeks: "I work 60 hours a week", "work crazy hours", "six days a week", "一周上
    # 六天班", "每天上班十几个小时" (not "I work from home", nor the hours of a pastime)
    r"|\b(?:i|we) (?:work|do)(?: like| about| around| over)? (?:\d{2}|sixty|seventy|eighty)\+?"
    r"(?:-| )?(?:hours?|hrs?|hr)(?: a| per| every)? week\b"
    r"|\b(?:i|we) work (?:crazy|silly|mad|stupid|insane|long|ridiculous|all the|all) hours\b"
    r"|\b(?:i|we) work (?:six|seven|6|7) days a week\b"
    r"|(?:一周|一个星期|每周|每个星期)(?:要|得)?(?:上|干|工作)(?:六|七|6|7)天(?:班)?"
    r"|(?:每天|天天|一天)(?:要|得)?(?:上班|工作|干活)(?:十几|十[一二三四五六]|1[0-6])个?(?:小时|钟头)"
    # hobbies left to those with time or means: "hobbies are for people with time lol", "hobbies
    # are a luxury", "who has time for hobbies", "爱好那是有钱有闲的人的事", "有闲的人才搞爱好"
    r"|\bhobbies (?:are|r) (?:a luxury|for (?:the )?(?:people|those|folks?|anyone|ones|rich"
    r"|retired|retirees|idle|well-off|young)(?: (?:people|folks?|ones))?(?: (?:with|who have"
    r"|who'?ve got|who got) (?:the |free |spare |more |enough |a lot of |lots of )?(?:time|money"
    r"|cash|energy))?)\b"
    r"|\bwho(?:'s| has| have|'s got| got) (?:the |any )?(?:free |spare )?time for (?:hobbies"
    r"|a hobby|fun)\b"
    r"|(?:爱好|兴趣)[^,，。]{0,4}?(?:是|属于)[^,，。]{0,2}?(?:有钱(?:有闲)?|有闲|闲|富|退休)(?:的|工夫的)?人"
    r"|有(?:钱)?(?:有)?闲(?:工夫)?的?人才(?:有|搞|玩|弄|谈)"
    r"|" + _WORN_OUT
)
# Said as a question, they still answer ("what free time?", "does sleeping count?", "what
# hobbies?", "Hobbies? With two jobs?").
RHETORICAL = (
    r"\bwhat (?:free|spare) time\b|\b(?:sleep|sleeping|napping|naps) counts?\b|\bwhat hobbies\b"
    r"|\bhobbies\s*\?+\s*(?:with|wi|wae)\b|\bwhat(?:'s| is| are| r) (?:those|they)\s*\?"
    r"|\bhobbies\s*,\s*(?:with|on|working|doing)\b|谈(?:什么|啥|撒|甚么?)(?:爱好|兴趣)"
    r"|(?:还|能)有(?:什么|啥子?)(?:爱好|兴趣)|(?:睡觉|睡懒觉|躺平|发呆)(?:也)?(?:算不算|算吗)"
    r"|" + _WORN_OUT
)
