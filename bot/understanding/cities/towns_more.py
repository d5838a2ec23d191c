"""More towns people name as their home, merged into the gazetteer through `towns`.

Answers name a suburb city of a large American metro ("Yonkers", "Garden Grove", "Round Rock"),
a Texas town ("live in Amarillo", "out in Lubbock") or a smaller city of Xinjiang ("昌吉，带着俩娃
住", "奎屯"), or a town of Alberta, northern British Columbia or west Wales ("my place in red deer",
"retired to Tenby"). Unknown to the gazetteer, such a name was read raw ("昌吉") or only
in the plainest frames. Same line format as the gazetteer: `Canonical English | Chinese names |
other English spellings`. Names that are words or surnames too ("Midland", "Frisco", "Irvine")
are left out.
"""

from __future__ import annotations

MORE_TOWNS = """
Yonkers | 扬克斯 |
Garden Grove | 加登格罗夫 |
Round Rock | 朗德罗克 |
Amarillo | 阿马里洛 |
Lubbock | 拉伯克 |
El Paso | 埃尔帕索 |
Corpus Christi | 科珀斯克里斯蒂 |
Laredo | 拉雷多 |
Anaheim | 阿纳海姆 |
Santa Ana | |
Long Beach | |
Huntington Beach | 亨廷顿海滩 |
Changji | 昌吉 |
Kuitun | 奎屯 |
Red Deer | 红鹿市 |
Medicine Hat | 梅迪辛哈特 |
Grande Prairie | 大草原城 |
Fort McMurray | 麦克默里堡 |
Prince George | 乔治王子城 |
Tenby | 滕比 |
Haverfordwest | 哈弗福德韦斯特 |
Brecon | 布雷肯 |
"""
