"""Towns of the American West, of North America at large and of Australia that people name as
their home, merged into the gazetteer through `towns`; also Chinese cities whose names are
ordinary words too.

Answers name a suburb or a valley town of Oregon, Washington or California ("i live in tualatin",
"im in gresham", "we moved to hillsboro"), a regional city elsewhere in the US or Canada
("Tulsa", "Thunder Bay") or an Australian regional town ("just me and the missus in Toowoomba",
"Fremantle"). Unknown to the gazetteer, such a name was read only when capitalised or when the
city was asked. Same line format as the gazetteer: `Canonical English | Chinese names | other
English spellings`.

Names that are first names, surnames or words too ("Eugene", "Reno", "Mesa", "Columbus",
"Providence", "Springfield") are in `WEST_AU_WEAK`: read only when the city is asked or after
"in/在". So are the Chinese cities whose names are words: "白银" (silver), "哈密" (of
哈密瓜), "三明" (of 三明治); `namesakes` keeps the melon and the sandwich from being read as
the town.
"""

from __future__ import annotations

WEST_AU = """
Portland | 波特兰 |
Salem | 塞勒姆 |
Eugene | 尤金 |
Gresham | |
Hillsboro | |
Beaverton | 比弗顿 |
Corvallis | 科瓦利斯 |
Tualatin | |
Tigard | |
Lake Oswego | |
Oregon City | |
Keizer | |
Grants Pass | |
Klamath Falls | |
Roseburg | |
McMinnville | |
Newberg | |
Wilsonville | |
Milwaukie | |
Astoria | |
Hood River | |
Coos Bay | |
Ashland | |
Redmond | |
Springfield | |
Albany | 奥尔巴尼 |
Bellingham | |
Olympia | |
Everett | |
Yakima | |
Kennewick | |
Renton | |
Puyallup | |
Bellevue | |
Wenatchee | |
Walla Walla | |
Bremerton | |
Issaquah | |
Lynnwood | |
Sacramento | 萨克拉门托 |
Stockton | 斯托克顿 |
Fresno | 弗雷斯诺 |
San Jose | 圣何塞 | san josé
Oakland | |
Bakersfield | |
Modesto | |
Santa Rosa | |
Elk Grove | |
Roseville | |
Chula Vista | |
Fremont | |
San Bernardino | |
Moreno Valley | |
Glendale | |
Santa Clarita | |
Oxnard | |
Rancho Cucamonga | |
Escondido | |
Carlsbad | |
Temecula | |
Murrieta | |
Pomona | |
Pasadena | 帕萨迪纳 |
Sunnyvale | |
Salinas | |
Palmdale | |
Visalia | |
Vallejo | |
Berkeley | 伯克利 |
Santa Clara | |
Simi Valley | |
El Cajon | |
Inglewood | |
Burbank | |
Costa Mesa | |
Vacaville | |
Redding | |
Chico | |
San Mateo | |
Santa Barbara | 圣塔芭芭拉 |
Santa Monica | 圣莫尼卡 |
Santa Cruz | 圣克鲁斯 |
Palo Alto | 帕罗奥图 |
Cupertino | 库比蒂诺 |
Walnut Creek | |
Petaluma | |
Merced | |
Turlock | |
Lodi | |
Manteca | |
Folsom | |
Yuba City | |
Monterey | |
San Luis Obispo | |
Livermore | |
Pleasanton | |
San Rafael | |
Reno | 里诺 |
Carson City | |
Las Cruces | |
Albuquerque | 阿尔伯克基 |
Santa Fe | 圣达菲 |
Flagstaff | |
Mesa | |
Provo | |
Nampa | |
Idaho Falls | |
Pocatello | |
Missoula | |
Bozeman | |
Columbus | 哥伦布 |
Tulsa | 塔尔萨 |
Providence | |
Tampa | 坦帕 |
Pittsburgh | 匹兹堡 |
Wichita | |
Duluth | |
Baltimore | 巴尔的摩 |
New Orleans | 新奥尔良 | nola
Baton Rouge | |
Topeka | |
Fort Wayne | |
Cedar Rapids | |
Shreveport | |
San Antonio | 圣安东尼奥 |
Cincinnati | 辛辛那提 |
Ann Arbor | |
Indianapolis | 印第安纳波利斯 |
Nashville | 纳什维尔 |
Memphis | 孟菲斯 |
Louisville | |
Jacksonville | |
Tallahassee | |
Syracuse | |
Hartford | |
Grand Rapids | |
Sioux Falls | |
Fort Collins | |
Thunder Bay | |
Mississauga | 密西沙加 |
Guelph | |
Lethbridge | |
Moose Jaw | |
Whitehorse | |
Iqaluit | |
Kamloops | |
Nanaimo | |
Brampton | |
Oshawa | |
Sudbury | |
Fremantle | 弗里曼特尔 | freo
Dubbo | 达博 |
Mandurah | |
Bunbury | |
Geraldton | |
Kalgoorlie | |
Broome | |
Busselton | |
Rockingham | |
Joondalup | |
Karratha | |
Port Hedland | |
Mount Isa | | mt isa
Bundaberg | |
Hervey Bay | |
Gympie | |
Noosa | |
Sunshine Coast | |
Alice Springs | 爱丽斯泉 |
Tamworth | |
Bathurst | |
Albury | |
Wodonga | |
Goulburn | |
Queanbeyan | |
Port Macquarie | |
Coffs Harbour | | coffs harbor
Lismore | |
Gosford | |
Maitland | |
Warrnambool | |
Traralgon | |
Mount Gambier | | mt gambier
Whyalla | |
Devonport | |
Baiyin | 白银 |
Hami | 哈密 |
Sanming | 三明 |
"""

# First names, surnames and words too: "Eugene here", "Reno 911", "a mesa", "the Simpsons'
# Springfield", "divine providence", "a little flagstaff", "Monterey Jack", "Berkeley's my
# surname"; and the Chinese words.
WEST_AU_WEAK = frozenset(
    "eugene gresham salem springfield redmond olympia everett stockton redding chico reno mesa"
    " flagstaff columbus providence albany monterey berkeley fremont ashland astoria"
    " 白银 哈密 三明".split()
)
