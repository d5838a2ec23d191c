"""City names in Chinese and English, mapped to one canonical English name.

The data is plain text so that adding a city is a one-line change. Each line is
`Canonical English | Chinese names and nicknames | other English spellings`. Chinese cities cover
all provincial capitals and the larger prefecture-level cities, plus a few well-known districts
that people give instead of their city ("浦东", "海淀"). Names that are also ordinary words
("大同", "安康", "Reading") are listed in `WEAK` and are read only when the city is asked or the
text says "in/在/住在" right before them.
"""

from __future__ import annotations

from bot.understanding.cities.districts import WEAK_DISTRICTS, district_names
from bot.understanding.cities.towns import DATA as TOWNS
from bot.understanding.cities.towns import WEAK_TOWNS

_DATA = """
Beijing | 北京 帝都 北平 京城 海淀 中关村 望京 朝阳区 昌平 顺义 亦庄 | peking, bj
Shanghai | 上海 魔都 申城 沪上 浦东 浦西 徐汇 闵行 静安 陆家嘴 松江 嘉定 宝山 | sh
Tianjin | 天津 津门 滨海新区 |
Chongqing | 重庆 山城 雾都 渝中 |
Shijiazhuang | 石家庄 |
Taiyuan | 太原 |
Hohhot | 呼和浩特 呼市 |
Shenyang | 沈阳 |
Changchun | 长春 |
Harbin | 哈尔滨 冰城 |
Nanjing | 南京 金陵 |
Hangzhou | 杭州 杭城 余杭 萧山 滨江区 |
Hefei | 合肥 |
Fuzhou | 福州 榕城 |
Nanchang | 南昌 |
Jinan | 济南 泉城 |
Zhengzhou | 郑州 |
Wuhan | 武汉 江城 武昌 汉口 汉阳 |
Changsha | 长沙 星城 |
Guangzhou | 广州 羊城 花城 妖都 天河 番禺 | canton
Nanning | 南宁 邕城 |
Haikou | 海口 椰城 |
Chengdu | 成都 蓉城 |
Guiyang | 贵阳 |
Kunming | 昆明 春城 |
Lhasa | 拉萨 |
Xi'an | 西安 | xian, xi an
Lanzhou | 兰州 |
Xining | 西宁 |
Yinchuan | 银川 |
Urumqi | 乌鲁木齐 | urumchi
Hong Kong | 香港 | hongkong, hk
Macau | 澳门 | macao
Taipei | 台北 |
Kaohsiung | 高雄 |
Taichung | 台中 |
Shenzhen | 深圳 鹏城 南山区 福田 宝安 龙岗 | sz
Suzhou | 苏州 姑苏 宿州 |
Dongguan | 东莞 |
Foshan | 佛山 |
Ningbo | 宁波 |
Qingdao | 青岛 | tsingtao
Wuxi | 无锡 |
Xiamen | 厦门 鹭岛 | amoy
Dalian | 大连 |
Wenzhou | 温州 |
Quanzhou | 泉州 |
Yantai | 烟台 |
Changzhou | 常州 |
Nantong | 南通 |
Xuzhou | 徐州 |
Tangshan | 唐山 |
Weifang | 潍坊 |
Shaoxing | 绍兴 |
Jiaxing | 嘉兴 |
Taizhou | 台州 泰州 |
Jinhua | 金华 |
Yiwu | 义乌 |
Zhuhai | 珠海 |
Zhongshan | 中山 |
Huizhou | 惠州 |
Jiangmen | 江门 |
Shantou | 汕头 |
Zhanjiang | 湛江 |
Maoming | 茂名 |
Jieyang | 揭阳 |
Zhaoqing | 肇庆 |
Qingyuan | 清远 |
Shaoguan | 韶关 |
Meizhou | 梅州 |
Luoyang | 洛阳 |
Nanyang | 南阳 |
Xinxiang | 新乡 |
Shangqiu | 商丘 |
Zhoukou | 周口 |
Xinyang | 信阳 |
Kaifeng | 开封 |
Anyang | 安阳 |
Xuchang | 许昌 |
Pingdingshan | 平顶山 |
Zhumadian | 驻马店 |
Jiaozuo | 焦作 |
Xiangyang | 襄阳 |
Yichang | 宜昌 |
Jingzhou | 荆州 |
Shiyan | 十堰 |
Huanggang | 黄冈 |
Xiaogan | 孝感 |
Yueyang | 岳阳 |
Changde | 常德 |
Hengyang | 衡阳 |
Zhuzhou | 株洲 |
Xiangtan | 湘潭 |
Chenzhou | 郴州 |
Shaoyang | 邵阳 |
Huaihua | 怀化 |
Ganzhou | 赣州 |
Jiujiang | 九江 |
Shangrao | 上饶 |
Yichun | 宜春 |
Ji'an | 吉安 | jian
Wuhu | 芜湖 |
Bengbu | 蚌埠 |
Fuyang | 阜阳 |
Anqing | 安庆 |
Ma'anshan | 马鞍山 | maanshan
Huainan | 淮南 |
Lu'an | 六安 | luan
Chuzhou | 滁州 |
Zhangzhou | 漳州 |
Putian | 莆田 |
Longyan | 龙岩 |
Ningde | 宁德 |
Linyi | 临沂 |
Jining | 济宁 |
Zibo | 淄博 |
Heze | 菏泽 |
Liaocheng | 聊城 |
Dezhou | 德州 |
Tai'an | 泰安 | taian
Weihai | 威海 |
Rizhao | 日照 |
Zaozhuang | 枣庄 |
Binzhou | 滨州 |
Dongying | 东营 |
Baoding | 保定 |
Handan | 邯郸 |
Cangzhou | 沧州 |
Langfang | 廊坊 |
Xingtai | 邢台 |
Qinhuangdao | 秦皇岛 |
Zhangjiakou | 张家口 |
Chengde | 承德 |
Hengshui | 衡水 |
Datong | 大同 |
Yuncheng | 运城 |
Changzhi | 长治 |
Linfen | 临汾 |
Baotou | 包头 |
Ordos | 鄂尔多斯 |
Chifeng | 赤峰 |
Anshan | 鞍山 |
Fushun | 抚顺 |
Jinzhou | 锦州 |
Yingkou | 营口 |
Dandong | 丹东 |
Jilin | 吉林市 |
Daqing | 大庆 |
Qiqihar | 齐齐哈尔 |
Mudanjiang | 牡丹江 |
Yangzhou | 扬州 |
Yancheng | 盐城 |
Zhenjiang | 镇江 |
Huai'an | 淮安 | huaian
Lianyungang | 连云港 |
Suqian | 宿迁 |
Huzhou | 湖州 |
Lishui | 丽水 |
Quzhou | 衢州 |
Zhoushan | 舟山 |
Kunshan | 昆山 |
Mianyang | 绵阳 |
Deyang | 德阳 |
Yibin | 宜宾 |
Nanchong | 南充 |
Luzhou | 泸州 |
Dazhou | 达州 |
Leshan | 乐山 |
Zigong | 自贡 |
Panzhihua | 攀枝花 |
Zunyi | 遵义 |
Qujing | 曲靖 |
Dali | 大理 |
Lijiang | 丽江 |
Guilin | 桂林 |
Liuzhou | 柳州 |
Beihai | 北海 |
Yulin | 玉林 榆林 |
Sanya | 三亚 |
Baoji | 宝鸡 |
Xianyang | 咸阳 |
Yan'an | 延安 | yanan
Hanzhong | 汉中 |
Kashgar | 喀什 |
New York | 纽约 | new york city, nyc, ny, big apple
London | 伦敦 |
Paris | 巴黎 |
Tokyo | 东京 |
Osaka | 大阪 |
Kyoto | 京都 |
Seoul | 首尔 汉城 |
Singapore | 新加坡 |
Sydney | 悉尼 |
Melbourne | 墨尔本 | melbs
Brisbane | 布里斯班 | brissie, brizzy, brisvegas
Perth | 珀斯 |
Auckland | 奥克兰 |
Toronto | 多伦多 |
Vancouver | 温哥华 |
Montreal | 蒙特利尔 | montréal
Halifax | 哈利法克斯 |
Los Angeles | 洛杉矶 | la
San Francisco | 旧金山 三藩市 | sf
Seattle | 西雅图 |
Chicago | 芝加哥 | chi town, chitown, windy city
Boston | 波士顿 | beantown
Washington | 华盛顿 | washington dc, dc
Houston | 休斯顿 |
Dallas | 达拉斯 |
Miami | 迈阿密 |
Atlanta | 亚特兰大 | hotlanta
Philadelphia | 费城 | philly
Las Vegas | 拉斯维加斯 | vegas, sin city
San Diego | 圣地亚哥 |
Honolulu | 檀香山 |
Berlin | 柏林 |
Munich | 慕尼黑 |
Frankfurt | 法兰克福 |
Hamburg | 汉堡 |
Madrid | 马德里 |
Barcelona | 巴塞罗那 |
Rome | 罗马 |
Milan | 米兰 |
Amsterdam | 阿姆斯特丹 |
Brussels | 布鲁塞尔 |
Zurich | 苏黎世 |
Geneva | 日内瓦 |
Vienna | 维也纳 |
Prague | 布拉格 |
Stockholm | 斯德哥尔摩 |
Copenhagen | 哥本哈根 |
Oslo | 奥斯陆 |
Helsinki | 赫尔辛基 |
Dublin | 都柏林 |
Edinburgh | 爱丁堡 | embra, edinbra, auld reekie
Manchester | 曼彻斯特 |
Birmingham | 伯明翰 | brum, brummagem
Leeds | 利兹 |
Glasgow | 格拉斯哥 | glesga, glesca, glasgae, glesgae, glasvegas
Liverpool | 利物浦 |
Bristol | 布里斯托 布里斯托尔 | brizzle
Sheffield | 谢菲尔德 |
Newcastle | 纽卡斯尔 |
Nottingham | 诺丁汉 |
Leicester | 莱斯特 |
Southampton | 南安普顿 |
Brighton | 布莱顿 |
Oxford | 牛津 |
Cambridge | 剑桥 |
Aberdeen | 阿伯丁 |
Cardiff | 加的夫 卡迪夫 |
Swansea | 斯旺西 |
Belfast | 贝尔法斯特 |
Cork | 科克 |
Galway | 戈尔韦 |
Limerick | 利默里克 |
Lisbon | 里斯本 |
Athens | 雅典 |
Istanbul | 伊斯坦布尔 |
Moscow | 莫斯科 |
Dubai | 迪拜 |
Cairo | 开罗 |
Bangkok | 曼谷 |
Kuala Lumpur | 吉隆坡 | kl
Jakarta | 雅加达 |
Manila | 马尼拉 |
Quezon City | 奎松城 | quezon
Cebu City | 宿务 | cebu
Davao | 达沃 | davao city
Lagos | 拉各斯 |
Abuja | 阿布贾 |
Port Harcourt | 哈科特港 | ph city
Ibadan | 伊巴丹 |
Kano | 卡诺 |
Enugu | 埃努古 |
Accra | 阿克拉 |
Kumasi | 库马西 |
Nairobi | 内罗毕 |
Mombasa | 蒙巴萨 |
Kisumu | 基苏木 |
Nakuru | 纳库鲁 |
Kampala | 坎帕拉 |
Kigali | 基加利 |
Dar es Salaam | 达累斯萨拉姆 |
Addis Ababa | 亚的斯亚贝巴 |
Johannesburg | 约翰内斯堡 约堡 | joburg, jozi
Cape Town | 开普敦 |
Durban | 德班 |
Hanoi | 河内 |
Ho Chi Minh City | 胡志明市 西贡 | saigon, ho chi minh
Mumbai | 孟买 | bombay
Delhi | 德里 新德里 | new delhi
Bangalore | 班加罗尔 | bengaluru
Hyderabad | 海德拉巴 |
Pune | 浦那 | poona
Chennai | 金奈 | madras
Kolkata | 加尔各答 | calcutta
Ahmedabad | 艾哈迈达巴德 |
Jaipur | 斋浦尔 |
Lucknow | 勒克瑙 |
Kochi | 科钦 | cochin
Sao Paulo | 圣保罗 | são paulo
Mexico City | 墨西哥城 |
Buenos Aires | 布宜诺斯艾利斯 |
Cape Town | 开普敦 |
Pretoria | 比勒陀利亚 | tshwane
Pietermaritzburg | 彼得马里茨堡 | pmb
Bloemfontein | 布隆方丹 |
Ottawa | 渥太华 |
Calgary | 卡尔加里 |
Edmonton | 埃德蒙顿 |
Winnipeg | 温尼伯 |
Austin | 奥斯汀 |
Denver | 丹佛 |
Detroit | 底特律 | motor city, motown
Canberra | 堪培拉 |
Adelaide | 阿德莱德 |
Hobart | 霍巴特 |
Darwin | 达尔文 |
Geelong | 吉朗 |
Gold Coast | 黄金海岸 |
Wollongong | 卧龙岗 |
Townsville | 汤斯维尔 |
Cairns | 凯恩斯 |
Christchurch | 基督城 |
Wellington | 惠灵顿 |
Dundee | 邓迪 |
Inverness | 因弗内斯 |
Stirling | 斯特灵 |
Waterford | 沃特福德 |
Kilkenny | 基尔肯尼 |
Derry |  | londonderry
Doha | 多哈 |
Abu Dhabi | 阿布扎比 |
"""

