"""English introductions: "my name is…", "call me…", "I'm…", "it's…", a name signed ("Ana here").

Split from `names`, which reads the Chinese frames and chooses between them. "I'm 25", "I'm fine",
"I'm closing the books" and "it's Perth" (not asked) are not names; a nickname others use
("everyone calls me Bex") gives way to the name the respondent gives or consents to.
"""

from __future__ import annotations

import re

from bot.understanding.cities.gazetteer import CITIES
from bot.understanding.identity.name_answers import bare_name, name_in_clauses
from bot.understanding.identity.name_particles import name_closed
from bot.understanding.identity.name_words import EN_TITLES, GENERATION, TITLED_EN, plausible_en
from bot.understanding.identity.pet_names import pet_name, taken_up
from bot.understanding.identity.this_is_here import place_remarked

_EN_INTRO = re.compile(
    r"\b(?:call m[ei]|calls m[ei]|my name is|my name's|name's|name is|i'm called|i am called"
    r"|known as"
    # (patois "mi name is", "mi name Shanice", "dem call mi Shanice"; "my name Ana" with the name
    # capitalised); a name to be put on record or addressed by: "put me down as Davo",
    # "you may address me as Mr. Okafor"
    r"|mi name is|mi name's|mi name(?!\s+(?:nuh|neva|nah|na|no|not)\b)|my name(?=\s+(?-i:[A-Z]))"
    # the apostrophe dropped: "my names Brody" (not "my names are…")
    r"|my names(?!\s+(?:are|were|is|aren'?t|don'?t|do|have|not)\b)"
    # ... and "my" left out too, opening a sentence before a capitalised name: "names Hemi, up
    # in Whangarei" (not "names don't matter", "names are hard")
    r"|(?:^|(?<=[.!?]\s))names(?=\s+(?-i:[A-Z]))"
    r"|(?:put|write|pop|mark) me down as|address me as|refer to me as"
    # the form asked for in a letter: "I should be addressed as Mrs. Pritchard"; the short form
    # asked for, when the name was asked: "Małgorzata, so please use Gosia"
    r"|(?:be|being) addressed as|(?:please|so|just) use"
    r"|(?:first|given|full|real|proper) name(?:'s| is)?|myself"
    r"|i'm|i am|im|it's|it is|its|this is|(?:i )?go by|you can call me|go with"
    # (the name after "name?" and "it's": "name? it's Sam")
    r"|name\s*[:?](?:\s*(?:it's|it is|its)(?=\s))?"
    # Scots and Northern "ah'm" / "a'm" for "I'm" ("ah'm Davie, nice tae meet ye")
    r"|ah'm|a'm)"
    # (not a letter run into digits: "it's R899 a month" is rand, "it's 5G" no name)
    r"\s+(?P<name>[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'\-]*(?:\s+[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'\-]*)?(?!\d)"
    # "my name's 李伟": a Chinese name after an English introduction
    r"|[\u4e00-\u9fff]{2,4}(?![\u4e00-\u9fff]))",
    re.IGNORECASE,
)
# Introductions that name the respondent outright, after which a lowercase surname is still part
# of the name ("my name is li ming"); after "i'm" it may be anything ("i'm tom lol").
# ("my name is Dieter Hoffmann. Please address me as Mr. Hoffmann": the form asked for wins)
_EN_CALL_ME = re.compile(
    r"\b(?:call me|go by|go with|address me as|refer to me as|(?:put|write) me down as"
    r"|(?:be|being) addressed as|(?:please|so|just) use)\b",
    re.IGNORECASE,
)
_CALLED_BY = (
    "call me",
    "call mi",
    "you can call me",
    "go by",
    "i go by",
    "go with",
    "put me",
    "write me",
    "pop me",
    "mark me",
    "address me",
    "refer to me",
    "be addressed",
    "being addressed",
    "please use",
    "so use",
    "just use",
)
# Somebody else who is to be addressed so: "my mother prefers to be addressed as Mrs. Hale".
_OTHER_ADDRESSED = re.compile(
    r"\b(?:he|she|they|his|her|their|husband|wife|partner|son|daughter|mum|mom|mother|dad|father"
    r"|boss|gran|grandma|grandad)\b[^,.;!?]*$",
    re.IGNORECASE,
)
# Somebody else calling the respondent by a name ("my mates call me Kat", "everyone calls me
# Bex"): a nickname reported, not the name asked to be called by.
_REPORTED_CALL = re.compile(
    # ("di church sisters call me Sister Hy": patois "di" is "the")
    r"\b(?:everyone|everybody|people|folks|they|dem|dey|them|he|she|friends|mates"
    r"|(?:my|his|her|our|the|di)"
    r"(?:\s+(?!but\b|so\b|and\b|please\b|just\b)[a-z]+(?:'s|s')?){1,4})"
    r"\s+(?:all\s+|usually\s+|always\s+|just\s+|mostly\s+)?$",
    re.IGNORECASE,
)
# Before an introduction: somebody else's ("my husband's name is Bob", "her name's Amy") or a
# subordinate clause, where "I'm" describes ("sorry if I'm slow", "because I'm new").
_NOT_MINE_BEFORE = re.compile(
    r"(?:\b[a-z]+(?:'s|s')|\b(?:his|her|their|your))\s+$"
    r"|\b(?:if|when|whenever|because|cause|cos|since|as|while|though|although|until|unless)\s+$",
    re.IGNORECASE,
)
# A word in capitals, in a message typed in lowercase, after "it's" or "I'm" is an acronym
# ("NCT", "NHS"), no name; "my name is JT" still names.
_ACRONYM = re.compile(r"[A-Z]{2,}")
_NAMING = (
    "my name is",
    "my name's",
    "name's",
    "name is",
    "call me",
    "call mi",
    "you can call me",
    "mi name",
)
_LOOSE_EN = ("i'm", "i am", "im", "it's", "it is", "its", "this is", "ah'm", "a'm")
# A verb in "-ing" typed in lowercase, then its object or particle: "I'm closing the books",
# "i'm cooking dinner up" ("i'm ming", "I'm Sterling" still name).
_DOING = re.compile(
    r"(?-i:[a-z]{2,}ing)\s+(?:the|a|an|my|our|your|his|her|their|some|this|that|these|those|it"
    r"|them|up|out|off|down|dinner|lunch|breakfast)\b",
    re.IGNORECASE,
)
_IT_IS = ("it's", "it is", "its")
# After "it's" or "I'm", a word followed by its complement is a remark about something: "it's nice
# to talk", "I'm glad that you called", "it's lovely of you" ("I'm Tom, nice to meet you" names).
_PREDICATE_AFTER = re.compile(
    r"\s+(?:to|that|of|for|when|how|being|having|with|you|enough)\b", re.IGNORECASE
)


