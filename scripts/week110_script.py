"""An accountant's ten days in Dubai, from the Philippines, on her own laptop, written in the
thirty-first session after step 61, and scored before any change for it: her residence visa
to renew, money sent home, a condo in Cebu she is buying off-plan, her son's school fees in
Manila, flights home for Christmas, and a month-end close at work (a reconciliation in
Excel). Gmail, Khaleej Times and Facebook are opened most days. Searches go to Google and
Bing.
Used by make_week_history.py (``week110``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "maricel.santos.cpa@gmail.com"
INBOX = "5d2a8c71f3"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (9) - {ADDRESS} - Gmail", None)]


def news() -> list[Step]:
    return [
        (
            "goto",
            "https://www.khaleejtimes.com/",
            "Khaleej Times: Latest UAE News, Dubai News, World News",
            None,
        )
    ]


def facebook() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


STEPS: list[Step] = [
    day("1 07:30"),
    *mail(),
    *news(),
    day("1 12:40"),
    search(GOOGLE, "excel reconcile bank statement with general ledger match amounts", "close"),
    page(
        "https://www.exceljet.net/formulas/reconcile-two-lists",
        "Reconcile two lists with formulas | Exceljet",
        "close",
    ),
    search(GOOGLE, "xlookup return multiple matches filter function", "close"),
    page(
        "https://support.microsoft.com/en-us/office/filter-function-f4f7cb66-82eb-4767-8f7c-4877ad80c759",
        "FILTER function - Microsoft Support",
        "close",
    ),
    day("1 21:00"),
    search(GOOGLE, "uae residence visa renewal employer sponsored documents 2027", "visa"),
    page(
        "https://u.ae/en/information-and-services/visa-and-emirates-id/residence-visas/renewing-a-residence-visa",
        "Renewing a residence visa | The Official Portal of the UAE Government",
        "visa",
    ),
    search(GOOGLE, "medical fitness test dubai visa renewal centre al karama booking", "visa"),
    page(
        "https://www.dha.gov.ae/en/medical-fitness",
        "Medical Fitness | Dubai Health Authority",
        "visa",
    ),
    day("2 07:35"),
    *mail(),
    *facebook(),
    day("2 20:30"),
    search(BING, "best way to send money to philippines from uae lowest fee", "remit"),
    page(
        "https://www.wise.com/ae/send-money/send-money-to-philippines",
        "Send money to the Philippines from the UAE | Wise",
        "remit",
    ),
    search(BING, "al ansari exchange aed to php rate today", "remit"),
    page(
        "https://alansariexchange.com/rates/",
        "Currency Rates | Al Ansari Exchange",
        "remit",
    ),
    day("3 07:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1862233445566778801",
        "Statement of Account - Unit 12F, Mandani Bay Suites - Payment Reminder",
        "condo",
    ),
    *news(),
    day("3 21:15"),
    search(GOOGLE, "buying pre selling condo cebu as ofw turnover delays", "condo"),
    page(
        "https://www.lamudi.com.ph/journal/pre-selling-condo-guide-ofw/",
        "Pre-Selling Condo Guide for OFWs | Lamudi",
        "condo",
    ),
    search(GOOGLE, "mandani bay suites reviews turnover 2027", "condo"),
    page(
        "https://www.reddit.com/r/Cebu/comments/1e2f3g4/mandani_bay_turnover/",
        "Mandani Bay turnover experience? : r/Cebu",
        "condo",
    ),
    day("4 07:40"),
    *mail(),
    *facebook(),
    day("4 13:00"),
    search(GOOGLE, "accrued expenses reversing entries month end close checklist", "close"),
    page(
        "https://www.accountingtools.com/articles/month-end-close-checklist",
        "Month-End Close Checklist | AccountingTools",
        "close",
    ),
    day("4 21:00"),
    search(BING, "manila to dubai christmas flights cebu pacific vs emirates price", "flights"),
    page(
        "https://www.skyscanner.ae/routes/dxb/mnl/dubai-to-manila.html",
        "Cheap flights from Dubai to Manila | Skyscanner",
        "flights",
    ),
    day("5 07:30"),
    *mail(),
    *news(),
    day("5 20:45"),
    search(GOOGLE, "school fees installment plan la salle greenhills 2027", "school"),
    page(
        "https://www.lsgh.edu.ph/admissions/tuition-and-fees",
        "Tuition and Fees | La Salle Green Hills",
        "school",
    ),
    search(GOOGLE, "pay philippine school tuition from abroad bank transfer", "school"),
    page(
        "https://www.bdo.com.ph/personal/remittance/pay-tuition-fees",
        "Pay Tuition Fees from Abroad | BDO Unibank",
        "school",
    ),
    day("6 10:00"),
    *facebook(),
    day("6 11:00"),
    search(GOOGLE, "emirates id renewal status check ica smart services", "visa"),
    page(
        "https://icp.gov.ae/en/services/emirates-id-renewal/",
        "Emirates ID renewal | ICP",
        "visa",
    ),
    day("6 16:30"),
    search(BING, "wise vs remitly uae to gcash transfer time", "remit"),
    page(
        "https://www.reddit.com/r/phinvest/comments/1f3g4h5/wise_or_remitly_to_gcash/",
        "Wise or Remitly to GCash from UAE? : r/phinvest",
        "remit",
    ),
    day("7 07:35"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1862233445566778802",
        "Your Emirates booking reference QX7P2M - Dubai to Manila",
        "flights",
    ),
    *news(),
    day("7 12:30"),
    search(GOOGLE, "excel power query append monthly bank csv files folder", "close"),
    page(
        "https://support.microsoft.com/en-us/office/import-data-from-a-folder-with-multiple-files-power-query-94b8023c-2e66-4f6b-8c78-6a00041c90e4",
        "Import data from a folder with multiple files (Power Query) - Microsoft Support",
        "close",
    ),
    day("7 21:10"),
    search(GOOGLE, "pag-ibig housing loan ofw requirements condo", "condo"),
    page(
        "https://www.pagibigfund.gov.ph/housingloan.html",
        "Housing Loan | Pag-IBIG Fund",
        "condo",
    ),
    day("8 07:30"),
    *mail(),
    *facebook(),
    day("8 20:00"),
    search(BING, "emirates baggage allowance economy manila balikbayan box", "flights"),
    page(
        "https://www.emirates.com/ae/english/before-you-fly/baggage/checked-baggage/",
        "Checked baggage | Emirates",
        "flights",
    ),
    *tab(
        "https://www.lbcexpress.com/ae/balikbayan-box",
        "Balikbayan Box from UAE | LBC Express",
        "flights",
    ),
    day("9 07:35"),
    *mail(),
    *news(),
    day("9 21:00"),
    search(GOOGLE, "la salle greenhills scholarship siblings discount", "school"),
    page(
        "https://www.lsgh.edu.ph/admissions/scholarships",
        "Scholarships and Discounts | La Salle Green Hills",
        "school",
    ),
    day("10 07:30"),
    *mail(),
    *facebook(),
    day("10 13:00"),
    search(GOOGLE, "uae visa stamping after medical how many days typing centre", "visa"),
    page(
        "https://www.khaleejtimes.com/uae/visa-renewal-how-long-does-it-take",
        "UAE visa renewal: How long does it take? - Khaleej Times",
        "visa",
    ),
]
