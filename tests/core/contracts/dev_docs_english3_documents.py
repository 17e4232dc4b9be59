"""Development documents for every item, in the English of Belgian and Dutch IT suppliers.

Three short documents written for this module, in kinds not used before:
- a Dutch supplier's licence and support agreement for veterinary practice software
  ("we" / "you", short numbered clauses, a price table);
- a Brussels e-signature and document-automation SaaS order form (key-value lines, a plan
  table, short terms);
- a Flemish statement of work for integration middleware between an ERP and a webshop
  (milestones in a list, "your team", "our fee").

They are DEVELOPMENT fixtures, not held out: rules may be generalised to fit the way such
documents are written, never to their literal wording. Items hold only clear readings against
/work/shared/spec/checklist.md; an item not listed is not labelled. Risks are True when raised.

The labels were written before the analyser was run on these texts.
"""

from .unseen_documents import UnseenDocument

VET_LICENCE_EN = """\
LICENCE AND SUPPORT AGREEMENT - VETSUITE

Between: Dierensoft BV, Stationsweg 18, 3811 MZ Amersfoort, the Netherlands ("we", "us")
And: Dierenkliniek Kempenland BV, Turnhoutsebaan 77, 2400 Mol, Belgium ("you")

1. What you get
We grant you a non-exclusive, non-transferable right to use VetSuite for your two clinics, for
up to 12 concurrent users, for as long as this agreement runs. The software stays our property.

2. Fees
One-off installation and set-up: EUR 2.400
Licence and support fee: EUR 310 per month
Extra user: EUR 22 per month
All prices exclude VAT. We send the set-up invoice when the software is installed; the monthly
fee is billed every quarter in advance. Pay within 14 days. We may adjust our fees once a year on
1 January in line with the Dutch CPI.

3. Installation and your data
We install VetSuite on your server in the week of 8 February 2027. We convert your patient and
client records from your current system; you send us a full export at least two weeks before.
Your staff get one training day on site, included in the set-up fee.

4. Support
Our helpdesk is open Monday to Friday from 8:00 to 18:00 by phone and through the support
portal. We pick up urgent calls (the clinic cannot work) within 1 hour and other calls within
one working day. Updates and new releases are included in the monthly fee and installed by us.

5. Term
This agreement starts on the installation date and runs for 36 months. After that it continues
for periods of 12 months unless you or we end it with 3 months' written notice before the end of
a period.

6. When it ends
On request we give you an export of all your data in CSV format within 30 days after the end,
free of charge. After that we delete it.

7. Liability
Our total liability per year is capped at the fees you paid us in the previous 12 months. We are
not liable for lost profit or indirect loss.

8. Privacy
We process personal data of your clients only on your instructions. The data processing
agreement in Annex 2 applies.

9. Law
Dutch law applies. Disputes go to the court of Midden-Nederland.

Signed in two copies,

For Dierensoft BV                      For Dierenkliniek Kempenland BV
Mark de Groot, director                Dr. Ilse Peeters, managing vet
Date: 12 January 2027                  Date: 12 January 2027
"""

ESIGN_ORDER_EN = """\
ORDER FORM - SIGNFLOW
Order ref: SF-2027-0088

Provider: Signflow SRL, Avenue Louise 251, 1050 Brussels (VAT BE 0791.224.530)
Client: Immo Horizon SA, Chaussée de Waterloo 410, 1180 Uccle
Contact at Signflow: Nadia Benali, Customer Success Manager

Plan: Business
Users: 25
Signatures per year: 6.000
Subscription fee: EUR 890 per month, excl. VAT
Onboarding package (template set-up, 2 workshops): EUR 1.500, one-off
Extra signatures: EUR 0,40 each above the yearly volume
Billing: yearly in advance; invoices are due 30 days from invoice date
Start: 1 March 2027
Term: 12 months, renewing automatically for another 12 months unless cancelled 60 days before
the renewal date

Service levels
- Platform uptime: 99,8% per month, excluding announced maintenance windows.
- If we miss the uptime target, you get a credit of 5% of the monthly fee for every 0,1% below
  target, up to 30% of that month's fee.
- Support by e-mail and chat on business days, 9:00-17:30 CET. First reply within 4 business
  hours.

Your documents
Signed documents and audit trails remain yours. You can download them at any time in PDF/A.
After the subscription ends you keep read access for 90 days to export everything.

Security and privacy
Your data is hosted in the EU (Frankfurt). Signflow acts as processor under the GDPR; our
standard DPA is part of this order. Both parties keep each other's confidential information
secret during the term and for 3 years after.

Terms
This order is governed by the Signflow Terms of Service (v4.2), which you can read at
signflow.eu/terms. If this order form and the Terms of Service differ, this order form wins.
We can change features of the platform at any time.
Belgian law applies; the courts of Brussels have jurisdiction.

Accepted by the Client by e-mail reply on 20 February 2027.
"""

