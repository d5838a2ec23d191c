"""Refusals: the respondent declines to answer the asked slot.

"不方便说", "prefer not to say", "名字就不留了", "that's a bit personal": a refusal is stored as
such and the slot is never asked again, so the phrases must decline to tell, not merely contain a
verb of telling. "不想谈恋爱" and "懒得出门" tell something; "不方便" after an action says what
is a hassle ("签长了不方便"); "就不打了" after a game named in the message says the respondent
stopped playing it ("以前爱打羽毛球，后来就不打了"), which answers the interests question. Kept
apart from `replies` (commands, yes/no, questions back) because refusals are judged for the asked
slot only, and only when no value for it was found.
"""

from __future__ import annotations

import re

from bot.understanding.literal_gates import gated, split_gated
from bot.understanding.unanswered import refusal_voices as voices
from bot.understanding.unanswered.channel_refusals import kept_for_elsewhere
from bot.understanding.unanswered.declined_kinds import declined_kinds
from bot.understanding.unanswered.dismissals import dismissals
from bot.understanding.unanswered.left_unasked import left_unasked
from bot.understanding.unanswered.passed_over import passed_over
from bot.understanding.unanswered.repeat_declined import declined_repeat
from bot.understanding.unanswered.shy_refusals import shy_refusals
from bot.understanding.unanswered.taken_back import taken_back_after
from bot.understanding.unanswered.teasing_refusals import teasing_refusals

# (the clause breaks of `replies`, "、" and "…" included: "签两年…不方便" declines; a space
# between Chinese words parts clauses too: "刚分手 别问了")
_CLAUSE_SPLIT = re.compile(r"[,.!?;:，。！？；：~、…]+|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")

