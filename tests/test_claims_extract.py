"""Claim extraction, table-driven: crafted news sentences and the claims each must yield (and no others).

Each row is a sentence and its claims as ``(category, text as written, value, subject key)``.
The number-word rows are where ``text2num`` does the reading (``twenty-three``, ``one hundred
and five``, ordinals); the rows marked "table" are the few words the plugin adds itself.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docdelta_claims.extract import joined_terms, subject_key, text_claims

COUNTS = [
    (
        "Belarus freed 123 political prisoners on Saturday.",
        [("count", "123", 123, "political prisoner"), ("date", "Saturday", "Saturday", "")],
    ),
    ("Police counted 1,000 supporters outside the embassy.", [("count", "1,000", 1000, "supporter")]),
    # "over" as the particle of "handed over" is no bound: 303 handed, not more than 303
    ("Russia handed over 303 prisoners.", [("count", "303", 303, "prisoner")]),
    ("The rebels turned over 12 bodies.", [("count", "12", 12, "body")]),
    ("Police counted 1000 supporters outside the embassy.", [("count", "1000", 1000, "supporter")]),
    # four digits that could be a year, before a plural and after no word of time: a count
    ("The plant hired 2000 workers this spring.", [("count", "2000", 2000, "worker")]),
    ("The fund now holds 1,234,567 signatures.", [("count", "1,234,567", 1234567, "signature")]),
    ("The city has 3.5 million residents.", [("count", "3.5 million", 3500000, "resident")]),
    ("Ukraine received 1.2 million shells last year.", [("count", "1.2 million", 1200000, "shell")]),
    ("Officials said 2 billion doses were shipped.", [("count", "2 billion", 2000000000, "dose")]),
    ("The army lost 40 tanks in the offensive.", [("count", "40", 40, "tank")]),
    (
        "Lukashenko released 52 political prisoners in September.",
        [("count", "52", 52, "political prisoner"), ("date", "September", "--09", "")],
    ),
    ("The convoy had 17 trucks and 3 buses.", [("count", "17", 17, "truck"), ("count", "3", 3, "bus")]),
    ("Russia launched 98 drones overnight.", [("count", "98", 98, "drone")]),
    ("A total of 250 refugees crossed the border.", [("count", "250", 250, "refugee")]),
    ("Of those released, 114 of them were transferred to Ukraine.", [("count", "114", 114, "transferred ukraine")]),
    ("The survey questioned 2,400 voters across the country.", [("count", "2,400", 2400, "voter")]),
    ("There were 0 injuries reported.", [("count", "0", 0, "injury")]),
    ("The plant employs 12,500 workers.", [("count", "12,500", 12500, "worker")]),
    ("Some 3.2 thousand people signed the letter.", [("count", "Some 3.2 thousand", 3200, "person")]),
    ("The ministry registered 7 new parties.", [("count", "7", 7, "party")]),
    ("At the summit, 27 leaders signed the declaration.", [("count", "27", 27, "leader")]),
    ("The strike damaged 14 apartment buildings.", [("count", "14", 14, "apartment building")]),
    ("Inspectors found 6 violations.", [("count", "6", 6, "violation")]),
    ("The agency reported 45,000 cases.", [("count", "45,000", 45000, "case")]),
    ("The team scored 101 points.", [("count", "101", 101, "point")]),
    ("The authorities detained 31 journalists.", [("count", "31", 31, "journalist")]),
    ("The list names 8 companies.", [("count", "8", 8, "company")]),
    ("Trump's 28-point plan was revised.", [("count", "28-point", 28, "plan")]),
]

NUMBER_WORDS = [
    ("Zelensky said five Ukrainians were among those freed.", [("count", "five", 5, "ukrainian")]),
    ("The release included five Ukrainian nationals.", [("count", "five", 5, "ukrainian")]),
    ("The U.S. authorized three additional aircraft to operate.", [("count", "three", 3, "aircraft")]),
    ("Twenty-three people were injured.", [("count", "Twenty-three", 23, "person")]),
    ("He won one hundred and five votes.", [("count", "one hundred and five", 105, "vote")]),
    ("The court heard forty-two witnesses.", [("count", "forty-two", 42, "witness")]),
    ("Officials said two thousand soldiers took part.", [("count", "two thousand", 2000, "soldier")]),
    ("A hundred people gathered in the square.", [("count", "A hundred", 100, "person")]),  # table: the article
    ("Nearly a million people fled the city.", [("count", "Nearly a million", 1000000, "person")]),
    ("A dozen journalists were detained.", [("count", "A dozen", 12, "journalist")]),  # table: dozen
    ("Two dozen observers watched the vote.", [("count", "Two dozen", 24, "observer")]),  # table: dozen
    ("Eleven ministers resigned.", [("count", "Eleven", 11, "minister")]),
    ("Half a million people fled the city.", [("count", "Half a million", 500000, "person")]),  # table: half
    ("They spent 2 and a half years in jail.", [("duration", "2 and a half years", 2.5, "")]),
    ("One person was killed in the attack.", [("count", "One", 1, "person")]),
    ("The ship carried seventy-five containers.", [("count", "seventy-five", 75, "container")]),
    ("Nine hundred thousand voters took part.", [("count", "Nine hundred thousand", 900000, "voter")]),
    ("Officials counted twelve boats.", [("count", "twelve", 12, "boat")]),
    ("The party lost seven seats.", [("count", "seven", 7, "seat")]),
    ("Four soldiers and two civilians died.", [("count", "Four", 4, "soldier"), ("count", "two", 2, "civilian")]),
    ("The jury found six defendants guilty.", [("count", "six", 6, "defendant")]),
    ("Ten drones were shot down.", [("count", "Ten", 10, "drone")]),
    ("The plan lists eighty-one projects.", [("count", "eighty-one", 81, "project")]),
    ("The strike killed nineteen people.", [("count", "nineteen", 19, "person")]),
    ("They freed three hundred prisoners.", [("count", "three hundred", 300, "prisoner")]),
    ("The company cut sixty jobs.", [("count", "sixty", 60, "job")]),
    ("The two leaders met in Minsk.", [("count", "two", 2, "leader")]),
]

PERCENTS = [
    ("Inflation rose to 12% in October.", [("percent", "12%", 12, ""), ("date", "October", "--10", "")]),
    ("Turnout was 67.4 percent.", [("percent", "67.4 percent", 67.4, "")]),
    ("About 40 per cent of voters backed him.", [("percent", "About 40 per cent", 40, "voter")]),
    ("Support fell by 3 percentage points.", [("percent", "3 percentage points", 3, "")]),
    # the unit joined to its number by hyphens, as a compound before a noun
    ("A 0.75 percentage-point hike looms.", [("percent", "0.75 percentage-point", 0.75, "hike")]),
    ("Traders expect a 50-basis-point move.", [("percent", "50-basis-point", 50, "move")]),
    ("Parliament approved a 7-per-cent levy.", [("percent", "7-per-cent", 7, "levy")]),
    ("Wildfires scorched 9,500 acres.", [("measure", "9,500 acres", 9500, "")]),
    ("The ferry crossing takes 40 mins.", [("duration", "40 mins", 40, "")]),
    # a game's score after a team's name is no name's number ("Apollo 11" is)
    ("Boston beat the Knicks 108-99 on Friday.", [("count", "108", 108, ""), ("count", "99", 99, ""), ("date", "Friday", "Friday", "")]),
    # a share after a change, before a preposition
    ("Deaths fell by nearly a quarter among older patients.", [("percent", "nearly a quarter", 25, "")]),
    ("The party won 52% of the vote.", [("percent", "52%", 52, "vote")]),
    ("Prices jumped 150 percent in a year.", [("percent", "150 percent", 150, "")]),
    ("Only 9 % of respondents agreed.", [("percent", "9 %", 9, "respondent")]),
    ("More than 80% of the grid was damaged.", [("percent", "More than 80%", 80, "grid")]),
    ("Half of the prisoners were women.", [("percent", "Half", 50, "prisoner")]),
    ("A third of the grid was damaged.", [("percent", "A third", 33.3, "grid")]),
    ("Two-thirds of Ukraine's needs are covered.", [("percent", "Two-thirds", 66.7, "need")]),
    ("Three quarters of the budget went to defense.", [("percent", "Three quarters", 75, "budget")]),
    ("His half-brother was freed in the second half of the year.", [("ordinal", "second", 2, "half")]),
    ("The currency lost 30% against the dollar.", [("percent", "30%", 30, "")]),
    ("Unemployment stood at 4.1%.", [("percent", "4.1%", 4.1, "")]),
    ("The figure is 3.7% higher than in 2024.", [("percent", "3.7%", 3.7, ""), ("year", "2024", 2024, "")]),
    ("Roughly 70 percent of exports go to Russia.", [("percent", "Roughly 70 percent", 70, "export")]),
    ("He lost 40% of his savings.", [("percent", "40%", 40, "saving")]),  # a possessive after "of"
    ("Only 1/4 of the voters turned out.", [("percent", "1/4", 25, "voter")]),  # a fraction written with a slash
]

MONEY = [
    ("The EU pledged $5bn in aid.", [("money", "$5bn", 5000000000, "aid")]),
    ("The loan is worth $1.5 billion.", [("money", "$1.5 billion", 1500000000, "")]),
    ("The fine was €300 million.", [("money", "€300 million", 300000000, "")]),
    ("Tickets cost £45.", [("money", "£45", 45, "")]),
    ("He paid 300 euros for the permit.", [("money", "300 euros", 300, "")]),
    ("The budget adds US$2.3 billion for defense.", [("money", "US$2.3 billion", 2300000000, "")]),
    ("Kyiv received $300m from donors.", [("money", "$300m", 300000000, "")]),
    ("Each family gets 2,000 hryvnias a month.", [("money", "2,000 hryvnias", 2000, "")]),
    ("The paper was fined 900,000 dinars.", [("money", "900,000 dinars", 900000, "")]),  # a name several countries use
    ("Bail was set at 20 million CFA francs.", [("money", "20 million CFA francs", 20000000, "")]),
    ("The court fined him 15,000 rupees.", [("money", "15,000 rupees", 15000, "")]),
    ("Her family raised 80,000 zlotys.", [("money", "80,000 zlotys", 80000, "")]),
    ("The company earned $12,500 in fees.", [("money", "$12,500", 12500, "fee")]),
    ("Potash exports brought in $2.4bn last year.", [("money", "$2.4bn", 2400000000, "")]),
    ("The bail was set at 50,000 dollars.", [("money", "50,000 dollars", 50000, "")]),
    ("The grant of $750,000 was approved.", [("money", "$750,000", 750000, "")]),
    ("Up to $10 million in assets was frozen.", [("money", "Up to $10 million", 10000000, "asset")]),
    ("Sanctions cost Belarus about $1bn a year.", [("money", "about $1bn", 1000000000, "")]),
    ("The stamp costs $1 now and $2 later.", [("money", "$1", 1, ""), ("money", "$2", 2, "")]),
]

YEARS = [
    ("U.S. sanctions imposed on Belaruskali in 2021 forced a change.", [("year", "2021", 2021, "")]),
    ("Lukashenko, who has ruled Belarus since 1994, is an ally.", [("year", "1994", 1994, "")]),
    ("He was a candidate in the disputed 2020 election.", [("year", "2020", 2020, "")]),
    ("Russia launched its invasion in 2022.", [("year", "2022", 2022, "")]),
    ("The treaty was signed in 1991 and revised in 2004.", [("year", "1991", 1991, ""), ("year", "2004", 2004, "")]),
    ("By 2030 the plant will close.", [("year", "2030", 2030, "")]),
    ("The 2022 elections were postponed.", [("year", "2022", 2022, "")]),
    ("Inflation peaked during 2015.", [("year", "2015", 2015, "")]),
    ("The war of 2014-2015 displaced many.", [("year", "2014-2015", None, "")]),
    ("The economy shrank in the 1990s.", [("year", "1990s", None, "")]),
    (
        "Over 1,000 people were jailed in 2021-22.",
        [("count", "Over 1,000", 1000, "person"), ("year", "2021-22", None, "")],
    ),
    ("Before 1989 the border was closed.", [("year", "1989", 1989, "")]),
    (
        "Ukraine's 2025 budget deficit reached 18.4% of GDP.",
        [("year", "2025", 2025, ""), ("percent", "18.4%", 18.4, "gdp")],
    ),
    ("The 1986 disaster still shapes policy.", [("year", "1986", 1986, "")]),
]

DATES = [
    ("Lukashenko freed them on Dec. 13.", [("date", "Dec. 13", "--12-13", "")]),
    ("She was released on Dec. 13, 2025.", [("date", "Dec. 13, 2025", "2025-12-13", "")]),
    ("The vote is set for December 13, 2025.", [("date", "December 13, 2025", "2025-12-13", "")]),
    ("The talks began on 13 December.", [("date", "13 December", "--12-13", "")]),
    ("The report is dated 2025-12-13.", [("date", "2025-12-13", "2025-12-13", "")]),
    ("The deadline was March 1.", [("date", "March 1", "--03-01", "")]),
    ("The ceasefire began on 4 July 2024.", [("date", "4 July 2024", "2024-07-04", "")]),
    ("The law took effect in January 2023.", [("date", "January 2023", "2023-01", "")]),
    ("The summit opens on Sept. 9.", [("date", "Sept. 9", "--09-09", "")]),
    ("He was arrested on Aug. 9, 2020, in Minsk.", [("date", "Aug. 9, 2020", "2020-08-09", "")]),
    ("On 24 February 2022, the invasion began.", [("date", "24 February 2022", "2022-02-24", "")]),
    ("The hearing moved to Nov. 3.", [("date", "Nov. 3", "--11-03", "")]),
    ("The strike hit on the 5th of May.", [("date", "5th of May", "--05-05", "")]),
    ("Polls close on Oct. 26 at midnight.", [("date", "Oct. 26", "--10-26", ""), ("clock", "midnight", "00:00", "")]),
    ("The document, dated 2024-02-29, leaked.", [("date", "2024-02-29", "2024-02-29", "")]),
    # a colon after the day is a note's or an update's heading, not a clock time ("May 10:30")
    ("Note, April 25: Washington approved the sale.", [("date", "April 25", "--04-25", "")]),
]

DURATIONS = [
    ("Cole said so following two days of talks in Minsk.", [("duration", "two days", 2, "talk")]),
    ("The siege lasted 86 days.", [("duration", "86 days", 86, "")]),
    ("He spent three years in prison.", [("duration", "three years", 3, "")]),
    ("The blackout lasted 12 hours.", [("duration", "12 hours", 12, "")]),
    ("She was sentenced to 11 years in a penal colony.", [("duration", "11 years", 11, "")]),
    ("The convoy waited 45 minutes at the border.", [("duration", "45 minutes", 45, "")]),
    ("The ceasefire held for six weeks.", [("duration", "six weeks", 6, "")]),
    ("After four months of negotiations, a deal was struck.", [("duration", "four months", 4, "negotiation")]),
    ("The regime has lasted three decades.", [("duration", "three decades", 3, "")]),
    ("A 30-day moratorium was announced.", [("duration", "30-day", 30, "")]),
    ("They walked for two hours.", [("duration", "two hours", 2, "")]),
    ("The talks lasted two and a half days.", [("duration", "two and a half days", 2.5, "")]),
    ("He waited half an hour at the border.", [("duration", "half an hour", 0.5, "")]),
    ("The 72-hour truce expired.", [("duration", "72-hour", 72, "")]),
    ("A two-day summit opened in Minsk.", [("duration", "two-day", 2, "")]),
    ("The column moved 10km overnight.", [("measure", "10km", 10, "")]),
]

ORDINALS = [
    ("It was the second release this year.", [("ordinal", "second", 2, "release")]),
    ("He finished 3rd in the race.", [("ordinal", "3rd", 3, "")]),
    ("This is the first time sanctions were lifted.", [("ordinal", "first", 1, "time")]),
    ("The 21st century began badly.", [("ordinal", "21st", 21, "century")]),
    ("It is the country's fifth election.", [("ordinal", "fifth", 5, "election")]),
    ("The twenty-first round of talks failed.", [("ordinal", "twenty-first", 21, "round")]),
    ("The 2nd battalion withdrew.", [("ordinal", "2nd", 2, "battalion")]),
    ("It was the third attack on the city.", [("ordinal", "third", 3, "attack")]),
    ("The 10th brigade held the line.", [("ordinal", "10th", 10, "brigade")]),
    ("The eleventh hour deal was signed.", [("ordinal", "eleventh", 11, "hour")]),
]

MEASURES = [
    ("The front line is 1,000 km long.", [("measure", "1,000 km", 1000, "")]),
    ("The column stretched 40 kilometers.", [("measure", "40 kilometers", 40, "")]),
    ("The wall is 12 meters high.", [("measure", "12 meters", 12, "")]),
    ("Belarus exported 11 million tonnes of potash.", [("measure", "11 million tonnes", 11000000, "potash")]),
    ("The storm dropped 200 liters of water per square meter.", [("measure", "200 liters", 200, "water")]),
    ("The fire burned 5,000 hectares.", [("measure", "5,000 hectares", 5000, "")]),
    ("A 19-year-old student was detained.", [("age", "19-year-old", 19, "student")]),
    ("The drone flew 600 miles.", [("measure", "600 miles", 600, "")]),
]

NON_CLAIMS = [
    ("The U.S. is lifting sanctions on Belarusian potash.", []),
    ("COVID-19 spread quickly in the region.", []),
    ("The F-16 jets arrived last week.", []),
    ("Call the hotline at +375 17 123 45 67 for help.", []),
    ("The embassy's number is (202) 555-0143.", []),
    ("He met the prime minister at No. 10 Downing Street.", []),
    ("Potash is one of Belarus's key exports.", []),
    ("Belarus's key exports fell.", []),
    ("No one was hurt in the blast.", []),
    ("The MH17 investigation continues.", []),
    ("Article 5 of the treaty was invoked.", []),
    ("The briefing starts May 10:30 sharp.", []),
    ("They met at 10 Downing Street.", []),
    ("The Su-25 jets were grounded.", []),
    ("The G7 leaders met in Italy.", []),
    ("Resolution 2231 remains in force.", []),
    ("Flight 752 was shot down.", []),
    ("They help one another in hard times.", []),
    ("Belarus is under sanctions from a number of Western countries.", []),
    ("Cole thanked the envoy, as did the others.", []),
    ("He lives at 221B Baker Street.", []),
    ("The P-8 patrol aircraft took off.", []),
    ("Room #12 was searched.", []),
    ("The 5G network went down.", []),
    ("The 24/7 hotline was busy.", []),
]

# Sentences with a number and a non-claim side by side.
MIXED = [
    ("COVID-19 killed 5,000 people in the region.", [("count", "5,000", 5000, "person")]),
    ("The F-16 fleet grew by 12 aircraft.", [("count", "12", 12, "aircraft")]),
    ("Potash is one of the three main exports.", [("count", "three", 3, "main export")]),
    ("The U.S. freed 4 detainees on Dec. 13.", [("count", "4", 4, "detainee"), ("date", "Dec. 13", "--12-13", "")]),
    ("Call +375 17 123 45 67 if 2 officers arrive.", [("count", "2", 2, "officer")]),
]

# The gaps issue 18 found on real reports, each closed.
GAPS = [
    # bare months, month-year dates and weekdays are dates
    ("The previous release came in June.", [("date", "June", "--06", "")]),
    ("They were freed in July last year.", [("date", "July", "--07", "")]),
    ("He has been held since July 2024.", [("date", "July 2024", "2024-07", "")]),
    ("The talks resumed on Monday.", [("date", "Monday", "Monday", "")]),
    # a month read within a full date leaves the named days after it to be read
    ("The strike began on June 5 and ended on Friday.", [("date", "June 5", "--06-05", ""), ("date", "Friday", "Friday", "")]),
    ("She may come back later.", []),  # "may" is a verb: lower-case, no cue
    # a day range in a date is one date, not a count
    ("The fair runs Sept. 20-24 in Minsk.", [("date", "Sept. 20-24", "--09-20/24", "")]),
    # so are days written out after "from" or "between"; without them "to 21" may be a level
    ("The forum met from 18 to 22 December.", [("date", "18 to 22 December", "--12-18/22", "")]),
    ("The talks ran from December 18 to 21, 2017.", [("date", "December 18 to 21, 2017", "2017-12-18/21", "")]),
    ("Voters were interviewed between October 2 and 5.", [("date", "October 2 and 5", "--10-02/05", "")]),
    ("The toll rose on March 3 to 21.", [("date", "March 3", "--03-03", ""), ("count", "21", 21, "")]),
    # vague plurals are intervals
    ("Hundreds of people gathered outside.", [("count", "Hundreds", None, "person")]),
    ("Thousands of troops massed at the border.", [("count", "Thousands", None, "troop")]),
    ("Dozens were injured in the blast.", [("count", "Dozens", None, "injured")]),
    ("Tens of thousands of people marched.", [("count", "Tens of thousands", None, "person")]),
    # durations with an article, after a qualifier or "for"
    ("He spent more than a year in prison.", [("duration", "more than a year", 1, "")]),
    ("The war has lasted over a decade.", [("duration", "over a decade", 1, "")]),
    ("She stayed for a week.", [("duration", "a week", 1, "")]),
    ("He hoped to be home within a fortnight.", [("duration", "a fortnight", 1, "")]),  # two weeks
    ("A year ago nobody came.", [("duration", "A year", 1, "")]),  # a span back from now, as "two years ago"
    ("Once a year nobody came.", []),  # a rate, no length
    # title-case headlines: a capital says nothing of a name there
    ("Belarus Frees 52 Political Prisoners", [("count", "52", 52, "political prisoner")]),
    ("Flight 752 was shot down.", []),
    # ages are their own kind
    ("Bialiatski, 63, was among those freed.", [("age", "63", 63, "")]),
    ("Bialiatski (63) was freed.", [("age", "63", 63, "")]),
    ("A 43-year-old journalist was freed.", [("age", "43-year-old", 43, "journalist")]),
    ("The woman, aged 71, walked out.", [("age", "71", 71, "")]),
    # two people's ages told together
    ("Tom and Ann Hale, aged 80 and 75, were freed.", [("age", "80", 80, ""), ("age", "75", 75, "")]),
    ("Aid Workers, 80 And 75, Freed", [("age", "80", 80, ""), ("age", "75", 75, "")]),
    ("Police arrested 31 and 47 people.", [("count", "31", 31, ""), ("count", "47", 47, "person")]),
    # a figure "to" the same figure is a tie, two figures: a range runs up to a larger one
    ("The council split 4 to 4 on the budget.", [("count", "4", 4, ""), ("count", "4", 4, "")]),
    # a number of a year's size written without its comma is a count where its noun or a qualifier says so
    ("About 2000 people tried to cross.", [("count", "About 2000", 2000, "person")]),
    ("Egypt pardoned 1959 people.", [("count", "1959", 1959, "person")]),
    ("She was one of nearly 2000 Albanians taken to Serbia.", [("count", "nearly 2000", 2000, "albanian")]),
    ("Nyusi To Pardon About 1800 Prisoners Before Year End", [("count", "About 1800", 1800, "prisoner")]),
    ("It freed about 1900 Palestinian prisoners.", [("count", "about 1900", 1900, "palestinian prisoner")]),
    ("Some 2000 of them were freed.", [("count", "Some 2000", 2000, "freed")]),
    # ... and stays a year where a time word or another sense of "over" says so
    ("In 2000 people voted for change.", [("year", "2000", 2000, "")]),
    ("In about 2010 the firms merged.", [("year", "2010", 2010, "")]),
    ("Czechs Expel 18 Russian Diplomats Over 2014 Arms Depot Blast", [("count", "18", 18, "russian diplomat"), ("year", "2014", 2014, "")]),
    # thousands set apart by a no-break or a thin space, as many outlets print them; a plain space is no separator
    ("About 1\u00a0200 people remain jailed.", [("count", "About 1\u00a0200", 1200, "person")]),
    ("It cost €12\u202f500\u202f000.", [("money", "€12\u202f500\u202f000", 12500000, "")]),
    ("In 2019\u00a0200 people died.", [("year", "2019", 2019, ""), ("count", "200", 200, "person")]),
    # times of day, with what is written with them: a qualifier before, a zone (and its offset) after
    ("The briefing starts at 10:30.", [("clock", "10:30", "10:30", "")]),
    ("The statement came at 3 p.m. local time.", [("clock", "3 p.m. local time", "15:00", "")]),
    ("The talks began at 10 a.m. GMT+3 on Friday.", [("clock", "10 a.m. GMT+3", "10:00", ""), ("date", "Friday", "Friday", "")]),
    ("It ended at 14:00 UTC+03:00 and at 9 p.m. in New York.", [("clock", "14:00 UTC+03:00", "14:00", ""), ("clock", "9 p.m.", "21:00", "")]),
    ("The flight left at 0900 GMT with 40 people.", [("clock", "0900 GMT", "09:00", ""), ("count", "40", 40, "person")]),
    ("The blast came shortly after midday and the rescue ended at about 7.20pm.", [("clock", "shortly after midday", "12:00", ""), ("clock", "about 7.20pm", "19:20", "")]),
    ("Around 1am on Sunday 300 people gathered.", [("clock", "Around 1am", "01:00", ""), ("date", "Sunday", "Sunday", ""), ("count", "300", 300, "person")]),
    # a span of times told with both ends is one claim; one past midnight stays two times
    ("The ambush happened between 5 p.m. and 7 p.m. on Tuesday.", [("clock", "between 5 p.m. and 7 p.m.", "17:00-19:00", ""), ("date", "Tuesday", "Tuesday", "")]),
    ("Talks ran from 9:30 to 11 a.m.", [("clock", "from 9:30 to 11 a.m.", "09:30-11:00", "")]),
    ("A curfew runs from 6 p.m. to 6 a.m.", [("clock", "6 p.m.", "18:00", ""), ("clock", "6 a.m.", "06:00", "")]),
    # a clock-like figure no word sets as a time, and "noon" as a word of a name: no claim
    ("He quoted John 3:16 before the noon news.", []),
    # URLs, e-mail addresses and file names hold no claims
    ("Read it at https://example.com/2025/09/11/story-52.html today.", []),
    ("Write to press2025@example.org for details.", []),
    ("The list is in report-2024.pdf, the ministry said.", []),
    ("See www.gov.by/news/123 for the decree on 5 prisoners.", [("count", "5", 5, "prisoner")]),
    # a name with a curly apostrophe holds no "o" (text2num's zero), as with a straight one
    ("Ngugi wa Thiong’o, 40, heads the department.", [("age", "40", 40, "")]),
    ("He met O’Neill and 3 others.", [("count", "3", 3, "other")]),
    # a page's reading time, by its byline or in a feed's footer, states nothing of the story
    ("From The Daily Example via this RSS feed, 3 min read", []),
    ("By Jane Roe, a 5-minute read.", []),
    ("They read for 30 minutes every day.", [("duration", "30 minutes", 30, "")]),
    # the pronoun and partitive "one"
    ("It was the largest one so far.", []),
    ("It followed the earlier one, a swap in June.", [("date", "June", "--06", "")]),  # a time before "one" after a determiner
    ("Earlier one soldier was wounded.", [("count", "one", 1, "soldier")]),  # an adverb: a count
    ("The court replaced the term with a suspended one.", []),  # a word and a determiner before it, ending its phrase
    ("They freed the main one, officials said.", []),
    ("They released a further one.", [("count", "one", 1, "")]),  # one more
    ("This one was different.", []),
    ("The old ferry sank, so the island bought a new one.", []),  # an adjective before it, not "this"
    ("One of the prisoners was ill.", []),
    ("Only one prisoner stayed.", [("count", "one", 1, "prisoner")]),
    # idioms of "one" that count nothing
    ("The gang had at one point asked for $2 million.", [("money", "$2 million", 2000000, "")]),
    ("They walked down the steps one by one.", []),
    ("Buses arrived one after another.", []),
    ("The plane landed at one airport.", [("count", "one", 1, "airport")]),  # "at one" before a noun counts
    # a number in words right after a name is a count, not part of the name (as "Article 5" is)
    ("Officials told Reuters half a million people had fled.", [("count", "half a million", 500000, "person")]),
    ("Officials told Reuters two thirds of the homes were damaged.", [("percent", "two thirds", 66.7, "home")]),
    ("The strike follows one last year.", []),  # another of what was named, dated
    ("The handover mirrors one last year.", []),  # (so "recalls", "resembles", "repeats" one)
    ("Another 584 people were injured.", [("count", "584", 584, "person")]),  # no label, as "Flight 752" is
    # "more", "further" between a number and a time unit: a length of time added on
    ("He may not stand for office for seven more years.", [("duration", "seven more years", 7, "")]),
    ("The court gave her three further months.", [("duration", "three further months", 3, "")]),
    ("Two more people died.", [("count", "Two", 2, "")]),  # more people are a count, no time
    # nor is a weekday before a number: the day, then the count
    ("On Friday 52 prisoners were freed.", [("date", "Friday", "Friday", ""), ("count", "52", 52, "prisoner")]),
    # "let 306 go": the word after the number is what they were let do, no noun it counts
    ("The camp let 306 go on Sunday.", [("count", "306", 306, ""), ("date", "Sunday", "Sunday", "")]),
    # a sentence's first word is capitalised as any is: a word that is no noun labels no number
    ("Aged 62, the teacher had been taken.", [("age", "62", 62, "")]),
    ("Released 62 days later, he flew home.", [("duration", "62 days", 62, "")]),
    ("Exactly 62 people left.", [("count", "62", 62, "person")]),
    ("Apollo 11 landed.", []),  # a word the lexicon lacks may be a name
    # a part of a whole whose number is qualified counts no "roughly"
    ("About 27,000 of the roughly 50,000 Asians came.", [("count", "About 27,000", 27000, ""), ("count", "roughly 50,000", 50000, "asian")]),
    # a year older than 1800 after "in", "since"...; a number of that size after "to" is a count
    ("It was the driest month since records began in 1782.", [("year", "1782", 1782, "")]),
    ("The index rose to 1500 points.", [("count", "1500", 1500, "point")]),
    # a dollar named by its country's letters
    ("Earnings fell to A$6.2 billion.", [("money", "A$6.2 billion", 6200000000, "")]),
    ("Shares closed at HK$11.42.", [("money", "HK$11.42", 11.42, "")]),
    # a vague count of a scale's units: "several" from three of them, "a few" from two
    ("Several hundred stateless people remained.", [("count", "Several hundred", None, "stateless")]),
    ("It cost a few hundred thousand dollars.", [("count", "a few hundred thousand", None, "dollar")]),
    ("The wall stood for several hundred years.", []),  # no length the words give
    # "several dozen" is no dozen: from three dozen up, as "dozens" reads
    ("Several dozen protesters were killed.", [("count", "Several dozen", None, "protester")]),
    ("A few dozen people gathered.", [("count", "A few dozen", None, "person")]),
    ("Activist Freed After More Than A Decade In Prison", [("duration", "More Than A Decade", 1, "")]),  # title case
    ("The judge wrote a 92-page ruling.", [("count", "92-page", 92, "ruling")]),  # after "92-page", the noun
    ("Labour took 34%, and the Greens 6.8%.", [("percent", "34%", 34, ""), ("percent", "6.8%", 6.8, "")]),  # a share, no label
    ("The walkout is the longest since one in 1985.", [("year", "1985", 1985, "")]),
    ("Guards shot one last year and wounded others.", [("count", "one", 1, "")]),  # dated, but counted
    ("It was the second one.", [("ordinal", "second", 2, "one")]),  # an ordinal's "one" is a pronoun
    # ranges are one interval
    ("Four to five thousand people fled.", [("count", "Four to five thousand", None, "person")]),
    ("It passed with an eight tenths majority.", [("percent", "eight tenths", 80, "majority")]),  # "an" leads no number
    ("Twelve of us were hurt.", [("count", "Twelve", 12, "")]),  # "us", not the "US"
    ("Twelve US citizens were hurt.", [("count", "Twelve", 12, "american")]),
    ("Inflation will be between 5% and 6% this year.", [("percent", "between 5% and 6%", None, "")]),
    ("Sales grew from $5 to $6 billion.", [("money", "$5", 5000000000, ""), ("money", "$6 billion", 6000000000, "")]),
    ("The fund needs $5-6 billion.", [("money", "$5-6 billion", None, "")]),
    ("There were at most 100 and at least 20 apples.", [("count", "at most 100 and at least 20", None, "apple")]),
    # signs, precision, scale letters, glued units and currency codes
    ("The index moved -9.2321312 points.", [("count", "-9.2321312", -9.2321312, "point")]),
    ("The index fell to -18.", [("count", "-18", -18, "")]),
    ("The app has 10k users.", [("count", "10k", 10000, "user")]),
    ("The deal is worth $2.4bn.", [("money", "$2.4bn", 2400000000, "")]),
    ("Revenue reached $13.6M last year.", [("money", "$13.6M", 13600000, "")]),
    ("Exports hit 12.3m tonnes.", [("measure", "12.3m tonnes", 12300000, "")]),
    ("The phone has 256GB of storage.", [("measure", "256GB", 256, "storage")]),
    ("The loan was USD10m.", [("money", "USD10m", 10000000, "")]),
    # fractions as shares, spelled-out percentages
    ("A third of the grid was damaged.", [("percent", "A third", 33.3, "grid")]),
    ("Turnout was five percent lower.", [("percent", "five percent", 5, "")]),
    ("It took a one-third stake.", [("percent", "one-third", 33.3, "stake")]),
    ("A two-thirds majority is needed.", [("percent", "two-thirds", 66.7, "majority")]),
    # gaps a key of every claim of two unseen sets showed (tests/extraction_corpus): a count in words
    # before a noun, as in digits ("a 12-member team"); not an idiom of one, a way, a fold or an -ed
    ("A three-judge bench upheld the verdict.", [("count", "three-judge", 3, "bench")]),
    ("The nine-storey block collapsed.", [("count", "nine-storey", 9, "block")]),
    ("It was a one-sided game on a two-way street.", []),
    ("Profits rose three-fold.", []),
    ("A two-faced man spoke.", []),
    # a weekday's possessive dates its noun; weekdays in the plural are every one
    ("Sunday's election was close.", [("date", "Sunday", "Sunday", "")]),
    ("The market opens on Mondays.", []),
    # a span between two moments, with its article, as "two days after" is
    ("The court freed him a day after the ruling.", [("duration", "a day", 1, "")]),
    ("A year ago he had boasted of it.", [("duration", "A year", 1, "")]),
    ("The toll, announced a day earlier, was 32.", [("duration", "a day", 1, ""), ("count", "32", 32, "")]),
    # "twice" as "two times" ("three times" is a measure in times)
    ("Work was halted twice.", [("measure", "twice", 2, "")]),
    ("The train ran at more than twice the speed limit.", [("measure", "more than twice", 2, "")]),
    # a length of time after a name is no name's number, as "Article 5" is
    ("They were seized in northern Nigeria 10 days ago.", [("duration", "10 days", 10, "")]),
    # a street in a name is no address ("10 Downing Street" is one)
    ("China expelled 3 Wall Street Journal reporters.", [("count", "3", 3, "wall street journal reporter")]),
    # (not "in a decade", as not "rose 150 percent in a year": the span of a change, left unread)
    # "one" before a unit is one of it, after an article too, and in a headline's capitals
    ("He was jailed after a one-day trial.", [("duration", "one-day", 1, "")]),
    ("Blogger Jailed After One-Day Trial", [("duration", "One-Day", 1, "")]),
    ("They backed the Two-State Solution.", []),
    # from the key of news sentences: currency codes spaced, pence, signs, "one in four", a change by a fraction
    ("The utility will spend EUR 5 billion on the grid.", [("money", "EUR 5 billion", 5000000000, "")]),
    ("Receipts brought in CHF 11.9 billion.", [("money", "CHF 11.9 billion", 11900000000, "")]),
    ("Petrol averaged 142.7p a litre.", [("money", "142.7p", 142.7, "")]),
    ("The club posted a result of -€42.1 million.", [("money", "-€42.1 million", -42100000, "")]),
    ("Lows will drop to minus 12 degrees.", [("count", "minus 12", -12, "degree")]),
    ("The margin of error is plus or minus 3 points.", [("count", "3", 3, "point")]),  # a margin, no sign
    ("About one in four buyers relies on family.", [("percent", "About one in four", 25, "buyer")]),
    ("Interest takes one in every seven dollars.", [("percent", "one in every seven", 14.3, "dollar")]),
    ("The walkout is the longest since one in 1985.", [("year", "1985", 1985, "")]),
    ("Cases fell by a quarter during the year.", [("percent", "a quarter", 25, "")]),
    ("Rents rose by more than a fifth.", [("percent", "more than a fifth", 20, "")]),
    # a share right after a verb of change, with no "by": its size ("the fifth time" is a rank)
    ("Ticket sales fell a tenth in the spring.", [("percent", "a tenth", 10, "")]),
    ("Exports were up nearly a fifth from the spring.", [("percent", "nearly a fifth", 20, "")]),
    ("The jockey rose a fifth time.", [("ordinal", "fifth", 5, "time")]),
    # "a third party", "third countries": another one, no share and no rank (an idiom, as the
    # extraction key's definition says)
    ("The plan was backed by a third party.", []),
    ("Some were resettled in third countries.", []),
    ("He came in third in the vote.", [("ordinal", "third", 3, "")]),
    # "first" saying when: after a modal, or ending a clause after an object; not after a verb of
    # ranking or a participle, where it ranks ("finished first", "should have been released first")
    ("He would first see doctors.", []),
    ("His father wanted him to see doctors first, before any questioning.", []),
    ("The guards were harsh at first.", []),
    ("She finished first in the final.", [("ordinal", "first", 1, "")]),
    ("She should have been released first.", [("ordinal", "first", 1, "")]),
    ("The tablet has a 10,000mAh battery, a 120Hz screen and 240W charging.", [("measure", "10,000mAh", 10000, ""), ("measure", "120Hz", 120, ""), ("measure", "240W", 240, "")]),
    ("Inflation held at 3.2% for a third month.", [("percent", "3.2%", 3.2, ""), ("ordinal", "third", 3, "month")]),
    # "fourth" is a rank before a unit as "third" is; only "quarter" and "half" make a part of one
    ("Inflation held at 3.2% for a fourth week.", [("percent", "3.2%", 3.2, ""), ("ordinal", "fourth", 4, "week")]),
    # how far past a bound, as written ("just over", "a little more than"), the bound the same
    ("The siege lasted just over 100 days.", [("duration", "just over 100 days", 100, "")]),
    ("It came a little more than two months after the vote.", [("duration", "a little more than two months", 2, "")]),
    ("Well under 500 people turned out.", [("count", "Well under 500", 500, "person")]),
    # a length after a verb of spending, serving or lasting is an amount of time, as after "for"
    ("The envoys will spend a week in the capital.", [("duration", "a week", 1, "")]),
    ("She served a year in a labour camp.", [("duration", "a year", 1, "")]),
    ("The hearing lasted a day.", [("duration", "a day", 1, "")]),
    ("The ferry crossing takes a quarter hour.", [("duration", "a quarter hour", 0.25, "")]),
    # a label of a text's part, as "No. 10" is (a wire correction note: "Corrects age in paragraph 2")
    ("(Corrects age in paragraph 2 to 45 from 44)", [("count", "45", 45, ""), ("count", "44", 44, "")]),
    ("See page 5 and section 3(b) of article 7.", []),
    ("The report runs to 40 pages.", [("count", "40", 40, "page")]),
    ("He served on the front lines 3 times.", [("measure", "3 times", 3, "")]),
    ("The Fed cut rates by half a percentage point.", [("percent", "half a percentage point", 0.5, "")]),
    # a part of a point is a rate's change, not a share ("a quarter of the votes" is 25%)
    ("The Riksbank trimmed its rate by a quarter of a percentage point.", [("percent", "a quarter of a percentage point", 0.25, "")]),
    ("Policymakers agreed on a quarter-point rise.", [("percent", "a quarter-point", 0.25, "rise")]),
    ("The bank hiked by three-quarters of a point.", [("percent", "three-quarters of a point", 0.75, "")]),
    ("Borrowing costs went up half a point.", [("percent", "half a point", 0.5, "")]),
    ("A quarter of the seats went to independents.", [("percent", "A quarter", 25, "seat")]),
    ("The euro gained half a cent.", [("money", "half a cent", 0.5, "")]),
]

ALL = COUNTS + NUMBER_WORDS + PERCENTS + MONEY + YEARS + DATES + DURATIONS + ORDINALS + MEASURES + NON_CLAIMS + MIXED
ALL += GAPS
#: Each row's id, its sentence's start in ASCII: pytest keeps the ids it made from explicit ones and escapes them
#: again when it collects a second time in one process (as mutmut does), so an id with ``£`` would not be found.
IDS = [sentence[:40].encode("ascii", "replace").decode() for sentence, _ in ALL]


def summary(sentence: str) -> list[tuple[str, str, object, str]]:
    return [(c.category, c.text, c.value, c.key) for c in text_claims(sentence)]


def test_the_table_has_at_least_150_sentences_covering_every_category():
    assert len(ALL) >= 150
    categories = {claim[0] for _, claims in ALL for claim in claims}
    assert categories == {"count", "percent", "money", "year", "date", "clock", "duration", "ordinal", "measure", "age"}


@pytest.mark.parametrize(("sentence", "expected"), ALL, ids=IDS)
def test_sentence_yields_exactly_its_claims(sentence, expected):
    assert summary(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), ALL, ids=IDS)
def test_spans_quote_the_text(sentence, expected):
    for claim in text_claims(sentence, offset=100):
        assert sentence[claim.span.start - 100 : claim.span.end - 100] == claim.text
        assert claim.sentence == sentence


# (sentence, claim text, low, high, low_open, high_open, qualifier)
INTERVALS = [
    ("They freed over 100 political prisoners.", "over 100", 100, None, True, False, "over"),
    ("They freed more than 100 prisoners.", "more than 100", 100, None, True, False, "more than"),
    ("Temperatures stayed above 30 percent humidity.", "above 30 percent", 30, None, True, False, "above"),
    ("At least 12 people were killed.", "At least 12", 12, None, False, False, "at least"),
    ("No fewer than 40 ships sailed.", "No fewer than 40", 40, None, False, False, "no fewer than"),
    ("Fewer than 50 people attended.", "Fewer than 50", None, 50, False, True, "fewer than"),
    ("Officials said 500 or more homes burned.", "500 or more", 500, None, False, False, "more"),  # the word after "or"
    ("Officials said more than 5000 or equal to it applied.", "more than 5000 or equal to", 5000, None, False, False,
     "more than or equal"),
    # a rank takes its qualifier but is no interval: "at least 3rd" is still 3rd
    ("He finished at least 3rd in the race.", "at least 3rd", 3, 3, False, False, "at least"),
    ("Less than 5% of the budget went to schools.", "Less than 5%", None, 5, False, True, "less than"),
    ("The firm cut jobs equal to 5% of its staff.", "equal to 5%", 5, 5, False, False, "equal to"),
    ("Under 200 troops remain.", "Under 200", None, 200, False, True, "under"),
    ("Up to 300 prisoners could be freed.", "Up to 300", None, 300, False, False, "up to"),
    ("At most 20 observers were allowed.", "At most 20", None, 20, False, False, "at most"),
    ("About 100 people protested.", "About 100", 90, 110, False, False, "about"),
    ("Around 2,000 troops arrived.", "Around 2,000", 1800, 2200, False, False, "around"),
    ("Roughly 40 buses left.", "Roughly 40", 36, 44, False, False, "roughly"),
    ("Approximately 500 homes lost power.", "Approximately 500", 450, 550, False, False, "approximately"),
    ("Some 300 people were evacuated.", "Some 300", 270, 330, False, False, "some"),
    ("Nearly 100 people were detained.", "Nearly 100", 90, 100, False, True, "nearly"),
    ("Almost 60 percent voted yes.", "Almost 60 percent", 54, 60, False, True, "almost"),
    ("Between 5 and 10 people were hurt.", "Between 5 and 10", 5, 10, False, False, "between"),
    ("Officials said 5-10 people were hurt.", "5-10", 5, 10, False, False, None),
    ("Officials said 5 to 10 people were hurt.", "5 to 10", 5, 10, False, False, None),
    ("The talks lasted two to three days.", "two to three days", 2, 3, False, False, None),
    # the scale word after the second number scales the first too: 4,000 to 5,000
    ("Four to five thousand people fled the fighting.", "Four to five thousand", 4000, 5000, False, False, None),
    ("Prices rose 10–15% in a month.", "10–15%", 10, 15, False, False, None),
    ("They freed 123 political prisoners.", "123", 123, 123, False, False, None),
    ("An estimated 1,500 people were displaced.", "An estimated 1,500", 1350, 1650, False, False, "an estimated"),
    # an approximate figure is about it within the unit it is written to, never beyond 10%
    ("Turnout was about 84%.", "about 84%", 83, 85, False, False, "about"),
    ("About 320 people are held.", "About 320", 310, 330, False, False, "about"),
    ("About 350 people are held.", "About 350", 315, 385, False, False, "about"),  # to fives: 50, at most 10%
    ("About 1.8 million people took part.", "About 1.8 million", 1_700_000, 1_900_000, False, False, "about"),
    ("Close to 70 villages were shelled.", "Close to 70", 63, 77, False, False, "close to"),
    ("Nearly half the voters stayed home.", "Nearly half", 45, 50, False, True, "nearly"),
    ("A third of the grid was damaged.", "A third", 33, 34, False, False, None),
    # a span of times of day: its ends in minutes after midnight
    ("They were freed between 1 a.m. and 1:30 a.m.", "between 1 a.m. and 1:30 a.m.", 60, 90, False, False, "between"),
]


@pytest.mark.parametrize(("sentence", "text", "low", "high", "low_open", "high_open", "qualifier"), INTERVALS)
def test_qualifiers_and_ranges_become_intervals(sentence, text, low, high, low_open, high_open, qualifier):
    (claim,) = text_claims(sentence)
    assert (claim.text, claim.low, claim.high, claim.low_open, claim.high_open, claim.qualifier) == (
        text,
        low,
        high,
        low_open,
        high_open,
        qualifier,
    )


def test_a_range_has_no_single_value_and_a_qualified_number_keeps_its_own():
    assert [c.value for c in text_claims("Between 5 and 10 people and over 100 cars.")] == [None, 100]


def test_from_to_is_two_claims_not_a_range():
    claims = text_claims("Inflation rose from 5% to 10% in a year.")
    assert [(c.text, c.low, c.high) for c in claims] == [("5%", 5, 5), ("10%", 10, 10)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ukrainian nationals", "Ukrainians"),
        ("political prisoners", "Political Prisoner"),
        ("additional aircraft", "aircraft"),
        ("Belarusian citizens", "Belarusians"),
        ("children", "child"),
        ("companies", "company"),
        ("buses", "bus"),
        ("people", "person"),
        ("crew members", "crew"),
        # -ies is -y from five letters on; a four-letter word drops the s only
        ("cities", "city"),
        ("pies", "pie"),
        ("ties", "tie"),
    ],
)
def test_subjects_are_lightly_normalized(a, b):
    assert subject_key(a) == subject_key(b)


@pytest.mark.parametrize("word", ["gas", "yes"])
def test_a_three_letter_word_ending_in_s_is_no_plural(word):
    """"40 tonnes of gas": the s of a word this short is its own, not a plural's."""
    assert subject_key(word) == word


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("81 construction workers were missing.", "construction workers"),
        ("Polls said 554 polling staff died.", "polling staff"),
        ("It freed 12 Thai workers.", "thai"),  # a capitalised word, a people: read as before
        ("One construction worker remains missing.", "construction"),  # one: "remains" may be its verb
        ("The 12 men remain in custody.", "men"),
        # a part of many counts the whole's plural head, past the noun before it
        ("Six of the opposition figures walked free.", "opposition figures"),
        ("Three of the army officers were freed.", "army officers"),
        # two nouns before a plural, and a plural inside a name before the counted noun
        ("They sentenced 58 air force commandos.", "air force commandos"),
        ("Six United Nations special rapporteurs raised his case.", "united nations special rapporteurs"),
        ("Seven UN special rapporteurs had written.", "un special rapporteurs"),
        ("Twelve United States senators wrote.", "united states senators"),
    ],
)
def test_a_noun_qualifying_a_plural_noun_is_part_of_what_a_count_counts(sentence, subject):
    """A count above one agrees with a plural head: the singular noun before it qualifies it."""
    (claim,) = text_claims(sentence)
    assert claim.subject == subject


