"""Children and lines said in passing, and service parts rated under the contract question.

- Children named by their stage of school ("two middle schoolers", "a 5th grader") are children
  at home in any answer, unless they are pupils, the respondent, or somebody else's.
- Own children in a condition closed by "as long as", "as soon as", "as well as" ("yes, as long
  as my kids can still do school online") are had; "as my baby" of a pet is a likeness.
- The respondent's own DSL ("fix my DSL first", "our adsl drops") names the line under any
  question; somebody else's DSL, a former one and a DSL job name none.
- A named part of the service rated mildly ("速度还行", "the broadband's alright") is no hedge of
  the contract; a bare "还行" or a contract not remembered still is.
"""

from __future__ import annotations

import pytest

from .conftest import check_reading

SCHOOL_STAGES = [
    (
        "gender",
        "she/her, mom of two middle schoolers",
        {"has_dependents": True, "gender": "female"},
        "",
    ),
    (
        "gender",
        "she/her, I have two middle schoolers",
        {"has_dependents": True, "gender": "female"},
        "",
    ),
    ("gender", "he/him, dad to two high schoolers", {"has_dependents": True, "gender": "male"}, ""),
    ("gender", "female, mom of two preschoolers", {"has_dependents": True, "gender": "female"}, ""),
    ("gender", "female, mum of a 5th grader", {"has_dependents": True, "gender": "female"}, ""),
    (
        "gender",
        "male, dad of three grade schoolers",
        {"has_dependents": True, "gender": "male"},
        "",
    ),
    (
        "gender",
        "female, my son is a third grader",
        {"has_dependents": True, "gender": "female"},
        "",
    ),
    (
        "gender",
        "female, got a kindergartner and a toddler",
        {"has_dependents": True, "gender": "female"},
        "",
    ),
    (
        "gender",
        "female, my kids are fourth graders",
        {"has_dependents": True, "gender": "female"},
        "",
    ),
    ("gender", "male, dad of two high-schoolers", {"has_dependents": True, "gender": "male"}, ""),
    (
        "gender",
        "female, two primary schoolers at home",
        {"has_dependents": True, "gender": "female"},
        "",
    ),
    ("age", "31, mom of two middle schoolers", {"has_dependents": True, "age": 31}, ""),
    (
        "city",
        "Columbus, with my husband and our two elementary schoolers",
        {"has_partner": True, "has_dependents": True, "city": "Columbus"},
        "",
    ),
    (
        "churn_intent",
        "staying, my high schooler needs it for homework",
        {"has_dependents": True, "churn_intent": "stay"},
        "",
    ),
    ("has_dependents", "I have two high schoolers", {"has_dependents": True}, ""),
    ("has_dependents", "yes, two grade schoolers", {"has_dependents": True}, ""),
    ("gender", "female, I teach middle schoolers", {"gender": "female"}, ""),
    ("gender", "female, I teach 5th graders", {"gender": "female"}, ""),
    ("gender", "female, when I was a high schooler", {"gender": "female"}, ""),
    ("gender", "female, my niece is a high schooler", {"gender": "female"}, ""),
    ("gender", "female, as a middle schooler I loved it", {"gender": "female"}, ""),
    ("gender", "male, I coach high schoolers", {"gender": "male"}, ""),
    ("gender", "female, my sister's two middle schoolers", {"gender": "female"}, ""),
    ("gender", "female, 30 fifth graders in my class", {"gender": "female"}, ""),
    ("gender", "female, I tutor high schoolers", {"gender": "female"}, ""),
    ("gender", "female, mum of two", {"gender": "female"}, ""),
    ("gender", "male, the high schoolers next door are loud", {"gender": "male"}, ""),
    ("has_dependents", "I teach high schoolers, no kids of my own", {"has_dependents": False}, ""),
    ("has_dependents", "nope, I'm a high schooler myself", {"has_dependents": False}, ""),
]

AS_LONG_AS_MY_CHILDREN = [
    (
        "churn_intent",
        "yes, as long as my kids can still do their school stuff online",
        {"has_dependents": True, "churn_intent": "unsure"},
        "",
    ),
    (
        "churn_intent",
        "staying, as long as my kids can do school online",
        {"has_dependents": True, "churn_intent": "unsure"},
        "",
    ),
    (
        "churn_intent",
        "I'll stay as long as our kids can stream",
        {"has_dependents": True, "churn_intent": "unsure"},
        "",
    ),
    (
        "churn_intent",
        "stay, as long as my daughter can still do her online classes",
        {"has_dependents": True, "churn_intent": "unsure"},
        "",
    ),
    (
        "churn_intent",
        "yes, as long as my son can still do his homework",
        {"has_dependents": True, "churn_intent": "unsure"},
        "",
    ),
    (
        "churn_intent",
        "yes as long as my kids are happy",
        {"has_dependents": True, "churn_intent": "unsure"},
        "",
    ),
    (
        "churn_intent",
        "yes, as long as my teens stop moaning",
        {"has_dependents": True, "churn_intent": "unsure"},
        "",
    ),
    (
        "churn_intent",
        "I pay for the wife as well as my kids",
        {"has_partner": True, "has_dependents": True},
        "",
    ),
    (
        "satisfaction",
        "4, as long as my kids can game it's fine",
        {"has_dependents": True, "satisfaction": 4},
        "",
    ),
    (
        "complaint",
        "it drops as soon as my kids get home from school",
        {"has_dependents": True, "complaint": "it drops as soon as my kids get home from school"},
        "",
    ),
    (
        "interests",
        "gaming, as much as my kids let me",
        {"has_dependents": True, "interests": ["gaming"]},
        "",
    ),
    ("churn_intent", "yes, as long as the price stays the same", {"churn_intent": "unsure"}, ""),
    ("churn_intent", "my dog is basically my child, staying", {"churn_intent": "stay"}, ""),
    ("churn_intent", "I treat the cat as my baby, staying", {"churn_intent": "stay"}, ""),
    ("churn_intent", "staying, the puppy's like my child", {"churn_intent": "stay"}, ""),
    ("churn_intent", "as long as my son doesn't complain", {"churn_intent": "unsure"}, ""),
    (
        "churn_intent",
        "staying as long as my grandkids can video call",
        {"churn_intent": "unsure"},
        "",
    ),
    ("churn_intent", "yes, as long as I can work from home", {"churn_intent": "unsure"}, ""),
    (
        "churn_intent",
        "yes, as long as my husband is happy",
        {"has_partner": True, "churn_intent": "unsure"},
        "",
    ),
    ("gender", "female, the dog is as good as my child", {"gender": "female"}, ""),
    (
        "churn_intent",
        "if my son can find me a cheaper deal elsewhere I'll go",
        {"churn_intent": "unsure"},
        "",
    ),
    (
        "has_partner",
        "yes, I support my wife as well as my kids",
        {"has_dependents": True, "has_partner": True},
        "",
    ),
]

