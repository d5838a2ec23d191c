"""Yes/no slots read from what people say about their lives, not only from "yes" and "no".

"俩娃" answers "do you have dependents?", "单身" answers "do you have a partner?" and both may come
up while another question is being answered ("34, married, two kids"). Such topic words are
strong evidence for their slot whenever they appear; bare yes/no words ("有", "没有", "yep") are
weak and only answer the slot that was asked. A topic word that is negated ("没有孩子",
"not married") gives False.

Which topic a boolean slot is about is recognised from its name, so a survey can reuse the
`has_partner` / `has_dependents` vocabularies under names such as `married` or `children`.
"""

from __future__ import annotations

from bot.survey import Slot
from bot.understanding.family.school_stages import SCHOOL_STAGE_WORDS


def _phrases(text: str) -> tuple[str, ...]:
    """Comma-separated phrases, one vocabulary per block, so that lists stay easy to extend."""
    return tuple(p.strip() for p in text.replace("\n", " ").split(",") if p.strip())


PARTNER_TRUE = _phrases(
    """
    已婚, 结婚了, 结婚, 有老婆, 有老公, 老婆, 老公, 媳妇, 媳妇儿, 对象, 有对象, 男朋友, 女朋友,
    男友, 女友, 伴侣, 另一半, 爱人, 恋爱, 谈恋爱, 脱单, 妻子, 丈夫, 先生和我, 两口子, 小两口, 订婚,
    两口子过, 两口子住, 二人世界, 俩口子, 我俩口子, 我们俩口子, 咱俩口子, 俩口子过, 俩口子住,
    未婚夫, 未婚妻, 一家三口, 三口之家, married, wife, husband, partner, boyfriend, girlfriend,
    spouse, engaged, in a relationship, fiance, fiancee, fiancé, fiancée, my bf, my gf, hubby,
    newlywed, living together, live together, 同居, live with my partner, common law,
    domestic partner, 男票, 女票, 老伴, 老伴儿, 有家室, 夫妻, 夫妻俩, 孩子他妈, 孩子他爸, 孩子她妈,
    孩子她爸, 在谈, 谈着, 处对象, 我媳妇, bf, gf, taken, dating, seeing someone, hitched,
    other half, better half, significant other, wifey, missus, my man, long term relationship,
    we're married, partnered, common law partner, 结了, 领证, 领证了, 扯证,
    结的婚, 结的婚了,
    我对象, 俺对象, 我家对象, 对象说, 对象觉得, 我跟对象, 我和对象, 俺跟对象, 俺和对象,
    度蜜月, honeymoon, honeymooning, on our honeymoon,
    那口子, 我家那位, 家里那位, 我家领导, 我先生, 我太太, 太太, 内人, 男盆友, 女盆友, 有伴儿, 恋人,
    异地恋, tied the knot, got married, getting married, sweetheart, my love, the wife,
    the husband, the missus, 老夫老妻, 老两口, 成家了, 已经成家, 早成家了, 嫁人了, 嫁人, spoken for,
    娃他爸, 娃他妈, 娃她爸, 娃她妈, 刚结婚, 新婚, 新婚燕尔, my partner,
    拍拖, 在拍拖, 拍紧拖, 表白成功, 有人了, 已经有人了, 有主了, 已经有主了, 名花有主,
    我和老头子, 我跟老头子, 我家老头子, 我家老头, 俺家老头子, 俺家老头, 老头子和我, 我和老头,
    我和老太婆, 我跟老太婆, 我家老太婆, 俺家老太婆, 老太婆和我, 我家老婆子,
    老公房子, 老头子, 老太婆, 老婆子, remarried, got remarried,
    我搭老头子, 阿拉跟老头子, 阿拉搭老头子, 阿拉老头子, 我搭老太婆, 阿拉跟老太婆, 阿拉搭老太婆,
    阿拉老太婆, npy, 有npy,
    堂客, 屋里堂客, 我堂客, 我屋里堂客, 屋里老倌, 我老倌, 我屋里老倌, 我家老倌, 俺家老倌,
    我们家那位, 咱家那位, 俺家那位, 咱们家那位, 我们俩丁克, 我们两个丁克, 我俩丁克, 我们丁克,
    丁克夫妻, 我就跟老头子, 我就和老头子, 我就跟老太婆, 我就和老太婆,
    俺跟老头子, 俺和老头子, 俺就跟老头子, 俺就和老头子, 俺跟老太婆, 俺和老太婆, 俺就跟老太婆,
    俺就和老太婆, 俺们老两口,
    esposo, esposa, mi esposo, mi esposa, marido, mi marido, casada, casado,
    婆姨, 额婆姨, 我婆姨, 俺婆姨, 我家婆姨, 俺家婆姨, 俺男人, 我男人, 俺家男人, 我家男人, 额男人,
    我跟他奶奶一起过, 我和他奶奶一起过, 我跟他奶奶过了, 我和他奶奶过了, 我跟他爷爷一起过,
    我和他爷爷一起过, 我跟他爷爷过了, 我和他爷爷过了, 俺跟他奶奶一起过, 俺和他奶奶一起过,
    俺跟他爷爷一起过, 俺和他爷爷一起过,
    阮翁, 阮尪, 阮某, 阮牵手, 阮牽手, 阮老公, 阮老婆,
    孩他爸, 孩他妈, 孩她爸, 孩她妈, 孩他娘, 孩她娘, 孩他爹, 孩子他娘, 孩子她娘, 孩子他爹, 娃他娘,
    娃她娘, 娃他爹, 我家当家的, 俺家当家的, 俺当家的, 咱家当家的, 我们家当家的, 我家掌柜的,
    俺家掌柜的, 俺掌柜的, 咱家掌柜的, 我们家掌柜的, 俺家领导, 咱家领导, 我们家领导, 我家某人,
    我家老爷们, 俺家老爷们, 我家老爷们儿, 俺家老爷们儿, 俺家老娘们, 俺家老娘们儿, 我家老娘们儿,
    my bae, me and bae, bae and i, bae and me, my de facto, de facto relationship, de facto,
    de facto partner, civil partnership, civil partnered, my mrs, the mrs, me mrs,
    my fella, me fella, my bloke, me bloke, my boo, my betrothed, my lady, newlyweds, newly weds,
    复婚, 复婚了, 又复婚了, 再婚, 再婚了, married again, 两地分居, 分居两地,
    my babe, me babe, with my babe, i get babe, my woman, my lover, my main squeeze,
    my bobo, the ball and chain, 我家先生, 我家太太
    嫁给了, 嫁給了, 嫁咗, 嫁咗俾, 嫁咗畀, 嫁了个, 嫁了一个, 娶了个, 娶了一个, 娶咗,
    i don marry, don marry tey, i don marry tey tey
    """
)
PARTNER_FALSE = _phrases(
    """
    单身, 单着, 还单着, 没对象, 没有对象, 没结婚, 未婚, 离婚, 离婚了, 离异, 丧偶, 没有伴侣, 光棍,
    单身狗, 没男朋友, 没女朋友, 没有男朋友, 没有女朋友, 分手了, single, not married, unmarried,
    divorced, widowed, widow, widower, no partner, separated, no girlfriend, no boyfriend,
    on my own, forever alone, never married, no wife, no husband, broke up, 母胎solo, 母胎单身,
    母单, 一个人, 一个人过, 分手, 刚分手, 离了, 独身, 前妻, 前夫, 前任, 守寡, just me,
    single again, my ex, ex wife, ex husband, ex girlfriend, ex boyfriend, split up,
    not seeing anyone, not dating, nobody special, no significant other, no one special,
    空窗期, 空窗, 刚离, 离过婚, 恢复单身, 被甩, 单亲妈妈, 单亲爸爸, single mom, single mum,
    single dad, single parent, single mother, single father, we split, we broke up,
    we separated, we divorced, still looking, 没遇到合适的, 还没遇到合适的, married to my job,
    married to my work, married to the job, married to work, 还在追, 在找对象, 还在找对象,
    正在找对象, 刚离婚, 离的婚, 离了婚, my ex wife, my ex husband, my ex partner, my ex girlfriend,
    my ex boyfriend, ex partner, after the split, since the split, after the breakup,
    since the breakup, after our split, since our split, soltera, soltero,
    剩女, 剩男, 大龄剩女, 大龄剩男, 剩女一枚, 剩男一枚, 我是寡妇, 成了寡妇, 当了寡妇, 我是鳏夫,
    unattached, i'm a bachelor, still a bachelor, confirmed bachelor,
    i'm a spinster, 单亲, 分居, 分居了, 分居中, 已分居, 在分居, 正在分居, engaged to my job,
    engaged to my work, married to my career, married to the office, wedded to my job,
    wedded to my work, 嫁给了工作, 嫁给工作, 和工作结婚, 跟工作结婚, 和工作结婚了, 跟工作结婚了,
    谈啥恋爱, 谈什么恋爱, 谈个啥恋爱, 谈哪门子恋爱, 谈啥对象, 分的手, 分了手, 刚分的手,
    离掉了, 离掉, 离咗, 离咗婚, 分咗手, on me own, by me own, on me tod, i never marry
    """
)
# ("娃哈哈" is a drink in `not_words`, but "娃哈哈哈" a child and a laugh: "哪来的娃哈哈哈")
DEPENDENTS_TRUE = _phrases(
    """
    孩子, 有孩子, 小孩, 儿子, 女儿, 娃, 俩娃, 宝宝, 闺女, 孙子, 孙女, 老人, 照顾爸妈, 照顾父母,
    照顾老人, 赡养, 抚养, 养老人, 要养, 二胎, 三胎, 双胞胎, 一家三口, 三口之家, 一儿一女, 儿女,
    子女, 上小学, 上幼儿园, 上初中, 上高中, 上大学,
    俩崽, 两个崽, 俩小子, 两个小子, kids, kid, children, child, son, sons,
    daughter, daughters, baby, babies, toddler, teenager, teenagers, teens, dependents, dependent,
    twins, grandchildren, i support, take care of my, look after my, care for my,
    my first was born, our first was born, my firstborn, our firstborn, my first born,
    our first born,
    my parents live with me, my mom lives with me, my dad lives with me, stepson, stepdaughter,
    grandkids, 已育, 有娃, 娃娃, 孩子们, 外孙, 外孙女, 孙辈, 上有老下有小, 供孩子, 要供, 学费,
    奶粉钱, 我养, 养着, 我照顾, 照顾她, 照顾他, 照顾他们, 跟我住, 和我住, 跟着我, 跟我们住,
    和我们住, 同我住, 同我们住, 小子, 宝妈, 宝爸, 奶爸, kiddo, kiddos, little one, little ones,
    newborn, infant,
    toddlers, grandson, granddaughter, grandsons, granddaughters, grandkid, stepkids, step kids,
    stepchildren, teen, preschooler, boys, girls, depend on me, depends on me, rely on me,
    relies on me, dependent on me, live with me, lives with me, lives with us, live with us,
    living with me, living with us, look after, take care of, care for, support her, support him,
    support them, tuition, school fees, one boy, one girl, a boy and a girl, 靠我, 靠我养, 都靠我,
    指望我, 二孩, 三孩, 二宝, 大宝, 小宝, 老大老二, 供他, 供她, 供他们, 供着, 花我的钱, 生活费,
    little girl, little boy, foster, fostering, adopted, 小棉袄, 继女, 继子, 单亲妈妈, 单亲爸爸,
    single mom, single mum, single dad, single parent, single mother, single father, her carer,
    his carer, their carer, full time carer, caregiver, 小家伙, 孩儿, 娃儿, 小朋友, 养家, 养家糊口,
    娃哈哈哈, 一家老小, 一大家子, grandbaby, grandbabies, kiddies, 我管, 我来管, 归我管,
    我负担, 我负责,
    神兽, 小祖宗, kindergarten, preschool, daycare, nursery, primary school, elementary school,
    custody, legal guardian, guardian of, still at home, still live at home, still lives at home,
    live at home, lives at home, pay for everything, 小学生, 初中生, 高中生, 中学生, 学生娃,
    读小学, 读初中, 读高中, 读大学, 读幼儿园, 我家老大, 我家老二, 我家老三, 家里老大, 家里老二,
    家里老三, 我家老幺, 孩子的爹, 孩子的爸, 娃的爹, 娃的爸, 孩子的妈, 孩子的娘, 娃的妈,
    send money home, send money to my parents, sending money home, 给爸妈打钱, 给父母寄钱,
    给家里寄钱, 养爸妈, 养父母, pikin, pikins, pickin, pickins, 细人, 细人仔, 细人子, 带细人,
    细妹仔, 细倈仔, 细倈子,
    我家小的, 俺家小的, 咱家小的, 我们家小的, 家里小的, 我家大的, 俺家大的, 家里大的, 我们家大的,
    我家小子, 俺家小子, 咱家小子, 我家大小子, 俺家大小子, 咱家大小子, 我家二小子, 俺家二小子,
    咱家二小子, 我家丫头, 俺家丫头, 咱家丫头, 我家大丫头, 俺家大丫头, 我家二丫头, 俺家二丫头,
    我家小丫头, 俺家小丫头,
    伢子, 细伢子, 伢崽, 细伢崽, 细伢仔, 伢仔, 我们家老大, 我们家老二, 我们家老三, 咱家老大,
    咱家老二, 咱家老三, 俺家老大, 俺家老二, 俺家老三, 咱们家老大, 咱们家老二,
    my youngest, my eldest, my oldest, our youngest, our eldest, our oldest,
    our little one, my little one, me little one, our wee one, my wee one, our little ones,
    my little ones, me little ones, our wee ones, my wee ones, our small ones, my small ones,
    ankle biters, little ankle biters,
    childrens, childs, grandchildrens, babys,
    bairn, bairns, weans, niños, ninos, niñas, ninas, hijos, hijas, hijo, hija,
    我家小祖宗, 俺家小祖宗, 咱家小祖宗, 有个崽, 一个崽, 三个崽, 我家崽, 俺家崽, 屋里崽,
    细路, 细路仔, 我家囡囡, 阿拉囡囡, 我囡囡, 俺家囡囡, 我们家囡囡, 我家小囡, 阿拉小囡, 两个小囡,
    一仔一女, 一个仔一个女, 两个仔, 三个仔, 我个仔, 仔女, 小崽子, 小屁孩, 吞金兽,
    供弟弟, 供妹妹, 供我弟, 供我妹, 供我弟弟, 供我妹妹, 养我妈, 养我爸, 养我爸妈,
    our little lad, my little lad, me little lad, our wee lad, my wee lad, our little lass,
    my little lass, me little lass, our wee lass, my wee lass, our little lads, our wee lads,
    sprog, sprogs, rugrats, nipper, nippers, wee ones, the wee ones, my munchkins, our munchkins,
    tween, tweens, youngsters, my brood, carer for my, carer to my, caring for my, i'm a carer,
    i'm putting my brother through, i'm putting my sister through,
    we're putting my brother through, we're putting my sister through,
    supporting my parents, supporting my mum,
    supporting my mom, supporting my dad, supporting my elderly, support my parents,
    sending money to my parents, send money to my mum, send money to my mom, send money to my dad
    """
)
# Jokey names for one's children ("3 little terrors", "家里俩小魔王"): an answer only when the
# dependents question was asked (weak), and none beside an animal, which they fit as well
# ("two cats, little devils the pair of them", `boolean_words`).
CHILD_EPITHETS = _phrases(
    """
    little terrors, little monsters, little rascals, little devils, little horrors, little gremlins,
    little buggers, little hooligans, little tykes, 小魔王, 小魔头, 混世魔王
    """
)
DEPENDENTS_TRUE += CHILD_EPITHETS
DEPENDENTS_TRUE += SCHOOL_STAGE_WORDS  # "two middle schoolers", "a 5th grader"
DEPENDENTS_FALSE = _phrases(
    """
    没有孩子, 没孩子, 没娃, 没有娃, 没小孩, 没有小孩, 丁克, 无儿无女, 还没要孩子, 不用我养, 不用养,
    不需要我养, 都工作了, 都成家了, 没有需要抚养, 没有要照顾, no kids, no children, no child,
    childless, child free, childfree, no dependents, nobody depends on me, no one depends on me,
    nobody depending on me, no one depending on me, nobody at home depending on me,
    no one at home depending on me, nobody at home depends on me, no one at home depends on me,
    kids are grown, grown up kids, not yet, 没儿没女, 膝下无子, 还没生, 没生, 没要孩子, 不用我管,
    不用我操心, 不需要我, 不靠我, 自己挣钱, 自食其力, 独立了, 都独立了, 经济独立, 成家了, 已经成家,
    就我一个, 就我一个人, 就我和, 只有我, 就我, 就俺一个, 就俺一个人, 只有俺, just me, only me,
    just myself, nobody but me, dink,
    double income no kids, empty nest, empty nester, empty nesters, grown up, all grown, grown,
    adults, moved out, support themselves, supports himself, supports herself, pays his own way,
    pays her own way, pay their own way, on their own, financially independent, independent,
    adult children, adult kids, grown up son, grown up daughter, grown up children,
    grown up sons, grown up daughters, grown kids, grown children, grown sons, grown daughters,
    nobody relies on me, no one relies on me, 成年了, 都成年了, 养活自己, 自己养活自己,
    没有需要我, 没有要我, 不用我, no one to look after, nobody to look after, no one to support,
    nobody to support, 靠爸妈, 靠父母, 靠家里, 啃老, depend on my parents, rely on my parents,
    my parents support me, my parents pay for me, adult son, adult sons, adult daughter,
    adult daughters, adult child, self supporting, just the two of us, just us two, just us,
    各过各的, 各自过日子, 不跟我住, 不和我住, 不跟我们住, 不和我们住,
    花不着我的钱, 花不到我的钱, 不花我的钱, 不用我的钱, 不要我的钱, 用不着我养, 用不着我管,
    用不着我操心, 有退休金, 有养老金, 领退休金, 领养老金, 拿退休金, 拿养老金,
    none of my own, no kids of my own, no children of my own, none at home, 自己的没有,
    haven't got any of my own, haven't any of my own, don't have any of my own,
    not got any of my own, never had any of my own, 自己还没生, 自己的还没生,
    自己的还没有, 自己还没有, 自己的还没要, 自己还没要,
    两个人住, 两人住, 俩人住, 两口子住, 两个人过, 俩人过, 两口子过, 二人世界, 俩口子过, 俩口子住,
    二人生活, 两个人生活, 两人生活, 俩人生活, 已成家, 早已成家,
    all reared, reared and gone, all reared and gone, grown and gone, all grown and gone,
    nae bairns, nae weans, nae kids, sin hijos, no tengo hijos,
    免我操心, 免操心, 免我饲, 免我养, 免我顾
    """
)
YES_WORDS = _phrases(
    """
    有, 有的, 有啊, 有呀, 是, 是的, 对, 对的, 嗯, 嗯嗯, 当然, 是啊, 有一个, yes, yeah, yep, yup,
    yea, sure, of course, i do, we do, correct, right, affirmative, indeed, definitely, absolutely,
    有哦, 有呢, 嗯有, yes i do, yeah i do
    """
)
NO_WORDS = _phrases(
    """
    没有, 没, 无, 不是, 没呢, 还没, 还没有, 否, 都没有, 一个都没有, 没有的, no, nope, nah, none,
    i don't, we don't, me don't, mi don't, not really, negative, neither, nobody, no one,
    not at all, zero,
    not at the moment, not currently, not right now, not at present, not that i know of, 暂时没有,
    目前没有, 还没有呢, 没有哦, 没得, 木有, not anymore, not any more, no longer, not unless
    """
)

