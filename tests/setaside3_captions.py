"""SETASIDE3: 70 labelled posts written blind for issue 9 on 2 December 2026, while the caption
rewriter was being tuned on dev, dev2, SETASIDE and SETASIDE2: written without reading or running
scrubkit's text code, its benchmark notes or its text tests, and never run through it while the
tuning went on. 58 posts carry identifying content and 12 are negative controls (famous people,
fictional characters, national charities, brands, ordinary words that look like names, generic
event language) that must come out unchanged. No post, person, place or club is reused from the
other sets.

Why: the earlier set-asides were scored once and are now known; this is a fresh, unseen figure for
the next scoring. Registers: Facebook announcements with contact details (phones, example.* emails
and URLs, postcodes as "L39 9ZZ", "EX16 9zz", "DE559ZZ", "IP24"), multi-section newsletters, match
reports with scorers and shirt numbers ("#7", "no. 4", "number 11"), award lists and gala results,
lower-case WhatsApp posts and text-speak ("2moz", "weds"), ALL CAPS, Instagram captions with @handles
and hashtags, health/SEN/family circumstances tied to a named child, titled adults (Coach, Ustadha,
Bhenji, Veerji, Father, Fr., Aunty, Sensei, Master, Cdt Sgt, Brown Owl-style roles such as Skip and
Bagheera), names from many backgrounds with diacritics (Welsh with mutation "a Thudur", Irish,
Scottish Gaelic, Polish, Turkish, Igbo, Yoruba, Punjabi, Korean), three-part and hyphenated names,
word-names used as names and as words (Storm, Chance, Blessing, Saffron, Peaches, Lotus), nicknames in
quotes, initials, addresses, future dates, and year groups in English, Scottish (P4, S2, Primary 1),
Welsh (Blwyddyn/Flwyddyn), Irish (2nd class, "faoi 12") and Northern Irish (P7) systems.

Set aside: scored ONCE, as the figure that predicts users' experience; it must not be used to tune
anything. Labels as in ../shared/data/captions/README.md (titles and possessive 's outside NAME;
characters, pets, charities, class and squad names unlabelled; "today", "yesterday", "next month"
unlabelled; weekdays, "tomorrow", "2moz", "the morra", "this Saturday", "this Sunday" labelled DATE;
a condition of an unnamed child unlabelled). Format as tests/fresh_captions.py: (surface, label),
"surface#n" for the n-th occurrence.
"""

from __future__ import annotations

from typing import Any

from tests.fresh_captions import fresh_gold

