"""A freelance photographer's ten days in Nashville, written in the forty-seventh session and
scored before any change for it: two tasks of her trade that she keeps apart (a telephoto
lens bought used, and Lightroom's masking learned for a client's edit), a wedding client's
contract and deposit, a health plan chosen on the marketplace as a self-employed person,
her old pickup's air conditioning blowing warm, and a weekend in a cabin near Asheville
(booked). Between them she reads the Tennessean, Gmail, Instagram and YouTube, and opens
Reddit's front page. Searches go to Google and DuckDuckGo; one result is opened through
Google's redirect, one lens thread is read on Reddit.
Used by make_week_history.py (``week165``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "maya.ellison.photo@gmail.com"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (14) - {ADDRESS} - Gmail", None)]


def tennessean() -> list[Step]:
    return [
        (
            "goto",
            "https://www.tennessean.com/",
            "Nashville news, sports and entertainment | The Tennessean",
            None,
        )
    ]


def instagram() -> list[Step]:
    return [("goto", "https://www.instagram.com/", "Instagram", None)]


def youtube() -> list[Step]:
    return [("goto", "https://www.youtube.com/", "YouTube", None)]


def reddit() -> list[Step]:
    return [("goto", "https://www.reddit.com/", "Reddit - Dive into anything", None)]


STEPS: list[Step] = [
    day("1 08:05"),
    *mail(),
    *tennessean(),
    search(GOOGLE, "sony 70-200 gm ii vs tamron 70-180 g2 for weddings", "lens"),
    page(
        "https://www.dpreview.com/reviews/sony-fe-70-200mm-f2-8-gm-oss-ii-review",
        "Sony FE 70-200mm F2.8 GM OSS II review: Digital Photography Review",
        "lens",
    ),
    *tab(
        "https://www.reddit.com/r/SonyAlpha/comments/1b7x2kq/tamron_70180_g2_vs_sony_70200_gm2_for_weddings/",
        "Tamron 70-180 G2 vs Sony 70-200 GM2 for weddings? : r/SonyAlpha",
        "lens",
    ),
    day("1 10:30"),
    search(GOOGLE, "healthcare.gov plans tennessee self employed 2027", "health"),
    page(
        "https://www.healthcare.gov/self-employed/coverage/",
        "Health coverage for self-employed people | HealthCare.gov",
        "health",
    ),
    page(
        "https://www.healthcare.gov/see-plans/",
        "See plans & prices | HealthCare.gov",
        "health",
    ),
    day("1 14:20"),
    *instagram(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "a93f21c7de",
        "1835011204417",
        "Re: Wedding photography inquiry - June 12 at Cheekwood",
        "contract",
    ),
    search(DDG, "wedding photography contract template deposit non refundable", "contract"),
    page(
        "https://www.thelawtog.com/blogs/news/wedding-photography-contract",
        "What to Include in Your Wedding Photography Contract | The Lawtog",
        "contract",
    ),
    day("1 17:45"),
    search(GOOGLE, "truck ac blowing warm air at idle cold when driving", "truck"),
    page(
        "https://www.yourmechanic.com/article/why-is-my-car-ac-blowing-warm-air-at-idle",
        "Why Is My Car AC Blowing Warm Air at Idle? | YourMechanic Advice",
        "truck",
    ),
    day("1 21:10"),
    *youtube(),
    search(GOOGLE, "cabins near asheville with hot tub mountain view", "asheville"),
    page(
        "https://www.airbnb.com/asheville-north-carolina/stays/cabins",
        "Asheville Cabin Rentals - North Carolina, United States | Airbnb",
        "asheville",
    ),
    day("2 07:50"),
    *tennessean(),
    *mail(),
    search(GOOGLE, "lightroom masking select subject hair edges messy", "lightroom"),
    page(
        "https://helpx.adobe.com/lightroom-classic/help/masking.html",
        "Masking in Lightroom Classic - Adobe Help",
        "lightroom",
    ),
    *tab(
        "https://www.youtube.com/watch?v=Qm8z3kTxv1E",
        "Lightroom AI Masking - Perfect Hair Selections Every Time - YouTube",
        "lightroom",
    ),
    day("2 11:00"),
    search(DDG, "tamron 70-180 g2 used price mpb", "lens"),
    page(
        "https://www.mpb.com/en-us/product/tamron-70-180mm-f-2-8-di-iii-vc-vxd-g2-sony-fe-fit",
        "Used Tamron 70-180mm f/2.8 Di III VC VXD G2 Sony FE | MPB",
        "lens",
    ),
    page(
        "https://www.keh.com/shop/tamron-70-180mm-f-2-8-di-iii-vc-vxd-g2-sony-e.html",
        "Tamron 70-180mm F/2.8 Di III VC VXD G2 Sony E | KEH Camera",
        "lens",
    ),
    day("2 15:30"),
    *instagram(),
    search(GOOGLE, "ac recharge kit r134a 2009 f150 low side port", "truck"),
    page(
        "https://www.autozone.com/diy/air-conditioning/how-to-recharge-car-ac",
        "How to Recharge Your Car's AC | AutoZone",
        "truck",
    ),
    *tab(
        "https://www.f150forum.com/f2/2009-ac-blowing-warm-idle-recharge-didnt-help-512233/",
        "2009 AC blowing warm at idle, recharge didn't help - Ford F150 Forum",
        "truck",
    ),
    day("2 20:40"),
    *reddit(),
    search(GOOGLE, "bronze vs silver plan deductible self employed income 45000", "health"),
    page(
        "https://www.healthcare.gov/choose-a-plan/plans-categories/",
        "Health plan categories: Bronze, Silver, Gold & Platinum | HealthCare.gov",
        "health",
    ),
    page(
        "https://www.kff.org/interactive/subsidy-calculator/",
        "Health Insurance Marketplace Calculator | KFF",
        "health",
    ),
    day("3 09:15"),
    *mail(),
    search(GOOGLE, "how much deposit to charge for wedding photography retainer", "contract"),
    page(
        "https://www.shootproof.com/blog/wedding-photography-retainer/",
        "How Much Should a Wedding Photography Retainer Be? | ShootProof",
        "contract",
    ),
    search(GOOGLE, "honeybook vs dubsado contracts invoices photographers", "contract"),
    (
        "via",
        "https://www.honeybook.com/blog/honeybook-vs-dubsado",
        "HoneyBook vs. Dubsado: Which Is Best for Your Business? | HoneyBook",
        "contract",
    ),
    day("3 13:40"),
    *tennessean(),
    search(GOOGLE, "things to do asheville late april hikes waterfalls", "asheville"),
    page(
        "https://www.exploreasheville.com/things-to-do/outdoors/waterfalls/",
        "Waterfalls Near Asheville, NC | Explore Asheville",
        "asheville",
    ),
    page(
        "https://www.alltrails.com/us/north-carolina/asheville",
        "Best Trails near Asheville, North Carolina | AllTrails",
        "asheville",
    ),
    day("3 19:20"),
    *youtube(),
    search(DDG, "lightroom batch apply mask to multiple photos sync", "lightroom"),
    page(
        "https://community.adobe.com/t5/lightroom-classic-discussions/sync-ai-masks-across-photos/td-p/13912277",
        "Sync AI masks across photos - Adobe Community",
        "lightroom",
    ),
    day("4 08:30"),
    *mail(),
    *instagram(),
    search(GOOGLE, "ac compressor clutch not engaging at idle f150", "truck"),
    page(
        "https://www.2carpros.com/questions/ford-f-150-ac-compressor-clutch-not-engaging",
        "AC Compressor Clutch Not Engaging: Ford F-150 | 2CarPros",
        "truck",
    ),
    day("4 12:10"),
    search(GOOGLE, "mpb vs keh buying used lens warranty", "lens"),
    page(
        "https://www.reddit.com/r/photography/comments/17qzv3m/mpb_vs_keh_for_used_gear/",
        "MPB vs KEH for used gear? : r/photography",
        "lens",
    ),
    day("4 16:00"),
    search(GOOGLE, "ambetter vs bluecross blueshield tennessee marketplace network", "health"),
    page(
        "https://www.bcbst.com/individuals-families/marketplace",
        "Individual & Family Marketplace Plans | BlueCross BlueShield of Tennessee",
        "health",
    ),
    page(
        "https://www.ambetterhealth.com/en/tn/",
        "Ambetter Health Insurance in Tennessee | Ambetter",
        "health",
    ),
    day("4 21:30"),
    *reddit(),
    search(GOOGLE, "dog friendly cabin asheville fenced yard", "asheville"),
    page(
        "https://www.vrbo.com/vacation-rentals/usa/north-carolina/asheville/pet-friendly",
        "Pet Friendly Vacation Rentals in Asheville | Vrbo",
        "asheville",
    ),
    day("5 09:00"),
    *tennessean(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "a93f21c7de",
        "1835102998213",
        "Contract signed: Harper & Cole wedding - HoneyBook",
        "contract",
    ),
    day("5 11:30"),
    search(GOOGLE, "lightroom adaptive presets portrait skin smoothing", "lightroom"),
    page(
        "https://helpx.adobe.com/lightroom-classic/help/adaptive-presets.html",
        "Adaptive presets in Lightroom Classic - Adobe Help",
        "lightroom",
    ),
    day("5 15:45"),
    *instagram(),
    search(DDG, "ac repair shop nashville east side honest prices", "truck"),
    page(
        "https://www.yelp.com/search?find_desc=Auto+AC+Repair&find_loc=East+Nashville%2C+Nashville%2C+TN",
        "Top 10 Best Auto AC Repair in East Nashville, Nashville, TN - Yelp",
        "truck",
    ),
    day("5 20:10"),
    *youtube(),
    day("6 10:20"),
    *mail(),
    search(GOOGLE, "the cabin at bent creek asheville reviews", "asheville"),
    page(
        "https://www.tripadvisor.com/VacationRentalReview-g60742-d24177843-The_Cabin_at_Bent_Creek-Asheville_North_Carolina.html",
        "The Cabin at Bent Creek - Asheville Vacation Rental | Tripadvisor",
        "asheville",
    ),
    page(
        "https://www.airbnb.com/rooms/48213377",
        "The Cabin at Bent Creek - Hot Tub, Mountain Views - Cabins for Rent in Asheville - Airbnb",
        "asheville",
    ),
    day("6 14:00"),
    search(GOOGLE, "premium tax credit self employed estimate income change midyear", "health"),
    page(
        "https://www.irs.gov/affordable-care-act/individuals-and-families/the-premium-tax-credit-the-basics",
        "The Premium Tax Credit - The basics | Internal Revenue Service",
        "health",
    ),
    day("6 18:30"),
    *reddit(),
    search(GOOGLE, "tamron 70-180 g2 eye af tracking a7iv", "lens"),
    page(
        "https://www.bhphotovideo.com/c/product/1719873-REG/tamron_afa065s_700_70_180mm_f_2_8_di_iii.html",
        "Tamron 70-180mm f/2.8 Di III VC VXD G2 Lens for Sony E | B&H",
        "lens",
    ),
    day("7 08:40"),
    *tennessean(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "a93f21c7de",
        "1835177710452",
        "Your MPB order #MPB-US-4471203 has shipped",
        "lens",
    ),
    day("7 12:30"),
    search(GOOGLE, "ac clutch relay 2009 f150 location test", "truck"),
    page(
        "https://www.f150forum.com/f2/2009-ac-clutch-relay-location-431877/",
        "2009 AC clutch relay location - Ford F150 Forum",
        "truck",
    ),
    day("7 16:50"),
    search(DDG, "lightroom mask color range background distracting", "lightroom"),
    page(
        "https://www.slrlounge.com/lightroom-color-range-mask/",
        "How to Use the Color Range Mask in Lightroom | SLR Lounge",
        "lightroom",
    ),
    day("8 09:30"),
    *mail(),
    search(GOOGLE, "silver plan cost sharing reduction tennessee 2027 deadline enroll", "health"),
    page(
        "https://www.healthcare.gov/quick-guide/dates-and-deadlines/",
        "Dates and deadlines for 2027 health insurance | HealthCare.gov",
        "health",
    ),
    day("8 13:15"),
    *instagram(),
    search(GOOGLE, "blue ridge parkway open april near asheville closures", "asheville"),
    page(
        "https://www.nps.gov/blri/planyourvisit/roadclosures.htm",
        "Road Closures - Blue Ridge Parkway (U.S. National Park Service)",
        "asheville",
    ),
    day("8 20:00"),
    *youtube(),
    day("9 10:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "a93f21c7de",
        "1835240031876",
        "Reservation confirmed: The Cabin at Bent Creek, Apr 24 - 26 - Airbnb",
        "asheville",
    ),
    search(GOOGLE, "wedding contract clause rain date second shooter overtime", "contract"),
    page(
        "https://www.thelawtog.com/blogs/news/second-shooter-overtime-clauses",
        "Second Shooter and Overtime Clauses for Wedding Contracts | The Lawtog",
        "contract",
    ),
    day("9 15:30"),
    *tennessean(),
    search(GOOGLE, "tamron 70-180 g2 first firmware update sony", "lens"),
    page(
        "https://www.tamron.com/global/consumer/support/download/firmware/a065.html",
        "A065 Firmware Update | TAMRON",
        "lens",
    ),
    day("10 09:10"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "a93f21c7de",
        "1835299874120",
        "Your invoice from Gallatin Auto Air - AC compressor clutch replaced",
        "truck",
    ),
    search(GOOGLE, "export lightroom for instagram 4:5 sharpening settings", "lightroom"),
    page(
        "https://www.adobe.com/creativecloud/photography/discover/instagram-export-settings.html",
        "Best Lightroom export settings for Instagram | Adobe",
        "lightroom",
    ),
    day("10 14:00"),
    *instagram(),
    *reddit(),
]