# "it's" joined by "and" or "but" to a clause of two words or more, in a message typed in
# lowercase ("we're on fibre and it's glitchy"): a remark about the thing, no name ("ok and it's
# tom", "Sorry for the wait and it's Priya" still name).
_JOINED_REMARK = re.compile(r"\S+\s+\S+.*\b(?:and|but)\s+$", re.IGNORECASE)


def _clause_up_to(surface: str, end: int) -> str:
    marks = [m.end() for m in _CLAUSE_MARKS.finditer(surface, 0, end)]
    return surface[marks[-1] if marks else 0 : end]


# A name signed at the start of a sentence, whatever was asked: "Ana here - been with you for
# years", "Tendai here btw, I'm in Mutare", "Nadine Clarke here from Nassau", "born in '79. Greg,
# by the way". Not a place ("London here, ...").
_SIGNED = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<title>" + EN_TITLES + r"\.?\s+)?"
    r"(?P<name>[A-Z][a-zà-öø-ÿ'\-]+(?:\s+[A-Z][a-zà-öø-ÿ'\-]+)?)"
    r"(?:,?\s+here(?=\s*(?:[-,.!:;]|$|(?:btw|by the way|fyi|again|from)\b))"
    r"|,\s*(?:by the way|btw)\b)"
)


# Words said of "here" rather than names signing it: agreement, the weather, the place.
_SAID_OF_HERE = frozenset(
    "same ditto nice quiet lovely peaceful beautiful gorgeous noisy busy dead boring freezing"
    " chilly cold hot warm humid rainy windy snowy cloudy foggy dry wet dark grim chaos madness"
    " mayhem bedlam"
    # getting or being here: "Came here from Leeds", "Born here", "Moved here in May"
    " came come moved got went ran flew drove arrived relocated emigrated born raised bred grew"
    " settled lived living been stuck".split()
)


