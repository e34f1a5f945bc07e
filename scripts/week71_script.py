"""A data engineer's ten days in Chicago, written at the end of the twenty-fourth session,
after all of its changes, and scored before any change for it: a slow Airflow DAG at work, a
dbt model's tests failing, an apartment's lease renewal negotiated, a dog's limp after a
run, a long weekend in Door County, and a sister's baby shower present. Work and life share
the same sittings; GitHub, Stack Overflow, ChatGPT and Amazon serve several tasks. Gmail,
Slack, the Chicago Tribune and YouTube are opened most days. Searches go to Google and
DuckDuckGo.
Used by make_week_history.py (``week71``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, tab, video_home

ADDRESS = "priya.raman.data@gmail.com"
INBOX = "b9c0d1e2f3"
SO = "https://stackoverflow.com/questions"
GH = "https://github.com"
GPT = "https://chatgpt.com/c/"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (11) - {ADDRESS} - Gmail", None)]


def slack() -> list[Step]:
    return [
        (
            "goto",
            "https://app.slack.com/client/T01ABCD/C02EFGH",
            "data-eng (Channel) - Acme - Slack",
            None,
        )
    ]


def trib() -> list[Step]:
    return [
        (
            "goto",
            "https://www.chicagotribune.com/",
            "Chicago Tribune: Chicago breaking news, sports, business",
            None,
        )
    ]


STEPS: list[Step] = [
    day("1 08:30"),
    *mail(),
    *slack(),
    day("1 10:00"),
    search(GOOGLE, "airflow dag slow scheduler task queued long time", "airflow"),
    page(
        "https://airflow.apache.org/docs/apache-airflow/stable/faq.html",
        "FAQ — Airflow Documentation",
        "airflow",
    ),
    page(
        f"{SO}/66098365/airflow-tasks-stuck-in-queued-state",
        "Airflow tasks stuck in queued state - Stack Overflow",
        "airflow",
    ),
    day("1 13:30"),
    search(DDG, "dbt test unique failing after incremental model", "dbt"),
    page(
        "https://docs.getdbt.com/docs/build/incremental-models",
        "Configure incremental models | dbt Developer Hub",
        "dbt",
    ),
    page(
        "https://discourse.getdbt.com/t/unique-test-fails-on-incremental-model/2211",
        "Unique test fails on incremental model - dbt Community Forum",
        "dbt",
    ),
    day("1 20:00"),
    search(GOOGLE, "dog limping after run front leg no swelling", "dog"),
    page(
        "https://www.akc.org/expert-advice/health/dog-limping/",
        "Dog Limping: Causes and When to See a Vet | American Kennel Club",
        "dog",
    ),
    day("2 08:30"),
    *mail(),
    *trib(),
    day("2 11:00"),
    (
        "goto",
        f"{GPT}7b2e9d10-aa01-4c3e-8f11-000000000001",
        "Airflow pool and parallelism settings",
        "airflow",
    ),
    search(GOOGLE, "airflow pools parallelism max_active_tasks_per_dag", "airflow"),
    page(
        "https://airflow.apache.org/docs/apache-airflow/stable/administration-and-deployment/pools.html",
        "Pools — Airflow Documentation",
        "airflow",
    ),
    day("2 19:00"),
    search(GOOGLE, "lease renewal rent increase chicago how much is normal", "lease"),
    page(
        "https://www.reddit.com/r/chicago/comments/1b8c9d0/rent_increase_at_renewal_negotiate/",
        "Rent increase at renewal - did you negotiate? : r/chicago",
        "lease",
    ),
    page(
        "https://www.chicago.gov/city/en/depts/doh/provdrs/renters/svcs/rents-right.html",
        "RentsRight - City of Chicago",
        "lease",
    ),
    day("3 08:30"),
    *mail(),
    *slack(),
    day("3 10:30"),
    search(DDG, "dbt incremental merge duplicates unique_key composite", "dbt"),
    page(
        f"{SO}/71234567/dbt-incremental-model-creating-duplicates-with-composite-unique-key",
        "dbt incremental model creating duplicates with composite unique key - Stack Overflow",
        "dbt",
    ),
    *tab(
        f"{GH}/acme-data/warehouse/pull/388",
        "fix(orders): composite unique_key for incremental orders by praman · Pull Request #388 · acme-data/warehouse",
        "dbt",
    ),
    day("3 20:30"),
    search(GOOGLE, "door county long weekend itinerary fall", "door"),
    page(
        "https://www.doorcounty.com/plan/itineraries/",
        "Door County Itineraries | Destination Door County",
        "door",
    ),
    page(
        "https://www.travelwisconsin.com/article/door-county-fall-colors",
        "Fall Colors in Door County | Travel Wisconsin",
        "door",
    ),
    day("4 08:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1821223344556677001",
        "Your lease renewal offer - 2240 N Halsted, Unit 3 - Lakeview Property Management",
        "lease",
    ),
    *trib(),
    day("4 12:30"),
    search(GOOGLE, "baby shower gift ideas practical first baby", "shower"),
    page(
        "https://www.babylist.com/hello-baby/best-baby-shower-gifts",
        "The Best Baby Shower Gifts of 2026 | Babylist",
        "shower",
    ),
    page(
        "https://www.amazon.com/Owlet-Dream-Sock-Baby-Monitor/dp/B0BKR1V2TR",
        "Amazon.com: Owlet Dream Sock Baby Monitor",
        "shower",
    ),
    day("4 18:00"),
    search(GOOGLE, "vet near me lincoln park dog limping appointment", "dog"),
    page(
        "https://www.lincolnparkanimalhospital.com/appointments",
        "Book an Appointment | Lincoln Park Animal Hospital",
        "dog",
    ),
    day("5 08:30"),
    *mail(),
    *slack(),
    day("5 11:00"),
    search(GOOGLE, "airflow celery worker concurrency autoscale kubernetes", "airflow"),
    page(
        "https://airflow.apache.org/docs/apache-airflow-providers-celery/stable/celery_executor.html",
        "Celery Executor — apache-airflow-providers-celery Documentation",
        "airflow",
    ),
    page(
        f"{GH}/apache/airflow/discussions/31245",
        "Tasks stay queued with CeleryExecutor on Kubernetes · apache/airflow · Discussion #31245",
        "airflow",
    ),
    day("5 21:00"),
    *video_home(),
    day("6 09:30"),
    *mail(),
    *trib(),
    day("6 11:00"),
    search(GOOGLE, "door county cabin rental fish creek pet friendly", "door"),
    page(
        "https://www.vrbo.com/search?destination=Fish%20Creek%2C%20Wisconsin&petsIncluded=true",
        "Fish Creek, WI Vacation Rentals | Vrbo",
        "door",
    ),
    day("6 16:00"),
    search(DDG, "counter offer rent increase letter template", "lease"),
    page(
        "https://www.apartmentlist.com/renter-life/how-to-negotiate-rent-increase",
        "How to Negotiate a Rent Increase (With Letter Template) | Apartment List",
        "lease",
    ),
    day("7 08:30"),
    *mail(),
    *slack(),
    day("7 10:00"),
    (
        "goto",
        f"{GPT}7b2e9d10-aa01-4c3e-8f11-000000000002",
        "dbt unique test on incremental model",
        "dbt",
    ),
    search(GOOGLE, "dbt snapshot vs incremental for slowly changing orders", "dbt"),
    page(
        "https://docs.getdbt.com/docs/build/snapshots",
        "Add snapshots to your DAG | dbt Developer Hub",
        "dbt",
    ),
    day("7 19:30"),
    search(GOOGLE, "dog soft tissue injury rest how long before running again", "dog"),
    page(
        "https://www.vcahospitals.com/know-your-pet/soft-tissue-injuries-in-dogs",
        "Soft Tissue Injuries in Dogs | VCA Animal Hospitals",
        "dog",
    ),
    day("8 08:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1821223344556679002",
        "Baby shower for Anjali - registry and RSVP - Evite",
        "shower",
    ),
    *trib(),
    day("8 13:00"),
    search(GOOGLE, "anjali raman baby registry babylist", "shower"),
    page(
        "https://www.babylist.com/list/anjali-raman",
        "Anjali Raman's Baby Registry | Babylist",
        "shower",
    ),
    day("8 20:00"),
    search(GOOGLE, "peninsula state park hiking trails eagle tower", "door"),
    page(
        "https://dnr.wisconsin.gov/topic/parks/peninsula",
        "Peninsula State Park | Wisconsin DNR",
        "door",
    ),
    day("9 08:30"),
    *mail(),
    *slack(),
    day("9 11:30"),
    search(DDG, "airflow dag run timeout sla miss callback", "airflow"),
    page(
        f"{SO}/58245372/airflow-sla-miss-callback-not-triggered",
        "Airflow SLA miss callback not triggered - Stack Overflow",
        "airflow",
    ),
    day("9 18:00"),
    search(GOOGLE, "illinois landlord must give notice of rent increase days", "lease"),
    page(
        "https://www.illinoislegalaid.org/legal-information/rent-increases",
        "Rent increases | Illinois Legal Aid Online",
        "lease",
    ),
    day("10 09:00"),
    *mail(),
    *trib(),
    day("10 12:00"),
    search(GOOGLE, "dog knee brace cruciate partial tear worth it", "dog"),
    page(
        "https://www.reddit.com/r/dogs/comments/1c4d5e6/knee_brace_for_partial_ccl_tear/",
        "Knee brace for partial CCL tear? : r/dogs",
        "dog",
    ),
    day("10 15:00"),
    search(DDG, "dbt ci slim ci state modified run only changed models", "dbt"),
    page(
        "https://docs.getdbt.com/best-practices/best-practice-workflows#run-only-modified-models-to-test-changes-slim-ci",
        "Best practice workflows | dbt Developer Hub",
        "dbt",
    ),
]
