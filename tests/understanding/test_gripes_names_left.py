"""Gripes by faint comparison, arrivals from a rival echoed back, a decision put off to the term's
end without the word for the contract, and a name signed or settled on a form of address."""

from __future__ import annotations

import pytest

from .conftest import check_reading

CASES = [
    # the provider judged no better than another: a complaint, the whole text
    (
        "complaint",
        "you're not much better than my last provider",
        {"complaint": "you're not much better than my last provider"},
        "",
    ),
    (
        "complaint",
        "no better than my last provider",
        {"complaint": "no better than my last provider"},
        "",
    ),
    ("complaint", "you're no better than BT", {"complaint": "you're no better than BT"}, ""),
    (
        "complaint",
        "honestly, you're just as bad as my old provider",
        {"complaint": "honestly, you're just as bad as my old provider"},
        "",
    ),
    ("complaint", "你们也没比以前那家好多少", {"complaint": "你们也没比以前那家好多少"}, ""),
    ("complaint", "比移动也强不到哪去", {"complaint": "比移动也强不到哪去"}, ""),
    ("complaint", "跟之前那家一样烂", {"complaint": "跟之前那家一样烂"}, ""),
    # ... not "not much" alone, nor praise by comparison, nor the service's own past
    ("complaint", "not much really", {}, "v"),
    ("complaint", "not much to complain about", {}, "v"),
    ("complaint", "you're better than my last provider", {}, "v"),
    ("complaint", "not much better than before", {}, "v"),
    ("complaint", "你们比联通强多了", {}, "v"),
    ("complaint", "跟以前那家差不多", {}, "v"),
    # leaving echoed, then the respondent has just come over from a rival: stay
    ("churn_intent", "leave? I just left BT for you", {"churn_intent": "stay"}, ""),
    (
        "churn_intent",
        "switch? I only just switched from Vodafone to you",
        {"churn_intent": "stay", "tenure_months": 0},
        "",
    ),
    ("churn_intent", "走？我刚从移动转过来", {"churn_intent": "stay"}, ""),
    ("churn_intent", "换？我才从电信换过来的", {"churn_intent": "stay"}, ""),
    ("churn_intent", "转网？刚从联通转网过来", {"churn_intent": "stay"}, ""),
    # ... not a leaving said after the echo, nor coming from somewhere else
    ("churn_intent", "leave? yes, I'm leaving for BT", {"churn_intent": "leave"}, ""),
    ("churn_intent", "走？我刚从公司过来", {}, ""),
    # the decision put off to the term's end, the contract left unnamed: unsure
    ("churn_intent", "到期了看联通有啥优惠再说", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "合约到期了看移动那边有么子优惠再说", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "到期了看看电信有没有活动再说", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "等到期了再说", {"churn_intent": "unsure"}, ""),
    # ... not something else put off, or another thing's end
    ("churn_intent", "到家了再说", {}, ""),
    ("churn_intent", "我下班到家了再说", {}, ""),
    ("churn_intent", "会员到期了再说", {}, ""),
    ("churn_intent", "到期了就换", {"churn_intent": "leave"}, ""),
    # a name signed with where the respondent is from
    ("name", "Nadine Clarke here from Nassau", {"name": "Nadine Clarke", "city": "Nassau"}, ""),
    ("name", "Nadine here from Leeds", {"name": "Nadine", "city": "Leeds"}, ""),
    ("name", "Came here from Leeds last year", {}, ""),
    ("name", "Raj here", {"name": "Raj"}, ""),
    # a form of address consented to after the name given wins
    (
        "name",
        "It's Margaret Okafor, but Mrs. Okafor will do just fine",
        {"name": "Mrs. Okafor"},
        "",
    ),
    ("name", "I'm Peter Smith, but Mr. Smith is fine", {"name": "Mr. Smith"}, ""),
    ("name", "I'm John Lee, Dr. Lee will do", {"name": "Dr. Lee"}, ""),
    ("name", "我叫陈红梅，陈阿姨就行", {"name": "陈阿姨"}, ""),
    ("name", "我叫王建国，王师傅就好啦", {"name": "王师傅"}, ""),
    ("name", "陈红梅，陈阿姨就行", {"name": "陈阿姨"}, ""),
    ("name", "我叫陈红梅，大家都喊我梅姐，你也喊梅姐吧", {"name": "梅姐"}, ""),
    # ... a short form said to be fine is the name to use, but not another surname's title
    ("name", "I'm Priyanka, but Pri is fine", {"name": "Pri"}, ""),
    ("name", "I'm Tom Reid, Mrs Hale is fine too", {"name": "Tom Reid"}, ""),
    ("name", "我叫陈红梅，王阿姨就行", {"name": "陈红梅"}, ""),
]


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_reading(survey, asked, text, expected, flag):
    check_reading(survey, asked, text, expected, flag)