def _signed(surface: str) -> tuple[str, int, int] | None:
    for m in _SIGNED.finditer(surface):
        name = m.group("name")
        if name.endswith("ing"):
            continue  # "Gaming here, mostly": an activity (a missed "Ming here" is the cost)
        if name.lower() in _SAID_OF_HERE:
            continue  # "Same here btw", "Quiet here, nothing to do": said of the place or the talk
        if plausible_en(name, strict=True, word_names=False) and name.lower() not in CITIES:
            return surface[m.start() : m.end("name")], m.start(), m.end("name")  # "Mrs. Moore"
    return None


# After "call me": when or how often they ring, or what others think of the respondent ("they call
# me every day", "call me back", "people call me lazy"), no name.
_CALLED_WHEN = frozenset(
    "every each back again twice daily constantly always all about up when whenever sometimes"
    " often nonstop late early lazy crazy mad stupid stubborn cheap old weird lucky names"
    # pointing back to a name already said: "so you can call me dat too"
    " that dat dis this it so"
    # the choice left to the bot: "whatever ye wanna call me is grand"
    " is was will would works doesn't doesnt".split()
)

# "Me" for "my" in British and Irish speech: the respondent phoning or asking their wife ("I'll
# call me mrs and ask", "call me mrs later"), no name. "call me" with the respondent as its
# subject is a phone call ("I will call me mam"); "me mrs" goes on with no name after it.
_PHONING_BEFORE = re.compile(
    r"\b(?:i|i'll|i will|i'd|i would|i'?m gonna|i'?m going to|i have to|i need to|i'll have to"
    r"|i've got to|i got to|i gotta|i must|i should|let me|lemme)\s+(?:just\s+|quickly\s+)?$",
    re.IGNORECASE,
)
_MISSUS_AFTER = re.compile(
    r"(?:mrs|missus|missis|misses)(?:\s+(?:later|now|tonight|tomorrow|first|and|back|soon"
    r"|quick|quickly|after|when|about|to|on|then|so|cos|because|or|n)\b|\s*(?:[,!?]|$))",
    re.IGNORECASE,
)


def _my_missus(surface: str, start: int, name_start: int) -> bool:
    """The "call me" at `start` phones somebody: the respondent is its subject, or the "name"
    after it is "mrs" and no name follows ("call me mrs later")."""
    return bool(
        _PHONING_BEFORE.search(surface, 0, start) or _MISSUS_AFTER.match(surface, name_start)
    )


# The name on paper after the one the respondent goes by: "real name's", "my legal name is".
_REAL_NAME = re.compile(r"\b(?:real|proper|legal|birth|actual) name")
# The marks that part clauses before a reported nickname.
_CLAUSE_MARKS = re.compile(r"[,;.!?]")
# After "name?", a question of the respondent's own: "why do you need my name? is this being
# recorded?", "name? what for?" (a word alone or before a stop still names: "name? Will").
_QUESTION_AFTER_ASKED = re.compile(
    r"(?:is|are|was|were|do|does|did|can|could|will|would|should|shall|why|what|how|who|where"
    r"|when)\s+[^.!?]*\?|(?:why|what for|how come|who for|who's asking)\s*\?",
    re.IGNORECASE,
)