SETASIDE3: list[tuple[str, list[tuple[str, str]]]] = [
    # Facebook-group announcements with contact details
    ("🏊 KINGFISHER ORMSKIRK SWIMMING CLUB – NEW SQUAD PLACES 🏊\nAssessments for swimmers aged 8–12 on Sunday 7th "
     "February, 7.30am at Coronation Park Pool, Ormskirk. Email our membership sec Delyth Marwood at "
     "delyth.m@kingfisherorms.example.org or ring 07700 900526. Postcode for satnav: L39 9ZZ.",
     [("KINGFISHER ORMSKIRK SWIMMING CLUB", "CLUB"), ("aged 8–12", "AGE"), ("Sunday 7th February", "DATE"),
      ("7.30am", "TIME"), ("Coronation Park Pool", "VENUE"), ("Ormskirk", "PLACE"), ("Delyth Marwood", "NAME"),
      ("delyth.m@kingfisherorms.example.org", "EMAIL"), ("07700 900526", "PHONE"), ("L39 9ZZ", "POSTCODE")]),
    ("Rhyme Time at Wisbech Library is moving! From Tuesday 3rd March we'll be in the Octavia Room, 10.15–10.45, for "
     "babies and toddlers under 3. Questions? Ask Ruth or Harshita at the desk, call 01632 960554 or see "
     "wisbechlibraryfriends.example.org.uk/rhymetime",
     [("Wisbech Library", "VENUE"), ("Tuesday 3rd March", "DATE"), ("Octavia Room", "VENUE"), ("10.15–10.45", "TIME"),
      ("under 3", "AGE"), ("Ruth", "NAME"), ("Harshita", "NAME"), ("01632 960554", "PHONE"),
      ("wisbechlibraryfriends.example.org.uk/rhymetime", "URL")]),
    ("HAF holiday club at Trinity Methodist Hall, 27 Rowan Terrace, Tiverton EX16 9zz 🌞 Mon 13 – Thu 16 April, "
     "9.30–1.30, free for children aged 5–16 who get free school meals. Book via Coach Femi (Femi Adeyemi-Clarke) "
     "07700900772 or haf@tivertonplay.example.com",
     [("Trinity Methodist Hall", "VENUE"), ("27 Rowan Terrace", "ADDRESS"), ("Tiverton", "PLACE"),
      ("EX16 9zz", "POSTCODE"), ("Mon 13 – Thu 16 April", "DATE"), ("9.30–1.30", "TIME"), ("aged 5–16", "AGE"),
      ("Femi", "NAME"), ("Femi Adeyemi-Clarke", "NAME"), ("07700900772", "PHONE"),
      ("haf@tivertonplay.example.com", "EMAIL")]),
    ("Childminder in Thetford (IP24) with 2 spaces for under 5s from September. Pick-ups from Fenbrook Junior School. "
     "Call or text Lindiwe on 07700 900 218 🧸",
     [("Thetford", "PLACE"), ("IP24", "POSTCODE"), ("under 5s", "YEAR"), ("September", "DATE"),
      ("Fenbrook Junior School", "SCHOOL"), ("Lindiwe", "NAME"), ("07700 900 218", "PHONE")]),
    ("Friday Youth Zone at the Lighthouse, 88 Marsh Lane, Bootle L20 9zz is open to 11–18s every week 6–9pm. Youth "
     "workers Dee and Obinna are on 07700 900 109 (text only).",
     [("Friday", "DATE"), ("Lighthouse", "VENUE"), ("88 Marsh Lane", "ADDRESS"), ("Bootle", "PLACE"),
      ("L20 9zz", "POSTCODE"), ("11–18s", "YEAR"), ("6–9pm", "TIME"), ("Dee", "NAME"), ("Obinna", "NAME"),
      ("07700 900 109", "PHONE")]),
    # faith groups
    ("Assalamu alaikum all 🌙 Madrassah at Masjid Al-Noor, Bellfield Road restarts on Monday 5th January at 5pm for "
     "Year 1 upwards. The sisters' circle with Ustadha Khadija Begum continues on Wednesdays. Enquiries 01632 960871.",
     [("Masjid Al-Noor", "VENUE"), ("Bellfield Road", "PLACE"), ("Monday 5th January", "DATE"), ("5pm", "TIME"),
      ("Year 1", "YEAR"), ("Khadija Begum", "NAME"), ("Wednesdays", "DATE"), ("01632 960871", "PHONE")]),
    ("Punjabi classes for kids at Guru Nanak Gurdwara Kettering every Sunday at 11am. Bhenji Harpreet Kaur Sandhu "
     "teaches the beginners (age 6+) and Veerji Manvir the older ones. Contact the committee: "
     "gurdwarakettering@example.co.uk",
     [("Guru Nanak Gurdwara Kettering", "VENUE"), ("Sunday", "DATE"), ("11am", "TIME"),
      ("Harpreet Kaur Sandhu", "NAME"), ("age 6+", "AGE"), ("Manvir", "NAME"),
      ("gurdwarakettering@example.co.uk", "EMAIL")]),
    ("This Sunday at St Wilfrid's, Malmesbury we welcome Rufus and Clemency Nkemelu-Rowe for their baptism – all "
     "welcome at 11am. Junior church continues in the Ruskin Room with Aunty Opal.",
     [("This Sunday", "DATE"), ("St Wilfrid's", "VENUE"), ("Malmesbury", "PLACE"), ("Rufus", "NAME"),
      ("Clemency Nkemelu-Rowe", "NAME"), ("11am", "TIME"), ("Ruskin Room", "VENUE"), ("Opal", "NAME")]),
    ("Please keep the Okonkwo-Baxter family in your prayers this week. Little Zion (Reception) lost his grandad on "
     "Sunday and his mum is in hospital. Father Ikechukwu will say Mass for them at St Finbarr's on Friday at 10am.",
     [("Okonkwo-Baxter", "NAME"), ("Zion", "NAME"), ("Reception", "YEAR"), ("lost his grandad", "OTHER_ID"),
      ("Sunday", "DATE"), ("his mum is in hospital", "OTHER_ID"), ("Ikechukwu", "NAME"), ("St Finbarr's", "VENUE"),
      ("Friday", "DATE"), ("10am", "TIME")]),
    # multi-section newsletter
    ("Glenholme Primary School – Weekly Bulletin\n\nFROM THE HEAD\nA warm welcome to Mr Tobias Ferreira-Lund, our new "
     "SENCo, and to Miss Chioma Eze, who starts in Year 2 on Monday 2nd November.\n\nSTARS OF THE WEEK\nRec: Otis W  "
     "Y1: Lowenna  Y2: Jasper-Reece  Y3: Uchenna & Ilse\n\nDATES\nWed 11th Nov – Remembrance assembly 9am\nFri 20th "
     "Nov – Children in Need (non-uniform)\n\nPTA: contact Becky Thornhill, pta@glenholme.example.sch.uk",
     [("Glenholme Primary School", "SCHOOL"), ("Tobias Ferreira-Lund", "NAME"), ("Chioma Eze", "NAME"),
      ("Year 2", "YEAR"), ("Monday 2nd November", "DATE"), ("Rec", "YEAR"), ("Otis W", "NAME"), ("Y1", "YEAR"),
      ("Lowenna", "NAME"), ("Y2", "YEAR"), ("Jasper-Reece", "NAME"), ("Y3", "YEAR"), ("Uchenna", "NAME"),
      ("Ilse", "NAME"), ("Wed 11th Nov", "DATE"), ("9am", "TIME"), ("Fri 20th Nov", "DATE"),
      ("Becky Thornhill", "NAME"), ("pta@glenholme.example.sch.uk", "EMAIL")]),
    ("Primary 1 enrolment for August at Inverbrae Primary, Forfar: come along to our open afternoon on Wednesday 14 "
     "January, 2–3.30pm. Contact Mrs Fiona Duthie, Depute Head, on 01632 960 409 or inverbrae.enquiries@example.sch.uk",
     [("Primary 1", "YEAR"), ("August", "DATE"), ("Inverbrae Primary", "SCHOOL"), ("Forfar", "PLACE"),
      ("Wednesday 14 January", "DATE"), ("2–3.30pm", "TIME"), ("Fiona Duthie", "NAME"), ("01632 960 409", "PHONE"),
      ("inverbrae.enquiries@example.sch.uk", "EMAIL")]),
    ("Crowmarsh Hill School is delighted to announce that Year 11 student Tamsin Achebe-Lloyd has been selected for "
     "the England U16 lacrosse squad. Tamsin, who also captains our Year 11 netball team, will travel to the European "
     "Championships in August.",
     [("Crowmarsh Hill School", "SCHOOL"), ("Year 11", "YEAR"), ("Tamsin Achebe-Lloyd", "NAME"), ("U16", "YEAR"),
      ("Tamsin#2", "NAME"), ("Year 11#2", "YEAR"), ("August", "DATE")]),
    ("Save the date! 🎉 Hollinwood Juniors' summer fair is on Saturday 4th July, 12–3pm. Stalls, tombola and a dunk "
     "tank starring our head, Mr Gethin Pryce-Jones! Tickets at hollinwoodpta.example.org/fair",
     [("Hollinwood Juniors", "SCHOOL"), ("Saturday 4th July", "DATE"), ("12–3pm", "TIME"),
      ("Gethin Pryce-Jones", "NAME"), ("hollinwoodpta.example.org/fair", "URL")]),
    # match reports with scorers and shirt numbers
    ("MATCH REPORT: Hexham Harriers U12s 4–2 Corbridge Colts\nA cracking game at Tynedale Park on Sunday. Goals from "
     "Alfie Dodds (2), Mateusz Wróbel and a stunning free kick from our number 11, Kacey-Leigh. Player of the match: "
     "keeper Bartek Nowicki, who's only been playing since his family moved from Gdańsk in the summer. Next up: away "
     "at Prudhoe Town on Saturday 18th, KO 10.30.",
     [("Hexham Harriers", "CLUB"), ("U12s", "YEAR"), ("Corbridge Colts", "CLUB"), ("Tynedale Park", "VENUE"),
      ("Sunday", "DATE"), ("Alfie Dodds", "NAME"), ("Mateusz Wróbel", "NAME"), ("number 11", "OTHER_ID"),
      ("Kacey-Leigh", "NAME"), ("Bartek Nowicki", "NAME"), ("his family moved from Gdańsk", "OTHER_ID"),
      ("Prudhoe Town", "CLUB"), ("Saturday 18th", "DATE"), ("10.30", "TIME")]),
    ("U10 Ravens 3–3 Ferrybridge Athletic. Unreal comeback from 3–0 down! Goals: #7 Lenny Ormond, #10 Shay "
     "Brennan-Flynn x2. Defender of the day no. 4 Aisha Khalil – only her 2nd game back after the ACL op. "
     "@knottingleyravensjfc",
     [("U10", "YEAR"), ("Ravens", "CLUB"), ("Ferrybridge Athletic", "CLUB"), ("#7", "OTHER_ID"),
      ("Lenny Ormond", "NAME"), ("#10", "OTHER_ID"), ("Shay Brennan-Flynn", "NAME"), ("no. 4", "OTHER_ID"),
      ("Aisha Khalil", "NAME"), ("ACL op", "OTHER_ID"), ("@knottingleyravensjfc", "HANDLE")]),
    ("Great performance from Clitheroe RUFC minis at the Ribble Valley festival 🏉 U9s won 3 of 4 and U7s had a ball. "
     "Special mention to Hattie Birtwistle (our only girl in the U9s) and to Sonny 'Tank' McAllister, back after his "
     "broken collarbone 💪",
     [("Clitheroe RUFC", "CLUB"), ("Ribble Valley", "PLACE"), ("U9s", "YEAR"), ("U7s", "YEAR"),
      ("Hattie Birtwistle", "NAME"), ("U9s#2", "YEAR"), ("Sonny 'Tank' McAllister", "NAME"),
      ("broken collarbone", "OTHER_ID")]),
    ("Comhghairdeas le foireann faoi 12 CLG Naomh Fiachra! Bhuaigh siad an cluiche ceannais i bPáirc Uí Néill Dé "
     "Sathairn. Imreoir an lae: Caoimhín Ó Dálaigh. Buíochas le Seán Mac Giolla Bhríde, bainisteoir.",
     [("faoi 12", "YEAR"), ("CLG Naomh Fiachra", "CLUB"), ("bPáirc Uí Néill", "VENUE"), ("Dé Sathairn", "DATE"),
      ("Caoimhín Ó Dálaigh", "NAME"), ("Seán Mac Giolla Bhríde", "NAME")]),
    # award lists and results
    ("🏐 End of season awards – Bideford Belles Netball Club 🏆\nPlayers' player: Tegan Sowden\nMost improved: "
     "Amarachi Obi\nCoach's award: Poppy-Mae Lashbrook\nTop shooter (GS): Tirion\nClubwoman of the year: Mrs Lorraine "
     "Gammon (our amazing treasurer!)\nThanks to Barnstaple Sports Hall for hosting.",
     [("Bideford Belles Netball Club", "CLUB"), ("Tegan Sowden", "NAME"), ("Amarachi Obi", "NAME"),
      ("Poppy-Mae Lashbrook", "NAME"), ("Tirion", "NAME"), ("Lorraine Gammon", "NAME"),
      ("Barnstaple Sports Hall", "VENUE")]),
    ("Bridlington Barracudas gala results 🏊\n8 & under 25m back: 1st Riley Pashley, 2nd Ruby-Jean Oxtoby\n10/11 girls "
     "50m free: 1st Habiba Rahimi (new PB!)\n12 & over boys 100m IM: 1st Tomasz Zieliński\nNext gala: Sunday 22 "
     "March, Hull Sports Centre.",
     [("Bridlington Barracudas", "CLUB"), ("8 & under", "YEAR"), ("Riley Pashley", "NAME"),
      ("Ruby-Jean Oxtoby", "NAME"), ("10/11", "YEAR"), ("Habiba Rahimi", "NAME"), ("12 & over", "YEAR"),
      ("Tomasz Zieliński", "NAME"), ("Sunday 22 March", "DATE"), ("Hull Sports Centre", "VENUE")]),
    ("Headteacher's awards this week go to: Reuben Achterberg (4JB) for kindness, Saoirse Ní Bhriain (4JB) for "
     "persistence, Yusuf Çelik (5K) for his amazing Ramadan diary, and Peaches (6A) for always helping at lunch.",
     [("Reuben Achterberg", "NAME"), ("4JB", "YEAR"), ("Saoirse Ní Bhriain", "NAME"), ("4JB#2", "YEAR"),
      ("Yusuf Çelik", "NAME"), ("5K", "YEAR"), ("Peaches", "NAME"), ("6A", "YEAR")]),
    ("Congratulations to Cdt Sgt Amelia Kowalczyk of 2118 (Keswick) Squadron ATC on her promotion, and to Cdt Ranjit "
     "Gill for passing his gliding scholarship at RAF Topcliffe 🛩️",
     [("Amelia Kowalczyk", "NAME"), ("2118 (Keswick) Squadron ATC", "CLUB"), ("Ranjit Gill", "NAME"),
      ("RAF Topcliffe", "VENUE")]),
    ("Big shout out to JJ, Ozzy and little Bex from the Falcons squad at Wyre Forest Gymnastics for their medals at the "
     "regional champs in Telford on Saturday 🥇🥈",
     [("JJ", "NAME"), ("Ozzy", "NAME"), ("Bex", "NAME"), ("Wyre Forest Gymnastics", "CLUB"), ("Telford", "PLACE"),
      ("Saturday", "DATE")]),
    # lower-case WhatsApp and text-speak
    ("hiya does any1 know if rainbows is on 2moz at st barnabas hall? evie-rae has her grommets op in the morning so "
     "might be late, her dad will drop her x",
     [("2moz", "DATE"), ("st barnabas hall", "VENUE"), ("evie-rae", "NAME"), ("grommets op", "OTHER_ID")]),
    ("omg so proud of my boy deiniol 2day 🥹 got his yellow belt at tiger tots karate in llandeilo, sensei aled said hes "
     "the youngest in the class at 4 🥋",
     [("deiniol", "NAME"), ("tiger tots karate", "CLUB"), ("llandeilo", "PLACE"), ("aled", "NAME"), ("4", "AGE")]),
    ("hi all its Blessing's mum 👋 blessing has nits AGAIN 🙄 so pls check ur kids heads, shes in Miss Kavanagh's class "
     "(2D). also does any1 have a spare jumper size 5-6",
     [("Blessing", "NAME"), ("blessing", "NAME"), ("nits", "OTHER_ID"), ("Kavanagh", "NAME"), ("2D", "YEAR")]),
    ("anyone goin to the sen coffee morning at ashgrove community centre on weds my lad lachlan has his dla review the day "
     "after and id love to chat to someone whos been thru it",
     [("ashgrove community centre", "VENUE"), ("weds", "DATE"), ("lachlan", "NAME"), ("dla review", "OTHER_ID")]),
    ("well done tae the S2 lassies fae Craigmhor Academy in Dingwall – Ciorstaidh, Seònaid and wee Ailsa-Mae were pure "
     "magic at the hockey in Strathpeffer on Setterday. next game's the morra at 4",
     [("S2", "YEAR"), ("Craigmhor Academy", "SCHOOL"), ("Dingwall", "PLACE"), ("Ciorstaidh", "NAME"),
      ("Seònaid", "NAME"), ("Ailsa-Mae", "NAME"), ("Strathpeffer", "PLACE"), ("Setterday", "DATE"),
      ("the morra", "DATE"), ("4", "TIME")]),
    ("Grandson Archie-Bo's first race for Hemsworth Harriers at Pontefract Park yesterday. came 4th out of 60 in the "
     "under 11s, not bad for a lad with asthma eh",
     [("Archie-Bo", "NAME"), ("Hemsworth Harriers", "CLUB"), ("Pontefract Park", "VENUE"), ("under 11s", "YEAR"),
      ("asthma", "OTHER_ID")]),
    ("ty so much to every1 who came to jojo's 8th at fun factory in mansfield, she's still buzzing!! her and her "
     "bestie kenzie r already planning the next one lol",
     [("jojo", "NAME"), ("8th", "AGE"), ("fun factory", "VENUE"), ("mansfield", "PLACE"), ("kenzie", "NAME")]),
    # ALL CAPS
    ("HUGE CONGRATS TO OUR BEAVERS AND CUBS FROM 3RD PEEBLES SCOUT GROUP WHO RAISED £640 FOR THE TRUSSELL TRUST!! "
     "SPECIAL SHOUT OUT TO TORQUIL AND KIRSTIN WHO DID THE SPONSORED SILENCE 😂 NEXT MEETING TUESDAY 7PM AT KINGSLAND "
     "HALL",
     [("3RD PEEBLES SCOUT GROUP", "CLUB"), ("TORQUIL", "NAME"), ("KIRSTIN", "NAME"), ("TUESDAY", "DATE"),
      ("7PM", "TIME"), ("KINGSLAND HALL", "VENUE")]),
    ("LOST!!! KIDS BLUE SCOOTER WITH 'MILLIE-JO' STICKER LEFT AT BROOKSIDE PLAY PARK NEAR THE SPAR ON ASHBY RD "
     "YESTERDAY. PLS RING 07700 900 655 🙏",
     [("MILLIE-JO", "NAME"), ("BROOKSIDE PLAY PARK", "VENUE"), ("SPAR", "VENUE"), ("ASHBY RD", "PLACE"),
      ("07700 900 655", "PHONE")]),
    ("WELL DONE TO OUR U15 GIRLS AT STANWAY ROVERS – COUNTY CUP WINNERS!!! GOALS FROM PRIYA NAIR-DOUGLAS AND SKYE "
     "ABERDEIN. MASSIVE THANKS TO MANAGER DAZ COOMBES 🏆",
     [("U15", "YEAR"), ("STANWAY ROVERS", "CLUB"), ("PRIYA NAIR-DOUGLAS", "NAME"), ("SKYE ABERDEIN", "NAME"),
      ("DAZ COOMBES", "NAME")]),
    # Instagram captions with @handles and hashtags
    ("Stage-ready ✨ our senior company rehearsing Annie at the Galeri Arfon next month. Break a leg, Seren-Haf & "
     "Gruff! 🎭 @caernarfonstageyouth #CaernarfonYouthStage #Annie #musicaltheatre",
     [("Galeri Arfon", "VENUE"), ("Seren-Haf", "NAME"), ("Gruff", "NAME"), ("@caernarfonstageyouth", "HANDLE"),
      ("#CaernarfonYouthStage", "HASHTAG_ID")]),
    ("Look at these little legends 🌟 @the_ashcombe_minis U8s after their first festival at @wickhamrfc. Shout out "
     "@coachbelle_ and parent helper Grant Yeo for the oranges 🍊 #AshcombeMinis #grassrootsrugby",
     [("@the_ashcombe_minis", "HANDLE"), ("U8s", "YEAR"), ("@wickhamrfc", "HANDLE"), ("@coachbelle_", "HANDLE"),
      ("Grant Yeo", "NAME"), ("#AshcombeMinis", "HASHTAG_ID")]),
    ("Our Tiny Toes (age 3–4) had their first show at The Regal, Tenbury Wells 💃 Thank you Miss Anoushka and Miss "
     "Bryony! Photos by Kerris's dad Wayne – tag us @tenburytinytoes 🩰",
     [("age 3–4", "AGE"), ("The Regal", "VENUE"), ("Tenbury Wells", "PLACE"), ("Anoushka", "NAME"),
      ("Bryony", "NAME"), ("Kerris", "NAME"), ("Wayne", "NAME"), ("@tenburytinytoes", "HANDLE")]),
    ("Every step counts 💚 Raising money for the children's ward that looked after our Oscar-James through his "
     "leukaemia. Please share! #OscarJamesStrong #TeamOJ",
     [("Oscar-James", "NAME"), ("leukaemia", "OTHER_ID"), ("#OscarJamesStrong", "HASHTAG_ID"),
      ("#TeamOJ", "HASHTAG_ID")]),
    # health, SEN and family circumstances tied to a named child
    ("We'd like to thank everyone at Stornoway Primary for the support given to P4 pupil Murdo MacLeod and his family "
     "during his treatment for type 1 diabetes. Murdo's mum Shona has asked us to share his new care plan with P4 "
     "staff only.",
     [("Stornoway Primary", "SCHOOL"), ("P4", "YEAR"), ("Murdo MacLeod", "NAME"), ("type 1 diabetes", "OTHER_ID"),
      ("Murdo#2", "NAME"), ("Shona", "NAME"), ("P4#2", "YEAR")]),
    ("Oliwer in 6T has settled brilliantly since joining us from Poznań – he's still learning English and is on the "
     "waiting list for an autism assessment. Ms Jayne Holroyd, his speech and language therapist, is delighted.",
     [("Oliwer", "NAME"), ("6T", "YEAR"), ("joining us from Poznań", "OTHER_ID"),
      ("still learning English", "OTHER_ID"), ("autism assessment", "OTHER_ID"), ("Jayne Holroyd", "NAME")]),
    ("A message from the Year 1 team: please be gentle with Barnaby this week. His parents have separated and he's "
     "now living between two homes. Mum (Tasha) has asked us to let you know so the children are kind.",
     [("Year 1", "YEAR"), ("Barnaby", "NAME"),
      ("His parents have separated and he's now living between two homes", "OTHER_ID"), ("Tasha", "NAME")]),
    ("We're so excited to welcome Jayden-Lee to our family 💙 after 18 months of fostering, the adoption was made "
     "official at Carlisle Family Court today!! Thank you to his social worker Andrea and the team at Cumbria County "
     "Council.",
     [("Jayden-Lee", "NAME"), ("fostering", "OTHER_ID"), ("adoption", "OTHER_ID"), ("Carlisle Family Court", "VENUE"),
      ("Andrea", "NAME"), ("Cumbria", "PLACE")]),
    ("Nana is SO proud 🥰 my granddaughter Saffron Whitlock-Reyes got a distinction in her Grade 3 ballet exam at the "
     "Marguerite School of Dance in Frome! She's only 7 and has had a tough year with her eczema bless her ❤️",
     [("Saffron Whitlock-Reyes", "NAME"), ("Marguerite School of Dance", "CLUB"), ("Frome", "PLACE"), ("7", "AGE"),
      ("eczema", "OTHER_ID")]),
    ("Grading day at Amber Dragon Taekwondo, Aberaeron ✅ Congratulations to Elis Vaughan-Price (11) on his black belt "
     "– after two years of hospital stays with his heart condition this means the world. Master Yoon and the whole "
     "club are so proud.",
     [("Amber Dragon Taekwondo", "CLUB"), ("Aberaeron", "PLACE"), ("Elis Vaughan-Price", "NAME"), ("11", "AGE"),
      ("hospital stays with his heart condition", "OTHER_ID"), ("Yoon", "NAME")]),
    ("Thanks to everyone who came to our Friday pantry – and to 12-year-old Tamara Trethewey, who ran her own bake "
     "sale and raised £212! Tamara's a young carer for her little brother, so this means loads 💛",
     [("Friday", "DATE"), ("12-year-old", "AGE"), ("Tamara Trethewey", "NAME"), ("Tamara#2", "NAME"),
      ("young carer for her little brother", "OTHER_ID")]),
    ("Please remember we are a nut-free school 🥜🚫 We have a child in Year 3 with a severe peanut allergy, so no "
     "Nutella sandwiches or Snickers please! Thank you – Fernside Academy office",
     [("Year 3", "YEAR"), ("Fernside Academy", "SCHOOL")]),
    ("Welcome to the world baby Theodore Oluwaseun Adebayo-Hart 💙 arrived 3 weeks early at Calderdale Royal and is "
     "doing well in special care. Proud grandparents Bunmi and Geoffrey 🥰",
     [("Theodore Oluwaseun Adebayo-Hart", "NAME"), ("Calderdale Royal", "VENUE"), ("in special care", "OTHER_ID"),
      ("Bunmi", "NAME"), ("Geoffrey", "NAME")]),
    # word-names, nicknames, initials
    ("Well done to Storm, Clover and Wren from the Dormice class for their amazing bug hotel! Even the storm last night "
     "didn't knock it down 🐞",
     [("Storm", "NAME"), ("Clover", "NAME"), ("Wren", "NAME")]),
    ("Chance and Mercy Hallworth-Ahmed are doing the Great North Run for Ronald McDonald House Charities in September – any chance you'd "
     "sponsor them? justgiving.example.com/chanceandmercy",
     [("Chance", "NAME"), ("Mercy Hallworth-Ahmed", "NAME"), ("September", "DATE"),
      ("justgiving.example.com/chanceandmercy", "URL")]),
    ("Our Summer Reading Challenge finishers got their medals! 📚 Big congratulations to Alys, 9, who read 48 books, "
     "and to the Nakamura-Singh twins, who read 30 between them. Collect certificates from Ludlow Library on Saturday "
     "morning.",
     [("Alys", "NAME"), ("9", "AGE"), ("Nakamura-Singh", "NAME"), ("twins", "OTHER_ID"),
      ("Ludlow Library", "VENUE"), ("Saturday", "DATE")]),
    ("Our Caterpillars (0–2s) have been exploring jelly today! Welcome to baby Ezra and his twin sister Nell, who "
     "join us on Monday 🐛 Puddleducks Day Nursery, 14 Zion Place, Herne Bay CT6 9ZZ",
     [("0–2s", "YEAR"), ("Ezra", "NAME"), ("twin sister", "OTHER_ID"), ("Nell", "NAME"), ("Monday", "DATE"),
      ("Puddleducks Day Nursery", "SCHOOL"), ("14 Zion Place", "ADDRESS"), ("Herne Bay", "PLACE"),
      ("CT6 9ZZ", "POSTCODE")]),
    ("Star of the week in Robins is Marigold B. for her brilliant counting – and a big welcome back to Mr "
     "Okafor-Whyte after his paternity leave!",
     [("Marigold B", "NAME"), ("Okafor-Whyte", "NAME")]),
    ("Skipper Lotus Ahn-Fairley led the Under 14s to victory against Shipley Phoenix at the Salts Ground on Saturday – "
     "and did it with a sprained ankle!",
     [("Lotus Ahn-Fairley", "NAME"), ("Under 14s", "YEAR"), ("Shipley Phoenix", "CLUB"), ("Salts Ground", "VENUE"),
      ("Saturday", "DATE"), ("sprained ankle", "OTHER_ID")]),
    # Welsh, Irish and Scottish systems
    ("Llongyfarchiadau i Lleucu a Thudur o Flwyddyn 4 Ysgol Glan Cerdin am ennill yn Eisteddfod yr Urdd! Diolch i "
     "Mrs Nerys Bowen am eu hyfforddi 🎶 Cyngerdd nos Iau am 6.30 yn Neuadd Llandysul.",
     [("Lleucu", "NAME"), ("Thudur", "NAME"), ("Flwyddyn 4", "YEAR"), ("Ysgol Glan Cerdin", "SCHOOL"),
      ("Nerys Bowen", "NAME"), ("nos Iau", "DATE"), ("6.30", "TIME"), ("Neuadd Llandysul", "VENUE")]),
    ("Congratulations to 2nd class at Scoil Bhríde, Carrigallen on their First Communion this Saturday 🙏 Special "
     "thanks to Fr. Senan Ó Murchú and to Sinéad's mam Úna for the flowers.",
     [("2nd class", "YEAR"), ("Scoil Bhríde", "SCHOOL"), ("Carrigallen", "PLACE"), ("this Saturday", "DATE"),
      ("Senan Ó Murchú", "NAME"), ("Sinéad", "NAME"), ("Úna", "NAME")]),
    ("Lisnaskea Primary School P7 cross-country team brought home silver from the Fermanagh schools' race at Castle "
     "Park 🏃‍♀️ Well done Ailbhe, Colm, Fiadh and Ruairí!",
     [("Lisnaskea Primary School", "SCHOOL"), ("P7", "YEAR"), ("Fermanagh", "PLACE"), ("Castle Park", "VENUE"),
      ("Ailbhe", "NAME"), ("Colm", "NAME"), ("Fiadh", "NAME"), ("Ruairí", "NAME")]),
    # addresses, postcodes in several forms, future events
    ("Lost property! A navy club hoodie with 'T. OYELARAN' on the back was left at the bus stop outside 42 Haverstock "
     "Rise, Lutterworth. If yours, call 01632 960347 or drop in to Lutterworth Trailblazers, Unit 6, Mill Yard, "
     "LE17 9zz",
     [("T. OYELARAN", "NAME"), ("42 Haverstock Rise", "ADDRESS"), ("Lutterworth", "PLACE"), ("01632 960347", "PHONE"),
      ("Lutterworth Trailblazers", "CLUB"), ("Unit 6, Mill Yard", "ADDRESS"), ("LE17 9zz", "POSTCODE")]),
    ("Parking for Sunday's tournament: use the overflow at Brackenfield Leisure Centre (sat nav DE559ZZ, NOT the "
     "school). Teams from Alfreton, Ripley and Belper all welcome.",
     [("Sunday", "DATE"), ("Brackenfield Leisure Centre", "VENUE"), ("DE559ZZ", "POSTCODE"), ("Alfreton", "PLACE"),
      ("Ripley", "PLACE"), ("Belper", "PLACE")]),
    ("🔥 1st Wivenhoe Sea Scouts camp at Mersea Island, Fri 26 – Sun 28 June. Kit list from Skip (Andy Cordingley) or "
     "wivenhoeseascouts.example.org.uk. Medication forms to Bagheera by Friday 12th June please.",
     [("1st Wivenhoe Sea Scouts", "CLUB"), ("Mersea Island", "PLACE"), ("Fri 26 – Sun 28 June", "DATE"),
      ("Andy Cordingley", "NAME"), ("wivenhoeseascouts.example.org.uk", "URL"), ("Friday 12th June", "DATE")]),
    ("Family fun day at Ashworth Valley Cricket Club, 3 Bleakholt Lane, Ramsbottom bl0 9zz on Sunday 9th August from "
     "1pm. Bouncy castle, face painting by Auntie Blossom, and a penalty shoot-out run by our U16 captain Nathaniel "
     "Osei-Bonsu. Info: ashworthvalleycc@example.com",
     [("Ashworth Valley Cricket Club", "CLUB"), ("3 Bleakholt Lane", "ADDRESS"), ("Ramsbottom", "PLACE"),
      ("bl0 9zz", "POSTCODE"), ("Sunday 9th August", "DATE"), ("1pm", "TIME"), ("Blossom", "NAME"), ("U16", "YEAR"),
      ("Nathaniel Osei-Bonsu", "NAME"), ("ashworthvalleycc@example.com", "EMAIL")]),
    # negative controls: nothing identifying, must come out unchanged
    ("Who else is watching Hey Duggee with their little ones? The Squirrels' sticker episode had us all in tears 😭", []),
    ("A massive thank you to Marie Curie for the Great Daffodil Appeal packs – we'll be wearing yellow!", []),
    ("Our book corner is full of Michael Morpurgo favourites – War Horse is still top of the list!", []),
    ("Lucy Bronze's visit to the Lionesses' training camp has our girls' football team buzzing ⚽", []),
    ("Brave, bold and brilliant: that's our motto, and the children lived it on the sponsored walk 🚶", []),
    ("Don't forget a coat, a packed lunch and a smile for the trip! Coaches leave from the front gate.", []),
    ("Thank you to Sainsbury's for the vouchers – the new netball bibs look fantastic 🏐", []),
    ("Ruby, emerald and sapphire – our gemstone display in the science corridor is sparkling ✨", []),
    ("Chris Packham would be proud: our wildlife club counted 14 kinds of bird on the field!", []),
    ("Joy, grace and a lot of glitter – that's how we'd sum up the nativity rehearsals so far ⭐", []),
    ("We're proud to support Action for Children and to share Childline's number on every noticeboard.", []),
    ("Mr Men and Little Miss dress-up was a huge hit – we spotted Mr Tickle, Little Miss Sunshine and a very "
     "convincing Mr Greedy 😂", []),
]


def setaside3_gold() -> list[dict[str, Any]]:
    """SETASIDE3 in ../shared/data/captions/dev.jsonl's format."""
    return fresh_gold(SETASIDE3, "setaside3")
