"""Chinese person words that say nothing of the respondent's household.

Kept apart from `kin_zh` and `adult_children` (which it extends) so that each stays small:

- a baby named bare in passing, with what it is doing right now, under another question
  ("嘘——宝宝睡着了", "宝宝把水打翻了"; but "我家宝宝又醒了", "宝宝刚满月", or any answer to the
  dependents question);
- the respondent calling themself a child ("我自己都还是个孩子"; but "我是孩子他妈");
- grandchildren raised by their own parents ("孙子是他爸妈养，我就帮着看看");
- a child word inside a name the respondent is called ("你就喊我满伢子");
- a grown son or daughter who advises on the service, gives instructions or buys the
  respondent's phone ("我儿子说用流量就够了", "娃们都说换光纤", "俺闺女交代过",
  "闺女给俺买了个新手机", "都是我儿子弄得"; but "我儿子说要玩游戏", "我给儿子买了手机");
- a partner word said of the respondent's children ("儿女都在外地成家了"), of two other people
  ("小张和小李在谈恋爱"; but "我和小李在谈恋爱"), or the respondent as "娃他妈" ("俺是俩娃他妈",
  or "孩子他妈" as the whole message).
"""

from __future__ import annotations

import re

from bot.understanding.family.adult_children import minor_named
from bot.understanding.people import clause_before

_BABY_BARE_BEFORE = re.compile(r"(?:^|[,，。!！~～\s—…-])(?:嘘+|哎呀?|诶|哎哟)?[—…-]*$")
_BABY_NOW_AFTER = re.compile(
    r"(?:又|刚|正|在|正在)*(?:睡着|醒|哭|闹|把[^,，。]{1,6}(?:打翻|弄洒|扔|摔|撕))"
)
_SELF_CHILD_BEFORE = re.compile(
    r"(?:自己|我|俺|人家)(?:自己)?(?:也|都|还|就)+(?:是|算)(?:个|一个)?$"
)
_GRANDCHILD = re.compile(r"(?:外)?孙[子女]")
_RAISED_BY_PARENTS_AFTER = re.compile(
    r"(?:是|都是|由)?(?:他|她|他们|她们)(?:的)?(?:爸妈|爸爸妈妈|父母|爹妈|爹娘)(?:在|自己)?(?:养|管|带大)"
)
_CALLED_BEFORE = re.compile(r"(?:喊|叫|称呼?)(?:我|俺)(?:做|作)?[\u4e00-\u9fff]{0,2}$")
_SON_DAUGHTER_ZH = re.compile(r"儿子|女儿|闺女|娃们|孩子们|儿女们?|子女们?")
# advice on the service, instructions, a phone bought, "弄得" typed for "弄的"
_ADULT_ACT_AFTER = re.compile(
    r"(?:都|也|一直|老)?(?:说|觉得|建议|让我|叫我)(?:要|我)?(?:用|装|换|办|开)(?:个|成)?"
    r"(?:流量|光纤|宽带|套餐|手机|卡)"
    r"|(?:都|也)?(?:交代|嘱咐|叮嘱|吩咐)"
    r"|(?:给|帮)(?:我|俺)(?:买|换|充)(?:了)?(?:个|部|台)?(?:新)?(?:手机|话费|流量)"
    r"|(?:给|帮)(?:我|俺)?(?:弄|办)得(?=$|[\s,，。!！])|(?:弄|办)得(?=$|[\s,，。!！])"
)
# a young one's reason for the service: "要玩游戏", "上网课"
_CHILD_REASON = re.compile(r"游戏|网课|作业|动画")