def test_a_header_date_field_is_not_a_claim():
    text = " date 2025-12-13 The U.S. lifted sanctions after freeing over 100 political prisoners."
    claims = text_claims(text)
    assert [(c.category, c.text) for c in claims] == [("count", "over 100")]
    assert "2025-12-13" not in claims[0].sentence


def test_sentences_keep_abbreviations_together():
    text = "The U.S. envoy spoke on Dec. 13 in Minsk. He said 52 were freed."
    claims = text_claims(text)
    assert [c.sentence for c in claims] == ["The U.S. envoy spoke on Dec. 13 in Minsk.", "He said 52 were freed."]
    # initials before a name end no sentence: "Prime Minister A.N.R. Robinson", "F.W. de Klerk"
    text = "Rebels freed Prime Minister A.N.R. Robinson on Tuesday, five days after seizing him. F.W. de Klerk freed 12."
    claims = text_claims(text)
    assert [c.sentence for c in claims][0] == "Rebels freed Prime Minister A.N.R. Robinson on Tuesday, five days after seizing him."
    assert claims[-1].sentence == "F.W. de Klerk freed 12."


# fmt: off
NEWSY = st.lists(
    st.sampled_from(
        ["5", "1,234", "3.5", "2021", "Dec.", "13", "-", "–", "to", "and", "between", "over", "about", "%", "$",
         "million", "five", "twenty-three", "a", "dozen", "second", "3rd", "days", "km", "U.S.", "No.", "COVID-19",
         "+375", "17", "(202)", "555-0143", "of", "the", "people", "Ukrainians", ".", ",", "\n\n", " ", "’s", "'s",
         "date", "2025-12-13", "10:30", "p.m.", "Article", "one", "half", "s", "24/7", "-year-old", "bn"]
    ),
    max_size=40,
).map(" ".join)
# fmt: on


