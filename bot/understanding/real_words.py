"""Real English words that the typo corrector must leave alone.

`Lexicon.correct` reads a longer word one edit away from a survey word as a typo of it, so that
"satisifed" still means satisfied. A real word one edit from a survey word is no typo: "saying"
is not "staying" ("I'm just saying the price is high" says nothing about leaving), "either" is not
"neither", "shipping" is not "shopping", "separate" accounts are not a "separated" couple, "coming"
is no "coding" and "contact" no "contract". These are the words among the 30,000 most frequent
English ones (wordfreq, alphabetic, five letters or more) that the bundled survey's lexicon would
otherwise correct, with the earlier exceptions of words one deletion away ("chance" is no
"cancel", "change" no "charge") and spoken forms that are words of their own ("3 I spose" is
"suppose", no "spouse").

Left out on purpose, so still corrected, are misspellings and variants meant as the survey word:
common slips ("cloths", "of coarse", "trough the bank", "mobil", "serie", "haven decided", "a
gentlemen"), dropped g's ("lookin", "thinkin", "somethin"), and singulars or near forms of the
same sense ("computer", "concert", "photo", "photograph", "teenage", "my divorce", "saving
account", "string").
"""

REAL_WORDS: frozenset[str] = frozenset(
    """
    abound adapted ailing alight america americas arent attaches attacked autopsy babes banging
    banning baring basing batter beater beatty bette biking bitter butter cancer capping carrie
    carried carries cartier chance chances chang change changed changes charge charged charmed
    charred cheeks chicks choking clothed coming commend commuters concepts concerns concerto
    contact contrast convection converts cooling cooper coping curse dance daring decade deceit
    decode decoding defend defends divorces doable doubly dripping easing either empress ending
    engage engages ennis enraged escorts ester exploding exports fairy faster fatter filing
    filling footer france gaping garage gazing gender genders glance hanged hatched havens
    hickey hiding hiring hopping horribly invention koran korea laces lacked laying leading
    leaking leaning leaping leasing licked liking linger lining listing locke locker locking
    logging loner longed looked looming looping loosing looting loving marred marries massage
    mather meddling misses moaning monies moths mouths moves mowing nested neural noting novice
    paces parted parting patent patents paying petty photon pictured pirates placed placing
    planes planting plates plating porte porter ports posing possible posted praying prefect
    prevent provide provided provides racing raging rally raping raving realty reaper rearing
    redding reilly relics relied relief render resent rollins round rowling ruining satisfies
    saying sayings seeding sensing separate separates serves sewing shipping shorts signing
    sinking skimming slaying snitch sorts spoke spores spots springs stacking staging stance
    staring stating stings stinking stitch stitching stocking stopping swaying taping taxing
    terribly thanking thinning ticking waking wherever witch wording worried
    spose
    boiling slimming footfall corking boning
    bawling boring bowing budge chairs coral curing fiddly hurting kindly seating shifty shiny
    slating stating surging scouse
    """.split()
)

# Lexicon words from other languages and dialects ("mi esposo", "two bairns", "casada"): no typo
# of an English word should be corrected into them ("Canada" is no "casada", "Cairns" and "barns"
# are no "bairns", "carne asada" no marriage), so they are left out of the typo targets; so is
# slang whose singular means something else (a dog is a proper "ankle biter", children "biters").
NOT_TYPO_TARGETS: frozenset[str] = frozenset(
    "esposo esposa marido casada casado bairns soltera soltero tengo biters".split()
)
