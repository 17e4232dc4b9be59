"""Held-out batch 11, English documents: a SaaS agreement for a learning-management platform
between a Dutch e-learning supplier and a Belgian logistics company (long, formal, numbered
articles); a short, informal support and hosting renewal letter from a Bruges web agency for the
booking engine of a Ghent hotel group, with an empty "agreed for" line and confirmation by e-mail
allowed; and a fixed-price statement of work by a Leuven consultancy for migrating a builders'
merchant's accounting records from a legacy on-premise package to a cloud accounting package.

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches (months = 30 days for notice and warranty; response time of the highest priority
in hours, working hours counted as hours, 15 minutes = 0.25; a quote or letter accepted by e-mail
or with an empty client signature line is a partial signature and raises risk.unsigned).
"""

from .unseen_documents import UnseenDocument

EN_LMS_SAAS_AGREEMENT = UnseenDocument(
    name="en_lms_saas_agreement",
    text="""SOFTWARE-AS-A-SERVICE AGREEMENT
LeerPad Academy learning-management platform - Agreement no. LPA-2026-0087

BETWEEN LeerPad Online B.V., a private company with limited liability under Dutch law, having its
registered office at Torenallee 20, 5617 BC Eindhoven, the Netherlands, Chamber of Commerce
no. 68203317, VAT NL857406129B01, represented by Ms Ingrid Verhoeven, managing director
(the "Supplier");
AND Scheldelink Logistics NV, a company under Belgian law, having its registered office at
Noorderlaan 460, 2030 Antwerp, enterprise no. BE 0448.917.226, represented by Mr Filip Claessens,
CEO, and Ms Evelien Wuyts, HR director (the "Customer").

Article 1 - Subject and contract documents
1.1 The Supplier provides the Customer with access to its LeerPad Academy learning-management
    platform (the "Platform") as a hosted service, for the training of the Customer's drivers,
    warehouse operatives, forklift operators and office staff at its sites in Antwerp, Genk and
    Liege.
1.2 The Agreement consists of this document and its annexes: Annex 1 - Onboarding plan and
    acceptance test scenarios; Annex 2 - Data Processing Agreement; Annex 3 - the Supplier's offer
    LPA-O-2026-112 of 6 November 2026. In case of conflict, this document prevails over the
    annexes, and the annexes prevail in the order listed. The Supplier's Terms of Service and the
    Customer's general purchasing conditions do not apply.

Article 2 - The service
2.1 The subscription includes:
    - access for named learners via web browser and the LeerPad mobile app (iOS and Android),
      including an offline mode for drivers on the road, and the authoring tool for up to 10
      administrator accounts;
    - the standard course library "Logistics & Safety" (38 modules, among which ADR awareness,
      forklift safety, load securing and manual handling) in Dutch, French and English;
    - certificate management with expiry reminders (e.g. driver CPC / code 95) and reports per
      site and per team;
    - single sign-on via the Customer's Microsoft Entra ID and a nightly import of employees from
      the Customer's payroll provider by SFTP;
    - hosting, back-ups, support and updates as described in article 6.
2.2 Not included: the development of custom courses, the translation of the Customer's own
    content, third-party courses from the LeerPad marketplace (priced per course), and the
    learners' devices.

Article 3 - Fees (EUR, excluding VAT)
3.1 One-off onboarding fee (configuration, SSO and HR integration, import of historical records,
    train-the-trainer sessions): EUR 7.450,00, invoiced at go-live.
3.2 Subscription: EUR 4,10 per active learner per month, with a minimum of 650 active learners
    (EUR 2.665,00 per month). An active learner is a learner who logs in at least once in the
    month. The minimum is invoiced yearly in advance; learners above the minimum are invoiced
    quarterly in arrears.
3.3 Custom course development and any other work outside article 2.1: EUR 920,00 per day. Such
    work is carried out only on the basis of a written quotation stating a fixed number of days,
    accepted in writing by the Customer's HR director, and is invoiced after delivery.
3.4 Invoices are payable within 30 days of the invoice date.
3.5 The fees in 3.2 and 3.3 are indexed on 1 January of each year, for the first time on
    1 January 2028, in line with the Belgian health index over the previous twelve months, with a
    maximum of 4 % per year. Any other change to the fees requires a written amendment signed by
    both parties.

Article 4 - Onboarding and go-live
4.1 Planning (details in Annex 1): kick-off 11 January 2027; SSO and HR integration ready for
    testing 29 January 2027; import of historical training records 5 February 2027; acceptance
    test 8 to 19 February 2027; train-the-trainer 22 and 23 February 2027; go-live 1 March 2027.
4.2 The Customer shall: deliver the HR export specification and a test file by 15 January 2027;
    configure the enterprise application in Entra ID following the Supplier's instructions by
    22 January 2027; deliver its historical training records (certificates, dates and scores of
    the last five years) in the Supplier's Excel template by 29 January 2027; and make its eight
    internal trainers available on the train-the-trainer days.
4.3 The Supplier imports the historical training records, checks the result against the
    Customer's source file (number of records per site and per certificate type) and reports any
    difference to the Customer before the acceptance test.
4.4 The Customer tests the configured Platform against the test scenarios in Annex 1 during the
    acceptance period. The Platform is accepted when all scenarios marked "critical" pass. The
    Supplier corrects failed scenarios within five business days, after which they are retested.
4.5 If go-live is delayed for reasons attributable to the Supplier, the subscription fees only
    start at the actual go-live date and the Supplier grants a credit of 10 % of the onboarding fee
    per full week of delay, up to 30 %. If the Customer does not deliver its input under 4.2 on
    time, the planning moves by the same period, and the subscription fees start on 1 March 2027
    in any case.
4.6 The Supplier trains the eight internal trainers in two one-day sessions (one in Dutch in
    Antwerp, one in French in Liege). Learners are introduced to the Platform by a built-in
    introduction module in three languages; the trainers are their first point of contact.

Article 5 - Contacts, reporting and governance
5.1 The Supplier's onboarding lead is Mr Ruud Janssen. From go-live, Ms Noor El Idrissi is the
    Customer's dedicated Customer Success Manager; she knows the Customer's configuration and is
    the first contact for all matters other than incidents. The Customer's project owner is
    Ms Evelien Wuyts.
5.2 By the tenth working day of each month the Supplier sends a service report: availability,
    incidents and their handling, support tickets, active learners per site, and certificates
    expiring in the next 90 days.
5.3 Every quarter the Customer Success Manager and the Customer's project owner hold a business
    review. Escalation: Customer Success Manager, then the Supplier's Head of Customer Operations,
    then the managing directors of both parties.
5.4 At go-live the Supplier delivers an administrator manual and a configuration document (roles,
    catalogue structure, integration settings) and keeps the configuration document up to date
    after every change.

Article 6 - Support and service levels
6.1 Support is given to the Customer's named administrators via the support portal,
    support@leerpad.nl and +31 40 848 21 00, on business days from 8:30 to 17:30 CET. Priority 1
    incidents can also be reported 24/7 on the emergency number in the support portal.
6.2 Priorities:
      Priority                                          Response           Workaround or fix
      P1 - Platform unavailable, or no user can log in  1 hour (24/7)      8 hours
      P2 - certificates, reports or HR import failing   4 business hours   3 business days
      P3 - other questions and minor defects            1 business day     next release
6.3 The Supplier commits to an availability of the Platform of 99,5 % per calendar month,
    measured 24/7 by an external monitoring service. Planned maintenance announced at least five
    business days in advance, held between 22:00 and 6:00 CET and totalling no more than eight
    hours per month, is not counted as unavailability.
6.4 If the availability falls below 99,5 % in two consecutive months, the parties will discuss in
    good faith an appropriate compensation.
6.5 New releases of the Platform are deployed at no extra cost, at most once every two weeks, with
    release notes published five business days in advance. Security patches are applied as soon as
    they are available. The Supplier will not remove the functions listed in 2.1 during the term.
6.6 Defects in the Platform are corrected free of charge throughout the term of the Agreement.
6.7 The Supplier is ISO/IEC 27001 certified. Every release passes automated regression tests and a
    test on a separate acceptance environment before it reaches production. The Platform is hosted
    in the Microsoft Azure West Europe region (Amsterdam); back-ups are made daily, kept for 30
    days, and a restore is tested every quarter.

Article 7 - Term, renewal and termination
7.1 The Agreement enters into force on signature. The subscription runs for 24 months from the
    go-live date and is then renewed tacitly for successive periods of 12 months, unless either
    party terminates it by registered letter at least four months before the end of the current
    period.
7.2 Either party may terminate the Agreement with immediate effect by registered letter if the
    other party commits a material breach and does not remedy it within 30 days of a written
    notice of default, or if the other party is declared bankrupt.
7.3 Within 30 days after the end of the Agreement, the Supplier provides the Customer, free of
    charge, with an export of all learner records, training histories, certificates and scores in
    CSV and xAPI format, and of the Customer's own courses as SCORM 1.2 packages. The Supplier
    deletes the Customer's data 60 days after the end and confirms the deletion in writing.

Article 8 - Intellectual property
The Platform, the standard course library and all related software remain the property of the
Supplier. The Customer receives a non-exclusive, non-transferable right to use them during the
term for its employees and temporary workers. Courses created by the Customer, and custom courses
paid for by the Customer, belong to the Customer.

Article 9 - Confidentiality
Each party keeps the other party's non-public information confidential during the Agreement and
for five years after its end.

Article 10 - Personal data
The Supplier processes the personal data of learners (name, employee number, site, training
results) as processor on behalf of the Customer, under the Data Processing Agreement in Annex 2.
Data are stored in the EU only; the Supplier notifies the Customer of a personal data breach
within 24 hours of discovering it.

Article 11 - Liability
Each party's liability for direct damage is limited to EUR 150.000,00 per contract year. Neither
party is liable for indirect damage such as loss of profit. These limits do not apply to breaches
of articles 9 and 10, gross negligence or wilful misconduct.

Article 12 - Governing law and disputes
This Agreement is governed by Belgian law. Any dispute is first submitted to the escalation path of
article 5.3; if it is not settled within 30 days, the courts of Antwerp, Antwerp division, have
exclusive jurisdiction.
Signed in Antwerp on 17 December 2026, in two originals.
For LeerPad Online B.V.                 For Scheldelink Logistics NV
(signed)                                (signed)                     (signed)
Ingrid Verhoeven                        Filip Claessens              Evelien Wuyts
Managing director                       CEO                          HR director
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": True,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "notice_period_days": 120,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.5,
    },
)

EN_BOOKING_ENGINE_RENEWAL_LETTER = UnseenDocument(
    name="en_booking_engine_renewal_letter",
    text="""ROOMFLOW BV
Langestraat 112, 8000 Bruges - BE 0634.771.208 - www.roomflow.be

Lys & Leie Hotels NV
Attn. Ms Sofie Vermeulen, CFO
Graslei 9, 9000 Ghent

Bruges, 3 December 2026
Our ref.: RF/REN/2027-014
Subject: renewal of your support and hosting contract for the booking engine - 2027

Dear Sofie,

Your support and hosting contract for the Roomflow booking engine on the websites of your five
hotels (contract RF-2021-033) ends on 31 January 2027. We'd be glad to continue, so below is what
we propose for the coming year. Not much changes, but there are a few things you should know.

1. What stays the same
The contract still covers:
- hosting of the booking engine and the five hotel booking pages on our managed servers, with
  daily back-ups kept for 35 days;
- the SSL certificates and the connections with your PMS (Mews) and your channel manager;
- security patches, framework updates and the new features we release for all our clients,
  including Booking Engine 5 (new room selection, faster mobile checkout), which we will roll out
  for you in April at no extra charge;
- second-line support for your front-office and revenue teams;
- up to 8 hours a year of small changes (texts, rate plans, promo codes, photos).
Not covered: new integrations (e.g. a loyalty programme or a second PMS), design changes to the
booking pages, the fees of Mews, the channel manager or your payment service provider, and
answering guests' questions.

2. What changes
- Hosting moves to our new cluster in Amsterdam. We'll migrate your booking engine in the night of
  9 to 10 February 2027, between 1:00 and 5:00, when bookings are at their lowest. We'll remind
  you a week before; you don't need to do anything.
- Longer support hours in high season: from 1 April to 30 September our phone line is also open
  on Saturdays and Sundays from 9:00 to 17:00.
- Price: +6 %, mainly because of the wage indexation and the higher energy cost of hosting.

3. Support and service levels
Our support desk is open Monday to Friday from 8:00 to 18:00 (plus weekends in high season, see
above) via support@roomflow.be, +32 50 44 28 70 or the ticket portal. If the booking engine is
down or guests can't pay, call our on-call number +32 50 44 28 79, 24/7.
Critical problems (booking engine down, payments failing): we react within 1 hour, day and night.
Everything else: we react the next business day.
We can't promise a repair time, because a lot depends on Mews and on the payment provider, but we
do everything we reasonably can to get you back online as quickly as possible.
We commit to an availability of 99,7 % per month for the booking engine, not counting planned
maintenance announced at least 3 days in advance. Missing it does not give a right to credit notes
or refunds; if it happens, we'll sit down with you to look at what went wrong.
Every quarter you receive a report with the availability, the number of bookings processed and
your tickets.
Pieter Devos, who has looked after your set-up since 2021 and knows your rate structures and PMS
settings, stays your account manager (pieter@roomflow.be, +32 476 21 88 04). We'll come by in
March for the yearly review, as usual.

4. Prices 2027 (excl. VAT)
Support and hosting, per hotel per month: EUR 285,00 (was EUR 269,00),
so EUR 1.425,00 per month for your five hotels.
Extra work beyond the 8 hours: EUR 95,00 per hour (unchanged).
The monthly fee is invoiced quarterly in advance; invoices are payable within 30 days.
For work beyond the 8 hours or outside the contract we always send a quote first and only start
after your written OK (an e-mail is fine). We invoice it at the end of the month in which we
delivered it.
From 2028 on we may adjust our prices once a year; we'll tell you at least two months in advance.

5. Duration
The renewed contract runs from 1 February 2027 to 31 January 2028 (12 months). After that it is
renewed automatically for one year at a time, unless one of us cancels it in writing at least two
months before the end date. Either of us can also end the contract earlier if the other seriously
fails in its obligations and doesn't put it right within 30 days of a written reminder.
If you ever leave us, you get an export of all your reservations, rate plans and guest profiles in
CSV within 10 business days after the end, at no charge. After that we delete them.

6. The rest
Your guest data stay in the EU (in Amsterdam after the move). We process them as your processor
under the data processing agreement we signed in 2021, which stays in force. Our general terms and
conditions (version 2025, sent with last year's renewal and on roomflow.be/terms) continue to
apply to this contract, including the limitation of our liability.

If you agree, please sign below and send us a scan, or simply reply to this letter by e-mail to
confirm.

Kind regards,

Pieter Devos                      Kristof Maes
Account manager                   Managing director
Roomflow BV

Agreed for Lys & Leie Hotels NV

Name: ..............................   Date: ..................

Signature: .........................
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "partial",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "team.quality": "missing",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.acceptance": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "partial",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.7,
    },
)