# The refusals of the first rounds, Chinese and English apart: each alternative of a pattern is
# tried at every position of every message, and an alternative of one script cannot match a
# message without that script, so each half runs only where its script is present.
_REFUSAL_ZH_CORE = gated(
    # "不方便说", also softened ("不太方便透露", "不是很方便讲") or formal ("不便告知")
    r"不(?:太|大|是很|是太|怎么)?方便(?:说|透露|告诉|告知|讲|回答|提供|答|写|填|聊)"
    r"|不便(?:说|透露|告诉|告知|讲|回答|提供)|保密|不(?:太|大|是很)?想(?:细|多|具体|详细|再)?"
    # (not "不想谈恋爱", "不想报班"; nor "累得不想说话", "不想聊天": too tired to talk at all,
    # which declines nothing when an answer follows; alone it still does)
    r"(?:说(?!话)|讲(?!话)|告诉|透露|回答|打分|填|提|聊(?!天)|谈(?!恋爱|对象)|分享|回|报(?![名班销考])"
    r"|写|答)|^[^,，。]{0,6}不想(?:说|讲)话[了啊呀。.!！~…]*$"
    r"|不用(?:称呼|叫名字|留名字?)|(?:称呼|名字|姓名)(?:你|您)?(?:就|也)?(?:不用|不必|免了|别(?:记|写|填|问|留))"
    # too lazy to say: "懒得说了", "懒得填" (not "懒得出门")
    r"|懒得(?:说|讲|答|回答|填|写|告诉|透露|提|打分|评)"
    r"|不愿意?(?:说|透露|告诉|回答|讲)|不告诉你|不(?:能"
    r"|便)(?:说|告诉|透露)|就不(?:说|留|讲|提|填|告诉|透露|打|报|写|聊|谈|答)[了啦喇咯]"
    r"|不说了|(?:私人|个人)(?:问题|信息(?!保护)|的事)|隐私|无可奉告|(?:太|有点|有些)(?:私人|私密)(?!订)"
    # in mixed Chinese and English: "这种personal的问题就不share了"
    r"|\bpersonal\s*的(?:问题|事)|就不\s*share\s*[了啦喇咯]"
    # "不说也罢": better left unsaid; "我选择不填": a choice not to answer; "就不跟你们讲了": not
    # telling the asker (not "不跟你说你也知道", with an answer to come)
    r"|不(?:说|提|讲|谈|聊)也罢|选择不(?:填|写|答|回答|说|讲|透露|公开)"
    r"|不(?:跟|和|同|给)(?:你|您)们?(?:说|讲|透露|细说|多说)[了啦喇咯]"
    r"|跳过|下一题|(?<![等到])下一?个问题(?![是呢吗再])|略过|不回答|秘密|这个不(?:说|讲|填)"
    r"|没必要(?:说|告诉)|关你(?:什么|啥|屁|毛)事|管得着|不关你的?事|别问了|不予回答"
    r"|(?:名字|称呼|姓名|年龄|年纪|岁数|这个|这题|这个问题|打分|评分|打星|评价)"
    r"(?:嘛|呢|的话)?[,，]?(?:就|还是)?(?:算了|免了)"
    # not taking part in rating or surveys: "评分这类我从来不参加", "我不参与打分"
    r"|(?:打分|评分|打星|评价|问卷|调查)[^,，。.!！?？]{0,8}不(?:参与|参加)"
    r"|不(?:参与|参加)(?:打分|评分|打星|评价|问卷|调查)|(?<!是)匿名"
    # "不说", also after a question back ("这也要问？不说"), or with the question named and the
    # respondent as subject ("打分这题我不答", "这个我就不说", "感情上的事不答")
    # (a space parts the clauses too: "这个也要问啊 不说"; given up first: "算了不说")
    r"|(?:^|[,，。？?!！]\s*|(?<=[\u4e00-\u9fff])\s+)(?:[\u4e00-\u9fff]{0,8}?(?:这个问题|这道题|这题"
    r"|这个|这项|的事|方面))?(?:算了[,，\s]*)?(?:我|俺|额)?(?:就|可|也|还是)?不(?:说|答|回答)[了啦吧]?[!！。.~…]*$"
    r"|不留名|名就不留"
    # the topic said not to matter: "名字不重要", "年龄不重要吧，我住长沙"
    # ("叫啥都无所谓", "称呼无所谓", any name being fine, leaves the choice: vague)
    r"|(?:名字|称呼(?!(?:就|也|都)?无所谓)|姓名|姓什么(?!都)|姓啥(?!都)|叫什么(?!都)|叫啥(?!都)|年龄|岁数|年纪|多大|性别"
    r"|家里(?:的)?情况|家庭情况|婚姻状况|感情状况|收入)(?:就|也|都)?(?:不重要|无所谓|没那么重要)"
    # no more said about it: "家里情况就不多说了" (not "不多说了，网太慢" with an answer after it)
    r"|不(?:多|细|想多)(?:说|讲|聊|谈)了?[哈啊呀吧哦啦嘛]*[。.!！~…]*$"
    # a rating put off: "你们就先不评了" ("先不聊" may only mean "later")
    r"|先不(?:评|打分)"
    # a bare "won't do it" opening the answer: "不打了，没意思", "不填了"
    r"|^(?:就|那就)?不(?:打|评|填|写|答)了(?=$|[,，。!！~])"
    # ... or answering a question back: "打分？不打了"
    r"|[?？]\s*不(?:打|评|填|写|答)了(?=$|[,，。!！~])"
    r"|(?:^|[,，。？?!！]\s*)不填(?:了|啦|吧)?(?=$|[,，。.!！])"
)
_REFUSAL_EN_CORE = split_gated(
    # wanting to stay anonymous (not the survey said to be anonymous: "I heard it's anonymous")
    r"(?<!is )(?<!are )(?<!'s )(?<!was )(?<!to be )\banonymous\b|\banon\b"
    # "that's between me and my doctor", "that's for me to know"
    r"|\b(?:that|this|it)(?:'s| is| stays| remains)(?: strictly| just)? between (?:me|myself) and\b"
    r"|\bfor me to know\b"
    r"|prefer not|(?:(?:i'?d|i would) |^|(?<=[.!?] ))rather not\b(?!\s+(?:switch|leave|change|move"
    # (not "I'd rather not know": not wanting to find out, a hedge)
    r"|cancel|renew|stay|go|have|be|pay|use|know|think|look|check|find out))"
    r"|rather not (?:say|share|answer|tell|discuss|rate|give)"
    r"|none of your (?:business|concern)|not your (?:business|concern)|mind your (?:own )?business"
    r"|mind your own"
    # said by the respondent ("won't say", "I just won't tell"; not "the app won't share")
    r"|not telling|(?:^|\b(?:i|we)\s+(?:just\s+|simply\s+)?|[,.;!?]\s*)(?:won'?t|will not)"
    r" (?:say|tell|share)"
    # "not saying" as a clause of its own ("not saying, you'll spam me"; not "not saying it's bad"),
    # also with what is asked as its object: "not saying where I live, sorry love", "not saying
    # how old I am" (not "not saying where I live is bad", which goes on)
    # ("Nah not sayin": a no before it, the g dropped)
    r"|(?:^|[,.;!?]\s*)(?:(?:nah|naw|nope|no|na)[,.!]?\s+)?(?:i'?m\s+|i am\s+)?not"
    r" say(?:ing|in'?)(?:\s+(?:where (?:i|we) (?:live|am|are|stay)"
    r"|how old i am|how much (?:i|we) (?:pay|spend|earn|make)|my (?:age|name|address|postcode)))?"
    r"(?=\s*(?:$|[,.;!?]|lol\b|sorry\b|mate\b|tbh\b))"
    r"|\bnunya\b"
    r"|(?:don'?t|do not) (?:really |actually |particularly |exactly )?(?:(?:want|wish|care) to"
    r"|wanna) (?:say|give|provide|reveal|leave"
    r"|share|answer|tell|talk(?! to (?:anyone|anybody|people|a soul)\b)|go into|get into|discuss"
    r"|disclose|rate)"
    r"|not comfortable|(?:that'?s|(?:that|this) (?:one|question)(?:'s| is)) (?:(?:a bit|a little"
    r"|a tad|rather|too|quite|very|kinda|kind of"
    r"|pretty|fairly|way too) )?(?:personal|private)|\bno names\b|\bno name,? please\b"
    # "my age is my business", "that's my business tbh" (not "it's my business account"); in
    # patois "dat a mi business" (not "a mi business expense")
    r"|(?:'s|\bis|\bare|\bdat a(?: fi)?) (?:my|our|mi) (?:own )?business"
    r"(?=\s*(?:$|[,.!?;]|tbh\b|lol\b|thanks\b))"
    # "that's all you're getting": what was said is all there will be
    r"|\bthat'?s all (?:you'?re|you are|i'?m) (?:getting|gonna get|going to get|saying|sharing"
    r"|giving)\b"
    r"|\b(?:keep|leave)\s+(?:\w+\s+){0,3}?out of (?:this|it)\b"
    r"|keep (?:that|it|this|my (?:\w+ ){0,2}\w+|(?:[\w']+\s+){1,3}?(?:stuff|things|details|matters"
    r"|life))"
    r" (?:private|to myself)"
    # what is asked kept back, named as a clause or a noun: "I'll keep where I live to myself",
    # "keeping how old I am to myself" (not "I keep to myself", "keep myself to myself": shy)
    r"|\bkeep(?:s|ing)? (?!myself\b|meself\b|ourselves\b)(?:[\w']+ ){1,4}?to (?:myself|meself"
    r"|ourselves)\b"
    r"|\b(?:that|this|it)(?: one)?,? (?:i'?ll|i will|we'?ll|i'?d (?:rather|prefer to)|i'?m|i am"
    r"|we'?re) keep(?:ing)? (?:to (?:myself|ourselves)|private)\b"
    # wanting no name on the answer: "I'll stay nameless", "rather remain unnamed"
    r"|\b(?:stay|stays|staying|remain|remaining|keep (?:me|myself|it)|go|going)"
    r" (?:[\w']+ )?(?:nameless|unnamed|incognito)\b"
    # a question passed over by its topic: "I'll skip the hobbies one", "skipping this one";
    # "sit this one out", "give that one a miss" (not "skip the gym one day a week")
    r"|\bskip(?:ping)? (?:this|that|the)(?: [\w']+){0,2}? (?:one|question|q|bit|part)"
    r"(?=\s*(?:$|[,.!?;)]|if\b|please\b|thanks\b|for now\b|lol\b|tbh\b|mate\b))"
    r"|\bsit (?:this|that)(?: one| question)? out\b"
    r"|\bgive (?:this|that)(?: one| question)? a miss\b"
    r"|^skip\b|\bskip (?:this|it|that|the (?:question|rating|score|bit|part|one))\b|^pass\b"
    # (not a milestone ahead: "I'll pass the two-year mark in March", nor a thing handed on:
    # "I'll pass the phone to my husband", "I'll pass on the message to her")
    r"|\bi'?ll pass\b(?!\s+(?:the\s+)?[\w]+[- ](?:years?|yrs?|months?)\b)"
    r"(?!\s+(?:on\s+)?(?:it|this|that|you|him|her|them|the \w+)\s+(?:on\s+|over\s+|along\s+)?to\b)"
    r"|\bpass on (?:this|that|it|the (?:question|rating|score|one))\b"
    # "decline" alone: a card "declined" or a service "declining" refuses nothing
    r"|(?:[,.;?!]\s*)pass[.!]*$|no comment|\bdecline\b"
    r"|not going to (?:say|tell|share|answer)|confidential|private (?:family )?matter"
    # "next question" moves on (not "ask me again at the next question": put off till then)
    # (nor "if that's the next question", "in case that's your next question": a question
    # foreseen and answered)
    r"|(?<!at the )(?<!on the )(?<!by the )(?<!in the )(?<!till the )(?<!until the )(?<!'s the )"
    r"(?<!is the )(?<!'s your )(?<!is your )(?<!be the )(?<!be your )next question"
    r"|personal question|not (?:gonna|going to) (?:answer|share|say|tell)"
    # the respondent not answering (not "the customer's not answering", "support is not answering")
    r"|(?:^|[,.;!?]\s*|\b(?:i'?m|i am|we'?re|we are) (?:just |simply )?)not answering"
    r"|\bclassified\b"
    r"|\b(?:is|'s|are) (?:private|a secret)\b|\bnot (?:giving|sharing|telling)\b"
    r"|rather not (?:get|go) into"
    r"|\bnames? (?:doesn'?t|does not|don'?t|do not) (?:really |actually |even )?matter"
    r"|\bnames?(?:'s|\s+is|\s+are)?(?:\s+not|n'?t) important|\bno giving\b"
    # "not something I share", "names aren't something I give out"
    r"|\b(?:i'?d|i would) sooner not\b|(?:\bnot|n't) something i (?:share|give out|discuss|tell)"
    # ("not something I want to say", "isn't something I wanna get into"; not "leaving isn't
    # something I want to do", which answers, nor "... to say out loud, but I'm leaving")
    # (also told to a machine: "not something I want to tell a bot", "not something I'd share
    # with a chatbot")
    r"|(?:\bnot|n't) something i(?:(?:'d| would)(?: (?:want|care|like|love|need) to| wanna)?"
    r"| (?:(?:want|care|like|love|need) to|wanna))"
    r" (?:discuss|share|talk about|get into|go into|say|tell|answer|disclose|reveal|give out)"
    r"(?: (?:you|u|here|online|right now|now|(?:with |to )?(?:you|anyone|strangers|a stranger"
    r"|(?:a |some |an )?(?:bot|chatbot|machine|robot|computer|ai|app)s?"
    # (where it is asked: "not something I want to go into on a survey")
    r"|(?:on|in|over|for) (?:a |an |this |the )?(?:survey|questionnaire|form|chat|text)s?)))?"
    r"(?=\s*(?:$|[,.!?;](?!\s*but\b)|tbh\b|lol\b|sorry\b|mate\b|thanks\b|to be honest\b))"
    # "not something I'm comfortable sharing", "not information I'm prepared to share"
    r"|\bnot (?:something|information|info|details|a thing) (?:that )?i'?m (?:comfortable|happy"
    r"|keen|prepared|willing|ready) (?:(?:to )?(?:sharing|share|saying|say|telling|tell|giving"
    r"|give|disclose|disclosing)\b)"
    r"|(?:^|\bi |[,.]\s*)(?:don'?t|do not|never|won'?t) (?:give out|hand out|disclose|share) "
    r"(?:my |any |that |such |payment |personal |bank |card |financial )*"
    r"(?:info|information|details)\b"
    # a habit of not giving such facts out: "I don't share my location", "never give out my
    # address", "we don't tell people where we live" (not "don't share the bill with anyone")
    r"|(?:^|\b(?:i|we)\s+|[,.;]\s*)(?:don'?t|do not|never|won'?t)\s+(?:really |usually |ever )?"
    r"(?:share|give(?: out)?|hand out|disclose|reveal|discuss|talk about|tell(?: \w+)?)\s+"
    r"(?:(?:my|our|that|such|any|personal|private|real|home|exact|full)\s+)*"
    r"(?:location|address|whereabouts|age|name|postcode|zip|details|info|information"
    r"|private life|personal life|(?:kind|sort) of (?:thing|stuff)|where (?:i|we) (?:live|am|are)"
    r"|how old)\b"
    # a saying that declines: "a lady never tells her age", "a gentleman never reveals"
    r"|\b(?:lady|gentleman|woman|man) (?:never|doesn'?t|does not|don'?t) (?:tell|tells|reveal"
    r"|reveals|say|says|discuss|discusses)\b"
    # the topic waved off: "doh bother me with complaints today nah" (Trinidadian "doh" is "don't";
    # not "don't bother me with sales calls", which is a grievance)
    r"|\b(?:don'?t|do not|doh|dont) (?:bother|trouble|pester) me with (?:no |any |your |all )?"
    r"(?:this|that|dis|dat|complaints?|questions?|surveys?|such things)\b"
    r"|\bleave (?:that|it|this) (?:one )?blank|(?:^|[,.?!]\s*)skip[.!]?$|^no,? thank(?:s| you| u)\b"
    # "let's skip", "let's skip that one" closing a clause (not "let's skip the small talk")
    r"|\blet'?s (?:just )?skip(?: (?:it|this|that)(?: one)?)?(?=\s*(?:$|[,.!?;]))"
)

