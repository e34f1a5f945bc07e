"""A secondary-school teacher's ten days in Leeds, on her own laptop, written in the
thirtieth session after steps 57 and 58, and scored before any change for it: a Year 9
field trip to plan (its risk assessment and coach), her remortgage as the fixed rate ends,
an anniversary weekend in the Lake District, a kitten to adopt, a care home for her
mother, and Python learned for her data lessons. The Guardian, Facebook and Outlook mail
are opened most days. Searches go to DuckDuckGo and Google.
Used by make_week_history.py (``week103``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, SO, Step, day, outlook_message, page, search

OUTLOOK = "https://outlook.live.com/mail/0/"


def outlook() -> list[Step]:
    return [("goto", OUTLOOK, "Mail - Hannah Whitaker - Outlook", None)]


def guardian() -> list[Step]:
    return [
        (
            "goto",
            "https://www.theguardian.com/uk",
            "News, sport and opinion from the Guardian's UK edition | The Guardian",
            None,
        )
    ]


def facebook() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


STEPS: list[Step] = [
    day("1 07:00"),
    *outlook(),
    *guardian(),
    day("1 17:30"),
    search(DDG, "year 9 geography field trip risk assessment template river", "trip"),
    page(
        "https://www.rgs.org/schools/resources-for-schools/fieldwork-risk-assessment",
        "Fieldwork risk assessment | Royal Geographical Society",
        "trip",
    ),
    search(DDG, "coach hire leeds school trip 50 seater quote", "trip"),
    page(
        "https://www.coachhireleeds.co.uk/school-trips",
        "School Trip Coach Hire in Leeds | Coach Hire Leeds",
        "trip",
    ),
    day("1 20:30"),
    search(GOOGLE, "remortgage when fixed rate ends how early can i lock in", "mortgage"),
    page(
        "https://www.moneysavingexpert.com/mortgages/remortgage-guide/",
        "Remortgage guide: how to find the cheapest deal - MoneySavingExpert",
        "mortgage",
    ),
    day("2 07:00"),
    *outlook(),
    *outlook_message(
        OUTLOOK,
        "Hannah Whitaker",
        "AQMkADAwATM0MDAAMS1iZjA1LWQ0NGMtMDACLTAwCgBGAAAD1",
        "Your fixed rate ends on 31 July - Nationwide",
        "mortgage",
    ),
    day("2 18:00"),
    search(DDG, "kitten adoption leeds rspca", "kitten"),
    page(
        "https://www.rspca-leeds.org.uk/adopt/cats",
        "Cats for adoption | RSPCA Leeds & Wakefield Branch",
        "kitten",
    ),
    search(DDG, "kitten first week at home checklist what to buy", "kitten"),
    page(
        "https://www.cats.org.uk/help-and-advice/getting-a-cat/kitten-checklist",
        "Kitten checklist | Cats Protection",
        "kitten",
    ),
    day("2 21:00"),
    *facebook(),
    day("3 07:00"),
    *outlook(),
    *guardian(),
    day("3 16:30"),
    search(GOOGLE, "python for beginners teachers pandas csv tutorial", "python"),
    page(
        "https://realpython.com/pandas-read-write-files/",
        "pandas: How to Read and Write Files – Real Python",
        "python",
    ),
    search(GOOGLE, "jupyter notebook vs google colab for classroom", "python"),
    page(
        "https://www.reddit.com/r/teachers/comments/16t0b2w/colab_or_jupyter_for_a_class/",
        "Colab or Jupyter for a class? : r/teachers",
        "python",
    ),
    day("3 20:00"),
    search(GOOGLE, "care homes near headingley dementia nursing cqc rating", "carehome"),
    page(
        "https://www.carehome.co.uk/care_search_results.cfm/searchtown/Headingley",
        "Care Homes in Headingley, Leeds | carehome.co.uk",
        "carehome",
    ),
    day("4 07:00"),
    *outlook(),
    day("4 17:00"),
    search(DDG, "lake district anniversary weekend cottage hot tub", "lakes"),
    page(
        "https://www.sykescottages.co.uk/cottages/lake-district/hot-tub",
        "Lake District Cottages with Hot Tubs | Sykes Cottages",
        "lakes",
    ),
    search(DDG, "romantic restaurants windermere tasting menu", "lakes"),
    page(
        "https://www.tripadvisor.co.uk/Restaurants-g186338-zfp16-Windermere_Lake_District_Cumbria_England.html",
        "Romantic Restaurants in Windermere - Tripadvisor",
        "lakes",
    ),
    day("4 21:00"),
    *facebook(),
    day("5 07:00"),
    *outlook(),
    *outlook_message(
        OUTLOOK,
        "Hannah Whitaker",
        "AQMkADAwATM0MDAAMS1iZjA1LWQ0NGMtMDACLTAwCgBGAAAD2",
        "Parental consent forms - Year 9 Malham trip",
        "trip",
    ),
    *guardian(),
    day("5 16:00"),
    search(GOOGLE, "malham cove field trip river study sites parking coach", "trip"),
    page(
        "https://www.fsc.org.uk/en-gb/locations/malham-tarn",
        "Malham Tarn Field Studies Centre | Field Studies Council",
        "trip",
    ),
    day("5 20:00"),
    search(
        GOOGLE, "how much does a care home cost per week leeds council contribution", "carehome"
    ),
    page(
        "https://www.leeds.gov.uk/adult-social-care/paying-for-care/care-homes",
        "Paying for a care home | Leeds City Council",
        "carehome",
    ),
    day("6 10:00"),
    search(DDG, "remortgage broker fee vs going direct", "mortgage"),
    page(
        "https://www.which.co.uk/money/mortgages-and-property/mortgages/mortgage-brokers",
        "Mortgage brokers: should you use one? - Which?",
        "mortgage",
    ),
    search(DDG, "product transfer vs remortgage legal fees valuation", "mortgage"),
    page(
        "https://www.unbiased.co.uk/discover/mortgages-property/remortgaging/product-transfer-vs-remortgage",
        "Product transfer vs remortgage | Unbiased",
        "mortgage",
    ),
    day("6 15:00"),
    search(DDG, "kitten vaccinations cost uk first and second", "kitten"),
    page(
        "https://www.pdsa.org.uk/pet-help-and-advice/looking-after-your-pet/kittens-cats/kitten-vaccinations",
        "Kitten vaccinations | PDSA",
        "kitten",
    ),
    day("6 21:00"),
    *facebook(),
    day("7 07:00"),
    *outlook(),
    *guardian(),
    day("7 17:00"),
    search(GOOGLE, "pandas groupby mean plot bar chart matplotlib", "python"),
    page(
        f"{SO}/29143468/pandas-groupby-and-plot-bar",
        "python - Pandas groupby and plot bar - Stack Overflow",
        "python",
    ),
    day("7 20:30"),
    search(GOOGLE, "questions to ask when visiting a care home for mum", "carehome"),
    page(
        "https://www.ageuk.org.uk/information-advice/care/arranging-care/care-homes/checklist/",
        "Care home checklist | Age UK",
        "carehome",
    ),
    day("8 07:00"),
    *outlook(),
    *outlook_message(
        OUTLOOK,
        "Hannah Whitaker",
        "AQMkADAwATM0MDAAMS1iZjA1LWQ0NGMtMDACLTAwCgBGAAAD3",
        "Booking confirmed: Fellside Cottage, Ambleside - 2 nights",
        "lakes",
    ),
    day("8 18:00"),
    search(DDG, "easy walks near ambleside with a pub lunch", "lakes"),
    page(
        "https://www.lakedistrict.gov.uk/visiting/things-to-do/walking/miles-without-stiles",
        "Miles without Stiles | Lake District National Park",
        "lakes",
    ),
    day("8 21:00"),
    *facebook(),
    day("9 07:00"),
    *outlook(),
    *guardian(),
    day("9 16:30"),
    search(GOOGLE, "school trip first aid kit list and staff ratio ks3", "trip"),
    page(
        "https://www.oeap.info/resources/staffing-ratios",
        "Staffing ratios | Outdoor Education Advisers' Panel",
        "trip",
    ),
    day("9 19:30"),
    search(DDG, "kitten scratching furniture how to stop", "kitten"),
    page(
        "https://www.bluecross.org.uk/advice/cat/behaviour-and-training/scratching",
        "How to stop your cat scratching furniture | Blue Cross",
        "kitten",
    ),
    day("10 07:00"),
    *outlook(),
    day("10 17:00"),
    search(GOOGLE, "python if statement exercises for students with answers", "python"),
    page(
        "https://www.w3resource.com/python-exercises/python-conditional-statements-and-loop-exercises.php",
        "Python conditional statements and loops - Exercises, Practice, Solution - w3resource",
        "python",
    ),
    day("10 20:00"),
    search(DDG, "nationwide remortgage rates existing customers 2 year fix", "mortgage"),
    page(
        "https://www.nationwide.co.uk/mortgages/existing-customers/rates",
        "Mortgage rates for existing customers | Nationwide",
        "mortgage",
    ),
    *facebook(),
]