@settings(max_examples=300, deadline=None, derandomize=True)
@given(text=st.one_of(NEWSY, st.text(max_size=80)))
def test_any_text_yields_claims_whose_spans_quote_it(text):
    for claim in text_claims(text):
        assert text[claim.span.start : claim.span.end] == claim.text
        assert claim.low is None or claim.high is None or claim.low <= claim.high


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gas prices rose 19 cents a gallon.", [("19 cents", "up")]),
        ("Gold fell from $2,415 to $2,315 an ounce.", [("$2,415", "down"), ("$2,315", "down")]),
        ("The toll climbed from 208 to 230.", [("208", "up"), ("230", "up")]),
        ("The toll was revised from 208 to 193.", [("208", "down"), ("193", "down")]),
        ("Exports were up 4% in May.", [("4%", "up"), ("May", None)]),
        ("Shares were down by 3.5%.", [("3.5%", "down")]),
        ("Sales increased to 300 units.", [("300", "up")]),
        ("Output declined by about 2%.", [("about 2%", "down")]),
        ("A 5% drop in sales worried investors.", [("5%", "down")]),
        ("The team has 11 players.", [("11", None)]),
        ("Shares closed, down 3% on the day.", [("3%", "down")]),
        ("Air defences shot down 25 drones overnight.", [("25", None)]),
        ("Volunteers set up 5 camps.", [("5", None)]),
        ("The bank cut its key rate by 25 basis points to 4.5%.", [("25 basis points", "down"), ("4.5%", "down")]),
        ("The bank cut its key rate by a quarter point to 4.5%.", [("a quarter point", "down"), ("4.5%", "down")]),
        # the way told after both figures of one change, or once for two periods
        ("Gold settled $12, or 0.5%, lower at $2,390.", [("$12", "down"), ("0.5%", "down"), ("$2,390", "down")]),
        ("Retail sales grew 0.6% month-on-month and 2.9% year-on-year.", [("0.6%", "up"), ("2.9%", "up")]),
        ("Wages rose 1% on the month and 4% from a year earlier.", [("1%", "up"), ("4%", "up"), ("a year", None)]),
        ("Prices rose 0.4% month-on-month and 3.2% of families fell behind.", [("0.4%", "up"), ("3.2%", None)]),
        ("The bill ballooned to $4bn.", [("$4bn", "up")]),
        # "up" after a form of be and an adverb
        ("The dollar was last up 0.2% at 151.3 yen.", [("0.2%", "up"), ("151.3 yen", "up")]),
        # the level that moved has the unit of the level it moved from, not the figure between them
        ("Car loans averaged 7.1% for a five-year term, up from 6.9%.", [("7.1%", "up"), ("five-year", None), ("6.9%", "up")]),
        # the verb of a change before its object, then "from X to Y": a change, not a range
        ("The state will lift the minimum wage from $9 to $12.50 next year.", [("$9", "up"), ("$12.50", "up")]),
        ("The council doubled the parking fee from £2 to £4.", [("£2", "up"), ("£4", "up")]),
        ("Fares range from $20 to $35.", [("$20 to $35", None)]),
        ("They raised the price of bread by 10%.", [("10%", "up")]),
        # "to" a level past the verb's object, as "by" a change is
        ("The cooperative cut its price for growers to 410 euros.", [("410 euros", "down")]),
        ("The bank raised its growth forecast to 3%.", [("3%", "up")]),
        ("The airline lifted the ban to allow 40 flights.", [("40", None)]),
        # a noun of change in that object says which way ("bringing its losses this year to $2bn")
        ("The company brought its losses this year to $2bn.", [("$2bn", "down")]),
        ("The storm brought the toll to 63.", [("63", None)]),
        ("The charity raised $5 million.", [("$5 million", None)]),
        ("The town was hit by 5 missiles.", [("5", None)]),
        ("Oil fell $2.15, or 2.6%, to $80.12 a barrel.", [("$2.15", "down"), ("2.6%", "down"), ("$80.12", "down")]),
        ("Turnout was 61.2 per cent, down from 67 per cent.", [("61.2 per cent", "down"), ("67 per cent", "down")]),
        ("Rates rose 5% and 10 people died.", [("5%", "up"), ("10", None)]),
        ("The index lost 2.3 per cent.", [("2.3 per cent", "down")]),
        ("The mill shed 300 jobs.", [("300", "down")]),
        ("Profit doubled to £3bn.", [("£3bn", "up")]),
        ("Employers added 150,000 jobs.", [("150,000", "up")]),
        ("Yields ticked down to 3.9%.", [("3.9%", "down")]),
        ("Payrolls went up 3%.", [("3%", "up")]),
        # found by a key of news sentences (tests/quantity_corpus/news_b.toml, read): the change and the
        # level it reached past words of when ("year on year in November to"), a time between
        ("Exports rose 8.1% year on year in November to $312.3 billion.", [("8.1%", "up"), ("November", None), ("$312.3 billion", "up")]),
        ("Inflation eased to 2.4% in September from 2.7% in August.", [("2.4%", "down"), ("September", None), ("2.7%", "down"), ("August", None)]),
        # "up to" after a verb of motion is its particle, not "at most"
        ("The mortgage rate edged up to 6.84% this week from 6.79%.", [("6.84%", "up"), ("6.79%", "up")]),
        # a level before the change told after it, past its own words
        ("Solar supplied 38.2% of the country's power last year, up from 33.5% a year earlier.", [("38.2%", "up"), ("33.5%", "up"), ("a year", None)]),
        ("The harvest is forecast at 24.5m tonnes, down 11% on last season.", [("24.5m tonnes", "down"), ("11%", "down")]),
        # a comparative after, not against a forecast; a noun of change past two words; a base form
        ("Food prices were 11 per cent higher than a year ago.", [("11 per cent", "up"), ("a year", None)]),
        ("Receipts were 6% lower than expected.", [("6%", None)]),
        ("The budget includes a 3.5% property tax increase.", [("3.5%", "up")]),
        ("The minimum wage will increase by 6.7% to £12.21 an hour.", [("6.7%", "up"), ("£12.21", "up")]),
        # "from X seats to Y": a noun between
        ("The Greens went from 12 seats to 27.", [("12", "up"), ("27", "up")]),
        # the change, then the level it reached, is no range ("rose 10 to 15%" is one)
        ("Brent rose $1.42 to $83.10 a barrel.", [("$1.42", "up"), ("$83.10", "up")]),
        ("Prices rose 10 to 15%.", [("10 to 15%", "up")]),
        # from news_a.toml (read after its first run): a market's close, "as much as", a level "at" or
        # "to a record", "from" past a year, "fell short" (no change), "expansion"
        ("The FTSE 100 closed up 47.3 points at 8,312.6.", [("47.3", "up"), ("8,312.6", "up")]),
        ("Shares surged as much as 23% before closing 17% higher.", [("as much as 23%", "up"), ("17%", "up")]),
        ("Emissions rose 1.1% to a record 37.4 billion tonnes.", [("1.1%", "up"), ("37.4 billion tonnes", "up")]),
        ("Obesity has risen from about 7 percent in 1990 to 16 percent.", [("about 7 percent", "up"), ("1990", None), ("16 percent", "up")]),
        ("The deficit widened to $73.1bn in May from a revised $68.6bn.", [("$73.1bn", "up"), ("May", None), ("$68.6bn", "up")]),
        ("Revenue fell short of the target by 9 per cent.", [("9 per cent", None)]),
        ("It follows an estimated 6.8% expansion this year.", [("an estimated 6.8%", "up")]),
        ("Gold climbed to a record $2,450 an ounce.", [("$2,450", "up")]),
        # from news_d.toml (read after its first run): nouns of change after the figure ("a 27% slide")
        # or before "of" ("growth of", not "a net loss of"), more verbs, a level "to a range of", a
        # dollar sign with its country, a verb's long object, "down" after a noun
        ("It was hurt by a 27% slide in freight rates, after a 6% rally.", [("27%", "down"), ("6%", "up")]),
        ("It expects growth of 5%, against forecasts for a gain of 25,000.", [("5%", "up"), ("25,000", "up")]),
        ("It posted a net loss of $312 million.", [("$312 million", None)]),
        ("Margin improved by 150 basis points; inflation slowed to 2.2% from 2.5%.",
         [("150 basis points", "up"), ("2.2%", "down"), ("2.5%", "down")]),  # fmt: skip
        ("The Fed cut its rate by 25 basis points to a range of 4.25%-4.5%.", [("25 basis points", "down"), ("4.25%-4.5%", "down")]),
        ("Earnings slumped 41% to A$6.2 billion.", [("41%", "down"), ("A$6.2 billion", "down")]),
        ("The board cut the chairman's pay package by 30% to £2.9 million.", [("30%", "down"), ("£2.9 million", "down")]),
        ("Exports fell 3.3%, with shipments down by 105 million bottles.", [("3.3%", "down"), ("105 million", "down")]),
        ("Troops shot down 25 drones.", [("25", None)]),  # a verb's particle, no change
        ("The balance sheet has shrunk by about $2 trillion to $6.9 trillion.",
         [("about $2 trillion", "down"), ("$6.9 trillion", "down")]),  # fmt: skip
        ("The government will raise the tax rate to 28% from 25%.", [("28%", "up"), ("25%", "up")]),
        # from news_e.toml (read after its first run): a level in brackets in another unit, "easing",
        # "gaining", a from-to change in two units, "from 81F in the afternoon to 63F", a verb's
        # five-word object, "by an average of", "to reach", "to a record low of"
        ("Temperatures climbed to 44.6C (112F) on Wednesday.", [("44.6C", "up"), ("112F", "up"), ("Wednesday", None)]),
        ("Winds are easing to 10-15 mph.", [("10-15 mph", "down")]),
        ("The line will cut the journey from 4 hours to 90 minutes.", [("4 hours", "down"), ("90 minutes", "down")]),
        ("It dropped from 81F in the afternoon to 63F.", [("81F", "down"), ("63F", "down")]),
        ("He raised the pole vault world record by 1cm.", [("1cm", "up")]),
        ("Numbers declined by an average of 2.5% a year.", [("2.5%", "down")]),
        ("The far right gained 37 to reach 152.", [("37", "up"), ("152", "up")]),
        ("The fertility rate dropped to a record low of 0.72.", [("0.72", "down")]),
        # a change told level first, "to X from Y": the figures say which way, past a verb too far
        # back to read or a noun of change nearer than the verb ("cut its growth forecast")
        ("The ministry trimmed its estimate of the wheat crop to 41.2 million tonnes from 43.9 million tonnes.",
         [("41.2 million tonnes", "down"), ("43.9 million tonnes", "down")]),  # fmt: skip
        ("The lender cut its growth outlook to 0.8 per cent from 1.3 per cent.", [("0.8 per cent", "down"), ("1.3 per cent", "down")]),
        ("Turnover moved to $2.6 billion from $2.2 billion.", [("$2.6 billion", "up"), ("$2.2 billion", "up")]),
        ("Prices eased to 3.4% in March from 3.9% in February.", [("3.4%", "down"), ("March", None), ("3.9%", "down"), ("February", None)]),
        ("The party climbed to 31 seats from 19.", [("31", "up"), ("19", "up")]),
        ("The ferry sails to 14 islands from two ports.", [("14", None), ("two", None)]),  # two things, no change
        ("It lifted its outlook to between 2% and 3%, from 1% to 2% before.", [("between 2% and 3%", "up"), ("1% to 2%", "up")]),
        # a level or an amount after a comma, its verb in the clause before ("dropped for a third
        # month, to 61,200"); a comma with no verb of change before it says nothing
        ("Home sales slid for a fourth month, to 48,300.", [("fourth", None), ("48,300", "down")]),
        ("Margins shrank in the second half, by 1.5 points.", [("second", None), ("1.5", "down")]),
        ("The committee, to 12 members, agreed.", [("12", None)]),
        # the previous level past a per-unit rate, a hyphenated word or a sign; "recovered" only to a level
        ("The offer was revised to 455 pence a share from 410 pence.", [("455 pence", "up"), ("410 pence", "up")]),
        ("Power climbed to €61.20 per megawatt-hour, from €54 a day before.", [("€61.20", "up"), ("€54", "up"), ("a day", None)]),
        ("Output was revised to -0.6% from +0.4%.", [("-0.6%", "down"), ("0.4%", "down")]),
        # a currency's rate against another falls as the currency firms: its verb says which way
        ("The rand firmed to R17.85 per dollar from R18.10.", [("R17.85", "up"), ("R18.10", "up")]),
        # a gap to a goal is no change, however the verb reads ("fell short of the target by 9%" too)
        ("Turnout fell 8,000 short of the 60,000 target.", [("8,000", None), ("60,000", None)]),
        ("The peso went from 17.2 to 18.4 per dollar.", [("17.2", None), ("18.4", None)]),
        ("The lira recovered to 34.2 per dollar.", [("34.2", "up")]),
        ("Rescuers recovered 14 bodies.", [("14", None)]),
        # a difference from an earlier time, and the level it follows
        ("Weekly claims came in at 198k, 7,000 fewer than the week before.", [("198k", "down"), ("7,000", "down")]),
        ("The app has 4.2 million users, 900,000 more than a year ago.", [("4.2 million", "up"), ("900,000", "up"), ("more than a year", None)]),
        ("Families plan to spend $910, about $75 less than last year.", [("$910", "down"), ("about $75", "down")]),
        ("The phone costs £899, or £100 less than last year's model.", [("£899", None), ("£100", None)]),  # another model, no time
        ("Turnout was 61%, 4% higher than forecast.", [("61%", None), ("4%", None)]),
        # jobs laid off are cut; a period told between a level and the level before it is no figure of its own
        ("The bank will lay off some 1,800 staff.", [("some 1,800", "down")]),
        ("The plant laid off 640 workers in June.", [("640", "down"), ("June", None)]),
        ("He laid off the gas for 20 seconds.", [("20 seconds", None)]),
        ("Vacancies fell to 812,000 in the three months to May, from 870,000.",
         [("812,000", "down"), ("three months", None), ("May", None), ("870,000", "down")]),  # fmt: skip
    ],
)
def test_a_change_keeps_its_direction(sentence, expected):
    assert [(c.text, c.direction) for c in text_claims(sentence)] == expected