def en_introduced(surface: str, asked: bool) -> tuple[str, int, int] | None:
    """An English introduction; "call me …" and "my name is …" win over "I'm …" and "it's …"."""
    loose: tuple[str, int, int] | None = None
    for m in _EN_INTRO.finditer(surface):
        strict = not asked
        name = m.group("name")
        words = name.split()
        rest = surface[m.end("name") :].strip()
        intro = m.group().lower()
        if _NOT_MINE_BEFORE.search(surface[max(0, m.start() - 40) : m.start()]):
            continue
        if surface[m.start() : m.start("name")].rstrip().endswith(
            "?"
        ) and _QUESTION_AFTER_ASKED.match(surface, m.start("name")):
            continue  # "my name? is this being recorded?": a question back, no name
        if intro.startswith(("go with", "please use", "so use", "just use")) and not asked:
            continue  # "I'll go with Vodafone": a choice, unless the name was asked
        if intro.startswith(("be addressed", "being addressed")) and _OTHER_ADDRESSED.search(
            surface, max(0, m.start() - 60), m.start()
        ):
            continue  # "my mother likes to be addressed as Mrs. Hale": somebody else
        naming = (intro.startswith(_NAMING) or words[0].lower() == "ah") and name_closed(rest)
        if len(words) > 1 and not (naming and plausible_en(name, strict=False)):
            if not words[1][0].isupper() or not plausible_en(name, strict=True):
                name = name if GENERATION.fullmatch(name) else words[0]  # ("I'm Gen Z": none)
        if intro.startswith("call") and _my_missus(surface, m.start(), m.start("name")):
            continue  # "I'll call me mrs and ask": "me mrs" is my wife, "call" a phone call
        titled = TITLED_EN.match(surface, m.start("name"))
        reported = intro.startswith(("calls me", "calls mi")) or (
            intro.startswith(("call me", "call mi"))
            and _REPORTED_CALL.search(surface, 0, m.start()) is not None
        )
        if titled and not reported:
            # "It's Mrs Agnes McLeod, but Agnes will do": the name consented to is the name
            consented = _consented_after(surface, titled.end())
            return consented or (titled.group(), titled.start(), titled.end())
        if titled:
            name = titled.group()  # "the kids at school call me Miss K": a title others use
        elif name.lower().endswith("'s") or rest.startswith("'s"):
            continue  # "I'm Mike's wife": somebody else's name
        elif not plausible_en(name, strict, word_names=asked or not intro.startswith(_LOOSE_EN)):
            continue
        if intro.startswith(_LOOSE_EN) and _PREDICATE_AFTER.match(
            surface, m.start("name") + len(name)
        ):
            continue  # "it's nice to have someone to talk to": a remark, no name
        if intro.startswith(_LOOSE_EN) and _DOING.match(surface, m.start("name")):
            continue  # "I'm closing the books": a verb with its object, what they are doing
        if intro.startswith(_LOOSE_EN) and name[0].islower() and not surface.islower():
            # "it's heaving tonight", "I'm gutted", "once I know it's legit": a word typed in
            # lowercase among capitals is no name, which the writer would have capitalised
            # ("i'm ming", all in lowercase, still names)
            continue
        if (
            intro.startswith(_IT_IS)
            and name[0].islower()
            and _JOINED_REMARK.search(_clause_up_to(surface, m.start()))
        ):
            continue  # "we're on fibre and it's glitchy": "it" is the thing talked about
        if intro.startswith(_IT_IS) and name.islower() and name.endswith("ing"):
            continue  # "sorry, it's pouring here. kerry": the weather, typed all in lowercase
        if not asked and place_remarked(surface, m.start(), intro, name):
            continue  # "I skipped the city one, it's Perth", "…and this is Texas": a place
        acronym = _ACRONYM.fullmatch(name.split()[0]) and not surface.isupper()
        if acronym and not asked and intro.startswith(_LOOSE_EN):
            continue  # "the car failed its NCT", "I'm NHS staff": an acronym, not shouted
        found = name, m.start("name"), m.start("name") + len(name)
        if "call m" in intro and name[0].islower() and words[0] in _CALLED_WHEN:
            continue  # "they call me every day", "people call me lazy": no name given
        address = None if reported else _consented_after(surface, found[2])
        if address and TITLED_EN.fullmatch(address[0]) and _same_surname(address[0], name):
            # "It's Margaret Okafor, but Mrs. Okafor will do just fine": the form of address the
            # respondent consents to
            return address
        if address and not TITLED_EN.fullmatch(address[0]) and address[0].lower() not in CITIES:
            # "I'm Priyanka, but Pri is fine", "It's Ravindra, but just Ravi is fine": the name
            # the respondent says to use
            return address
        if reported:
            consented = _consented_after(surface, found[2])
            if consented:
                return consented  # "everyone calls me Big Mike, but just Michael is fine"
            if _YOU_TOO.match(surface, found[2]):
                return found  # "friends call me Ah Hock, you also can": offered to the asker
            if _own_call_after(surface, found[2]):
                continue  # "Thomas, my mates call me Tommo, you can call me Tom": told the asker
            # (only in a clause of its own before: in "folks call me Red" the callers come first)
            head = _CLAUSE_MARKS.split(surface[: m.start()])[:-1]
            given = name_in_clauses(",".join(head)) if asked and head else None
            if given:
                return given  # "Tom Trevithick, though the lads call me Tommo": the name given
            if pet_name(_clause_up_to(surface, m.start()), name) and not taken_up(
                surface, found[2]
            ):
                continue  # "my husband calls me Bunny": a partner's pet name, no name to use
            loose = loose or found  # "it's Marcus. my wife calls me Marc": a nickname reported
            continue
        if intro.startswith(_CALLED_BY):
            return found  # "my name's Wang Fang but call me Amy": the name to be called by
        if asked and _REAL_NAME.search(intro):
            # "Bubba. Real name's Thomas": the name offered first, the real one an alias
            head = _CLAUSE_MARKS.split(surface[: m.start()])[:-1]
            given = name_in_clauses(",".join(head)) if head else None
            if given:
                return given
        if not intro.startswith(_LOOSE_EN):
            called = _EN_CALL_ME.search(surface, m.end()) or _offered_later(surface, m.end())
            if called is None:
                return found
            loose = found
            continue
        loose = loose or found
    return loose or _signed(surface)


