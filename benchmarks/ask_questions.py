"""Labelled questions for the plain-language analytics Q&A ("ask"), with gold answers.

Marketers' questions in Chinese and English about two frames: ``telco`` (the IBM Telco churn
table, one row per customer) and ``survey`` (respondents of the bundled customer-profile survey).
Each gold function computes the answer directly from the frame with pandas, so the labels stay
right when the data changes; ``gold=None`` marks a question that must be refused (a column the
data does not have, a prediction or a "why", a value that does not occur).

Semantics the gold follows:

* rate/share of a value: among rows (after filters) whose target is not missing, the fraction
  equal to the value; churn rate is the mean of the boolean ``churn`` column;
* mean/median/sum/min/max skip missing values; a count is the number of rows after filters;
* a filter on a column drops rows where that column is missing;
* "churned" is ``churn`` True; "seniors" are ``senior_citizen`` in telco and age >= 65 in the
  survey; "young" is age < 30; "two years" of tenure is 24 months; "over/more than" is ``>``,
  "under/less than/不到" is ``<``, "at least" is ``>=``;
* "how big is segment N" / "N号用户群有多少人" is the number of rows in the segment;
* group keys are ``str(value)`` of the grouping column (``"True"``/``"False"`` for flags, so
  telco's men/women comparison is keyed by ``female``); groups are those with at least one row.

``split="heldout"`` questions (30) are for reporting only: never tune on them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Number:
    """One number; ``percent``: a rate/share in [0, 1], compared within 0.001 absolute."""

    value: float
    percent: bool = False


@dataclass(frozen=True)
class ByGroup:
    """One number per group; every group must match."""

    values: dict[str, float]
    percent: bool = False


@dataclass(frozen=True)
class Top:
    """The group with the highest (or lowest) number, and that number."""

    group: str
    value: float
    percent: bool = False


Gold = Number | ByGroup | Top
GoldFn = Callable[[pd.DataFrame], Gold]


@dataclass(frozen=True)
class Question:
    id: str
    split: str
    dataset: str
    lang: str
    text: str
    gold: GoldFn | None


# --- helpers: plain pandas, nothing planner-specific ---------------------------------------


def _where(f: pd.DataFrame, *conditions: pd.Series) -> pd.DataFrame:
    """Rows where every condition holds; a missing value never satisfies a condition."""
    mask = pd.Series(True, index=f.index)
    for condition in conditions:
        mask &= condition.astype("boolean").fillna(False).astype(bool)
    return f[mask]


def _num(value: float) -> Number:
    return Number(float(value))


def _pct(value: float) -> Number:
    return Number(float(value), percent=True)


def _count(f: pd.DataFrame) -> Number:
    return Number(float(len(f)))


def _share(column: pd.Series, value: object) -> float:
    """Fraction of the non-missing values equal to ``value``."""
    known = column.dropna()
    return float((known == value).mean())


def _rate(column: pd.Series) -> float:
    """Mean of a boolean column, skipping missing values (churn rate)."""
    return float(column.dropna().astype(bool).mean())


def _by(f: pd.DataFrame, by: str, column: str, how: str, percent: bool = False) -> ByGroup:
    """``how`` (mean, median, sum, min, max) of ``column`` per value of ``by``."""
    data = f[[by, column]].dropna(subset=[column])
    if how == "mean" and pd.api.types.is_bool_dtype(data[column]):
        data = data.assign(**{column: data[column].astype(float)})
    grouped = data.groupby(by, observed=True)[column].agg(how)
    return ByGroup({str(k): float(v) for k, v in grouped.items() if pd.notna(v)}, percent)


def _count_by(f: pd.DataFrame, by: str) -> ByGroup:
    sizes = f.groupby(by, observed=True).size()
    return ByGroup({str(k): float(v) for k, v in sizes.items() if v > 0})


def _share_by(f: pd.DataFrame, by: str, column: str, value: object) -> ByGroup:
    """Per value of ``by``: the share of non-missing ``column`` equal to ``value``."""
    data = f[[by, column]].dropna(subset=[column])
    hits = (data[column] == value).astype(float).groupby(data[by], observed=True).mean()
    return ByGroup({str(k): float(v) for k, v in hits.items()}, percent=True)


def _distribution(column: pd.Series) -> ByGroup:
    """Share of each value among the non-missing values."""
    shares = column.dropna().value_counts(normalize=True)
    return ByGroup({str(k): float(v) for k, v in shares.items() if v > 0}, percent=True)


def _top(groups: ByGroup, lowest: bool = False) -> Top:
    pick = min if lowest else max
    group = pick(groups.values, key=lambda k: groups.values[k])
    return Top(group, groups.values[group], groups.percent)


def _q(qid: str, split: str, text: str, gold: GoldFn | None) -> Question:
    dataset, lang, _ = qid.split("-")
    return Question(qid, split, dataset, lang, text, gold)


DEV, HELDOUT = "dev", "heldout"

# --- telco, English ------------------------------------------------------------------------

_TELCO_EN = [
    _q(
        "telco-en-001",
        DEV,
        "What's the churn rate for customers on one-year contracts?",
        lambda f: _pct(_rate(_where(f, f.contract == "One year").churn)),
    ),
    _q(
        "telco-en-002",
        HELDOUT,
        "Which payment method has the highest churn rate?",
        lambda f: _top(_by(f, "payment_method", "churn", "mean", percent=True)),
    ),
    _q(
        "telco-en-003",
        DEV,
        "What share of fibre customers pay by eletronic check?",
        lambda f: _pct(
            _share(
                _where(f, f.internet_service == "Fiber optic").payment_method, "Electronic check"
            )
        ),
    ),
    _q(
        "telco-en-004",
        HELDOUT,
        "Average monthly charges by contract type",
        lambda f: _by(f, "contract", "monthly_charges", "mean"),
    ),
    _q(
        "telco-en-005",
        DEV,
        "median tenure of churned customers",
        lambda f: _num(_where(f, f.churn).tenure.median()),
    ),
    _q(
        "telco-en-006",
        HELDOUT,
        "How many seniors are on month-to-month contracts?",
        lambda f: _count(_where(f, f.senior_citizen, f.contract == "Month-to-month")),
    ),
    _q(
        "telco-en-007",
        DEV,
        "how many customers pay more than $80 a month",
        lambda f: _count(_where(f, f.monthly_charges > 80)),
    ),
    _q(
        "telco-en-008",
        HELDOUT,
        "Compare churn between DSL and fiber customers",
        lambda f: _by(
            _where(f, f.internet_service.isin(["DSL", "Fiber optic"])),
            "internet_service",
            "churn",
            "mean",
            percent=True,
        ),
    ),
    _q(
        "telco-en-009",
        HELDOUT,
        "How big is segment 2?",
        lambda f: _count(_where(f, f.segment == 2)),
    ),
    _q(
        "telco-en-010",
        DEV,
        "avg monthly charge in segment 1?",
        lambda f: _num(_where(f, f.segment == 1).monthly_charges.mean()),
    ),
    _q(
        "telco-en-011",
        DEV,
        "Which segment churns the most?",
        lambda f: _top(_by(f, "segment", "churn", "mean", percent=True)),
    ),
    _q(
        "telco-en-012",
        HELDOUT,
        "whats the churn rate for ppl whove been with us over 2 years",
        lambda f: _pct(_rate(_where(f, f.tenure > 24).churn)),
    ),
    _q(
        "telco-en-013",
        DEV,
        "Total monthly revenue from customers on two-year contracts",
        lambda f: _num(_where(f, f.contract == "Two year").monthly_charges.sum()),
    ),
    _q(
        "telco-en-014",
        DEV,
        "What's the highest total charges of any customer who churned?",
        lambda f: _num(_where(f, f.churn).total_charges.max()),
    ),
    _q(
        "telco-en-015",
        DEV,
        "What percentage of customers have tech support?",
        lambda f: _pct(_share(f.tech_support, "Yes")),
    ),
    _q(
        "telco-en-016",
        DEV,
        "Churn rate for senior citizens vs everyone else",
        lambda f: _by(f, "senior_citizen", "churn", "mean", percent=True),
    ),
    _q(
        "telco-en-017",
        DEV,
        "Lowest monthly charge among fibre optic customers?",
        lambda f: _num(_where(f, f.internet_service == "Fiber optic").monthly_charges.min()),
    ),
    _q(
        "telco-en-018",
        DEV,
        "How many customers have been with us less than 6 months and use paperless billing?",
        lambda f: _count(_where(f, f.tenure < 6, f.paperless_billing)),
    ),
    _q(
        "telco-en-019",
        DEV,
        "Which internet service type has the lowest avg monthly bill?",
        lambda f: _top(_by(f, "internet_service", "monthly_charges", "mean"), lowest=True),
    ),
    _q(
        "telco-en-020",
        DEV,
        "average tenure for customers with a partner vs without one",
        lambda f: _by(f, "partner", "tenure", "mean"),
    ),
    _q(
        "telco-en-021",
        DEV,
        "What % of streaming TV subscribers churned?",
        lambda f: _pct(_rate(_where(f, f.streaming_tv == "Yes").churn)),
    ),
    _q(
        "telco-en-022",
        DEV,
        "What share of our customers fall in segment 0?",
        lambda f: _pct(_share(f.segment, 0)),
    ),
    _q("telco-en-023", HELDOUT, "What's the average income of churned customers?", None),
    _q("telco-en-024", DEV, "Which region has the highest churn?", None),
    _q("telco-en-025", DEV, "Why are fiber customers leaving?", None),
    _q(
        "telco-en-026",
        DEV,
        "How many customers have both online security and tech support?",
        lambda f: _count(_where(f, f.online_security == "Yes", f.tech_support == "Yes")),
    ),
    _q(
        "telco-en-027",
        DEV,
        "churn rate among people with no phone service",
        lambda f: _pct(_rate(_where(f, f.phone_service.eq(False)).churn)),
    ),
    _q(
        "telco-en-028",
        DEV,
        "What's the median total charges for month-to-month customers?",
        lambda f: _num(_where(f, f.contract == "Month-to-month").total_charges.median()),
    ),
    _q(
        "telco-en-029",
        DEV,
        "breakdown of payment methods",
        lambda f: _distribution(f.payment_method),
    ),
    _q(
        "telco-en-030",
        DEV,
        "Which contract type racks up the highest average total charges?",
        lambda f: _top(_by(f, "contract", "total_charges", "mean")),
    ),
    _q(
        "telco-en-031",
        DEV,
        "Customers paying at least 100 bucks a month: how many of them churned?",
        lambda f: _count(_where(f, f.monthly_charges >= 100, f.churn)),
    ),
    _q(
        "telco-en-032",
        DEV,
        "Churn rate for customers who've been with us 5 yrs or more",
        # "5 yrs or more": tenure >= 60 months
        lambda f: _pct(_rate(_where(f, f.tenure >= 60).churn)),
    ),
    _q(
        "telco-en-033",
        DEV,
        "Do paperless billing customers churn more than the ones on paper bills? Show both rates",
        lambda f: _by(f, "paperless_billing", "churn", "mean", percent=True),
    ),
    _q(
        "telco-en-034",
        DEV,
        "avg tenure of customers whose bill is between $50 and $70 a month",
        # "between": both ends inclusive
        lambda f: _num(_where(f, f.monthly_charges >= 50, f.monthly_charges <= 70).tenure.mean()),
    ),
    _q(
        "telco-en-035",
        DEV,
        "Which segment has the biggest share of fiber customers?",
        lambda f: _top(_share_by(f, "segment", "internet_service", "Fiber optic")),
    ),
    _q(
        "telco-en-036",
        DEV,
        "What % of multi-line customers have fibre?",
        lambda f: _pct(
            _share(_where(f, f.multiple_lines == "Yes").internet_service, "Fiber optic")
        ),
    ),
    _q(
        "telco-en-037",
        DEV,
        "Add up the total charges across everyone in segment 0",
        lambda f: _num(_where(f, f.segment == 0).total_charges.sum()),
    ),
    _q(
        "telco-en-038",
        DEV,
        "How many customers pay no more than $30 a month?",
        lambda f: _count(_where(f, f.monthly_charges <= 30)),
    ),
    _q(
        "telco-en-039",
        DEV,
        "churn rate by tech support status",
        lambda f: _by(f, "tech_support", "churn", "mean", percent=True),
    ),
    _q(
        "telco-en-040",
        DEV,
        "Shortest tenure among churned customers on two-year contracts?",
        lambda f: _num(_where(f, f.churn, f.contract == "Two year").tenure.min()),
    ),
    _q(
        "telco-en-041",
        DEV,
        "whats the churn rate for ppl with dependants on fibre",
        lambda f: _pct(_rate(_where(f, f.dependents, f.internet_service == "Fiber optic").churn)),
    ),
    _q(
        "telco-en-042",
        DEV,
        "What's the biggest monthly bill anyone in segment 2 pays?",
        lambda f: _num(_where(f, f.segment == 2).monthly_charges.max()),
    ),
    _q("telco-en-043", DEV, "What's the churn rate among our high spenders?", None),
    _q("telco-en-044", DEV, "How many customers are on a three-year contract?", None),
    _q("telco-en-045", DEV, "How much would churn drop if we gave fiber customers 10% off?", None),
]

# --- telco, Chinese ------------------------------------------------------------------------

_TELCO_ZH = [
    _q(
        "telco-zh-001",
        HELDOUT,
        "月付用户的流失率是多少？",
        lambda f: _pct(_rate(_where(f, f.contract == "Month-to-month").churn)),
    ),
    _q(
        "telco-zh-002",
        DEV,
        "哪种合同类型的流失率最高？",
        lambda f: _top(_by(f, "contract", "churn", "mean", percent=True)),
    ),
    _q(
        "telco-zh-003",
        DEV,
        "光纤用户中开通了在线安全服务的比例是多少",
        lambda f: _pct(
            _share(_where(f, f.internet_service == "Fiber optic").online_security, "Yes")
        ),
    ),
    _q(
        "telco-zh-004",
        HELDOUT,
        "按付款方式统计平均月费",
        lambda f: _by(f, "payment_method", "monthly_charges", "mean"),
    ),
    _q(
        "telco-zh-005",
        DEV,
        "流失用户的平均在网时长是多少个月",
        lambda f: _num(_where(f, f.churn).tenure.mean()),
    ),
    _q("telco-zh-006", DEV, "有多少老年用户？", lambda f: _count(_where(f, f.senior_citizen))),
    _q(
        "telco-zh-007",
        HELDOUT,
        "在网时长超过两年的用户有多少？",
        lambda f: _count(_where(f, f.tenure > 24)),
    ),
    _q(
        "telco-zh-008",
        DEV,
        "月费超过七十块的用户流失率是多少",
        lambda f: _pct(_rate(_where(f, f.monthly_charges > 70).churn)),
    ),
    _q(
        "telco-zh-009",
        DEV,
        "男性和女性用户的流失率对比一下",
        lambda f: _by(f, "female", "churn", "mean", percent=True),
    ),
    _q(
        "telco-zh-010",
        HELDOUT,
        "2号用户群的平均月费",
        lambda f: _num(_where(f, f.segment == 2).monthly_charges.mean()),
    ),
    _q(
        "telco-zh-011",
        HELDOUT,
        "哪个用户群的平均在网时长最短？",
        lambda f: _top(_by(f, "segment", "tenure", "mean"), lowest=True),
    ),
    _q("telco-zh-012", DEV, "各用户群分别有多少人", lambda f: _count_by(f, "segment")),
    _q(
        "telco-zh-013",
        DEV,
        "在网时长不到１２个月的用户有多少人？",
        lambda f: _count(_where(f, f.tenure < 12)),
    ),
    _q(
        "telco-zh-014",
        DEV,
        "签两年合同的用户，月费中位数是多少",
        lambda f: _num(_where(f, f.contract == "Two year").monthly_charges.median()),
    ),
    _q("telco-zh-015", DEV, "有家属的用户占比多少", lambda f: _pct(_share(f.dependents, True))),
    _q(
        "telco-zh-016",
        DEV,
        "没有开通宽带的用户平均月费多少",
        lambda f: _num(_where(f, f.internet_service == "No").monthly_charges.mean()),
    ),
    _q(
        "telco-zh-017",
        DEV,
        "各合同类型的流失律",
        lambda f: _by(f, "contract", "churn", "mean", percent=True),
    ),
    _q(
        "telco-zh-018",
        HELDOUT,
        "电子支票和邮寄支票用户的流失率比较一下",
        lambda f: _by(
            _where(f, f.payment_method.isin(["Electronic check", "Mailed check"])),
            "payment_method",
            "churn",
            "mean",
            percent=True,
        ),
    ),
    _q(
        "telco-zh-019",
        HELDOUT,
        "流失用户里累计消费最高是多少",
        lambda f: _num(_where(f, f.churn).total_charges.max()),
    ),
    _q(
        "telco-zh-020",
        DEV,
        "老年用户里签月付合同的比例",
        lambda f: _pct(_share(_where(f, f.senior_citizen).contract, "Month-to-month")),
    ),
    _q(
        "telco-zh-021",
        DEV,
        "有伴侣也有家属的用户流失率",
        lambda f: _pct(_rate(_where(f, f.partner, f.dependents).churn)),
    ),
    _q(
        "telco-zh-022",
        DEV,
        "在网不到半年的用户平均月费是多少",
        lambda f: _num(_where(f, f.tenure < 6).monthly_charges.mean()),
    ),
    _q("telco-zh-023", DEV, "流失用户的平均年龄是多少？", None),
    _q("telco-zh-024", HELDOUT, "哪个城市的用户流失最多？", None),
    _q("telco-zh-025", DEV, "下个月预计会有多少用户流失？", None),
    _q(
        "telco-zh-026",
        DEV,
        "开通了技术支持的用户流失率是多少",
        lambda f: _pct(_rate(_where(f, f.tech_support == "Yes").churn)),
    ),
    _q("telco-zh-027", DEV, "各合约类型的占比", lambda f: _distribution(f.contract)),
    _q(
        "telco-zh-028",
        DEV,
        "在网３年以上的用户有多少",
        # 以上 is read as inclusive: tenure >= 36 months
        lambda f: _count(_where(f, f.tenure >= 36)),
    ),
    _q(
        "telco-zh-029",
        DEV,
        "月费不超过五十块的那帮人流失率咋样",
        lambda f: _pct(_rate(_where(f, f.monthly_charges <= 50).churn)),
    ),
    _q(
        "telco-zh-030",
        DEV,
        "fiber用户的churn rate",
        lambda f: _pct(_rate(_where(f, f.internet_service == "Fiber optic").churn)),
    ),
    _q(
        "telco-zh-031",
        DEV,
        "女性用户里有多少人流失了",
        lambda f: _count(_where(f, f.female, f.churn)),
    ),
    _q(
        "telco-zh-032",
        DEV,
        "有多条线路的用户平均月费多少",
        lambda f: _num(_where(f, f.multiple_lines == "Yes").monthly_charges.mean()),
    ),
    _q(
        "telco-zh-033",
        DEV,
        "电子账单和纸质账单用户的平均月费比较",
        lambda f: _by(f, "paperless_billing", "monthly_charges", "mean"),
    ),
    _q(
        "telco-zh-034",
        DEV,
        "哪种付款方式的用户累计消费中位数最高",
        lambda f: _top(_by(f, "payment_method", "total_charges", "median")),
    ),
    _q(
        "telco-zh-035",
        DEV,
        "1号用户群的流失率",
        lambda f: _pct(_rate(_where(f, f.segment == 1).churn)),
    ),
    _q(
        "telco-zh-036",
        DEV,
        "0号用户群里签两年合约的占多少",
        lambda f: _pct(_share(_where(f, f.segment == 0).contract, "Two year")),
    ),
    _q(
        "telco-zh-037",
        DEV,
        "订了电影流媒体的用户总共有多少",
        lambda f: _count(_where(f, f.streaming_movies == "Yes")),
    ),
    _q(
        "telco-zh-038",
        DEV,
        "在网时长在12到24个月之间的用户平均月费",
        # "12到24个月之间": both ends inclusive
        lambda f: _num(_where(f, f.tenure >= 12, f.tenure <= 24).monthly_charges.mean()),
    ),
    _q(
        "telco-zh-039",
        DEV,
        "没有伴侣的老年用户，累计消费最多的是多少",
        lambda f: _num(_where(f, f.senior_citizen, f.partner.eq(False)).total_charges.max()),
    ),
    _q(
        "telco-zh-040",
        DEV,
        "各种宽带类型的用户各有多少人",
        lambda f: _count_by(f, "internet_service"),
    ),
    _q(
        "telco-zh-041",
        DEV,
        "哪个用户群里用电子支票付款的比例最高",
        lambda f: _top(_share_by(f, "segment", "payment_method", "Electronic check")),
    ),
    _q(
        "telco-zh-042",
        DEV,
        "在网不少于六十个月的用户，月费加起来是多少",
        lambda f: _num(_where(f, f.tenure >= 60).monthly_charges.sum()),
    ),
    _q(
        "telco-zh-043",
        DEV,
        "有家属和没家属的用户，在网时长的中位数分别是多少",
        lambda f: _by(f, "dependents", "tenure", "median"),
    ),
    _q("telco-zh-044", DEV, "用支付宝付款的用户有多少", None),
    _q("telco-zh-045", DEV, "为什么月付用户流失这么严重", None),
]

# --- survey, English -----------------------------------------------------------------------

_SURVEY_EN = [
    _q(
        "survey-en-001",
        HELDOUT,
        "Which city has the lowest average satisfaction?",
        lambda f: _top(_by(f, "city", "satisfaction", "mean"), lowest=True),
    ),
    _q(
        "survey-en-002",
        DEV,
        "What share of respondents plan to leave?",
        lambda f: _pct(_share(f.churn_intent, "leave")),
    ),
    _q(
        "survey-en-003",
        DEV,
        "Average monthly spend by contract",
        lambda f: _by(f, "contract", "monthly_spend", "mean"),
    ),
    _q(
        "survey-en-004",
        HELDOUT,
        "how many respondents are under 30",
        lambda f: _count(_where(f, f.age < 30)),
    ),
    _q(
        "survey-en-005",
        DEV,
        "How many seniors are on fiber?",
        lambda f: _count(_where(f, f.age >= 65, f.internet_service == "fiber_optic")),
    ),
    _q(
        "survey-en-006",
        HELDOUT,
        "Average satisfaction of people spending more than 200 a month",
        lambda f: _num(_where(f, f.monthly_spend > 200).satisfaction.mean()),
    ),
    _q(
        "survey-en-007",
        HELDOUT,
        "Compare satisfaction between men and women",
        lambda f: _by(
            _where(f, f.gender.isin(["male", "female"])), "gender", "satisfaction", "mean"
        ),
    ),
    _q(
        "survey-en-008",
        HELDOUT,
        "How many people are in segment 1?",
        lambda f: _count(_where(f, f.segment == 1)),
    ),
    _q(
        "survey-en-009",
        DEV,
        "avg age in segment 0",
        lambda f: _num(_where(f, f.segment == 0).age.mean()),
    ),
    _q(
        "survey-en-010",
        DEV,
        "Which segment is the most satisfied?",
        lambda f: _top(_by(f, "segment", "satisfaction", "mean")),
    ),
    _q(
        "survey-en-011",
        HELDOUT,
        "What percent of young people are into gaming?",
        lambda f: _pct(_share(_where(f, f.age < 30).interests__gaming, True)),
    ),
    _q(
        "survey-en-012",
        DEV,
        "median tenure of respondents who say they'll leave",
        lambda f: _num(_where(f, f.churn_intent == "leave").tenure_months.median()),
    ),
    _q(
        "survey-en-013",
        DEV,
        "Total monthly spend of our Shanghai respondents",
        lambda f: _num(_where(f, f.city == "Shanghai").monthly_spend.sum()),
    ),
    _q(
        "survey-en-014",
        DEV,
        "How old is the oldest respondent in Beijing?",
        lambda f: _num(_where(f, f.city == "Beijing").age.max()),
    ),
    _q(
        "survey-en-015",
        DEV,
        "Which internet service has the highest share of people planning to leave?",
        lambda f: _top(_share_by(f, "internet_service", "churn_intent", "leave")),
    ),
    _q(
        "survey-en-016",
        DEV,
        "Average satisfaction by internet service type",
        lambda f: _by(f, "internet_service", "satisfaction", "mean"),
    ),
    _q(
        "survey-en-017",
        DEV,
        "How many people with kids are on month to month?",
        lambda f: _count(_where(f, f.has_dependents, f.contract == "month_to_month")),
    ),
    _q(
        "survey-en-018",
        DEV,
        "share of two-year contract customers paying by credit card",
        lambda f: _pct(_share(_where(f, f.contract == "two_year").payment_method, "credit_card")),
    ),
    _q(
        "survey-en-019",
        HELDOUT,
        "lowest monthly spend among people who rated satisfaction 5",
        lambda f: _num(_where(f, f.satisfaction == 5).monthly_spend.min()),
    ),
    _q(
        "survey-en-020",
        DEV,
        "whats the avg satisfacton for ppl in hangzhou",
        lambda f: _num(_where(f, f.city == "Hangzhou").satisfaction.mean()),
    ),
    _q(
        "survey-en-021",
        DEV,
        "median monthly spend by city",
        lambda f: _by(f, "city", "monthly_spend", "median"),
    ),
    _q("survey-en-022", DEV, "What's the NPS of our respondents?", None),
    _q("survey-en-023", HELDOUT, "average income by city", None),
    _q("survey-en-024", DEV, "Why are Shenzhen respondents unhappy?", None),
    _q("survey-en-025", DEV, "How many respondents live in Paris?", None),
    _q(
        "survey-en-026",
        DEV,
        "Which city has the happiest customers?",
        lambda f: _top(_by(f, "city", "satisfaction", "mean")),
    ),
    _q(
        "survey-en-027",
        DEV,
        "What % of respondents are into photography?",
        lambda f: _pct(_share(f.interests__photography, True)),
    ),
    _q(
        "survey-en-028",
        DEV,
        "how many ppl aged 40 to 50 are on fibre",
        # "40 to 50": both ends inclusive
        lambda f: _count(_where(f, f.age >= 40, f.age <= 50, f.internet_service == "fiber_optic")),
    ),
    _q(
        "survey-en-029",
        DEV,
        "whats the medain age of ppl who wanna stay",
        lambda f: _num(_where(f, f.churn_intent == "stay").age.median()),
    ),
    _q(
        "survey-en-030",
        DEV,
        "Breakdown of contract types among our Guangzhou respondents",
        lambda f: _distribution(_where(f, f.city == "Guangzhou").contract),
    ),
    _q(
        "survey-en-031",
        DEV,
        "Average satisfaction of pet lovers vs everyone else",
        lambda f: _by(f, "interests__pets", "satisfaction", "mean"),
    ),
    _q(
        "survey-en-032",
        DEV,
        "How many respondents spend no more than 100 bucks a month?",
        lambda f: _count(_where(f, f.monthly_spend <= 100)),
    ),
    _q(
        "survey-en-033",
        DEV,
        "What share of Wuhan respondents are unsure about renewing?",
        lambda f: _pct(_share(_where(f, f.city == "Wuhan").churn_intent, "unsure")),
    ),
    _q(
        "survey-en-034",
        DEV,
        "Which payment method has the oldest users on average?",
        lambda f: _top(_by(f, "payment_method", "age", "mean")),
    ),
    _q(
        "survey-en-035",
        DEV,
        "Total monthly spend for segment 3",
        lambda f: _num(_where(f, f.segment == 3).monthly_spend.sum()),
    ),
    _q(
        "survey-en-036",
        DEV,
        "Compare average monthly spend of people with and without kids",
        lambda f: _by(f, "has_dependents", "monthly_spend", "mean"),
    ),
    _q(
        "survey-en-037",
        DEV,
        "how many women in nanjing gave us a 4 or higher",
        lambda f: _count(_where(f, f.gender == "female", f.city == "Nanjing", f.satisfaction >= 4)),
    ),
    _q(
        "survey-en-038",
        DEV,
        "What's the youngest age among respondents who plan to leave?",
        lambda f: _num(_where(f, f.churn_intent == "leave").age.min()),
    ),
    _q(
        "survey-en-039",
        DEV,
        "How many respondents have been customers for over 3 yrs?",
        lambda f: _count(_where(f, f.tenure_months > 36)),
    ),
    _q(
        "survey-en-040",
        DEV,
        "What fraction of fitness fans are on month-to-month?",
        lambda f: _pct(_share(_where(f, f.interests__fitness).contract, "month_to_month")),
    ),
    _q(
        "survey-en-041",
        DEV,
        "Which segment has the most gamers, percentage-wise?",
        lambda f: _top(_share_by(f, "segment", "interests__gaming", True)),
    ),
    _q(
        "survey-en-042",
        DEV,
        "Max monthly spend among Tianjin respondents?",
        lambda f: _num(_where(f, f.city == "Tianjin").monthly_spend.max()),
    ),
    _q(
        "survey-en-043",
        DEV,
        "churn intent breakdown for seniors",
        lambda f: _distribution(_where(f, f.age >= 65).churn_intent),
    ),
    _q("survey-en-044", DEV, "What's the average household size of our respondents?", None),
    _q("survey-en-045", DEV, "Which respondents will upgrade to fiber next year?", None),
]

# --- survey, Chinese -----------------------------------------------------------------------

_SURVEY_ZH = [
    _q(
        "survey-zh-001",
        DEV,
        "哪个用户群满意度最低",
        lambda f: _top(_by(f, "segment", "satisfaction", "mean"), lowest=True),
    ),
    _q(
        "survey-zh-002",
        HELDOUT,
        "打算离开的受访者占比是多少？",
        lambda f: _pct(_share(f.churn_intent, "leave")),
    ),
    _q("survey-zh-003", HELDOUT, "按城市统计平均年龄", lambda f: _by(f, "city", "age", "mean")),
    _q("survey-zh-004", DEV, "不到30岁的用户有多少", lambda f: _count(_where(f, f.age < 30))),
    _q(
        "survey-zh-005",
        DEV,
        "男性和女性的平均月消费对比",
        lambda f: _by(
            _where(f, f.gender.isin(["male", "female"])), "gender", "monthly_spend", "mean"
        ),
    ),
    _q(
        "survey-zh-006",
        HELDOUT,
        "２号用户群的平均月消费",
        lambda f: _num(_where(f, f.segment == 2).monthly_spend.mean()),
    ),
    _q(
        "survey-zh-007",
        HELDOUT,
        "月消费超过一百五的有几个人",
        lambda f: _count(_where(f, f.monthly_spend > 150)),
    ),
    _q(
        "survey-zh-008",
        DEV,
        "在网超过两年的受访者平均满意度多少",
        lambda f: _num(_where(f, f.tenure_months > 24).satisfaction.mean()),
    ),
    _q(
        "survey-zh-009",
        DEV,
        "光纤用户的月消费中位数",
        lambda f: _num(_where(f, f.internet_service == "fiber_optic").monthly_spend.median()),
    ),
    _q(
        "survey-zh-010",
        HELDOUT,
        "哪个城市的受访者平均月消费最高",
        lambda f: _top(_by(f, "city", "monthly_spend", "mean")),
    ),
    _q(
        "survey-zh-011",
        DEV,
        "各合同类型里打算离开的比例",
        lambda f: _share_by(f, "contract", "churn_intent", "leave"),
    ),
    _q("survey-zh-012", DEV, "喜欢旅游的人占比", lambda f: _pct(_share(f.interests__travel, True))),
    _q("survey-zh-013", HELDOUT, "老年用户有多少个", lambda f: _count(_where(f, f.age >= 65))),
    _q(
        "survey-zh-014",
        DEV,
        "满意度打了１分的有多少人",
        lambda f: _count(_where(f, f.satisfaction == 1)),
    ),
    _q(
        "survey-zh-015",
        DEV,
        "用信用卡付款的用户平均多大年纪",
        lambda f: _num(_where(f, f.payment_method == "credit_card").age.mean()),
    ),
    _q(
        "survey-zh-016",
        DEV,
        "每个用户群的平均满意度",
        lambda f: _by(f, "segment", "satisfaction", "mean"),
    ),
    _q(
        "survey-zh-017",
        DEV,
        "有伴侣的和没伴侣的满意度比较",
        lambda f: _by(f, "has_partner", "satisfaction", "mean"),
    ),
    _q(
        "survey-zh-018",
        DEV,
        "成都的受访者满意度最低打了几分",
        lambda f: _num(_where(f, f.city == "Chengdu").satisfaction.min()),
    ),
    _q(
        "survey-zh-019",
        DEV,
        "上海的年轻人有多少",
        lambda f: _count(_where(f, f.city == "Shanghai", f.age < 30)),
    ),
    _q(
        "survey-zh-020",
        DEV,
        "哪种付款方式的用户最想离开",
        lambda f: _top(_share_by(f, "payment_method", "churn_intent", "leave")),
    ),
    _q(
        "survey-zh-021",
        DEV,
        "月付用户的月消费加起来一共多少",
        lambda f: _num(_where(f, f.contract == "month_to_month").monthly_spend.sum()),
    ),
    _q(
        "survey-zh-022",
        DEV,
        "流失意向的分布：留下、不确定、离开各占多少",
        lambda f: _distribution(f.churn_intent),
    ),
    _q("survey-zh-023", DEV, "受访者的平均收入是多少", None),
    _q("survey-zh-024", DEV, "明年的满意度会变成多少", None),
    _q("survey-zh-025", HELDOUT, "不同职业的用户满意度有什么差别", None),
    _q(
        "survey-zh-026",
        DEV,
        "哪个城市的用户最年轻",
        lambda f: _top(_by(f, "city", "age", "mean"), lowest=True),
    ),
    _q(
        "survey-zh-027",
        DEV,
        "喜欢美食的人平均月消费多少",
        lambda f: _num(_where(f, f.interests__food).monthly_spend.mean()),
    ),
    _q(
        "survey-zh-028",
        DEV,
        "满意度打了４分及以上的人占多少",
        # among respondents with a satisfaction score, the fraction scoring >= 4
        lambda f: _pct(float((f.satisfaction.dropna() >= 4).mean())),
    ),
    _q(
        "survey-zh-029",
        DEV,
        "各宽带类型的受访者占比",
        lambda f: _distribution(f.internet_service),
    ),
    _q(
        "survey-zh-030",
        DEV,
        "五十岁以上的受访者平均满意度是多少",
        # 以上 is read as inclusive: age >= 50
        lambda f: _num(_where(f, f.age >= 50).satisfaction.mean()),
    ),
    _q(
        "survey-zh-031",
        DEV,
        "月消费不少于２００元的有多少人",
        lambda f: _count(_where(f, f.monthly_spend >= 200)),
    ),
    _q(
        "survey-zh-032",
        DEV,
        "深圳和广州的受访者平均月消费比较一下",
        lambda f: _by(
            _where(f, f.city.isin(["Shenzhen", "Guangzhou"])), "city", "monthly_spend", "mean"
        ),
    ),
    _q("survey-zh-033", DEV, "3号群体规模多大", lambda f: _count(_where(f, f.segment == 3))),
    _q(
        "survey-zh-034",
        DEV,
        "喜欢时尚穿搭的人里打算离开的比例",
        lambda f: _pct(_share(_where(f, f.interests__fashion).churn_intent, "leave")),
    ),
    _q(
        "survey-zh-035",
        DEV,
        "单身用户的月消费中位数",
        lambda f: _num(_where(f, f.has_partner.eq(False)).monthly_spend.median()),
    ),
    _q(
        "survey-zh-036",
        DEV,
        "1号用户群的受访者平均用了我们多少个月",
        lambda f: _num(_where(f, f.segment == 1).tenure_months.mean()),
    ),
    _q(
        "survey-zh-037",
        DEV,
        "在网不超过一年的受访者里，打算离开的有多少",
        lambda f: _count(_where(f, f.tenure_months <= 12, f.churn_intent == "leave")),
    ),
    _q(
        "survey-zh-038",
        DEV,
        "北京受访者的付款方式分布",
        lambda f: _distribution(_where(f, f.city == "Beijing").payment_method),
    ),
    _q(
        "survey-zh-039",
        DEV,
        "哪种contract的用户满意度最高",
        lambda f: _top(_by(f, "contract", "satisfaction", "mean")),
    ),
    _q(
        "survey-zh-040",
        DEV,
        "重庆受访者里月消费最低是多少",
        lambda f: _num(_where(f, f.city == "Chongqing").monthly_spend.min()),
    ),
    _q(
        "survey-zh-041",
        DEV,
        "女生里对宠物感兴趣的比例",
        lambda f: _pct(_share(_where(f, f.gender == "female").interests__pets, True)),
    ),
    _q(
        "survey-zh-042",
        DEV,
        "有孩子的受访者一个月总共消费多少",
        lambda f: _num(_where(f, f.has_dependents).monthly_spend.sum()),
    ),
    _q("survey-zh-043", DEV, "高消费人群的满意度怎么样", None),
    _q("survey-zh-044", DEV, "用微信支付的受访者有多少", None),
    _q("survey-zh-045", DEV, "年轻人为什么更想离开", None),
]

QUESTIONS: list[Question] = [*_TELCO_EN, *_TELCO_ZH, *_SURVEY_EN, *_SURVEY_ZH]