MIDDLEWARE_SOW_EN = """\
STATEMENT OF WORK No. 3 under the Framework Agreement of 4 May 2025
Project: ERP-webshop integration layer

Supplier: Koppel NV, Kortrijksesteenweg 1090, 9051 Gent ("we")
Client: Tuinhuis Verhaeghe BV, Brugsesteenweg 12, 8500 Kortrijk ("you")

1. Background and goal
You sell garden furniture through your Shopware webshop and manage stock and orders in
Exact Online. Today orders are typed over by hand. We will build a middleware layer that syncs
products, stock levels, prices and orders between both systems every 5 minutes.

2. In scope / out of scope
In scope: product, stock, price and order sync; error dashboard; alerting by e-mail.
Out of scope: changes inside Shopware or Exact Online themselves, customer accounts sync, and
any migration of historic orders.

3. Milestones
M1 - Technical design approved: 15 April 2027
M2 - Product and stock sync on test: 14 May 2027
M3 - Order sync on test, end-to-end test: 11 June 2027
M4 - Go-live: 28 June 2027

4. Your team and what you do
You name a project owner who answers our questions within two working days. You give us admin
API keys for Shopware and Exact Online before M1 starts. If your input is late, the milestones
move by the same number of days.

5. Our team
Lead developer: Tom Desmet (integration architect, 10+ years). Project manager: Lien Claeys.
We will not swap Tom out without telling you at least two weeks in advance and giving you a
person with the same experience, at no extra cost.

6. Testing and sign-off
After M3 you test in the test environment for 10 working days with the test scenarios we agree
in M1. You sign off when all scenarios pass; minor issues do not block sign-off.

7. Our fee
Fixed fee: EUR 38.500 excl. VAT, invoiced 30% at signature, 40% at M3 and 30% at go-live.
Changes you ask for are quoted first; we only start after your written OK, at EUR 105 per hour.
Payment within 30 days of invoice.

8. After go-live
We fix bugs in our code free of charge for 60 days after go-live. We hand over the source code,
a technical manual and a one-hour walkthrough for your IT partner.

9. Reporting
Every Friday we send you a short status update by e-mail: what was done, what is next, risks.

10. Other terms
The Framework Agreement applies to this Statement of Work, including its clauses on liability,
confidentiality, IP and governing law.

Signed:
Koppel NV - Jan Vermeersch, CEO                Tuinhuis Verhaeghe BV - Griet Verhaeghe, owner
"""

COVERED, PARTIAL, MISSING = "covered", "partial", "missing"

DOCUMENTS = [
    UnseenDocument(
        name="vet_licence_en",
        text=VET_LICENCE_EN,
        items={
            "agreement.signed_both": COVERED,
            "budget.startup_cost": COVERED,
            "budget.recurring_cost": COVERED,
            "budget.rates": COVERED,
            "budget.payment_terms": COVERED,
            "timing.planning": COVERED,
            "timing.client_obligations": COVERED,
            "rollout.deployment": COVERED,
            "rollout.data_migration": COVERED,
            "rollout.user_support": COVERED,
            "rollout.acceptance": MISSING,
            "maintenance.support_hours": COVERED,
            "maintenance.response_time": COVERED,
            "maintenance.availability": MISSING,
            "maintenance.service_credits": MISSING,
            "maintenance.updates": COVERED,
            "exit.duration_renewal": COVERED,
            "exit.termination": COVERED,
            "exit.data_return": COVERED,
            "exit.escrow": MISSING,
            "legal.liability": COVERED,
            "legal.ip": COVERED,
            "legal.data_protection": COVERED,
            "legal.governing_law": COVERED,
            "legal.dispute_resolution": MISSING,
        },
        risks={
            "risk.unsigned": False,
            "risk.auto_renewal": True,
            "risk.unilateral_change": False,
        },
    ),
    UnseenDocument(
        name="esign_order_en",
        text=ESIGN_ORDER_EN,
        items={
            "agreement.general_terms": COVERED,
            "budget.startup_cost": COVERED,
            "budget.recurring_cost": COVERED,
            "budget.payment_terms": COVERED,
            "team.named_team": COVERED,
            "maintenance.support_hours": COVERED,
            "maintenance.response_time": COVERED,
            "maintenance.availability": COVERED,
            "maintenance.service_credits": COVERED,
            "exit.duration_renewal": COVERED,
            "exit.data_return": COVERED,
            "exit.escrow": MISSING,
            "legal.confidentiality": COVERED,
            "legal.data_protection": COVERED,
            "legal.governing_law": COVERED,
            "legal.dispute_resolution": MISSING,
        },
        risks={
            "risk.unsigned": True,
            "risk.auto_renewal": False,
            "risk.supplier_terms_prevail": True,
            "risk.unilateral_change": True,
        },
    ),
    UnseenDocument(
        name="middleware_sow_en",
        text=MIDDLEWARE_SOW_EN,
        items={
            "agreement.signed_both": COVERED,
            "budget.project_cost": COVERED,
            "budget.scope": COVERED,
            "budget.extra_costs": COVERED,
            "budget.rates": COVERED,
            "budget.payment_terms": COVERED,
            "budget.recurring_cost": MISSING,
            "timing.planning": COVERED,
            "timing.client_obligations": COVERED,
            "timing.delay": COVERED,
            "team.named_team": COVERED,
            "team.replacement": COVERED,
            "team.seniority": COVERED,
            "team.knowledge_transfer": COVERED,
            "reporting.progress": COVERED,
            "rollout.deployment": COVERED,
            "rollout.data_migration": MISSING,
            "rollout.acceptance": COVERED,
            "rollout.warranty": COVERED,
            "maintenance.availability": MISSING,
            "exit.escrow": MISSING,
        },
        risks={
            "risk.unsigned": False,
            "risk.open_ended_cost": False,
        },
    ),
]
