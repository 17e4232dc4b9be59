"""Training batch 5, English documents (part a): a formal implementation and operation agreement
for a hosted document management system between a Ghent DMS supplier and a Bruges accountancy
firm; a quotation by a Mechelen integrator for access control badges and time registration in a
Roeselare metalworking plant, with an empty "for agreement" line; a short e-mail from a Leuven
start-up summarising an e-learning platform subscription for a logistics company, to be accepted
by replying "approved"; and a fleet tracking (telematics) service agreement between a Dutch
provider and a Belgian installation company for 48 service vans.

Written on 2026-12-05 by a helper session as training documents for the checklist model, without
reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings.

Conventions: months = 30 days for notice and warranty; the response time of the highest priority
is given in hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail
or with an empty client signature line raises risk.unsigned (an empty client line is a partial
signature); partial = mentioned but vague, a bare cross-reference without content, a placeholder,
best efforts only, or a negation/disclaimer; ambiguous items, risks and figures are left out.
"""

from .unseen_documents import UnseenDocument

EN_T5A_DOCUMENT_MANAGEMENT = UnseenDocument(
    name="en_t5a_document_management",
    text="""AGREEMENT FOR THE IMPLEMENTATION AND OPERATION OF A DOCUMENT MANAGEMENT SYSTEM
Contract no. AV-2026-0311

BETWEEN
Archivault NV, Ottergemsesteenweg-Zuid 808, 9000 Ghent, enterprise no. BE 0654.327.918,
represented by Ms Griet Van Acker, managing director ("Archivault");
AND
Vandamme & Partners Accountants BV, Kardinaal Mercierlaan 24, 8000 Bruges, enterprise
no. BE 0458.992.104, represented by Mr Frederik Vandamme, managing partner ("the Client").

Article 1 - Contract documents
1.1 The Agreement consists of this document and its annexes: Annex 1 - Archivault's offer
    AV-O-26-0311 of 3 November 2026 (functional scope, integrations, migration approach);
    Annex 2 - Service Level Agreement; Annex 3 - Data Processing Agreement; Annex 4 - Archivault's
    General Terms and Conditions (version 2025).
1.2 In case of conflict, this document prevails over the annexes, and the annexes prevail in the
    order in which they are listed. Purchase conditions of the Client do not apply.

Article 2 - Subject and scope
2.1 Archivault implements and hosts its document management platform Docuvault 7 for the
    Client's 85 staff in Bruges and Kortrijk: client file structure and classification, filing of
    e-mails from Outlook, OCR and indexing of incoming post, retention rules, and a two-way
    integration with the Client's practice management software (clients, engagements, staff).
2.2 Not included: scanning of the paper archive, workstations and scanners, Microsoft 365
    licences, changes to the practice management software, and storage above 3 TB (art. 7.3).

Article 3 - Project organisation
3.1 Archivault's team: Ms Hanne Wuyts, project manager; Mr Pieter-Jan Goossens, solution
    architect (11 years of DMS projects for accountancy firms); two consultants with at least
    three years' experience of Docuvault. The Client's project lead is Mr Frederik Vandamme.
3.2 Archivault will not replace Ms Wuyts or Mr Goossens during the project without the Client's
    prior written consent. A replacement has equivalent qualifications and is brought up to
    speed at Archivault's expense.
3.3 A steering committee (a partner of the Client, Archivault's managing director and both
    project leads) meets monthly. Before each meeting Archivault sends a written progress report:
    progress against the planning, hours used, risks and open change requests. Issues the project
    leads do not solve within five working days are escalated to the steering committee.

Article 4 - Planning and obligations of the Client
4.1 Analysis and design: 4 to 29 January 2027. Configuration and integration: 1 February to
    12 March 2027. Test migration: 15 March 2027. Acceptance tests: 22 March to 9 April 2027.
    Final migration: 24-25 April 2027. Go-live: Monday 26 April 2027.
4.2 The Client shall: (a) give Archivault read access to its file shares and former document
    system by 8 January 2027; (b) make six key users available one day per week during design and
    three days per week during the acceptance tests; (c) approve the classification scheme by
    29 January 2027; (d) obtain API access to its practice management software by 1 February 2027.
4.3 If Archivault misses the go-live date through its own fault, it owes a penalty of 0,5 % of
    the fixed price per working day of delay, up to 10 %. If the Client does not meet an
    obligation of article 4.2 on time, the planning moves accordingly and Archivault may charge
    demonstrable idle time at the rates of article 7.4, after notifying the Client in writing.

Article 5 - Data migration
Archivault migrates approx. 1,4 million documents (2,1 TB) from the Client's file shares and
its former system FileDesk, with their metadata (client number, fiscal year, document type). A
full test migration precedes the final migration. Each run ends with a migration report (counts
and checksums per source folder); the Client checks a sample of 200 documents of its choice.

Article 6 - Acceptance, go-live and training
6.1 The Client tests the platform against test scenarios drafted by Archivault and approved by
    the Client. Defects are blocking, major or minor. Acceptance is recorded in a report signed by
    both project leads once no blocking or major defects remain open.
6.2 Archivault carries out the go-live according to a cut-over plan approved by the steering
    committee, including a fall-back scenario.
6.3 Archivault trains the six key users (two days, train-the-trainer), delivers six short video
    tutorials for all staff, and provides two consultants on site in Bruges during the first
    three working days after go-live.
6.4 At acceptance Archivault delivers an administrator manual and the configuration and
    integration documentation, and gives one day of training to the Client's IT partner.

Article 7 - Prices and payment (excluding VAT)
7.1 Implementation (project management, configuration, integration, migration, training): fixed
    price EUR 68.400,00, invoiced 30 % at signature, 40 % after test migration, 30 % at acceptance.
7.2 Subscription: EUR 24,50 per named user per month (EUR 2.082,50 per month for 85 users), incl.
    licences, hosting, back-ups, support and maintenance; invoiced quarterly in advance.
7.3 Storage above 3 TB: EUR 45,00 per month per additional block of 500 GB.
7.4 Additional services: consultant EUR 1.040,00 per day; solution architect EUR 1.240,00 per day.
7.5 The prices of articles 7.2 to 7.4 are indexed on 1 January of each year, for the first time on
    1 January 2028, according to the formula P = P0 x (0,2 + 0,8 x S/S0), where S is the Agoria
    reference labour cost index, with a maximum increase of 4 % per year.
7.6 Invoices are payable within 30 days of the invoice date.

Article 8 - Change requests
Work outside Annex 1 is done only under a written change request. Archivault sends an impact
analysis (effort, price, effect on the planning) within five working days. No work starts before
the Client's project lead has approved it in writing; work done without that approval is not paid.

Article 9 - Warranty and quality
9.1 For three months after acceptance, Archivault corrects free of charge any non-conformity of
    the configuration, the integration or the migrated data with Annex 1.
9.2 Archivault works under its ISO/IEC 27001-certified management system. All integration code
    is peer reviewed and covered by automated regression tests that run before every release.

Article 10 - Service levels (summary of Annex 2)
10.1 Hosting in two Belgian data centres (Antwerp, Brussels), daily back-ups kept for 30 days,
     corrective maintenance, updates and a helpdesk on working days from 8:00 to 18:00 via the
     customer portal, support@archivault.be or +32 9 335 12 00.
10.2 Priority 1 (platform unavailable for all users): response within 1 hour, workaround or
     solution within 4 working hours. Priority 2 (a major function unavailable): response within
     4 working hours, solution within 2 working days. Priority 3 (other): response within
     1 working day, solution in the next release.
10.3 Availability: 99,7 % per calendar month, measured from 7:00 to 20:00 on working days; planned
     maintenance announced five working days ahead and done outside those hours does not count.
10.4 Service credits on the monthly subscription: 5 % if availability is between 99,0 % and
     99,7 %; 10 % between 98,0 % and 99,0 %; 20 % below 98,0 %. Credits are deducted from the
     next invoice. If availability is below 98,0 % for three consecutive months, the Client may
     terminate the Agreement without notice or compensation.
10.5 Minor releases and security patches are installed at no extra cost; patches for critical
     vulnerabilities within 72 hours of their publication. A new major version is installed once
     a year, announced 30 days ahead and first made available on an acceptance environment.
10.6 After go-live Ms Wuyts remains the Client's customer success manager. Archivault keeps an
     up-to-date description of the Client's configuration and integrations in its service desk.
10.7 Archivault sends a monthly service report (availability, incidents per priority, response
     and solution times, storage used) and holds a service review with the Client every quarter.

Article 11 - Duration and termination
11.1 The Agreement enters into force on signature. The subscription runs for 36 months from
     go-live and is then tacitly renewed for periods of 12 months, unless either party gives
     notice by registered letter at least three months before the end of the current period.
11.2 Either party may terminate by registered letter if the other party does not remedy a
     material breach within 30 days of a written notice of default, or is declared bankrupt.

Article 12 - Exit and continuity
12.1 At the Client's request Archivault continues the service for up to six months after the end
     of the Agreement at the prices then applicable, and assists the Client and its new supplier
     with the migration at the rates of article 7.4.
12.2 Within 30 days after the end, Archivault delivers all documents in their original format
     with metadata and audit trail in XML and CSV via a secure transfer, then deletes the Client's
     data and confirms this in writing. It may not hold back the data pending payment of invoices.
12.3 Archivault deposits the source code of Docuvault 7 and of the integration with Escrow Europe
     (Belgium) and updates the deposit at each major version, at its own cost. The Client obtains
     the deposit if Archivault goes bankrupt or stops supporting Docuvault 7.

Article 13 - Intellectual property
Archivault remains the owner of Docuvault 7; the Client has a non-exclusive right to use it for
the term of the Agreement, and a perpetual, non-exclusive licence on the integration built for it.

Article 14 - Confidentiality and personal data
14.1 Each party keeps the other party's confidential information secret during the Agreement and
     for five years after it. Archivault's staff respect the professional secrecy to which the
     Client is bound towards its own clients.
14.2 Archivault processes personal data as processor on the Client's behalf under Annex 3, only
     in the European Union, and notifies any personal data breach to the Client within 24 hours.

Article 15 - Liability
Each party's liability is limited to direct damage, up to the amounts invoiced under the
Agreement in the twelve months before the event, with a minimum of EUR 100.000,00. Loss or
corruption of the Client's data caused by a failure of Archivault's back-ups is direct damage.
These limits do not apply to wilful misconduct, gross negligence or a breach of article 14.

Article 16 - Disputes and applicable law
Disputes are first discussed in the steering committee and then between the managing directors
of both parties. If they are not settled within 30 days, the parties will try mediation by a
mediator accredited under the Belgian Judicial Code before going to court. The Agreement is
governed by Belgian law; the courts of West Flanders, Bruges division, have sole jurisdiction.

Made in Bruges on 15 December 2026, in two originals.

For Archivault NV                            For Vandamme & Partners Accountants BV
(signed)                                     (signed)
Griet Van Acker, managing director           Frederik Vandamme, managing partner
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
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.7,
    },
)

EN_T5A_ACCESS_BADGES_TIME_REGISTRATION = UnseenDocument(
    name="en_t5a_access_badges_time_registration",
    text="""BADGELINE BV
Access control - time registration - visitor management
Zemstbaan 41, 2800 Mechelen - BE 0821.446.073 - +32 15 79 22 40 - www.badgeline.be

QUOTATION BL-Q-2026-0587
Customer:     Verhaeghe Metaal NV, Industrieweg 18, 8800 Roeselare (BE 0437.118.265)
Attention:    Ms Ann Debruyne, HR manager - Mr Kurt Lannoo, facility manager
Date:         02/12/2026
Validity:     30 days
Your contact: Jens Mertens, account manager, jens.mertens@badgeline.be, +32 475 61 20 88

Dear Ms Debruyne, dear Mr Lannoo,

Following our site visit of 25 November, we are pleased to send you our quotation for a new
access control and time registration system for your plant in Roeselare (220 employees, two
shifts, office staff on flexible hours).

1. Proposed solution
- 8 doors secured with DESFire EV3 badge readers (main entrance, 4 production hall doors,
  warehouse, server room, canteen), incl. 8 door controllers and electric strikes
- 1 reader with intercom at the truck gate
- 3 time registration terminals (entrance production, entrance offices, warehouse), badge only:
  no fingerprints or other biometric data
- 250 badges, printed in your house style with photo
- Chrono+ software (access control and time registration), installed on your own server,
  perpetual licence for up to 250 employees, with web client for HR and team leaders
- Payroll interface: weekly export of the validated hours and absence codes to your social
  secretariat, in its import format

Not included: the cabling between controllers, readers and the network (to be done by your
electrician following our cabling plan), the server and the Windows Server / SQL Server
licences, carpentry or adjustments to doors and frames, and the set-up on the side of the
social secretariat.

2. Price (EUR, excl. VAT)
  Hardware (readers, controllers, strikes, terminals, badges)        38.760,00
  Installation and commissioning (5 working days, 2 technicians)      6.480,00
  Chrono+ licence, 250 employees                                       9.950,00
  Payroll interface: set-up and test                                   2.400,00
  Training: 2 half-day sessions (HR / facility)                        1.180,00
  TOTAL                                                               58.770,00

Badgeline Care maintenance contract: the first year is included in the price above; from the
second year EUR 2.940,00 per year, invoiced annually in advance.
Extra readers, badges or other work at your request are quoted separately; small interventions
are charged at EUR 92,00 per hour plus a travel fee of EUR 65,00, only after your approval by
e-mail.
Badgeline may adapt its prices for maintenance, badges and additional work once a year; the new
prices are communicated to you one month in advance.

Payment: 40 % on order, 50 % on delivery of the hardware, 10 % after commissioning. Our invoices
are payable within 30 days of the invoice date.

3. Planning
Delivery of the hardware: 6 to 8 weeks after order. Installation takes 5 working days. For an
order placed before 18 December 2026 we aim at commissioning in the week of 22 February 2027.
Delivery times are given for information only; a delay does not entitle you to compensation or
to cancel the order.
What we need from you:
- the cabling ready and tested according to our cabling plan, one week before installation;
- a virtual server (Windows Server 2022, 4 vCPU, 16 GB RAM, 200 GB disk) with remote access for
  our technician, two weeks before installation;
- the list of employees (name, personnel number, department, work schedule, photo) in our Excel
  template, two weeks before commissioning; we load it into Chrono+ together with your shift
  schedules and absence codes;
- the consultation of your works council on the introduction of time registration, before the
  system is taken into use.

4. Installation, commissioning and training
Installation is done by our own technicians, certified by the manufacturer, in accordance with
EN 60839-11-1 and the manufacturer's guidelines. At commissioning we test every door, the gate
and each terminal together with your facility manager, and we run a test export to the social
secretariat on one week of data; you sign the commissioning report when all tests succeed. You
then receive the as-built file: door plan, wiring diagrams and a back-up of the configuration.
The two training sessions take place in the week of commissioning: one for HR and team leaders
(approving hours, corrections, reports) and one for the facility team (badges, access rights).

5. Warranty
12 months from commissioning on hardware and installation, parts and labour included. The
warranty does not cover damage caused by misuse, vandalism or work by third parties.

6. Badgeline Care
- Helpdesk on working days from 8:00 to 17:00 by phone (+32 15 79 22 49) or service@badgeline.be
- Blocking failure (a door that does not open or lock, all terminals down): call back within
  4 working hours, technician on site the next working day
- Other requests: handled within 3 working days
- Remote support via a secure session, with your consent each time
- Software updates and new versions of Chrono+ included; updates of Windows and SQL Server are
  your responsibility
- Your installation file (plans, configuration, contacts) is kept at our service desk
The Care contract starts at commissioning, runs for one year and is renewed tacitly for one year
at a time, unless terminated by registered letter at least three months before the anniversary
date.

7. Personal data
Chrono+ processes personal data of your employees (identity, badge use, hours worked). The data
stay on your server; we only access them during remote support. The data processing agreement
in annex B applies.

8. Liability and ownership
Our liability is limited to the amount of this order. We are not liable for indirect damage,
loss of data, theft or break-in, or for payroll errors caused by incorrect data.
The software remains the property of its publisher; you receive a non-transferable licence to
use it for up to 250 employees. Delivered hardware remains our property until full payment.

Our general terms of sale and installation (annex A) apply to this quotation and to the order;
your purchase conditions do not apply.

We look forward to working with you.

Jens Mertens
Account manager, Badgeline BV

For agreement - Verhaeghe Metaal NV
Name and function: ..............................
Date: ....................   Signature (preceded by "read and approved"): ....................
""",
    items={
        "agreement.signed_both": "partial",
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
        "timing.delay": "partial",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 360,
        "response_time_hours_highest_priority": 4,
    },
)

EN_T5A_ELEARNING_PLATFORM = UnseenDocument(
    name="en_t5a_elearning_platform",
    text="""From:    Pieter Claeys <pieter@skillbloom.eu>
To:      Katrien Maes <katrien.maes@maeslogistics.be>
Date:    Wed, 2 Dec 2026 11:18
Subject: Skillbloom for Maes Logistics - summary and next steps

Hi Katrien,

Thanks for the demo yesterday, great to hear the warehouse team liked the forklift and safety
modules. As promised, here's a summary of what we discussed, so you can run it past Dirk.

YOUR PLAN: Skillbloom Business
- Up to 150 active learners (drivers, warehouse staff and office)
- Full access to our library of 40+ ready-made courses in NL/FR/EN (safety at work, forklift
  refresher, ADR awareness, GDPR awareness, onboarding templates, ...)
- Authoring tool for your own courses and quizzes, certificates, automatic reminders, manager
  dashboard, and the learner app (iOS/Android)
- Hosting, updates and new features, chat and e-mail support

PRICE (excl. VAT)
- Licence: EUR 7,20 per active learner per month -> 150 x 7,20 x 12 = EUR 12.960,00 per year
- Onboarding package (one-off): EUR 1.500,00 - single sign-on with your Microsoft Entra ID,
  import of your learners from a CSV file, a one-time import of your current training history
  from your Excel files, your logo and colours, and a 90-minute admin training for HR
- Total for year 1: EUR 14.460,00
The licence is invoiced once a year in advance, the onboarding package at go-live; payment
within 30 days. If you go above 150 active learners, we invoice the extra learners every quarter
at the same price per learner.
Not included: building your own courses (you can do that yourselves, or we build them for you
at EUR 95,00 per hour - we always send you a fixed quote per course first), translating your
own content, and third-party course content.

TIMING
If we have your go by 15 December:
- kick-off call in the week of 4 January
- by 6 January we need from you: the learner CSV (our template), your Excel training history,
  and an IT contact who can approve the SSO app in Entra ID
- SSO, import and branding done by 13 January, admin training on 14 January
- go-live for all learners: Monday 18 January 2027
Learners get a welcome e-mail with a short video, and our help centre has step-by-step guides
in the three languages.

WHO'S WHO
I stay your account manager. Lotte Verhulst from our customer success team runs your onboarding
and stays your dedicated contact afterwards; she knows your set-up and checks in with you every
quarter to review how it's going. You'll also get a usage report by e-mail every month (active
learners, completions, overdue trainings per team).

SUPPORT & UPTIME
Support by chat and e-mail, Monday to Friday from 9:00 to 17:00. We usually reply within a
business day. We aim for 99,5 % uptime (live status on status.skillbloom.eu), but like any cloud
service we can't guarantee it, and we don't give credits for downtime. Updates and new features
are rolled out continuously at no extra cost.

CONTRACT BITS
- Term: 12 months from go-live. It renews automatically for another 12 months unless you let us
  know by e-mail at least 60 days before the renewal date.
- Either of us can end it early if the other seriously breaches it and doesn't fix that within
  30 days of being told.
- We may update our prices at renewal; we'll tell you at least 90 days before, so you can still
  cancel in time.
- Your data: we process learner names, e-mail addresses and training results on your behalf,
  hosted in the EU (Frankfurt); our data processing agreement (skillbloom.eu/dpa) is part of the
  contract.
- Courses you create are yours; the ready-made library is licensed for your internal use during
  the subscription.
- When you leave, you can export all learner records, results and certificates as CSV from the
  admin panel for up to 30 days after the end date; after that we delete everything.
- Our Terms of Service (skillbloom.eu/terms) apply to the subscription.

If this all looks good, just reply "approved" to this e-mail and I'll send the invoice and the
onboarding invite.

Cheers,
Pieter

Pieter Claeys | Account Manager
Skillbloom BV | Brusselsesteenweg 320, 3000 Leuven | BE 0773.519.842
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
        "team.seniority": "missing",
        "team.quality": "missing",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "partial",
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
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
    },
)

