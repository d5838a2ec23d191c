"""Districts and neighbourhoods that people give instead of their city.

Asked where they live, many answer with the part of town ("Shoreditch", "Brooklyn", "罗湖",
"光谷这边"); the conventions map a district to its city. The gazetteer merges these lines into its
table of city names. Each line is `Canonical city | Chinese names | English names`; a Chinese name
is also read with "区" after it ("武侯区"). Only districts that belong to one city are listed:
"鼓楼" (Nanjing, Fuzhou, Xuzhou…), "江北", "Richmond" or "Chelsea" are not (nor "大埔", "沙田",
"湾仔", towns in Guangdong too; in English "Tai Po", "Sha Tin" are Hong Kong's). Names that are also
ordinary words or brands ("Hollywood films", "a Manhattan", "银座商城") are in `WEAK_DISTRICTS`:
read only when the city is asked or after "in/在".
"""

from __future__ import annotations

from bot.understanding.cities.places_za import DISTRICTS_ZA, WEAK_ZA

DATA = """
London | 肖尔迪奇 卡姆登 | shoreditch, camden, hackney, brixton, islington, clapham, peckham
London | | hammersmith, notting hill, canary wharf, whitechapel, bethnal green, walthamstow
London | | lewisham, battersea, dalston, kensington, wimbledon, greenwich, croydon, ealing
London | | nine elms, seven sisters
New York | 布鲁克林 曼哈顿 皇后区 布朗克斯 哈莱姆 | brooklyn, manhattan, the bronx, bronx, harlem
New York | | staten island
Los Angeles | 好莱坞 | hollywood, silver lake
Tokyo | 新宿 涩谷 银座 秋叶原 六本木 池袋 | shinjuku, shibuya, ginza, akihabara, roppongi, ikebukuro
Paris | 蒙马特 | montmartre, le marais
Berlin | 克罗伊茨贝格 | kreuzberg, neukolln, neukölln, prenzlauer berg
Sydney | 邦迪 | bondi, parramatta, five dock
Shenzhen | 罗湖 龙华 前海 | futian, nanshan, luohu
Guangzhou | 越秀 海珠 珠江新城 | yuexiu, haizhu
Beijing | 海淀区 丰台 国贸 三里屯 五道口 | haidian, chaoyang district
Shanghai | 黄浦 长宁 杨浦 虹口 张江 五角场 | pudong, xuhui, jing'an, jingan
Chengdu | 武侯 锦江区 青羊 双流 | wuhou
Nanjing | 江宁 新街口 仙林 |
Wuhan | 光谷 | optics valley
Xi'an | 雁塔 曲江 碑林 |
Chongqing | 解放碑 渝北 沙坪坝 万州 九龙坡 |
Hangzhou | 拱墅 西湖区 |
Hong Kong | 九龙 荃湾 九龙湾 铜锣湾 尖沙咀 旺角 将军澳 深水埗 屯门 元朗 | sha tin, shatin, tai po
Hong Kong | | tsuen wan, kowloon bay, kowloon, mong kok, mongkok, causeway bay, tsim sha tsui
Hong Kong | | kwun tong, tuen mun, yuen long, tseung kwan o, sham shui po, wan chai, sai kung
Hong Kong | | tin shui wai, tung chung
Singapore | 淡滨尼 裕廊西 兀兰 宏茂桥 勿洛 义顺 榜鹅 盛港 大巴窑 | tampines, jurong west
Singapore | | jurong east
Singapore | | ang mo kio, bedok, yishun, punggol, sengkang, toa payoh, bukit batok, pasir ris
Singapore | | hougang, clementi, bishan, woodlands, bukit panjang, choa chu kang
""" + DISTRICTS_ZA.lstrip("\n")

# Districts that are ordinary words, films or brands too.
WEAK_DISTRICTS = frozenset(
    ("hollywood", "好莱坞", "manhattan", "曼哈顿", "greenwich", "wimbledon", "brooklyn", "银座")
    + ("woodlands", "clementi")
    # a wall, a river and a town in Fujian are 九龙 too; elms and sisters are counted
    + ("九龙", "nine elms", "seven sisters")
    + WEAK_ZA
)


def district_names() -> list[tuple[str, str]]:
    """Every (name, canonical city) pair, Chinese names also with "区" after them."""
    out: list[tuple[str, str]] = []
    for line in DATA.strip().splitlines():
        canonical, zh, en = (part.strip() for part in line.split("|"))
        for name in zh.split():
            out.append((name, canonical))
            if not name.endswith("区"):
                out.append((name + "区", canonical))
        out.extend((alias.strip(), canonical) for alias in en.split(",") if alias.strip())
    return out