def test_the_record_carries_the_direction_after_the_older_keys():
    (claim,) = text_claims("Prices rose 5%.")
    assert list(claim.record()) == [
        "text", "value", "low", "high", "low_open", "high_open", "qualifier", "unit", "sentence", "direction"
    ]  # fmt: skip
    assert claim.record()["direction"] == "up"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "Lukashenko released 52 political prisoners in September. The talks went on.",
            "Lukashenko released 52 political prisoners in August. The talks went on.",
            ("date", "September", "August"),
        ),
        ("The prisoners were freed on Monday, officials said.", "The prisoners were freed on Tuesday, officials said.",
         ("date", "Monday", "Tuesday")),  # fmt: skip
        ("Belarus Frees 52 Prisoners", "Belarus Frees 25 Prisoners", ("count", "52", "25")),
    ],
)
def test_months_weekdays_and_headline_numbers_are_claims_that_can_change(old, new, expected):
    import docdelta

    report = docdelta.Session(plugins=["claims"]).compare(old, new)
    changed = [
        (f.data["category"], f.data["old"]["text"], f.data["new"]["text"])
        for f in report.findings
        if f.check == "numeric-claims" and f.data["status"] == "changed"
    ]
    assert changed == [expected]


def test_a_lower_case_number_word_after_a_name_is_a_count_and_a_capitalised_one_a_label():
    from docdelta_claims.extract import text_claims

    assert [c.text for c in text_claims("The Conservatives won 72 seats, and Reform UK four.")] == ["72", "four"]
    assert text_claims("The president flew on Air Force One.") == []


