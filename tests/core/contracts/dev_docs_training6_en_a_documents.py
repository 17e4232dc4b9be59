"""Training batch 6a, English documents: (1) a formal implementation, subscription and support
agreement for a laboratory information system, between a Dutch LIS vendor and a Belgian clinical
laboratory; (2) an informal e-mail quote by a Ghent agency for an AI chatbot for a social housing
company, to be accepted by reply e-mail; (3) an order form for an energy monitoring dashboard
subscription (sub-metering gateways, dashboards) for a Belgian logistics company; (4) a short
confirmation letter by a Dutch supplier for the rental and swap service of warehouse scanners for
a Belgian wholesaler, signed by both.

Written on 2026-12-05 by a helper session as training documents for the checklist model, without
reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Conventions: months = 30 days for notice and warranty;
response time of the highest priority in hours (working hours counted as hours; 15 minutes =
0.25); a quote accepted by e-mail or an empty client signature line raises risk.unsigned; a
negation, disclaimer, bare cross-reference, placeholder or best-efforts wording is "partial".
"""

from .unseen_documents import UnseenDocument

EN_T6A_LABORATORY_INFORMATION_SYSTEM = UnseenDocument(
    name="en_t6a_laboratory_information_system",
    text="""IMPLEMENTATION, SUBSCRIPTION AND SUPPORT AGREEMENT
Laboratory Information System LabFlow 8 - Agreement no. LS-BE-2026-017

BETWEEN
Labstream B.V., Flight Forum 880, 5657 DV Eindhoven, the Netherlands, Chamber of Commerce no.
58204417, represented by Mr Sander Bosman, managing director ("Labstream");
AND
Klinisch Laboratorium Kempen BV, Kleinhoefstraat 12, 2440 Geel, Belgium, enterprise no.
BE 0451.882.630, represented by Dr Griet Peeters, laboratory director, and Mr Wim Luyten, CFO
("the Laboratory").

Article 1 - Contract documents
1.1 This Agreement consists of this document and: Annex 1 - Labstream's offer LS-2026-0342 of
2 November 2026; Annex 2 - functional specifications and acceptance test script; Annex 3 -
service level agreement; Annex 4 - data processing agreement.
1.2 In case of conflict the following order applies: this document, Annex 4, Annex 3, Annex 2,
Annex 1. General terms and conditions of Labstream or of the Laboratory do not apply.

Article 2 - Scope
2.1 Labstream delivers and implements LabFlow 8 as a hosted service: order entry, sample
tracking, analyser interfaces for the 14 analysers listed in Annex 2, technical and medical
validation, result reporting to physicians via Medibridge and eHealthBox, and an HL7 interface
with the electronic patient record of the AZ Geel hospital.
2.2 Not included: hardware and workstations, barcode printers, the analysers' own middleware,
the Laboratory's network, and interfaces to analysers other than those in Annex 2. Such
interfaces are quoted separately.

Article 3 - Prices (EUR, excl. VAT)
3.1 Implementation (fixed price): EUR 186.400,00, invoiced as follows: 20 % on signature, 30 %
on completion of the design phase, 30 % on acceptance (article 9), 20 % two months after go-live.
3.2 One-off set-up of the hosted production, test and validation environments: EUR 7.500,00,
invoiced on signature.
3.3 Annual subscription (licence for 60 users, hosting, support and maintenance): EUR 41.280,00,
invoiced quarterly in advance from the go-live date.
3.4 Daily rates for work outside the scope: senior consultant EUR 1.120,00; application
specialist EUR 940,00. Rates and the subscription fee are indexed on 1 January of each year
according to the Agoria reference salary index (formula P1 = P0 x (0,2 + 0,8 x S1/S0)), with a
maximum increase of 4 % per year.
3.5 All invoices are payable within 30 days of the invoice date.
3.6 Extra work: any change to the scope is handled through a change request. Labstream sends a
written impact analysis (effort, price, effect on planning) within 5 working days; work starts
only after the Laboratory's project leader has signed the change request. Unapproved work is not
invoiced.

Article 4 - Planning and obligations of the Laboratory
4.1 Kick-off: 11 January 2027. Design workshops until 19 February 2027; configuration and
interfaces until 30 April 2027; validation according to ISO 15189 in May 2027; go-live on
Monday 7 June 2027.
4.2 The Laboratory appoints a project leader (Ms Eline Verhaegen) with authority to decide,
ensures the cooperation of the analyser vendors by 1 February 2027, delivers the test
catalogue and reference ranges by 15 February 2027, and makes two validation biologists
available three days a week during May 2027.
4.3 If Labstream misses the go-live date for reasons attributable to it, it owes a penalty of
0,5 % of the fixed price per working day of delay, capped at 10 % of the fixed price. Delay caused
by the Laboratory or its vendors leads to a new planning agreed in the steering committee; any
extra effort is handled as a change request.

Article 5 - Team
5.1 Labstream's project manager is Ms Marieke Jansen; lead consultant is Mr Thomas Verbeek (ten
years' experience with LIS implementations in ISO 15189 laboratories). The interfaces are built
by two senior integration engineers.
5.2 Labstream does not replace the project manager or the lead consultant without the
Laboratory's prior written consent. A replacement has equivalent experience and works alongside
the outgoing person for two weeks at no cost to the Laboratory.

Article 6 - Quality
Labstream is ISO 27001 and ISO 13485 certified. All configuration is built and tested in the test
environment before it is moved to validation; every interface is tested with real sample
messages from each analyser. Labstream delivers the validation documentation needed for the
Laboratory's ISO 15189 accreditation.

Article 7 - Reporting and governance
7.1 Every two weeks Labstream sends a status report: progress per phase, open issues, risks,
days used against the budget.
7.2 A steering committee (laboratory director, the Laboratory's project leader, Labstream's
delivery director and project manager) meets monthly. Issues not solved by the project leaders
are escalated to the steering committee, then to the managing director of Labstream and the
laboratory director.

Article 8 - Data migration and go-live
8.1 Labstream converts five years of patient results, the test catalogue and the physician
database from the Laboratory's current system. Two test migrations are carried out, each
followed by a reconciliation report; the final migration takes place in the weekend before
go-live.
8.2 Labstream performs the go-live in the weekend of 5-6 June 2027 and provides on-site support
with two consultants during the first five working days after go-live (hypercare).
8.3 Labstream trains eight key users (four days) and provides training material in Dutch so that
the key users can train the other staff.

Article 9 - Acceptance
The Laboratory runs the acceptance test script of Annex 2 during 15 working days. Defects are
classified as blocking, major or minor. The system is accepted when no blocking or major defects
are open; both parties then sign an acceptance report. Go-live takes place only after acceptance.

Article 10 - Warranty
For six months after go-live Labstream corrects free of charge all defects in the configuration,
the interfaces and the migrated data.

Article 11 - Support and service levels
11.1 The subscription includes corrective maintenance, the service desk and all new releases of
LabFlow. Two releases per year are made available in the test environment; the Laboratory
decides when they go to production. Security patches are installed within 14 days, critical
ones within 72 hours.
11.2 Service desk: working days 7:30-18:00 by portal, e-mail and telephone; priority 1 by
telephone 24/7.
11.3 Response and workaround times:
     P1 - LabFlow unavailable or results cannot be validated   response 30 min, workaround 4 hours
     P2 - one analyser interface or module down              response 2 hours, workaround 1 working day
     P3 - other                                              response 1 working day, fix 10 working days
11.4 Availability: 99,8 % per calendar month, excluding maintenance announced ten days in advance
and carried out between 22:00 and 6:00.
11.5 For each started 0,1 % below 99,8 % the Laboratory receives a credit of 5 % of the monthly
subscription, up to 25 %, set off against the next invoice.
11.6 Labstream appoints a customer success manager (Mr Joris Smeets) and keeps the Laboratory's
configuration and interface documentation up to date in its service desk.

Article 12 - Term, termination and exit
12.1 The subscription runs for 60 months from go-live and is then tacitly renewed for periods of
12 months, unless terminated by registered letter at least six months before the end of a period.
12.2 Either party may terminate with immediate effect if the other party does not remedy a
material breach within 30 days of a written notice of default.
12.3 At the end, Labstream keeps providing the service for up to six months at the rates then in
force if the Laboratory asks, and assists the new supplier for up to 15 days at the daily rates.
12.4 Within 30 days after the end Labstream delivers, free of charge, a complete export of all
data (patients, results, audit trail) in HL7 and CSV format with documentation of the format.
Labstream has no right to retain the data.
12.5 The source code of LabFlow is deposited with Escrow4all B.V., updated at each major release,
and released to the Laboratory if Labstream goes bankrupt or stops supporting LabFlow. Labstream
bears the escrow costs.

Article 13 - Liability
Each party's liability is limited to the amounts paid under this Agreement in the twelve months
before the event, with a minimum of EUR 250.000,00. Indirect damage is excluded, except in case
of wilful misconduct or breach of Annex 4. Labstream restores lost data from its backups at its
own cost.

Article 14 - Intellectual property
Labstream keeps all rights in LabFlow; the Laboratory receives a non-exclusive licence for the
term of the Agreement. Reports, templates and configurations made specifically for the
Laboratory belong to the Laboratory.

Article 15 - Confidentiality and personal data
15.1 Both parties keep each other's confidential information secret during the Agreement and for
five years after its end.
15.2 Labstream processes health data as processor under Annex 4, only in data centres in the
Netherlands, and notifies any data breach within 24 hours.

Article 16 - Disputes and governing law
Disputes are first discussed in the steering committee and then between the managing director
of Labstream and the laboratory director within 30 days; failing agreement, the parties try
mediation by an accredited mediator. This Agreement is governed by Belgian law; the courts of
Antwerp, division Turnhout, have exclusive jurisdiction.

Signed in Geel on 15 December 2026 in two originals.

For Labstream B.V.                  For Klinisch Laboratorium Kempen BV
(signed)                            (signed)                   (signed)
Sander Bosman                       Dr Griet Peeters           Wim Luyten
Managing director                   Laboratory director        CFO
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
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
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "covered",
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
        "contract_term_months": 60,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "warranty_days": 180,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.8,
    },
)

EN_T6A_CHATBOT_DEVELOPMENT_QUOTE = UnseenDocument(
    name="en_t6a_chatbot_development_quote",
    text="""From:    Sofie Van Damme <sofie@praatpaal.be>
To:      Karim El Idrissi <karim.elidrissi@woonzenne.be>
Date:    Fri, 4 Dec 2026 11:18
Subject: Quote Q-2026-088 - tenant chatbot "Vraag het Zenne"
Attachment: Praatpaal_general_terms_2025.pdf

Hi Karim,

Great talking to you and Leen last week. Here's our quote for the tenant chatbot, as discussed.
If it looks good, just reply "OK for Q-2026-088" and we'll book the kick-off.

WHAT WE'LL BUILD
A chatbot on woonzenne.be and in the tenant app that answers tenants' questions in Dutch,
French and English (rent, repairs, moving, waiting lists) from your own content, and hands
over to your front office via your ticketing tool (TOPdesk) when it can't help or when the
tenant asks for a person.
  - Knowledge base built from your 180 FAQ pages, rental regulations and house rules.
  - We also import and anonymise about 2.000 closed TOPdesk tickets from 2025 to train the
    answers on real questions.
  - Chat widget for the website and an embed for the app; TOPdesk handover.
  - Admin console for your staff to correct answers and add content.
Not included: changes to the tenant app itself (your app supplier does the embed), voice/
telephone bots, and writing new content for topics that aren't on your website yet.

HOW WE'LL DO IT (about 6 weeks)
  Week 1     kick-off, access, content import
  Weeks 2-4  build in three sprints, demo at the end of each sprint
  Week 5     pilot week: your front office tests with a set of 100 real questions
  Week 6     go-live on the website and in the app
Go-live happens when at least 85 of the 100 pilot questions are answered correctly and you've
given us the green light in writing. What we need from you: a content owner on your side (Leen?)
who answers our questions within 2 working days, read access to TOPdesk in week 1, and your
front office available for the pilot week.
On our side: I'm your project lead and contact, and the build is done by Jonas De Wilde, our
senior AI engineer (6 years in NLP and chatbots). After go-live we run a 2-hour session for your
front-office staff on the admin console.

PRICE (EUR, excl. VAT)
  Build, pilot and go-live (fixed price)                        18.900,00
  One-off set-up of your cloud environment (Azure, West Europe)    750,00
  Monthly platform fee: hosting, monitoring, updates,
  2 hours/month of content tweaks                                  425,00 / month
  Azure language model usage: passed on at cost, expected 60 to 120 per month
  Extra work: 95,00 per hour - we always send an estimate first and only start once you've
  said OK.
Invoicing: 40 % of the build on order, 60 % at go-live; the set-up fee on order; the monthly fee
per quarter in advance. Payment within 30 days. We may adjust the monthly fee once a year in
line with our own costs.

AFTER GO-LIVE
  - Bugs in what we built are fixed for free during the first 3 months after go-live.
  - We keep the platform and the underlying language model up to date and apply security
    patches; these are included in the monthly fee.
  - Support: working days 9:00-17:00 via support@praatpaal.be or your Teams channel with us.
    Support is on a best-effort basis; we aim to get back to you within one working day.
  - The platform runs on Microsoft Azure; we don't give a formal uptime guarantee.
  - Every month you get a dashboard report (number of conversations, questions answered,
    handovers, top unanswered questions) and we have a 30-minute call with you to go through it.
    I stay your contact after go-live.

CONTRACT
The monthly platform fee runs for at least 12 months from go-live, then month to month; either
of us can stop it with one month's notice. When you stop, we send you the knowledge base content
and the conversation logs as a JSON export within 14 days and then delete them.
Conversation logs are stored in the EU for 90 days, and we sign your data processing agreement
before go-live, as we'll process tenants' personal data on your behalf. The content and the
answers are yours; the chatbot engine remains ours and you use it as long as you subscribe.
Our general terms (attached) apply.

Looking forward to it!

Sofie Van Damme
Project lead - Praatpaal BV, Dok Zuid 3, 9000 Gent - BE 0779.215.460
""",
    items={
        "agreement.general_terms": "partial",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "missing",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 1,
        "notice_period_days": 30,
        "payment_term_days": 30,
        "warranty_days": 90,
    },
)

EN_T6A_ENERGY_MONITORING_SUBSCRIPTION = UnseenDocument(
    name="en_t6a_energy_monitoring_subscription",
    text="""ENERGYLENS NV - ORDER FORM
Order no. EL-OF-2026-0391

Supplier:  EnergyLens NV, Interleuvenlaan 15B, 3001 Leuven - BE 0701.338.925
Customer:  Transport Claeys & Zonen NV, Industrieweg 44, 8800 Roeselare - BE 0428.117.506
Customer contact: Mr Pieter Claeys, facility & sustainability manager
EnergyLens contact: Ms Ines Maes, customer success manager (ines.maes@energylens.eu)

1. SUBSCRIPTION
Product: EnergyLens Pro - energy monitoring dashboards for 6 sites (Roeselare HQ and warehouses
in Roeselare, Kortrijk, Waregem, Menen and Ghent), covering 42 sub-meters.
Included: real-time dashboards per site and per meter, alarms on abnormal consumption, monthly
energy and CO2 report per site, CSV export and REST API access, unlimited users.
Not included: electrical works beyond fitting the measuring clamps, integration with the
Customer's building management system, energy procurement advice.

2. ONE-OFF CHARGES (EUR, excl. VAT)
  42 measuring clamps and 6 gateways with 4G (purchased by the Customer)     9.840,00
  Installation by EnergyLens' partner electricians                           3.150,00
  Onboarding and dashboard configuration                                     1.200,00
One-off charges are invoiced on delivery of the hardware.

3. SUBSCRIPTION FEE
EUR 115,00 per site per month, i.e. EUR 8.280,00 per year excl. VAT, invoiced annually in advance
from the Activation Date. EnergyLens may adjust its list prices once a year; adjusted prices apply
from the next invoice.
All invoices are payable within 30 days of the invoice date.

4. INSTALLATION AND ONBOARDING
Installation of all six sites within 6 weeks of this Order Form being signed, on dates agreed per
site. The installation is carried out by electricians certified under the AREI/RGIE. The Customer
ensures that the electrical cabinets are accessible, that a site contact is present on the day
of installation, and that the single-line diagrams of each site are sent to EnergyLens at least
one week before.
With the Customer's Fluvius mandate, EnergyLens loads 24 months of historical consumption data of
the digital meters so that the dashboards show comparisons from day one.
The Activation Date is the date on which data of all six sites is visible in the dashboards.
After activation EnergyLens gives one 90-minute online onboarding session for up to 8 users;
the online help centre is available to all users.

5. SERVICE
EnergyLens uses commercially reasonable efforts to keep the platform available 99,5 % of the time
per month, excluding planned maintenance. New features and updates are released continuously
and are included in the subscription.
Support: business days 9:00-17:00 by e-mail (support@energylens.eu) and in-app chat.
Response times: critical (platform unavailable, or no data received from a site for more than
24 hours) - 4 business hours; other questions - 2 business days.
Every quarter Ms Maes holds a business review with the Customer on the results and savings.

6. TERM
Initial term: 36 months from the Activation Date. The subscription then renews automatically for
successive periods of 36 months unless either party terminates it by registered letter at least
3 months before the end of the current term. Either party may terminate the subscription if the
other party does not remedy a material breach within 30 days of written notice.

7. DATA
The meter data belongs to the Customer and can be exported at any time as CSV or via the API.
After the end of the subscription the Customer has 60 days to export its data, after which
EnergyLens deletes it. EnergyLens processes the names and e-mail addresses of the Customer's
users as processor under the data processing agreement published on energylens.eu/dpa; data is
hosted in AWS Frankfurt. EnergyLens retains all rights in the platform; the Customer receives a
right to use it during the subscription.

8. TERMS
This Order Form is governed by the EnergyLens Subscription Terms v3.2 (energylens.eu/terms). If
the Subscription Terms and this Order Form conflict, this Order Form prevails. Liability: as set
out in section 11 of the Subscription Terms. This Order Form is governed by Belgian law; the
courts of Leuven have jurisdiction.

Signed on 18/12/2026

For EnergyLens NV                        For Transport Claeys & Zonen NV
(signed)                                 (signed)
Bart Vermeulen, CEO                      Pieter Claeys, facility & sustainability manager
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "missing",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "partial",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "partial",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 36,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 4,
        "availability_percent": 99.5,
    },
)

