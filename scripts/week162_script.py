"""A sixth-former's ten days in Manchester, written in the forty-fifth session and scored
before any change for it: two tasks of one subject that she keeps apart. Her UCAS personal
statement for a chemistry degree, and revision for her A-level chemistry mock (organic
mechanisms); besides them a weekend job in a café (applied for), a second-hand guitar, a
gig in London with the train and a hostel (booked), and her theory test. Between them she
opens Instagram, YouTube and Gmail. Searches go to Google and Ecosia.
Used by make_week_history.py (``week162``); steps as in week_script.py.
"""

from __future__ import annotations

from urllib.parse import quote_plus

from week_script import GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "ellie.hargreaves07@gmail.com"


def ecosia(query: str, task: str) -> Step:
    """A search on Ecosia, titled "… - Ecosia"."""
    return (
        "goto",
        "https://www.ecosia.org/search?q=" + quote_plus(query),
        f"{query} - Ecosia",
        task,
    )


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (12) - {ADDRESS} - Gmail", None)]


def instagram() -> list[Step]:
    return [("goto", "https://www.instagram.com/", "Instagram", None)]


def youtube() -> list[Step]:
    return [("goto", "https://www.youtube.com/", "YouTube", None)]


STEPS: list[Step] = [
    day("1 16:30"),
    *instagram(),
    search(GOOGLE, "ucas personal statement chemistry examples", "ucas"),
    page(
        "https://www.studential.com/personal-statement-examples/chemistry-personal-statements",
        "Chemistry Personal Statement Examples | Studential.com",
        "ucas",
    ),
    page(
        "https://www.ucas.com/undergraduate/applying-to-university/writing-your-personal-statement",
        "Writing your personal statement | UCAS",
        "ucas",
    ),
    day("1 20:10"),
    *youtube(),
    ecosia("nucleophilic substitution mechanism haloalkanes a level", "revision"),
    page(
        "https://www.chemguide.co.uk/mechanisms/nucsub/whatis.html",
        "What is nucleophilic substitution? - chemguide",
        "revision",
    ),
    page(
        "https://www.savemyexams.com/a-level/chemistry/aqa/17/revision-notes/3-organic-chemistry/3-3-halogenoalkanes/",
        "Halogenoalkanes | AQA A Level Chemistry Revision Notes 2017 | Save My Exams",
        "revision",
    ),
    day("2 16:45"),
    *instagram(),
    search(GOOGLE, "part time jobs 17 year old manchester weekend cafe", "job"),
    page(
        "https://uk.indeed.com/q-weekend-barista-l-manchester-jobs.html",
        "Weekend Barista Jobs in Manchester - Indeed",
        "job",
    ),
    *tab(
        "https://www.indeed.co.uk/viewjob?jk=7c2e91f04ab1d3e8",
        "Weekend Team Member - Ancoats Coffee Co. - Manchester | Indeed.com",
        "job",
    ),
    day("2 21:00"),
    *mail(),
    ecosia("best beginner electric guitar under 200 squier vs yamaha pacifica", "guitar"),
    page(
        "https://www.guitarworld.com/features/best-beginner-electric-guitars",
        "Best beginner electric guitars 2027 | Guitar World",
        "guitar",
    ),
    page(
        "https://www.musicradar.com/news/yamaha-pacifica-vs-squier-stratocaster",
        "Yamaha Pacifica vs Squier Stratocaster: which is the best beginner guitar? | MusicRadar",
        "guitar",
    ),
    day("3 17:20"),
    *youtube(),
    search(GOOGLE, "fred again london tickets o2 march", "gig"),
    page(
        "https://www.ticketmaster.co.uk/fred-again-tickets/artist/2748301",
        "Fred again.. Tickets | 2027 Tour Dates & Concerts | Ticketmaster UK",
        "gig",
    ),
    search(GOOGLE, "electrophilic addition alkenes mechanism bromine water", "revision"),
    page(
        "https://www.chemguide.co.uk/mechanisms/eladd/symbr.html",
        "The reaction between symmetrical alkenes and bromine - chemguide",
        "revision",
    ),
    day("3 21:30"),
    *instagram(),
    ecosia("ucas personal statement new format 2027 three questions", "ucas"),
    page(
        "https://www.ucas.com/applying/applying-to-university/personal-statement-changes-2026",
        "Changes to the personal statement | UCAS",
        "ucas",
    ),
    day("4 16:10"),
    *mail(),
    search(GOOGLE, "barista interview questions no experience", "job"),
    page(
        "https://www.indeed.com/career-advice/interviewing/barista-interview-questions",
        "20 Barista Interview Questions (With Example Answers) | Indeed.com",
        "job",
    ),
    search(GOOGLE, "cv template for teenager first job uk", "job"),
    page(
        "https://nationalcareers.service.gov.uk/careers-advice/cv-sections",
        "CV sections | National Careers Service",
        "job",
    ),
    day("4 20:40"),
    *youtube(),
    search(GOOGLE, "theory test booking gov uk", "driving"),
    page(
        "https://www.gov.uk/book-theory-test",
        "Book your theory test - GOV.UK",
        "driving",
    ),
    page(
        "https://www.gov.uk/theory-test/hazard-perception-test",
        "Theory test: cars: Hazard perception test - GOV.UK",
        "driving",
    ),
    day("5 17:00"),
    *instagram(),
    ecosia("train manchester to london cheap advance tickets 16-25 railcard", "gig"),
    page(
        "https://www.thetrainline.com/en/train-times/manchester-piccadilly-to-london-euston",
        "Cheap Trains from Manchester Piccadilly to London Euston | Trainline",
        "gig",
    ),
    page(
        "https://www.16-25railcard.co.uk/",
        "16-25 Railcard | Save 1/3 on rail travel",
        "gig",
    ),
    ecosia("yamaha pacifica 112v used price what to check facebook marketplace", "guitar"),
    page(
        "https://www.reddit.com/r/Guitar/comments/t3k9w1/what_to_check_when_buying_a_used_guitar/",
        "What to check when buying a used guitar? : r/Guitar",
        "guitar",
    ),
    day("6 11:30"),
    *youtube(),
    search(GOOGLE, "aqa a level chemistry paper 2 2023 mark scheme", "revision"),
    page(
        "https://www.physicsandmathstutor.com/chemistry-revision/a-level-aqa/papers/",
        "AQA A-level Chemistry Past Papers - Physics & Maths Tutor",
        "revision",
    ),
    *tab(
        "https://filestore.aqa.org.uk/sample-papers-and-mark-schemes/2023/june/AQA-74052-MS-JUN23.PDF",
        "AQA-74052-MS-JUN23.PDF",
        "revision",
    ),
    day("6 19:45"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "0c7d3a91fe",
        "1834221907701",
        "Thanks for applying to Weekend Team Member at Ancoats Coffee Co.",
        "job",
    ),
    search(GOOGLE, "university of leeds chemistry entry requirements", "ucas"),
    page(
        "https://courses.leeds.ac.uk/f105/chemistry-bsc",
        "Chemistry BSc | University of Leeds",
        "ucas",
    ),
    day("7 15:30"),
    *instagram(),
    ecosia("hostel near o2 arena london cheap", "gig"),
    page(
        "https://www.hostelworld.com/hostels/europe/england/london/d/greenwich/",
        "Hostels in Greenwich, London | Hostelworld",
        "gig",
    ),
    *tab(
        "https://www.yha.org.uk/hostel/yha-london-st-pauls",
        "YHA London St Paul's | YHA",
        "gig",
    ),
    search(GOOGLE, "theory test practice questions free hazard perception clips", "driving"),
    page(
        "https://www.safedrivingforlife.info/free-practice-tests/",
        "Free practice tests | Safe Driving for Life",
        "driving",
    ),
    day("8 17:10"),
    *youtube(),
    ecosia("free radical substitution methane chlorine mechanism steps", "revision"),
    page(
        "https://www.chemguide.co.uk/mechanisms/freerad/methanecl.html",
        "The reaction between methane and chlorine - chemguide",
        "revision",
    ),
    ecosia("squier affinity strat second hand worth it", "guitar"),
    page(
        "https://www.gumtree.com/musical-instruments/manchester/squier-affinity",
        "Squier Affinity | Guitars for Sale in Manchester | Gumtree",
        "guitar",
    ),
    day("8 21:20"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "0c7d3a91fe",
        "1834223311902",
        "Your booking at YHA London St Paul's is confirmed - ref YHA-5520913",
        "gig",
    ),
    day("9 16:40"),
    *instagram(),
    search(GOOGLE, "how to start a chemistry personal statement without a quote", "ucas"),
    page(
        "https://www.thestudentroom.co.uk/showthread.php?t=7234561",
        "How to start a chemistry personal statement? - The Student Room",
        "ucas",
    ),
    search(GOOGLE, "driving lessons manchester cost per hour intensive", "driving"),
    page(
        "https://www.redrivingschool.co.uk/driving-lessons/manchester",
        "Driving Lessons in Manchester | RED Driving School",
        "driving",
    ),
    day("10 13:00"),
    *youtube(),
    search(GOOGLE, "ucas deadline january 2027 chemistry references", "ucas"),
    page(
        "https://www.ucas.com/undergraduate/applying-to-university/when-to-apply-and-deadlines",
        "Undergraduate deadlines | UCAS",
        "ucas",
    ),
    ecosia("ester hydrolysis acid vs base mechanism a level", "revision"),
    page(
        "https://www.savemyexams.com/a-level/chemistry/aqa/17/revision-notes/7-organic-chemistry-ii/7-3-carboxylic-acids-and-derivatives/",
        "Carboxylic Acids & Derivatives | AQA A Level Chemistry Revision Notes 2017 | Save My Exams",
        "revision",
    ),
]
