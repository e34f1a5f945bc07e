"""A data scientist's ten days in Boston, on her own laptop at home and at work, written in
the thirty-second session, and scored before any change for it: two problems at work (a
pandas merge out of memory, an A/B test read too early), noise-cancelling headphones to
buy, her flat's rent rise at the lease's renewal, learning the guitar's barre chords, and a
wedding gift for her sister. Both work problems are in Python; Amazon, Reddit and YouTube
serve four tasks; several side steps share no word with their task. Gmail, the Boston
Globe and YouTube's front page are opened most days. Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week115``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, video_home

ADDRESS = "priya.raman.data@gmail.com"
INBOX = "3f9d1b7a20"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (9) - {ADDRESS} - Gmail", None)]


def globe() -> list[Step]:
    return [
        (
            "goto",
            "https://www.bostonglobe.com/",
            "Boston Globe: Breaking Local, National, and World News",
            None,
        )
    ]


STEPS: list[Step] = [
    day("1 08:00"),
    *mail(),
    *globe(),
    day("1 10:15"),
    search(GOOGLE, "pandas merge memory error large dataframe", "pandas"),
    page(
        "https://stackoverflow.com/questions/47386405/memoryerror-when-i-merge-two-pandas-data-frames",
        "python - MemoryError when I merge two Pandas data frames - Stack Overflow",
        "pandas",
    ),
    search(GOOGLE, "pandas merge categorical dtype reduce memory", "pandas"),
    page(
        "https://pandas.pydata.org/docs/user_guide/scale.html",
        "Scaling to large datasets — pandas documentation",
        "pandas",
    ),
    day("1 14:30"),
    search(GOOGLE, "ab test peeking problem sequential testing", "abtest"),
    page(
        "https://www.evanmiller.org/how-not-to-run-an-ab-test.html",
        "How Not To Run an A/B Test – Evan Miller",
        "abtest",
    ),
    search(GOOGLE, "always valid p values msprt python", "abtest"),
    page(
        "https://github.com/search?q=msprt+python&type=repositories",
        "Repository search results · GitHub",
        "abtest",
    ),
    day("1 20:45"),
    search(DDG, "sony wh-1000xm6 vs bose quietcomfort ultra", "headphones"),
    page(
        "https://www.rtings.com/headphones/tools/compare/sony-wh-1000xm6-vs-bose-quietcomfort-ultra/",
        "Sony WH-1000XM6 vs Bose QuietComfort Ultra Side-by-Side Comparison - RTINGS.com",
        "headphones",
    ),
    day("2 07:50"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1864600112233445501",
        "Lease renewal offer for Unit 3B - 14 Peterborough St",
        "lease",
    ),
    *globe(),
    day("2 11:00"),
    search(GOOGLE, "dask vs polars for 50gb csv join", "pandas"),
    page(
        "https://www.reddit.com/r/dataengineering/comments/1c2d3e4/dask_vs_polars_for_large_joins/",
        "Dask vs Polars for large joins? : r/dataengineering",
        "pandas",
    ),
    search(GOOGLE, "polars lazy join streaming out of memory", "pandas"),
    page(
        "https://docs.pola.rs/user-guide/concepts/streaming/",
        "Streaming - Polars user guide",
        "pandas",
    ),
    day("2 19:30"),
    search(GOOGLE, "how much can landlord raise rent massachusetts", "lease"),
    page(
        "https://www.mass.gov/info-details/rent-increases",
        "Rent increases | Mass.gov",
        "lease",
    ),
    search(GOOGLE, "negotiate rent increase lease renewal letter template", "lease"),
    page(
        "https://www.apartmentlist.com/renter-life/how-to-negotiate-rent-renewal",
        "How to Negotiate Rent When Renewing Your Lease | Apartment List",
        "lease",
    ),
    day("2 21:10"),
    search(DDG, "f barre chord buzzing tips beginner", "guitar"),
    page(
        "https://www.justinguitar.com/guitar-lessons/f-barre-chord-bc-151",
        "F Barre Chord | JustinGuitar.com",
        "guitar",
    ),
    page(
        "https://www.youtube.com/watch?v=bArReF151jg",
        "Why Your Barre Chords Buzz (and How to Fix It) - YouTube",
        "guitar",
    ),
    day("3 08:00"),
    *mail(),
    *video_home(),
    day("3 13:40"),
    search(GOOGLE, "cuped variance reduction python example", "abtest"),
    page(
        "https://www.statsig.com/blog/cuped",
        "CUPED Explained | Statsig",
        "abtest",
    ),
    search(GOOGLE, "bonferroni vs holm correction multiple metrics", "abtest"),
    page(
        "https://stats.stackexchange.com/questions/53866/holm-bonferroni-vs-bonferroni",
        "multiple comparisons - Holm-Bonferroni vs Bonferroni - Cross Validated",
        "abtest",
    ),
    day("3 20:00"),
    search(GOOGLE, "zola registry find a couple", "gift"),
    page(
        "https://www.zola.com/find-a-couple",
        "Find a Couple's Wedding Registry | Zola",
        "gift",
    ),
    search(GOOGLE, "unique wedding gifts for sister under 150", "gift"),
    page(
        "https://www.theknot.com/content/wedding-gifts-for-sister",
        "40 Wedding Gifts for Your Sister She'll Love | The Knot",
        "gift",
    ),
    day("4 07:55"),
    *mail(),
    *globe(),
    day("4 10:40"),
    search(GOOGLE, "ec2 r6i instance memory pricing", "pandas"),
    page(
        "https://aws.amazon.com/ec2/instance-types/r6i/",
        "Amazon EC2 R6i Instances - Amazon Web Services",
        "pandas",
    ),
    day("4 21:00"),
    search(DDG, "best buy price match sony headphones", "headphones"),
    page(
        "https://www.bestbuy.com/site/help-topics/price-match-guarantee/pcmcat290300050002.c",
        "Price Match Guarantee - Best Buy",
        "headphones",
    ),
    search(DDG, "xm6 multipoint laptop and phone same time", "headphones"),
    page(
        "https://www.reddit.com/r/sony/comments/1d4e5f6/xm6_multipoint_issues/",
        "XM6 multipoint with laptop + phone? : r/sony",
        "headphones",
    ),
    day("5 08:00"),
    *mail(),
    *video_home(),
    day("5 19:15"),
    search(GOOGLE, "boston average rent increase 2027 back bay fenway", "lease"),
    page(
        "https://www.boston.com/real-estate/renting/2027/boston-rent-report/",
        "Boston rent report: how much rents rose this year - Boston.com",
        "lease",
    ),
    day("5 21:00"),
    search(DDG, "best acoustic guitar strings light gauge for beginners", "guitar"),
    page(
        "https://www.amazon.com/s?k=acoustic+guitar+strings+light",
        "Amazon.com : acoustic guitar strings light",
        "guitar",
    ),
    search(DDG, "which capo to buy kyser vs shubb", "guitar"),
    page(
        "https://www.reddit.com/r/Guitar/comments/1e5f6g7/kyser_or_shubb_capo/",
        "Kyser or Shubb capo? : r/Guitar",
        "guitar",
    ),
    day("6 10:30"),
    *video_home(),
    search(GOOGLE, "etsy custom engraved cutting board wedding", "gift"),
    page(
        "https://www.etsy.com/market/custom_engraved_cutting_board_wedding",
        "Custom Engraved Cutting Board Wedding - Etsy",
        "gift",
    ),
    day("6 15:00"),
    search(GOOGLE, "movers boston cost one bedroom september 1", "lease"),
    page(
        "https://www.yelp.com/search?find_desc=movers&find_loc=Boston%2C+MA",
        "Top 10 Best Movers in Boston, MA - Yelp",
        "lease",
    ),
    day("7 08:00"),
    *mail(),
    *globe(),
    day("7 11:20"),
    search(GOOGLE, "statsmodels power analysis two proportions sample size", "abtest"),
    page(
        "https://www.statsmodels.org/stable/generated/statsmodels.stats.power.NormalIndPower.html",
        "statsmodels.stats.power.NormalIndPower - statsmodels",
        "abtest",
    ),
    day("7 15:10"),
    search(GOOGLE, "jupyter kernel died while running merge", "pandas"),
    page(
        "https://github.com/jupyter/notebook/issues/3478",
        "The kernel appears to have died. It will restart automatically · Issue #3478",
        "pandas",
    ),
    day("7 21:00"),
    search(DDG, "sony wh-1000xm6 deal", "headphones"),
    page(
        "https://www.amazon.com/Sony-WH-1000XM6-Canceling-Headphones/dp/B0F1XM6ABC",
        "Amazon.com: Sony WH-1000XM6 Wireless Noise Canceling Headphones",
        "headphones",
    ),
    page(
        "https://www.amazon.com/gp/buy/thankyou/handlers/display.html",
        "Amazon.com Thanks You",
        "headphones",
    ),
    day("8 08:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1864600112233445502",
        "Your Amazon.com order of Sony WH-1000XM6 has shipped",
        "headphones",
    ),
    *video_home(),
    day("8 20:30"),
    search(DDG, "g to c chord change faster exercise", "guitar"),
    page(
        "https://www.youtube.com/watch?v=gTocChang3s",
        "One Minute Changes: G to C - YouTube",
        "guitar",
    ),
    day("9 08:00"),
    *mail(),
    *globe(),
    day("9 19:40"),
    search(GOOGLE, "wedding card message for sister and new brother in law", "gift"),
    page(
        "https://www.hallmark.com/ideas/weddings/what-to-write-in-a-wedding-card/",
        "What to Write in a Wedding Card | Hallmark Ideas",
        "gift",
    ),
    day("10 09:00"),
    *mail(),
    *video_home(),
    day("10 11:00"),
    search(GOOGLE, "counter offer landlord 3 percent instead of 8", "lease"),
    page(
        "https://www.reddit.com/r/boston/comments/1f6g7h8/landlord_wants_8_increase/",
        "Landlord wants 8% increase at renewal, what did you counter? : r/boston",
        "lease",
    ),
]