# Refusals of later rounds, kept apart from the big pattern above and searched only when a cheap
# trigger is present: every alternative of one pattern is tried at every position, so each adds
# to the time of every message.
_REFUSAL_ZH = re.compile(
    # giving up telling: "算了不讲了", "唉，不提了" (not "他们都不讲道理")
    r"算了[,，\s]*(?:还是)?不(?:说|讲|提|聊|写|填)了|(?:^|[,，。.!！~…\s])(?:唉|哎|嗐|害)?不(?:讲|提)了"
    r"(?=$|[,，。.!！~…])"
    # not telling for now: "我自己就先不讲了", "暂时不说" (not "先不说这个，…", an answer to come)
    r"|(?:先|暂时|暂且)不(?:讲|说|提|透露)(?:了|吧|啦)*(?=$|[,，。.!！~…])"
    # the name not given out: "主播不报真名", "不想留名字", "不愿意留电话", "真名就不报了",
    # "名字我不想留" (not "不想留在这"; a phone number only with the will: "客服不给电话" is a
    # grievance)
    r"|不(?:报|留|给|写|填|公开)(?:真名|真实姓名|全名|本名|名字|姓名)"
    r"|不(?:太|大|是很)?(?:想|愿意?|方便|打算)(?:报|留|给|写|填|公开|透露)(?:个|下|我的)?"
    r"(?:真名|真实姓名|全名|本名|名字|姓名|电话|手机号|联系方式|个人信息)"
    r"|(?:真名|真实姓名|本名|名字|姓名)(?:我|俺)?(?:就|也|还是)?不(?:太|大)?(?:想|愿意?|方便|打算)?"
    r"(?:报|给|公开|留|写|填|透露)"
    # a rating not given: "这个就不打分了", "就不评了" (the "就不打了" of a game is read apart)
    r"|不(?:打分|评分|打星|评)了|就不评"
    # the score named, then not given: "这分我不打", "分数我就不给了" (not "这分我不打高")
    r"|(?:^|[,，。.!！~…\s]|这|那)(?:个)?分数?(?:我|俺)?(?:就|可|也|还是)?不(?:打|给|评)(?:了|啦)?"
    r"(?=$|[,，。.!！~…])"
    # "您呐就别打听了", "甭打听了" (not "别打听别人的事": somebody else's business)
    r"|(?:别|甭)(?:再)?(?:打听|多问)(?:了|啦|啊)?(?=$|[,，。!！~…])|甭问"
)
_ZH_TRIGGER = re.compile(r"[不别甭]")
_REFUSAL_EN = re.compile(
    # Northern and Irish English "I'll not say", "I shan't tell" (not "I'll not say it's bad")
    r"\b(?:i'?ll|i will|i shall|we'?ll) not (?:say(?!\s+(?:it|that it|they|he|she)\b)|tell|share"
    r"|go into|get into|discuss)\b|\b(?:i|we) shan'?t (?:say|tell|share|go into|get into|discuss)\b"
    r"|\bnot tellin\b"
    # told not to give it out, and not doing so: "I shouldn't give my age to machines, so I shan't"
    r"|(?:shouldn'?t|mustn'?t|not to|never to) (?:give|tell|share|say|reveal|disclose|hand)\b"
    r"[^.!?]{0,60}?\bso (?:i|we) (?:shan'?t|won'?t|will not|shall not)\b"
    # the topic echoed and turned down flat: "Location data? Absolutely not." (a kin word with it
    # answers no: "Kids? No way")
    r"|\b(?:data|info|information|details|address|location|postcode|zip(?: code)?|age|salary"
    r"|income|name|surname|whereabouts)\s*\?+\s*(?:absolutely not|no way|not a chance|hell no"
    r"|not happening|no chance|definitely not|nope)\b"
    # the survey itself turned down as unpaid work: "I'm not doing your QA for free"
    r"|\bnot (?:doing|gonna do|going to do) (?:your|ur) (?:(?:qa|surveys?|market research|research"
    r"|homework|data collection|testing)\b|(?:[\w']+ ){1,2}?for (?:free|nothing)\b)"
    # not written into a survey or a form: "I'm not putting where I live on some survey", "not
    # typing my address into a form" (not "I'm putting the kettle on")
    r"|\bnot (?:putting(?! up\b)|writing|typing|giving out|entering) [^.!?,]{1,30}?\b(?:on|in"
    r"|into) (?:some|a|any|this|your|an|the|ur) (?:(?:random|stupid|online|silly) )?(?:surveys?"
    r"|forms?|questionnaires?|websites?|chats?|bots?)\b|\bnot putting [^.!?,]{1,20} online\b"
    # kept out of the company's records: "my own age stays off your servers"
    r"|\b(?:stays?|staying|kept|keep(?:ing)? (?:it|that|this)) off (?:your|ur|the|any) (?:servers?"
    r"|records?|databases?|systems?|files?|books|lists?|forms?|spreadsheets?)\b"
    # "my threat model doesn't include telling you"
    r"|\b(?:doesn'?t|does not|don'?t|do not|won'?t) (?:include|involve|extend to|stretch to|cover)"
    r" (?:telling|sharing|giving|disclosing|handing over|revealing)\b"
    # the talk itself turned down: "I'm not discussing payment stuff on a chat", "not discussing
    # that here" (not "we were discussing it at home", "not discussing it with him yet, but...")
    r"|(?:^|\b(?:i'?m|i am|we'?re|we are)\s+|[,.;!?]\s*)(?:just\s+|really\s+)?not (?:discussing"
    r"|getting into)\b(?![^,.;!?]{0,40}\b(?:yet|with (?:him|her|them|my))\b)"
    # "that" kept back: "I don't share that", "don't share it with strangers" (not "I don't share
    # it with my sister", a phone or a plan not shared)
    r"|(?:^|\b(?:i|we) )(?:don'?t|do not|never) share (?:that|this|it|those)\b"
    r"(?=\s*(?:$|[,.!?;]|online\b|here\b|on (?:here|a chat|chat|the internet|forms?)\b"
    r"|sorry\b|mate\b|bro\b|lol\b|tbh\b|with (?:strangers|anyone|anybody|people|bots?|you"
    r"|companies|apps?)\b))"
)
_EN_TRIGGER = re.compile(r"no|n't|off|never")
_LATIN = re.compile(r"[a-z]")


