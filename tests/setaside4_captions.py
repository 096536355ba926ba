"""SETASIDE4: 70 labelled posts written blind on 2 December 2026, after SETASIDE3, while the caption
rewriter was still being tuned on dev, dev2 and the earlier set-asides: written without reading or
running scrubkit's text code, its docs, its benchmark notes or its text tests, and never run through
it while the tuning went on. 58 posts carry identifying content and 12 are negative controls (famous
people, fictional characters, national charities, brands, ordinary words that look like names such
as "hope", "river", "summer", "grace", "ivy", "king", generic event language) that must come out
unchanged. No post, person, place or club is reused from SETASIDE, SETASIDE2, SETASIDE3, FRESH or
the shared dev sets.

Why: SETASIDE3 was scored once and then tuned on (branch text9); this is the fresh, unseen figure of
that round, scored once by the run that added it to benchmarks/captions.py. Registers: Facebook announcements with contact details (phones as
"+44 7700 900461", "0161 496 0732", "07700900 814", "020 7946 0381"; example.* emails and URLs
without http; postcodes as "m18 9zz", "HD9", "TA6", "wf29zz", "OL16 9zz"; flat and unit addresses),
multi-section newsletters (primary, secondary, Scout group), match reports with scorers, shirt
numbers ("no.5", "#10", "#23"), lone surnames and scores that look like times ("3-06", "31–12"),
gala, dance, chess and judo results lists, lower-case WhatsApp posts and text-speak ("2nite", "half 6",
"2moz", "next tues", Scots "the morn"), ALL CAPS notices, Instagram captions with @handles and
hashtags, health, SEN/EHCP, disability, new-to-English, refugee, young-carer, fostering/adoption,
bereavement, separation, a parent in prison or deployed with the forces, and free school meals tied
to a named child; titled adults (Coach, Imam, Apa, Rabbi, Morah, Sister, Akela, Snowy Owl, PO,
Sensei, Múinteoir, Cpl); names from Nigerian, Ghanaian, Somali, Pakistani, Bangladeshi, Indian,
Chinese, Vietnamese, Polish, Romanian, Lithuanian, Portuguese, Welsh, Scottish Gaelic, Irish,
Caribbean, Traveller, Afrikaans and Malay backgrounds, with diacritics, hyphens, apostrophes and
particles (ap, de, van der, binti, al-, Ní, Nic, Ó); word-names used as names (Rose, Grace, Hunter,
King, Summer, River, Reign, Ivy, Faith-Marie, Fox, Bear) and, in the controls, as words;
nicknames in quotes, initials ("J.T.", "Bear T", "Mariam O"); lower-case venues and clubs
("hateley heath rec", "wednesbury harriers", "3rd redcar brownies"); future dates ("Sat 14th",
"next Weds", "the 3rd", "half-term Monday", "the morn", "dydd Sadwrn"); and year groups in English
(Nursery, Reception, Y6, KS1, sixth form, 7R), Scottish (P3, P5, S3), Welsh (Blwyddyn 5), Northern
Irish (P7) and Irish (3rd class) systems.

Set aside: scored ONCE, as the figure that predicts users' experience; it must not be used to tune
anything. Labels as in ../shared/data/captions/README.md (titles and possessive 's outside NAME;
characters, pets, charities, class, squad and club-section names unlabelled; "today", "yesterday",
"last night", "next month" unlabelled; weekdays, "2moz", "the morn", "next Sunday", "half-term
Monday" labelled DATE, "2nite" TIME; age bands and competition age groups YEAR; a condition of an
unnamed child unlabelled). Format as tests/fresh_captions.py: (surface, label), "surface#n" for the
n-th occurrence.
"""

from __future__ import annotations

from typing import Any

from tests.fresh_captions import fresh_gold