def test_a_range_of_money_between_two_signs_is_one_claim():
    from docdelta_claims.extract import text_claims

    (claim,) = text_claims("Helene caused between $30 billion and $50 billion in insured losses.")
    assert (claim.low, claim.high, claim.unit, claim.subject) == (30e9, 50e9, "USD", "insured losses")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Temperatures reached 40C on Monday.", ("40C", 40, "°C")),
        ("Highs near 104F are forecast.", ("104F", 104, "°F")),
        ("Lows of -5C overnight.", ("-5C", -5, "°C")),
        ("Wind gusts of 120 km/h hit the coast.", ("120 km/h", 120, "km/hour")),
        ("A 24hr strike began.", ("24hr", 24, "hour")),
    ],
)
def test_temperatures_glued_to_a_capital_and_speeds_per_hour_are_measures(sentence, expected):
    assert [(c.text, c.value, c.unit) for c in text_claims(sentence) if c.category != "date"] == [expected]


def test_a_rate_per_unit_of_time_is_no_time_ago():
    """"12 million tonnes a year" is a rate; "4.5 million tonnes a year earlier" is an amount, and
    "a year earlier" says when."""
    assert [(c.text, c.unit) for c in text_claims("The mine produces 12 million tonnes a year.")] == [("12 million tonnes a year", "t/year")]
    claims = text_claims("Exports fell to 4.2 million tonnes from 4.5 million tonnes a year earlier.")
    assert [(c.text, c.unit) for c in claims if c.category == "measure"] == [("4.2 million tonnes", "t"), ("4.5 million tonnes", "t")]


def test_a_small_c_glued_to_a_number_is_no_temperature():
    assert [c.unit for c in text_claims("The stamp costs 5c.")] != ["°C"]



#: Every unit word the extractor reads after a number: the unit's canonical name, its dimension and its size
#: in the dimension's base unit (seconds, metres, kilograms, litres, bytes, megawatts, kWh, Hz, m/s).
#: ("km/h" is read as km per hour, above; "pound", and so "pound-mass", is money.)
UNIT_SIZES = [
    ("second", "duration", 1, "second seconds"),
    ("minute", "duration", 60, "minute minutes min mins"),
    ("hour", "duration", 3600, "hour hours h hr hrs"),
    ("day", "duration", 86400, "day days"),
    ("week", "duration", 7 * 86400, "week weeks"),
    ("month", "duration", 30.436875 * 86400, "month months"),  # the mean Gregorian month and year
    ("year", "duration", 365.2425 * 86400, "year years"),
    ("decade", "duration", 3652.425 * 86400, "decade decades"),
    ("century", "duration", 36524.25 * 86400, "century centuries"),
    ("km", "length", 1000, "km kilometer kilometers kilometre kilometres"),
    ("m", "length", 1, "meter meters metre metres"),
    ("mile", "length", 1609.344, "mile miles mi"),
    ("ft", "length", 0.3048, "foot feet"),
    ("yd", "length", 0.9144, "yard yards yd yds"),
    ("cm", "length", 0.01, "cm centimeter centimeters centimetre centimetres"),
    ("mm", "length", 0.001, "mm millimeter millimeters millimetre millimetres"),
    ("in", "length", 0.0254, "inch inches"),
    ("nm", "length", 1e-9, "nm nanometer nanometers nanometre nanometres"),
    ("kg", "mass", 1, "kg kgs kilo kilos kilogram kilograms kilogramme kilogrammes"),
    ("t", "mass", 1000, "ton tons tonne tonnes"),
    ("g", "mass", 0.001, "gram grams gramme grammes"),
    ("mg", "mass", 1e-6, "mg milligram milligrams"),
    ("lb", "mass", 0.45359237, "lb lbs"),
    ("ha", "area", 10_000, "hectare hectares ha"),
    ("acre", "area", 4046.8564224, "acre acres"),
    ("l", "volume", 1, "liter liters litre litres l"),
    ("ml", "volume", 0.001, "ml milliliter milliliters millilitre millilitres"),
    ("cl", "volume", 0.01, "cl centiliter centiliters centilitre centilitres"),
    ("gallon", "volume", 3.785411784, "gallon gallons"),
    ("barrel", "volume", 158.987, "barrel barrels"),
    ("B", "data", 1, "byte bytes"),
    ("bit", "data", 0.125, "bit bits"),
    ("KB", "data", 1e3, "kb kilobyte kilobytes"),
    ("MB", "data", 1e6, "mb megabyte megabytes"),
    ("GB", "data", 1e9, "gb gigabyte gigabytes"),
    ("TB", "data", 1e12, "tb terabyte terabytes"),
    ("PB", "data", 1e15, "pb petabyte petabytes"),
    ("EB", "data", 1e18, "eb exabyte exabytes"),
    ("MW", "power", 1, "mw megawatt megawatts"),
    ("GW", "power", 1000, "gw gigawatt gigawatts"),
    ("kWh", "energy", 1, "kwh"),
    ("MWh", "energy", 1000, "mwh"),
    ("GHz", "frequency", 1e9, "ghz gigahertz"),
    ("mph", "speed", 0.44704, "mph"),
    ("km/h", "speed", 1 / 3.6, "kph"),
    ("°C", "temperature", 1, "°c celsius"),
    ("°F", "temperature", 1, "°f fahrenheit"),
]


@pytest.mark.parametrize(
    ("spelling", "unit", "dimension", "size"),
    [(spelling, *row[:3]) for row in UNIT_SIZES for spelling in row[3].split()],
)
def test_a_figure_with_a_unit_carries_the_units_canonical_name_dimension_and_size(spelling, unit, dimension, size):
    """``7 feet`` is 7 ft of length, a foot 0.3048 m: two figures in different units of one dimension
    compare by their sizes (``two days``, ``48 hours``)."""
    (claim,) = [c for c in text_claims(f"The figure was 7 {spelling}.") if c.text.startswith("7")]
    assert (claim.text, claim.unit, claim.dimension) == (f"7 {spelling}", unit, dimension)
    assert claim.factor == pytest.approx(size)