def _refusals(low: str) -> list[re.Match[str]]:
    """Every phrase of refusal in the message, in the order of the patterns."""
    found: list[re.Match[str]] = []
    if not low.isascii():
        found += _REFUSAL_ZH_CORE.finditer(low)
    if low.isascii() or _LATIN.search(low):
        found += _REFUSAL_EN_CORE.finditer(low)
    if _ZH_TRIGGER.search(low):
        found += _REFUSAL_ZH.finditer(low)
    if _EN_TRIGGER.search(low):
        found += _REFUSAL_EN.finditer(low)
    found += declined_kinds(low)
    found += teasing_refusals(low)
    found += shy_refusals(low)  # "年纪大了不好意思说"
    found += declined_repeat(low)  # "said it all to your call centre, not going through it again"
    found += kept_for_elsewhere(low)  # "through the formal complaints channel, not this survey"
    found += left_unasked(
        low
    )  # "名字就莫问了哈", "打分这种就算了", "names are for friends 😉 skip"
    return found + voices.voiced_refusals(low) + dismissals(low) + passed_over(low)


# "不方便" alone declines to tell ("这个不方便", "年龄不方便哈"); after an action in its clause it
# says what would be a hassle ("签长了不方便", "跑营业厅交钱不方便"), and before another verb too
# ("不方便去营业厅").
_BARE_INCONVENIENT = re.compile(
    r"不(?:太|大|是很|是太|怎么)?方便(?=(?:哈|啊|呀|吧|了|的|呢|哦|啦)*\s*(?:$|[,，。.!！?？;；~…]))"
)
_ACTION_BEFORE = re.compile(
    r"[了着得]$|起来$|签|交|缴|付|办|跑|去|装|用|出门|上门|带|换|搬|开车|坐车|排队"
    r"|腿|脚|身体|行动|腰|膝"  # "腿脚不方便": hard to get about, nothing declined
)


