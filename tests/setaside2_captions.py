"""SETASIDE2: 70 labelled posts written blind for issue 9 on 2 December 2026, while the caption
rewriter was being tuned on dev, dev2 and SETASIDE: written without reading or running scrubkit's
text code, and never run through it while the tuning went on. 58 posts carry identifying content
and 12 are negative controls (famous people, fictional characters, national charities, brands,
ordinary words that look like names, generic event language) that must come out unchanged.

Registers, chosen where the other sets are light: Facebook-group announcements with contact
details, multi-section newsletters, match reports with scorers and shirt numbers, award lists,
lower-case WhatsApp posts and text-speak, ALL CAPS, emoji and hashtags (#TeamNaomi, #StMarysPE),
Instagram captions with @handles, health/SEN/family circumstances tied to a child, titled adults
(Coach, Mrs, Dr, Rev, Sensei, Fr., Bibi, Ustadh, a lollipop lady), names from many backgrounds
with diacritics (Welsh, Irish, Scottish Gaelic, Polish, Czech, Yoruba, Akan, Chinese, Arabic,
Tamil), word-names used both as names and as words (Hope, Will, River, Summer, Faith, May, Grace),
nicknames, initials, possessives, addresses and postcodes in several formats, future event dates,
and year groups (Year 6, P7, S2, U11s, Reception, 8P, Flwyddyn 6, Rang 5).

Set aside: scored ONCE at the end of the round, as the figure that predicts users' experience;
it must not be used to tune anything. Labels as in ../shared/data/captions/README.md (titles and
possessive 's outside NAME; characters, pets, charities and class names unlabelled; "today",
"this week" unlabelled, upcoming "this Saturday", "next Sunday" labelled DATE, "2nite" TIME).
Format as tests/fresh_captions.py: (surface, label), "surface#n" for the n-th occurrence.
"""

from __future__ import annotations

from typing import Any

from tests.fresh_captions import fresh_gold

