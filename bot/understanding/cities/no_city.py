"""Answers to the city question that name no city of the respondent's own.

A region ("东北那旮旯", "down south"), a kind of place ("a tiny village", "小县城") or a life with
no fixed home ("I move around a lot", "居无定所", "between places, crashing at a mate's") answers
the question without a city: the answer is vague and the question is asked again. These are read
only when no city was found ("crashing at a mate's in Leeds" gives Leeds). They live apart from
`vague` because only the city question reads them, and because the no-home phrases also keep the
unknown-place reader (`word_slots`) from taking "居无定所" for the name of a town.
"""

from __future__ import annotations

import re

from bot.understanding.cities import near_places, regions_named, unnamed_spots, unsettled_places

# A province or autonomous region of China, with what may follow it alone ("湖南咯", "在江西这边"):
# the answer as a whole, so that "湖南长沙" or "湖南宁乡" still give their city.
PROVINCE = (
    r"(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州"
    r"|云南|陕西|甘肃|青海|台湾|内蒙古?|广西|西藏|宁夏|新疆)(?:省|自治区)?"
    r"(?:这边|那边|这块|那块|一带|咯|嘛|哦|喽|噻|啊|呀|啦|的|嘞|咧|哈|噢|呢|吧|啰|嘅|喔)*"
)
_PROVINCE_ONLY = re.compile(PROVINCE)


def province_only(text: str) -> bool:
    """`text` is the name of a Chinese province and nothing more ("湖南咯", "广东那边")."""
    return _PROVINCE_ONLY.fullmatch(text) is not None


# A region or a kind of place: "东北那旮旯", "somewhere in the Midlands", "乡下".
_REGION = re.compile(
    r"东北|西北|西南|华北|华南|华东|华中|江浙沪?|珠三角|长三角|南方|北方|沿海|内地|乡下|农村|山区|山沟"
    # a part of a province: "闽南啦，靠海边", "苏北那边", "潮汕地区"
    r"|闽南|闽北|闽东|闽西|苏北|苏南|皖南|皖北|粤西|粤东|粤北|潮汕|胶东|陕北|陕南|赣南|浙南|豫南|鲁西南"
    r"|\b(?:somewhere|someplace) (?:in|near|around|outside|up|down|out)\b|\bthe (?:east |west )?"
    r"midlands\b|\bup north\b|\bdown south\b|\bout west\b|\bback east\b|\bthe midwest\b"
    r"|\bthe (?:east|west) coast\b|\bnew england\b|\bthe (?:countryside|suburbs|sticks)\b"
    # the land, not a town: "out in the country, farm's 40 min from town" (not "the best in the
    # country")
    r"|\bout in the country\b|\b(?:live|living|we'?re|i'?m|we are|i am) in the country\b(?!\s+of)"
    r"|\b(?:the )?(?:north|south|east|west)(?:east|west)? of (?:england|scotland|ireland|wales"
    r"|the country|the state|china|the us|the uk)\b"
    # a kind of place, unnamed: "small town, you wouldn't have heard of it", "a tiny village"
    r"|\b(?:small|little|tiny|wee)\s+(?:town|village|place|city)\b(?!\s+(?:called|named))"
    r"|小(?:县城|镇|地方)"
    # the country or a part of a state, no town in it: "rural Oregon", "upstate NY", "a big city"
    r"|\b(?:rural|upstate|downstate|countryside)\b"
    r"|\b(?:big|large|major|huge)\s+city\b(?!\s+(?:called|named))"
    # far from any town: "middle of nowhere, no city for miles", "out in the bush", "穷乡僻壤"
    r"|\b(?:the )?middle of nowhere\b|\bno (?:city|town|towns|cities) for miles\b"
    r"|\b(?:out (?:in )?the bush|out bush|the back of beyond)\b|穷乡僻壤|荒郊野[外岭]"
    # on a farm, the town some way off: "out on a farm, nearest town is about 40 mins away",
    # "住在农场上"
    r"|\bon (?:a|the|our|my) (?:farm|ranch|cattle station|sheep station|homestead)\b"
    r"|\bnearest (?:town|city)(?:'s| is)\b|(?:住在?|在)(?:农场|牧场)"
    # the land around, not a town: "up the valleys", "up the holler past the church", "乡里头"
    r"|\b(?:up|down|out|over|across)\s+(?:in\s+)?the\s+(?:valleys?|holler|hollow|glens?|dales?"
    r"|hills?|mountains?|creek|bayou|fells?|moors?)\b|乡里头|在乡里(?![乡亲])"
    # living up a mountain or in a village, hours from the county town: "我们住在山上放羊", "住村
    # 里", "到县城都要两个小时", "离镇上很远" (not "在眉山上班": a city's name ends in 山)
    r"|住(?:在)?(?:山上|山里|山头|山脚|山沟|村里|村上|牧区|草原上|林场)"
    # by the water, no town named: "住江边", "住在海边" (not "住海口", "住在江门")
    r"|住(?:在)?(?:江边|海边|河边|湖边|江畔|海岸边|岛上)"
    # ... or from the city: "离市区还蛮远", "离市里四十多里地"
    r"|(?:到|去|离|进)(?:最近的)?(?:县城|镇上|镇里|城里|市里|市区)(?:都|还|也)?"
    r"(?:要|得|有|很|挺|老|蛮|太|远|[一二三四五六七八九十两几\d])"
    # a part of a country with no town in it: "up the North Island somewhere", "out in the
    # Outback", "the Highlands"; a place left open after a direction: "down the coast somewhere"
    r"|\bthe (?:north|south) island\b|\bthe (?:outback|top end|highlands|west country|wheatbelt"
    r"|lake district|home counties|bay area)\b"
    r"|\b(?:up|down|out|over|around)\s+[^,.;!?]{1,30}?\bsomewhere\b"
    # living away from home, no town named: "平时在外头", "我在外地打工" (not "平时在外面吃")
    r"|(?:^|[,，。;；\s]|我|俺|额)(?:们)?(?:平时|平常|平日|一般|常年|长年|现在|目前|一直|人)?(?:都|也|还)?"
    r"在外(?:头|面|边|地)(?:打工|工作|上班|住|生活|漂着?|闯荡?)?(?:呢|啊|吧|嘛|哦|呀|了)*"
    r"(?=$|[,，。.!！~…])"
    # a province or region of China ("湖南咯", "我在江西"): a city is asked for, not a province
    r"|(?:^|[^\u4e00-\u9fff]|[在是])" + PROVINCE + r"(?:[^\u4e00-\u9fff]|$)"
)

