"""A software consultant's ten days in Denver, on her laptop at home and at clients' offices,
written in the thirty-fourth session after its step 68 and scored before any change for it:
her Kubernetes administrator exam (CKA), solar panels quoted for the house, her dog's
itchy skin and a food allergy trial, a season ski pass, and a toast for her best friend's
wedding. Between them she reads the Denver Post and Hacker News, and watches ski videos
from YouTube's front page. Gmail is opened most days. Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week127``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, video_home

ADDRESS = "maya.lindqvist.dev@gmail.com"
INBOX = "f1a9d3c7e5"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (11) - {ADDRESS} - Gmail", None)]


def post() -> list[Step]:
    return [
        (
            "goto",
            "https://www.denverpost.com/",
            "The Denver Post: Colorado news, sports, politics and weather",
            None,
        )
    ]


def hn() -> list[Step]:
    return [("goto", "https://news.ycombinator.com/", "Hacker News", None)]


def ski(video: str, title: str) -> list[Step]:
    return [*video_home(), ("click", f"https://www.youtube.com/watch?v={video}", title, None)]


STEPS: list[Step] = [
    day("1 07:20"),
    *mail(),
    *post(),
    day("1 19:30"),
    search(GOOGLE, "cka exam 2027 curriculum changes gateway api", "cka"),
    page(
        "https://training.linuxfoundation.org/certification/certified-kubernetes-administrator-cka/",
        "Certified Kubernetes Administrator (CKA) | Linux Foundation",
        "cka",
    ),
    search(GOOGLE, "killer.sh cka simulator worth it", "cka"),
    page(
        "https://www.reddit.com/r/kubernetes/comments/1z2a3b4/is_killersh_harder_than_the_real_cka/",
        "Is killer.sh harder than the real CKA? : r/kubernetes",
        "cka",
    ),
    day("2 07:15"),
    *mail(),
    *hn(),
    day("2 12:30"),
    search(DDG, "dog constantly licking paws red skin food allergy or environmental", "dog"),
    page(
        "https://www.akc.org/expert-advice/health/why-do-dogs-lick-their-paws/",
        "Why Do Dogs Lick Their Paws? | American Kennel Club",
        "dog",
    ),
    day("2 20:00"),
    search(GOOGLE, "solar panels denver cost per watt 2027 xcel net metering", "solar"),
    page(
        "https://www.energysage.com/local-data/solar-panel-cost/co/denver/",
        "Cost of solar panels in Denver, CO | EnergySage",
        "solar",
    ),
    search(GOOGLE, "xcel energy solar rewards program colorado interconnection", "solar"),
    page(
        "https://co.my.xcelenergy.com/s/renewable/solar-rewards",
        "Solar*Rewards | Xcel Energy Colorado",
        "solar",
    ),
    day("3 07:20"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1875600778899000001",
        "Your solar proposal from Front Range Solar - 7.2 kW system",
        "solar",
    ),
    *post(),
    day("3 19:45"),
    search(GOOGLE, "kubectl etcd backup restore snapshot cka practice", "cka"),
    page(
        "https://kubernetes.io/docs/tasks/administer-cluster/configure-upgrade-etcd/",
        "Operating etcd clusters for Kubernetes | Kubernetes",
        "cka",
    ),
    search(GOOGLE, "kubeadm upgrade control plane node step by step", "cka"),
    page(
        "https://kubernetes.io/docs/tasks/administer-cluster/kubeadm/kubeadm-upgrade/",
        "Upgrading kubeadm clusters | Kubernetes",
        "cka",
    ),
    day("4 07:15"),
    *mail(),
    *hn(),
    day("4 18:30"),
    *ski("sk1v1d30a", "Skiing Mary Jane Bumps on a Powder Day - YouTube"),
    search(GOOGLE, "ikon pass vs epic pass denver 2027 blackout dates", "pass"),
    page(
        "https://www.onthesnow.com/news/ikon-vs-epic-pass-comparison/",
        "Ikon Pass vs Epic Pass: Which Is Right for You? | OnTheSnow",
        "pass",
    ),
    day("4 21:00"),
    search(GOOGLE, "maid of honor toast examples funny but heartfelt", "toast"),
    page(
        "https://www.theknot.com/content/maid-of-honor-speech-examples",
        "Maid of Honor Speech Examples and Tips | The Knot",
        "toast",
    ),
    day("5 07:20"),
    *mail(),
    *post(),
    day("5 12:00"),
    search(DDG, "hydrolyzed protein diet elimination trial how long dog", "dog"),
    page(
        "https://www.vet.cornell.edu/departments-centers-and-institutes/riney-canine-health-center/canine-health-information/food-allergies",
        "Food allergies | Cornell University College of Veterinary Medicine",
        "dog",
    ),
    search(DDG, "royal canin hydrolyzed protein vs purina ha dog", "dog"),
    page(
        "https://www.chewy.com/b/hydrolyzed-protein-dog-food-11874",
        "Hydrolyzed Protein Dog Food | Chewy",
        "dog",
    ),
    day("5 20:15"),
    search(GOOGLE, "solar panel roof age replace roof first 15 year old shingles", "solar"),
    page(
        "https://www.solarreviews.com/blog/should-i-replace-my-roof-before-going-solar",
        "Should I replace my roof before going solar? | SolarReviews",
        "solar",
    ),
    day("6 09:30"),
    search(GOOGLE, "ikon base pass vs full pass arapahoe basin days", "pass"),
    page(
        "https://www.ikonpass.com/en/shop-passes/ikon-base-pass",
        "Ikon Base Pass | Ikon Pass",
        "pass",
    ),
    day("6 14:00"),
    search(GOOGLE, "how long should a maid of honor speech be minutes", "toast"),
    page(
        "https://www.brides.com/how-long-should-a-wedding-toast-be-5270890",
        "How Long Should a Wedding Toast Be? | Brides",
        "toast",
    ),
    day("7 07:15"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1875600778899000002",
        "CKA exam scheduled - PSI confirmation for Saturday 9:00 AM MT",
        "cka",
    ),
    *hn(),
    day("7 19:30"),
    search(GOOGLE, "cka network policy questions deny all ingress example", "cka"),
    page(
        "https://kubernetes.io/docs/concepts/services-networking/network-policies/",
        "Network Policies | Kubernetes",
        "cka",
    ),
    day("8 07:20"),
    *mail(),
    *post(),
    day("8 12:15"),
    search(GOOGLE, "federal solar tax credit 30 percent form 5695 2027", "solar"),
    page(
        "https://www.irs.gov/forms-pubs/about-form-5695",
        "About Form 5695, Residential Energy Credits | Internal Revenue Service",
        "solar",
    ),
    day("8 20:30"),
    *ski("sk1v1d30b", "Top 10 Runs at Arapahoe Basin - YouTube"),
    search(DDG, "dog apoquel vs cytopoint itching side effects", "dog"),
    page(
        "https://www.petmd.com/dog/medications/apoquel-vs-cytopoint",
        "Apoquel vs. Cytopoint for Dogs | PetMD",
        "dog",
    ),
    day("9 07:15"),
    *mail(),
    *hn(),
    day("9 21:00"),
    search(GOOGLE, "wedding toast opening lines childhood friend story", "toast"),
    page(
        "https://www.reddit.com/r/weddingplanning/comments/1a2b3c4/best_opening_line_for_moh_speech/",
        "Best opening line you've heard in a MOH speech? : r/weddingplanning",
        "toast",
    ),
    day("10 07:20"),
    *mail(),
    *post(),
    day("10 17:00"),
    search(GOOGLE, "ski pass price increase deadline ikon when", "pass"),
    page(
        "https://www.ikonpass.com/en/pass-pricing-deadlines",
        "Pass Prices and Deadlines | Ikon Pass",
        "pass",
    ),
]
