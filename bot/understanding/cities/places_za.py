"""South African townships, suburbs and towns that people give as their home.

South Africans often answer with the township or suburb rather than the metro ("Gauteng side,
Soweto", "Sandton", "Centurion, Pretoria east", "Khayelitsha"). A township or suburb inside one
metro is a district of that city, as "Croydon" is of London (`districts`): Soweto, Sandton,
Randburg, Midrand → Johannesburg; Centurion, Mamelodi → Pretoria; Khayelitsha, Mitchells Plain →
Cape Town; Umlazi, Pinetown → Durban; Summerstrand → Gqeberha. The towns of Ekurhuleni and the
other Gauteng and Western Cape towns are cities of their own name (`towns`): Benoni, Boksburg,
Germiston, Kempton Park, Vereeniging, Stellenbosch; "Port Elizabeth" is Gqeberha, the city's name
now. Same line format as the gazetteer. Names that are ordinary words too ("a Roman centurion",
"orange farm") are read only when the city is asked or after "in" (`WEAK_ZA`); names shared with
towns elsewhere ("Springs", "George", "Bellville", "Claremont", "Motherwell") are left out.
"""

from __future__ import annotations

DISTRICTS_ZA = """
Johannesburg | 索韦托 桑顿 | soweto, sandton, randburg, midrand, roodepoort, fourways, lenasia
Johannesburg | | diepsloot, orange farm, braamfontein
Pretoria | | centurion, mamelodi, soshanguve, atteridgeville
Cape Town | | khayelitsha, mitchells plain, mitchell's plain, gugulethu, durbanville
Durban | | umlazi, kwamashu, pinetown, umhlanga
Gqeberha | | summerstrand
"""

TOWNS_ZA = """
Gqeberha | 伊丽莎白港 | port elizabeth
Benoni | 贝诺尼 |
Boksburg | 博克斯堡 |
Germiston | 杰米斯顿 |
Kempton Park | |
Alberton | |
Brakpan | |
Edenvale | |
Tembisa | |
Katlehong | |
Vosloorus | |
Vereeniging | 弗里尼欣 |
Vanderbijlpark | |
Sebokeng | |
Krugersdorp | |
Randfontein | |
Stellenbosch | 斯泰伦博斯 |
Paarl | |
Potchefstroom | |
Rustenburg | 勒斯滕堡 |
Richards Bay | |
"""

# Ordinary words too: "a centurion", "an orange farm".
WEAK_ZA = ("centurion", "orange farm")