# "就不打了" / "不写了" refuse to rate or to write an answer, unless the message names something
# the respondent plays or writes: then they stopped doing it ("以前爱打羽毛球，后来就不打了",
# "篮球早就不打了", "上学时写小说，工作了就不写了"), which answers the interests question. A
# rating or an answer named as the object still refuses ("打分？不打了", "分就不打了").
_STOPPED = re.compile(r"不(?P<verb>[打写聊])[了啦喇咯]")
_ACTIVITY_OF = {
    "打": re.compile(r"球|游戏|牌|麻将|拳|太极|电动"),
    "写": re.compile(r"小说|文章|日记|代码|诗|写字|练字|书法|博客|剧本|歌"),
    "聊": re.compile(r"聊天|网聊"),
}
_RATING_OBJECT = re.compile(r"分|星|评价|问卷|名字|名|姓|这个|这题")


def _stopped_activity(low: str, m: re.Match[str]) -> bool:
    stopped = _STOPPED.search(m.group())
    if stopped is None or stopped.end() != len(m.group()):
        return False
    return _of_activity(low, m.start() + stopped.start(), stopped.group("verb"))


def _of_activity(low: str, at: int, verb: str) -> bool:
    """The stop at `at` is about something played or written, named before it, and not about a
    rating or an answer named in its own clause ("这分我就不打了")."""
    if _RATING_OBJECT.search(_CLAUSE_SPLIT.split(low[:at])[-1]):
        return False
    return _ACTIVITY_OF[verb].search(low, 0, at) is not None