EN_T6A_WAREHOUSE_SCANNER_RENTAL = UnseenDocument(
    name="en_t6a_warehouse_scanner_rental",
    text="""SCANPOINT LOGISTICS IT B.V.
Minervum 7081, 4817 ZK Breda - KvK 20119874 - www.scanpoint.nl

Dekeyser Foodservice NV
Attn. Mr Frederik Dekeyser
Brugsesteenweg 301
8520 Kuurne, Belgium

Breda, 7 December 2026
Our ref.: SP/RD/26-412

Subject: rental and swap service for warehouse scanners - confirmation of our agreement

Dear Frederik,

Following our meeting in Kuurne on 1 December, we confirm what we agreed for the scanners in
your new chilled warehouse.

What you rent
  - 24 Zebra MC9400 handheld mobile computers with extended battery, holster and charging cradles
  - 4 Zebra VC8300 vehicle-mounted terminals for the reach trucks
  - 2 extra MC9400 units kept on site as spare devices
Staging is included: we install your WMS client (Consafe Astro), Wi-Fi profiles and certificates
on every device before delivery, so they work out of the box.
Not included: the WMS licences, your Wi-Fi network, and damage caused by drops, misuse or
water beyond the device's IP rating.

Prices (EUR, excl. VAT)
  Rental: 24 x 39,00 + 4 x 60,00 = 1.176,00 per month, all devices including the spares
  One-off staging and configuration: 1.450,00
  Repair of accidental damage: flat fee of 145,00 per device plus parts at list price
Rental fees are indexed on 1 January each year by the Dutch CBS consumer price index (CPI).
The staging fee is invoiced on delivery; the rental is collected monthly in advance by direct
debit, 14 days after the invoice date.
Work on your WMS or network is not part of this agreement; if you need it, we quote first.

Delivery and start
Delivery within three weeks of your signature. You send us the WMS client package and the Wi-Fi
credentials at least one week before delivery. On the day of delivery our technician spends half
a day on site to hand out and test the devices on your network and briefly trains your team
leads on the use of the scanners and cradles.

Service during the rental
  - Helpdesk on working days 8:00-17:00, telephone +31 76 205 44 00 or helpdesk@scanpoint.nl.
  - A defective device reported before 14:00 is replaced by a staged device delivered the next
    working day; in the meantime you use the on-site spares.
  - We install Android security updates and Zebra LifeGuard patches every quarter through our
    device management platform.
  - Your account manager is Rick van Dijk (r.vandijk@scanpoint.nl); he keeps your device list and
    configuration on file.

Term
The rental runs for 48 months from delivery and ends automatically; a yearly extension can be
agreed in writing. The rental cannot be ended early, except for serious breach by the other
party not remedied within 30 days of a written notice; if you end it early for other reasons,
the remaining rent falls due. At the end you return all devices; we wipe them and send you a
certificate of data erasure.

Liability
Our liability is limited to one month of rental fees. We are not liable for loss of data,
stock differences, or loss of production caused by unavailable devices.

The NLdigital Terms 2020 apply to this agreement; where they differ from this letter, this
letter prevails. Dutch law applies; the court of Zeeland-West-Brabant (Breda) has jurisdiction.

Please sign and return one copy.

Kind regards,                                Agreed,
(signed)                                     (signed)
Rick van Dijk                                Frederik Dekeyser
Account manager, Scanpoint Logistics IT B.V. Managing director, Dekeyser Foodservice NV
                                             Date: 10/12/2026
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.acceptance": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.confidentiality": "missing",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 48,
        "payment_term_days": 14,
    },
)


DOCUMENTS = [
    EN_T6A_LABORATORY_INFORMATION_SYSTEM,
    EN_T6A_CHATBOT_DEVELOPMENT_QUOTE,
    EN_T6A_ENERGY_MONITORING_SUBSCRIPTION,
    EN_T6A_WAREHOUSE_SCANNER_RENTAL,
]
