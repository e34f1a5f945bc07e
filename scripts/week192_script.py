"""A nurse practitioner's ten days in Pittsburgh, written in the fifty-fourth session and
scored before any change for it: a first house (pre-approval, an inspection, closing
costs), her dog's torn knee ligament (the surgery's cost, the recovery), her sister's
bachelorette weekend in Nashville (a rental, what to do), learning to knit her first
sweater, and a cheaper phone plan. Between them she reads Gmail, CNN, YouTube and Reddit,
and one article from CNN's front page. Searches go to Google and Bing.
Used by make_week_history.py (``week192``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import (
    BING,
    GOOGLE,
    Step,
    day,
    forum,
    gmail_message,
    mail,
    page,
    search,
    tab,
    video_home,
)

ADDRESS = "dana.kowalczyk.np@gmail.com"
IK = "4e7a91c02d"


def cnn(article: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [
        ("goto", "https://www.cnn.com/", "Breaking News, Latest News and Videos | CNN", None)
    ]
    if article:
        steps.append(("click", f"https://www.cnn.com/{article[0]}", article[1], None))
    return steps


STEPS: list[Step] = [
    day("1 06:50"),
    *cnn(),
    *mail(),
    day("1 12:30"),
    search(GOOGLE, "mortgage preapproval first time home buyer pennsylvania", "house"),
    page(
        "https://www.phfa.org/programs/",
        "Homebuyer Programs | PHFA",
        "house",
    ),
    *tab(
        "https://www.nerdwallet.com/article/mortgages/mortgage-preapproval",
        "Mortgage Preapproval: What It Is and How to Get One - NerdWallet",
        "house",
    ),
    day("1 20:15"),
    search(BING, "dog torn acl tplo surgery cost", "dog"),
    page(
        "https://www.akc.org/expert-advice/health/acl-injuries-in-dogs/",
        "ACL Injuries in Dogs: Symptoms, Treatment and Recovery - American Kennel Club",
        "dog",
    ),
    *tab(
        "https://www.petmd.com/dog/conditions/musculoskeletal/tplo-surgery-dogs",
        "TPLO Surgery for Dogs: Cost and Recovery | PetMD",
        "dog",
    ),
    day("2 07:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        IK,
        "1812977301456622981",
        "Kayla's Bach Weekend!!! Nashville, March 12-14",
        "bach",
    ),
    search(GOOGLE, "nashville airbnb for 8 people near broadway", "bach"),
    page(
        "https://www.airbnb.com/nashville-tn/stays/large-groups",
        "Large Group Rentals in Nashville - Airbnb",
        "bach",
    ),
    day("2 13:00"),
    search(GOOGLE, "easy first sweater knitting pattern top down raglan", "knit"),
    page(
        "https://www.ravelry.com/patterns/library/flax",
        "Ravelry: Flax pattern by Tin Can Knits",
        "knit",
    ),
    day("2 21:40"),
    *video_home(),
    search(BING, "mint mobile vs visible coverage pittsburgh", "phone"),
    page(
        "https://www.cnet.com/tech/mobile/mint-mobile-vs-visible/",
        "Mint Mobile vs. Visible: Which Cheap Carrier Is Best? - CNET",
        "phone",
    ),
    day("3 07:00"),
    *cnn(
        (
            "2027/03/03/business/mortgage-rates-fall/index.html",
            "Mortgage rates fall for a third week | CNN Business",
        )
    ),
    day("3 12:40"),
    search(GOOGLE, "home inspection what do inspectors look for older house", "house"),
    page(
        "https://www.bankrate.com/real-estate/home-inspection-checklist/",
        "Home Inspection Checklist: What To Look For | Bankrate",
        "house",
    ),
    day("3 19:20"),
    search(GOOGLE, "how long can a dog wait for cruciate ligament surgery", "dog"),
    page(
        "https://www.reddit.com/r/DogAdvice/comments/1c2pq8z/how_long_did_you_wait_for_tplo/",
        "How long did you wait for TPLO? : r/DogAdvice",
        "dog",
    ),
    search(GOOGLE, "pet insurance pre existing condition knee", "dog"),
    page(
        "https://www.forbes.com/advisor/pet-insurance/pre-existing-conditions/",
        "Does Pet Insurance Cover Pre-Existing Conditions? - Forbes Advisor",
        "dog",
    ),
    day("4 09:10"),
    *mail(),
    search(BING, "bachelorette party things to do nashville besides broadway", "bach"),
    page(
        "https://www.visitmusiccity.com/things-to-do/bachelorette-parties",
        "Nashville Bachelorette Party Ideas | Visit Music City",
        "bach",
    ),
    *tab(
        "https://www.pedaltavern.com/",
        "Nashville Pedal Tavern | Party Bike Tours",
        "bach",
    ),
    day("4 14:30"),
    search(GOOGLE, "worsted weight wool yarn for sweater how many yards", "knit"),
    page(
        "https://www.knitpicks.com/yarn/wool-of-the-andes-worsted-yarn/c/5410220",
        "Wool of the Andes Worsted Yarn | KnitPicks",
        "knit",
    ),
    day("4 20:00"),
    *forum(),
    day("5 07:15"),
    *cnn(),
    day("5 12:10"),
    *mail(),
    *gmail_message(
        ADDRESS,
        IK,
        "1813102256617709344",
        "Inspection scheduled: 412 Kenmont Ave - Thursday 10am",
        "house",
    ),
    search(GOOGLE, "radon testing pittsburgh home purchase", "house"),
    page(
        "https://www.dep.pa.gov/Business/RadiationProtection/Radon/Pages/default.aspx",
        "Radon - Pennsylvania Department of Environmental Protection",
        "house",
    ),
    day("5 18:45"),
    search(BING, "keep phone number when switching carriers port out pin verizon", "phone"),
    page(
        "https://www.verizon.com/support/knowledge-base-222490/",
        "Number Transfer PIN - Port Out | Verizon",
        "phone",
    ),
    day("6 10:00"),
    search(GOOGLE, "tplo recovery week by week crate rest", "dog"),
    page(
        "https://www.vca.com/tplo-recovery",
        "TPLO Recovery Timeline | VCA Animal Hospitals",
        "dog",
    ),
    *tab(
        "https://www.chewy.com/b/dog-crates-370",
        "Dog Crates & Kennels | Chewy",
        "dog",
    ),
    day("6 15:20"),
    search(GOOGLE, "knitting gauge swatch how to measure stitches per inch", "knit"),
    page(
        "https://www.purlsoho.com/create/gauge-swatch/",
        "How to Knit a Gauge Swatch | Purl Soho",
        "knit",
    ),
    day("7 08:05"),
    *video_home(),
    *mail(),
    day("7 12:50"),
    search(BING, "closing costs pennsylvania buyer transfer tax", "house"),
    page(
        "https://www.rocketmortgage.com/learn/closing-costs-in-pennsylvania",
        "Closing Costs in Pennsylvania: What Buyers Pay | Rocket Mortgage",
        "house",
    ),
    day("7 19:30"),
    search(GOOGLE, "matching bachelorette shirts custom cheap fast shipping", "bach"),
    page(
        "https://www.customink.com/ideas/bachelorette-party-shirts",
        "Bachelorette Party Shirts - Design Custom Shirts | Custom Ink",
        "bach",
    ),
    day("8 07:20"),
    *cnn(),
    search(GOOGLE, "t-mobile prepaid vs mint mobile same network", "phone"),
    page(
        "https://www.reddit.com/r/NoContract/comments/1b9zt4k/mint_vs_tmobile_prepaid/",
        "Mint vs T-Mobile prepaid : r/NoContract",
        "phone",
    ),
    day("8 13:10"),
    search(GOOGLE, "picking up stitches for neckband knit sweater", "knit"),
    page(
        "https://www.youtube.com/watch?v=Qb3kT2mL8pA",
        "How to Pick Up Stitches for a Neckband - YouTube",
        "knit",
    ),
    day("8 20:40"),
    search(BING, "best pittsburgh vet surgeon tplo second opinion", "dog"),
    page(
        "https://www.pittsburghvet.com/services/surgery",
        "Veterinary Surgery | Pittsburgh Veterinary Specialty & Emergency Center",
        "dog",
    ),
    day("9 09:00"),
    *forum(),
    search(GOOGLE, "seller credit for repairs after inspection foundation crack", "house"),
    page(
        "https://www.investopedia.com/seller-concessions-5093284",
        "Seller Concessions: What They Are and How They Work - Investopedia",
        "house",
    ),
    day("9 16:30"),
    search(GOOGLE, "nashville brunch reservation large group saturday", "bach"),
    page(
        "https://www.opentable.com/nashville-restaurants-large-parties",
        "Nashville Restaurants for Large Parties | OpenTable",
        "bach",
    ),
    day("10 08:10"),
    *mail(),
    search(BING, "mint mobile esim activation iphone keep number", "phone"),
    page(
        "https://www.mintmobile.com/help/how-to-activate-esim/",
        "How to Activate eSIM | Mint Mobile",
        "phone",
    ),
    day("10 19:50"),
    *video_home(),
]