# Phrases that answer the question only when it was asked: on their own they are about something
# else as often as not ("独立了", "grown", "lives with me", "taken").
WEAK = frozenset(
    _phrases(
        """
            上小学, partner, 不用我养, 老人, 结婚, 对象, i support, 都工作了, not yet, 上幼儿园,
            都成家了, 上初中, 上高中, 恋爱, 上大学, dependent, 不用养, 要养, 一个人, 离了, 在谈,
            谈着, taken, dating, 养着, 我养, 我照顾, 照顾她, 照顾他, 照顾他们, 跟我住, 和我住,
            跟着我, 跟我们住, 和我们住, 同我住, 同我们住, 小子, 宝妈, 宝爸, 奶爸, 学费, 要供,
            tuition, boys, girls,
            teen, 不用我管, 不用我操心, 不需要我, 不靠我, 自己挣钱, 自食其力, 独立了, 都独立了,
            经济独立, 成家了, 已经成家, 已成家, 早已成家, 就我一个, 就我一个人, 就我和, 只有我,
            就我, 就俺一个, 就俺一个人, 只有俺, grown, adults,
            independent, 分手, 前任, school fees, my man, little one, depend on me, depends on me,
            rely on me, relies on me, dependent on me, live with me, lives with me, lives with us,
            live with us, living with me, living with us, look after, take care of, care for,
            support her, support him, support them, just me, only me, just myself, grown up,
            all grown, all reared, reared and gone, all reared and gone, grown and gone,
            all grown and gone, moved out, support themselves, on their own,
            financially independent, split up, seeing someone, 结了, 没生, 还没生, 成年了,
            都成年了, 养活自己, one boy,
            one girl, a boy and a girl, 靠我, 都靠我, 指望我, 小宝, 供着, 花我的钱, 生活费,
            little girl, little boy, foster, fostering, adopted, 不用我, 没有需要我, 没有要我,
            our little lad, my little lad, me little lad, our wee lad, my wee lad, our little lass,
            my little lass, me little lass, our wee lass, my wee lass, our little lads,
            our wee lads,
            空窗, 刚离, 被甩, still looking, sweetheart, my love, we split, 恋人, 太太, her carer,
            his carer, their carer, full time carer, caregiver, 嫁人, 嫁人了, spoken for, 小朋友,
            嫁给了, 嫁給了, 嫁咗, 嫁咗俾, 嫁咗畀, 嫁了个, 嫁了一个, 娶了个, 娶了一个, 娶咗,
            养家, 一大家子, 我管, 我来管, 归我管, 我负担, 我负责, 神兽, 小祖宗, kindergarten,
            preschool, daycare, nursery, primary school, elementary school, custody,
            legal guardian, guardian of, still at home, still live at home, still lives at home,
            live at home, lives at home, pay for everything, adult son, adult sons, adult daughter,
            adult daughters, adult child, self supporting, just the two of us, just us two, just us,
            小学生, 初中生, 高中生, 中学生, 学生娃, 读小学, 读初中, 读高中, 读大学, 读幼儿园,
            各过各的, 各自过日子, 不跟我住, 不和我住, 不跟我们住, 不和我们住,
            花不着我的钱, 花不到我的钱, 不花我的钱, 不用我的钱, 不要我的钱, 用不着我养,
            用不着我管, 用不着我操心, 有退休金, 有养老金, 领退休金, 领养老金, 拿退休金, 拿养老金,
            none of my own, none at home, 自己的没有, 自己的还没有, 自己还没有, 自己的还没要,
            haven't got any of my own, haven't any of my own, don't have any of my own,
            not got any of my own, never had any of my own, 自己还没生, 自己的还没生,
            自己还没要, 在找对象, 还在找对象, 正在找对象, 有人了, 已经有人了, 有主了, 已经有主了,
            grandchildren, grandkids, grandson, granddaughter, grandsons, granddaughters,
            grandkid, grandbaby, grandbabies, 孙子, 孙女, 外孙, 外孙女, 孙辈, my youngest,
            my eldest, my oldest, our youngest, our eldest, our oldest, 老头子, 老太婆, 老婆子,
            我家囡囡, 阿拉囡囡, 我囡囡, 俺家囡囡, 我们家囡囡, my lady, my fella, my bloke, 剩女,
            剩男, 细路,
            一仔一女, 一个仔一个女, 小崽子, 小屁孩, 吞金兽, sprog, rugrats, nipper, nippers,
            wee ones, my munchkins, our munchkins, tween, tweens, youngsters,
            免我操心, 免操心, 免我饲, 免我养, 免我顾
        """
    )
    + CHILD_EPITHETS
)
# Grandchildren mostly live with their parents: a dependents answer only when that was asked
# ("I have 3 grandchildren" to the age question says nothing about dependents).
# A single parent is surely no partner, but may have grown-up children: as a dependents answer
# the phrase counts only when that was asked ("nope, single mum" to the partner question).
WEAK_AS_DEPENDENTS = frozenset(
    _phrases(
        """
        单亲妈妈, 单亲爸爸, single mom, single mum, single dad, single parent, single mother,
        single father
        """
    )
)


def is_weak(word: str, kind: str) -> bool:
    """Does `word` answer the `kind` topic only when it was asked?"""
    return word in WEAK or (kind == "dependents" and word in WEAK_AS_DEPENDENTS)


def role(slot: Slot) -> str | None:
    """'partner', 'dependents' or None for a boolean slot, recognised from its name."""
    name = slot.name.lower()
    if any(word in name for word in ("partner", "spouse", "married", "marital", "relationship")):
        return "partner"
    if any(word in name for word in ("dependent", "child", "kid", "famil")):
        return "dependents"
    return None


def vocabulary(kind: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(true phrases, false phrases) for a role."""
    if kind == "partner":
        return PARTNER_TRUE, PARTNER_FALSE
    return DEPENDENTS_TRUE, DEPENDENTS_FALSE