@pytest.mark.parametrize(
    ("spelling", "unit", "dimension", "size"),
    [
        ("nautical miles", "nmi", "length", 1852),
        ("nautical mile", "nmi", "length", 1852),
        ("square kilometres", "km²", "area", 1e6),
        ("square kilometers", "km²", "area", 1e6),
        ("square km", "km²", "area", 1e6),
        ("square miles", "sq mi", "area", 2_589_988.11),
        ("square metres", "m²", "area", 1),
        ("sq km", "km²", "area", 1e6),
        ("sq. km", "km²", "area", 1e6),
        ("sq mi", "sq mi", "area", 2_589_988.11),
        ("sq m", "m²", "area", 1),
        ("sq metres", "m²", "area", 1),
    ],
)
def test_a_unit_of_two_words_is_one_unit_not_a_counted_thing(spelling, unit, dimension, size):
    """"1.7 nautical miles" is a length, not 1.7 of something nautical."""
    (claim,) = [c for c in text_claims(f"The figure was 7 {spelling}.") if c.text.startswith("7")]
    assert (claim.category, claim.text, claim.unit, claim.dimension) == ("measure", f"7 {spelling}", unit, dimension)
    assert claim.factor == pytest.approx(size)


@pytest.mark.parametrize("words", ["nautical km", "nautical m", "nautical metres", "sq feet"])
def test_two_unit_words_that_make_no_unit_leave_the_figure_read(words):
    """"5 nautical km" is no unit the reader knows (it had raised a KeyError): the figure is still read."""
    assert [claim.text for claim in text_claims(f"The boat was 5 {words} out.")][:1] == ["5"]


@pytest.mark.parametrize("sentence", ["The fair runs Sept. 24-20 in Minsk.", "The fair runs Sept. 20-34 in Minsk."])
def test_days_that_run_backwards_or_past_the_31st_are_no_interval_of_dates(sentence):
    """``Sept. 20-24`` is the interval ``--09-20/24``; ``Sept. 24-20`` and ``Sept. 20-34`` are no interval."""
    assert [c.value for c in text_claims(sentence) if c.category == "date" and "/" in str(c.value)] == []


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # 90 million is within ten times 10 million: the first figure takes the scale word.
        ("Subscribers fell from 90 to 10 million.", [90_000_000, 10_000_000]),
        # 100 million is exactly ten times 10 million, still within: 100 takes the scale word.
        ("Subscribers fell from 100 to 10 million.", [100_000_000, 10_000_000]),
        # 105 million would be more than ten times 10 million: 105 is read as written.
        ("Subscribers grew from 105 to 10 million.", [105, 10_000_000]),
        # A share takes no scale word from a sum of money.
        ("The levy changed from 5% to $2 million.", [5, 2_000_000]),
    ],
)
def test_from_x_to_y_million_scales_x_only_when_it_is_a_figure_of_the_same_kind_within_ten_times_y(sentence, values):
    assert [c.value for c in text_claims(sentence)] == values


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high"),
    [
        ("Crews may work at least 8 and at most 12 shifts a month.", "at least 8 and at most 12", 8, 12),
        # bounds that meet make one interval too, of the one figure they allow
        ("Each jury must have no fewer than 12 and no more than 12 members.", "no fewer than 12 and no more than 12", 12, 12),
    ],
)
def test_a_floor_and_a_ceiling_joined_by_and_are_one_interval_up_to_where_they_meet(sentence, text, low, high):
    (claim,) = text_claims(sentence)
    assert (claim.text, claim.low, claim.high) == (text, low, high)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("Rescuers searched the rubble for a day and a half.", "a day and a half", 1.5, "day"),
        ("The talks lasted an hour and a half.", "an hour and a half", 1.5, "hour"),
        ("The drought has gripped the region a year and a half now.", "a year and a half", 1.5, "year"),
        ("The hearing ran an hour and a quarter.", "an hour and a quarter", 1.25, "hour"),
        ("Crews had worked for more than a week and a half.", "more than a week and a half", 1.5, "week"),
        # a number before the unit: the part is of the unit too
        ("The siege lasted three months and a half.", "three months and a half", 3.5, "month"),
        ("The strike went on for 2 days and a half.", "2 days and a half", 2.5, "day"),
    ],
)
def test_a_unit_and_a_half_is_one_duration_of_that_unit_and_no_share(sentence, text, value, unit):
    (claim,) = text_claims(sentence)
    assert (claim.category, claim.text, claim.value, claim.unit) == ("duration", text, value, unit)


def test_two_bounds_joined_into_one_interval_leave_the_claims_after_them_read():
    assert [c.text for c in text_claims("At least 20 and at most 100 people came on Monday.")] == [
        "At least 20 and at most 100",
        "Monday",
    ]


@pytest.mark.parametrize(
    "sentence",
    ["Officials in Kraków said 40 people were hurt on the way.", "Officials in Kraków told the UN that 40 people were hurt."],
)
def test_a_sentence_with_a_letter_beyond_ascii_has_the_context_its_ascii_spelling_has(sentence):
    """The context (content words around a claim, stop words and words of two letters left out) is
    read by a faster path for ASCII text; both paths agree."""
    (accented,) = text_claims(sentence)
    (plain,) = text_claims(sentence.replace("ó", "o"))
    assert tuple(sorted(word.replace("ó", "o") for word in accented.context)) == plain.context
    assert "un" not in accented.context


def test_a_number_on_the_line_before_a_web_address_is_read():
    """A web address is the run of non-space characters around its mark, a line break ending it too."""
    assert [c.text for c in text_claims("Police counted 40\nwww.example.org lists them.")] == ["40"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Inflation rose 3% in 2023.", [("3%", "up"), ("2023", None)]),
        ("The 2023 rise in prices hurt families.", [("2023", None)]),  # "rise" after a year: when, not how much
    ],
)
def test_a_year_states_no_direction_of_a_change_the_figure_before_it_does(sentence, expected):
    assert [(c.text, c.direction) for c in text_claims(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "A 19-year-old student was detained.",
        "Bialiatski, 63, was among those freed.",
        "One of the men, Yuri Soloshenko, is 73 and has been in prison for years.",  # a name closing an apposition
        "Soloshenko is now 73.",
        "He was only 19 when he was jailed.",
    ],
)
def test_an_age_is_in_years_old(sentence):
    (age,) = text_claims(sentence)
    assert (age.category, age.unit) == ("age", "years old")


def test_a_count_followed_by_were_and_a_participle_counts_those_it_names():
    """"12 were injured": the counted ones are the injured (as "114 of them were transferred")."""
    (count,) = [c for c in text_claims("In the blast, 12 were injured.") if c.text == "12"]
    assert count.subject == "injured"


@pytest.mark.parametrize(
    ("sentence", "subject", "key"),
    [
        ("Iran freed five U.S. citizens on Monday.", "u.s. citizens", "american"),
        ("Iran freed five US citizens on Monday.", "us citizens", "american"),
        ("Iran freed five Americans on Monday.", "americans", "american"),
        ("Five UK nationals were freed.", "uk nationals", "british"),
        # a compound the initials open qualifies the noun, with stops or without
        ("They flew on two U.S.-chartered planes.", "u.s.-chartered planes", "us-chartered plane"),
        ("They flew on two US-chartered planes.", "us-chartered planes", "us-chartered plane"),
    ],
)
def test_initials_are_one_word_and_a_people_written_two_ways_is_one_key(sentence, subject, key):
    (claim,) = [c for c in text_claims(sentence) if c.category == "count"]
    assert (claim.subject, claim.key) == (subject, key)


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("on bail of 2 million Egyptian pounds each.", "2 million Egyptian pounds", "egyptian pound"),
        ("fined 40,000 Belarusian rubles", "40,000 Belarusian rubles", "belarusian ruble"),
        ("a fine of 10,000 Russian roubles", "10,000 Russian roubles", "RUB"),
        ("worth 3 million Turkish lira", "3 million Turkish lira", "TRY"),
        ("and a fine of 700 US dollars.", "700 US dollars", "USD"),
        ("bail set at 5,000 U.S. dollars", "5,000 U.S. dollars", "USD"),
        ("a deposit of 20,000 Swiss francs", "20,000 Swiss francs", "CHF"),
        # a currency named after its place
        ("a fine of 500,000 Hong Kong dollars", "500,000 Hong Kong dollars", "HKD"),
        ("bail of 40,000 New Zealand dollars", "40,000 New Zealand dollars", "NZD"),
    ],
)
def test_a_currency_named_after_a_peoples_word_is_that_peoples_money(sentence, text, unit):
    (claim,) = text_claims(sentence)
    assert (claim.text, claim.category, claim.unit) == (text, "money", unit)


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Officials said at least 30 religious and political prisoners were still held.", "religious political prisoners"),
        ("About 40 local and foreign journalists attended.", "local foreign journalists"),
        ("They freed 30 political prisoners and activists.", "political prisoners"),
        ("The command handed over 6,670 North Korean and Chinese prisoners.", "north korean chinese prisoners"),
        ("The group held 12 American and British hostages.", "american british hostages"),
        ("It freed 70,183 North Koreans and others.", "north koreans"),  # a people's noun, no adjective
    ],
)
def test_two_adjectives_joined_by_and_qualify_one_counted_noun(sentence, subject):
    (claim,) = text_claims(sentence)
    assert claim.subject == subject


@pytest.mark.parametrize(
    ("sentence", "text", "category", "value", "unit"),
    [
        ("Tariffs will go up 11.5pc in April.", "11.5pc", "percent", 11.5, "%"),
        ("The ministry set aside Rs 12,000 crore for hospitals.", "Rs 12,000 crore", "money", 120_000_000_000, "INR"),
        ("Mills have crushed 187 lakh tonnes of cane so far.", "187 lakh tonnes", "measure", 18_700_000, "t"),
        ("Roughly two in five prisoners are back behind bars.", "Roughly two in five", "percent", 40, "%"),
        # a lakh of crores, as budgets are told: 10^5 x 10^7
        ("Receipts reached ₹8.4 lakh crore by October.", "₹8.4 lakh crore", "money", 8_400_000_000_000, "INR"),
        ("The scheme costs Rs 2 thousand crore a year.", "Rs 2 thousand crore", "money", 20_000_000_000, "INR"),
    ],
)
def test_south_asian_scales_pc_and_k_in_n_shares(sentence, text, category, value, unit):
    claim = next(c for c in text_claims(sentence) if c.text == text)
    assert (claim.category, claim.value, claim.unit) == (category, value, unit)


def test_a_change_by_an_amount_to_a_level_is_two_claims_not_a_range():
    claims = text_claims("The state oil company raised the price of liquefied petroleum gas by 50 rupees to 853 rupees.")
    assert [(c.text, c.value) for c in claims] == [("50 rupees", 50), ("853 rupees", 853)]
    (span,) = text_claims("Prices rose by 5 to 10 percent.")
    assert (span.low, span.high) == (5, 10)


@pytest.mark.parametrize(
    ("sentence", "text", "direction"),
    [
        ("Bird flu forced farmers to cull hens, pushing egg prices up by 37 cents.", "37 cents", "up"),
        ("Spending rose by a combined £12m to £49.6m.", "£12m", "up"),
        ("Sales fell by a total of 300 units.", "300", "down"),
        ("Response times lengthened to nine minutes.", "nine minutes", "up"),
        ("House prices rose an annual 3.9% in September.", "3.9%", "up"),
        ("The index fell 1.7%, wiping about $800bn off the value of shares.", "about $800bn", "down"),
        ("An amnesty cuts sentences of up to five years by a quarter.", "a quarter", None),
        ("The rate edged up to 6.84% this week.", "6.84%", "up"),
        # a hyphenated word in the verb's object: "trimmed its full-year sales goal by"
        ("It trimmed its full-year sales goal by 200,000 vehicles.", "200,000", "down"),
    ],
)
def test_a_changes_direction_after_a_noun_a_new_verb_or_an_annual(sentence, text, direction):
    claim = next(c for c in text_claims(sentence) if c.text == text)
    assert claim.direction == direction


@pytest.mark.parametrize(
    ("sentence", "text", "direction"),
    [
        # forms of the verbs the lists lacked ("sunk", "trims", "lifts", "adding")
        ("The president's approval rating has sunk to 36%.", "36%", "down"),
        ("Wheat futures trimmed 4 cents to $5.31 a bushel.", "4 cents", "down"),  # no "by" needed to trim
        ("The deal lifts pay by 27% over four years.", "27%", "up"),
        ("The rise will add about £150 to a season ticket, adding £12 to a weekly one.", "£12", "up"),
        # words between the verb and its figure: "back", "below", "above"
        ("Gilt yields eased back below 5.2% after the budget.", "below 5.2%", "down"),
        # a share more or less is a change, unless "than" compares with something other than a time
        ("Fleets may catch 5% more herring.", "5%", "up"),
        ("Sales were 20% less than the previous year.", "20%", "down"),
        ("Olive oil output is nearly 80% more than the previous crop.", "nearly 80%", "up"),
        ("Women earned 7.7% less an hour than men.", "7.7%", None),
        ("The project cost 5% more than expected.", "5%", None),
        # "up from" after a part and its whole: the part moved
        ("Women will hold 44 of the 120 seats, up from 34.", "44", "up"),
        ("Women will hold 44 of the 120 seats, up from 34.", "120", None),
        # basis points glued or spaced, lower case
        ("The two-year yield rose by 4bp to 2.14%.", "4bp", "up"),
    ],
)
def test_more_verbs_of_change_shares_more_or_less_and_a_parts_previous_level(sentence, text, direction):
    claim = next(c for c in text_claims(sentence) if c.text == text)
    assert claim.direction == direction


def test_basis_points_glued_and_millions_before_a_qualified_plural():
    (bp,) = text_claims("Italy's spread was almost 90bp at the start of the year.")
    assert (bp.text, bp.value, bp.unit) == ("almost 90bp", 90, "bp")
    assert all(c.unit != "bp" for c in text_claims("The oil major sold 4 BP stations."))  # a company
    assert [c.value for c in text_claims("Fewer than a third of the 6m vaccine doses have arrived.") if c.text == "6m"] == [6_000_000]
    assert not [c for c in text_claims("The 100m final was fast.") if c.value == 100_000_000]
    assert not [c for c in text_claims("A 3m high wall stood there.") if c.value == 3_000_000]


def test_or_so_after_a_figure_makes_it_about_that_figure():
    (claim,) = text_claims("He frees the 500 or so political prisoners still held.")
    assert (claim.text, claim.qualifier, claim.low, claim.high, claim.subject) == ("500 or so", "about", 450, 550, "political prisoners")
    assert [c.text for c in text_claims("Some 20 or so boats sank.")] == ["Some 20 or so"]
    assert [c.text for c in text_claims("He freed 5, or so it seemed.")] == ["5"]  # no figure's qualifier


