"""A site reliability engineer's ten days in Pune, written at the start of the twenty-sixth
session, after its first change (a town whose searches are scattered over tasks), and scored
before any change for it: a service at work whose pods are OOMKilled, a cousin's wedding in
Jaipur, an electric scooter bought, his mother's knee replacement, Rust learnt in the
evenings, and a tax-saving choice before March. Gmail, the Times of India and Cricbuzz are
opened most days; YouTube serves several tasks. Searches go to Google and Bing.
Used by make_week_history.py (``week76``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "rohan.kulkarni.sre@gmail.com"
INBOX = "f3e2d1c0b9"
YT = "https://www.youtube.com/watch?v="


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (6) - {ADDRESS} - Gmail", None)]


def toi() -> list[Step]:
    return [
        (
            "goto",
            "https://timesofindia.indiatimes.com/",
            "News - Latest News, Breaking News, Bollywood, Sports, Business and Political News"
            " | Times of India",
            None,
        )
    ]


def cricbuzz() -> list[Step]:
    return [
        (
            "goto",
            "https://www.cricbuzz.com/",
            "Live Cricket Score, Schedule, Latest News, Stats & Videos | Cricbuzz.com",
            None,
        )
    ]


STEPS: list[Step] = [
    day("1 08:10"),
    *mail(),
    *toi(),
    day("1 10:20"),
    search(GOOGLE, "pod OOMKilled exit code 137 but memory usage below limit", "oom"),
    page(
        "https://stackoverflow.com/questions/59729917/kubernetes-pods-terminated-exit-code-137",
        "Kubernetes Pods Terminated - Exit Code 137 - Stack Overflow",
        "oom",
    ),
    page(
        "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/",
        "Resource Management for Pods and Containers | Kubernetes",
        "oom",
    ),
    day("1 11:05"),
    search(GOOGLE, "jvm heap size in container MaxRAMPercentage default", "oom"),
    page(
        "https://www.baeldung.com/java-jvm-parameters-rampercentage",
        "JVM Parameters InitialRAMPercentage, MinRAMPercentage, and MaxRAMPercentage | Baeldung",
        "oom",
    ),
    day("1 13:30"),
    *cricbuzz(),
    day("1 21:15"),
    search(GOOGLE, "rust ownership and borrowing explained simply", "rust"),
    page(
        "https://doc.rust-lang.org/book/ch04-00-understanding-ownership.html",
        "Understanding Ownership - The Rust Programming Language",
        "rust",
    ),
    *tab(
        f"{YT}VFIOSWy93H0",
        "Rust Ownership and Borrowing in 10 Minutes - YouTube",
        "rust",
    ),
    day("2 07:50"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1824401122334455667",
        "Save the date: Ananya weds Kabir, 14-15 Feb, Jaipur",
        "wedding",
    ),
    day("2 08:05"),
    search(GOOGLE, "pune to jaipur flights february indigo direct", "wedding"),
    page(
        "https://www.makemytrip.com/flights/pune-jaipur-cheap-airtickets.html",
        "Pune to Jaipur Flights, Book Cheap Flight Tickets | MakeMyTrip",
        "wedding",
    ),
    day("2 12:40"),
    search(BING, "knee replacement surgery cost pune private hospital", "knee"),
    page(
        "https://www.practo.com/pune/treatment/total-knee-replacement-surgery-cost",
        "Total Knee Replacement Surgery Cost in Pune - Practo",
        "knee",
    ),
    page(
        "https://www.rubyhall.com/orthopaedics",
        "Orthopaedics and Joint Replacement | Ruby Hall Clinic",
        "knee",
    ),
    day("2 13:10"),
    *toi(),
    day("2 19:30"),
    search(GOOGLE, "ather 450x vs tvs iqube real world range", "scooter"),
    page(
        "https://www.autocarindia.com/bike-reviews/ather-450x-vs-tvs-iqube-comparison-430112",
        "Ather 450X vs TVS iQube comparison review | Autocar India",
        "scooter",
    ),
    *tab(
        f"{YT}q9rT4kLmN2w",
        "Ather 450X vs TVS iQube ST - Long Term Owner Review - YouTube",
        "scooter",
    ),
    day("3 08:00"),
    *mail(),
    *cricbuzz(),
    day("3 10:15"),
    search(GOOGLE, "container_memory_working_set_bytes vs rss prometheus query", "oom"),
    page(
        "https://www.robustperception.io/how-much-memory-is-my-container-using/",
        "How much memory is my container using? | Robust Perception",
        "oom",
    ),
    day("3 10:40"),
    search(GOOGLE, "netty direct memory leak off heap kubernetes", "oom"),
    page(
        "https://github.com/netty/netty/issues/12345",
        "Direct memory keeps growing until OOMKilled in container · Issue #12345 · netty/netty",
        "oom",
    ),
    day("3 18:45"),
    search(GOOGLE, "elss vs ppf which is better for 80c 2026", "tax"),
    page(
        "https://cleartax.in/s/elss-vs-ppf",
        "ELSS vs PPF: Which is Better for Tax Saving? | ClearTax",
        "tax",
    ),
    day("3 21:00"),
    search(BING, "rust borrow checker cannot borrow as mutable more than once", "rust"),
    page(
        "https://stackoverflow.com/questions/47618823/cannot-borrow-as-mutable-more-than-once-at-a-time",
        "Cannot borrow as mutable more than once at a time - Stack Overflow",
        "rust",
    ),
    day("4 07:40"),
    *mail(),
    *toi(),
    day("4 12:20"),
    search(GOOGLE, "total knee replacement recovery timeline elderly mother", "knee"),
    page(
        "https://orthoinfo.aaos.org/en/recovery/activities-after-knee-replacement/",
        "Activities After Knee Replacement - OrthoInfo - AAOS",
        "knee",
    ),
    day("4 12:35"),
    search(GOOGLE, "star health cashless claim knee replacement waiting period", "knee"),
    page(
        "https://www.starhealth.in/blog/knee-replacement-surgery-insurance",
        "Is Knee Replacement Covered by Health Insurance? | Star Health",
        "knee",
    ),
    day("4 20:10"),
    search(GOOGLE, "sherwani on rent pune koregaon park", "wedding"),
    page(
        "https://www.justdial.com/Pune/Sherwani-On-Rent/nct-11247836",
        "Top Sherwani On Rent in Pune - Justdial",
        "wedding",
    ),
    day("5 08:15"),
    *mail(),
    *cricbuzz(),
    day("5 11:00"),
    search(GOOGLE, "kubernetes memory request vs limit best practice java", "oom"),
    page(
        "https://home.robusta.dev/blog/kubernetes-memory-limit",
        "For the Love of God, Stop Using CPU Limits on Kubernetes (but set memory limits) | Robusta",
        "oom",
    ),
    page(
        "https://kubernetes.io/docs/tasks/configure-pod-container/assign-memory-resource/",
        "Assign Memory Resources to Containers and Pods | Kubernetes",
        "oom",
    ),
    day("5 19:20"),
    search(GOOGLE, "ather 450x on road price pune 2026", "scooter"),
    page(
        "https://www.bikedekho.com/ather-energy/450x/price-in-pune",
        "Ather 450X On Road Price in Pune - BikeDekho",
        "scooter",
    ),
    day("5 19:35"),
    search(BING, "pm e-drive subsidy electric two wheeler how to claim", "scooter"),
    page(
        "https://heavyindustries.gov.in/pm-e-drive-scheme",
        "PM E-DRIVE Scheme | Ministry of Heavy Industries",
        "scooter",
    ),
    day("6 09:30"),
    *mail(),
    *toi(),
    day("6 10:30"),
    search(GOOGLE, "jaipur wedding guest outfit men february", "wedding"),
    page(
        "https://www.manyavar.com/en-in/blog/wedding-guest-outfits-for-men",
        "Wedding Guest Outfits for Men: Kurta, Sherwani and Bandhgala | Manyavar",
        "wedding",
    ),
    day("6 16:00"),
    search(GOOGLE, "rust async tokio tutorial for beginners", "rust"),
    page(
        "https://tokio.rs/tokio/tutorial",
        "Tutorial | Tokio - An asynchronous Rust runtime",
        "rust",
    ),
    day("6 16:40"),
    search(GOOGLE, "old vs new tax regime calculator salaried 18 lakh", "tax"),
    page(
        "https://www.incometax.gov.in/iec/foportal/help/old-vs-new-tax-regime",
        "Old vs New Tax Regime | Income Tax Department",
        "tax",
    ),
    day("7 08:20"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1824409988776655443",
        "Appointment confirmed: Dr. S. Deshpande, Orthopaedics, 12 Feb 10:30 - Ruby Hall Clinic",
        "knee",
    ),
    *cricbuzz(),
    day("7 11:10"),
    search(GOOGLE, "heap dump on oomkilled pod kubernetes jcmd", "oom"),
    page(
        "https://www.baeldung.com/java-heap-dump-capture",
        "Different Ways to Capture Java Heap Dumps | Baeldung",
        "oom",
    ),
    day("7 11:45"),
    search(GOOGLE, "MaxDirectMemorySize default value java 17", "oom"),
    page(
        "https://stackoverflow.com/questions/3773775/default-for-xxmaxdirectmemorysize",
        "Default for XX:MaxDirectMemorySize - Stack Overflow",
        "oom",
    ),
    day("7 20:30"),
    search(GOOGLE, "hotels near jai mahal palace jaipur", "wedding"),
    page(
        "https://www.booking.com/searchresults.html?ss=Jai+Mahal+Palace+Jaipur",
        "Hotels near Jai Mahal Palace, Jaipur - Booking.com",
        "wedding",
    ),
    day("8 08:00"),
    *mail(),
    *toi(),
    day("8 13:15"),
    search(BING, "exercises before knee replacement surgery prehab", "knee"),
    *tab(
        f"{YT}h7KdPz2mQ1s",
        "Prehab: 6 Exercises Before Knee Replacement Surgery - YouTube",
        "knee",
    ),
    day("8 13:30"),
    search(GOOGLE, "walker vs cane after knee surgery which to buy", "knee"),
    page(
        "https://www.amazon.in/s?k=foldable+walker+for+elderly",
        "Amazon.in : foldable walker for elderly",
        "knee",
    ),
    day("8 21:10"),
    search(GOOGLE, "rust book chapter 8 exercises solutions", "rust"),
    page(
        "https://github.com/rust-lang/book/discussions/3271",
        "Chapter 8 exercises - solutions? · rust-lang/book · Discussion #3271",
        "rust",
    ),
    day("9 08:30"),
    *mail(),
    *cricbuzz(),
    day("9 10:50"),
    search(GOOGLE, "ather showroom pune test ride booking", "scooter"),
    page(
        "https://www.atherenergy.com/experience-centre/pune",
        "Ather Space Pune - Book a Test Ride | Ather Energy",
        "scooter",
    ),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1824412233445566778",
        "Your test ride is booked: Ather 450X, Sat 11:00, Ather Space Baner",
        "scooter",
    ),
    day("9 15:00"),
    search(GOOGLE, "elss fund best 3 year returns direct plan", "tax"),
    page(
        "https://www.valueresearchonline.com/funds/selector/category/27/equity-elss/",
        "Best ELSS Funds: Equity ELSS Fund Ranking | Value Research",
        "tax",
    ),
    day("10 09:00"),
    *mail(),
    *toi(),
    day("10 11:20"),
    search(GOOGLE, "postmortem template oomkilled incident", "oom"),
    page(
        "https://sre.google/sre-book/example-postmortem/",
        "Google SRE - Example Postmortem",
        "oom",
    ),
    day("10 19:40"),
    search(GOOGLE, "jaipur gift ideas for cousin wedding silver", "wedding"),
    page(
        "https://www.tanishq.co.in/gifting/wedding",
        "Wedding Gifts | Tanishq",
        "wedding",
    ),
]
