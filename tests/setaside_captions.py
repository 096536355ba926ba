"""SETASIDE: 62 labelled posts written for issue 9 BEFORE any code change of that round, in the
registers the other sets lack (lower-case parents' posts, word-names, Welsh/Irish/Gaelic/Polish
names with diacritics, hyphenated names, lone surnames, clubs that do not look like clubs,
sensitive details tied to a child, titled adults, lists, plates, card and shirt numbers) plus 12
negative controls (famous people, fictional characters, national charities, ordinary words).

Set aside: never looked at while the code was tuned, scored once at the end of the round
(benchmarks/captions.py reports the figure). Labels as in ../shared/data/captions/README.md;
format as tests/fresh_captions.py (surface, label), "surface#n" for the n-th occurrence.
"""

from __future__ import annotations

from typing import Any

from tests.fresh_captions import fresh_gold

SETASIDE: list[tuple[str, list[tuple[str, str]]]] = [
    ("any1 know if swimmin still on weds at moorfield baths? ellie-mae has her physio at 4 so we mite b late x",
     [("weds", "DATE"), ("moorfield baths", "VENUE"), ("ellie-mae", "NAME"), ("physio", "OTHER_ID"), ("4", "TIME")]),
    ("so proud of our hope today she got her yellow belt at sunday karate with sensei mick 🥋",
     [("hope", "NAME"), ("sunday", "DATE"), ("mick", "NAME")]),
    ("Well done to Siôn ap Dafydd and Ffion Llŷr who both got through to the Eisteddfod final in Caernarfon!",
     [("Siôn ap Dafydd", "NAME"), ("Ffion Llŷr", "NAME"), ("Caernarfon", "PLACE")]),
    ("Comhghairdeas le Cumann Lúthchleas Gael Naomh Bríd U12s – Aoife Ní Bhriain scored 2-3 v Ard Mhacha Óg on Sunday.",
     [("Cumann Lúthchleas Gael Naomh Bríd", "CLUB"), ("U12s", "YEAR"), ("Aoife Ní Bhriain", "NAME"),
      ("Ard Mhacha Óg", "CLUB"), ("Sunday", "DATE")]),
    ("Huge congrats to Zofia Wiśniewska and Kacper Dąbrowski from klasa 4 at Szkoła Polska im. Jana Pawła II in Slough!",
     [("Zofia Wiśniewska", "NAME"), ("Kacper Dąbrowski", "NAME"), ("klasa 4", "YEAR"),
      ("Szkoła Polska im. Jana Pawła II", "SCHOOL"), ("Slough", "PLACE")]),
    ("Hulme ABC had three lads box at the Manchester Youth Championships – respect to Deji and Callum, and to coach "
     "Tony for the corner work 🥊",
     [("Hulme ABC", "CLUB"), ("Manchester", "PLACE"), ("Deji", "NAME"), ("Callum", "NAME"), ("Tony", "NAME")]),
    ("Moorside Footlights present Oliver! at the Civic on 14th–16th March. Maisie Hartley plays the Artful Dodger 🎭",
     [("Moorside Footlights", "CLUB"), ("Civic", "VENUE"), ("14th–16th March", "DATE"), ("Maisie Hartley", "NAME")]),
    ("Filey Youth Players are looking for boys aged 10-14 for their summer panto. Contact Bev on 07700 900614.",
     [("Filey Youth Players", "CLUB"), ("aged 10-14", "AGE"), ("Bev", "NAME"), ("07700 900614", "PHONE")]),
    ("Please keep Noah in your thoughts – he has his second round of chemo this week and will miss training for a while 💙",
     [("Noah", "NAME"), ("chemo", "OTHER_ID")]),
    ("Welcome to Ana-Maria who joins Year 2 this week. She is new to English and speaks Romanian, so please help her "
     "feel at home!",
     [("Ana-Maria", "NAME"), ("Year 2", "YEAR"), ("new to English", "OTHER_ID"), ("Romanian", "OTHER_ID")]),
    ("Harvey has an EHCP now and will have a 1:1 in class from Monday, thank you Mrs Ellison for all your support "
     "with the SENCo paperwork",
     [("Harvey", "NAME"), ("EHCP", "OTHER_ID"), ("1:1", "OTHER_ID"), ("Monday", "DATE"), ("Ellison", "NAME")]),
    ("Our Tilly is profoundly deaf and she did her whole solo in BSL at the Rainbow Theatre last night – not a dry eye 😭",
     [("Tilly", "NAME"), ("profoundly deaf", "OTHER_ID"), ("Rainbow Theatre", "VENUE")]),
    ("Since mum passed in the spring, Kacey has been staying with her nan in Tividale. Thank you for all the cards x",
     [("mum passed", "OTHER_ID"), ("Kacey", "NAME"), ("Tividale", "PLACE")]),
    ("Ruby and Jack's dad is in prison so please be mindful in circle time – Miss Hussain",
     [("Ruby", "NAME"), ("Jack", "NAME"), ("in prison", "OTHER_ID"), ("Hussain", "NAME")]),
    ("Well done to our young carers group! Special shout to Kyle who looks after his mum and still made every session 🏅",
     [("Kyle", "NAME"), ("looks after his mum", "OTHER_ID")]),
    ("Player of the match: #7 Lewis Ó Dochartaigh, 2 tries and a try-saving tackle!",
     [("#7", "OTHER_ID"), ("Lewis Ó Dochartaigh", "NAME")]),
    ("Congrats to our number 9 Precious for her hat-trick vs Kirkby Juniors U10s",
     [("number 9", "OTHER_ID"), ("Precious", "NAME"), ("Kirkby Juniors", "CLUB"), ("U10s", "YEAR")]),
    ("Can the owner of the silver Qashqai KM19 XFT please move it, it's blocking the minibus at the side gate.",
     [("KM19 XFT", "OTHER_ID")]),
    ("Raffle money: please transfer to the PTA account, sort code 20-45-77, account 43917725, ref your child's name.",
     [("20-45-77", "OTHER_ID"), ("43917725", "OTHER_ID")]),
    ("Found a bank card on the touchline, number 4111 1111 1111 1111 – message the club page to claim it",
     [("4111 1111 1111 1111", "OTHER_ID")]),
    ("Twinnies Ayla and Esme smashed their first parkrun at Heaton Park 🏃‍♀️🏃‍♀️",
     [("Twinnies", "OTHER_ID"), ("Ayla", "NAME"), ("Esme", "NAME"), ("Heaton Park", "VENUE")]),
    ("RECORD BREAKER!! KAROLINA NOWAK-SMITH SWAM 50M FLY IN 31.2 AT PONDS FORGE ON SATURDAY",
     [("KAROLINA NOWAK-SMITH", "NAME"), ("PONDS FORGE", "VENUE"), ("SATURDAY", "DATE")]),
    ("Thank you to Reverend Gwilym Price and the ladies of St Teilo's for hosting our Christingle 🕯️",
     [("Gwilym Price", "NAME"), ("St Teilo's", "VENUE")]),
    ("Lollipop lady Brenda retires on Friday after 31 years on Carr Lane – come and say goodbye at 3.15!",
     [("Brenda", "NAME"), ("Friday", "DATE"), ("Carr Lane", "PLACE"), ("3.15", "TIME")]),
    ("Our lifeguard Joel spotted Kai struggling in the deep end and had him out in seconds. Thank you Joel!",
     [("Joel", "NAME"), ("Kai", "NAME"), ("Joel#2", "NAME")]),
    ("Team for Saturday: Okonkwo, Byrne, Patel, Ferreira, Lindqvist, MacLeod, Evans. Meet 9am at the clubhouse.",
     [("Saturday", "DATE"), ("Okonkwo", "NAME"), ("Byrne", "NAME"), ("Patel", "NAME"), ("Ferreira", "NAME"),
      ("Lindqvist", "NAME"), ("MacLeod", "NAME"), ("Evans", "NAME"), ("9am", "TIME")]),
    ("Gutted for Murphy who broke his wrist in the last minute – get well soon mate 💪",
     [("Murphy", "NAME"), ("broke his wrist", "OTHER_ID")]),
    ("Story time at Marsden Library with Autumn and Sky from Reception – they read The Gruffalo to the little ones!",
     [("Marsden Library", "VENUE"), ("Autumn", "NAME"), ("Sky", "NAME"), ("Reception", "YEAR")]),
    ("Cadet Sgt Ellis Whitworth and Cdt Priya Sandhu represented 1184 (Ossett) Sqn at the Cenotaph.",
     [("Ellis Whitworth", "NAME"), ("Priya Sandhu", "NAME"), ("1184 (Ossett) Sqn", "CLUB")]),
    ("Brownies: Tawny Owl (Mrs Jo Fairbairn) is off on maternity leave, so Snowy Owl will run Tuesdays until Easter.",
     [("Jo Fairbairn", "NAME"), ("Tuesdays", "DATE"), ("Easter", "DATE")]),
    ("tell ur kids 2 say happy bday to our jayden hes 7 2day!! party at wacky warehouse in ellesmere port x",
     [("jayden", "NAME"), ("7", "AGE"), ("wacky warehouse", "VENUE"), ("ellesmere port", "PLACE")]),
    ("Grandad's taking Oisín and wee Saoirse to the Féile on Saturday, they're doing the tin whistle for Comhaltas "
     "Béal Feirste",
     [("Oisín", "NAME"), ("Saoirse", "NAME"), ("Saturday", "DATE"), ("Comhaltas Béal Feirste", "CLUB")]),
    ("Big thanks to PC Hannah Lowe and PCSO Dan from the Shipley team who came to talk to Y5 about online safety.",
     [("Hannah Lowe", "NAME"), ("Dan", "NAME"), ("Shipley", "PLACE"), ("Y5", "YEAR")]),
    ("Our Eid party is at Jamia Masjid Ghausia on Sunday from 2–5pm. Brothers Imran and Bilal are running the games!",
     [("Jamia Masjid Ghausia", "VENUE"), ("Sunday", "DATE"), ("2–5pm", "TIME"), ("Imran", "NAME"), ("Bilal", "NAME")]),
    ("Congratulations to Mason, Harper and Theo on passing their Grade 1 piano – Mr & Mrs Kaczmarek are so proud of "
     "their pupils!",
     [("Mason", "NAME"), ("Harper", "NAME"), ("Theo", "NAME"), ("Kaczmarek", "NAME")]),
    ("Star of the week – Will Ashworth for never giving up in maths!",
     [("Will Ashworth", "NAME")]),
    ("Lost property this week:\nlunchbox – Jo Okafor\nPE bag – Arlo T.\nreading folder – Niamh\nPlease collect from "
     "the office.",
     [("Jo Okafor", "NAME"), ("Arlo T.", "NAME"), ("Niamh", "NAME")]),
    ("Mrs Ng's class raised £84 at their bake sale for Great Ormond Street 🧁",
     [("Ng", "NAME")]),
    ("Shetland Youth Fiddlers played at Mareel last night – Magnus, Ingrid and Thora were brilliant",
     [("Shetland Youth Fiddlers", "CLUB"), ("Mareel", "VENUE"), ("Magnus", "NAME"), ("Ingrid", "NAME"),
      ("Thora", "NAME")]),
    ("Rhys is back at school after his op and is using a wheelchair for now, please give him space in the corridors "
     "💛 – Head of Year 8",
     [("Rhys", "NAME"), ("op", "OTHER_ID"), ("wheelchair", "OTHER_ID"), ("Year 8", "YEAR")]),
    ("Our Lucía (9) is in Ward 4 at Alder Hey after a bad asthma attack, thank you everyone for the messages",
     [("Lucía", "NAME"), ("9", "AGE"), ("Ward 4", "VENUE"), ("Alder Hey", "VENUE"), ("asthma attack", "OTHER_ID")]),
    ("Jamie's foster carers asked us not to share any photos of him, so he isn't in the team picture – Coach Darren",
     [("Jamie", "NAME"), ("foster carers", "OTHER_ID"), ("Darren", "NAME")]),
    ("GS Tegan Lloyd-Jones, GA Mali Pryce, WD Efa – what a defence!! Cardiff Celts U14 undefeated 🏐",
     [("Tegan Lloyd-Jones", "NAME"), ("Mali Pryce", "NAME"), ("Efa", "NAME"), ("Cardiff Celts", "CLUB"),
      ("U14", "YEAR")]),
    ("Well done to Ross, Euan and Callum of the 1st Airdrie Boys' Brigade company on their President's Badge!",
     [("Ross", "NAME"), ("Euan", "NAME"), ("Callum", "NAME"), ("1st Airdrie", "CLUB")]),
    ("Reminder: Daisy has type 1 diabetes and carries her kit in her bag, all leaders have had training. "
     "Dad (Stuart) 07700 900288",
     [("Daisy", "NAME"), ("type 1 diabetes", "OTHER_ID"), ("Stuart", "NAME"), ("07700 900288", "PHONE")]),
    ("Happy 10th birthday to our gorgeous boy Finlay from mummy, daddy and Pippa the dog 🐶🎂",
     [("10th birthday", "AGE"), ("Finlay", "NAME")]),
    ("mrs begum says the y3 trip to cannon hall farm is tues not weds now!!! pass it on",
     [("begum", "NAME"), ("y3", "YEAR"), ("cannon hall farm", "VENUE"), ("tues", "DATE"), ("weds", "DATE")]),
    ("Gymnastics Club results: Gold – Amelia-Rose P, Silver – Krystian Z, Bronze – Freya-Lily McCann. "
     "Coaches: Sam & Becky",
     [("Amelia-Rose P", "NAME"), ("Krystian Z", "NAME"), ("Freya-Lily McCann", "NAME"), ("Sam", "NAME"),
      ("Becky", "NAME")]),
    ("Thanks to Dr Ahmed and the team at the Children's Ward, Royal Stoke, for looking after Logan during his seizures",
     [("Ahmed", "NAME"), ("Royal Stoke", "VENUE"), ("Logan", "NAME"), ("seizures", "OTHER_ID")]),
    ("Bring your swim bag Thursday! Coach Ewan will be at Tollcross at 6:30, girls 11/12 lane 3",
     [("Thursday", "DATE"), ("Ewan", "NAME"), ("Tollcross", "VENUE"), ("6:30", "TIME"), ("girls 11/12", "YEAR")]),
    # negative controls: nothing to rewrite
    ("Marcus Rashford's book club pick is brilliant – grab a copy from the school library!", []),
    ("Huge thanks to everyone who wore odd socks for Anti-Bullying Week and donated to Children in Need 🧦", []),
    ("Our World Book Day costumes included three Harry Potters, a Matilda and a very convincing Gruffalo!", []),
    ("Will you be joining us for the sponsored silence? Forms are in book bags.", []),
    ("Remember to bring a coat – the forecast says rain and it will be windy on the field.", []),
    ("Thank you to the NSPCC for the Speak Out Stay Safe assembly and to Barnardo's for the leaflets.", []),
    ("Grace before lunch will now be said in the hall rather than in classrooms.", []),
    ("Brilliant to see so many families at the fayre – thank you to our PTA!", []),
    ("Our reading challenge hero this term is Paddington Bear – who can read all the books by the end?", []),
    ("David Attenborough would be proud of our eco-committee's new bug hotel 🐞", []),
    ("Autumn is here! Our forest school sessions will carry on whatever the weather, so pack wellies.", []),
    ("The British Heart Foundation bag collection went brilliantly – 42 bags filled!", []),
]


def setaside_gold() -> list[dict[str, Any]]:
    """SETASIDE in ../shared/data/captions/dev.jsonl's format."""
    return fresh_gold(SETASIDE, "setaside")
