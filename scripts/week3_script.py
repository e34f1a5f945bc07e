"""A third person's week, harder than the others: tasks interleaved minute by minute inside
one sitting (a thesis beside a laptop purchase, a dinner beside a visa appointment), a
Wikipedia rabbit hole, a video binge that is no task, and tool questions inside a task
("zotero cite in word" while writing). Written after the engine's rules were set, to check
them on browsing they were not tuned on. Used by make_week_history.py (``week3``); steps as
in week_script.py.
"""

from __future__ import annotations

from week_script import BING, DDG, GOOGLE, Step, day, search

SCH = "https://scholar.google.com"
WIKI = "https://en.wikipedia.org/wiki"
YT = "https://www.youtube.com"
LENOVO = "https://www.lenovo.com/us/en"
APPLE = "https://www.apple.com"
VFS = "https://visa.vfsglobal.com/gbr/en/fra"


def mail() -> list[Step]:
    return [
        (
            "goto",
            "https://mail.google.com/mail/u/0/",
            "Inbox (12) - maria@example.org - Gmail",
            None,
        )
    ]


def video(n: int, title: str) -> Step:
    return ("click", f"{YT}/watch?v=song{n}", f"{title} - YouTube", None)


STEPS: list[Step] = [
    day("1 09:00"),
    *mail(),
    day("1 09:20"),
    search(GOOGLE, "urban heat island effect mitigation", "thesis"),
    (
        "click",
        "https://www.epa.gov/heatislands/heat-island-cooling-strategies",
        "Heat Island Cooling Strategies | US EPA",
        "thesis",
    ),
    search(GOOGLE, "best laptop for students 2026", "laptop"),
    (
        "tab",
        "https://www.theverge.com/best-laptops-for-students",
        "The best laptops for students in 2026 - The Verge",
        "laptop",
    ),
    ("close", "", "", "laptop"),
    ("goto", f"{SCH}/scholar?q=urban+heat+island+green+roofs", "Google Scholar", "thesis"),
    (
        "click",
        "https://www.sciencedirect.com/science/article/pii/S0169204614002576",
        "Green roofs and urban heat island mitigation: a review - ScienceDirect",
        "thesis",
    ),
    search(GOOGLE, "zotero cite in word", "thesis"),
    (
        "click",
        "https://www.zotero.org/support/word_processor_plugin_usage",
        "Using the Zotero Word Processor Plugins [Zotero Documentation]",
        "thesis",
    ),
    *mail(),
    search(GOOGLE, "thinkpad x1 carbon gen 12 review", "laptop"),
    (
        "click",
        "https://www.notebookcheck.net/Lenovo-ThinkPad-X1-Carbon-G12-review.html",
        "Lenovo ThinkPad X1 Carbon G12 review - Notebookcheck.net Reviews",
        "laptop",
    ),
    (
        "goto",
        f"{SCH}/scholar?q=urban+heat+island+land+surface+temperature+landsat",
        "Google Scholar",
        "thesis",
    ),
    (
        "click",
        "https://www.mdpi.com/2072-4292/11/1/48",
        "Remote Sensing of Land Surface Temperature in Urban Heat Island Studies | Remote Sensing",
        "thesis",
    ),
    day("1 20:30"),
    ("goto", f"{YT}/", "YouTube", None),
    video(1, "Daft Punk - Get Lucky (Official Audio)"),
    video(2, "Fleetwood Mac - Dreams (Official Music Video)"),
    video(3, "Tame Impala - The Less I Know The Better"),
    video(4, "Arctic Monkeys - Do I Wanna Know? (Official Video)"),
    day("2 10:00"),
    search(GOOGLE, "latex table multirow", "thesis"),
    (
        "click",
        "https://tex.stackexchange.com/questions/12345/multirow-and-multicolumn-in-a-table",
        "tables - Multirow and multicolumn in a table - TeX - LaTeX Stack Exchange",
        "thesis",
    ),
    search(GOOGLE, "macbook air m4 vs thinkpad x1 carbon", "laptop"),
    (
        "click",
        "https://www.tomsguide.com/face-off/macbook-air-m4-vs-lenovo-thinkpad-x1-carbon",
        "MacBook Air M4 vs Lenovo ThinkPad X1 Carbon: Which laptop wins? | Tom's Guide",
        "laptop",
    ),
    search(GOOGLE, "apa 7th edition citing a dataset", "thesis"),
    (
        "click",
        "https://apastyle.apa.org/style-grammar-guidelines/references/examples/data-set-references",
        "Data set references - APA Style",
        "thesis",
    ),
    ("goto", f"{APPLE}/shop/buy-mac/macbook-air", "Buy MacBook Air - Apple", "laptop"),
    search(GOOGLE, "apple student discount uk", "laptop"),
    ("click", f"{APPLE}/uk-edu/store", "Apple Education Pricing - Apple (UK)", "laptop"),
    day("2 18:30"),
    search(GOOGLE, "byzantine empire", "byzantium"),
    ("click", f"{WIKI}/Byzantine_Empire", "Byzantine Empire - Wikipedia", "byzantium"),
    ("click", f"{WIKI}/Justinian_I", "Justinian I - Wikipedia", "byzantium"),
    ("click", f"{WIKI}/Hagia_Sophia", "Hagia Sophia - Wikipedia", "byzantium"),
    ("click", f"{WIKI}/Nika_riots", "Nika riots - Wikipedia", "byzantium"),
    (
        "click",
        f"{WIKI}/Theodora_(wife_of_Justinian_I)",
        "Theodora (wife of Justinian I) - Wikipedia",
        "byzantium",
    ),
    day("3 08:45"),
    *mail(),
    day("3 12:15"),
    search(GOOGLE, "schengen visa appointment london france", "visa"),
    (
        "click",
        f"{VFS}/book-an-appointment",
        "Book an appointment | VFS Global France visa application centre UK",
        "visa",
    ),
    search(BING, "vegetarian lasagna for 8 people", "dinner"),
    (
        "click",
        "https://www.bbcgoodfood.com/recipes/vegetarian-lasagne",
        "Vegetarian lasagne recipe | BBC Good Food",
        "dinner",
    ),
    search(GOOGLE, "travel insurance for schengen visa", "visa"),
    (
        "click",
        "https://www.axa-schengen.com/en",
        "Schengen travel insurance for your visa | AXA",
        "visa",
    ),
    search(GOOGLE, "tiramisu without raw eggs", "dinner"),
    (
        "click",
        "https://www.recipetineats.com/tiramisu-no-raw-eggs",
        "Tiramisu (no raw eggs) | RecipeTin Eats",
        "dinner",
    ),
    (
        "goto",
        f"{VFS}/book-an-appointment/slots",
        "Choose your appointment slot | VFS Global",
        "visa",
    ),
    search(GOOGLE, "bank statement letter for visa", "visa"),
    (
        "click",
        "https://www.monzo.com/help/statements/visa-letter",
        "How do I get a bank letter for a visa application? | Monzo",
        "visa",
    ),
    day("3 19:40"),
    search(GOOGLE, "wine with vegetarian lasagna", "dinner"),
    (
        "click",
        "https://www.winefolly.com/tips/lasagna-wine-pairing",
        "Lasagna Wine Pairing | Wine Folly",
        "dinner",
    ),
    ("goto", f"{YT}/", "YouTube", None),
    video(5, "Radiohead - No Surprises"),
    video(6, "Massive Attack - Teardrop"),
    day("4 09:10"),
    *mail(),
    ("goto", f"{SCH}/scholar?q=cool+pavements+urban+heat", "Google Scholar", "thesis"),
    (
        "click",
        "https://www.sciencedirect.com/science/article/pii/S0360132319303348",
        "Cool pavements for urban heat island mitigation - ScienceDirect",
        "thesis",
    ),
    search(GOOGLE, "overleaf figure placement here", "thesis"),
    (
        "click",
        "https://www.overleaf.com/learn/latex/Positioning_images_and_tables",
        "Positioning images and tables - Overleaf, Online LaTeX Editor",
        "thesis",
    ),
    search(DDG, "thinkpad x1 carbon student discount", "laptop"),
    ("click", f"{LENOVO}/d/deals/student", "Student Discounts on Laptops | Lenovo US", "laptop"),
    (
        "click",
        f"{LENOVO}/p/laptops/thinkpad/thinkpadx1/x1-carbon-gen-12",
        "ThinkPad X1 Carbon Gen 12 | Lenovo US",
        "laptop",
    ),
    day("5 14:00"),
    search(GOOGLE, "justinian plague", "byzantium"),
    ("click", f"{WIKI}/Plague_of_Justinian", "Plague of Justinian - Wikipedia", "byzantium"),
    ("click", f"{WIKI}/Procopius", "Procopius - Wikipedia", "byzantium"),
    day("5 17:30"),
    ("goto", f"{VFS}/book-an-appointment/confirm", "Appointment confirmed | VFS Global", "visa"),
    search(GOOGLE, "passport photo size france visa", "visa"),
    (
        "click",
        "https://france-visas.gouv.fr/en/web/france-visas/photo",
        "Photo requirements - France-Visas",
        "visa",
    ),
    day("6 11:00"),
    (
        "goto",
        f"{APPLE}/uk-edu/shop/buy-mac/macbook-air",
        "Buy MacBook Air - Education - Apple (UK)",
        "laptop",
    ),
    ("click", f"{APPLE}/uk-edu/shop/bag", "Bag - Apple (UK)", "laptop"),
    (
        "click",
        f"{APPLE}/uk-edu/shop/checkout/thankyou",
        "Thank you for your order - Apple (UK)",
        "laptop",
    ),
    day("6 16:00"),
    search(GOOGLE, "how to cite a thesis chapter apa 7", "thesis"),
    (
        "click",
        "https://apastyle.apa.org/style-grammar-guidelines/references/examples/unpublished-dissertation-references",
        "Unpublished dissertation or thesis references - APA Style",
        "thesis",
    ),
    day("7 18:00"),
    search(GOOGLE, "garlic bread for a crowd", "dinner"),
    (
        "click",
        "https://www.simplyrecipes.com/recipes/garlic_bread",
        "Easy Garlic Bread Recipe | Simply Recipes",
        "dinner",
    ),
    ("goto", f"{YT}/", "YouTube", None),
    video(7, "The Beatles - Here Comes The Sun (2019 Mix)"),
]