OWN_DSL = [
    (
        "city",
        "Do the needful and fix my DSL first, then I will answer",
        {"internet_service": "dsl"},
        "",
    ),
    ("age", "fix my DSL first", {"internet_service": "dsl"}, ""),
    ("name", "our DSL drops every evening", {"internet_service": "dsl"}, ""),
    ("gender", "my adsl is rubbish", {"internet_service": "dsl"}, ""),
    ("city", "Kindly repair my DSL, then we talk", {"internet_service": "dsl"}, ""),
    ("tenure_months", "first sort out my DSL please", {"internet_service": "dsl"}, ""),
    (
        "satisfaction",
        "3, my DSL keeps cutting out",
        {"internet_service": "dsl", "satisfaction": 3},
        "",
    ),
    ("city", "ask me after you fix our DSL", {"internet_service": "dsl"}, ""),
    (
        "complaint",
        "my DSL router blinks red all day",
        {"internet_service": "dsl", "complaint": "my DSL router blinks red all day"},
        "",
    ),
    ("churn_intent", "I'll answer once my DSL works again", {"internet_service": "dsl"}, ""),
    (
        "has_partner",
        "yes, and she complains about our DSL every night",
        {"internet_service": "dsl", "has_partner": True},
        "",
    ),
    ("city", "my brother's DSL is faster than mine", {}, ""),
    ("city", "my mate has DSL", {}, ""),
    ("city", "I'm a DSL engineer", {}, ""),
    ("city", "the school's DSL is slow", {}, ""),
    ("city", "my old DSL was awful, fibre now", {"internet_service": "fiber_optic"}, ""),
    ("city", "my DSL got swapped for fibre last year", {"internet_service": "fiber_optic"}, ""),
    ("interests", "my dslr takes great photos", {"interests": ["photography"]}, ""),
    ("city", "my friend's DSL went down", {}, ""),
    ("city", "not my DSL, the office one", {}, ""),
    ("city", "my neighbour's DSL", {}, ""),
    ("city", "used to have DSL", {}, ""),
]

RATED_PARTS_UNDER_CONTRACT = [
    ("contract", "我家用的光纤，速度还行", {"internet_service": "fiber_optic"}, ""),
    ("contract", "光纤，速度还行", {"internet_service": "fiber_optic"}, ""),
    ("contract", "家里是光纤，速度还可以", {"internet_service": "fiber_optic"}, ""),
    ("contract", "宽带速度还行吧", {}, ""),
    ("contract", "用的宽带，网速一般般", {}, ""),
    ("contract", "我家光纤，速度凑合", {"internet_service": "fiber_optic"}, ""),
    ("contract", "fibre, the speed is ok", {"internet_service": "fiber_optic"}, ""),
    (
        "contract",
        "we're on fibre, the broadband's alright",
        {"internet_service": "fiber_optic"},
        "",
    ),
    ("contract", "光纤的，速度还好", {"internet_service": "fiber_optic"}, ""),
    ("contract", "月付的，速度还行", {"contract": "month_to_month"}, ""),
    (
        "contract",
        "两年合约，光纤速度还可以",
        {"internet_service": "fiber_optic", "contract": "two_year"},
        "",
    ),
    ("payment_method", "银行卡扣的，速度还行", {"payment_method": "bank_transfer"}, ""),
    (
        "churn_intent",
        "光纤速度还行，先不换",
        {"internet_service": "fiber_optic", "churn_intent": "stay"},
        "",
    ),
    ("contract", "还行吧", {}, "v"),
    ("contract", "我家用的光纤，还行", {"internet_service": "fiber_optic"}, "v"),
    ("contract", "速度还行，合约不清楚", {}, "v"),
    ("contract", "不清楚，速度还行", {}, "v"),
    ("contract", "我也说不好，还行吧", {}, "v"),
    ("contract", "不记得签没签，速度还行", {}, "v"),
    ("contract", "我家光纤，合约多久记不清了", {"internet_service": "fiber_optic"}, "v"),
    ("contract", "光纤速度一般，合约嘛说不清", {"internet_service": "fiber_optic"}, "v"),
    ("monthly_spend", "价格还行", {}, "v"),
]

CASES = SCHOOL_STAGES + AS_LONG_AS_MY_CHILDREN + OWN_DSL + RATED_PARTS_UNDER_CONTRACT


@pytest.mark.parametrize(("asked", "text", "expected", "flag"), CASES)
def test_children_and_lines_in_passing(survey, asked, text, expected, flag):
    check_reading(survey, asked, text, expected, flag)
