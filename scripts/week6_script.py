"""A freelance designer's ten days: quarterly estimated taxes, a new portfolio website, a
client's logo for a coffee roaster, a used road bike (bought), a camping weekend on Mount
Hood and a cat that stopped eating. Habits: mail, a photo feed, the video site's home, a
music player, a newspaper's front page. Written in the ninth session before any change
and scored before any change, like week4 and week5: a person whose tasks share their city
("portland" in the bike, the vet and the camping), their tools ("calculator" for taxes and
for a saddle), and who watches a video and reads a forum thread as part of a task.
Used by make_week_history.py (``week6``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, DDG, GOOGLE, Step, day, search

IRS = "https://www.irs.gov"
SQ = "https://www.squarespace.com"
BH = "https://www.behance.net"
CL = "https://portland.craigslist.org"
REC = "https://www.recreation.gov"
YT = "https://www.youtube.com"
CH = "https://www.chewy.com"


def mail() -> list[Step]:
    return [
        (
            "goto",
            "https://mail.google.com/mail/u/0/",
            "Inbox (12) - rio.d@example.com - Gmail",
            None,
        )
    ]


def photos() -> list[Step]:
    return [("goto", "https://www.instagram.com/", "Instagram", None)]


def videos() -> list[Step]:
    return [("goto", f"{YT}/", "YouTube", None)]


def music() -> list[Step]:
    return [("goto", "https://open.spotify.com/", "Spotify - Web Player: Music for everyone", None)]


def paper() -> list[Step]:
    return [
        (
            "goto",
            "https://www.oregonlive.com/",
            "Portland, Oregon Local News, Sports, Jobs, Real Estate - oregonlive.com",
            None,
        )
    ]


STEPS: list[Step] = [
    day("1 08:10"),
    *mail(),
    *photos(),
    day("1 09:30"),
    *music(),
    search(GOOGLE, "coffee roaster logo inspiration", "logo"),
    (
        "click",
        f"{BH}/search/projects?search=coffee%20roaster%20logo",
        "Coffee Roaster Logo Projects :: Photos, videos, logos, illustrations and branding :: Behance",
        "logo",
    ),
    (
        "tab",
        f"{BH}/gallery/118204551/Ember-Coffee-Roasters-Branding",
        "Ember Coffee Roasters Branding on Behance",
        "logo",
    ),
    ("close", "", "", "logo"),
    search(GOOGLE, "serif and sans serif font pairing for coffee brand", "logo"),
    (
        "via",
        "https://www.canva.com/learn/the-ultimate-guide-to-font-pairing/",
        "The ultimate guide to font pairing - Canva",
        "logo",
    ),
    day("1 14:20"),
    search(GOOGLE, "quarterly estimated taxes self employed due dates 2026", "taxes"),
    (
        "click",
        f"{IRS}/businesses/small-businesses-self-employed/estimated-taxes",
        "Estimated taxes | Internal Revenue Service",
        "taxes",
    ),
    search(GOOGLE, "self employment tax calculator", "taxes"),
    (
        "tab",
        "https://www.nerdwallet.com/article/taxes/self-employment-tax",
        "Self-Employment Tax: What It Is, How To Calculate It - NerdWallet",
        "taxes",
    ),
    ("close", "", "", "taxes"),
    day("1 20:30"),
    *videos(),
    search(GOOGLE, "cat not eating for 2 days but drinking water", "cat"),
    (
        "click",
        "https://www.petmd.com/cat/symptoms/why-my-cat-not-eating",
        "Why Is My Cat Not Eating? | PetMD",
        "cat",
    ),
    day("2 07:55"),
    *mail(),
    *paper(),
    day("2 10:05"),
    search(GOOGLE, "road bike size chart 5 9", "bike"),
    (
        "via",
        "https://www.rei.com/learn/expert-advice/bike-fitting.html",
        "How to Choose the Right Bike Size | REI Expert Advice",
        "bike",
    ),
    (
        "goto",
        f"{CL}/search/bia?query=road+bike",
        'portland bicycles "road bike" - craigslist',
        "bike",
    ),
    (
        "tab",
        f"{CL}/mlt/bik/d/portland-trek-domane-al-56cm/7791234567.html",
        "Trek Domane AL 2 56cm - bicycles - by owner - bike sale",
        "bike",
    ),
    ("close", "", "", "bike"),
    search(BING, "portfolio website for graphic designers squarespace vs wordpress", "portfolio"),
    (
        "click",
        "https://www.creativebloq.com/web-design/best-portfolio-website-builders",
        "The best portfolio website builders in 2026 | Creative Bloq",
        "portfolio",
    ),
    day("2 13:40"),
    search(GOOGLE, "pantone warm brown coffee color", "logo"),
    (
        "click",
        "https://www.pantone.com/color-finder/18-1142-TCX",
        "PANTONE 18-1142 TCX Leather Brown - Pantone Color Finder",
        "logo",
    ),
    search(GOOGLE, "vet open sunday portland se", "cat"),
    (
        "click",
        "https://www.dovelewis.org/",
        "DoveLewis Emergency Animal Hospital | Portland, OR",
        "cat",
    ),
    day("3 08:05"),
    *mail(),
    *photos(),
    day("3 11:15"),
    search(GOOGLE, "squarespace portfolio templates", "portfolio"),
    (
        "via",
        f"{SQ}/templates/portfolio",
        "Portfolio Website Templates | Squarespace",
        "portfolio",
    ),
    (
        "click",
        f"{SQ}/templates/view/pursuit",
        "Pursuit - Portfolio Website Template | Squarespace",
        "portfolio",
    ),
    search(DDG, "how to kern letters in illustrator", "logo"),
    (
        "click",
        "https://helpx.adobe.com/illustrator/using/line-character-spacing.html",
        "Line and character spacing in Illustrator - Adobe Help",
        "logo",
    ),
    search(GOOGLE, "trek domane al 2 vs specialized allez", "bike"),
    (
        "click",
        "https://www.reddit.com/r/bicycling/comments/1c9x2lm/trek_domane_al2_vs_specialized_allez/",
        "Trek Domane AL2 vs Specialized Allez? : r/bicycling",
        "bike",
    ),
    day("3 21:10"),
    *videos(),
    (
        "click",
        f"{YT}/watch?v=lofi42",
        "lofi hip hop radio - beats to relax/study to - YouTube",
        None,
    ),
    day("4 08:00"),
    *mail(),
    *paper(),
    day("4 10:20"),
    search(GOOGLE, "trillium lake campground reservations", "camping"),
    (
        "via",
        f"{REC}/camping/campgrounds/251832",
        "Trillium Lake Campground, Mt. Hood National Forest - Recreation.gov",
        "camping",
    ),
    search(GOOGLE, "mount hood weather this weekend", "camping"),
    (
        "click",
        "https://forecast.weather.gov/MapClick.php?lat=45.37&lon=-121.69",
        "National Weather Service: Mount Hood, OR",
        "camping",
    ),
    search(GOOGLE, "1040-es payment voucher online", "taxes"),
    (
        "click",
        f"{IRS}/payments/direct-pay",
        "Direct Pay | Internal Revenue Service",
        "taxes",
    ),
    day("4 16:45"),
    search(GOOGLE, "best wet food for senior cats", "cat"),
    (
        "tab",
        f"{CH}/b/wet-food-389",
        "Wet Cat Food: Canned & Pouches (Free Shipping) | Chewy",
        "cat",
    ),
    ("close", "", "", "cat"),
    *music(),
    day("5 08:15"),
    *mail(),
    *photos(),
    day("5 10:40"),
    (
        "goto",
        f"{YT}/results?search_query=how+to+check+a+used+road+bike+before+buying",
        "how to check a used road bike before buying - YouTube",
        "bike",
    ),
    (
        "click",
        f"{YT}/watch?v=Xb7uQm2c0Ls",
        "How To Check A Used Road Bike Before You Buy | GCN Tech - YouTube",
        "bike",
    ),
    search(GOOGLE, "bike index serial number lookup", "bike"),
    (
        "click",
        "https://bikeindex.org/bikes?serial=WTU123G4567",
        "Search Results - Bike Index",
        "bike",
    ),
    search(GOOGLE, "svg export settings illustrator for web logo", "logo"),
    (
        "via",
        "https://www.creativebloq.com/how-to/export-svg-from-illustrator",
        "How to export SVG files from Illustrator | Creative Bloq",
        "logo",
    ),
    day("5 15:30"),
    search(GOOGLE, "namecheap domain search", "portfolio"),
    (
        "click",
        "https://www.namecheap.com/domains/registration/results/?domain=riodesign.studio",
        "Domain Name Search - riodesign.studio | Namecheap",
        "portfolio",
    ),
    ("click", "https://www.namecheap.com/cart/", "Shopping Cart - Namecheap", "portfolio"),
    day("6 09:00"),
    *mail(),
    *paper(),
    (
        "click",
        "https://www.oregonlive.com/weather/2026/04/warm-weekend-ahead-for-portland.html",
        "Warm weekend ahead for Portland as high pressure builds - oregonlive.com",
        None,
    ),
    day("6 12:10"),
    (
        "goto",
        f"{CL}/mlt/bik/d/portland-trek-domane-al-56cm/7791234567.html",
        "Trek Domane AL 2 56cm - bicycles - by owner - bike sale",
        "bike",
    ),
    search(GOOGLE, "how much to offer for used trek domane al 2", "bike"),
    (
        "click",
        "https://www.bicyclebluebook.com/value-guide/trek/domane-al-2/",
        "Trek Domane AL 2 Value - Bicycle Blue Book",
        "bike",
    ),
    search(GOOGLE, "car camping checklist", "camping"),
    (
        "via",
        "https://www.rei.com/learn/expert-advice/family-camping-checklist.html",
        "Car Camping Checklist | REI Expert Advice",
        "camping",
    ),
    search(GOOGLE, "campfire restrictions clackamas county", "camping"),
    (
        "click",
        "https://www.fs.usda.gov/alerts/mthood/alerts-notices",
        "Mt. Hood National Forest - Alerts & Notices",
        "camping",
    ),
    day("6 18:30"),
    search(GOOGLE, "cat vomiting after eating new food", "cat"),
    (
        "click",
        "https://www.vet.cornell.edu/departments-centers-and-institutes/cornell-feline-health-center/health-information/feline-health-topics/vomiting-cats",
        "Vomiting in Cats | Cornell University College of Veterinary Medicine",
        "cat",
    ),
    *videos(),
    day("7 08:20"),
    *mail(),
    *photos(),
    day("7 10:00"),
    search(GOOGLE, "1099-nec deadline for clients", "taxes"),
    (
        "click",
        f"{IRS}/forms-pubs/about-form-1099-nec",
        "About Form 1099-NEC, Nonemployee Compensation | Internal Revenue Service",
        "taxes",
    ),
    search(GOOGLE, "squarespace connect domain from namecheap", "portfolio"),
    (
        "via",
        "https://support.squarespace.com/hc/en-us/articles/205812348-Connecting-a-Namecheap-domain-to-your-Squarespace-site",
        "Connecting a Namecheap domain to your Squarespace site – Squarespace Help Center",
        "portfolio",
    ),
    search(BING, "dns cname record not propagating", "portfolio"),
    (
        "click",
        "https://www.namecheap.com/support/knowledgebase/article.aspx/9646/2237/how-to-create-a-cname-record-for-your-domain/",
        "How to create a CNAME record for your domain - Namecheap",
        "portfolio",
    ),
    day("7 14:00"),
    search(GOOGLE, "coffee logo mockup free psd", "logo"),
    (
        "click",
        "https://www.freepik.com/free-psd/coffee-cup-logo-mockup_11894567.htm",
        "Coffee cup logo mockup | Free PSD - Freepik",
        "logo",
    ),
    day("8 08:05"),
    *mail(),
    *paper(),
    day("8 11:30"),
    search(GOOGLE, "saddle height calculator road bike", "bike"),
    (
        "click",
        "https://www.bikedynamics.co.uk/FitCalculator.htm",
        "Bike Fit Calculator - Saddle Height | Bike Dynamics",
        "bike",
    ),
    search(GOOGLE, "road bike pedals for beginners clipless or flat", "bike"),
    (
        "tab",
        "https://www.bicycling.com/bikes-gear/a20044286/best-road-bike-pedals/",
        "The Best Road Bike Pedals for Every Rider | Bicycling",
        "bike",
    ),
    ("close", "", "", "bike"),
    (
        "goto",
        f"{REC}/camping/campgrounds/251832",
        "Trillium Lake Campground, Mt. Hood National Forest - Recreation.gov",
        "camping",
    ),
    (
        "click",
        f"{REC}/camping/reservations/orderdetails?id=8812345",
        "Order Details - Recreation.gov",
        "camping",
    ),
    day("8 20:15"),
    search(DDG, "how long can a cat go without eating", "cat"),
    (
        "click",
        "https://www.aspca.org/pet-care/cat-care/common-cat-health-problems",
        "Common Cat Health Problems | ASPCA",
        "cat",
    ),
    *music(),
    day("9 08:00"),
    *mail(),
    *photos(),
    day("9 10:45"),
    search(GOOGLE, "sleeping pad r value for spring camping", "camping"),
    (
        "click",
        "https://www.rei.com/learn/expert-advice/sleeping-pad.html",
        "How to Choose Sleeping Pads | REI Expert Advice",
        "camping",
    ),
    search(GOOGLE, "oregon estimated tax payment online", "taxes"),
    (
        "click",
        "https://revenueonline.dor.oregon.gov/tap/_/",
        "Revenue Online - Oregon Department of Revenue",
        "taxes",
    ),
    search(GOOGLE, "portfolio case study layout examples", "portfolio"),
    (
        "click",
        f"{BH}/search/projects?search=portfolio%20case%20study",
        "Portfolio Case Study Projects :: Behance",
        "portfolio",
    ),
    day("10 08:10"),
    *mail(),
    *paper(),
    day("10 12:20"),
    search(GOOGLE, "ember coffee roasters logo feedback revisions email", "logo"),
    (
        "click",
        "https://www.smashingmagazine.com/2024/03/handling-client-feedback-design/",
        "How To Handle Client Feedback On Design Work — Smashing Magazine",
        "logo",
    ),
    search(GOOGLE, "is it normal for senior cat to lose weight", "cat"),
    (
        "click",
        "https://www.petmd.com/cat/conditions/digestive/weight-loss-cats",
        "Weight Loss in Cats | PetMD",
        "cat",
    ),
    *videos(),
]