# No one home to give: moving around ("I move around a lot", "到处跑", "四处漂着", "今年在这明年在
# 那"), no fixed address ("no fixed abode", "居无定所", "四海为家"), or between homes for now, on
# somebody else's sofa ("between places", "sofa surfing", "crashing at a mate's till my lease
# starts", "刚退租，暂时住朋友家", "借住在亲戚家", "还没安顿下来").
_NO_FIXED_HOME = re.compile(
    r"\bmove around\b|\bmoving around\b|\bno fixed (?:base|address|abode|home)\b"
    r"|\bof no fixed\b|\bliving out of a (?:van|suitcase)\b|居无定所|没有固定|四海为家"
    # nowhere settled, life on the road: "nowhere fixed", "I live out of hotels", "always on the
    # move", "常年住酒店" ("Leeds, though I live out of hotels half the week" names Leeds first)
    r"|\bnowhere (?:fixed|in particular|permanent|settled)\b|\b(?:always|constantly|forever)"
    r" on the (?:move|road)\b|\bliv(?:e|es|ing) (?:out of|in) (?:a |my )?(?:hotels?|motels?"
    r"|suitcases?|hotel rooms|a suitcase|bags?|van|car|caravan|backpack|truck|rig|lorry|camper"
    r"|campervan|rv|motorhome|boat)\b"
    # a vehicle called home: "the truck's my home lol", "home is my rig", "my van is my house"
    r"|\b(?:the|my|our) (?:truck|rig|lorry|cab|van|camper|campervan|caravan|rv|motorhome|boat"
    r"|car)(?:'s| is) (?:my|our) (?:home|house)\b|\bhome(?:'s| is) (?:the|my|our) (?:truck|rig"
    r"|lorry|cab|van|camper|campervan|caravan|rv|motorhome|boat|car)\b"
    r"|(?:常年|一直|长期|基本|天天|整天)(?:都)?住(?:在)?(?:酒店|宾馆|旅馆)"
    # living at the workplace: "基本住公司了", "I practically live at the office"
    r"|(?:常年|一直|长期|基本|天天|整天)(?:上)?(?:都)?住(?:在)?(?:公司|单位|办公室|厂里|工地)(?!附近|旁边|边上)"
    r"|\b(?:basically|practically|pretty much|more or less|virtually) liv(?:e|ing) (?:at|in)"
    r" (?:the |my )?(?:office|work|lab|workshop)\b"
    r"|(?:到处|四处|各地|满世界)(?:跑|漂|飘|流浪|打工|走|租房?|搬家?)"
    # drifting where the work is: "毕业后一直在漂", "哪儿有活去哪儿"
    r"|(?:一直|常年|还|到现在)(?:都)?在(?:外面|外头)?(?:漂|飘)(?:着|泊)?"
    r"|哪(?:儿|里)?有(?:活|工作|活儿|工)(?:就)?(?:去|到|在)哪"
    # between two homes: "带着娃两边跑", "住哪我自己都说不清"
    r"|(?:两边|两头|两地|来回)(?:跑|住|奔波)|住(?:在)?哪[^,，。]{0,6}说不(?:清|好|准)"
    r"|在这[儿里边]?[,，]?(?:明年|下个?月|明天|过阵子|过两年)(?:又)?在那"
    r"|\b(?:in )?between (?:places|homes|houses|flats|apartments|addresses|leases)\b"
    r"|\b(?:sofa|couch)[- ]?surf(?:ing|er)?\b|\bhomeless\b"
    r"|\bno (?:permanent|fixed) (?:place|address)\b"
    # wherever work takes them: "I'm wherever the next meeting is", "split between offices"
    r"|\b(?:i'?m|i am|we'?re|we are)\s+wherever\b|\bhome(?:'s| is)\s+wherever\b"
    r"|\bsplit between (?:offices|sites|cities|places)\b"
    r"|\b(?:crashing|kipping|dossing|sleeping) (?:at|with|on|in) (?:a |my |some |his |her )?"
    r"(?:mates?|friends?|pal|buddy|cousins?|brothers?|sisters?|aunt|uncle|relatives?|parents?"
    r"|mum|mom|dad|family|someone|somebody|sofa|couch|floor)"
    # ("常年在外头跑，没固定住哪", "住的地方不固定", "all over the place")
    r"|(?:常年|长年|一年到头|成年|整年)(?:都)?在外(?:头|面|边)?(?:跑|漂|飘|奔波)"
    r"|(?:没|没有|不)固定住(?:哪|在哪|哪儿|的地方|处)|住(?:的地方|处|哪)(?:也|都)?不固定"
    r"|\b(?:i'?m|i am|we'?re|we are|live|living)\s+all over the (?:place|map|country|shop)\b"
    r"|(?:没(?:有|个)?(?:固定|准)(?:的)?(?:住处|住所|住址|地方|地儿|落脚)|借住|蹭住|(?:刚|已经)?退(?:了)?租"
    # on the road for a living: "在外面跑车", "跑长途的", "一年到头都在路上"
    r"|在外(?:地|面|头|边)?跑(?:车|运输|长途)|跑长途|(?:一年到头|常年|长年|成天|整天|天天)(?:都)?在路上"
    r"|还没(?:有)?(?:安顿|落脚|定下来)"
    # where to settle still open: "以后在哪个城市落脚还没定", "在哪定居还不确定"
    r"|(?:落脚|定居|安家|扎根)(?:的地方)?(?:还|都|暂时)?(?:没|未)(?:定|想好|确定)"
    r"|(?:落脚|定居|安家|扎根)(?:还|都|暂时)?不(?:确定|知道|好说)"
    # ("我们还没定在哪安家")
    r"|(?:没|未)(?:定|想好|确定)(?:在)?(?:哪|哪儿|哪里)(?:落脚|定居|安家|扎根)"
    r"|(?:暂时|临时|先)(?:住|睡)(?:在)?(?:朋友|亲戚|同学|同事|哥们|闺蜜|兄弟|姐妹)[^,，。]{0,2}(?:家|那))"
)