# A clause that gives a name and consents to it: "(but) just Michael is fine", "Mike works
# though", or prefers it: "but I prefer Joanna", "I'd rather you used Katherine".
_CONSENT_CLAUSE = re.compile(
    r"(?:[,;.!]|\bbut\b)\s*(?:but|and|so)?\s*(?:(?P<clause>(?:[^,;.!]|(?<=\b(?:Mr|Ms|Mx|Dr))\.|(?<=\b(?:Mrs|Rev))\."
    r"|(?<=\bProf)\.)+?(?:\s+(?:is fine|is good"
    r"|is ok(?:ay)?|is grand|is alright|works|will do(?: (?:just )?fine| nicely| me)?)"
    r"|'s (?:fine|grand)))"
    r"(?:\s+(?:though|tho|tbh"
    r"|honestly|really|thanks|mate"
    r"|by me|with me|for me|too))*"
    r"|i(?:'d| would)? (?:prefer|rather (?:you )?(?:use|used|call me|be called)|like to be called)"
    r"\s+(?P<preferred>[^,;.!]+?))\s*(?=$|[,;.!])",
    re.IGNORECASE,
)


# After a nickname others use, the asker invited to use it too: "you also can", "you can too",
# "so can you", "you may as well" (not "you can call me Tom", which names again).
_YOU_TOO = re.compile(
    r"\s*[,.;!]?\s*(?:and |so )?(?:you (?:also |too |as well )?(?:can|may|could)"
    r"(?: too| also| as well)?|so can you|you too)(?!\s+(?:call|use|go|say)\b)",
    re.IGNORECASE,
)


def _offered_later(surface: str, start: int) -> re.Match[str] | None:
    """A nickname others use, offered to the asker later ("they call me Lupe, you can too")."""
    found = (
        m for m in _EN_INTRO.finditer(surface, start) if _YOU_TOO.match(surface, m.end("name"))
    )
    return next((m for m in found if m.group().lower().startswith(("calls m", "call m"))), None)


def _consented_after(surface: str, start: int) -> tuple[str, int, int] | None:
    """After a nickname others use, a later name the respondent consents to is the name."""
    for m in _CONSENT_CLAUSE.finditer(surface, start):
        part = "clause" if m.group("clause") else "preferred"
        name = bare_name(m.group(part))
        if name:
            at = surface.find(name, m.start(part))
            return name, at, at + len(name)
    return None


def _own_call_after(surface: str, start: int) -> bool:
    """After a nickname others use, the respondent says what the asker is to call them ("you can
    call me Tom", "but call me Tom"), not another nickname reported nor the one just said ("so
    you can call me dat too")."""
    for m in _EN_INTRO.finditer(surface, start):
        intro = m.group().lower()
        word = m.group("name").split()[0]
        if not intro.startswith(_CALLED_BY) or word.lower() in _CALLED_WHEN:
            continue
        if not plausible_en(word, strict=False):
            continue
        if intro.startswith(("call me", "call mi")) and _REPORTED_CALL.search(
            surface, 0, m.start()
        ):
            continue
        return True
    return False


def _same_surname(address: str, name: str) -> bool:
    """A title with the surname of the name given ("Mrs. Okafor" for "Margaret Okafor"), or with
    any surname when only a first name was given."""
    words = name.lower().split()
    return len(words) < 2 or address.lower().split()[-1] in words
