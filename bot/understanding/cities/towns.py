"""Smaller cities that people name as their home, merged into the gazetteer.

The gazetteer lists the provincial capitals and the larger prefecture-level cities; answers also
name the smaller ones ("我在景德镇", "在百色下面一个乡里教书", "我们两口子在新余开面包店"), a
county-level city ("凭祥"), a regional city of Africa or India ("Ndola on the Copperbelt",
"Madurai"), a Caribbean capital ("from Nassau", "Bridgetown"), a Malaysian city in Chinese
("新山" → Johor Bahru, by the rule that a city takes its English name), an American "… City"
("moved to Daly City") or a short form of a big city ("atl", "Welly"). Unknown to the gazetteer,
such a name was read only when the city was asked, and then kept as typed. Same line format as the
gazetteer: `Canonical English | Chinese names | other English spellings`.

Names that are also ordinary words ("来宾" guests, "普洱" tea, "黄山" the mountain people visit) are
in `WEAK_TOWNS`: read only when the city is asked or after "in/在". Names that are part of a common
word are left out ("朝阳", a district of Beijing too), or read as weak names ("三明" of
"三明治", "哈密" of "哈密瓜", "白银" silver: `towns_west_au`).
"""

from __future__ import annotations

from bot.understanding.cities.places_za import TOWNS_ZA
from bot.understanding.cities.towns_more import MORE_TOWNS
from bot.understanding.cities.towns_uk_pacific import UK_PACIFIC, UK_PACIFIC_WEAK
from bot.understanding.cities.towns_us_ca import US_CA, US_CA_WEAK
from bot.understanding.cities.towns_west_au import WEST_AU, WEST_AU_WEAK