def test_a_second_of_a_kind_is_no_length_of_time():
    assert [(c.text, c.category) for c in text_claims("It will charge £6.99 for a second small bag.")] == [("£6.99", "money"), ("second", "ordinal")]
    assert [(c.text, c.category) for c in text_claims("He paused for a second and left.")] == [("a second", "duration")]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("Voters rose to 11m, a rise of 1.4m since the last election.", 1_400_000), ("The crop will shrink to 24.5m, the ministry said.", 24_500_000)],
)
def test_a_decimal_before_m_is_millions_as_the_docs_say(sentence, value):
    assert value in [c.value for c in text_claims(sentence)]
    assert not [c for c in text_claims("The wall is 2.5m high.") if c.value == 2_500_000]


def test_an_age_after_a_name_may_end_its_sentence():
    claims = text_claims("Viasna lists 1,300, including the Nobel laureate Ales Bialiatski, 61.")
    assert [(c.text, c.category) for c in claims] == [("1,300", "count"), ("61", "age")]


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("The majority, 104, were bused to the border.", "count"),
        ("The rest, 19, stayed in the capital.", "count"),
        ("The driver, 41, was freed.", "age"),
    ],
)
def test_a_number_set_beside_a_part_of_a_group_counts_it(sentence, category):
    """"The majority, 104," tells how many a part of the group is, no one's age; "the driver, 41," is his age."""
    (claim,) = text_claims(sentence)
    assert claim.category == category


@pytest.mark.parametrize(
    "sentence",
    ["Özakça, 28, must wear a tag.", "Was Łukasz, 28, freed?", "Đilas, 28, was freed."],
)
def test_an_age_after_a_name_with_a_capital_beyond_ascii_is_an_age(sentence):
    assert [(c.text, c.category) for c in text_claims(sentence)] == [("28", "age")]


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        # from two of its units up to the next order of magnitude, that excluded
        ("Hundreds of people gathered outside.", 200, 999),
        ("Thousands of troops massed at the border.", 2000, 9999),
        ("Millions of voters stayed home.", 2_000_000, 9_999_999),
        ("Tens of thousands of people marched.", 20_000, 99_999),
        ("Hundreds of thousands of people fled.", 200_000, 999_999),
        # dozens: from two dozen up to twelve dozen
        ("Dozens of boats sank.", 24, 143),
    ],
)
def test_a_vague_plural_is_the_interval_from_two_of_its_units_to_the_next_order(sentence, low, high):
    (claim,) = text_claims(sentence)
    assert (claim.value, claim.low, claim.high, claim.low_open, claim.high_open) == (None, low, high, False, False)


@pytest.mark.parametrize(
    "sentence",
    ["The Dec. 13 drop in prices hurt savers.", "A March 2024 rise in rents followed.", "On 4 July 2024 sales fell."],
)
def test_a_date_before_a_noun_of_change_states_when_it_came_not_its_direction(sentence):
    (date,) = text_claims(sentence)
    assert (date.category, date.direction) == ("date", None)


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # a participle before a lower-case word qualifies it
        ("Police held 12 detained journalists.", "detained journalists"),
        # a participle ending the words after a count is its verb: the words before it still name what is counted
        ("Iran freed 12 British detained in Evin prison.", "british"),
        ("Over 40 injured in the attack were treated.", ""),
        # a capitalised plural of three letters is a noun too: the participle before it qualifies it
        ("The court freed 12 jailed MPs.", "jailed mps"),
    ],
)
def test_a_participle_qualifies_the_counted_noun_only_before_a_lower_case_word(sentence, subject):
    (claim,) = text_claims(sentence)
    assert claim.subject == subject


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high", "unit"),
    [
        ("She stayed for a week.", "a week", 1, 1, "week"),
        ("The trial lasted for a month.", "a month", 1, 1, "month"),
        ("He spent more than a year in prison.", "more than a year", 1, None, "year"),
        # an article duration with no qualifier or cue ("once a year") is none, and those after it are read
        ("Once a year, she stayed for a week.", "a week", 1, 1, "week"),
    ],
)
def test_a_duration_after_an_article_is_one_of_its_unit(sentence, text, low, high, unit):
    """``for a week`` is 1 week: the unit sizes it, so it meets ``seven days`` (see test_claims_match)."""
    (claim,) = text_claims(sentence)
    assert (claim.category, claim.text, claim.value, claim.low, claim.high, claim.unit, claim.dimension) == (
        "duration", text, 1, low, high, unit, "duration"
    )


def test_two_numbers_joined_by_and_without_between_are_two_claims():
    assert [(c.text, c.value) for c in text_claims("The teams scored 12 and 15 goals.")] == [("12", 12), ("15", 15)]


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [("Exports fell in 2021-22.", 2021, 2022), ("The war of 2014-2015 displaced many.", 2014, 2015)],
)
def test_a_span_of_years_is_the_interval_of_its_years_a_two_digit_end_in_the_first_ones_century(sentence, low, high):
    (years,) = text_claims(sentence)
    assert (years.category, years.value, years.low, years.high) == ("year", None, low, high)


def test_a_figure_with_a_margin_and_no_unit_is_a_count_spanning_its_margin():
    """``78 ± 4 nesting pairs``: a count of 78 whose interval is what the margin allows, 74 to 82."""
    (claim,) = text_claims("Researchers counted 78 ± 4 nesting pairs on the island.")
    assert (claim.category, claim.text, claim.value, claim.low, claim.high) == ("count", "78 ± 4", 78, 74, 82)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the sign stands right after the figure: a share of 45%, give or take 3 points
        ("Support for the measure stood at 45% ± 3 in the poll.", ("percent", "45% ± 3", 45, 42, 48, "%")),
        # the unit stands after the margin: a depth of 9.83 km, give or take 10 metres
        ("The lake is 9.83 ± 0.01 km deep.", ("measure", "9.83 ± 0.01 km", 9.83, 9.82, 9.84, "km")),
    ],
)
def test_a_figure_with_a_margin_keeps_its_unit_before_or_after_the_margin(sentence, expected):
    (claim,) = text_claims(sentence)
    assert (claim.category, claim.text, claim.value, claim.low, claim.high, claim.unit) == expected


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # "virus" ends in -us, as "campus" does: no plural, so it qualifies the plural after it
        ("Health officials confirmed 12 virus cases.", "virus cases"),
        ("The university will close 3 campus libraries.", "campus libraries"),
        # "MS" (a ship's prefix) is two letters, no plural: the name runs on to the victims
        ("Relatives of the 852 MS Estonia victims gathered in Stockholm.", "ms estonia victims"),
    ],
)
def test_a_word_in_us_or_of_two_letters_is_no_plural_and_the_counted_phrase_runs_on(sentence, subject):
    (claim,) = text_claims(sentence)
    assert claim.subject == subject


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # an initialism before a plural noun names whose the counted ones are
        ("Gunmen freed 24 UN peacekeepers near the border.", "un peacekeepers"),
        ("The 12 EU nationals were flown out on Friday.", "eu nationals"),
        # past a participle that says which ones ("the released US citizens"), the noun is still counted
        ("A jet with the 24 released US citizens landed.", "released us citizens"),
        # (a people's adjective before its noun, as before)
        ("They freed 14 detained Turkish truck drivers.", "detained turkish truck drivers"),
    ],
)
def test_an_initialism_before_a_plural_noun_is_part_of_the_counted_phrase(sentence, subject):
    (claim,) = [c for c in text_claims(sentence) if c.category == "count"]
    assert claim.subject == subject


def test_a_duration_and_a_distance_side_by_side_are_no_parts_of_one_term():
    """"48 hours, 20 km off the coast": how long and how far, two figures, not one term in parts."""
    claims = joined_terms(text_claims("The naval exercise lasted 48 hours, 20 km off the coast."))
    assert [(c.category, c.text, c.value, c.unit) for c in claims] == [
        ("duration", "48 hours", 48, "hour"),
        ("measure", "20 km", 20, "km"),
    ]


def test_about_a_figure_with_decimals_is_about_it_within_its_last_decimal():
    """"about 2.4%" is written to a tenth: 2.3 to 2.5, as "about 84%" is 83 to 85."""
    (claim, _) = text_claims("Inflation was about 2.4% in May.")
    assert (claim.text, claim.low, claim.high) == ("about 2.4%", pytest.approx(2.3), pytest.approx(2.5))


def test_a_term_in_parts_one_with_decimals_is_their_sum_in_the_smaller_unit():
    """"1.5 hours and 30 minutes": 90 and 30 minutes, one term of 120 minutes, a whole number."""
    (term,) = joined_terms(text_claims("The standoff lasted 1.5 hours and 30 minutes."))
    assert (term.text, term.value, term.unit) == ("1.5 hours and 30 minutes", 120, "minute")
    assert isinstance(term.value, int)


def test_a_long_sentence_is_shown_from_its_start_when_its_claim_opens_it():
    """A claim near the start of a sentence longer than the record shows: its first 300 characters,
    with no ellipsis before them (nothing was left out there) and one after."""
    sentence = "Police detained 40 protesters in the capital on Sunday" + ", and the marchers went on" * 20 + "."
    (claim, *_) = text_claims(sentence)
    assert claim.text == "40"
    assert claim.record()["sentence"] == sentence[:300] + "…"


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high", "qualifier"),
    [
        # "some 40" is an estimate; "or more" after it makes 40 a floor
        ("Some 40 or more people were hurt.", "Some 40 or more", 40, None, "more"),
        # "at least 100" is a floor already: "or more" says it again, the qualifier before stays
        ("At least 100 or more people came.", "At least 100", 100, None, "at least"),
    ],
)
def test_or_more_after_a_figure_makes_it_a_floor_once(sentence, text, low, high, qualifier):
    (claim,) = text_claims(sentence)
    assert (claim.text, claim.low, claim.high, claim.qualifier) == (text, low, high, qualifier)


def test_a_range_with_its_unit_written_bare_after_each_figure_is_one_range():
    """"5km to 10km": one depth of 5 to 10 km, the unit glued to both numerals, not two depths."""
    claims = text_claims("The ice is 5km to 10km thick.")
    assert [(c.category, c.text, c.low, c.high, c.unit) for c in claims] == [("measure", "5km to 10km", 5, 10, "km")]


def test_a_day_after_a_month_is_a_day_unless_a_passive_or_perfect_verb_makes_the_number_a_count():
    """"The talks on May 16 were the first" is a day; "In June 14 were released", "In March 80 have
    died" and "In May 12 remain missing" are a month and a count; only "in" reads a month so:
    "workers held since October 7 were released" were held since a day."""
    from docdelta_claims import text_claims

    assert [(c.text, c.category) for c in text_claims("The talks on May 16 were the first.")][0] == ("May 16", "date")
    for sentence, count in (("In June 14 were released.", "14"), ("In March 80 have died.", "80"), ("In May 12 remain missing.", "12"),
                            ("Officials said in June 14 were released.", "14")):
        assert (count, "count") in [(c.text, c.category) for c in text_claims(sentence)]
    for sentence, day in (("Ten farm workers held in Gaza since October 7 were released.", "October 7"),
                          ("Two men arrested on May 3 were freed.", "May 3")):
        assert [(c.text, c.category) for c in text_claims(sentence) if c.category == "date" or c.text in ("3", "7")] == [(day, "date")]


def test_a_bare_count_whose_verb_names_a_people_counts_that_people():
    """"Manila said 18 of them were Filipino": as "114 of them were transferred" says what a bare
    count counts, so does a people's name after "were" that ends the clause; "12 were Monday" no."""
    from docdelta_claims import text_claims
    from docdelta_claims.frame import agreement, claim_frame

    assert [(c.text, c.subject) for c in text_claims("Manila said 18 of them were Filipino.")] == [("18", "filipino")]
    assert [(c.text, c.subject) for c in text_claims("Of the crew, 17 were Filipinos, and eight were Indian.")] == [
        ("17", "filipinos"),
        ("eight", "indian"),
    ]
    assert [c.subject for c in text_claims("Of the 26 sailors, 14 were freed on Monday.") if c.text == "14"] == ["freed"]
    eighteen = claim_frame(text_claims("Manila said 18 of them were Filipino.")[0])
    seventeen = claim_frame(text_claims("The 17 Filipinos among them will be flown home soon.")[0])
    assert "thing" in agreement(eighteen, seventeen).matched


def test_an_amount_after_a_name_is_a_claim_a_names_number_is_not():
    """"ordered Ankara to pay Altan 16,000 euros": a thousands comma or a currency after the number
    says an amount, not a name's number ("Flight 752", "Article 5", "Euro 2024" stay no claims)."""
    from docdelta_claims import text_claims

    assert [(c.text, c.category) for c in text_claims("The court ordered Ankara to pay Altan 16,000 euros.")] == [("16,000 euros", "money")]
    assert [(c.text, c.category) for c in text_claims("They gave Smith 500 dollars.")] == [("500 dollars", "money")]
    for name in ("Flight 752 was shot down.", "Article 5 applies.", "Euro 2024 ended."):
        assert text_claims(name) == []


def test_a_month_after_that_is_a_date():
    """"was detained in January and sentenced that December": the month is a date, as after "last"."""
    from docdelta_claims import text_claims

    found = [(c.text, c.value) for c in text_claims("He was detained in January and sentenced that December to life.")]
    assert ("December", "--12") in found


def test_an_age_now_told_after_a_name_is_an_age():
    """"Ghergut, now 48, was 39 when he was seized": "now" before the age of a person named."""
    claims = [(c.text, c.category) for c in text_claims("Okonjo, now 52, was a student when he was seized.")]
    assert claims == [("52", "age")]


def test_earlier_before_a_plural_is_part_of_what_is_counted():
    """"three earlier attempts to free them": the attempts are counted ("earlier" after a number is
    an adjective before a plural, an adverb otherwise: "two days earlier")."""
    (claim,) = text_claims("Officials said three earlier attempts to free them had failed.")
    assert claim.subject == "earlier attempts"
    assert [c.subject for c in text_claims("She had arrived two days earlier.")] == [""]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Pistorius Jail Term Raised To 13 Years And 5 Months On Appeal", "13 Years And 5 Months"),
        ("The court deducted the one year and seven months he had already served.", "one year and seven months"),
    ],
)
def test_a_term_in_parts_is_one_claim_in_a_title_and_after_the(text, term):
    assert [c.text for c in joined_terms(text_claims(text))] == [term]


@pytest.mark.parametrize("text", ["20.2 million kroons", "500 lei", "300 leva", "7,500 kuna"])
def test_currencies_of_courts_abroad_are_money(text):
    assert [(c.text, c.category) for c in text_claims(f"The court ordered him to pay {text} in damages.")] == [(text, "money")]


