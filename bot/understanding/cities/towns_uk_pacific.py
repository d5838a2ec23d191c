"""Towns of Britain, New Zealand and the Pacific that people name as their home, merged into the
gazetteer through `towns`.

Answers name a regional town of England or Wales ("first year at uni in Aberystwyth", "me and the
wife are in Sunderland"), a New Zealand city ("up the road in Whanganui") or a Pacific capital
("Talofa! Apia"). Unknown to the gazetteer, such a name was read only when the city was asked, and
then only in the plainest frames. Same line format as the gazetteer: `Canonical English |
Chinese names | other English spellings`.

Towns whose names are first names, surnames or ordinary words too ("Preston", "Lincoln", "Nelson",
"Hull", "Derby") are left out: "Lincoln, if that helps" answers the name question. Short forms
that are words too ("aber", "boro") are in `UK_PACIFIC_WEAK`: read only when the city is asked or
after "in/在".
"""

from __future__ import annotations

UK_PACIFIC = """
Whanganui | 旺格努伊 | wanganui
Palmerston North | 北帕默斯顿 | palmy
Rotorua | 罗托鲁瓦 |
Tauranga | 陶朗加 |
Whangarei | 旺格雷 |
Gisborne | 吉斯伯恩 |
New Plymouth | 新普利茅斯 | new plymouth
Invercargill | 因弗卡吉尔 |
Apia | 阿皮亚 |
Suva | 苏瓦 |
Lautoka | 劳托卡 |
Nuku'alofa | 努库阿洛法 | nukualofa, nuku alofa
Port Moresby | 莫尔兹比港 | port moresby
Port Vila | 维拉港 | port vila
Honiara | 霍尼亚拉 |
Papeete | 帕皮提 |
Noumea | 努美阿 | nouméa
Hilo | 希洛 |
Polokwane | 波罗克瓦尼 |
Aberystwyth | 阿伯里斯特威斯 | aber
Bangor | 班戈 |
Wrexham | 雷克瑟姆 |
Carmarthen | | carmarthen
Llanelli | |
Llandudno | |
Caernarfon | |
Sunderland | 桑德兰 |
Middlesbrough | 米德尔斯堡 | boro
Darlington | 达灵顿 |
Gateshead | 盖茨黑德 |
Hartlepool | 哈特尔浦 |
Blackpool | 布莱克浦 |
Wigan | 维冈 |
Salford | 索尔福德 |
Stockport | 斯托克波特 |
Oldham | 奥尔德姆 |
Rochdale | 罗奇代尔 |
Huddersfield | 哈德斯菲尔德 |
Bradford | 布拉德福德 |
Wakefield | 韦克菲尔德 |
Doncaster | 唐卡斯特 |
Rotherham | 罗瑟勒姆 |
Barnsley | 巴恩斯利 |
Harrogate | 哈罗盖特 |
Exeter | 埃克塞特 |
Plymouth | 普利茅斯 |
Truro | 特鲁罗 |
Norwich | 诺里奇 |
Ipswich | 伊普斯维奇 |
Peterborough | 彼得伯勒 |
Coventry | 考文垂 |
Wolverhampton | 伍尔弗汉普顿 |
Swindon | 斯温顿 |
Luton | 卢顿 |
Milton Keynes | 米尔顿凯恩斯 | milton keynes
Northampton | 北安普顿 |
Gloucester | 格洛斯特 |
Cheltenham | 切尔滕纳姆 |
Portsmouth | 朴茨茅斯 |
Maidstone | 梅德斯通 |
Colchester | 科尔切斯特 |
Chelmsford | 切姆斯福德 |
Shrewsbury | 什鲁斯伯里 |
Kilmarnock | 基尔马诺克 |
Dumfries | 邓弗里斯 |
Falkirk | 福尔柯克 |
Motherwell | 马瑟韦尔 |
Lisburn | 利斯本 |
"""

# (short forms that are words too: "aber" the German "but", "boro" a borough, "palmy" weather,
# "wigan" a cloth)
UK_PACIFIC_WEAK = frozenset("aber boro palmy wigan".split())
