"""The `when` condition language of surveys: a tiny, safe expression grammar.

Survey authors write conditions such as `satisfaction <= 3` or `age >= 18 and city in ['Shanghai']`.
They are parsed once into a tree and evaluated over the values collected so far. There is no `eval`,
no attribute access and no call, so a survey file can never run code.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

_COND_TOKEN = re.compile(
    r"\s*(?:(?P<num>-?\d+(?:\.\d+)?)|(?P<str>'[^']*'|\"[^\"]*\")|(?P<op><=|>=|==|!=|<|>)"
    r"|(?P<word>[A-Za-z_][A-Za-z0-9_]*)|(?P<punct>[(),\[\]]))"
)
_COMPARATORS = {"<", "<=", ">", ">=", "==", "!="}


class Comparison(BaseModel):
    slot: str
    op: str
    value: Any


class Condition(BaseModel):
    """A parsed `when` expression: comparisons joined by `and` / `or`, with `not` and parentheses.

    Grammar (no eval, no attribute access, no calls):
        expr   := term ("or" term)*
        term   := factor ("and" factor)*
        factor := "not" factor | "(" expr ")" | SLOT OP LITERAL | SLOT "in" "[" LITERAL, ... "]"
    A comparison over a slot that has no value (missing or refused) is false.
    """

    source: str
    tree: Any

    @classmethod
    def parse(cls, source: str) -> Condition:
        tokens = _tokenize(source)
        parser = _CondParser(tokens, source)
        tree = parser.expr()
        if parser.pos != len(tokens):
            raise ValueError(f"unexpected {tokens[parser.pos][1]!r} in condition {source!r}")
        return cls(source=source, tree=tree)

    def slots(self) -> set[str]:
        return set(_tree_slots(self.tree))

    def evaluate(self, values: Mapping[str, Any]) -> bool:
        return _eval_tree(self.tree, values)


def _tokenize(source: str) -> list[tuple[str, Any]]:
    tokens: list[tuple[str, Any]] = []
    pos = 0
    source = source.rstrip()
    while pos < len(source):
        match = _COND_TOKEN.match(source, pos)
        if not match or match.end() == pos:
            raise ValueError(f"cannot read condition {source!r} at {source[pos:]!r}")
        pos = match.end()
        kind = match.lastgroup
        text = match.group(kind or 0)
        if kind == "num":
            tokens.append(("lit", float(text) if "." in text else int(text)))
        elif kind == "str":
            tokens.append(("lit", text[1:-1]))
        elif kind == "word" and text in {"and", "or", "not", "in"}:
            tokens.append((text, text))
        elif kind == "word" and text in {"true", "false"}:
            tokens.append(("lit", text == "true"))
        else:
            tokens.append((kind or "?", text))
    return tokens


class _CondParser:
    def __init__(self, tokens: list[tuple[str, Any]], source: str) -> None:
        self.tokens = tokens
        self.pos = 0
        self.source = source

    def _peek(self) -> tuple[str, Any] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def _take(self, kind: str, value: Any = None) -> Any:
        token = self._peek()
        if token is None or token[0] != kind or (value is not None and token[1] != value):
            found = "end of condition" if token is None else repr(token[1])
            raise ValueError(f"expected {value or kind} but found {found} in {self.source!r}")
        self.pos += 1
        return token[1]

    def expr(self) -> Any:
        node = self.term()
        while (token := self._peek()) and token[0] == "or":
            self.pos += 1
            node = ("or", node, self.term())
        return node

    def term(self) -> Any:
        node = self.factor()
        while (token := self._peek()) and token[0] == "and":
            self.pos += 1
            node = ("and", node, self.factor())
        return node

    def factor(self) -> Any:
        token = self._peek()
        if token and token[0] == "not":
            self.pos += 1
            return ("not", self.factor())
        if token and token == ("punct", "("):
            self.pos += 1
            node = self.expr()
            self._take("punct", ")")
            return node
        slot = self._take("word")
        token = self._peek()
        if token and token[0] == "in":
            self.pos += 1
            self._take("punct", "[")
            items = [self._take("lit")]
            while self._peek() == ("punct", ","):
                self.pos += 1
                items.append(self._take("lit"))
            self._take("punct", "]")
            return ("in", slot, tuple(items))
        op = self._take("op")
        if op not in _COMPARATORS:
            raise ValueError(f"unknown operator {op!r} in {self.source!r}")
        return ("cmp", slot, op, self._take("lit"))


def _tree_slots(node: Any) -> list[str]:
    kind = node[0]
    if kind in {"and", "or"}:
        return _tree_slots(node[1]) + _tree_slots(node[2])
    if kind == "not":
        return _tree_slots(node[1])
    return [node[1]]


def _compare(left: Any, op: str, right: Any) -> bool:
    if isinstance(left, list):  # multi_choice: "interests == 'music'" means "includes music"
        return (right in left) if op == "==" else (right not in left) if op == "!=" else False
    try:
        if op == "==":
            return bool(left == right)
        if op == "!=":
            return bool(left != right)
        if op == "<":
            return bool(left < right)
        if op == "<=":
            return bool(left <= right)
        if op == ">":
            return bool(left > right)
        return bool(left >= right)
    except TypeError:
        return False


def _eval_tree(node: Any, values: Mapping[str, Any]) -> bool:
    kind = node[0]
    if kind == "and":
        return _eval_tree(node[1], values) and _eval_tree(node[2], values)
    if kind == "or":
        return _eval_tree(node[1], values) or _eval_tree(node[2], values)
    if kind == "not":
        return not _eval_tree(node[1], values)
    value = values.get(node[1])
    if value is None:
        return False
    if kind == "in":
        if isinstance(value, list):
            return any(item in node[2] for item in value)
        return value in node[2]
    return _compare(value, node[2], node[3])
