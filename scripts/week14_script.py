"""A product manager's ten days in Seattle: a trip to Tokyo for a conference (flights, a
hotel, a rail pass, the talks), a product analytics tool to choose at work, braces for a
teenage daughter, a robot vacuum, a best man's speech for a brother's wedding, and wifi
that does not reach the back bedroom. Habits: mail, the local paper, video, a forum, a
work chat. Written after the eleventh session's last change and scored before any change
for it: words shared across tasks ("insurance" for the trip and the braces, "mesh" for
the wifi and a vacuum's filter, "cost" everywhere), searches on Google and Bing, in-site
searches (Amazon, YouTube), tabs from results, and side steps ("how to use suica card on
iphone", "toast vs speech difference", "event tracking plan template").
Used by make_week_history.py (``week14``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, search

YT = "https://www.youtube.com"
AZ = "https://www.amazon.com"
RD = "https://www.reddit.com"
G2 = "https://www.g2.com"


def mail() -> list[Step]:
    return [
        (
            "goto",
            "https://mail.google.com/mail/u/0/",
            "Inbox (12) - priya.n@gmail.com - Gmail",
            None,
        )
    ]


def paper() -> list[Step]:
    return [("goto", "https://www.seattletimes.com/", "The Seattle Times | Local news", None)]


def chat() -> list[Step]:
    return [
        (
            "goto",
            "https://app.slack.com/client/T0123/C0456",
            "general (Channel) - Acme - Slack",
            None,
        )
    ]


def video() -> list[Step]:
    return [("goto", f"{YT}/", "YouTube", None)]


def forum() -> list[Step]:
    return [("goto", f"{RD}/", "Reddit - Dive into anything", None)]


STEPS: list[Step] = [
    day("1 07:30"),
    *mail(),
    *paper(),
    day("1 10:00"),
    *chat(),
    search(GOOGLE, "mixpanel vs amplitude for b2b saas", "analytics"),
    (
        "via",
        "https://www.g2.com/compare/amplitude-analytics-vs-mixpanel",
        "Amplitude Analytics vs. Mixpanel | G2",
        "analytics",
    ),
    (
        "tab",
        "https://mixpanel.com/pricing/",
        "Pricing | Mixpanel",
        "analytics",
    ),
    ("close", "", "", "analytics"),
    search(GOOGLE, "seattle to tokyo flights may haneda", "tokyo"),
    (
        "click",
        "https://www.google.com/travel/flights/search?tfs=SEA-HND-2026-05-18",
        "Seattle to Tokyo | Google Flights",
        "tokyo",
    ),
    day("1 20:30"),
    search(GOOGLE, "best man speech examples funny but heartfelt", "speech"),
    (
        "click",
        "https://www.theknot.com/content/best-man-speech-examples",
        "Best Man Speech Examples That Are Funny and Heartfelt | The Knot",
        "speech",
    ),
    *video(),
    day("2 07:45"),
    *mail(),
    day("2 11:15"),
    *chat(),
    search(BING, "event tracking plan template product analytics", "analytics"),
    (
        "click",
        "https://amplitude.com/blog/create-tracking-plan",
        "How to Create a Tracking Plan | Amplitude",
        "analytics",
    ),
    search(BING, "amplitude pricing startup plan", "analytics"),
    (
        "click",
        "https://amplitude.com/pricing",
        "Pricing | Amplitude",
        "analytics",
    ),
    day("2 19:10"),
    search(GOOGLE, "braces vs invisalign for teenager cost", "braces"),
    (
        "via",
        "https://www.healthline.com/health/invisalign-vs-braces-teens",
        "Invisalign vs. Braces for Teens: Cost, Pros and Cons | Healthline",
        "braces",
    ),
    search(GOOGLE, "wifi doesn't reach back bedroom", "wifi"),
    (
        "click",
        f"{RD}/r/HomeNetworking/comments/1a9b8c/wifi_wont_reach_back_bedroom/",
        "WiFi won't reach back bedroom, extender or mesh? : r/HomeNetworking",
        "wifi",
    ),
    day("3 07:40"),
    *mail(),
    *paper(),
    day("3 12:30"),
    search(GOOGLE, "hotels near tokyo big sight", "tokyo"),
    (
        "click",
        "https://www.booking.com/searchresults.html?ss=Tokyo+Big+Sight",
        "Hotels near Tokyo Big Sight, Tokyo - Booking.com",
        "tokyo",
    ),
    (
        "click",
        "https://www.booking.com/hotel/jp/villa-fontaine-grand-tokyo-ariake.html",
        "Hotel Villa Fontaine Grand Tokyo-Ariake, Tokyo - Booking.com",
        "tokyo",
    ),
    search(GOOGLE, "orthodontist bellevue accepting delta dental", "braces"),
    (
        "click",
        "https://www.yelp.com/search?find_desc=Orthodontist&find_loc=Bellevue%2C+WA",
        "Top 10 Best Orthodontist near Bellevue, WA - Yelp",
        "braces",
    ),
    day("3 21:00"),
    (
        "goto",
        f"{AZ}/s?k=robot+vacuum+pet+hair",
        "Amazon.com : robot vacuum pet hair",
        "vacuum",
    ),
    (
        "click",
        f"{AZ}/Roborock-Q5-Max-Robot-Vacuum/dp/B0CX1234AB",
        "Roborock Q5 Max+ Robot Vacuum with Self-Empty Dock - Amazon.com",
        "vacuum",
    ),
    *forum(),
    day("4 07:35"),
    *mail(),
    day("4 10:20"),
    *chat(),
    search(GOOGLE, "amplitude vs mixpanel sql warehouse native", "analytics"),
    (
        "click",
        f"{RD}/r/ProductManagement/comments/1c2d3e/amplitude_vs_mixpanel_2026/",
        "Amplitude vs Mixpanel in 2026? : r/ProductManagement",
        "analytics",
    ),
    search(GOOGLE, "japan rail pass worth it tokyo only", "tokyo"),
    (
        "via",
        "https://www.japan-guide.com/e/e2361.html",
        "Japan Rail Pass - japan-guide.com",
        "tokyo",
    ),
    search(GOOGLE, "how to use suica card on iphone", "tokyo"),
    (
        "click",
        "https://support.apple.com/en-us/HT207155",
        "Add a Suica card to Apple Wallet - Apple Support",
        "tokyo",
    ),
    day("4 20:15"),
    search(BING, "toast vs speech difference wedding", "speech"),
    (
        "click",
        "https://www.brides.com/toast-vs-speech-5094830",
        "Toast vs. Speech: What's the Difference? | Brides",
        "speech",
    ),
    (
        "goto",
        f"{YT}/results?search_query=best+man+speech+delivery+tips",
        "best man speech delivery tips - YouTube",
        "speech",
    ),
    (
        "click",
        f"{YT}/watch?v=Sp33chT1ps0",
        "How to Deliver a Best Man Speech Without Notes - YouTube",
        "speech",
    ),
    day("5 07:50"),
    *mail(),
    *paper(),
    day("5 18:30"),
    search(GOOGLE, "eero 6 vs tp link deco x55 mesh", "wifi"),
    (
        "click",
        "https://www.rtings.com/router/tools/compare/eero-6-vs-tp-link-deco-x55",
        "eero 6 vs TP-Link Deco X55 - RTINGS.com",
        "wifi",
    ),
    search(GOOGLE, "roborock q5 max vs shark ai ultra pet hair", "vacuum"),
    (
        "click",
        "https://www.vacuumwars.com/roborock-q5-max-vs-shark-ai-ultra/",
        "Roborock Q5 Max vs Shark AI Ultra - Vacuum Wars",
        "vacuum",
    ),
    day("6 09:30"),
    *mail(),
    search(GOOGLE, "travel insurance japan trip business", "tokyo"),
    (
        "click",
        "https://www.nerdwallet.com/article/travel/travel-insurance-japan",
        "Do You Need Travel Insurance for Japan? - NerdWallet",
        "tokyo",
    ),
    search(GOOGLE, "does delta dental cover orthodontics for teens", "braces"),
    (
        "click",
        "https://www.deltadental.com/us/en/member/orthodontic-coverage.html",
        "Orthodontic Coverage | Delta Dental",
        "braces",
    ),
    day("6 15:00"),
    *video(),
    (
        "click",
        f"{YT}/watch?v=MrnrsHL0000",
        "Mariners vs Astros Highlights - YouTube",
        None,
    ),
    day("7 10:10"),
    *chat(),
    search(BING, "amplitude implementation timeline", "analytics"),
    (
        "click",
        "https://amplitude.com/docs/get-started/implementation-timeline",
        "Implementation timeline | Amplitude Docs",
        "analytics",
    ),
    day("7 20:40"),
    search(GOOGLE, "best man speech opening lines about brother", "speech"),
    (
        "click",
        "https://www.weddingwire.com/wedding-ideas/best-man-speech-opening-lines",
        "50 Best Man Speech Opening Lines | WeddingWire",
        "speech",
    ),
    (
        "goto",
        f"{AZ}/s?k=eero+6+mesh+3+pack",
        "Amazon.com : eero 6 mesh 3 pack",
        "wifi",
    ),
    (
        "click",
        f"{AZ}/Amazon-eero-6-mesh-Wi-Fi-system/dp/B08ZJQ5C5M",
        "Amazon eero 6 mesh Wi-Fi 6 system, 3-pack - Amazon.com",
        "wifi",
    ),
    day("8 07:30"),
    *mail(),
    *paper(),
    day("8 12:45"),
    search(GOOGLE, "tokyo conference may 2026 ai product summit schedule", "tokyo"),
    (
        "click",
        "https://www.aiproductsummit.jp/2026/schedule",
        "Schedule | AI Product Summit Tokyo 2026",
        "tokyo",
    ),
    day("9 19:30"),
    search(GOOGLE, "roborock app no map after update", "vacuum"),
    (
        "click",
        f"{RD}/r/Roborock/comments/1e4f5g/no_map_after_update/",
        "No map after update : r/Roborock",
        "vacuum",
    ),
    search(GOOGLE, "invisalign teen appointment what to expect first visit", "braces"),
    (
        "click",
        "https://www.invisalign.com/get-started/first-appointment",
        "Your First Invisalign Appointment | Invisalign",
        "braces",
    ),
    day("10 08:00"),
    *mail(),
    search(GOOGLE, "how long should a best man speech be", "speech"),
    (
        "click",
        "https://www.theknot.com/content/how-long-should-best-man-speech-be",
        "How Long Should a Best Man Speech Be? | The Knot",
        "speech",
    ),
    search(GOOGLE, "eero setup second node placement", "wifi"),
    (
        "click",
        "https://support.eero.com/hc/en-us/articles/207613496",
        "Where should I place my eeros? – eero Help Center",
        "wifi",
    ),
]
