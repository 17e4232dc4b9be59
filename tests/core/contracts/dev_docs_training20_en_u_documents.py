"""Training batch 20 (en, writer u): (1) a formal support and maintenance agreement between a
Rotterdam software house and a Flemish port authority for its vessel-booking portal (lock
passages, berth requests, pilot orders), hosting included; (2) an order form for a
payroll-integration middleware subscription (workforce planning to social secretariat) by a
Mechelen supplier for a Belgian retail chain, under the supplier's general subscription terms;
(3) a short proposal e-mail by an Antwerp scanning integrator for a Brussels law firm's
document-scanning workflow (scanners, OCR capture, filing into the practice-management system),
accepted by reply e-mail; (4) a formal service-desk outsourcing agreement between a Dutch
service-desk provider and an Antwerp logistics group (transition, service levels, exit).

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser. Conventions: months = 30 days for notice and warranty; response time
of the highest priority in hours (working hours counted as hours; 15 minutes = 0.25); a quote
accepted by e-mail or an empty client signature line raises risk.unsigned; a negation,
disclaimer, bare cross-reference, placeholder or best-efforts wording is "partial".
"""

from .unseen_documents import UnseenDocument

EN_T20U_PORT_VESSEL_BOOKING_SUPPORT = UnseenDocument(
    name="en_t20u_port_vessel_booking_support",
    text="""SUPPORT, HOSTING AND MAINTENANCE AGREEMENT
Vessel Booking Portal "LockLine" - Agreement no. MD-SUP-2027-004

BETWEEN
Havenbedrijf Kanaalzone AG, autonomous municipal port company, Havenrandweg 2, 8380 Brugge,
Belgium, enterprise no. BE 0258.641.903, represented by Ms Katrien Dewulf, CEO, and Mr Bart
Vandamme, head of ICT (the "Port Authority");
AND
Maritiem Digitaal B.V., Waalhaven Zuidzijde 19, 3089 JH Rotterdam, the Netherlands, Chamber of
Commerce no. 71820455, represented by Mr Ruud Kramer, managing director ("the Supplier").

Article 1 - Contract documents
1.1 The agreement consists of this document and its annexes: Annex 1 - service description and
priority definitions; Annex 2 - the Supplier's offer MD-2026-211 of 14 October 2026; Annex 3 -
data processing agreement.
1.2 In case of conflict, this document prevails over Annex 3, Annex 3 over Annex 1 and Annex 1
over Annex 2. The general terms and conditions of the Supplier do not apply, nor do the general
purchasing conditions of the Port Authority.

Article 2 - Object and scope
2.1 The Supplier hosts, supports and maintains the LockLine portal, through which shipping
agents and skippers book lock passages, request berths, order pilots and file dangerous-goods
notifications, including its interfaces with the Port Community System and the national
Maritime Single Window.
2.2 Included: hosting of the production and acceptance environments in Microsoft Azure (region
West Europe), corrective maintenance, adaptive maintenance for changes in the interfaced
systems, security updates, the service desk, and a bank of 120 hours of evolutionary maintenance
per calendar year.
2.3 Not included: new modules or changes estimated at more than 5 working days, changes to the
Port Authority's own network and workstations, the Port Community System itself, and licences
of third-party systems used by the Port Authority. Such work is quoted separately.

Article 3 - Fees
3.1 Annual fee for hosting, support, maintenance and the bank of hours: EUR 96.000,00 excl.
VAT, invoiced quarterly in advance (EUR 24.000,00 per quarter).
3.2 Hours beyond the bank and separately quoted work: developer EUR 118,00 per hour; solution
architect EUR 135,00 per hour.
3.3 The annual fee and the hourly rates are indexed on 1 January of each year according to the
formula P1 = P0 x (0,2 + 0,8 x S1/S0), where S is the Agoria reference labour cost index.
3.4 Extra work: for every request outside the bank of hours the Supplier sends a written estimate
(hours, price, proposed delivery date) within 5 working days. Work starts only after written
approval by the Port Authority's product owner; work that was not approved is not invoiced.
3.5 Invoices are payable within 30 days of the invoice date.

Article 4 - Release planning and obligations of the Port Authority
4.1 Evolutionary changes are delivered in three releases per year, in weeks 10, 24 and 41. The
release content is fixed by the product owner six weeks before the release date.
4.2 The Port Authority appoints a product owner (Mr Jelle Verstraete) with authority to decide,
reports incidents through the service desk with a description and screenshots, gives the
Supplier's engineers VPN access, and tests each release in the acceptance environment within
10 working days of delivery.
4.3 If a release is delivered to acceptance more than 10 working days late for reasons
attributable to the Supplier, the Port Authority may deduct 5 % of the quarterly fee. If the
Port Authority does not complete its tests in time, the release is moved to the next agreed
deployment window at no extra cost.

Article 5 - Acceptance, deployment and warranty of releases
5.1 Each release is accepted by the product owner in writing after a successful test in the
acceptance environment according to the test scenarios in Annex 1. No release goes to
production without this acceptance.
5.2 The Supplier deploys accepted releases to production on a Tuesday between 10:00 and 14:00,
outside the peak lock operations, with a tested rollback plan.
5.3 Defects in a release that are reported within 60 days after its production date are
corrected free of charge and are not deducted from the bank of hours.
5.4 For each major release the Supplier gives a half-day training session to the lock masters
and updates the online manual for shipping agents in Dutch and English.

Article 6 - Service desk and service levels
6.1 Service desk: working days from 07:00 to 19:00 through the service portal and telephone
(+31 10 808 44 20). Priority 1 incidents can be reported 24/7 through the on-call number, as lock
operations run day and night.
6.2 Response and restore times:
    P1 - portal unavailable or bookings cannot be made        response 30 minutes, restore 2 hours
    P2 - one function or interface down, workaround exists     response 2 hours, restore 8 hours
    P3 - other defects                                         response 1 working day, fix 10 working days
    P4 - questions and cosmetic defects                        response 2 working days, next release
6.3 Availability of the production portal: 99,7 % per calendar month, measured by external
monitoring every minute, excluding planned maintenance of at most 4 hours per month, announced
five working days in advance and carried out between 01:00 and 05:00.
6.4 Service credits: for each started 0,1 % below 99,7 % the Port Authority receives 3 % of the
monthly share of the annual fee; for each started hour by which a P1 restore time is exceeded,
2 %. Credits are capped at 25 % per month and set off against the next invoice.
6.5 Security patches for the operating system, framework and libraries are installed within 5
working days of publication, critical ones (CVSS 9 or higher) within 48 hours.

Article 7 - Team and knowledge of the environment
7.1 Service manager and single point of contact: Ms Anouk de Graaf. Lead developer: Mr Sem
Visser. The team further consists of two .NET developers with at least five years' experience,
one of whom is certified Azure Developer Associate.
7.2 The Supplier replaces the lead developer only with one month's notice and the Port
Authority's consent; the successor works alongside the lead developer for 10 working days at no
cost to the Port Authority.
7.3 The Supplier keeps the architecture, interface and runbook documentation of LockLine up to
date in the Port Authority's SharePoint and updates it with each release.
7.4 All code is reviewed by a second developer and covered by automated regression tests. Once a
year the Supplier has an independent party check the portal against OWASP ASVS level 2 and
shares the report.

Article 8 - Reporting and governance
8.1 Within 10 working days after each month the Supplier sends a service report: availability,
incidents per priority, response and restore times against the targets, hours used from the
bank and security patches installed.
8.2 A service review takes place every quarter between the service manager, the product owner
and the head of ICT. Escalation: service manager - the Supplier's operations director and the
head of ICT - the managing director of the Supplier and the CEO of the Port Authority.

Article 9 - Term and termination
9.1 The agreement takes effect on 1 January 2027 for a term of 36 months. It is then tacitly
renewed for successive periods of 12 months, unless either party terminates it by registered
letter at least three months before the end of the current period.
9.2 Either party may terminate the agreement with immediate effect if the other party fails to
remedy a material breach within 30 days after a written notice of default, or is declared
bankrupt.

Article 10 - Exit
10.1 At the end of the agreement, whatever the reason, the Supplier continues the service for up
to six months at the fees then in force if the Port Authority so requests, and assists the
Port Authority and its new supplier with the transfer at the hourly rates of article 3.
10.2 Within 15 working days after the end the Supplier delivers free of charge a complete export
of the database (bookings, vessels, agents, logs) as a SQL Server backup and in CSV, with the
data model. It then deletes all copies and confirms this in writing.
10.3 The source code of LockLine is committed after every release to the Port Authority's own
Git repository, together with the build and deployment scripts.

Article 11 - Intellectual property
The Port Authority owns the source code of LockLine and of all adaptations made under this
agreement. Generic libraries of the Supplier used in LockLine are licensed to the Port Authority
free of charge, for an unlimited period, for the use and further development of LockLine.

Article 12 - Liability
The liability of each party is limited per calendar year to the annual fee of article 3.1.
Indirect damage is excluded, except in case of fraud, intent or gross negligence. Loss of data
caused by the Supplier not making the agreed back-ups is not considered indirect damage.

Article 13 - Confidentiality and data protection
13.1 Both parties keep confidential all information they receive from each other, during the
agreement and five years after its end.
13.2 The Supplier processes personal data of agents, skippers and crew on behalf of the Port
Authority in accordance with the GDPR and the data processing agreement in Annex 3.

Article 14 - Law and disputes
14.1 Disputes are first escalated according to article 8.2. If they are not resolved within 30
days, either party may request mediation by a mediator accredited by the Federal Mediation
Commission.
14.2 The agreement is governed by Belgian law. The courts of Bruges have exclusive jurisdiction.

Signed in Brugge on 18 December 2026, in two originals.

For the Port Authority                         For Maritiem Digitaal B.V.
Katrien Dewulf, CEO                            Ruud Kramer, managing director
Bart Vandamme, head of ICT
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.startup_cost": "missing",
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
        "rollout.data_migration": "missing",
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
        "warranty_days": 60,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.7,
    },
)

EN_T20U_PAYROLL_INTEGRATION_ORDER_FORM = UnseenDocument(
    name="en_t20u_payroll_integration_order_form",
    text="""PAYBRIDGE - ORDER FORM
Order no. PB-OF-2026-0587                                   Date: 30 November 2026

Supplier:  Paybridge BV, Schaliënhoevedreef 20T, 2800 Mechelen - BE 0745.219.386
Customer:  FreshCorner Retail NV, Kortrijksesteenweg 310, 8530 Harelbeke - BE 0433.870.112
           (38 shops, approx. 640 employees)
Customer contact: Ms Lien Vanhoutte, HR & payroll manager
Paybridge contacts: Mr Dries Claes, onboarding consultant (onboarding);
                    Ms Hanne Segers, customer success manager (after go-live)

1. SUBSCRIPTION
Plan: Paybridge Connect - Standard.
Included: a connector between the Customer's workforce planning system (PlanPro) and its social
secretariat (Acerta) for worked hours, absences and variable pay elements; two-way
synchronisation of employee master data; a monitoring dashboard with error alerts by e-mail;
mapping of up to 40 wage codes (list in Annex A); up to 700 active employees.
Not included: changes to the configuration of PlanPro, the payroll calculation itself, fees of
the social secretariat, and mappings beyond the 40 wage codes of Annex A.

2. FEES (EUR, excl. VAT)
One-off onboarding fee ......................................................... 6.850,00
   (mapping workshop, configuration, two parallel payroll runs, go-live)
Subscription: EUR 2,35 per active employee per month, with a minimum of EUR 1.400,00 per month,
invoiced monthly in advance from the go-live date.
Additional connectors, mappings or custom work: EUR 980,00 per consultant day, only on the basis
of a written quote signed by the Customer before the work starts.
Fees are indexed on 1 January of each year according to the Agoria reference labour cost index.
Onboarding fee invoiced on signature. All invoices payable within 30 days of invoice date.

3. TERM
Initial term: 24 months from the go-live date. The subscription then renews automatically for
periods of 12 months, unless either party cancels it in writing at least two months before the
end of the current period. Either party may terminate the subscription if the other party
commits a material breach and does not remedy it within 30 days of a written notice.

4. ONBOARDING PLANNING
- Kick-off and mapping workshop: week of 11 January 2027
- Configuration and initial load of the employee master data (approx. 640 records) from Acerta
  into PlanPro, checked record by record by the Customer: by 29 January 2027
- Parallel runs with the February and March 2027 payrolls
- Go-live: April 2027 payroll (first productive export on 30 April 2027)
The Customer provides the PlanPro API credentials and the Acerta SFTP access by 15 January 2027,
has the wage-code list of Annex A validated by its payroll officer by 22 January 2027, and
checks the results of each parallel run within 3 working days.
Go-live takes place once the Customer has confirmed in writing that the second parallel run shows
no unexplained differences between the PlanPro data and the export received by Acerta.
At go-live Paybridge gives a 2-hour online training to the Customer's three payroll officers
and hands over the final mapping document and a runbook for common errors.

5. SUPPORT AND SERVICE LEVELS
Support: through the help centre (help.paybridge.be) and by telephone on working days from 08:30
to 17:30.
Priority 1 (export to the social secretariat blocked within the last 2 working days before
payroll closing): response within 2 working hours. Other incidents: response within 1 working
day.
Availability of the platform: 99,5 % per calendar month, excluding the weekly maintenance window
on Sunday from 06:00 to 09:00. Service credits do not apply to the Standard plan.
Paybridge adapts the connectors to new versions of the PlanPro and Acerta interfaces and to
changes in Belgian wage codes at no extra cost. Updates are deployed in the weekly maintenance
window. Each release is tested automatically against a set of anonymised test payrolls before
deployment.
Paybridge keeps the Customer's mapping configuration and contact persons documented in its
help centre; the customer success manager is the Customer's fixed contact after go-live.
Escalation: help centre - customer success manager - Paybridge COO.

6. DATA
Paybridge processes the personal data of the Customer's employees as processor under the data
processing agreement in Annex B. Data are hosted in the EU (Frankfurt) and kept for 13 months on
a rolling basis. After the end of the subscription the Customer can export the transfer logs and
its mapping configuration in CSV and JSON for 30 days; Paybridge then deletes all data.

7. TERMS
This Order Form is governed by the Paybridge General Subscription Terms, version 2026.2
(www.paybridge.be/terms). In case of conflict between this Order Form and the General
Subscription Terms, the General Subscription Terms prevail. Purchase conditions of the Customer
do not apply. Paybridge may amend the General Subscription Terms; amendments notified by e-mail
30 days in advance apply to current subscriptions.
Paybridge remains the owner of the platform and the connectors. The Customer receives a
non-exclusive, non-transferable right to use them for the duration of the subscription.
Paybridge's total liability is limited to the fees paid by the Customer in the three months
preceding the event. Paybridge is not liable for indirect damage, loss of data or fines imposed
by the social inspection services.
Confidentiality: see article 11 of the General Subscription Terms.
This Order Form is governed by Belgian law. The courts of Antwerp, division Mechelen, have
exclusive jurisdiction.

Signed for agreement:

For FreshCorner Retail NV                        For Paybridge BV
Lien Vanhoutte, HR & payroll manager             Tom Peeters, sales director
Koen Vermeulen, CFO
Date: 3 December 2026                            Date: 30 November 2026
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
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "missing",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
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
        "legal.confidentiality": "partial",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 2,
        "availability_percent": 99.5,
    },
)