def test_a_part_of_a_length_of_them_is_a_length_in_its_unit():
    """"spent 25 years in prison, 13 of them in solitary confinement": 13 years, not 13 things."""
    claims = text_claims("In all he spent 25 years in prison, 13 of them in solitary confinement.")
    assert [(c.text, c.category, c.unit) for c in claims] == [("25 years", "duration", "year"), ("13", "duration", "year")]
    assert text_claims("It freed 52 prisoners, 13 of them women.")[1].category == "count"


@pytest.mark.parametrize(
    ("written", "code"),
    [("A$6.2 billion", "AUD"), ("HK$11.42", "HKD"), ("C$719,000", "CAD"), ("NZ$4 million", "NZD"), ("US$5", "USD"), ("$5", "USD"),
     ("R$5.61", "BRL"), ("NT$28.4bn", "TWD"), ("MX$950", "MXN"), ("R17.85", "ZAR"), ("P45.50", "peso")],
)  # fmt: skip
def test_a_dollar_named_by_its_countrys_letters_is_that_countrys(written, code):
    (claim,) = text_claims(f"Shares closed at {written}.")
    assert (claim.text, claim.unit) == (written, code)


@pytest.mark.parametrize(
    ("written", "value", "unit"),
    [
        ("N150 million", 150_000_000, "NGN"),
        ("N800m", 800_000_000, "NGN"),
        ("P1.45 million", 1_450_000, "peso"),
        ("P1,000", 1000, "peso"),
        ("R2.5bn", 2_500_000_000, "ZAR"),
        ("Rp 250,000", 250_000, "IDR"),
        ("RM2.6 billion", 2_600_000_000, "MYR"),
        ("KSh 2.3 billion", 2_300_000_000, "shilling"),
        ("₦2 billion", 2_000_000_000, "NGN"),
        ("₱3,000", 3000, "peso"),
    ],
)
def test_a_local_currencys_letters_before_an_amount_make_it_money(written, value, unit):
    """As the press of Nigeria, the Philippines, South Africa, Indonesia, Malaysia and Kenya writes amounts."""
    (claim,) = text_claims(f"The family said it paid {written} to the kidnappers.")
    assert (claim.text, claim.category, claim.value, claim.unit) == (written, "money", value, unit)


@pytest.mark.parametrize(("letters", "name"), [("N150 million", "150 million naira"), ("P1 million", "1 million pesos"), ("R2 million", "2 million rand")])
def test_a_local_currencys_letters_and_its_name_are_one_unit(letters, name):
    (before,), (after,) = text_claims(f"A ransom of {letters} was paid."), text_claims(f"A ransom of {name} was paid.")
    assert (before.value, before.unit) == (after.value, after.unit)


@pytest.mark.parametrize("sentence", ["Staff wore N95 masks.", "He started from P1 on the grid.", "Form N1234 was filed.", "It cost P 5,000."])
def test_a_letter_before_a_code_or_a_small_number_is_no_currency(sentence):
    assert all(claim.category != "money" for claim in text_claims(sentence))


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high"),
    [
        ("He faces as long as a decade in prison.", "as long as a decade", None, 1),
        ("He could face as long as 10 years in prison.", "as long as 10 years", None, 10),
        ("Inflation ran as high as 40% last year.", "as high as 40%", None, 40),
        ("Prices fell as low as $2.", "as low as $2", 2, None),
    ],
)
def test_as_long_high_or_low_as_bounds_a_figure(sentence, text, low, high):
    (claim,) = text_claims(sentence)
    assert (claim.text, claim.low, claim.high) == (text, low, high)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Four lawyers were detained in May 2019; Chen was taken away in July of that year.", "July", "2019-07"),
        ("He was jailed in 2014 and freed in March of the following year.", "March", "2015-03"),
        ("The strike began in 2021, and in June the same year it spread.", "June", "2021-06"),
        ("He was freed in March, his lawyer said.", "March", "--03"),  # no year told: a month of no year
    ],
)
def test_a_month_of_a_year_told_before_it_takes_that_year(sentence, text, value):
    (claim,) = [c for c in text_claims(sentence) if c.text == text]
    assert claim.value == value


@pytest.mark.parametrize(
    ("sentence", "text", "category"),
    [
        ("Among them was a Danish woman of 71 who has diabetes.", "71", "age"),
        ("A boy of nine was among the dead.", "nine", "age"),
        ("The crews of 14 trawlers were freed.", "14", "count"),
        ("The men of 22 ships went home.", "22", "count"),
    ],
)
def test_a_person_of_a_number_is_an_age(sentence, text, category):
    (claim,) = [c for c in text_claims(sentence) if c.text == text]
    assert claim.category == category


@pytest.mark.parametrize(
    ("sentence", "text", "category"),
    [
        ("The poet was first jailed at the age of 23.", "23", "age"),
        ("She enlisted in the navy at 18 and served for a decade.", "18", "age"),
        ("Oduya was abducted by the rebels at 12.", "12", "age"),
        ("At 19, he was drafted into the army.", "19", "age"),
        ("At 19 she left her village for the capital.", "19", "age"),
        ("Now 31, a nurse from Gulu, she runs a clinic.", "31", "age"),
        # no person's age: places counted, a clock's time
        ("Troops arrested 40 people at 10 checkpoints.", "10", "count"),
        ("At 10, the police sealed the square.", "10", "count"),
        ("The hearing began at 10 and ended at noon.", "10", "count"),
    ],
)
def test_an_age_at_an_act_is_an_age(sentence, text, category):
    (claim,) = [c for c in text_claims(sentence) if c.text == text]
    assert claim.category == category


@pytest.mark.parametrize(
    ("sentence", "text", "key"),
    [
        ("Deputies passed the bill by 190 votes to 47.", "47", "vote"),
        ("She received 1,204,117 votes against 987,305 for her rival.", "987,305", "vote"),
        ("The ruling party took 61 seats against 39 for the opposition.", "39", "seat"),
    ],
)
def test_the_second_figure_of_a_tally_counts_what_the_first_does(sentence, text, key):
    (claim,) = [c for c in text_claims(sentence) if c.text == text]
    assert claim.key == key


@pytest.mark.parametrize(
    ("sentence", "text", "category"),
    [
        # a person described, a word between the article and the noun
        ("The Danish nurse, 41, was freed on Monday.", "41", "age"),
        ("His younger brother, 19, was also held.", "19", "age"),
        # two people of one age
        ("Okafor and Mensah, both 27, were released on bail.", "27", "age"),
        # the age at a moment the sentence names
        ("Lindqvist, 58 at the time of his arrest, was held for two years.", "58", "age"),
        # turned an age in a place
        ("The activist, who turned 40 behind bars, was freed.", "40", "age"),
        # the one at an end of a group, and an age at a retirement
        ("The oldest of the freed men was 91.", "91", "age"),
        ("The youngest is 14.", "14", "age"),
        ("The oldest of those to be freed is 85 and has served four years.", "85", "age"),
        ("The colonel retired at 58 and returned to Lima.", "58", "age"),
        # no person: a count and a length stay what they are
        ("The two villages, 12 km apart, were flooded.", "two", "count"),
        ("The last 30 at the camp were moved.", "30", "count"),
        ("The oldest building was 300 years old.", "300 years old", "age"),
        ("Shares peaked at 58 and fell.", "58", "count"),
        # a span of ages after "aged" is ages, as one age after it is
        ("The men, conscripts aged 20 to 22, were in good health.", "20 to 22", "age"),
        ("Prisoners aged 18-25 were freed.", "18-25", "age"),
        ("The men were freed in groups of 20 to 22.", "20 to 22", "count"),
    ],
)
def test_more_ways_news_gives_a_persons_age(sentence, text, category):
    (claim,) = [c for c in text_claims(sentence) if c.text == text]
    assert claim.category == category


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high"),
    [
        ("A total of 400-plus inmates were pardoned.", "400-plus", 400, None),
        ("The group holds 250+ hostages.", "250+", 250, None),
        ("The fleet numbers 30-odd jets.", "30-odd", 30, 40),
        ("A 60-something farmer was freed.", "60-something", 60, 70),
    ],
)
def test_a_count_open_at_its_end(sentence, text, low, high):
    """"400-plus" is 400 or more, "30-odd" more than 30 and short of the next ten: not exactly 400 or 30."""
    [claim] = [c for c in text_claims(sentence) if c.text == text]
    assert (claim.low, claim.high) == (low, high)


@pytest.mark.parametrize(
    ("sentence", "text", "category", "value"),
    [
        ("The package includes a $5.6-billion loan from Japan.", "$5.6-billion", "money", 5_600_000_000),
        ("He paid $1.2-million for the house.", "$1.2-million", "money", 1_200_000),
        ("The 2-million-strong army was mobilised.", "2-million-strong", "count", 2_000_000),
    ],
)
def test_a_scale_word_joined_by_a_hyphen_scales_the_number(sentence, text, category, value):
    """Some outlets join the scale word to the figure ("a $5.6-billion package"): it is 5.6 billion, not 5.6."""
    (claim,) = [c for c in text_claims(sentence) if c.category == category]
    assert (claim.text, claim.value) == (text, value)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("He served three-and-a-half years in jail.", "three-and-a-half years", 3.5),
        ("He spent two-and-a-quarter years in prison.", "two-and-a-quarter years", 2.25),
        ("The six-and-a-half-year sentence was upheld.", "six-and-a-half-year", 6.5),
        ("He served 3-and-a-half years.", "3-and-a-half years", 3.5),
        ("One-and-a-half million people live there.", "One-and-a-half million", 1_500_000),
    ],
)
def test_a_part_of_one_joined_by_hyphens_is_part_of_the_number(sentence, text, value):
    """"three-and-a-half years" is 3.5 years, as "three and a half years" is (written with hyphens it
    had been no claim at all)."""
    (claim,) = text_claims(sentence)
    assert (claim.text, claim.value) == (text, value)


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("He has been in custody since mid-2021.", [("year", "2021", 2021)]),
        ("The scheme ran from early-2020 to late-2021.", [("year", "2020", 2020), ("year", "2021", 2021)]),
        ("The talks were held on 12-13 December in Minsk.", [("date", "12-13 December", "--12-12/13")]),
        ("The fair runs 20–24 September, 2025.", [("date", "20–24 September, 2025", "2025-09-20/24")]),
        ("The COVID-19 pandemic and the F-16 deal came up.", []),
    ],
)
def test_a_year_after_a_part_of_it_and_days_before_their_month_are_times(sentence, texts):
    """"since mid-2021" is a year (a hyphen after a letter otherwise glues a number to a name:
    "COVID-19"); "12-13 December" is one date of two days, as "Sept. 20-24" is, not a count and a day."""
    assert [(c.category, c.text, c.value) for c in text_claims(sentence)] == texts


def test_about_a_fraction_is_about_it_within_the_fraction_not_a_tenth_of_a_point():
    """ "about two-thirds of the vote" is 66.7 told to the span "two-thirds" allows (66 to 67), so
    "67 percent" lies within it; "about 84%" stays 83 to 85."""
    (third,) = text_claims("The opposition says its candidate won about two-thirds of the vote.")
    assert third.low <= 67 <= third.high and third.high - third.low < 3
    (plain,) = text_claims("The opposition says its candidate won about 84% of the vote.")
    assert (plain.low, plain.high) == (83, 85)


@pytest.mark.parametrize(
    "sentence, text, days",
    [
        ("The exchange ended on Sunday, two full weeks after it began.", "two full weeks", 14),
        ("He came home after three long years in prison.", "three long years", 3 * 365.25),
        ("The strike lasted five whole days.", "five whole days", 5),
    ],
)
def test_a_length_of_time_with_full_long_or_whole_before_its_unit_is_a_duration(sentence, text, days):
    (claim,) = [c for c in text_claims(sentence) if c.category == "duration"]
    assert claim.text == text
    assert claim.value * claim.factor == pytest.approx(days * 86400, rel=0.01)


@pytest.mark.parametrize(
    "sentence, text, days",
    [
        ("The lawyers were allowed an hour-long visit.", "hour-long", 1 / 24),
        ("A week-long truce began at dawn.", "week-long", 7),
        ("The Year-Long Siege Of The Town Ends", "Year-Long", 365.25),
        ("The decade-long war left the region in ruins.", "decade-long", 3652.5),
    ],
)
def test_a_unit_of_time_made_an_adjective_with_long_is_one_unit(sentence, text, days):
    """ "an hour-long visit", "a week-long truce": the word gives the length of what it describes,
    one unit (a 30-minute visit against an hour-long one is a length that changed)."""
    (claim,) = text_claims(sentence)
    assert (claim.category, claim.text) == ("duration", text)
    assert claim.value * claim.factor == pytest.approx(days * 86400, rel=0.01)


def test_a_plural_unit_made_an_adjective_with_long_gives_no_figure():
    """ "hours-long talks", "years-long campaign": some hours, some years, no figure."""
    assert text_claims("The hours-long talks ended in a years-long truce.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a change by an amount, then the level it reached, however the amount is qualified
        ("The backlog of cases shrank by about 40,000 to 118,000.", [("about 40,000", 40000), ("118,000", 118000)]),
        ("Spending rose by a combined £12m to £49.6m.", [("£12m", 12000000), ("£49.6m", 49600000)]),
        ("Farm incomes dropped by an average of £18,000 to £43,500.", [("£18,000", 18000), ("£43,500", 43500)]),
        # a span of figures, whatever noun stands before it
        ("Losses ranged from €2m to €19m.", [("€2m to €19m", None)]),
        # a goal's name, no quantity
        ("The government kept its goal of reaching net zero within 25 years.", [("25 years", 25)]),
    ],
)
def test_changes_spans_and_names_of_goals(sentence, expected):
    assert [(c.text, c.value) for c in text_claims(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "level", "direction"),
    [
        ("Unemployment rose to 4.3%, with 1.52 million people out of work, 93,000 more than in the previous quarter.", "1.52 million", "up"),
        ("Police recorded 6.7 million crimes in the 12 months to June, a 3% fall.", "6.7 million", "down"),
        ("Nearly 7,000 patients waited more than 12 hours, 1,100 more than in October.", "1,100", "up"),
    ],
)
def test_a_level_told_with_its_change_since_an_earlier_time_takes_its_direction(sentence, level, direction):
    (claim,) = [c for c in text_claims(sentence) if c.text.endswith(level)]
    assert claim.direction == direction


def test_several_dozen_is_a_span_of_dozens():
    (several,) = text_claims("Several dozen protesters were killed.")
    assert (several.low, several.high) == (36, 143)
    (few,) = text_claims("A few dozen people gathered.")
    assert (few.low, few.high) == (24, 143)