DATA = (
    """
Jingdezhen | 景德镇 |
Pingxiang | 萍乡 凭祥 |
Xinyu | 新余 |
Yingtan | 鹰潭 |
Fuzhou | 抚州 |
Yiyang | 益阳 |
Loudi | 娄底 |
Yongzhou | 永州 |
Zhangjiajie | 张家界 |
Huangshi | 黄石 |
Ezhou | 鄂州 |
Jingmen | 荆门 |
Xianning | 咸宁 |
Suizhou | 随州 |
Enshi | 恩施 |
Hebi | 鹤壁 |
Puyang | 濮阳 |
Luohe | 漯河 |
Sanmenxia | 三门峡 |
Huangshan | 黄山 |
Huaibei | 淮北 |
Tongling | 铜陵 |
Bozhou | 亳州 |
Chizhou | 池州 |
Xuancheng | 宣城 |
Nanping | 南平 |
Shanwei | 汕尾 |
Heyuan | 河源 |
Yangjiang | 阳江 |
Chaozhou | 潮州 |
Yunfu | 云浮 |
Wuzhou | 梧州 |
Fangchenggang | 防城港 |
Qinzhou | 钦州 |
Guigang | 贵港 |
Baise | 百色 |
Hezhou | 贺州 |
Hechi | 河池 |
Laibin | 来宾 |
Chongzuo | 崇左 |
Danzhou | 儋州 |
Qionghai | 琼海 |
Guangyuan | 广元 |
Suining | 遂宁 |
Neijiang | 内江 |
Meishan | 眉山 |
Guang'an | 广安 | guangan
Ya'an | 雅安 | yaan
Bazhong | 巴中 |
Ziyang | 资阳 |
Xichang | 西昌 |
Liupanshui | 六盘水 |
Anshun | 安顺 |
Bijie | 毕节 |
Tongren | 铜仁 |
Kaili | 凯里 |
Yuxi | 玉溪 |
Baoshan | 保山 |
Zhaotong | 昭通 |
Pu'er | 普洱 | puer
Lincang | 临沧 |
Jinghong | 景洪 |
Tongchuan | 铜川 |
Weinan | 渭南 |
Shangluo | 商洛 |
Ankang | 安康 |
Jiayuguan | 嘉峪关 |
Jinchang | 金昌 |
Tianshui | 天水 |
Wuwei | 武威 |
Zhangye | 张掖 |
Pingliang | 平凉 |
Jiuquan | 酒泉 |
Qingyang | 庆阳 |
Dingxi | 定西 |
Longnan | 陇南 |
Golmud | 格尔木 |
Shizuishan | 石嘴山 |
Wuzhong | 吴忠 |
Guyuan | 固原 |
Zhongwei | 中卫 |
Karamay | 克拉玛依 |
Turpan | 吐鲁番 |
Korla | 库尔勒 |
Yining | 伊宁 |
Aksu | 阿克苏 |
Shihezi | 石河子 |
Shigatse | 日喀则 |
Nyingchi | 林芝 |
Wuhai | 乌海 |
Tongliao | 通辽 |
Hulunbuir | 呼伦贝尔 |
Hailar | 海拉尔 |
Manzhouli | 满洲里 |
Bayannur | 巴彦淖尔 |
Ulanqab | 乌兰察布 |
Yangquan | 阳泉 |
Jincheng | 晋城 |
Shuozhou | 朔州 |
Jinzhong | 晋中 |
Xinzhou | 忻州 |
Benxi | 本溪 |
Liaoyang | 辽阳 |
Panjin | 盘锦 |
Tieling | 铁岭 |
Fuxin | 阜新 |
Huludao | 葫芦岛 |
Siping | 四平 |
Liaoyuan | 辽源 |
Tonghua | 通化 |
Baishan | 白山 |
Songyuan | 松原 |
Baicheng | 白城 |
Yanji | 延吉 |
Jixi | 鸡西 |
Hegang | 鹤岗 |
Shuangyashan | 双鸭山 |
Yichun | 伊春 |
Jiamusi | 佳木斯 |
Qitaihe | 七台河 |
Erenhot | 二连浩特 |
Heihe | 黑河 |
Suihua | 绥化 |
Jiangyin | 江阴 |
Changshu | 常熟 |
Zhangjiagang | 张家港 |
Cixi | 慈溪 |
Jinjiang | 晋江 |
Johor Bahru | 新山 | johor bahru, johor baru
Penang | 槟城 | penang, george town
Ipoh | 怡保 |
Malacca | 马六甲 | melaka
Kuching | 古晋 |
Kota Kinabalu | 亚庇 |
Sibu | 诗巫 |
Klang | 巴生 |
Petaling Jaya | 八打灵再也 |
Daly City | | daly city
Jersey City | | jersey city
Kansas City | | kansas city, kc
Salt Lake City | 盐湖城 | salt lake city
Oklahoma City | | oklahoma city
Colorado Springs | | colorado springs
Fayetteville | |
Phoenix | 凤凰城 |
Cleveland | 克利夫兰 |
Bournemouth | 伯恩茅斯 |
York | 约克 |
Bath | 巴斯 |
Dunedin | 但尼丁 |
Nagpur | 那格浦尔 |
Baguio | 碧瑶 |
Iloilo | 怡朗 | iloilo city
Atlanta | | atl
San Juan | 圣胡安 |
Saskatoon | 萨斯卡通 |
Kelowna | 基洛纳 |
Moncton | 蒙克顿 |
Wellington | | welly
Colombo | 科伦坡 |
Omaha | 奥马哈 |
Des Moines | 得梅因 | des moines
Braintree | |
Clacton | | clacton-on-sea
Lusaka | 卢萨卡 |
Livingstone | 利文斯顿 |
Dayton | 代顿 |
Sarasota | 萨拉索塔 |
Scottsdale | 斯科茨代尔 |
Tempe | 坦佩 |
Boise | 博伊西 |
Spokane | 斯波坎 |
Tacoma | 塔科马 |
Akron | 阿克伦 |
Knoxville | 诺克斯维尔 |
Chattanooga | 查塔努加 |
St. Louis | 圣路易斯 | st louis, saint louis, st.louis
St. Paul | | st paul, saint paul
St. Petersburg | 圣彼得堡 | st petersburg, saint petersburg, st pete
St. John's | 圣约翰斯 | st john's, st johns, st. johns, saint john's
St. Catharines | | st catharines, st. catherines, st catherines
St Albans | 圣奥尔本斯 | st. albans, saint albans
St Andrews | 圣安德鲁斯 | st. andrews, saint andrews
St Helens | | st. helens, saint helens
St Ives | | st. ives
St Austell | | st. austell
Karachi | 卡拉奇 |
Lahore | 拉合尔 |
Islamabad | 伊斯兰堡 |
Rawalpindi | 拉瓦尔品第 | pindi
Faisalabad | 费萨拉巴德 | lyallpur
Peshawar | 白沙瓦 |
Multan | 木尔坦 |
Quetta | 奎达 |
Sialkot | 锡亚尔科特 |
Gujranwala | 古杰兰瓦拉 |
Dhaka | 达卡 | dacca
Chittagong | 吉大港 | chattogram
Kathmandu | 加德满都 |
Minneapolis | 明尼阿波利斯 |
Milwaukee | 密尔沃基 |
Tucson | 图森 |
Fairbanks | 费尔班克斯 |
Harare | 哈拉雷 |
Bulawayo | 布拉瓦约 |
Gaborone | 哈博罗内 |
Maputo | 马普托 |
Guyuan | 固原 |
Charleston | 查尔斯顿 |
Morgantown | 摩根敦 |
Kandy | 康提 |
Corner Brook | | corner brook
Ndola | 恩多拉 |
Kitwe | 基特韦 |
Kabwe | 卡布韦 |
Chingola | 钦戈拉 |
Lilongwe | 利隆圭 |
Blantyre | 布兰太尔 |
Mzuzu | 姆祖祖 |
Arusha | 阿鲁沙 |
Dodoma | 多多马 |
Mwanza | 姆万扎 |
Eldoret | 埃尔多雷特 |
Entebbe | 恩德培 |
Windhoek | 温得和克 |
Lubumbashi | 卢本巴希 |
Kaduna | 卡杜纳 |
Ilorin | 伊洛林 |
Thrissur | | trichur
Kozhikode | 科泽科德 | calicut
Thiruvananthapuram | 特里凡得琅 | trivandrum
Kollam | | quilon
Kottayam | |
Madurai | 马杜赖 |
Coimbatore | 哥印拜陀 |
Mysore | 迈索尔 | mysuru
Mangalore | 门格洛尔 | mangaluru
Visakhapatnam | 维沙卡帕特南 | vizag
Vijayawada | 维杰亚瓦达 |
Guwahati | 古瓦哈提 |
Bhubaneswar | 布巴内斯瓦尔 |
Ranchi | 兰契 |
Patna | 巴特那 |
Indore | 印多尔 |
Bhopal | 博帕尔 |
Kanpur | 坎普尔 |
Surat | 苏拉特 |
Vadodara | 瓦多达拉 | baroda
Nashik | 纳西克 | nasik
Ludhiana | 卢迪亚纳 |
Amritsar | 阿姆利则 |
Chandigarh | 昌迪加尔 |
Dehradun | 德拉敦 |
Stoke-on-Trent | 斯托克 | stoke on trent, stoke upon trent
Southend-on-Sea | 滨海绍森德 | southend on sea
Stratford-upon-Avon | 埃文河畔斯特拉特福 | stratford upon avon, stratford on avon
Newcastle-under-Lyme | | newcastle under lyme
Burton upon Trent | | burton-upon-trent, burton on trent
Weston-super-Mare | | weston super mare
Berwick-upon-Tweed | | berwick upon tweed
Bexhill-on-Sea | | bexhill on sea
Henley-on-Thames | | henley on thames
Ashton-under-Lyne | | ashton under lyne
Stockton-on-Tees | | stockton on tees
Barrow-in-Furness | | barrow in furness
Leigh-on-Sea | | leigh on sea
Winston-Salem | | winston salem
Wilkes-Barre | | wilkes barre
Aix-en-Provence | 普罗旺斯地区艾克斯 | aix en provence
Charlottetown | 夏洛特敦 |
Fredericton | 弗雷德里克顿 |
Kearney | |
Mutare | 穆塔雷 |
Gweru | 圭鲁 |
Masvingo | 马斯温戈 |
Launceston | 朗塞斯顿 |
Medford | 梅德福 |
Bend | 本德 |
Ogden | 奥格登 |
Kerikeri | 凯里凯里 |
Orillia | 奥里利亚 |
Sherbrooke | 舍布鲁克 |
Khulna | 库尔纳 |
Kirkcaldy | 柯科迪 |
Thousand Oaks | 千橡市 |
Sevenoaks | |
Twin Falls | |
Ballarat | 巴拉瑞特 |
Bendigo | 本迪戈 |
Toowoomba | 图文巴 |
Rockhampton | 罗克汉普顿 |
Shepparton | |
Mildura | |
Wagga Wagga | 沃加沃加 | wagga
Nassau | 拿骚 |
Bridgetown | 布里奇敦 |
Port of Spain | 西班牙港 | port-of-spain
Castries | 卡斯特里 |
Montego Bay | 蒙特哥贝 | mobay
"""
    + UK_PACIFIC.lstrip("\n")
    + MORE_TOWNS.lstrip("\n")
    + US_CA.lstrip("\n")
    + WEST_AU.lstrip("\n")
    + TOWNS_ZA.lstrip("\n")
)

# Ordinary words too: "来宾很多", "一壶普洱", "去黄山玩", "四平八稳", "安康" (well-being), "中卫"
# (a football position), "黑河" a river, "白山黑水", "安顺" (smooth).
# ("a bath", "the Phoenix", "cleveland" a surname, "atl" and "welly" (a boot) short forms, "kc"
# initials too)
WEAK_TOWNS = frozenset(
    "来宾 普洱 puer 黄山 四平 安康 中卫 黑河 白山 安顺 klang sibu"
    " bath phoenix cleveland atl welly livingstone"
    # (a surname too: "Mr Kearney"; "barrow" a cart; "a bend in the road")
    " kearney bend ogden kc".split()
    + list(UK_PACIFIC_WEAK)
    + list(WEST_AU_WEAK)
    + list(US_CA_WEAK)
    # (oaks and falls are counted too: "a thousand oaks", "the twin falls")
    + ["thousand oaks", "twin falls"]
)
