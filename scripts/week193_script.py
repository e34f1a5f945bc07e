"""A software developer's ten days in Auckland, written in the fifty-fourth session and
scored before any change for it: a Java service moved to AWS Lambda (cold starts,
SnapStart, a DynamoDB table), the Tongariro Alpine Crossing (shuttle, hut, weather), an
electric car (two models compared, a home charger), his daughter's first bike, and a
pizza oven for the deck. Between them he reads Gmail, the NZ Herald, YouTube and Hacker
News, and one article from the Herald's front page. Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week193``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import (
    DDG,
    GOOGLE,
    Step,
    day,
    gmail_message,
    mail,
    page,
    search,
    tab,
    video_home,
)

ADDRESS = "tane.wiremu.dev@gmail.com"
IK = "c03f58a1b7"


def herald(article: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [
        ("goto", "https://www.nzherald.co.nz/", "NZ Herald - New Zealand's Latest News", None)
    ]
    if article:
        steps.append(("click", f"https://www.nzherald.co.nz/{article[0]}", article[1], None))
    return steps


def hn() -> list[Step]:
    return [("goto", "https://news.ycombinator.com/", "Hacker News", None)]


STEPS: list[Step] = [
    day("1 07:30"),
    *herald(),
    *mail(),
    day("1 10:15"),
    search(GOOGLE, "aws lambda java cold start spring boot", "lambda"),
    page(
        "https://aws.amazon.com/blogs/compute/reducing-java-cold-starts-on-aws-lambda-functions-with-snapstart/",
        "Reducing Java cold starts on AWS Lambda functions with SnapStart | AWS Compute Blog",
        "lambda",
    ),
    *tab(
        "https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html",
        "Improving startup performance with Lambda SnapStart - AWS Lambda",
        "lambda",
    ),
    day("1 19:40"),
    search(DDG, "tongariro alpine crossing shuttle from whakapapa", "tramp"),
    page(
        "https://www.tongarirocrossing.org.nz/shuttles",
        "Shuttles | Tongariro Alpine Crossing",
        "tramp",
    ),
    day("2 07:50"),
    *mail(),
    day("2 12:20"),
    search(GOOGLE, "byd atto 3 vs mg4 real world range nz", "ev"),
    page(
        "https://www.drive.co.nz/news/byd-atto-3-vs-mg4-comparison",
        "BYD Atto 3 vs MG4: comparison review | Drive NZ",
        "ev",
    ),
    *tab(
        "https://www.autocar.co.nz/reviews/mg4-essence-long-range-review",
        "MG4 Essence Long Range review | NZ Autocar",
        "ev",
    ),
    day("2 20:30"),
    search(DDG, "balance bike vs training wheels 4 year old", "bike"),
    page(
        "https://www.rei.com/learn/expert-advice/kids-bike.html",
        "How to Choose a Kids' Bike | REI Expert Advice",
        "bike",
    ),
    day("3 07:40"),
    *herald(
        (
            "nz/ev-road-user-charges-explained/ABCD1234/",
            "Road user charges for EVs: what you will pay - NZ Herald",
        )
    ),
    day("3 10:00"),
    search(GOOGLE, "dynamodb single table design one to many", "lambda"),
    page(
        "https://www.alexdebrie.com/posts/dynamodb-one-to-many/",
        "How to model one-to-many relationships in DynamoDB | DeBrie Advisory",
        "lambda",
    ),
    search(GOOGLE, "snapstart priming crac beforeCheckpoint example", "lambda"),
    page(
        "https://github.com/aws-samples/lambda-snapstart-priming",
        "aws-samples/lambda-snapstart-priming: Priming examples for Lambda SnapStart",
        "lambda",
    ),
    day("3 18:50"),
    search(DDG, "ooni koda 16 vs gozney roccbox", "pizza"),
    page(
        "https://www.seriouseats.com/best-pizza-ovens-7095431",
        "The Best Pizza Ovens, Tested | Serious Eats",
        "pizza",
    ),
    day("4 08:15"),
    *mail(),
    *gmail_message(
        ADDRESS,
        IK,
        "1813345590012348810",
        "Booking confirmed: Mangatepopo Hut, 21 March - DOC",
        "tramp",
    ),
    search(GOOGLE, "mangatepopo hut what to bring sleeping bag gas", "tramp"),
    page(
        "https://www.doc.govt.nz/parks-and-recreation/places-to-go/central-north-island/places/tongariro-national-park/things-to-do/huts/mangatepopo-hut/",
        "Mangatepopo Hut: Tongariro National Park | Department of Conservation",
        "tramp",
    ),
    day("4 13:00"),
    search(DDG, "home ev charger install cost auckland 7kw", "ev"),
    page(
        "https://www.evdb.co.nz/home-charging",
        "Home charging your EV in New Zealand | EVDB",
        "ev",
    ),
    day("4 21:10"),
    *hn(),
    *video_home(),
    day("5 07:30"),
    *herald(),
    day("5 10:40"),
    search(GOOGLE, "lambda provisioned concurrency vs snapstart cost", "lambda"),
    page(
        "https://www.reddit.com/r/aws/comments/1axq2k9/provisioned_concurrency_or_snapstart/",
        "Provisioned concurrency or SnapStart? : r/aws",
        "lambda",
    ),
    day("5 17:30"),
    search(GOOGLE, "kids bike 16 inch lightweight nz", "bike"),
    page(
        "https://www.torpedo7.co.nz/products/kids-bikes",
        "Kids Bikes | Torpedo7 NZ",
        "bike",
    ),
    *tab(
        "https://www.woom.com/en_INT/woom-3",
        "woom 3 | 16 inch kids bike for 4 to 6 year olds",
        "bike",
    ),
    day("6 09:20"),
    search(DDG, "tongariro crossing weather forecast metservice", "tramp"),
    page(
        "https://www.metservice.com/mountains-and-parks/national-parks/tongariro",
        "Tongariro National Park Forecast | MetService",
        "tramp",
    ),
    day("6 14:00"),
    search(GOOGLE, "neapolitan pizza dough recipe 00 flour 24 hour", "pizza"),
    page(
        "https://www.seriouseats.com/neapolitan-pizza-dough-recipe",
        "Neapolitan Pizza Dough Recipe | Serious Eats",
        "pizza",
    ),
    day("7 07:45"),
    *mail(),
    search(GOOGLE, "clean car discount ended ev price nz 2027", "ev"),
    page(
        "https://www.nzta.govt.nz/vehicles/clean-car-programme/",
        "Clean Car Programme | NZ Transport Agency Waka Kotahi",
        "ev",
    ),
    day("7 11:00"),
    search(GOOGLE, "aws sam java 21 lambda template snapstart", "lambda"),
    page(
        "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html",
        "AWS::Serverless::Function - AWS Serverless Application Model",
        "lambda",
    ),
    day("7 20:20"),
    *hn(),
    search(DDG, "teach kid to ride bike without training wheels", "bike"),
    page(
        "https://www.youtube.com/watch?v=Hh3sQ8uJ2rc",
        "How to Teach a Kid to Ride a Bike in 30 Minutes - YouTube",
        "bike",
    ),
    day("8 08:00"),
    *herald(),
    day("8 12:30"),
    search(GOOGLE, "byd atto 3 test drive auckland dealer", "ev"),
    page(
        "https://www.byd.co.nz/test-drive",
        "Book a Test Drive | BYD New Zealand",
        "ev",
    ),
    day("8 19:10"),
    search(DDG, "pizza oven stand outdoor deck heat safe", "pizza"),
    page(
        "https://ooni.com/collections/tables",
        "Pizza Oven Tables & Stands | Ooni NZ",
        "pizza",
    ),
    day("9 10:10"),
    search(GOOGLE, "dynamodb conditional write idempotency lambda", "lambda"),
    page(
        "https://docs.powertools.aws.dev/lambda/java/utilities/idempotency/",
        "Idempotency - Powertools for AWS Lambda (Java)",
        "lambda",
    ),
    day("9 18:40"),
    search(GOOGLE, "what to wear tongariro crossing march layers", "tramp"),
    page(
        "https://www.reddit.com/r/newzealand/comments/1bf8w2e/tongariro_crossing_gear/",
        "Tongariro crossing gear? : r/newzealand",
        "tramp",
    ),
    day("10 08:20"),
    *mail(),
    *video_home(),
    day("10 17:30"),
    search(DDG, "how hot should pizza stone be before launching", "pizza"),
    page(
        "https://www.kingarthurbaking.com/blog/2022/06/06/pizza-stone-temperature",
        "How hot should a pizza stone be? | King Arthur Baking",
        "pizza",
    ),
]
