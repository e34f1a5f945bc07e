"""A mechanical engineer's ten days in Detroit, on his own laptop at home and at work,
written in the thirty-second session, and scored before any change for it: two problems at
work (a tolerance stack-up, SolidWorks crashing on a large assembly), his son's youth hockey
gear, the basement to finish (a permit, an egress window), and his employee stock purchase
plan on the tax return. Between them he watches Red Wings highlights from YouTube's front
page and reads the team's subreddit, which belong to no task and say "hockey" as the gear
does. Gmail, the Detroit Free Press and YouTube's front page are opened most days. Searches
go to Google and Bing.
Used by make_week_history.py (``week116``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, video_home

ADDRESS = "dan.kowalczyk.me@gmail.com"
INBOX = "5a2c8e6f14"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (6) - {ADDRESS} - Gmail", None)]


def freep() -> list[Step]:
    return [("goto", "https://www.freep.com/", "Detroit Free Press", None)]


def highlights(video: str, title: str) -> list[Step]:
    return [
        *video_home(),
        ("click", f"https://www.youtube.com/watch?v={video}", title, None),
    ]


def wings() -> list[Step]:
    return [
        (
            "goto",
            "https://www.reddit.com/r/DetroitRedWings/",
            "Detroit Red Wings : r/DetroitRedWings",
            None,
        )
    ]


STEPS: list[Step] = [
    day("1 07:30"),
    *mail(),
    *freep(),
    day("1 09:40"),
    search(GOOGLE, "tolerance stack up worst case vs rss", "stackup"),
    page(
        "https://www.engineersedge.com/manufacturing/tolerance_stack_up_analysis.htm",
        "Tolerance Stack Up Analysis - Engineers Edge",
        "stackup",
    ),
    search(GOOGLE, "rss tolerance stack example with 6 parts excel", "stackup"),
    page(
        "https://www.reddit.com/r/MechanicalEngineering/comments/1g7h8i9/rss_stackup_spreadsheet/",
        "RSS stack-up spreadsheet - how do you set yours up? : r/MechanicalEngineering",
        "stackup",
    ),
    day("1 14:20"),
    search(GOOGLE, "solidworks crashes opening large assembly", "solidworks"),
    page(
        "https://forum.solidworks.com/s/question/0D54u00007abcdE/solidworks-crash-large-assembly",
        "SolidWorks crashing when opening large assembly - SOLIDWORKS Forums",
        "solidworks",
    ),
    search(GOOGLE, "solidworks large assembly mode settings lightweight", "solidworks"),
    page(
        "https://help.solidworks.com/2025/english/SolidWorks/sldworks/c_large_assembly_mode.htm",
        "Large Assembly Mode - 2025 - SOLIDWORKS Help",
        "solidworks",
    ),
    day("1 20:30"),
    *highlights("rW8hL1ght5a", "RED WINGS at MAPLE LEAFS | FULL GAME HIGHLIGHTS - YouTube"),
    search(BING, "youth hockey skates sizing bauer vs ccm", "hockey"),
    page(
        "https://www.purehockey.com/c/youth-hockey-skates-sizing-guide",
        "Youth Hockey Skate Sizing Guide | Pure Hockey",
        "hockey",
    ),
    day("2 07:35"),
    *mail(),
    *freep(),
    day("2 10:00"),
    search(GOOGLE, "gd&t position tolerance bonus tolerance mmc explained", "stackup"),
    page(
        "https://www.gdandtbasics.com/position/",
        "Position | GD&T Basics",
        "stackup",
    ),
    day("2 19:45"),
    search(GOOGLE, "finish basement permit detroit cost", "basement"),
    page(
        "https://detroitmi.gov/departments/buildings-safety-engineering-and-environmental-department/permits",
        "Permits | City of Detroit",
        "basement",
    ),
    search(GOOGLE, "egress window requirements michigan basement bedroom", "basement"),
    page(
        "https://www.reddit.com/r/HomeImprovement/comments/1h8i9j0/egress_window_michigan/",
        "Egress window needed for basement bedroom in Michigan? : r/HomeImprovement",
        "basement",
    ),
    day("3 07:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1864700112233445501",
        "Fidelity: Your ESPP purchase confirmation and Form 3922",
        "espp",
    ),
    *freep(),
    day("3 15:00"),
    search(GOOGLE, "solidworks graphics card certified driver rtx a2000", "solidworks"),
    page(
        "https://www.solidworks.com/support/hardware-certification",
        "Hardware & System Requirements | SOLIDWORKS",
        "solidworks",
    ),
    day("3 20:15"),
    search(BING, "espp disqualifying disposition tax how it works", "espp"),
    page(
        "https://www.fidelity.com/learning-center/personal-finance/espp-taxes",
        "ESPP taxes: qualifying vs disqualifying dispositions | Fidelity",
        "espp",
    ),
    search(BING, "form 3922 what to do with it turbotax", "espp"),
    page(
        "https://ttlc.intuit.com/turbotax-support/en-us/help-article/form-3922/",
        "What do I do with Form 3922? - TurboTax Support",
        "espp",
    ),
    day("4 07:35"),
    *mail(),
    *freep(),
    day("4 12:30"),
    *wings(),
    day("4 20:00"),
    search(BING, "used hockey gear detroit play it again sports", "hockey"),
    page(
        "https://www.playitagainsportsdetroit.com/hockey",
        "Hockey Equipment | Play It Again Sports Detroit",
        "hockey",
    ),
    search(BING, "youth hockey helmet hecc certified with cage", "hockey"),
    page(
        "https://www.amazon.com/s?k=youth+hockey+helmet+hecc+cage",
        "Amazon.com : youth hockey helmet hecc cage",
        "hockey",
    ),
    day("5 07:30"),
    *mail(),
    *video_home(),
    day("5 10:20"),
    search(GOOGLE, "asme y14.5 2018 datum reference frame changes", "stackup"),
    page(
        "https://www.asme.org/codes-standards/find-codes-standards/y14-5-dimensioning-tolerancing",
        "Y14.5 - Dimensioning and Tolerancing - ASME",
        "stackup",
    ),
    day("5 19:30"),
    search(GOOGLE, "drywall vs paneling basement moisture", "basement"),
    page(
        "https://www.familyhandyman.com/project/finishing-basement-walls/",
        "How to Finish Basement Walls | Family Handyman",
        "basement",
    ),
    search(GOOGLE, "rigid foam board on concrete walls before framing", "basement"),
    page(
        "https://www.buildingscience.com/documents/insights/bsi-089-basement-insulation",
        "Basement Insulation | Building Science Corporation",
        "basement",
    ),
    day("6 09:30"),
    *highlights("rW8hL1ght5b", "RED WINGS vs BRUINS | HIGHLIGHTS - YouTube"),
    day("6 11:00"),
    search(BING, "how to tie hockey skates tight for kids", "hockey"),
    page(
        "https://www.youtube.com/watch?v=t1eSk8t3s0k",
        "How to Tie Hockey Skates (Kids) - YouTube",
        "hockey",
    ),
    day("6 16:00"),
    search(GOOGLE, "turbotax espp cost basis adjustment 1099-b", "espp"),
    page(
        "https://www.reddit.com/r/tax/comments/1i9j0k1/espp_cost_basis_wrong_on_1099b/",
        "ESPP cost basis wrong on 1099-B, how to adjust? : r/tax",
        "espp",
    ),
    day("7 07:30"),
    *mail(),
    *freep(),
    day("7 11:15"),
    search(GOOGLE, "solidworks speedpak vs defeature large assembly", "solidworks"),
    page(
        "https://www.javelin-tech.com/blog/2023/02/solidworks-speedpak-vs-defeature/",
        "SOLIDWORKS SpeedPak vs Defeature | Javelin",
        "solidworks",
    ),
    day("7 20:00"),
    search(GOOGLE, "egress window well installation cost michigan", "basement"),
    page(
        "https://www.homeadvisor.com/cost/doors/install-an-egress-window/",
        "2027 Egress Window Installation Cost | HomeAdvisor",
        "basement",
    ),
    day("8 07:35"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1864700112233445502",
        "Little Caesars AAA youth hockey: equipment check Saturday",
        "hockey",
    ),
    *freep(),
    day("8 12:40"),
    *wings(),
    day("8 14:30"),
    search(GOOGLE, "monte carlo tolerance analysis python numpy", "stackup"),
    page(
        "https://stackoverflow.com/questions/61234567/monte-carlo-tolerance-stack-up-python",
        "numpy - Monte Carlo tolerance stack-up in Python - Stack Overflow",
        "stackup",
    ),
    day("9 07:30"),
    *mail(),
    *video_home(),
    day("9 19:50"),
    search(BING, "hockey shin guards size chart youth", "hockey"),
    page(
        "https://www.bauer.com/pages/size-charts",
        "Size Charts | Bauer Hockey",
        "hockey",
    ),
    day("10 08:00"),
    *mail(),
    *freep(),
    day("10 10:30"),
    *highlights("rW8hL1ght5c", "RED WINGS at LIGHTNING | FULL GAME HIGHLIGHTS - YouTube"),
    day("10 15:30"),
    search(GOOGLE, "basement bathroom rough in ejector pit permit detroit", "basement"),
    page(
        "https://www.reddit.com/r/Detroit/comments/1j0k1l2/basement_bathroom_permit/",
        "Anyone pull a permit for a basement bathroom? : r/Detroit",
        "basement",
    ),
]
