"""Words for animals, one vocabulary for two readings: a pet's age is not the respondent's
(`whose_age.age_of_other`: "狗狗三岁了", "my dog's 3") and a household of pets has no dependents
(`pets`: "three cats and a tortoise").
"""

from __future__ import annotations

PET_ZH = (
    # (not a panda, an owl or a hot dog: "熊猫", "猫头鹰", "热狗")
    r"(?<!熊)猫(?!头鹰|眼)|(?<!热)狗|金毛|泰迪|柯基|哈士奇|二哈|柴犬|拉布拉多|边牧|布偶|英短|美短"
    r"|宠物|鹦鹉|仓鼠|兔子|乌龟|金鱼|热带鱼|毛孩子"
)
PET_EN = (
    r"\b(?<!hot )(?:dogs?|cats?|pupp(?:y|ies)|pups?|kittens?|pets?|rottweilers?|labradors?"
    r"|retrievers?|terriers?|spaniels?|poodles?|collies?|huskies|husky|pugs?|parrots?|budgies?"
    r"|birds|hamsters?|rabbits?|bunn(?:y|ies)|guinea pigs?|ferrets?|tortoises?|turtles?|goldfish"
    r"|tropical fish|snakes?|lizards?|horses?|ponies|pony|calves|cows|chickens|goats|sheep"
    r"|fur ?bab(?:y|ies)|fur ?kids?)\b"
)
