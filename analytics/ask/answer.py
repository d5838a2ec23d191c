"""Numbers into sentences, a table and a chart, in the question's language.

Every figure in the sentence comes from `Computed`, with its base ("n = 1,869") so a reader can
judge it; labels come from the catalog, so values read as the survey and glossary name them.
"""

from __future__ import annotations

from typing import Any

from analytics.ask.catalog import Catalog
from analytics.ask.executor import Computed
from analytics.ask.plan import Filter, QueryPlan
from analytics.ask.result import ChartSpec

METRIC_WORDS = {
    "count": {"zh": "人数", "en": "number of customers"},
    "share": {"zh": "占比", "en": "share"},
    "mean": {"zh": "平均{}", "en": "average {}"},
    "median": {"zh": "{}中位数", "en": "median {}"},
    "sum": {"zh": "{}总和", "en": "total {}"},
    "min": {"zh": "最低{}", "en": "lowest {}"},
    "max": {"zh": "最高{}", "en": "highest {}"},
}
OPS = {
    "==": {"zh": "为", "en": "="},
    "!=": {"zh": "不是", "en": "≠"},
    "<": {"zh": "小于", "en": "<"},
    "<=": {"zh": "不超过", "en": "≤"},
    ">": {"zh": "大于", "en": ">"},
    ">=": {"zh": "不低于", "en": "≥"},
    "between": {"zh": "介于", "en": "between"},
    "in": {"zh": "属于", "en": "in"},
    "not_in": {"zh": "不属于", "en": "not in"},
}


def is_percent(plan: QueryPlan) -> bool:
    return plan.metric in ("rate", "share")


def fmt(value: float | None, percent: bool) -> str:
    if value is None or value != value:  # None or NaN: a group with nothing to average
        return "—"
    if percent:
        return f"{value * 100:.1f}%"
    if abs(value - round(value)) < 1e-9:
        return f"{int(round(value)):,}"
    return f"{value:,.2f}"


def measure(plan: QueryPlan, catalog: Catalog, lang: str) -> str:
    """What the number is: "churn rate", "share of Two year (contract)", "平均月消费"."""
    if plan.metric == "rate":
        column = catalog.get(str(plan.target))
        values = plan.value if isinstance(plan.value, list) else [plan.value]
        if column.kind == "boolean" and values == [True]:
            return f"{column.label(lang)}率" if lang == "zh" else f"{column.label(lang)} rate"
        if plan.op not in ("==", "in"):  # "满意度不低于4的比例", "share with satisfaction ≥ 4"
            condition = describe_filter(plan.counted(), catalog, lang)
            return f"{condition}的比例" if lang == "zh" else f"share with {condition}"
        names = "/".join(column.value_label(v, lang) for v in values)
        if lang == "zh":
            return f"{column.label(lang)}为{names}的比例"
        if column.label(lang).casefold() in names.casefold():  # "share of two-year contract"
            return f"share of {names}"
        return (
            f"share of {names} ({column.label(lang)})"  # "share of plan to leave (plans to stay)"
        )
    words = METRIC_WORDS[str(plan.metric)][lang]
    if plan.target:
        return words.format(catalog.get(plan.target).label(lang))
    return words


def describe_filter(condition: Filter, catalog: Catalog, lang: str) -> str:
    column = catalog.get(condition.column)
    if column.kind == "boolean" and condition.op == "==" and isinstance(condition.value, bool):
        label = column.value_label(condition.value, lang)
        if label in ("yes", "是"):  # no word of its own: "interests: pets", not "yes"
            return column.label(lang)
        if label in ("no", "否"):
            return f"非{column.label(lang)}" if lang == "zh" else f"not {column.label(lang)}"
        return label
    values = condition.value if isinstance(condition.value, list) else [condition.value]
    if condition.op == "between":
        shown = f"{fmt(float(values[0]), False)}–{fmt(float(values[1]), False)}"
    elif column.kind == "numeric":
        shown = "/".join(fmt(float(v), False) for v in values)
    else:
        shown = "/".join(column.value_label(v, lang) for v in values)
    if condition.op == "==" and column.kind != "numeric":
        return shown
    return f"{column.label(lang)} {OPS[condition.op][lang]} {shown}"