# The whole answer only a country ("在中国", "美国", "in the UK", "Canada") or a kind of place with
# no name ("村里", "镇上", "大城市", "省会", "本地", "老家", "city centre") or everywhere ("天涯
# 海角", "五湖四海"): a city is asked for.
# (Not "Georgia" or "Jordan": also the names of a state, a town or a person.)
_COUNTRY_OR_KIND = re.compile(
    r"(?:我|俺|咱)?(?:们|家)?(?:现在|目前|一直|就|人)?(?:住|生活|待|呆)?(?:在)?(?:一个|个)?"
    r"(?:中国|美国|英国|法国|德国|日本|韩国|加拿大|澳大利亚|澳洲|新西兰|马来西亚|泰国|印度|俄罗斯"
    r"|意大利|西班牙|爱尔兰|国内|国外|海外|大城市|小城市|城市里|县城(?:里头?)?|县里|城里|市里|市区|郊区|城郊"
    r"|省会|村里头?|村上|村子里|镇上|镇里|乡镇|山里头?|山上|本地|外地|老家|江边|海边|河边|湖边"
    # everywhere or the ends of the earth, no town's name
    r"|天涯海角|海角天涯|五湖四海|天南地北|天南海北)"
    r"(?:这边|那边|这块|呢|啊|吧|呀|啦|哈|嘛|咯|噢|哦|的|[,，.。!！~]|\s)*"
    r"|(?:(?:i'?m|i am|we'?re|we are|i live|we live|living|live|based|i'?m based|currently)\s+)?"
    r"(?:(?:in|over in|out in|from)\s+)?(?:the\s+)?"
    r"(?:(?<=the )(?:us|u\.s\.|states)|usa|u\.s\.a\.|uk|u\.k\.|united states|united kingdom"
    r"|england|scotland|wales|ireland|northern ireland|britain|great britain|canada|australia"
    r"|new zealand|china|india|america|germany|france|japan|south africa|nigeria|kenya|ghana"
    r"|philippines|malaysia|pakistan|bangladesh|botswana|zimbabwe|zambia|namibia|tanzania|uganda"
    r"|malawi|mozambique|lesotho|rwanda|ethiopia|city cent(?:re|er)|town cent(?:re|er)|downtown"
    r"|(?<=in )town|a village|the village)"
    r"(?:\s+(?:lol|haha|mate|now|atm|at the moment|for now|right now))*[.!~ ]*"
)