SETASIDE2: list[tuple[str, list[tuple[str, str]]]] = [
    # Facebook-group announcements with contact details
    ("⚽ ASHBROOK ROVERS JFC – U11s TRIALS ⚽\nWe're looking for new players (school Year 6) for next season. Trials "
     "are on Saturday 13th June, 10am–12 at Hillcrest Recreation Ground, Moorcroft Lane, Ashbrook LS27 9ZZ. Please "
     "register with our secretary Gavin Royle on 07700 900431 or gavin.royle@example.com. All welcome, boys and girls!",
     [("ASHBROOK ROVERS JFC", "CLUB"), ("U11s", "YEAR"), ("Year 6", "YEAR"), ("Saturday 13th June", "DATE"),
      ("10am–12", "TIME"), ("Hillcrest Recreation Ground", "VENUE"), ("Moorcroft Lane", "PLACE"), ("Ashbrook", "PLACE"),
      ("LS27 9ZZ", "POSTCODE"), ("Gavin Royle", "NAME"), ("07700 900431", "PHONE"),
      ("gavin.royle@example.com", "EMAIL")]),
    ("📣 Girls' football at Blyth Spartans Community Foundation! Wildcats (5–11) Saturdays 9am, girls U13/U15 "
     "Thursdays 6pm at South Newsham Playing Fields, NE24 9ZZ. Contact Kirsty Robson on "
     "kirsty.r@blythgirlsfc.example.co.uk or visit blythgirlsfc.example.co.uk/join",
     [("Blyth Spartans Community Foundation", "CLUB"), ("5–11", "AGE"), ("Saturdays", "DATE"), ("9am", "TIME"),
      ("U13/U15", "YEAR"), ("Thursdays", "DATE"), ("6pm", "TIME"), ("South Newsham Playing Fields", "VENUE"),
      ("NE24 9ZZ", "POSTCODE"), ("Kirsty Robson", "NAME"), ("kirsty.r@blythgirlsfc.example.co.uk", "EMAIL"),
      ("blythgirlsfc.example.co.uk/join", "URL")]),
    ("Free holiday club at the Beacon Centre, 4 Canal Street, Oldham ol1 9zz – Mon–Fri 10–2 for ages 5–11, lunch "
     "included. Book with Shazia on 07700 900 913",
     [("Beacon Centre", "VENUE"), ("4 Canal Street", "ADDRESS"), ("Oldham", "PLACE"), ("ol1 9zz", "POSTCODE"),
      ("Mon–Fri", "DATE"), ("10–2", "TIME"), ("ages 5–11", "AGE"), ("Shazia", "NAME"), ("07700 900 913", "PHONE")]),
    ("Childminder update 🧸 I have one space for a funded 2-year-old from January, Mon–Wed. Ofsted Outstanding, based "
     "near Hillsborough Park, S6. Message me or call Marta on 07700 900 384.",
     [("2-year-old", "AGE"), ("January", "DATE"), ("Mon–Wed", "DATE"), ("Hillsborough Park", "VENUE"),
      ("S6", "POSTCODE"), ("Marta", "NAME"), ("07700 900 384", "PHONE")]),
    ("Messy Church is back this Sunday at 3.30pm at St Cuthbert's, Grange Road 🎨 Rev. Bronwen Hale and the team are "
     "doing a Noah's Ark theme, so bring the kids! Contact the parish office 01632 960218.",
     [("this Sunday", "DATE"), ("3.30pm", "TIME"), ("St Cuthbert's", "VENUE"), ("Grange Road", "PLACE"),
      ("Bronwen Hale", "NAME"), ("01632 960218", "PHONE")]),
    # multi-section newsletter
    ("Friday Flyer – St Oswald's CE Primary 📰\n\nHEADLINES\nWelcome to Mrs Adaeze Nwosu, who joins us as Year 4 "
     "teacher after half term.\n\nSPORT\nOur Year 5/6 girls reached the county final of the tag rugby at Priory "
     "Park. Well done to Keira, Summer and Zainab!\n\nDIARY\nThurs 5th March – World Book Day\nTue 10th March – "
     "Parents' evening, 3.30–6pm\n\nLUNCH MENU\nSummer fruits crumble is back by popular demand 🍓",
     [("St Oswald's CE Primary", "SCHOOL"), ("Adaeze Nwosu", "NAME"), ("Year 4", "YEAR"), ("half term", "DATE"),
      ("Year 5/6", "YEAR"), ("Priory Park", "VENUE"), ("Keira", "NAME"), ("Summer", "NAME"), ("Zainab", "NAME"),
      ("Thurs 5th March", "DATE"), ("Tue 10th March", "DATE"), ("3.30–6pm", "TIME")]),
    # match reports, scorers, shirt numbers, team sheets
    ("MATCH REPORT: Kingsmead Colts U12s 4–2 Brampton Villa U12s\nA cracking game at the Dell on Sunday morning. Goals "
     "from Reuben Adeyemi (2), Filip Nowicki and a screamer from our number 14 Lucas 'Lukey' Barnes. Keeper Osian Pugh "
     "saved a penalty in the last minute. Manager's player: no. 6 Tayo. Next up: away at Frickley Park next Sunday, "
     "KO 10.30.",
     [("Kingsmead Colts", "CLUB"), ("U12s", "YEAR"), ("Brampton Villa", "CLUB"), ("U12s#2", "YEAR"), ("Dell", "VENUE"),
      ("Sunday", "DATE"), ("Reuben Adeyemi", "NAME"), ("Filip Nowicki", "NAME"), ("number 14", "OTHER_ID"),
      ("Lucas 'Lukey' Barnes", "NAME"), ("Osian Pugh", "NAME"), ("no. 6", "OTHER_ID"), ("Tayo", "NAME"),
      ("Frickley Park", "VENUE"), ("next Sunday", "DATE"), ("10.30", "TIME")]),
    ("Basketball 🏀 U14 boys beat Catford Comets 58–41! Top scorers #23 Daniel Oyelaran (21 pts) and #11 Luka "
     "Petrović (14 pts). Come support at Crystal Palace NSC next Saturday at 2pm!",
     [("U14", "YEAR"), ("Catford Comets", "CLUB"), ("#23", "OTHER_ID"), ("Daniel Oyelaran", "NAME"),
      ("#11", "OTHER_ID"), ("Luka Petrović", "NAME"), ("Crystal Palace NSC", "VENUE"), ("next Saturday", "DATE"),
      ("2pm", "TIME")]),
    ("Under 9s rugby 🏉 Tough day at Wharfedale RUFC but the lads never stopped. Tries from Alfie (x2) and Ciarán, "
     "and a monster tackle from Teddy K. Training Weds 6pm at Ilkley Lane. #IlkleyJuniorRugby",
     [("Under 9s", "YEAR"), ("Wharfedale RUFC", "CLUB"), ("Alfie", "NAME"), ("Ciarán", "NAME"), ("Teddy K", "NAME"),
      ("Weds", "DATE"), ("6pm", "TIME"), ("Ilkley Lane", "PLACE"), ("#IlkleyJuniorRugby", "HASHTAG_ID")]),
    ("Netball team for Saturday v Highcliffe Hawks (away, 10am, Ringwood Rec): GS Lottie, GA Precious N., WA "
     "Ava-Grace, C Jasmine Wójcik, WD Hannah, GD Esi, GK Frankie. Umpire: Mrs Delaney. Bibs please Lottie's mum!",
     [("Saturday", "DATE"), ("Highcliffe Hawks", "CLUB"), ("10am", "TIME"), ("Ringwood Rec", "VENUE"),
      ("Lottie", "NAME"), ("Precious N.", "NAME"), ("Ava-Grace", "NAME"), ("Jasmine Wójcik", "NAME"),
      ("Hannah", "NAME"), ("Esi", "NAME"), ("Frankie", "NAME"), ("Delaney", "NAME"), ("Lottie#2", "NAME")]),
    ("Big Mo and Little Mo (aka Mohammed S and Mohammed R) were both on the scoresheet for Parkside Panthers U10s "
     "today 😂⚽ #grassroots",
     [("Big Mo", "NAME"), ("Little Mo", "NAME"), ("Mohammed S", "NAME"), ("Mohammed R", "NAME"),
      ("Parkside Panthers", "CLUB"), ("U10s", "YEAR")]),
    # award lists and results
    ("🏆 End of year awards – Starlight Academy of Dance 🏆\nMost Improved: Bethany Olaniyan\nBest Attitude: "
     "Jessica-Mae Holt\nRising Star (Tiny Tots): Aarav Mehta, aged 4\nTeachers' Award: Weronika Sadowska\nThank you to "
     "Miss Leanne and Miss Chantelle for an amazing year 💖",
     [("Starlight Academy of Dance", "CLUB"), ("Bethany Olaniyan", "NAME"), ("Jessica-Mae Holt", "NAME"),
      ("Aarav Mehta", "NAME"), ("aged 4", "AGE"), ("Weronika Sadowska", "NAME"), ("Leanne", "NAME"),
      ("Chantelle", "NAME")]),
    ("Reading Raffle winners this week: J. Patel (4K), A. Kowalczyk (2R) and T. O'Sullivan (6M). Prizes are in the "
     "office 📚",
     [("J. Patel", "NAME"), ("4K", "YEAR"), ("A. Kowalczyk", "NAME"), ("2R", "YEAR"), ("T. O'Sullivan", "NAME"),
      ("6M", "YEAR")]),
    ("Swimming gala results 🏊 Dominik Horváth – 1st 50m backstroke, Alžběta Nováková – 2nd 100m IM, Mihai Popescu – "
     "3rd 25m fly. Great work from all our swimmers at Aldershot Pools on Saturday. Training resumes Tues 6.15pm.",
     [("Dominik Horváth", "NAME"), ("Alžběta Nováková", "NAME"), ("Mihai Popescu", "NAME"),
      ("Aldershot Pools", "VENUE"), ("Saturday", "DATE"), ("Tues", "DATE"), ("6.15pm", "TIME")]),
    ("Gymnastics news 🤸‍♀️ Our pre-comp squad competed at the Lincolnshire Novice Floor & Vault at Sincil Bank Sports "
     "Hall on Sunday. Medals for Poppy-Mae Green (gold, 7-8 yrs), Aisha Rahman (silver) and Zuzanna Mazur (bronze). "
     "Coaches Kerry & Jo are so proud! Lincoln Flyers Gymnastics Club",
     [("Lincolnshire", "PLACE"), ("Sincil Bank Sports Hall", "VENUE"), ("Sunday", "DATE"), ("Poppy-Mae Green", "NAME"),
      ("7-8 yrs", "AGE"), ("Aisha Rahman", "NAME"), ("Zuzanna Mazur", "NAME"), ("Kerry", "NAME"), ("Jo", "NAME"),
      ("Lincoln Flyers Gymnastics Club", "CLUB")]),
    ("♟️ Results from the Yorkshire Junior Chess Congress: Arjun Venkataraman 5/5 in the U10 section, Hana Kobayashi "
     "4/5 in U12. Club night is Thursdays 6–7.30 at Headingley Library. Beginners welcome – email "
     "chess@hydeparkjuniors.example.org",
     [("Yorkshire", "PLACE"), ("Arjun Venkataraman", "NAME"), ("U10", "YEAR"), ("Hana Kobayashi", "NAME"),
      ("U12", "YEAR"), ("Thursdays", "DATE"), ("6–7.30", "TIME"), ("Headingley Library", "VENUE"),
      ("chess@hydeparkjuniors.example.org", "EMAIL")]),
    ("Congratulations to our brass band juniors on their Distinction at the Lancashire Youth Brass contest! Soloists: "
     "Harrison Leigh (cornet, 12) and Mei Ling Foster (tenor horn, 10). Rehearsals Mondays 6pm at the band room on "
     "Railway Street, Haslingden.",
     [("Lancashire", "PLACE"), ("Harrison Leigh", "NAME"), ("12", "AGE"), ("Mei Ling Foster", "NAME"), ("10", "AGE"),
      ("Mondays", "DATE"), ("6pm", "TIME"), ("Railway Street", "PLACE"), ("Haslingden", "PLACE")]),
    ("Results day 🎓 Huge congratulations to our sixth form students – special mention to Priyanka Raghunathan "
     "(4 A*s, off to study medicine) and Callum Fraser, the first in his family to go to university. Mr Adewale, "
     "Head of Sixth Form, Thornbury Academy",
     [("sixth form", "YEAR"), ("Priyanka Raghunathan", "NAME"), ("Callum Fraser", "NAME"),
      ("the first in his family to go to university", "OTHER_ID"), ("Adewale", "NAME"), ("Sixth Form", "YEAR"),
      ("Thornbury Academy", "SCHOOL")]),
    # WhatsApp, lower case, text-speak
    ("hiya ladies is ne1 takin the kids 2 brownies 2nite? my car's in the garage n maddison's got her badge thing, "
     "we're at 22 elm grove if u can grab her x",
     [("2nite", "TIME"), ("maddison", "NAME"), ("22 elm grove", "ADDRESS")]),
    ("omg my baby boy dexter got picked for the district team!!! 😭😭 he's only 9 an hes been playin for westhoughton "
     "juniors since he was 5 proud nana xxx",
     [("dexter", "NAME"), ("9", "AGE"), ("westhoughton juniors", "CLUB"), ("5", "AGE")]),
    ("reminder its nadia's 6th bday party sat 3-5 at jungle mania, unit 4 lowfield rd, sk4 9zz. pls lmk by weds if "
     "ur coming!! nadia's mum (zeynep) x",
     [("nadia", "NAME"), ("6th bday", "AGE"), ("sat", "DATE"), ("3-5", "TIME"), ("jungle mania", "VENUE"),
      ("unit 4 lowfield rd", "ADDRESS"), ("sk4 9zz", "POSTCODE"), ("weds", "DATE"), ("nadia#2", "NAME"),
      ("zeynep", "NAME")]),
    ("can i just say a massive thank u to mr o'neill at hollins park high for being so patient with our kian this "
     "term, the ADHD meds are finally working and he's actually enjoying school 😭❤️",
     [("o'neill", "NAME"), ("hollins park high", "SCHOOL"), ("kian", "NAME"), ("ADHD meds", "OTHER_ID")]),
    ("Dzień dobry! My son Szymon (P5 at Sunnyside Primary) is looking for a lift to Falkirk Wheel trip on Friday, I "
     "work early shift. Can pay petrol. Please text Agnieszka 07700 900 526, dziękuję!",
     [("Szymon", "NAME"), ("P5", "YEAR"), ("Sunnyside Primary", "SCHOOL"), ("Falkirk Wheel", "VENUE"),
      ("Friday", "DATE"), ("Agnieszka", "NAME"), ("07700 900 526", "PHONE")]),
    ("Will's mum here – hope someone can help! Will left his blue Nike coat at Kwik Cricket on the rec. If anyone "
     "picked it up please message me. Fingers crossed 🤞",
     [("Will", "NAME"), ("Will#2", "NAME")]),
    # ALL CAPS
    ("CONGRATULATIONS TO OUR U15 NETBALL GIRLS WHO WON THE NORTH TYNESIDE LEAGUE!!! PLAYER OF THE SEASON GOES TO AMARA "
     "OKAFOR-BELL 🏐🏐 SEE YOU ALL AT PRESENTATION NIGHT AT THE ROYAL QUAYS CLUBHOUSE ON FRIDAY 7PM",
     [("U15", "YEAR"), ("NORTH TYNESIDE", "PLACE"), ("AMARA OKAFOR-BELL", "NAME"), ("ROYAL QUAYS CLUBHOUSE", "VENUE"),
      ("FRIDAY", "DATE"), ("7PM", "TIME")]),
    ("SAVE THE DATE!!! CHRISTMAS FAYRE SATURDAY 5TH DECEMBER 11AM–2PM AT BROOKFIELD INFANTS 🎄 SANTA'S GROTTO TICKETS "
     "ON SALE FROM MONDAY 23RD NOVEMBER – SEE MRS GREENHALGH IN THE OFFICE",
     [("SATURDAY 5TH DECEMBER", "DATE"), ("11AM–2PM", "TIME"), ("BROOKFIELD INFANTS", "SCHOOL"),
      ("MONDAY 23RD NOVEMBER", "DATE"), ("GREENHALGH", "NAME")]),
    # emoji and hashtags, Instagram with @handles
    ("💜 Naomi Mensah-Brown is 9 and has been fighting leukaemia since March. This Saturday her classmates are doing a "
     "sponsored bounce to cheer her on 💪 #TeamNaomi #BeatLeukaemia",
     [("Naomi Mensah-Brown", "NAME"), ("9", "AGE"), ("leukaemia", "OTHER_ID"), ("March", "DATE"),
      ("This Saturday", "DATE"), ("#TeamNaomi", "HASHTAG_ID")]),
    ("Sports Hall Athletics 🏃 Years 3 and 4 smashed it at Ravenswood Leisure Centre this afternoon – 2nd overall out "
     "of 14 schools! Shout out to Kacper for winning the speed bounce and Grace Ekwueme for the standing long jump. "
     "#StMarysPE #proud",
     [("Years 3 and 4", "YEAR"), ("Ravenswood Leisure Centre", "VENUE"), ("Kacper", "NAME"),
      ("Grace Ekwueme", "NAME"), ("#StMarysPE", "HASHTAG_ID")]),
    ("Recital ready ✨ Our seniors backstage at @thelowryarts with the incredible @missfreyadance 💃 Costumes by "
     "Isla's nan (what a star). Tickets for Sunday's matinee: link in bio 🎟️ #BoltonDanceHub",
     [("@thelowryarts", "HANDLE"), ("@missfreyadance", "HANDLE"), ("Isla", "NAME"), ("Sunday", "DATE"),
      ("#BoltonDanceHub", "HASHTAG_ID")]),
    ("Our head boy Kofi Asante-Darko is running the Manchester 10k on 24th May for the Sickle Cell Society after his "
     "little brother Yaw was diagnosed with sickle cell 🏃🏿‍♂️ Sponsor him at justgiving.example.com/kofi-runs "
     "#TeamKofi #Parrswood6th",
     [("Kofi Asante-Darko", "NAME"), ("Manchester", "PLACE"), ("24th May", "DATE"), ("Yaw", "NAME"),
      ("sickle cell", "OTHER_ID"), ("justgiving.example.com/kofi-runs", "URL"), ("#TeamKofi", "HASHTAG_ID"),
      ("#Parrswood6th", "HASHTAG_ID")]),
    ("New black belts!! 🥋 Massive congrats to Jannat Hussain (10), our youngest ever 1st Dan, and to her brother "
     "Rayyan (14). Graded by Sensei Paul Whitmore at Hanley Leisure Centre. Follow @PotteriesKarate for more 📸",
     [("Jannat Hussain", "NAME"), ("10", "AGE"), ("youngest ever 1st Dan", "OTHER_ID"), ("Rayyan", "NAME"),
      ("14", "AGE"), ("Paul Whitmore", "NAME"), ("Hanley Leisure Centre", "VENUE"), ("@PotteriesKarate", "HANDLE")]),
    ("Ramadan football tournament 🌙⚽ Late-night league at Goals Leyton every Friday, 11pm–1am, for ages 14–17. "
     "Captains this week: Omar Haddad, Khalid Al-Masri and Zaid 'Zizou' Benali. Organised by Leyton Youth Ummah – "
     "DM @LYUmmah",
     [("Goals", "VENUE"), ("Leyton", "PLACE"), ("Friday", "DATE"), ("11pm–1am", "TIME"), ("ages 14–17", "AGE"),
      ("Omar Haddad", "NAME"), ("Khalid Al-Masri", "NAME"), ("Zaid 'Zizou' Benali", "NAME"),
      ("Leyton Youth Ummah", "CLUB"), ("@LYUmmah", "HANDLE")]),
    # health, SEN and family circumstances tied to a child
    ("Please could parents in Ash Class be aware that Ibrahim has a severe sesame allergy. He will sit at the allergy "
     "table at lunch and his EpiPen is kept in the classroom. Thank you – Mr Hughes (SENCo)",
     [("Ibrahim", "NAME"), ("severe sesame allergy", "OTHER_ID"), ("EpiPen", "OTHER_ID"), ("Hughes", "NAME")]),
    ("Our Jacob is autistic and finds loud noises really hard, so the volunteers kindly let him start at the back at "
     "junior parkrun in Bute Park on Sunday. Means the world to us 💙",
     [("Jacob", "NAME"), ("autistic", "OTHER_ID"), ("Bute Park", "VENUE"), ("Sunday", "DATE")]),
    ("Please pray for young Tomasz (Year 9) who is in the RVI recovering from a kidney transplant. Fr. Michał will say "
     "a Mass for him on Thursday at 7pm. – St Joseph's parish, Newcastle",
     [("Tomasz", "NAME"), ("Year 9", "YEAR"), ("RVI", "VENUE"), ("kidney transplant", "OTHER_ID"), ("Michał", "NAME"),
      ("Thursday", "DATE"), ("7pm", "TIME"), ("St Joseph's", "VENUE"), ("Newcastle", "PLACE")]),
    ("Shout out to Sienna in 8P who just got her dyslexia assessment back and has been working SO hard with her reader "
     "pen. Proud of you! – Ms Abara, Learning Support",
     [("Sienna", "NAME"), ("8P", "YEAR"), ("dyslexia", "OTHER_ID"), ("reader pen", "OTHER_ID"), ("Abara", "NAME")]),
    ("Two years ago today we brought Lily-Mai home 💕 adopting her was the best thing we ever did. Now she's a Year 3 "
     "star at Heathfield Primary!",
     [("Lily-Mai", "NAME"), ("adopting her", "OTHER_ID"), ("Year 3", "YEAR"), ("Heathfield Primary", "SCHOOL")]),
    ("The whole of Class 2 has been making cards for Ellie-Jo, whose grandma passed away last week. Please give her "
     "lots of kindness when she's back 💛",
     [("Class 2", "YEAR"), ("Ellie-Jo", "NAME"), ("grandma passed away", "OTHER_ID")]),
    ("Our triplets Ayo, Kehinde and Taiwo start Nursery at Little Stars on Monday – wish us luck with three book "
     "bags! 🎒🎒🎒",
     [("triplets", "OTHER_ID"), ("Ayo", "NAME"), ("Kehinde", "NAME"), ("Taiwo", "NAME"), ("Nursery", "YEAR"),
      ("Little Stars", "SCHOOL"), ("Monday", "DATE")]),
    ("Freddie's grandad is walking from Lyme Regis to Weymouth for Teenage Cancer Trust, who looked after Freddie's "
     "big sister Mabel when she had bone cancer 💛 Donate at justgiving.example.com/walk-for-mabel",
     [("Freddie", "NAME"), ("Lyme Regis", "PLACE"), ("Weymouth", "PLACE"), ("Freddie#2", "NAME"), ("Mabel", "NAME"),
      ("bone cancer", "OTHER_ID"), ("justgiving.example.com/walk-for-mabel", "URL")]),
    # titled adults
    ("Our lollipop lady Desirée has been on the crossing outside Whitefield Juniors for 25 years this week! Drop a "
     "card in at the office before Friday 🎉",
     [("Desirée", "NAME"), ("Whitefield Juniors", "SCHOOL"), ("Friday", "DATE")]),
    ("Madrasah prize-giving at Masjid Al-Falah, Brunswick Street this Sunday after Zuhr 🌙 Hifz certificates for "
     "Yusuf Al-Amin (12) and Maryam Siddiqui (11) – mashaAllah! Parents please contact Ustadh Bilal on 07700 900 145.",
     [("Masjid Al-Falah", "VENUE"), ("Brunswick Street", "PLACE"), ("this Sunday", "DATE"), ("after Zuhr", "TIME"),
      ("Yusuf Al-Amin", "NAME"), ("12", "AGE"), ("Maryam Siddiqui", "NAME"), ("11", "AGE"), ("Bilal", "NAME"),
      ("07700 900 145", "PHONE")]),
    ("Gurpurab kirtan darbar at Guru Nanak Gurdwara, Smethwick on Sunday 15th November 🙏 Our kids' jatha (ages 8–14) "
     "led by Bibi Harjinder Kaur will do the first shabad. Langar from 1pm.",
     [("Guru Nanak Gurdwara", "VENUE"), ("Smethwick", "PLACE"), ("Sunday 15th November", "DATE"),
      ("ages 8–14", "AGE"), ("Harjinder Kaur", "NAME"), ("1pm", "TIME")]),
    ("Congratulations to Chen Yutong and Wong Ka-Ho from our Chinese community school at Holy Trinity Hall, "
     "Cambridge, who passed their HSK Level 2 🎉 谢谢 Mrs Lam Mei-Ling for all the extra lessons!",
     [("Chen Yutong", "NAME"), ("Wong Ka-Ho", "NAME"), ("Holy Trinity Hall", "VENUE"), ("Cambridge", "PLACE"),
      ("Lam Mei-Ling", "NAME")]),
    ("Sea Cadets 🚢 Well done to Cadet Rhiannon Evans-Jones and Junior Cadet Bartosz Kamiński (11) who passed their "
     "Level 1 power boat at Pembroke Dock on Sunday. TS Havock – parade nights Tues & Thurs 7pm.",
     [("Rhiannon Evans-Jones", "NAME"), ("Bartosz Kamiński", "NAME"), ("11", "AGE"), ("Pembroke Dock", "PLACE"),
      ("Sunday", "DATE"), ("TS Havock", "CLUB"), ("Tues", "DATE"), ("Thurs", "DATE"), ("7pm", "TIME")]),
    ("2nd Carnforth Scouts 🏕️ Camp is Fri 12 – Sun 14 June at Crook Barn. Please hand medical forms to Skip (Sue "
     "Barrow) by this Friday. Owen, your mum says you left your sleeping bag at Jack's – it's in the hut!",
     [("2nd Carnforth Scouts", "CLUB"), ("Fri 12 – Sun 14 June", "DATE"), ("Crook Barn", "VENUE"),
      ("Sue Barrow", "NAME"), ("this Friday", "DATE"), ("Owen", "NAME"), ("Jack", "NAME")]),
    ("📚 Rhyme time is moving! From next week baby and toddler rhyme time will be at Shirley Library on Wednesdays, "
     "10.30–11am, with Librarian Ngozi. Under 5s only please.",
     [("Shirley Library", "VENUE"), ("Wednesdays", "DATE"), ("10.30–11am", "TIME"), ("Ngozi", "NAME"),
      ("Under 5s", "YEAR")]),
    # names from many backgrounds, other languages
    ("Llongyfarchiadau i Gethin Llwyd a Nia Wyn Rhys o Flwyddyn 6 am ennill yn Eisteddfod yr Urdd! 🎉 Diolch i Mr "
     "Prys Elfyn am eu hyfforddi. Ysgol Gymraeg Bro Tawe 💚",
     [("Gethin Llwyd", "NAME"), ("Nia Wyn Rhys", "NAME"), ("Flwyddyn 6", "YEAR"), ("Prys Elfyn", "NAME"),
      ("Ysgol Gymraeg Bro Tawe", "SCHOOL")]),
    ("Comhghairdeas le Caoimhe Ní Dhónaill agus Pádraig Ó Ceallaigh ó Rang 5 – bhuaigh siad an tráth na gceist in Ard "
     "Mhacha Dé hAoine! Scoil na Fuiseoige 💚",
     [("Caoimhe Ní Dhónaill", "NAME"), ("Pádraig Ó Ceallaigh", "NAME"), ("Rang 5", "YEAR"), ("Ard Mhacha", "PLACE"),
      ("Dé hAoine", "DATE"), ("Scoil na Fuiseoige", "SCHOOL")]),
    ("Well done to our P7 pupils Eilidh NicAmhlaigh and Ruairidh Mac an t-Saoir who won the Mòd junior solo singing "
     "in Inverness! Our S2 choir also took 3rd place 🎶 #SgoilGhàidhligInbhirNis",
     [("P7", "YEAR"), ("Eilidh NicAmhlaigh", "NAME"), ("Ruairidh Mac an t-Saoir", "NAME"), ("Inverness", "PLACE"),
      ("S2", "YEAR"), ("#SgoilGhàidhligInbhirNis", "HASHTAG_ID")]),
    ("Well done to our U12 camogie girls on winning the Antrim Féile final 🏑 Player of the match: Róisín Nic Giolla "
     "Bhríde. Thanks to Seán and Gráinne for the coaching. CLG Naomh Éanna",
     [("U12", "YEAR"), ("Antrim", "PLACE"), ("Róisín Nic Giolla Bhríde", "NAME"), ("Seán", "NAME"),
      ("Gráinne", "NAME"), ("CLG Naomh Éanna", "CLUB")]),
    ("Proud coach moment 🥊 Ifeoluwa 'Ife' Adebayo won her first bout at the Merseyside Development Show at Everton "
     "Park Sports Centre. She's 13 years old and only the second girl ever to box for the club! Next show: Sat 17th "
     "Oct. – Kirkdale ABC",
     [("Ifeoluwa 'Ife' Adebayo", "NAME"), ("Merseyside", "PLACE"), ("Everton Park Sports Centre", "VENUE"),
      ("13 years old", "AGE"), ("only the second girl ever to box for the club", "OTHER_ID"),
      ("Sat 17th Oct", "DATE"), ("Kirkdale ABC", "CLUB")]),
    ("Curtain up! 🎭 Penwith Youth Theatre present 'The Lion, the Witch and the Wardrobe' at the Acorn, Penzance, "
     "19–21 November, 7pm. Lucy is played by Tegen Rowe (Year 7) and Aslan by Jowan Tremayne. Tickets: "
     "penwithyt.example.org.uk",
     [("Penwith Youth Theatre", "CLUB"), ("Acorn", "VENUE"), ("Penzance", "PLACE"), ("19–21 November", "DATE"),
      ("7pm", "TIME"), ("Tegen Rowe", "NAME"), ("Year 7", "YEAR"), ("Jowan Tremayne", "NAME"),
      ("penwithyt.example.org.uk", "URL")]),
    ("So proud of my granddaughter Saoirse-Ann who made her First Holy Communion at St Brigid's, Coatbridge today 🙏 "
     "Her great-grandad Seamus came all the way from Donegal to see it.",
     [("Saoirse-Ann", "NAME"), ("St Brigid's", "VENUE"), ("Coatbridge", "PLACE"), ("Seamus", "NAME"),
      ("Donegal", "PLACE")]),
    # word-names as names and as words in one post
    ("Hope you all had a lovely break! A big welcome back to Hope and River in Year 1, and to Faith who joins "
     "Reception this week. Will the Year 1 parents please send in wellies for the river walk on Thursday.",
     [("Hope#2", "NAME"), ("River", "NAME"), ("Year 1", "YEAR"), ("Faith", "NAME"), ("Reception", "YEAR"),
      ("Year 1#2", "YEAR"), ("Thursday", "DATE")]),
    ("Summer camp sign-ups are open 🌞 Will Okoro and Summer Tate will be our young leaders this year – they started "
     "with us as Beavers! Camp runs Mon 27 July – Fri 31 July at Lyme Wood campsite.",
     [("Will Okoro", "NAME"), ("Summer Tate", "NAME"), ("Mon 27 July – Fri 31 July", "DATE"), ("Lyme Wood", "VENUE")]),
    ("Class assembly on Tuesday 3rd February at 9am – Oak Class will be sharing their Vikings topic. May and Mark "
     "will be narrating, so grown-ups, mark it in your diary!",
     [("Tuesday 3rd February", "DATE"), ("9am", "TIME"), ("May", "NAME"), ("Mark", "NAME")]),
    # addresses and postcodes
    ("Parcel for the Holloway family delivered to school by mistake, addressed to Flat 3, 17 Kingfisher Court, "
     "Leicester LE2 9ZZ – please collect from reception!",
     [("Holloway", "NAME"), ("Flat 3, 17 Kingfisher Court", "ADDRESS"), ("Leicester", "PLACE"),
      ("LE2 9ZZ", "POSTCODE")]),
    # negative controls: must come out unchanged
    ("Tom Daley's knitting has inspired our after-school craft club – the scarves are getting very long! 🧶", []),
    ("Paddington, Peppa Pig and at least four Spider-Men turned up for our dress-up fundraiser – thank you for your "
     "donations to Save the Children!", []),
    ("Will there be enough cake? There will always be enough cake. Thanks to every family who baked for Macmillan's "
     "coffee morning ☕🧁", []),
    ("Thank you to Greggs for donating sausage rolls to our family picnic – they disappeared in minutes! 🥐", []),
    ("Our Guides have been learning about Malala Yousafzai and Greta Thunberg – what inspiring young women! 🌍", []),
    ("Sunny spells and a gentle breeze – perfect weather for sports practice on the field. Don't forget water bottles "
     "and sun cream! ☀️", []),
    ("Huge thanks to the RNLI crew who visited to talk about beach safety – the children loved trying on the "
     "lifejackets 🛟", []),
    ("Faith, Courage and Hope are our school values – look out for the new display by the hall doors ✨", []),
    ("Rugby fans! 🏉 The children have loved following the Red Roses – a big shout out to the whole England squad for "
     "inspiring our girls.", []),
    ("Reminder: the Tooth Fairy does not accept lost teeth handed in at the office 😂 please send them home in an "
     "envelope!", []),
    ("Our Eco Warriors are collecting crisp packets for TerraCycle – drop them in the green bin by the library door 🌱",
     []),
    ("Daisy chains, buttercups and a very patient ladybird – nature club found all sorts in the wild garden 🌼", []),
]


def setaside2_gold() -> list[dict[str, Any]]:
    """SETASIDE2 in ../shared/data/captions/dev.jsonl's format."""
    return fresh_gold(SETASIDE2, "setaside2")