EN_ACCOUNTING_DATA_MIGRATION_SOW = UnseenDocument(
    name="en_accounting_data_migration_sow",
    text="""STATEMENT OF WORK - FIXED PRICE
Migration of the accounting records from BOB 50 to Exact Online
SOW no. CB-SOW-2026-041

Supplier: Cijferbrug BV, Diestsevest 58, 3000 Leuven, enterprise no. BE 0721.409.553,
          represented by Mr Wouter Peeters, managing partner ("Cijferbrug").
Client:   Vandaele Bouwmaterialen NV, Brugsesteenweg 245, 8800 Roeselare, enterprise no.
          BE 0419.288.607, represented by Mr Dirk Vandaele, CEO, and Ms Karen Lievens, CFO
          ("the Client").

1. Background and contract documents
The Client, a builders' merchant with three branches, has kept its accounts in an on-premise
BOB 50 installation since 2009 and will keep them in Exact Online (Belgian edition), under its own
subscription, from February 2027. This SOW covers the migration of the data only. It consists of
this document, the Client's general purchasing conditions (Annex 1), Cijferbrug's proposal
CB-P-2026-311 of 13 November 2026 (Annex 2) and the data processing agreement (Annex 3). The
Client's purchasing conditions apply except where this SOW deviates from them. In case of
conflict this SOW prevails, then Annex 1, then Annex 2.

2. Scope
2.1 In scope:
  a) master data: chart of accounts (mapped to the Exact Online Belgian template), approx. 4.200
     customers and 650 suppliers, VAT codes, analytical codes per branch, and the fixed-assets
     register with its depreciation schedules;
  b) open items of customers and suppliers at the cut-over date;
  c) general-ledger transactions of the financial years 2022 to 2026 at line level (approx.
     1,1 million lines), with document numbers and VAT codes;
  d) links to the scanned purchase invoices from 2024 onward (approx. 38.000 PDF files);
  e) the definitive opening balances at 1 January 2027.
2.2 Out of scope: payroll data (they stay with the social secretariat), stock and sales-order data
    in the Client's ERP, scanned invoices before 2024, the Exact Online subscription, the set-up of
    the bank links (CODA), which the Client arranges with its external accountant, and the
    correction of errors already present in BOB 50.

3. Planning
  Phase 1 - analysis and mapping document              4 to 15 January 2027
  Phase 2 - test migration 1 and reconciliation        18 to 29 January 2027
  Phase 3 - test migration 2 and checks by the Client  1 to 12 February 2027
  Phase 4 - final migration (cut-over)                 weekend of 13-14 February 2027
            BOB 50 is frozen from Friday 12 February 17:00; the Client works in Exact Online
            from Monday 15 February 2027.
  Phase 5 - definitive opening balances                within 5 working days after the Client's
            accountant has closed financial year 2026, and by 30 April 2027 at the latest
  Hypercare                                            60 days from the cut-over (article 10)

4. What the Client provides
  - a full back-up of the BOB 50 database and read access to the BOB server via VPN by
    4 January 2027;
  - administrator access to the Exact Online environment by 8 January 2027;
  - a key user (Ms Lievens or a person she appoints) available one day a week in phases 1 and 2
    and two days a week in phase 3;
  - approval of the mapping document within 3 working days of receipt, and review of each
    reconciliation report within 5 working days of receipt;
  - no new postings in BOB 50 after the freeze.

5. Price, payment and changes
5.1 Fixed price for the full scope of article 2.1, including hypercare: EUR 28.400,00 excl. VAT.
5.2 Invoicing: 30 % on signature of this SOW, 40 % on completion of phase 3 and 30 % on acceptance
    of the final migration. Invoices are payable within 30 days of the invoice date.
5.3 Any change to the scope is described by Cijferbrug in a written change request stating its
    effect on price and planning, within 3 working days of the request. It is carried out only
    after the CFO's written approval and is invoiced with the next milestone invoice, at
    EUR 850,00 per consultant day.
5.4 If the Client is more than 3 working days late with an obligation of article 4, Cijferbrug
    may move the planning accordingly and charge the waiting days at EUR 850,00 per day, with a
    maximum of 3 days. If the cut-over slips through the fault of Cijferbrug, Cijferbrug pays a
    penalty of 2 % of the fixed price per working week of delay, with a maximum of 10 %.

6. Quality and reconciliation
After each test migration and after the final migration, Cijferbrug runs an automated
reconciliation per financial year and per month: trial balance per account, debit and credit
totals per journal, open items per customer and supplier, and VAT totals per box of the periodic
VAT returns. All must match BOB 50 to the cent; any difference is explained in the reconciliation
report. Every migration script is reviewed by a second consultant before it runs, and run logs are
kept.

7. Acceptance
The final migration is accepted when the Client signs the final reconciliation report. The Client
has 5 working days from receipt to report differences in writing; without a written report in
that period the migration is deemed accepted. Differences caused by the migration are corrected by
Cijferbrug at its own cost and reported again.

8. Team, reporting and governance
8.1 Cijferbrug: Ms An Verbeke, project lead, Exact Online certified consultant with 11 years of
    experience in finance system migrations; Mr Jonas Hermans, data engineer (SQL, Exact Online
    REST API), 5 years of experience. Client: Ms Karen Lievens, CFO, project owner; Mr Bart
    Degryse, IT coordinator.
8.2 Cijferbrug replaces Ms Verbeke or Mr Hermans only by an equally qualified person, with
    10 working days' notice and the Client's approval, except in case of illness or departure.
    The time needed to bring a replacement up to speed is not charged.
8.3 Every Friday Ms Verbeke sends a status e-mail: progress per phase, open issues, risks and
    decisions needed from the Client.
8.4 A steering meeting (Mr Vandaele, Ms Lievens, Mr Peeters, Ms Verbeke) takes place at the end of
    phases 1, 3 and 4. Escalation: Ms Verbeke, then Mr Peeters.

9. Documentation and handover
On acceptance Cijferbrug delivers the mapping document, all reconciliation reports, the migration
run book and a conversion table of BOB 50 codes to their Exact Online equivalents. On the Monday
of the cut-over, Ms Verbeke gives the Client's four finance staff a half-day session on finding
historical data in Exact Online and reading the reconciliation report.

10. Hypercare
During 60 days from the cut-over, Cijferbrug corrects free of charge any error in the migrated
data. The Client reports errors to hypercare@cijferbrug.be or to Ms Verbeke by phone
(+32 16 39 72 15) on business days between 8:30 and 17:30. For blocking errors (for example
missing open items that prevent a payment run or a VAT return) Cijferbrug responds within 4
business hours; for other errors, the next business day.

11. Data, confidentiality and intellectual property
11.1 Cijferbrug processes the personal data contained in the accounts (contact persons of
     customers and suppliers, employee names in expense postings) as processor under Annex 3,
     on encrypted servers in Belgium, and only for this SOW.
11.2 Within 30 days after the end of hypercare, Cijferbrug returns the BOB 50 back-up media to the
     Client, hands over all extraction files it produced in CSV format, deletes all other copies
     of the Client's data and confirms this in writing.
11.3 Both parties keep each other's confidential information secret during this SOW and for five
     years after it.
11.4 The mapping document, the reports and the conversion table belong to the Client. The
     migration tooling of Cijferbrug remains its property; it is not delivered to the Client.

12. Liability
Cijferbrug's liability is limited to direct damage up to the fixed price of article 5.1. Indirect
damage, such as loss of profit, is excluded. These limits do not apply to gross negligence, wilful
misconduct or breach of article 11.

13. Termination
The Client may terminate this SOW at any time by written notice of 14 days; it then pays the
milestones reached and the work done on the current phase, pro rata. Either party may terminate
this SOW by written notice if the other party does not remedy a material breach within 15 days of
a written notice of default.

14. Governing law
This SOW is governed by Belgian law. The courts of Ghent, Kortrijk division, have exclusive
jurisdiction.

Signed in Roeselare on 18 December 2026, in two originals.

For Cijferbrug BV                  For Vandaele Bouwmaterialen NV
[signature]                        [signature]                  [signature]
Wouter Peeters                     Dirk Vandaele                Karen Lievens
Managing partner                   CEO                          CFO
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "missing",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "missing",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "payment_term_days": 30,
        "warranty_days": 60,
        "response_time_hours_highest_priority": 4,
    },
)


EN_DOCUMENTS = [
    EN_LMS_SAAS_AGREEMENT,
    EN_BOOKING_ENGINE_RENEWAL_LETTER,
    EN_ACCOUNTING_DATA_MIGRATION_SOW,
]