def scope(plan: QueryPlan, catalog: Catalog, lang: str) -> str:
    """Who the number is about; a filter that only picks the groups compared goes unsaid."""
    shown = [f for f in plan.filters if not (f.column == plan.group_by and f.op == "in")]
    parts = [describe_filter(f, catalog, lang) for f in shown]
    if not parts:
        return "全部用户" if lang == "zh" else "all customers"
    if lang == "zh":
        return "、".join(parts) + "的用户"
    return f"customers ({', '.join(parts)})"


def sentence(computed: Computed, catalog: Catalog, lang: str) -> str:
    plan = computed.plan
    percent = is_percent(plan)
    what, where = measure(plan, catalog, lang), scope(plan, catalog, lang)
    if computed.table is None:
        base = computed.known if plan.metric != "count" else computed.rows
        if plan.metric == "count":
            if lang == "zh":
                return f"{where}共有 {fmt(computed.value, False)} 人。"
            return f"{fmt(computed.value, False)} {where}."
        if computed.value is None:
            if lang == "zh":
                return f"{where}中没有可计算{what}的数据。"
            return f"No data to compute the {what} for {where}."
        if lang == "zh":
            return f"{where}的{what}为 {fmt(computed.value, percent)}（样本 {base:,} 人）。"
        return f"The {what} for {where} is {fmt(computed.value, percent)} (n = {base:,})."
    group = catalog.get(str(plan.group_by))
    table = computed.table
    if table.empty:
        return "没有符合条件的数据。" if lang == "zh" else "No rows match these conditions."
    top = computed.top or {}
    name = group.value_label(top["group"], lang)
    if plan.highlight:
        level = {"highest": ("最高", "highest"), "lowest": ("最低", "lowest")}[plan.highlight]
        if lang == "zh":
            return (
                f"在{where}中，{what}{level[0]}的{group.label(lang)}是 {name}："
                f"{fmt(top['value'], percent)}（{int(top['n']):,} 人）。"
                f"共 {len(table)} 组，见下表。"
            )
        return (
            f"Among {where}, the {group.label(lang)} with the {level[1]} {what} is {name}: "
            f"{fmt(top['value'], percent)} (n = {int(top['n']):,}); all {len(table)} groups below."
        )
    items = [
        f"{group.value_label(row['group'], lang)} {fmt(row['value'], percent)}"
        for _, row in table.head(8).iterrows()
    ]
    if lang == "zh":
        return f"按{group.label(lang)}统计{where}的{what}：" + "，".join(items) + "。"
    return f"{what.capitalize()} by {group.label(lang)} for {where}: " + "; ".join(items) + "."


def table_rows(
    computed: Computed, catalog: Catalog, lang: str
) -> tuple[list[str], list[dict[str, Any]]]:
    plan = computed.plan
    percent = is_percent(plan)
    what = measure(plan, catalog, lang)
    if computed.table is None:
        base = computed.rows if plan.metric == "count" else computed.known
        row = {what: _round(computed.value, percent), "n": base}
        return [what, "n"], [row]
    group = catalog.get(str(plan.group_by))
    label = group.label(lang)
    rows = [
        {
            label: group.value_label(row["group"], lang),
            "value": _plain(row["group"]),
            what: _round(row["value"], percent),
            "n": int(row["n"]),
        }
        for _, row in computed.table.iterrows()
    ]
    return [label, what, "n"], rows


def chart(computed: Computed, catalog: Catalog, lang: str) -> ChartSpec | None:
    if computed.table is None or computed.table.empty:
        return None
    plan = computed.plan
    group = catalog.get(str(plan.group_by))
    title = f"{measure(plan, catalog, lang)} · {group.label(lang)}"
    values = [float(v) if v is not None and v == v else 0.0 for v in computed.table["value"]]
    return ChartSpec(
        title=title,
        x=[str(group.value_label(g, lang)) for g in computed.table["group"]],
        keys=[str(g) for g in computed.table["group"]],
        y=values,
        percent=is_percent(plan),
        highlight=0 if plan.highlight else None,
    )


def _round(value: float | None, percent: bool) -> float | None:
    if value is None or value != value:  # NaN is not JSON
        return None
    return round(float(value), 6 if percent else 4)


def _plain(value: Any) -> Any:
    return value if isinstance(value, str | int | float | bool) else str(value)