# Names that are ordinary words too: read them only when the city is asked or after "in/在".
WEAK = (
    frozenset(
        "大同 中山 开封 吉安 长治 北海 安阳 丽水 宜春 大理 德州 东营 江门 日照 十堰 运城 滨江区 "
        "松江 嘉定 宝山 昌平 顺义 朝阳区 福田 宝安 天河 武昌 汉阳 首尔 汉城 西贡 京城 山城 江城 "
        "春城 花城 冰城 星城 雾都 la sf sh sz bj hk kl ny dc jian luan taian yanan xian vegas "
        "canton perth washington dali rome paris delhi cork reading oxford cambridge 剑桥 牛津"
        # first names too: "Austin here"
        " austin denver adelaide pmb 奥斯汀 darwin 达尔文 stirling wellington derry cairns"
        # a style of music too: "I love Motown"
        " motown".split()
    )
    | WEAK_DISTRICTS
    | WEAK_TOWNS
)


def _parse() -> tuple[dict[str, str], dict[str, str]]:
    table: dict[str, str] = {}
    chinese: dict[str, str] = {}
    # (the smaller cities of `towns` after the gazetteer's own: "福州" stays the Chinese "Fuzhou")
    for line in (_DATA.strip() + "\n" + TOWNS.strip()).splitlines():
        canonical, zh, en = (part.strip() for part in line.split("|"))
        table[canonical.lower()] = canonical
        if zh.split():
            chinese.setdefault(canonical, zh.split()[0].removesuffix("市") or zh.split()[0])
        for name in zh.split():
            table[name] = canonical
            if name.endswith("市") and len(name) > 2:
                continue
            table[name + "市"] = canonical
        for alias in en.split(","):
            if alias.strip():
                table[alias.strip()] = canonical
    for name, canonical in district_names():
        table.setdefault(name, canonical)
    return table, chinese


CITIES, _CHINESE = _parse()


def city_in_chinese(name: str) -> str:
    """The usual Chinese name of a canonical city ("Shanghai" -> "上海"); other text unchanged."""
    return _CHINESE.get(name, name)
