"""A statistics student's ten days in Toronto, on her laptop, written in the thirtieth
session after steps 57 and 58, and scored before any change for it: an exchange semester
in Amsterdam to apply for, an R assignment whose plots fail, a part-time job at a cafe,
winter boots, her sublet's roommate trouble, and a concert trip to Montreal. Instagram,
YouTube and her university mail are opened most days. Searches go to Google and Bing.
Used by make_week_history.py (``week104``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, SO, Step, day, outlook_message, page, search, video_home

MAIL = "https://outlook.office.com/mail/"


def mail() -> list[Step]:
    return [("goto", MAIL, "Mail - Zoe Tremblay - Outlook", None)]


def insta() -> list[Step]:
    return [("goto", "https://www.instagram.com/", "Instagram", None)]


STEPS: list[Step] = [
    day("1 09:00"),
    *mail(),
    *insta(),
    day("1 11:00"),
    search(GOOGLE, "ggplot2 error aesthetics must be either length 1 or the same as the data", "r"),
    page(
        f"{SO}/42251893/ggplot2-error-aesthetics-must-be-either-length-1-or-the-same-as-the-data",
        "r - Error: Aesthetics must be either length 1 or the same as the data - Stack Overflow",
        "r",
    ),
    search(GOOGLE, "geom_bar stat identity vs count", "r"),
    page(
        "https://ggplot2.tidyverse.org/reference/geom_bar.html",
        "Bar charts — geom_bar • ggplot2",
        "r",
    ),
    day("1 15:00"),
    search(BING, "uoft exchange program university of amsterdam deadline", "exchange"),
    page(
        "https://learningabroad.utoronto.ca/exchange-partners/university-of-amsterdam/",
        "University of Amsterdam | Learning Abroad - University of Toronto",
        "exchange",
    ),
    day("1 21:00"),
    *video_home(),
    day("2 09:00"),
    *mail(),
    day("2 12:00"),
    search(GOOGLE, "barista part time jobs toronto no experience", "job"),
    page(
        "https://ca.indeed.com/q-barista-no-experience-l-toronto,-on-jobs.html",
        "Barista No Experience Jobs in Toronto, ON - Indeed",
        "job",
    ),
    search(GOOGLE, "cafe job resume with no work experience student", "job"),
    page(
        "https://www.indeed.com/career-advice/resumes-cover-letters/barista-resume-no-experience",
        "How To Write a Barista Resume With No Experience | Indeed.com",
        "job",
    ),
    day("2 19:00"),
    search(BING, "warm waterproof winter boots women toronto slush", "boots"),
    page(
        "https://www.blogto.com/fashion_style/2025/11/best-winter-boots-toronto/",
        "The best winter boots in Toronto - blogTO",
        "boots",
    ),
    day("3 09:00"),
    *mail(),
    *insta(),
    day("3 13:00"),
    search(GOOGLE, "roommate not paying share of hydro bill sublet ontario", "roommate"),
    page(
        "https://www.reddit.com/r/askTO/comments/17s2kq1/roommate_wont_pay_hydro_what_can_i_do/",
        "Roommate won't pay hydro, what can I do? : r/askTO",
        "roommate",
    ),
    day("3 16:00"),
    search(GOOGLE, "r pivot_longer multiple columns names_sep", "r"),
    page(
        "https://tidyr.tidyverse.org/reference/pivot_longer.html",
        "Pivot data from wide to long — pivot_longer • tidyr",
        "r",
    ),
    day("3 22:00"),
    *video_home(),
    day("4 09:00"),
    *mail(),
    *outlook_message(
        MAIL,
        "Zoe Tremblay",
        "AAMkAGI2TG93AAA1",
        "Exchange application: statement of purpose and transcript due Friday",
        "exchange",
    ),
    day("4 11:00"),
    search(BING, "statement of purpose exchange semester example why amsterdam", "exchange"),
    page(
        "https://www.studyinholland.nl/plan-your-studies/write-a-motivation-letter",
        "How to write a motivation letter | Study in NL",
        "exchange",
    ),
    day("4 18:00"),
    search(GOOGLE, "sorel vs blundstone winter toronto", "boots"),
    page(
        "https://www.reddit.com/r/askTO/comments/10c4n2k/sorel_or_blundstone_for_winter/",
        "Sorel or Blundstone for winter? : r/askTO",
        "boots",
    ),
    day("5 09:00"),
    *mail(),
    *insta(),
    day("5 14:00"),
    search(GOOGLE, "osheaga or ile soniq tickets montreal august", "concert"),
    page(
        "https://www.ticketmaster.ca/discover/concerts/montreal",
        "Montreal Concert Tickets | Ticketmaster CA",
        "concert",
    ),
    search(GOOGLE, "via rail toronto to montreal student discount", "concert"),
    page(
        "https://www.viarail.ca/en/offers/deals-and-discounts/youth-discount",
        "Youth discount | VIA Rail",
        "concert",
    ),
    day("5 20:00"),
    search(GOOGLE, "how to talk to roommate about cleaning without fighting", "roommate"),
    page(
        "https://www.apartmentguide.com/blog/how-to-talk-to-roommate-about-cleaning/",
        "How to Talk to Your Roommate About Cleaning | Apartment Guide",
        "roommate",
    ),
    day("6 09:00"),
    *mail(),
    day("6 12:00"),
    search(GOOGLE, "facet_wrap free scales labels cut off", "r"),
    page(
        f"{SO}/18046051/setting-individual-axis-limits-with-facet-wrap-and-scales-free",
        "r - Setting individual axis limits with facet_wrap and scales = free - Stack Overflow",
        "r",
    ),
    day("6 16:00"),
    search(BING, "what to say in cafe interview why do you want to work here", "job"),
    page(
        "https://www.thebalancemoney.com/barista-interview-questions-2061328",
        "Barista Interview Questions and Answers - The Balance",
        "job",
    ),
    day("6 22:00"),
    *video_home(),
    day("7 09:00"),
    *mail(),
    *insta(),
    day("7 11:00"),
    search(GOOGLE, "amsterdam student housing duwo exchange students", "exchange"),
    page(
        "https://www.duwo.nl/en/international-students/",
        "International students | DUWO",
        "exchange",
    ),
    search(GOOGLE, "dutch residence permit canadian student 5 months", "exchange"),
    page(
        "https://ind.nl/en/residence-permits/study/study-at-university",
        "Study at a university | IND",
        "exchange",
    ),
    day("7 19:00"),
    search(GOOGLE, "hostels montreal plateau cheap weekend", "concert"),
    page(
        "https://www.hostelworld.com/st/hostels/north-america/canada/montreal/",
        "Hostels in Montreal | Hostelworld",
        "concert",
    ),
    day("8 09:00"),
    *mail(),
    *outlook_message(
        MAIL,
        "Zoe Tremblay",
        "AAMkAGI2TG93AAA2",
        "Interview invitation - Balzac's Coffee, Distillery District",
        "job",
    ),
    day("8 15:00"),
    search(BING, "landlord tenant board roommate sublet rights ontario", "roommate"),
    page(
        "https://tribunalsontario.ca/ltb/faqs/",
        "Frequently Asked Questions - Landlord and Tenant Board",
        "roommate",
    ),
    day("8 21:00"),
    *video_home(),
    day("9 09:00"),
    *mail(),
    *insta(),
    day("9 13:00"),
    search(GOOGLE, "r markdown knit pdf error latex not found tinytex", "r"),
    page(
        "https://yihui.org/tinytex/r/",
        "TinyTeX: Install TinyTeX from R - Yihui Xie",
        "r",
    ),
    day("9 18:00"),
    search(GOOGLE, "winter boots sale toronto eaton centre", "boots"),
    page(
        "https://www.sportchek.ca/categories/women/footwear/winter-boots.html",
        "Women's Winter Boots | Sport Chek",
        "boots",
    ),
    day("10 09:00"),
    *mail(),
    day("10 12:00"),
    search(BING, "exchange semester budget amsterdam monthly cost student", "exchange"),
    page(
        "https://www.uva.nl/en/education/practical-information/cost-of-living",
        "Cost of living - University of Amsterdam",
        "exchange",
    ),
    day("10 20:00"),
    *insta(),
]
