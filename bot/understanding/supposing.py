"""The words that make what follows a supposition, not a fact.

"要是签一年能便宜点我就签" signs nothing, "有伴侣的话…" has no partner and "如果再涨价我就换" is a
condition on leaving. Several readers need to know that a supposition opens; they share these
words so that a word learnt by one ("倘若") is known to all. The English "if" words stay with each
reader, because what may follow them ("if I had", "what if", "unless") differs by reader.
"""

from __future__ import annotations

# Chinese words opening a supposition, as a regex alternation.
IF_ZH = "如果|要是|假如|假设|万一|若是|倘若"
# The same words one by one, for literal gates.
IF_ZH_WORDS: tuple[str, ...] = tuple(IF_ZH.split("|"))