def names_no_city(low: str) -> bool:
    """Only a region, a kind of place or no fixed home, for the city question (read when no city
    was found)."""
    return (
        _REGION.search(low) is not None
        or _NO_FIXED_HOME.search(low) is not None
        or _COUNTRY_OR_KIND.fullmatch(low.strip()) is not None
        or regions_named.region_first(low)  # "Ontario, …", "up the North East"
        or unnamed_spots.no_town(low)  # "Selangor side lah", "just off the high street"
        or _unnamed_before_move(low)
        or unsettled_places.unsettled(low)  # "spendin' the summer at my sister's", "驻场在成都"
        or near_places.near_place_said(low)  # "a village near Leeds", "利兹附近的一个村"
    )


# A move still ahead ("过完年搬去成都", "明年要去上海", "moving to Leeds next month") beside where
# the respondent is now, named only as a kind of place ("现在在老家", "平时在外头"): vague.
_MOVE_AHEAD = re.compile(
    r"(?:过完年|过了年|年后|明年|下个?月|下周|开春|开年|毕业后?|等)[^,，。;；]{0,8}?(?:就|要|准备|打算)?"
    r"(?:搬|去|调|回|到)(?:去|到|回)?"
    r"|\b(?:moving|move|relocating|relocate|heading|off)\s+to\s+[a-z ]+\s+(?:next|in|after|once"
    r"|when)\b"
)
# The place the respondent is in now, named only as "this city" ("this city is killing me",
# "这破地方待够了"): beside a move ahead, no name of it.
_THIS_PLACE = re.compile(
    r"\bthis (?:city|town|place|dump|hole|village)\b|这(?:个|破)?(?:城市|地方|破地方|小城|鬼地方)"
)
_MOVE_CHEAP = ("年", "月", "周", "开春", "毕业", "等", "mov", "relocat", "heading", "off to")
_CLAUSE = re.compile(r"[^,，。;；.!！]+")


def _unnamed_before_move(low: str) -> bool:
    """A move ahead, and every other clause names only a kind of place."""
    if not any(w in low for w in _MOVE_CHEAP):
        return False
    clauses = [c.strip() for c in _CLAUSE.findall(low) if c.strip()]
    ahead = [c for c in clauses if _MOVE_AHEAD.search(c)]
    rest = [c for c in clauses if c not in ahead]
    return (
        bool(ahead) and bool(rest) and all(names_no_city(c) or _THIS_PLACE.search(c) for c in rest)
    )


def no_fixed_home(text: str) -> bool:
    """`text` says the respondent has no fixed home just now ("居无定所", "between places")."""
    return _NO_FIXED_HOME.search(text.lower()) is not None