EN_T5A_FLEET_TRACKING = UnseenDocument(
    name="en_t5a_fleet_tracking",
    text="""RIJWIJS TELEMATICS B.V.
Moerdijkstraat 12, 4814 AD Breda, the Netherlands - KvK 58210734 - VAT NL852931046B01

FLEET TRACKING SERVICE AGREEMENT no. RW-BE-2026-118

Parties
1. Rijwijs Telematics B.V., represented by Mr Ruud Verbeek, sales director ("Rijwijs");
2. De Cock Installaties NV, Zandberg 7, 9300 Aalst, Belgium, enterprise no. BE 0449.631.287,
   represented by Mr Wim De Cock, CEO ("the Client").

1. Service
1.1 Rijwijs provides the Client, for the 48 service vans listed in Annex 1, with:
    a) a rented GPS tracker per van, connected to the CAN bus (position, ignition, mileage,
       fuel level);
    b) access to the Rijwijs Fleet web platform and the driver app, for an unlimited number of
       users;
    c) a driver ID tag per driver, with a private/business switch for the mileage registration
       needed for the benefit in kind;
    d) geofences for the Client's depot and customer sites, route replay and alerts;
    e) a REST API to export trips to the Client's own systems.
1.2 Not included: fuel cards and their integration, dashcams, temperature sensors, and
    installation in vehicles other than those in Annex 1.
1.3 The trackers remain the property of Rijwijs. The platform, the app and the tracker firmware
    remain the intellectual property of Rijwijs; the Client has a right to use them for the term
    of the Agreement.

2. Installation
2.1 The trackers are installed at the Client's depot in Aalst by fitters of Rijwijs' installation
    partner, who are trained and certified by Rijwijs and hold a VCA certificate. Installation
    follows the vehicle manufacturers' guidelines, so that the vehicle warranty is not affected;
    Rijwijs is responsible for any damage caused by the installation.
2.2 Planning: 8 vans per day, from 18 to 22 January 2027 and on 25 January 2027.
2.3 The Client delivers the list of vehicles (plate, VIN, make, model) and drivers in Rijwijs'
    Excel template by 8 January 2027, and makes the vans available at the depot from 7:30 with
    their keys, in the order of the installation schedule. Rijwijs loads the vehicle and driver
    list into the platform before installation starts.
2.4 After each installation the fitter checks in the app that the tracker reports position,
    ignition and mileage correctly, and the Client's fleet manager signs the installation sheet
    of the van. A van for which this check fails is fixed the same day or rescheduled.
2.5 If a van is not available at the planned time, Rijwijs may charge EUR 60,00 for the missed
    slot. If Rijwijs cannot install on a planned day, it reschedules within five working days and
    the vans concerned get their first month of subscription free of charge.
2.6 Rijwijs gives a one-hour online training to the Client's planners and fleet manager. Each
    driver receives an instruction card and a link to the video tutorials of the driver app.

3. Charges (excl. VAT)
3.1 Installation: EUR 85,00 per van, one-off. Driver ID tags: EUR 6,00 each, one-off.
3.2 Subscription (tracker rental, platform, app, mobile data, support): EUR 17,90 per van per
    month.
3.3 Extra vans, transfers of a tracker to a replacement van (EUR 95,00 per van) and any other
    work are carried out only on the written order of the Client's fleet manager, at the prices
    of this article.
3.4 The subscription fee is indexed on 1 January of each year in line with the Belgian health
    index (base index: December 2026), for the first time on 1 January 2028.
3.5 Installation and tags are invoiced after the last installation day; the subscription is
    invoiced quarterly in advance. Invoices are payable within 30 days of the invoice date.

4. Support and service levels
4.1 Helpdesk: Monday to Friday 8:00-17:30 by phone (+31 76 204 88 00), by e-mail
    (support@rijwijs.eu) or through the chat in the app. Questions are answered within
    4 working hours.
4.2 If the platform is unavailable, Rijwijs starts working on it within 1 hour after detection or
    report, 24 hours a day, 7 days a week.
4.3 A defective tracker is replaced free of charge at the Client's depot within 5 working days.
4.4 The platform is available 99,5 % of the time per calendar month. Planned maintenance,
    announced by e-mail at least two days in advance and carried out between 22:00 and 6:00,
    does not count. While the platform is unavailable the trackers store their data and send it
    afterwards, so that no trips are lost.
4.5 Updates of the platform and firmware updates of the trackers are carried out over the air,
    at no extra cost.
4.6 Mr Niels Hendrickx is the Client's account manager and keeps track of its set-up. Once a year
    he holds an evaluation meeting with the Client.

5. Personal data
5.1 The Client is the controller of its drivers' location data; Rijwijs processes them as
    processor under the data processing agreement in Annex 2. Data are stored in a data centre
    in Amsterdam and kept for 13 months, unless the Client sets a shorter period.
5.2 Before the system is used, the Client informs its drivers in writing of the purpose and use
    of the system, in accordance with Belgian privacy rules and its work rules, and consults its
    trade union delegation. Outside working hours the drivers can use the privacy switch.

6. Term and termination
6.1 The Agreement runs for 36 months from the last installation day. It then continues for an
    indefinite period, and either party may end it at any time with one month's notice by
    e-mail or letter.
6.2 During the first 36 months the Client may remove up to 5 vans per year from the Agreement
    (sold or scrapped vehicles) at no charge. If the Client otherwise ends the Agreement before
    the end of the initial term, the subscription fees up to the end of that term remain due.
6.3 Either party may terminate the Agreement with immediate effect if the other party does not
    remedy a serious breach within 30 days after a written notice.
6.4 Until the end date the Client can export its full trip history in CSV or through the API.
    Rijwijs deletes all the Client's data 30 days after the end date. Within 30 days after the
    end, the Client returns the trackers or lets Rijwijs remove them at EUR 45,00 per van;
    trackers that are not returned are invoiced at EUR 120,00 each.

7. Confidentiality
Both parties keep confidential all information they receive from each other under this
Agreement, during the Agreement and for two years after it.

8. Liability
Rijwijs is only liable for direct damage caused by its gross negligence, up to the subscription
fees paid in the three months before the event. Rijwijs is not liable for inaccurate positions,
theft of vehicles, traffic fines, or loss of data.

9. General terms, law and jurisdiction
The General Terms of Rijwijs (NLdigital Terms 2020, Annex 3) apply. If they conflict with this
Agreement, this Agreement prevails. Dutch law applies. Disputes are submitted exclusively to the
District Court of Zeeland-West-Brabant, Breda location.

Signed in two originals.

Breda, 10 December 2026                         Aalst, 14 December 2026
For Rijwijs Telematics B.V.                     For De Cock Installaties NV
[signature]                                     [signature]
Ruud Verbeek, sales director                    Wim De Cock, CEO
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
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
        "team.seniority": "covered",
        "team.knowledge_transfer": "missing",
        "team.quality": "covered",
        "reporting.progress": "missing",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "missing",
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
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "notice_period_days": 30,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.5,
    },
)


DOCUMENTS = [
    EN_T5A_DOCUMENT_MANAGEMENT,
    EN_T5A_ACCESS_BADGES_TIME_REGISTRATION,
    EN_T5A_ELEARNING_PLATFORM,
    EN_T5A_FLEET_TRACKING,
]