SETASIDE4: list[tuple[str, list[tuple[str, str]]]] = [
    # Facebook announcements with contact details
    ("📣 Gorton ABC junior sessions are back! Boys and girls aged 10-15, Tues & Thurs 6-7.30pm at the Birley Centre, "
     "339 Hyde Rd, Gorton m18 9zz. Coaches Yaw Owusu-Ansah and Tish on 0161 496 0732 or "
     "info@gortonabc.example.co.uk 🥊",
     [("Gorton ABC", "CLUB"), ("aged 10-15", "AGE"), ("Tues & Thurs", "DATE"), ("6-7.30pm", "TIME"),
      ("Birley Centre", "VENUE"), ("339 Hyde Rd", "ADDRESS"), ("Gorton#2", "PLACE"), ("m18 9zz", "POSTCODE"),
      ("Yaw Owusu-Ansah", "NAME"), ("Tish", "NAME"), ("0161 496 0732", "PHONE"),
      ("info@gortonabc.example.co.uk", "EMAIL")]),
    ("Kingsway Tigers JFC are recruiting U9 and U11 players for next season ⚽ Trials Sat 14th, 10am at Kingsway Rec, "
     "Gloucester. Contact club sec Halina Zawadzka on +44 7700 900461 or see kingswaytigers.example.org.uk/trials",
     [("Kingsway Tigers JFC", "CLUB"), ("U9", "YEAR"), ("U11", "YEAR"), ("Sat 14th", "DATE"), ("10am", "TIME"),
      ("Kingsway Rec", "VENUE"), ("Gloucester", "PLACE"), ("Halina Zawadzka", "NAME"), ("+44 7700 900461", "PHONE"),
      ("kingswaytigers.example.org.uk/trials", "URL")]),
    ("7th Holmfirth Brownies have spaces for girls aged 7-10! We meet on Wednesdays in term time, 5.45-7pm, at Lane "
     "Methodist Church, Holmfirth HD9. Email Snowy Owl (Bernadette Quigley) at 7thholmfirthbrownies@example.org 🦉",
     [("7th Holmfirth Brownies", "CLUB"), ("aged 7-10", "AGE"), ("Wednesdays", "DATE"), ("5.45-7pm", "TIME"),
      ("Lane Methodist Church", "VENUE"), ("Holmfirth#2", "PLACE"), ("HD9", "POSTCODE"),
      ("Bernadette Quigley", "NAME"), ("7thholmfirthbrownies@example.org", "EMAIL")]),
    ("NEW: preschool gym for 18 months–4 yrs at Aerial Gymnastics Club, Unit 12, Moons Moat Drive, Redditch B98 9ZZ. "
     "First session half-term Monday at 9.15 🤸 Ring Coach Lorna on 01632 960 283 to book.",
     [("18 months–4 yrs", "AGE"), ("Aerial Gymnastics Club", "CLUB"), ("Unit 12, Moons Moat Drive", "ADDRESS"),
      ("Redditch", "PLACE"), ("B98 9ZZ", "POSTCODE"), ("half-term Monday", "DATE"), ("9.15", "TIME"),
      ("Lorna", "NAME"), ("01632 960 283", "PHONE")]),
    ("TS Resolute, Bridgwater Sea Cadets, open evening next Weds at 7pm at the unit, 3 West Quay, Bridgwater TA6. "
     "Young people aged 10–18 welcome. Contact PO Dariusz Kowal 07700 900 593 or resolute@cadetunit.example.org",
     [("TS Resolute", "CLUB"), ("Bridgwater Sea Cadets", "CLUB"), ("next Weds", "DATE"), ("7pm", "TIME"),
      ("3 West Quay", "ADDRESS"), ("Bridgwater#2", "PLACE"), ("TA6", "POSTCODE"), ("aged 10–18", "AGE"),
      ("Dariusz Kowal", "NAME"), ("07700 900 593", "PHONE"), ("resolute@cadetunit.example.org", "EMAIL")]),
    ("Free Christmas holiday club for 5-11s on free school meals 🎄 Ebor Community Hub, 22 Heworth Green, York, "
     "YO31 9ZZ, Mon 21 & Tue 22 Dec, 10–2. Book on 0113 496 0518 or ebor-haf.example.com – ask for Tendai or "
     "Mr Babatunde Oyewole.",
     [("5-11s", "YEAR"), ("Ebor Community Hub", "VENUE"), ("22 Heworth Green", "ADDRESS"), ("York", "PLACE"),
      ("YO31 9ZZ", "POSTCODE"), ("Mon 21 & Tue 22 Dec", "DATE"), ("10–2", "TIME"), ("0113 496 0518", "PHONE"),
      ("ebor-haf.example.com", "URL"), ("Tendai", "NAME"), ("Babatunde Oyewole", "NAME")]),
    # faith groups and community schools
    ("Reminder: maktab classes at Masjid-e-Usmania, Bradford restart after the holidays on Sat 3rd at 4.30pm for "
     "children from age 5. New students please see Imam Irfan Qureshi or Apa Rubina. Donations: "
     "usmania.example.org.uk/donate",
     [("Masjid-e-Usmania", "VENUE"), ("Bradford", "PLACE"), ("Sat 3rd", "DATE"), ("4.30pm", "TIME"),
      ("age 5", "AGE"), ("Irfan Qureshi", "NAME"), ("Rubina", "NAME"), ("usmania.example.org.uk/donate", "URL")]),
    ("Chanukah party for the cheder children this Sunday from 3pm at Bowdon & District Hebrew Congregation 🕎 Rabbi "
     "Yossi Feldman will light the menorah and Morah Tova's class are singing. RSVP to Dalia Rosenthal, 07700 900 827.",
     [("this Sunday", "DATE"), ("3pm", "TIME"), ("Bowdon & District Hebrew Congregation", "VENUE"),
      ("Yossi Feldman", "NAME"), ("Tova", "NAME"), ("Dalia Rosenthal", "NAME"), ("07700 900 827", "PHONE")]),
    ("Sunday school news from St Comgall's, Ballycastle ☘️ The P5s and P6s are leading the carol service on Sunday 20th "
     "at 6pm. Thank you to Sister Philomena and to Dervla McAleese and her daughter Blathnaid for the costumes.",
     [("St Comgall's", "VENUE"), ("Ballycastle", "PLACE"), ("P5s", "YEAR"), ("P6s", "YEAR"), ("Sunday 20th", "DATE"),
      ("6pm", "TIME"), ("Philomena", "NAME"), ("Dervla McAleese", "NAME"), ("Blathnaid", "NAME")]),
    ("Bal Vikas at Shri Ram Mandir, Wolverhampton: congratulations to our rangoli winners! 🪔 Under 8s – Aarav "
     "Joshi-Patel, 8–12s – Ishani Rao, and a special prize for Diya's little brother Kabir (age 4!). Prizes on Sunday "
     "after aarti, 12.30.",
     [("Shri Ram Mandir", "VENUE"), ("Wolverhampton", "PLACE"), ("Under 8s", "YEAR"), ("Aarav Joshi-Patel", "NAME"),
      ("8–12s", "YEAR"), ("Ishani Rao", "NAME"), ("Diya", "NAME"), ("Kabir", "NAME"), ("age 4", "AGE"),
      ("Sunday", "DATE"), ("12.30", "TIME")]),
    ("Sonar Tori Bengali School 📚 New term starts Sat 9 Jan, 10am–12.30 at Wardleworth Community Rooms, 7 Trafalgar St, "
     "Rochdale OL16 9zz. Children from Reception to Year 8 welcome. Ask for Apa Nazma on 0161 496 0455.",
     [("Sonar Tori Bengali School", "SCHOOL"), ("Sat 9 Jan", "DATE"), ("10am–12.30", "TIME"),
      ("Wardleworth Community Rooms", "VENUE"), ("7 Trafalgar St", "ADDRESS"), ("Rochdale", "PLACE"),
      ("OL16 9zz", "POSTCODE"), ("Reception", "YEAR"), ("Year 8", "YEAR"), ("Nazma", "NAME"),
      ("0161 496 0455", "PHONE")]),
    # multi-section newsletters
    ("Elmcroft Vale Primary – Friday Flyer\n\nHEADLINES\nA warm welcome to our new Nursery teacher, Miss Ebere "
     "Anyanwu.\n\nATTENDANCE\nTop class: 3H (98.7%)\n\nWRITERS OF THE WEEK\nNursery: Bear T  Reception: Florentyna  "
     "Y3: Thanh Nguyen  Y5: Mererid & Daragh  Y6: Iqra\n\nCOMING UP\nThurs 10th Dec – Nativity (Reception & KS1) 2pm\n"
     "Fri 18th – Christmas jumper day\nTue 5th Jan – back to school\n\nPTA: Kirsty Ballantyne, 07700 900 347",
     [("Elmcroft Vale Primary", "SCHOOL"), ("Nursery", "YEAR"), ("Ebere Anyanwu", "NAME"), ("3H", "YEAR"),
      ("Nursery#2", "YEAR"), ("Bear T", "NAME"), ("Reception", "YEAR"), ("Florentyna", "NAME"), ("Y3", "YEAR"),
      ("Thanh Nguyen", "NAME"), ("Y5", "YEAR"), ("Mererid", "NAME"), ("Daragh", "NAME"), ("Y6", "YEAR"),
      ("Iqra", "NAME"), ("Thurs 10th Dec", "DATE"), ("Reception#2", "YEAR"), ("KS1", "YEAR"), ("2pm", "TIME"),
      ("Fri 18th", "DATE"), ("Tue 5th Jan", "DATE"), ("Kirsty Ballantyne", "NAME"), ("07700 900 347", "PHONE")]),
    ("Penbridge High School Newsletter – Spring Term\n\nSTUDENT NEWS\nCongratulations to Year 13 student Oluwatobi "
     "Adeyinka-Reid on his offer to study Medicine.\n\nSPORT\nOur Year 8 girls' football team beat Marlowe Academy "
     "5-1, with a hat-trick for Marcelina Pawlak.\n\nDIARY\nMon 18 Jan – Year 9 options evening, 6–8pm\nWeds 27 Jan "
     "– Sixth form open evening\n\nQueries: office@penbridgehigh.example.sch.uk / 020 7946 0381",
     [("Penbridge High School", "SCHOOL"), ("Year 13", "YEAR"), ("Oluwatobi Adeyinka-Reid", "NAME"), ("Year 8", "YEAR"),
      ("Marlowe Academy", "SCHOOL"), ("Marcelina Pawlak", "NAME"), ("Mon 18 Jan", "DATE"), ("Year 9", "YEAR"),
      ("6–8pm", "TIME"), ("Weds 27 Jan", "DATE"), ("Sixth form", "YEAR"),
      ("office@penbridgehigh.example.sch.uk", "EMAIL"), ("020 7946 0381", "PHONE")]),
    ("1st Shepshed Scout Group – December update\n\nBEAVERS: Investiture for Oreoluwa, Lucjan and Theo B on Monday 7th "
     "at 5.30pm.\nCUBS: Akela (Sharon Pegg) is stepping down after 12 years – thank you! Baloo will take over.\n"
     "SCOUTS: Winter camp at Beaumanor Hall, Fri 15 – Sun 17 Jan. Forms to Skip by Friday 8th please.\n\n"
     "Questions: 1stshepshed@example.org.uk",
     [("1st Shepshed Scout Group", "CLUB"), ("Oreoluwa", "NAME"), ("Lucjan", "NAME"), ("Theo B", "NAME"),
      ("Monday 7th", "DATE"), ("5.30pm", "TIME"), ("Sharon Pegg", "NAME"), ("Beaumanor Hall", "VENUE"),
      ("Fri 15 – Sun 17 Jan", "DATE"), ("Friday 8th", "DATE"), ("1stshepshed@example.org.uk", "EMAIL")]),
    # match reports with scorers and shirt numbers
    ("Sunday's result: wednesbury harriers u13 girls 3-1 Tipton Tigers 💪 Goals: Keeley-Ann Brindley (2) and a header "
     "from our no.5 Tolu Bankole. Player of the match Summer Cartwright, who played with a broken finger strapped up! "
     "Next: home to Bilston Belles sat 9th, ko 10.30 at hateley heath rec",
     [("Sunday", "DATE"), ("wednesbury harriers", "CLUB"), ("u13", "YEAR"), ("Tipton Tigers", "CLUB"),
      ("Keeley-Ann Brindley", "NAME"), ("no.5", "OTHER_ID"), ("Tolu Bankole", "NAME"), ("Summer Cartwright", "NAME"),
      ("broken finger", "OTHER_ID"), ("Bilston Belles", "CLUB"), ("sat 9th", "DATE"), ("10.30", "TIME"),
      ("hateley heath rec", "VENUE")]),
    ("Match report – Aspatria RUFC U14 v Cockermouth U14: won 31–12 at Hawthorn Park. Tries from Jack-Henry Stobart "
     "(2), Dayo Akinola and skipper Rory McGuigan; conversions by #10 Ewan Tweddle. A big welcome to Nikolai, "
     "playing his first game since arriving from Ukraine 🇺🇦",
     [("Aspatria RUFC", "CLUB"), ("U14", "YEAR"), ("Cockermouth", "CLUB"), ("U14#2", "YEAR"), ("Hawthorn Park", "VENUE"),
      ("Jack-Henry Stobart", "NAME"), ("Dayo Akinola", "NAME"), ("Rory McGuigan", "NAME"), ("#10", "OTHER_ID"),
      ("Ewan Tweddle", "NAME"), ("Nikolai", "NAME"), ("since arriving from Ukraine", "OTHER_ID")]),
    ("U12 camogie: CLG Naomh Pádraig 3-06 Na Magha 1-04 🏑 Scorers: Caoilfhionn Ní Bhraonáin 2-02, Méabh O'Kane 1-01, "
     "Éabha Nic Ruairí 0-03. Next match Saturday in Owenbeg, throw-in 11.",
     [("U12", "YEAR"), ("CLG Naomh Pádraig", "CLUB"), ("Na Magha", "CLUB"), ("Caoilfhionn Ní Bhraonáin", "NAME"),
      ("Méabh O'Kane", "NAME"), ("Éabha Nic Ruairí", "NAME"), ("Saturday", "DATE"), ("Owenbeg", "PLACE"),
      ("11", "TIME")]),
    ("Attercliffe Arrows U16 boys won 68–54 away at Maltby Leisure Centre last night 🏀 Top scorer #23 Chibuike 'CJ' "
     "Anozie (24 pts), great D from Hieu Tran, and Wilczek was a rock on the boards. Next home game Weds 6.15–7.45 at "
     "Goodwin Sports Centre.",
     [("Attercliffe Arrows", "CLUB"), ("U16", "YEAR"), ("Maltby Leisure Centre", "VENUE"), ("#23", "OTHER_ID"),
      ("Chibuike 'CJ' Anozie", "NAME"), ("Hieu Tran", "NAME"), ("Wilczek", "NAME"), ("Weds", "DATE"),
      ("6.15–7.45", "TIME"), ("Goodwin Sports Centre", "VENUE")]),
    ("U15 cup semi: Marple CC 142/6 beat Didsbury CC 118 all out 🏏 Well played Oduya (54*) and Qadri (3-17). "
     "The final is next Sunday at Woodford Park.",
     [("U15", "YEAR"), ("Marple CC", "CLUB"), ("Didsbury CC", "CLUB"), ("Oduya", "NAME"), ("Qadri", "NAME"),
      ("next Sunday", "DATE"), ("Woodford Park", "VENUE")]),
    # results lists and awards
    ("Consett Otters ASC gala results 🏊\n9 yrs girls 50m breast: 1st Niamh Tuohy, 3rd Mai Anh Pham\n10 yrs boys 50m "
     "fly: 1st Oskar Halvorsen\n13/14 boys 200m free: 2nd Filip Szczepański (PB!)\nThanks to Clive and the team at "
     "Consett Leisure Centre.",
     [("Consett Otters ASC", "CLUB"), ("9 yrs", "YEAR"), ("Niamh Tuohy", "NAME"), ("Mai Anh Pham", "NAME"),
      ("10 yrs", "YEAR"), ("Oskar Halvorsen", "NAME"), ("13/14", "YEAR"), ("Filip Szczepański", "NAME"),
      ("Clive", "NAME"), ("Consett Leisure Centre", "VENUE")]),
    ("Festival results from the Floral Pavilion 💃 So proud of Diamond Steps Dance Academy!\nThe under-10s ballet "
     "solo: 1st Reign Nwankwo\nLyrical 12 & under: 2nd Grace-Ellen Moody\nMiss Carys is over the moon ✨",
     [("Floral Pavilion", "VENUE"), ("Diamond Steps Dance Academy", "CLUB"), ("under-10s", "YEAR"),
      ("Reign Nwankwo", "NAME"), ("12 & under", "YEAR"), ("Grace-Ellen Moody", "NAME"), ("Carys", "NAME")]),
    ("♟️ UK Schools Chess Challenge: St Ninian's RC Primary, Kirkintilloch has three Megafinal qualifiers – Morven "
     "Mackintosh (P6), Rahul Menon (P7) and Xu Ziyi (P5). Go team!",
     [("St Ninian's RC Primary", "SCHOOL"), ("Kirkintilloch", "PLACE"), ("Morven Mackintosh", "NAME"), ("P6", "YEAR"),
      ("Rahul Menon", "NAME"), ("P7", "YEAR"), ("Xu Ziyi", "NAME"), ("P5", "YEAR")]),
    ("Grading results – Sankaku Judo Club, Sittingbourne 🥋 Red belt: Hunter Maclean, Ivy Adesanya. Yellow belt: "
     "Faith-Marie Cassidy, Mustafa al-Hashimi. Sensei Anand says the next grading is on the 3rd.",
     [("Sankaku Judo Club", "CLUB"), ("Sittingbourne", "PLACE"), ("Hunter Maclean", "NAME"), ("Ivy Adesanya", "NAME"),
      ("Faith-Marie Cassidy", "NAME"), ("Mustafa al-Hashimi", "NAME"), ("Anand", "NAME"), ("the 3rd", "DATE")]),
    # lower-case WhatsApp and text-speak
    ("hi ladies is football on at half 6 2nite or is it cancelled cos of the rain?? kobe has a hospital appt at 4 at "
     "the evelina for his kidney condition so we mite be late",
     [("half 6", "TIME"), ("2nite", "TIME"), ("kobe", "NAME"), ("4", "TIME"), ("the evelina", "VENUE"),
      ("kidney condition", "OTHER_ID")]),
    ("does any1 no wat time the y4 trip to yorkshire wildlife park gets back on fri? my mia-bella has to have her epilepsy meds "
     "at lunch so i need to no who to give them to",
     [("y4", "YEAR"), ("yorkshire wildlife park", "VENUE"), ("fri", "DATE"), ("mia-bella", "NAME"), ("epilepsy meds", "OTHER_ID")]),
    ("ony o youse ken if the P3 swimmin is still on the morn at kinross pool? oor Struan's got a verruca n a dinnae "
     "want him missin oot",
     [("P3", "YEAR"), ("the morn", "DATE"), ("kinross pool", "VENUE"), ("Struan", "NAME"), ("verruca", "OTHER_ID")]),
    ("Nanny n grandad r so proud of u Lacey-Rose!!! 🥰 11 today and picked for the Meadowhead gymnastics squad, "
     "party at the Inflata Nation sat xx",
     [("Lacey-Rose", "NAME"), ("11", "AGE"), ("Meadowhead gymnastics", "CLUB"), ("Inflata Nation", "VENUE"),
      ("sat", "DATE")]),
    ("anyone selling a size 10 brownies uniform? tallulah starts at 3rd redcar brownies next tues, 6pm at st hilda's "
     "hall. pm me or 07700900 814",
     [("tallulah", "NAME"), ("3rd redcar brownies", "CLUB"), ("next tues", "DATE"), ("6pm", "TIME"),
      ("st hilda's hall", "VENUE"), ("07700900 814", "PHONE")]),
    ("congrats to my cousins lad Johnny-Joe Ward on his 1st holy communion at st kevin's in tuam on sat 🙏 hes only 7 "
     "and been in 3 schools this year with us travelling",
     [("Johnny-Joe Ward", "NAME"), ("st kevin's", "VENUE"), ("tuam", "PLACE"), ("sat", "DATE"), ("7", "AGE"),
      ("been in 3 schools this year with us travelling", "OTHER_ID")]),
    ("omg kuba got picked 4 the bucks county squad hes buzzin training starts 2moz 6-8 at wycombe rye lido cant "
     "believe it proud mum",
     [("kuba", "NAME"), ("bucks", "PLACE"), ("2moz", "DATE"), ("6-8", "TIME"), ("wycombe rye lido", "VENUE")]),
    ("hiya mrs pilkington its tymon's mum, his dad got sent to prison last week so tymon is staying with me n his nan "
     "for now, can u keep an eye on him in class x",
     [("pilkington", "NAME"), ("tymon", "NAME"), ("his dad got sent to prison", "OTHER_ID"), ("tymon#2", "NAME")]),
    # ALL CAPS
    ("⚠️ NOTICE TO ALL PARENTS ⚠️ THE YEAR 5 AND YEAR 6 CHRISTMAS DISCO AT BRAMBLEWOOD PRIMARY IS NOW ON THURSDAY "
     "17TH DECEMBER, 5.30–7PM. TICKETS £3 FROM MRS O'DRISCOLL IN THE OFFICE.",
     [("YEAR 5", "YEAR"), ("YEAR 6", "YEAR"), ("BRAMBLEWOOD PRIMARY", "SCHOOL"), ("THURSDAY 17TH DECEMBER", "DATE"),
      ("5.30–7PM", "TIME"), ("O'DRISCOLL", "NAME")]),
    ("CONGRATULATIONS TO KWESI ASANTE-BOAKYE (U17) AND RIVER DE SOUSA (U15) FROM BASINGSTOKE AC WHO HAVE BEEN PICKED "
     "FOR HAMPSHIRE AT THE INTER-COUNTIES IN LOUGHBOROUGH NEXT MONTH 🏃",
     [("KWESI ASANTE-BOAKYE", "NAME"), ("U17", "YEAR"), ("RIVER DE SOUSA", "NAME"), ("U15", "YEAR"),
      ("BASINGSTOKE AC", "CLUB"), ("HAMPSHIRE", "PLACE"), ("LOUGHBOROUGH", "PLACE")]),
    ("WELCOME HOME CPL DEAN HORSFALL!!! 6 MONTHS IN ESTONIA AND HIS GIRLS LEXI AND MARNIE FROM BROOKVALE INFANTS "
     "HAVE COUNTED EVERY SINGLE DAY ❤️🇬🇧",
     [("DEAN HORSFALL", "NAME"), ("6 MONTHS IN ESTONIA", "OTHER_ID"), ("LEXI", "NAME"), ("MARNIE", "NAME"),
      ("BROOKVALE INFANTS", "SCHOOL")]),
    ("ALL U11S MUST BE AT FOXHOLES PLAYING FIELDS, HITCHIN SG4 BY 8.45AM SATURDAY. NO BOOTS NO PLAY!! ANY PROBLEMS "
     "RING GAZ ON 07700 900 138",
     [("U11S", "YEAR"), ("FOXHOLES PLAYING FIELDS", "VENUE"), ("HITCHIN", "PLACE"), ("SG4", "POSTCODE"),
      ("8.45AM", "TIME"), ("SATURDAY", "DATE"), ("GAZ", "NAME"), ("07700 900 138", "PHONE")]),
    # Instagram captions with @handles and hashtags
    ("Medal Monday 🥇 Huge congrats to @ellie.kwarteng_gym and the whole squad from @northfleetflyers at the Kent "
     "Regional Finals! Next stop nationals 🙌 #NorthfleetFlyers #gymnastics #proudcoach",
     [("@ellie.kwarteng_gym", "HANDLE"), ("@northfleetflyers", "HANDLE"), ("Kent", "PLACE"),
      ("#NorthfleetFlyers", "HASHTAG_ID")]),
    ("Little legend mode activated 💪 Fox (5) smashed his first junior parkrun at Hylands Park this morning "
     "🏃‍♂️ #FoxTheBrave #junparkrun #writtle",
     [("Fox", "NAME"), ("5", "AGE"), ("Hylands Park", "VENUE"), ("#FoxTheBrave", "HASHTAG_ID"),
      ("#writtle", "HASHTAG_ID")]),
    ("Our Year 10s present Blood Brothers at the Brewhouse Theatre, Taunton 🎭 Thurs 11 & Fri 12 Feb, 7pm, starring "
     "Lucan Pardoe as Mickey and Hana Yilmaz as Mrs Johnstone. Tickets: brewhousetaunton.example.co.uk @dunmore_drama "
     "#DunmoreDrama",
     [("Year 10s", "YEAR"), ("Brewhouse Theatre", "VENUE"), ("Taunton", "PLACE"), ("Thurs 11 & Fri 12 Feb", "DATE"),
      ("7pm", "TIME"), ("Lucan Pardoe", "NAME"), ("Hana Yilmaz", "NAME"), ("brewhousetaunton.example.co.uk", "URL"),
      ("@dunmore_drama", "HANDLE"), ("#DunmoreDrama", "HASHTAG_ID")]),
    ("First night away for our Cubs ⛺ at Walesby Forest! Thank you Akela & Kaa (aka Suresh and Síle) 💚 "
     "@1struddingtonscouts #1stRuddington #scouting",
     [("Walesby Forest", "VENUE"), ("Suresh", "NAME"), ("Síle", "NAME"), ("@1struddingtonscouts", "HANDLE"),
      ("#1stRuddington", "HASHTAG_ID")]),
    # health, SEN, disability and family circumstances tied to a named child
    ("Delighted that Tobiah Quansah in 7R finally has his EHCP in place after an 18-month fight – thank you to Mrs "
     "Hollingworth, our SENCo, and to Tobiah's family for their patience.",
     [("Tobiah Quansah", "NAME"), ("7R", "YEAR"), ("EHCP", "OTHER_ID"), ("Hollingworth", "NAME"),
      ("Tobiah#2", "NAME")]),
    ("Please welcome Andrei Munteanu and his sister Irina, who have joined Year 4 and Year 2 after arriving from "
     "Constanța last month. They speak very little English yet, so a Romanian-speaking buddy would be wonderful – "
     "Rahima Choudhury (Y4) has already offered!",
     [("Andrei Munteanu", "NAME"), ("Irina", "NAME"), ("Year 4", "YEAR"), ("Year 2", "YEAR"),
      ("arriving from Constanța", "OTHER_ID"), ("speak very little English", "OTHER_ID"),
      ("Rahima Choudhury", "NAME"), ("Y4", "YEAR")]),
    ("Young Carer of the Year 💛 Lowri-Mai Price, aged 13, from Ysgol Maes y Wennol, who looks after her mum, who has "
     "MS, and her two little brothers. The award will be presented at Lampeter Town Hall on Friday.",
     [("Lowri-Mai Price", "NAME"), ("aged 13", "AGE"), ("Ysgol Maes y Wennol", "SCHOOL"),
      ("looks after her mum, who has MS", "OTHER_ID"), ("Lampeter Town Hall", "VENUE"), ("Friday", "DATE")]),
    ("After 3 years with us as his foster carers, our Kayden moves to his forever family on Monday 💔💙 Thank you to "
     "everyone at Tideswell Pre-school and to his social worker Olamide.",
     [("foster carers", "OTHER_ID"), ("Kayden", "NAME"), ("moves to his forever family", "OTHER_ID"),
      ("Monday", "DATE"), ("Tideswell Pre-school", "SCHOOL"), ("Olamide", "NAME")]),
    ("Our thoughts are with the Dunleavy family: Kacie (Year 9) lost her dad very suddenly at the weekend. Her "
     "friends in 9K are holding a cake sale in the canteen on Friday and Mr Szymański will collect donations.",
     [("Dunleavy", "NAME"), ("Kacie", "NAME"), ("Year 9", "YEAR"), ("lost her dad very suddenly", "OTHER_ID"),
      ("9K", "YEAR"), ("Friday", "DATE"), ("Szymański", "NAME")]),
    ("Ola Kamińska (10), who has spina bifida, scored her first ever basket for Havant Hurricanes Juniors at "
     "Oaklands Sports Centre yesterday 🏀♿ Proud doesn't cover it!",
     [("Ola Kamińska", "NAME"), ("10", "AGE"), ("spina bifida", "OTHER_ID"), ("Havant Hurricanes Juniors", "CLUB"),
      ("Oaklands Sports Centre", "VENUE")]),
    ("Reminder for the Y6 residential to Kingswood Dearne Valley (Mon 8 – Wed 10 March): Faisal's inhaler and "
     "Mariam O's insulin pens must go to Mrs Thackeray in a named bag. The coach leaves at 8.15.",
     [("Y6", "YEAR"), ("Kingswood Dearne Valley", "VENUE"), ("Mon 8 – Wed 10 March", "DATE"), ("Faisal", "NAME"),
      ("inhaler", "OTHER_ID"), ("Mariam O", "NAME"), ("insulin pens", "OTHER_ID"), ("Thackeray", "NAME"),
      ("8.15", "TIME")]),
    ("Our breakfast club means so much to families like Demi-Leigh's – her mum told us she's been on free school "
     "meals since her dad left, and this is the only hot breakfast she gets. Breakfast club runs Mon–Fri from 7.45am "
     "in the Hive at Cranbourne Primary.",
     [("Demi-Leigh", "NAME"), ("on free school meals", "OTHER_ID"), ("since her dad left", "OTHER_ID"),
      ("Mon–Fri", "DATE"), ("7.45am", "TIME"), ("Hive", "VENUE"), ("Cranbourne Primary", "SCHOOL")]),
    ("Hodan and Abdirahman Jama (P2 and P5) started at Dalmarnock Primary this week after their family was granted "
     "refugee status – and Hodan is already flying with her reading! 📖",
     [("Hodan", "NAME"), ("Abdirahman Jama", "NAME"), ("P2", "YEAR"), ("P5", "YEAR"),
      ("Dalmarnock Primary", "SCHOOL"), ("their family was granted refugee status", "OTHER_ID"), ("Hodan#2", "NAME")]),
    # word-names, nicknames, initials, lone surnames, particles
    ("Golden table this week goes to Rose, Grace, Hunter and King from Kestrel class – King chose pizza, naturally 👑🍕",
     [("Rose", "NAME"), ("Grace", "NAME"), ("Hunter", "NAME"), ("King", "NAME"), ("King#2", "NAME")]),
    ("Shout out to J.T. and 'Mighty Mo' Abubakar for litter-picking the whole of Beacon Hill Park – they're going "
     "back on Sunday to finish the pond 🗑️💪",
     [("J.T.", "NAME"), ("'Mighty Mo' Abubakar", "NAME"), ("Beacon Hill Park", "VENUE"), ("Sunday", "DATE")]),
    ("Bridge of Allan FC: cracking save from Adomako in the last minute and well played Brannigan at the back. Coach "
     "Lachie wants everyone at training Tues, half 5 sharp.",
     [("Bridge of Allan FC", "CLUB"), ("Adomako", "NAME"), ("Brannigan", "NAME"), ("Lachie", "NAME"), ("Tues", "DATE"),
      ("half 5", "TIME")]),
    ("Congratulations to our new sixth form senior prefects: Pieter van der Merwe, Nurul Aisyah binti Rahman and Layla "
     "al-Amin 🎓 Castlecroft College is in safe hands!",
     [("sixth form", "YEAR"), ("Pieter van der Merwe", "NAME"), ("Nurul Aisyah binti Rahman", "NAME"),
      ("Layla al-Amin", "NAME"), ("Castlecroft College", "SCHOOL")]),
    ("A big welcome to Jonas Vaitkus and Austėja Žukauskaitė, who've joined the juniors at Leven Chess Club "
     "♟️ See you Thursdays at 6 in the Balbirnie room!",
     [("Jonas Vaitkus", "NAME"), ("Austėja Žukauskaitė", "NAME"), ("Leven Chess Club", "CLUB"),
      ("Thursdays", "DATE"), ("6", "TIME"), ("Balbirnie room", "VENUE")]),
    # Welsh, Irish, Northern Irish and Scottish systems
    ("Llongyfarchiadau mawr i Blwyddyn 5 Ysgol Gynradd Pant-y-Dderwen am ennill y gystadleuaeth bêl-droed yn "
     "Llanrhystud! ⚽ Seren y gêm: Guto ap Dafydd. Gêm nesaf: dydd Sadwrn am 10yb ym Mhenparcau.",
     [("Blwyddyn 5", "YEAR"), ("Ysgol Gynradd Pant-y-Dderwen", "SCHOOL"), ("Llanrhystud", "PLACE"),
      ("Guto ap Dafydd", "NAME"), ("dydd Sadwrn", "DATE"), ("10yb", "TIME"), ("Mhenparcau", "PLACE")]),
    ("Well done to 3rd class in Scoil Naomh Ciarán, Ballinasloe on a fab Seachtain na Gaeilge concert! ☘️ Thanks to "
     "Múinteoir Aisling and to Donncha Ó Riain's grandad for the fiddle. Next up: 5th & 6th class trip to Galway "
     "on the 18th.",
     [("3rd class", "YEAR"), ("Scoil Naomh Ciarán", "SCHOOL"), ("Ballinasloe", "PLACE"), ("Aisling", "NAME"),
      ("Donncha Ó Riain", "NAME"), ("5th & 6th class", "YEAR"), ("Galway", "PLACE"), ("the 18th", "DATE")]),
    ("P7 pupils at Carnbeg Primary, Coleraine: the Ulster Hall concert rehearsal is next Thurs at 1.30. Mrs Rosalind "
     "McIlwaine will meet you at the bus 🎶",
     [("P7", "YEAR"), ("Carnbeg Primary", "SCHOOL"), ("Coleraine", "PLACE"), ("Ulster Hall", "VENUE"),
      ("next Thurs", "DATE"), ("1.30", "TIME"), ("Rosalind McIlwaine", "NAME")]),
    ("Meal an naidheachd to our S3 Gaelic-medium pupils at Ardnahoe High School, Portree – Catrìona NicRath and "
     "Seumas MacAoidh won the junior duet at the Mòd! Celebration assembly on Tuesday at 9.",
     [("S3", "YEAR"), ("Ardnahoe High School", "SCHOOL"), ("Portree", "PLACE"), ("Catrìona NicRath", "NAME"),
      ("Seumas MacAoidh", "NAME"), ("Tuesday", "DATE"), ("9", "TIME")]),
    # addresses and postcodes
    ("Party bags from Zayan's 6th birthday can be collected from Flat 4, 19 Primrose Close, Wakefield wf29zz any time "
     "after 5pm on Sat 😊",
     [("Zayan", "NAME"), ("6th", "AGE"), ("Flat 4, 19 Primrose Close", "ADDRESS"), ("Wakefield", "PLACE"),
      ("wf29zz", "POSTCODE"), ("5pm", "TIME"), ("Sat", "DATE")]),
    # negative controls: nothing identifying, must come out unchanged
    ("Malorie Blackman's Noughts & Crosses is flying off our library shelves – thank you for all the reviews! 📚", []),
    ("Shrek and Donkey made a surprise appearance at our stay-and-play (well, two very brave dads in costumes "
     "did) 🧅", []),
    ("Thank you to The Children's Society and YoungMinds for a brilliant wellbeing workshop for parents.", []),
    ("Hope is the thing with feathers – and our poetry wall is full of it, with a rose or two besides 🪶🌹", []),
    ("The river was too high for stream-dipping, so we explored the woods instead – nobody minded getting muddy!", []),
    ("A summer of reading starts here! Pop in to borrow a book and grab a sticker.", []),
    ("Our choir sang Amazing Grace with real faith and feeling – there wasn't a dry eye in the hall 🎶", []),
    ("Steve Backshall would be impressed: our den-building skills have come on leaps and bounds ⛺", []),
    ("Ivy, holly and a lot of pine cones – the table-decoration workshop was a festive treat 🎄", []),
    ("Please label all uniform, including coats and PE kits. Lost property is by the main office.", []),
    ("Thanks to Morrisons' community grant we've bought new footballs, cones and a first-aid kit ⚽", []),
    ("King Charles, Willy Wonka and a surprising number of Elsas turned up for our dress-up day 👑", []),
]


def setaside4_gold() -> list[dict[str, Any]]:
    """SETASIDE4 in ../shared/data/captions/dev.jsonl's format."""
    return fresh_gold(SETASIDE4, "setaside4")
