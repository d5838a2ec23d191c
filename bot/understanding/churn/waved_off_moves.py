"""A move waved off in Chinese: the option named, then "算了" / "拉倒" / "免了" (forget it).

Asked whether they will stay, people name switching and wave it off: "换运营商？我就算了吧", "换？
拉倒吧", "转网就算了，太麻烦", "换号？我还是算了" (they stay); or name renewing and wave that off:
"续约就算了", "再续一年？拉倒吧" (they leave). The wave-off needs the question mark or a "就" /
"还是" before it: "换电信算了" without either is "might as well switch to Telecom" (leaving), and
"到期就拉倒" ends the contract. A move denied first ("不换就算了", "不降就算了") is a condition, no
wave-off. "要换早换了" (if I meant to switch I would have long ago) stays too.

Carrying on as things are is staying: "就这样用着", "凑合用吧", "将就着用呗" (read when the
intention was asked).
"""

from __future__ import annotations

import re

# The option waved off, then the wave-off: after a question mark, or after "就" / "还是".
_WAVED = (
    r"[^\S\n]*(?:这个|这事|的话)?(?:"
    r"[?？]+[^\S\n]*(?:我|俺)?(?:看|想|觉得)?(?:就|还是|也)?"
    r"|(?:嘛|呢)?[,，\s]*(?:我|俺)?(?:看|想|觉得)?(?:就|还是))"
    r"(?:算了|拉倒|免了)"
)
# Switching named: "换", "换运营商", "转网", "换到联通", "走" (not after a denial: "不换").
_SWITCH = (
    r"(?<![不没别])(?<!不想)(?<!不要)(?:携号转网|转网|换|转|走|跑|撤|离开|退网|销户)(?:掉|走)?"
    r"(?:运营商|别家|一家|网络?|号|卡|到?(?:移动|联通|电信|广电|别家))?"
)
# Renewing named: "续约", "再续一年", "继续用".
_RENEW = (
    r"(?<![不没别])(?<!不想)(?<!不要)(?:再|继续)?(?:续约|续费|续签|续(?:[一两三]年)?|继续用|接着用"
    r"|留下来?)"
)

SWITCH_WAVED_OFF = re.compile(_SWITCH + _WAVED)
RENEW_WAVED_OFF = re.compile(_RENEW + _WAVED)
# "要换早换了", "要走早就走了": a switch that would have happened long ago.
LONG_SINCE_WOULD = re.compile(r"要(?P<verb>换|走|转网?)(?:的话)?(?:我|俺)?早(?:就)?(?P=verb)了")
# Carrying on as things are: "就这样用着", "凑合用吧", "将就着用呗".
AS_THINGS_ARE = re.compile(
    r"(?:这样|这么|凑合|将就)着?(?:继续)?用(?:[着者](?:吧|呗|呢|啦)?|(?:吧|呗|呢|啦))"
)