def not_dependent(low: str, start: int, end: int, asked: bool = False) -> bool:
    """The child word at `start`..`end` names no dependent of the respondent."""
    word = low[start:end]
    before = clause_before(low, start)
    if word == "宝宝" and not asked:
        if _BABY_BARE_BEFORE.search(low, 0, start) and _BABY_NOW_AFTER.match(low, end):
            return True
    if word in ("孩子", "小孩", "小孩子", "宝宝") and _SELF_CHILD_BEFORE.search(before):
        if not low.startswith(("他", "她", "的"), end):
            return True
    if _GRANDCHILD.fullmatch(word) and _RAISED_BY_PARENTS_AFTER.match(low, end):
        return True
    if word.endswith(("伢子", "伢崽", "崽")) and _CALLED_BEFORE.search(before):
        return True
    if word in ("娃", "孩子") and low.startswith("们", end):
        end += 1  # "娃们都说换光纤": the lexicon's word is "娃"
        word = low[start:end]
    if _SON_DAUGHTER_ZH.fullmatch(word):
        m = _ADULT_ACT_AFTER.match(low, end)
        if m and not minor_named(low, start) and not _CHILD_REASON.search(low, end):
            return True
    return False


_PARTNER_OF_CHILDREN = frozenset(
    ("成家了", "已经成家", "早成家了", "嫁人了", "嫁人", "结婚了", "结婚", "成家")
)
_CHILDREN_BEFORE = re.compile(r"儿女|子女|儿子|女儿|闺女|孩子|娃们|孙[子女]|侄|外甥")
_TWO_OTHERS_BEFORE = re.compile(
    r"(?<![我俺咱])(?:小|老|阿)?[\u4e00-\u9fff]{1,2}(?:和|跟|与)(?!我|俺|咱)(?:小|老|阿)?"
    r"[\u4e00-\u9fff]{1,2}(?:在|正在|已经|偷偷)*$"
)
_DATING = frozenset(("谈恋爱", "恋爱", "在谈", "处对象", "拍拖", "在拍拖"))
# People of a place in general: "我们这边结婚早", "农村人结婚都早", "老家那边的人"
_LOCAL_WAY_BEFORE = re.compile(
    r"(?<![在到回])(?:这边|这里|这儿|那边|那里|老家|农村|乡下|当地|村里)(?:的?人)?"
    r"(?:一般|普遍|都|大多)*$"
)
# A thing dated in jest: "跟bug谈恋爱", "和代码谈恋爱", "天天跟工作谈恋爱"
_THING_BEFORE = re.compile(
    r"(?:跟|和|与|同)\s*(?:bugs?|code|代码|程序|工作|电脑|游戏|手机|书本?|学习|论文|题目?|床|被窝|钱"
    r"|事业|键盘|空气|自己)\s*(?:在)?$"
)
_SELF_IS_BEFORE = re.compile(r"(?:我|俺)(?:就|也|都)?是(?:俩|两个|三个|一个|仨)?$")
# The kin word as the whole message is a label the respondent gives themself ("孩子他妈" to the
# gender question), not a partner named: nothing but a yes-word before it and particles after.
_LABEL_ONLY_BEFORE = re.compile(r"\s*(?:(?:嗯|对|是的?)[,，\s]*)?$")
_LABEL_ONLY_AFTER = re.compile(r"(?:一枚|一个)?(?:啊|呀|哈|嘛|呗|哦|~|～|。|!|！|\s)*$")


def not_partner(low: str, start: int, end: int) -> bool:
    """The partner word at `start`..`end` is said of other people, or of the respondent as a
    parent ("俺是俩娃他妈")."""
    word = low[start:end]
    before = clause_before(low, start)
    if word in _PARTNER_OF_CHILDREN and _CHILDREN_BEFORE.search(before):
        return True
    if word in _PARTNER_OF_CHILDREN and _LOCAL_WAY_BEFORE.search(before):
        return True  # "我们这边结婚早": the local custom, nobody's marriage
    if word in _DATING and _THING_BEFORE.search(before):
        return True  # "每天跟bug谈恋爱", "和工作谈恋爱": a joke, no partner
    if word in _DATING:
        m = _TWO_OTHERS_BEFORE.search(before)
        if m and not re.search(r"我|俺|咱", m.group()):
            return True
    return word.startswith(("娃他", "娃她", "孩子他", "孩子她", "孩他", "孩她")) and bool(
        _SELF_IS_BEFORE.search(before)
        or (_LABEL_ONLY_BEFORE.fullmatch(low, 0, start) and _LABEL_ONLY_AFTER.match(low, end))
    )
