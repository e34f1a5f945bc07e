"""A platform engineer's ten days in Bengaluru, written at the end of the twenty-second
session, after all of its changes, and scored before any change for it: a US visa for a
conference (the interview slot at the Chennai consulate), an electric scooter, his
mother's cataract surgery (the hospital, its cost, the insurance claim), a Kubernetes
autoscaler at work, violin classes for his daughter, and a cousin's wedding in Mysuru (a
silver gift, the drive). Words cross tasks: "claim" of the insurance only, "slot" of the
visa and of the scooter's test ride, "scaling" of the autoscaler, "classes" of the violin.
"bangalore" and "bengaluru" are both in searches of several tasks. Gmail, the Times of
India, YouTube and X are opened most days. Searches go to Google and Bing.
Used by make_week_history.py (``week55``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GMAIL, GOOGLE, Step, day, page, search, tab, video_home

ADDRESS = "rahul.iyer.dev@example.com"
K8S = "https://kubernetes.io/docs"


def mail() -> list[Step]:
    return [("goto", GMAIL, f"Inbox (17) - {ADDRESS} - Gmail", None)]


def toi(story: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [
        (
            "goto",
            "https://timesofindia.indiatimes.com/",
            "News - Latest News, Breaking News, Bollywood, Sports, Business and Political News | Times of India",
            None,
        )
    ]
    if story:
        steps.append(
            page(f"https://timesofindia.indiatimes.com/city/bengaluru/{story[0]}", story[1], None)
        )
    return steps


def x_home() -> list[Step]:
    return [("goto", "https://x.com/home", "Home / X", None)]


STEPS: list[Step] = [
    day("1 08:30"),
    *mail(),
    *toi(),
    day("1 10:00"),
    search(GOOGLE, "hpa not scaling down after load drops kubernetes", "hpa"),
    page(
        "https://stackoverflow.com/questions/58316143/kubernetes-hpa-not-scaling-down",
        "Kubernetes HPA not scaling down - Stack Overflow",
        "hpa",
    ),
    page(
        f"{K8S}/tasks/run-application/horizontal-pod-autoscale/",
        "Horizontal Pod Autoscaling | Kubernetes",
        "hpa",
    ),
    day("1 13:30"),
    search(GOOGLE, "us visa b1 b2 interview slot availability chennai", "visa"),
    page(
        "https://www.ustraveldocs.com/in/en/visa-appointment-wait-times",
        "Visa Appointment Wait Times | U.S. Visa Information - India",
        "visa",
    ),
    page(
        "https://www.reddit.com/r/usvisascheduling/comments/1p2q3r/chennai_b1b2_slots_december/",
        "Chennai B1/B2 slots for December? : r/usvisascheduling",
        "visa",
    ),
    day("1 20:00"),
    search(GOOGLE, "ather 450x vs ola s1 pro range real world bangalore", "scooter"),
    page(
        "https://www.autocarindia.com/bike-reviews/ather-450x-vs-ola-s1-pro-comparison",
        "Ather 450X vs Ola S1 Pro comparison | Autocar India",
        "scooter",
    ),
    page(
        "https://www.youtube.com/watch?v=ather-vs-ola",
        "Ather 450X vs Ola S1 Pro - Real World Range Test - YouTube",
        "scooter",
    ),
    day("2 08:30"),
    *mail(),
    *x_home(),
    day("2 11:00"),
    search(GOOGLE, "cataract surgery cost bengaluru monofocal vs multifocal lens", "cataract"),
    page(
        "https://www.narayananethralaya.org/cataract-surgery",
        "Cataract Surgery | Narayana Nethralaya",
        "cataract",
    ),
    page(
        "https://www.practo.com/bangalore/treatment/cataract-surgery-cost",
        "Cataract Surgery Cost in Bangalore | Practo",
        "cataract",
    ),
    day("2 15:00"),
    search(BING, "violin classes for kids carnatic jayanagar", "violin"),
    page(
        "https://www.urbanpro.com/bangalore/carnatic-violin-classes/jayanagar",
        "Carnatic Violin Classes in Jayanagar, Bangalore | UrbanPro",
        "violin",
    ),
    page(
        "https://www.justdial.com/Bangalore/Violin-Classes-in-Jayanagar/nct-10512345",
        "Violin Classes in Jayanagar, Bangalore | Justdial",
        "violin",
    ),
    day("2 21:00"),
    *video_home(),
    page(
        "https://www.youtube.com/watch?v=ind-aus-hl",
        "India vs Australia 3rd ODI Highlights - YouTube",
        None,
    ),
    day("3 08:30"),
    *mail(),
    *tab(
        "https://mail.google.com/mail/u/0/?ik=b52&view=pt&search=all&permthid=thread-f:9021",
        f"Invitation: Priya weds Karthik, Mysuru, 14 December - {ADDRESS} - Gmail",
        "wedding",
    ),
    *toi(
        (
            "metro-yellow-line-opens",
            "Namma Metro Yellow Line opens to public | Bengaluru News - Times of India",
        )
    ),
    day("3 10:30"),
    search(GOOGLE, "keda vs hpa custom metrics queue length scaling", "hpa"),
    page(
        "https://keda.sh/docs/2.16/concepts/scaling-deployments/",
        "Scaling Deployments, StatefulSets & Custom Resources | KEDA",
        "hpa",
    ),
    page(
        "https://github.com/kedacore/keda/discussions/4521",
        "KEDA vs HPA with prometheus adapter? · kedacore/keda · Discussion #4521 · GitHub",
        "hpa",
    ),
    day("3 18:30"),
    search(GOOGLE, "silver gift for wedding pooja items set online", "wedding"),
    page(
        "https://www.tanishq.co.in/gifting/silver-pooja-items",
        "Silver Pooja Items | Tanishq",
        "wedding",
    ),
    page(
        "https://www.tanishq.co.in/product/silver-kamakshi-lamp-pair-50g",
        "Silver Kamakshi Lamp Pair 50g | Tanishq",
        "wedding",
    ),
    day("4 08:30"),
    *mail(),
    *x_home(),
    day("4 11:30"),
    search(GOOGLE, "ds-160 photo requirements rejected background", "visa"),
    page(
        "https://travel.state.gov/content/travel/en/us-visas/visa-information-resources/photos.html",
        "Photo Requirements - Travel.State.gov",
        "visa",
    ),
    day("4 16:00"),
    search(BING, "star health insurance cataract claim cashless sub limit", "cataract"),
    page(
        "https://www.starhealth.in/blog/cataract-surgery-insurance-coverage",
        "Is Cataract Surgery Covered by Health Insurance? | Star Health",
        "cataract",
    ),
    page(
        "https://www.policybazaar.com/health-insurance/cataract-surgery-claim/",
        "Cataract Surgery Claim: Sub-limits and Cashless | Policybazaar",
        "cataract",
    ),
    day("4 19:30"),
    search(GOOGLE, "ather test ride booking koramangala experience centre", "scooter"),
    page(
        "https://www.atherenergy.com/test-ride",
        "Book a Test Ride | Ather Energy",
        "scooter",
    ),
    page(
        "https://www.atherenergy.com/test-ride/confirmed",
        "Test ride confirmed | Ather Energy",
        "scooter",
    ),
    day("5 08:30"),
    *mail(),
    *toi(),
    day("5 10:00"),
    (
        "goto",
        f"{K8S}/tasks/run-application/horizontal-pod-autoscale/",
        "Horizontal Pod Autoscaling | Kubernetes",
        "hpa",
    ),
    search(GOOGLE, "hpa behavior scaledown stabilizationwindowseconds example", "hpa"),
    page(
        f"{K8S}/tasks/run-application/horizontal-pod-autoscale-walkthrough/",
        "HorizontalPodAutoscaler Walkthrough | Kubernetes",
        "hpa",
    ),
    day("5 17:00"),
    search(GOOGLE, "violin size for 8 year old 1/2 or 3/4", "violin"),
    page(
        "https://www.stringsbymail.com/violin-sizing-chart",
        "Violin Sizing Chart | Strings By Mail",
        "violin",
    ),
    day("6 09:30"),
    *video_home(),
    *x_home(),
    day("6 11:00"),
    search(GOOGLE, "bangalore to mysore drive expressway toll time", "wedding"),
    page(
        "https://www.reddit.com/r/bangalore/comments/1r8s9t/bangalore_mysore_expressway_toll/",
        "Bangalore-Mysore expressway toll and travel time? : r/bangalore",
        "wedding",
    ),
    page(
        "https://www.google.com/maps/dir/Bengaluru/Mysuru",
        "Bengaluru to Mysuru - Google Maps",
        "wedding",
    ),
    day("6 15:30"),
    search(GOOGLE, "after cataract surgery care eye drops schedule elderly", "cataract"),
    page(
        "https://www.aao.org/eye-health/diseases/cataract-surgery-recovery",
        "Cataract Surgery Recovery | American Academy of Ophthalmology",
        "cataract",
    ),
    day("7 08:30"),
    *mail(),
    *tab(
        "https://mail.google.com/mail/u/0/?ik=b52&view=pt&search=all&permthid=thread-f:9088",
        f"Appointment confirmation - OFC and consular interview, Chennai - {ADDRESS} - Gmail",
        "visa",
    ),
    *toi(),
    day("7 10:30"),
    search(GOOGLE, "b1 b2 interview questions conference attendee software engineer", "visa"),
    page(
        "https://www.reddit.com/r/immigration/comments/1s3t4u/b1b2_interview_for_a_conference/",
        "B1/B2 interview for a conference - what did they ask? : r/immigration",
        "visa",
    ),
    day("7 18:00"),
    search(GOOGLE, "ola s1 pro service centre complaints bangalore", "scooter"),
    page(
        "https://www.reddit.com/r/bangalore/comments/1t6y7u/ola_service_center_experience/",
        "Ola service center experience? : r/bangalore",
        "scooter",
    ),
    day("8 08:30"),
    *mail(),
    *x_home(),
    day("8 11:00"),
    search(BING, "hpa cpu target utilization requests limits wrong metrics", "hpa"),
    page(
        "https://learnk8s.io/kubernetes-autoscaling-strategies",
        "Kubernetes autoscaling strategies | Learnk8s",
        "hpa",
    ),
    day("8 16:00"),
    search(GOOGLE, "hotels near wedding venue mysuru kuvempunagar", "wedding"),
    page(
        "https://www.booking.com/hotel/in/royal-orchid-metropole-mysore.html",
        "Royal Orchid Metropole, Mysore – Updated 2026 Prices",
        "wedding",
    ),
    day("9 08:30"),
    *mail(),
    *toi(),
    day("9 12:00"),
    search(GOOGLE, "carnatic violin teacher online trial class kids", "violin"),
    page(
        "https://www.lessonsbylakshmi.com/carnatic-violin-kids",
        "Carnatic Violin for Kids - Online Trial Class",
        "violin",
    ),
    day("9 17:00"),
    search(GOOGLE, "ev subsidy karnataka 2026 electric two wheeler", "scooter"),
    page(
        "https://www.ev.karnataka.gov.in/subsidy",
        "EV Subsidy Scheme | Government of Karnataka",
        "scooter",
    ),
    day("10 09:30"),
    *video_home(),
    day("10 11:00"),
    (
        "goto",
        "https://www.practo.com/bangalore/treatment/cataract-surgery-cost",
        "Cataract Surgery Cost in Bangalore | Practo",
        "cataract",
    ),
    page(
        "https://www.narayananethralaya.org/book-appointment",
        "Book an Appointment | Narayana Nethralaya",
        "cataract",
    ),
    day("10 15:00"),
    search(GOOGLE, "chennai consulate interview day what to carry documents", "visa"),
    page(
        "https://in.usembassy.gov/visas/what-to-bring-to-your-interview/",
        "What to bring to your interview | U.S. Embassy & Consulates in India",
        "visa",
    ),
]