def stopped_activities(low: str) -> list[tuple[int, re.Pattern[str]]]:
    """Where the respondent says they stopped playing or writing ("后来就不打了"), each with what
    that verb is done to: a hobby of that kind named before it is a past one ("爱打篮球，后来膝盖
    伤了就不打了" is no interest in sports)."""
    return [
        (m.start(), _ACTIVITY_OF[m.group("verb")])
        for m in _STOPPED.finditer(low)
        if _of_activity(low, m.start(), m.group("verb"))
    ]


def is_refusal(low: str) -> bool:
    """The message declines to answer (said of the asked slot; read when no value was found)."""
    if any(
        not _stopped_activity(low, m)
        and not voices.signing_off(low, m)
        and not voices.asks_about_anonymity(low, m)
        and not taken_back_after(low, m.end())  # "a lady never tells... only joking, female"
        for m in _refusals(low)
    ):
        return True
    return any(
        _ACTION_BEFORE.search(_CLAUSE_SPLIT.split(low[: m.start()])[-1]) is None
        and not taken_back_after(low, m.end())
        for m in _BARE_INCONVENIENT.finditer(low)
    )


# A refusal of "the rest" after an answer ("女，别的就不说了", "男的，其他不方便透露", "Male,
# the rest is none of your business", "female, and that's all I'm saying", "Woman. Next
# question"): what was said
# answers, only more is declined. The rest word opens the refusal's clause (Chinese) or sits in
# it (English).
_REST_ZH = re.compile(
    r"\s*(?:至于|但是?|不过|那)?(?:别的|其他|其它|其余|剩下|多的|更多|再多)"
    # moving on after an answer: "三年了，下一个", "两年，下一题吧"
    r"|\s*(?:好了?|行了?|ok|okay|那)?\s*下一(?:个|条|道|题|位)"
    # no more questions on it after the answer: "离了，别问了", "两个娃，不想多说"
    r"|\s*(?:你|您)?(?:就|也)?(?:别|不要|甭|莫)(?:再|多)?问了|\s*(?:我|俺)?(?:就|也)?不想(?:多|细|再)说"
    # more waved off after the answer: "女的，我就算了吧", "女，你知道这个就行了"
    r"|\s*(?:我|俺)(?:自己)?的?(?:嘛|呢)?(?:就|还是)(?:算了|免了)|\s*(?:你|您)?们?知道这"
)
_REST_EN = re.compile(
    r"\b(?:the rest|rest is|rest's|anything (?:else|more)|everything else|nothing (?:else|more)"
    r"|beyond that|more than that|other than that|that'?s all"
    # moving on after an answer: "Guy, obviously. Next question pal"
    r"|next question)\b"
)


def rest_declined_from(low: str) -> int | None:
    """Where the declined rest begins when every refusal in the message declines only what is
    left after an earlier clause, else None."""
    starts = [m.start() for m in _refusals(low) if not _stopped_activity(low, m)]
    starts += [m.start() for m in _BARE_INCONVENIENT.finditer(low)]
    first: int | None = None
    for start in starts:
        before = [b for b in _CLAUSE_SPLIT.finditer(low) if b.end() <= start]
        if not before or not low[: before[-1].start()].strip():
            return None  # no clause before it that could hold the answer
        head = before[-1].end()
        clause_end = _CLAUSE_SPLIT.search(low, start)
        clause = low[head : clause_end.start() if clause_end else len(low)]
        if not (_REST_ZH.match(clause) or _REST_EN.search(clause)):
            return None
        first = head if first is None else min(first, head)
    return first