EN_T20U_LAW_FIRM_SCANNING_PROPOSAL = UnseenDocument(
    name="en_t20u_law_firm_scanning_proposal",
    text="""From:    Olivier Dumont <o.dumont@dumont-verhulst.be>
Sent:    Wednesday 2 December 2026 18:12
To:      Koen Wouters <koen.wouters@scandesk.be>
Cc:      Nathalie Peeters <n.peeters@dumont-verhulst.be>
Subject: RE: Proposal scanning workflow Dumont Verhulst - ref. SD-26-118

Koen,

Thanks for the clear proposal. OK for us, please go ahead as described. Nathalie will send you
the practice-management access details.

Kind regards,
Olivier Dumont
Managing partner, Dumont Verhulst Advocaten

-----Original message-----
From:    Koen Wouters <koen.wouters@scandesk.be>
Sent:    Monday 30 November 2026 10:47
To:      Olivier Dumont; Nathalie Peeters
Subject: Proposal scanning workflow Dumont Verhulst - ref. SD-26-118

Dear Mr Dumont, dear Nathalie,

Thank you for receiving us at your offices in Louizalaan last Tuesday. As promised, here is our
proposal for the scanning workflow for your incoming mail and case files.

What we will do
- Supply and install 3 Ricoh fi-8170 scanners: two at reception, one in the archive room.
- Install ScanDesk Capture on 5 workstations: OCR in Dutch, French and English, automatic
  separation on barcode cover sheets carrying the case number, and automatic filing of the PDF
  (searchable PDF/A) in the right case file in your practice-management system (Kleos).
- Import the approx. 9.000 PDFs scanned in 2026 from the "Scans" folder on your file server into
  the matching case files in Kleos, based on the case number in the file name. Files we cannot
  match are listed in a report for Nathalie.
- Two training sessions of 1,5 hours for the secretaries, and a short user guide in Dutch and
  French.
- A short admin document describing the scan profiles, the barcode sheets and the Kleos
  connection, so your IT partner can follow up as well.

Not included: network cabling and sockets, the Kleos API licence (to be ordered from Wolters
Kluwer), and back-scanning of closed paper files.

Price (EUR, excl. VAT)
- 3 Ricoh fi-8170 scanners ................................................... 4.170,00
- installation, configuration, Kleos connection and import (fixed price) ..... 5.600,00
  Total one-off .............................................................. 9.770,00
- ScanDesk Capture licence for 5 workstations, incl. updates and support ...... 1.450,00 per year
Anything outside this proposal is billed at EUR 95,00 per hour. We always send you an estimate
first and only start after your OK by mail.

Invoicing: 40 % of the one-off amount on order, the balance after go-live; the licence yearly in
advance. Payment within 30 days.

Planning
If we have your go-ahead by 11 December, the scanners are delivered in week 2. Installation on
19 and 20 January 2027, training on 21 January, go-live on Monday 25 January 2027. During the
first week you scan as usual; at the end of that week you confirm by mail that the workflow works
as agreed, and then we invoice the balance.
On your side: the Kleos API licence and an admin account by 8 January, a network socket next to
each scanner, and one "scan champion" among the secretaries as first point of contact.

Team
Jasper Maes, our senior technician (Kleos-certified), does the installation and the training.
I remain your contact person for everything else.

After go-live
The annual licence includes software updates and support by phone and mail on working days from
9:00 to 17:00. We try to respond to questions within the same working day. Any bug in the
workflow we configured is fixed free of charge during the first 3 months after go-live. The
scanners are covered by the manufacturer's warranty.
The licence runs per calendar year and renews automatically unless cancelled by mail one month
before the end of the year.
The scan profiles, scripts and barcode templates we build for you are yours to keep; the
ScanDesk Capture software itself remains licensed per workstation per year.

Confidentiality
We know what professional secrecy means for a law firm. Our technicians sign your
confidentiality statement before they start and only access case files when you ask them to. We
will sign your standard data processing agreement before installation.

Our general terms and conditions (attached) apply to this proposal.

We look forward to working with you.

Kind regards,
Koen Wouters
Account manager - ScanDesk BV
Noorderlaan 147, 2030 Antwerpen - BE 0689.402.577 - +32 3 808 21 40
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
        "team.knowledge_transfer": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 30,
        "warranty_days": 90,
    },
)

EN_T20U_LOGISTICS_SERVICE_DESK_OUTSOURCING = UnseenDocument(
    name="en_t20u_logistics_service_desk_outsourcing",
    text="""SERVICE DESK OUTSOURCING AGREEMENT
Reference: HP-NKL-2027-01

The undersigned:
1. Noordkaai Logistics Group NV, Noorderlaan 612, 2030 Antwerpen, Belgium, enterprise no.
   BE 0407.553.214, represented by Mr Filip Janssens, CIO, and Ms Sarah Wouters, CFO
   ("Noordkaai");
2. HelpPoint Services B.V., Claudius Prinsenlaan 142, 4818 CP Breda, the Netherlands, Chamber of
   Commerce no. 20145876, acting through its Belgian branch, represented by Ms Esther van Dijk,
   managing director ("HelpPoint");
agree as follows.

1. DOCUMENTS AND ORDER OF PRECEDENCE
1.1 This agreement consists of these terms and the following schedules: Schedule 1 - service
description and service levels; Schedule 2 - transition plan; Schedule 3 - HelpPoint's best and
final offer of 6 November 2026; Schedule 4 - data processing agreement; Schedule 5 - exit plan.
1.2 In case of conflict these terms prevail, then Schedule 4, Schedule 1, Schedule 5, Schedule 2
and Schedule 3. General terms of either party do not apply.

2. SERVICES
2.1 HelpPoint operates the first-line IT service desk for the approx. 2.300 users of Noordkaai's
warehouses, terminals and offices in Belgium, the Netherlands and Northern France: incident
logging and diagnosis, password resets, first-line resolution, user administration in Entra ID
according to Noordkaai's procedures, and dispatch to Noordkaai's second-line teams and suppliers.
2.2 Languages: Dutch, French and English. Service hours: 24/7 by telephone for the warehouses and
terminals; Monday to Friday 07:00 to 20:00 by telephone, chat and the self-service portal for
the other users.
2.3 Excluded: second-line and third-line support, on-site support, hardware repair, and the
licences of Noordkaai's ITSM tool (TOPdesk), which Noordkaai provides.

3. TRANSITION
3.1 The transition follows Schedule 2: knowledge acquisition from 1 February 2027 (HelpPoint
agents shadow the current service desk for four weeks), parallel run from 1 March 2027, and
cut-over on Monday 29 March 2027 at 07:00.
3.2 HelpPoint takes over the open tickets and migrates the 1.450 knowledge articles of the
current service desk into the TOPdesk knowledge base, reviewed and translated where needed.
3.3 Cut-over takes place only after a readiness test: 95 % of a set of 200 test tickets handled
according to the scripts, telephony routing tested for all sites, and all agents trained. The
CIO signs the readiness report.
3.4 Noordkaai provides the access to TOPdesk, Entra ID and the telephony platform by 15 January
2027, makes its current service desk staff available for the shadowing, and informs its users
about the new service desk. HelpPoint supplies the user communication (posters, intranet text,
e-mail) and has two floorwalkers at the Antwerp and Venlo sites during the first week.
3.5 If the cut-over is delayed for reasons attributable to HelpPoint, HelpPoint bears the cost of
extending the current service desk contract for the delay. If Noordkaai causes the delay, the
parties agree a new cut-over date and HelpPoint invoices the extra transition days at its
daily rate.

4. SERVICE LEVELS
4.1 Calls answered within 30 seconds: 85 % per month. Chats answered within 60 seconds: 90 %.
Abandoned calls: below 5 %.
4.2 Priority 1 (a warehouse or terminal cannot work, or more than 50 users affected): logged,
first response and dispatch to the second-line team within 15 minutes, 24/7. Priority 2: within
1 hour. Priority 3 and 4: within 4 service hours.
4.3 Resolution at first line: 70 % of the incidents that can be solved at first line according to
the knowledge base are resolved within 4 service hours.
4.4 If a service level is missed in a month, a service credit of 2 % of the monthly fee per
missed service level applies, up to 12 % of the monthly fee. Credits are deducted from the
next invoice. Missing the same service level three months in a row is a material breach.

5. PEOPLE
5.1 HelpPoint appoints a service delivery manager (Ms Lotte Bakker) who is Noordkaai's single
point of contact, and a team leader for the Noordkaai team (Mr Youssef El Amrani).
5.2 At least 60 % of the agents assigned to Noordkaai are dedicated to Noordkaai and know its
sites, applications and procedures. All agents have at least an ITIL 4 Foundation certificate;
the team leader has at least five years' service desk experience.
5.3 HelpPoint informs Noordkaai one month in advance of a change of service delivery manager or
team leader and ensures a handover of at least two weeks at no cost to Noordkaai. Noordkaai may
refuse a proposed successor on reasonable grounds.
5.4 HelpPoint keeps a site and application handbook for Noordkaai in TOPdesk, reviews it every
quarter and keeps the knowledge articles up to date.
5.5 HelpPoint is ISO 20000-1 and ISO 27001 certified and keeps these certificates during the
agreement. Each month the team leader reviews at least 5 % of closed tickets for quality.

6. REPORTING AND GOVERNANCE
6.1 HelpPoint sends a monthly service report by the fifth working day of each month: volumes per
channel and site, service levels, first-line resolution rate, top 10 incident categories,
user satisfaction score and improvement actions.
6.2 Monthly service meeting (service delivery manager, Noordkaai's service manager); quarterly
steering committee (CIO of Noordkaai, managing director of HelpPoint). Disputes that the monthly
meeting cannot solve are escalated to the steering committee, which meets within 10 working
days.

7. FEES
7.1 Transition fee (fixed): EUR 48.600,00 excl. VAT, invoiced 50 % at the start of the
transition and 50 % after the cut-over.
7.2 Monthly service fee: EUR 58.900,00 excl. VAT for up to 6.500 contacts per month. Contacts
above 6.500 are charged at EUR 8,40 each. Both are invoiced monthly in arrears.
7.3 Projects or additional services (for example rollout support for new sites) are charged at
EUR 640,00 per agent day, only on the basis of a written order by Noordkaai's CIO following
HelpPoint's estimate.
7.4 Fees are indexed once a year on 1 April, for the first time on 1 April 2028, by 80 % of the
change in the Belgian health index over the past twelve months.
7.5 Invoices are payable within 45 days of the invoice date.

8. TERM AND TERMINATION
8.1 The agreement starts on signature and the services run for 36 months from the cut-over. The
agreement ends automatically at the end of that period; the parties discuss a possible
extension at least nine months before the end.
8.2 Noordkaai may terminate the agreement for convenience after 18 months of service, with six
months' notice, against payment of the unamortised part of the transition fee.
8.3 Either party may terminate with immediate effect for a material breach that is not remedied
within 30 days of a notice of default.

9. EXIT
9.1 On the end of the agreement, for whatever reason, HelpPoint carries out the exit plan in
Schedule 5: it continues the services for up to six months if Noordkaai asks, and cooperates
with Noordkaai and the new provider, including shadowing by the new provider's agents.
9.2 HelpPoint hands over the site and application handbook, all knowledge articles, scripts and
call recordings still retained, in their original formats, within 10 working days of the end.
The ticket data remain in Noordkaai's TOPdesk. HelpPoint cannot retain any of these.

10. INTELLECTUAL PROPERTY
Knowledge articles, scripts and handbooks created for Noordkaai under this agreement become the
property of Noordkaai upon creation.

11. LIABILITY
HelpPoint's liability is limited to EUR 700.000,00 per year. Indirect damage and loss of profit
are excluded, except in case of intent or gross negligence. The limitation does not apply to
breaches of confidentiality or of Schedule 4.

12. CONFIDENTIALITY AND PERSONAL DATA
12.1 HelpPoint and its agents keep confidential all information about Noordkaai, its customers
and its shipments. Each agent signs an individual confidentiality undertaking.
12.2 HelpPoint processes the personal data of Noordkaai's users as processor in accordance with
the GDPR and Schedule 4. Call recordings are kept for 30 days.

13. LAW AND JURISDICTION
This agreement is governed by Belgian law. Disputes not settled by the steering committee under
article 6.2 within 30 days are submitted to the courts of Antwerp.

Done in Antwerp on 14 December 2026, in two originals.

For Noordkaai Logistics Group NV                   For HelpPoint Services B.V.
Filip Janssens, CIO       Sarah Wouters, CFO        Esther van Dijk, managing director
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
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
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
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "notice_period_days": 180,
        "payment_term_days": 45,
        "response_time_hours_highest_priority": 0.25,
    },
)


DOCUMENTS = [
    EN_T20U_PORT_VESSEL_BOOKING_SUPPORT,
    EN_T20U_PAYROLL_INTEGRATION_ORDER_FORM,
    EN_T20U_LAW_FIRM_SCANNING_PROPOSAL,
    EN_T20U_LOGISTICS_SERVICE_DESK_OUTSOURCING,
]
