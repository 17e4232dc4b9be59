"""Training batch 12 (en, writer i): (1) a formal licence, implementation and support agreement
for an on-premises maintenance-management system (CMMS, permit-to-work) between a Dutch supplier
and a Belgian chemical plant in the port of Antwerp; (2) an informal e-mail offer by a Ghent
integrator for a Peppol e-invoicing connector to Business Central for a Belgian wholesaler,
accepted by reply e-mail; (3) a service level agreement (schedule to a managed services agreement)
by a Dutch provider for a managed PostgreSQL database service for a Mechelen software company,
signed by both; (4) the online terms of service of a Belgian SaaS for employee shift swaps,
accepted by clicking "I agree".

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser. Conventions: months = 30 days for notice and warranty; response time of
the highest priority in hours (working hours counted as hours; 15 minutes = 0.25); a quote
accepted by e-mail or an empty client signature line raises risk.unsigned; a negation,
disclaimer, bare cross-reference, placeholder or best-efforts wording is "partial".
"""

from .unseen_documents import UnseenDocument

EN_T12I_CHEMICAL_PLANT_CMMS_AGREEMENT = UnseenDocument(
    name="en_t12i_chemical_plant_cmms_agreement",
    text="""LICENCE, IMPLEMENTATION AND SUPPORT AGREEMENT
Computerised maintenance management system "AssetPilot CMMS" - contract ref. AP-2027-004

BETWEEN
AssetPilot B.V., Stationsplein 45, 3013 AK Rotterdam, the Netherlands, Chamber of Commerce no.
71234409, represented by Ms Annelies de Groot, CEO ("the Supplier");
AND
Scheldechem NV, Scheldelaan 420, Haven 1520, 2040 Antwerpen, Belgium, enterprise no.
BE 0403.556.781, represented by Mr Koen Verstraeten, plant manager, and Ms Hilde Claes, finance
director ("the Client").

Article 1 - Contract documents
1.1 The Agreement consists of this document and the following annexes: Annex A - the Supplier's
offer AP-OF-26-118 of 9 October 2026; Annex B - requirements, interface descriptions and
acceptance criteria; Annex C - data processing agreement.
1.2 In case of conflict this document prevails over Annex C, Annex C over Annex B and Annex B
over Annex A. Neither the Supplier's general terms and conditions nor the Client's general
purchasing conditions apply.

Article 2 - Object and scope
2.1 The Supplier grants a licence to, installs and configures AssetPilot CMMS on the Client's
own servers in the Antwerp plant, for: work orders and notifications, preventive maintenance
plans for approx. 6.800 tagged assets, the permit-to-work module (work permits, gas tests,
lockout/tagout), spare-parts stock, inspection rounds on the mobile app for 40 technicians,
and an interface with the Client's SAP S/4HANA (purchase requisitions, cost centres).
2.2 Not included: servers, database licences, ATEX tablets and other hardware, development on
the SAP side, and calibration management. Such items may be ordered through a change request.

Article 3 - Prices and payment (EUR, excl. VAT)
3.1 Implementation, fixed price: EUR 148.900,00, invoiced 25 % on signature, 25 % on approval of
the design document, 35 % on acceptance (Article 8) and 15 % three months after go-live.
3.2 One-off installation of the test and production environments: EUR 6.200,00, invoiced on
completion of the installation.
3.3 Annual licence and support fee for 25 named planner users and 60 concurrent mobile users:
EUR 36.450,00, invoiced yearly in advance from the go-live date.
3.4 Daily rates for work outside the fixed price: consultant EUR 1.050,00; solution architect
EUR 1.180,00. The annual fee and the daily rates are indexed on 1 January of each year on the
basis of the Belgian health index, with a maximum of 4 % per year.
3.5 Extra work is handled through a written change request. The Supplier states the effort, the
price and the effect on the planning within 5 working days; work starts only after the Client's
project manager has countersigned the change request. Work without a signed change request is
not invoiced.
3.6 Invoices are payable within 60 days of the invoice date.

Article 4 - Planning and obligations of the Client
4.1 Kick-off on 1 February 2027; design until 31 March 2027; configuration and SAP interface
until 30 June 2027; trial migrations in July 2027; acceptance tests in August 2027. Go-live is
planned on 4 October 2027, after the scheduled turnaround of the cracker unit in September.
4.2 The Client appoints a project manager (Mr Dirk Wouters), delivers the asset register and the
maintenance plans in the agreed Excel templates by 15 March 2027, makes the virtual servers of
Annex B available by 30 April 2027, gives the Supplier's staff the site safety induction before
their first visit, and makes four key users available two days a week during the project.
4.3 If go-live is delayed for reasons attributable to the Supplier, the Supplier owes a penalty
of 0,2 % of the fixed price per calendar day of delay, capped at 8 % of the fixed price. Delay
caused by the Client leads to a new planning agreed in the steering committee; any extra effort
is handled as a change request.

Article 5 - Team and quality
5.1 The Supplier's project manager is Ms Femke Bakker. Lead consultant is Mr Jeroen Smit, who
has twelve years' experience in maintenance engineering in the (petro)chemical industry and
holds an ISO 55000 asset management certificate.
5.2 The Supplier does not replace the project manager or the lead consultant without the
Client's prior written consent. A replacement has at least equivalent experience and is
introduced during an overlap of one week at the Supplier's cost.
5.3 The Supplier is ISO 9001 and ISO 27001 certified. All staff working on site hold a valid
VCA certificate and follow the Client's safety rules. Every configuration and interface is
tested in the test environment and peer-reviewed before it is moved to production.
5.4 The Supplier delivers the configuration documentation, the interface specifications and an
administrator manual, and trains the Client's two application administrators (three days) so
that they can manage master data and maintenance plans themselves.

Article 6 - Reporting and governance
6.1 During the project the Supplier sends a weekly status report: progress per phase, open
issues, risks and days used. After go-live the Supplier sends a quarterly service report with
the number of tickets per priority and the response and workaround times achieved.
6.2 A steering committee (plant manager, maintenance manager, both project managers and the
Supplier's delivery director) meets monthly during the project. Issues not solved by the
project managers are escalated to the steering committee.

Article 7 - Data migration
The Supplier migrates from the Client's current system (IBM Maximo 7.6) the asset register,
five years of work order history and the spare-parts master data. Two trial migrations are
carried out, each followed by a reconciliation report. Cleansing of the source data remains the
Client's responsibility.

Article 8 - Acceptance
The Client performs the acceptance tests of Annex B within 10 working days after the Supplier
reports the system ready in the acceptance environment. Defects are classified as blocking,
major or minor. The system is accepted when no blocking defects and no more than five major
defects are open; the parties then sign an acceptance report.

Article 9 - Go-live and user training
9.1 The Supplier performs the go-live on site and provides hypercare with one consultant on site
during the first ten working days after go-live.
9.2 The Supplier gives six half-day training sessions for planners and supervisors and four
toolbox sessions on the mobile app for technicians, in Dutch, and provides short e-learning
videos for new staff.

Article 10 - Warranty
During 90 days after go-live the Supplier corrects free of charge all defects in the
configuration, the interfaces and the migrated data.

Article 11 - Support and maintenance
11.1 The annual fee includes corrective maintenance, the service desk, new versions and patches.
The Supplier provides two minor releases per year and installs them remotely through the
Client's secured jump host, in a window agreed with the Client. Security patches are installed
within 30 days of their release, critical ones within 72 hours.
11.2 Service desk: working days 7:00-19:00 by portal and telephone; priority 1 by telephone
24/7, as the plant runs in continuous shifts.
11.3 Priority 1 (CMMS or permit-to-work module unusable): response within 1 hour, workaround
within 8 hours. Priority 2 (a module or the SAP interface down): response within 4 working
hours, solution within 3 working days. Priority 3: response on the next working day.
11.4 If the priority 1 response time is missed more than twice in a calendar quarter, the Client
receives a credit of 5 % of the annual fee, deducted from the next invoice.
11.5 The Supplier appoints a service manager (Mr Bas Hendriks), who keeps an up-to-date
description of the Client's installation, interfaces and configuration at the service desk.

Article 12 - Term, termination and exit
12.1 The licence and support run for five years from go-live and are then tacitly renewed for
periods of one year, unless terminated by registered letter at least six months before the end
of the current period.
12.2 Either party may terminate the Agreement if the other party does not remedy a material
breach within 30 days of a written notice of default.
12.3 At the end of the Agreement the Supplier continues support for up to six months if the
Client so requests, and assists the Client or a new supplier for up to 20 days at the daily
rates of Article 3.4.
12.4 The database remains on the Client's servers and is the Client's property. At the end the
Supplier delivers, free of charge, a complete export in CSV format with a description of the
data model.
12.5 At the Client's request the parties will discuss a source code escrow arrangement.

Article 13 - Liability
The Supplier's liability is limited per calendar year to the amounts paid under this Agreement
in the twelve months before the event, with a maximum of EUR 200.000,00. Indirect damage is
excluded. These limits do not apply to wilful misconduct, gross negligence or personal injury.

Article 14 - Intellectual property
The Supplier retains all rights in AssetPilot CMMS; the Client receives a non-exclusive,
non-transferable licence for its Antwerp site for the term of the Agreement. Reports, templates
and maintenance plans made specifically for the Client belong to the Client.

Article 15 - Confidentiality and personal data
15.1 Both parties keep each other's confidential information secret, including process safety
information and plant drawings, during the Agreement and for five years after its end.
15.2 The Supplier processes personal data of the Client's employees and contractors (names,
qualifications, permit signatures) as processor under Annex C, only through the jump host, and
notifies any personal data breach within 48 hours.

Article 16 - Disputes and governing law
Disputes are first discussed in the steering committee and then between the CEO of the Supplier
and the plant manager within 20 working days. Failing agreement, the courts of Antwerp have
exclusive jurisdiction. This Agreement is governed by Belgian law.

Signed in Antwerp on 14 December 2026 in two originals.

For AssetPilot B.V.                 For Scheldechem NV
(signed)                            (signed)                    (signed)
Annelies de Groot                   Koen Verstraeten            Hilde Claes
CEO                                 Plant manager               Finance director
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
        "maintenance.availability": "missing",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "partial",
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
        "payment_term_days": 60,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 1,
    },
)

EN_T12I_PEPPOL_CONNECTOR_OFFER = UnseenDocument(
    name="en_t12i_peppol_connector_offer",
    text="""From:    Els Mertens <els.mertens@sanidis.be>
To:      Jonas Wuyts <jonas@linkfactuur.be>
Date:    Tue, 1 Dec 2026 16:42
Subject: RE: Offer O-2026-311 - Peppol connector for Business Central

Hi Jonas,

Thanks, we discussed it with Bart this afternoon. OK for offer O-2026-311, you can plan the
start in January. I'll send the sandbox access tomorrow.

Kind regards,
Els Mertens
Accounting manager - Sanidis NV

-----Original message-----
From:    Jonas Wuyts <jonas@linkfactuur.be>
To:      Els Mertens <els.mertens@sanidis.be>
Cc:      Bart Goossens <bart.goossens@sanidis.be>
Date:    Mon, 30 Nov 2026 10:05
Subject: Offer O-2026-311 - Peppol connector for Business Central

Hi Els,

As promised, our offer for connecting Sanidis to Peppol. A short reply to this mail with your
OK is enough to go ahead.

What we do
- We connect your Microsoft Dynamics 365 Business Central to our Peppol access point
  (LinkFactuur is a certified Peppol access point).
- Outgoing: sales invoices and credit notes are sent as Peppol BIS Billing 3.0, with the PDF
  attached, to every customer registered on Peppol. The status (delivered / rejected) is shown
  on the invoice in Business Central.
- Incoming: purchase invoices received via Peppol land in your purchase journal with the PDF,
  ready for approval.
- We register both entities (Sanidis NV and Sanidis Logistics BV) in the Peppol directory.
Not included: changes to your invoice layout, scanning of paper invoices, the GS1 XML/EDI flows
with the DIY chains, and the upgrade of Business Central itself.

Prices (excl. VAT)
- Peppol registration and access point set-up: EUR 450,00 one-off
- Connector implementation (mapping, testing, go-live), fixed price: EUR 6.800,00
  50 % invoiced when you accept this offer, 50 % at go-live
- Subscription: EUR 189,00 per month, including 2.500 documents per month (in and out);
  above that EUR 0,06 per document. Invoiced quarterly in advance.
- Anything outside this scope: EUR 115,00 per hour. We always send you an estimate by e-mail
  first and only start after your OK; the hours are invoiced monthly.
We adjust our prices on 1 January of each year and let you know by e-mail one month before.
Our invoices are payable within 30 days.

Planning
Start in the week of 11 January 2027, tests with three customers and three suppliers in week 4,
go-live on Monday 1 February 2027. For this we need from you by 8 January: access to your
Business Central sandbox, an admin account for the extension, and a contact in accounting who
can check the test invoices within 5 working days.

Who
I'm your project lead. The mapping is done by Thomas Segers, our integration developer, who has
built more than 40 Peppol connections for Business Central. Your contact on our side stays me;
your contact at Sanidis is Els. If something gets stuck, you can always escalate to our managing
director, Peter Vranckx. Every Friday during the project you get a short update by mail (done,
next, open points).

Testing and go-live
Before go-live we test every invoice type you use (invoices, credit notes, invoices with
discount lines and deposit lines) against the official Peppol validation rules. We then send 20
real invoices to test recipients and process 20 incoming ones; when you confirm by e-mail that
they're correct, we switch the connector to production. We do the go-live remotely on the Monday
morning and follow the first invoice runs with you. Your accounting team gets a one-hour online
session on the status overview and on handling rejected invoices. You also receive a short
technical document describing the mapping.
Bugs in our mapping that show up during the first 3 months after go-live are fixed for free.

Support and service
The subscription includes monitoring of your flows, support and updates: we keep the connector
in line with new Peppol BIS versions and Business Central releases at no extra cost.
Support: support@linkfactuur.be or 09 298 40 10, working days 8:30-17:00. We respond within 4
working hours when your invoice flow is blocked, and by the next working day for other
questions. Our access point runs on redundant servers in Microsoft Azure West Europe; we aim
for 99,5 % availability but cannot guarantee it, as Peppol delivery also depends on the access
points of your customers and suppliers.

Term
The subscription runs for one year from go-live and then continues month by month. You can stop
it with one month's notice by e-mail. After the end you can download all sent and received
documents (UBL XML and PDF) as a ZIP file for 60 days.

The rest
The connector remains ours; you may use it as long as you have a subscription. Invoices also
contain personal data of a few sole traders: we process these as your processor under our data
processing agreement (attached). Our liability is limited to the subscription fees of the last
3 months; we are not liable for invoices rejected by recipients or for late payment interest.
Our general terms (www.linkfactuur.be/terms) apply.

Looking forward to working with you!

Jonas Wuyts
Project lead - LinkFactuur BV, Kortrijksesteenweg 1120, 9051 Gent - BE 0745.612.309
Attachment: LinkFactuur_DPA_v2.pdf
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
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
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
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
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
        "response_time_hours_highest_priority": 4,
        "availability_percent": 99.5,
    },
)

EN_T12I_MANAGED_POSTGRESQL_SLA = UnseenDocument(
    name="en_t12i_managed_postgresql_sla",
    text="""SCHEDULE 3 - SERVICE LEVEL AGREEMENT
Managed PostgreSQL Service
to the Managed Services Agreement MSA-2025-031 of 3 March 2025 ("the Agreement") between
Datavault Managed Services B.V., Papendorpseweg 100, 3528 BJ Utrecht ("the Supplier") and
Routico NV, Schaliënhoevedreef 20T, 2800 Mechelen ("the Client")
Version 2.0 - effective 1 January 2027

1. Purpose and precedence
1.1 This Schedule sets the service levels for the managed PostgreSQL service. It replaces
version 1.3 of 15 April 2025.
1.2 The Agreement and its Schedules replace the Supplier's standard terms of service, which do
not apply. In case of conflict the Agreement prevails, except for the service levels, for which
this Schedule prevails.

2. The Service
2.1 The Supplier operates for the Client the following PostgreSQL 16 environments in its data
centres in Amsterdam and Rotterdam:
    - Production: three-node cluster (Patroni), synchronous replica in the second data centre;
    - Acceptance: two-node cluster;
    - Test: single node.
2.2 Included in the monthly service fee: installation and configuration of the clusters,
24/7 monitoring and alerting, backups, minor version and operating system patching, capacity
management, connection pooling (PgBouncer), quarterly restore tests, and up to 4 hours of
performance tuning advice per month.
2.3 Not included: the design of the Client's schemas and queries, the content of the data, the
Client's applications, and extensions not on the Supplier's supported list.
2.4 The monthly service fee is set out in Schedule 2 of the Agreement. Work outside the Service
(e.g. query optimisation beyond the included hours, data migrations, new environments) is
carried out on request at the DBA rate of EUR 142,00 per hour, after the Client has approved
a written estimate. Invoicing and payment: as set out in the Agreement.

3. Service desk
3.1 Priority 1 incidents: 24/7 by telephone on +31 30 799 20 00 (mention the Client's PIN).
3.2 Other incidents and requests: business days 08:00-18:00 CET through the service portal or
support@datavault.nl.
3.3 The priority is set by the Client when reporting and may only be changed in consultation.

4. Priorities, response and restore times
    Priority   Definition                                    Response    Restore of service
    P1         Production unavailable, or data corruption    15 minutes  2 hours (24/7)
    P2         Production degraded: replica down, failover   30 minutes  8 hours (24/7)
               not possible, severe performance loss
    P3         Acceptance or test unavailable, minor issue   4 business  3 business days
                                                              hours
    P4         Requests and changes                          next        as planned with
                                                              business    the Client
                                                              day
Response means that a DBA has acknowledged the incident and started working on it. Restore of
service may be a workaround; the root cause analysis for P1 and P2 follows within 5 business
days.

5. Availability
5.1 The Supplier guarantees an availability of the production cluster of 99,95 % per calendar
month. Availability is measured every minute by the Supplier's external monitoring, which
connects to the cluster's virtual IP and executes a test query.
5.2 Not counted as unavailability: planned maintenance within the window of Sunday 02:00-06:00,
announced at least 5 business days in advance and limited to 4 hours per month; and
unavailability caused by the Client (e.g. runaway queries, exceeding the agreed storage).
5.3 There is no availability commitment for the acceptance and test environments.

6. Backup and recovery
Full backup weekly, incremental backup daily and continuous WAL archiving (pgBackRest), stored
in the other data centre and kept for 35 days. Recovery point objective for production: 5
minutes; recovery time objective: 2 hours. The Supplier performs a restore test every quarter
and reports the result.

7. Patches and upgrades
7.1 Minor PostgreSQL releases are applied within 30 days of their release, critical security
fixes within 72 hours, always first on acceptance and then in the maintenance window.
7.2 One major version upgrade per year is included, on the Client's request and planned
together with the Client.

8. Service credits
8.1 If availability of production in a month is below 99,95 %, the Client receives a credit of
5 % of the monthly service fee; below 99,5 %: 10 %; below 99,0 %: 25 %.
8.2 For each P1 incident where the restore time is exceeded, the Client receives a credit of
5 % of the monthly service fee.
8.3 Credits are capped at 30 % of the monthly service fee per month and are set off against the
next invoice. The Client claims them within 30 days after receiving the monthly report.
8.4 If availability is below 99,5 % in three consecutive months, the Client may terminate the
Agreement with 30 days' written notice, without compensation.

9. Reporting and governance
9.1 By the tenth business day of each month the Supplier sends a service report: availability
achieved, incidents per priority with response and restore times, backup and restore test
results, capacity trends (storage, connections, CPU) and credits due.
9.2 A service review takes place every quarter between the Supplier's service delivery manager,
Ms Lotte Visser, and the Client's head of platform, Mr Nicolas Dupont.
9.3 Escalation: (1) service desk; (2) lead DBA, Mr Erik Jansen; (3) service delivery manager;
(4) director of operations of the Supplier and CTO of the Client.
9.4 The Supplier keeps a runbook of the Client's clusters (topology, configuration, database
users, agreed procedures), reviewed with the Client every six months.

10. Staff and quality
The DBAs assigned to the Client have at least three years of experience with PostgreSQL in
production; at least two of them are EDB-certified PostgreSQL professionals. The Supplier is
ISO 27001 certified. Every change to the production cluster goes through the Supplier's change
process with a peer review and is tested on acceptance first.

11. Obligations of the Client
The Client announces expected load increases (new customers, campaigns) at least 10 business
days in advance, keeps a technical contact reachable 24/7 for P1 incidents, does not change the
database configuration without the Supplier, and uses only supported extensions.

12. Personal data
The databases contain personal data of the Client's customers and drivers. The Supplier
processes these as processor under the data processing agreement of Schedule 4. Data remains in
the Netherlands; staff access only through named accounts with multi-factor authentication and
logging. Personal data breaches are notified to the Client within 24 hours.

13. End of the Service
13.1 This Schedule applies for as long as the Agreement runs.
13.2 At the end of the Agreement the Supplier keeps the Service running, at the fees then in
force, until the clusters have been migrated, for up to three months, and supports the Client or
the new supplier with up to 5 days of DBA work at the rate of Article 2.4.
13.3 Within 5 business days after the Client's request the Supplier delivers a full logical dump
(pg_dump) and the latest base backup with WAL files, and hands over the runbook, configuration
files and backup scripts. It deletes all copies within 30 days after the end.

14. Liability and disputes
14.1 Liability: as set out in Article 12 of the Agreement.
14.2 Disagreements about measurements or credits are first discussed in the quarterly service
review and, failing agreement, between the director of operations of the Supplier and the CTO of
the Client. Article 18 of the Agreement applies thereafter.

For Datavault Managed Services B.V.       For Routico NV
(signed)                                  (signed)
Maarten Kok, director of operations       Sarah Van Hecke, CTO
Utrecht, 20 November 2026                 Mechelen, 24 November 2026
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.project_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "partial",
        "budget.rates": "covered",
        "budget.payment_terms": "partial",
        "timing.planning": "missing",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "rollout.user_support": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "partial",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "partial",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "response_time_hours_highest_priority": 0.25,
        "availability_percent": 99.95,
    },
)

EN_T12I_SHIFT_SWAP_SAAS_TERMS = UnseenDocument(
    name="en_t12i_shift_swap_saas_terms",
    text="""SWAPSY - TERMS OF SERVICE FOR EMPLOYERS
Version 4.1 - 1 September 2026

Swapsy BV, Noorderlaan 133, 2030 Antwerpen, Belgium, BE 0766.204.518 ("Swapsy", "we") offers
an online platform and mobile app with which employees swap, offer and pick up shifts, subject
to the rules set by their employer (the "Service"). These Terms apply to every employer that
creates a Swapsy account (the "Customer", "you").

1. Acceptance and applicable terms
1.1 By creating an account or clicking "I agree" you accept these Terms on behalf of your
organisation. These Terms apply to all subscriptions and exclude any purchase conditions of the
Customer. If you signed a separate Enterprise order form, that order form prevails where it
differs from these Terms.
1.2 We may amend these Terms. We announce material changes by e-mail at least 30 days before
they take effect; if you keep using the Service after that date, you accept the new Terms.

2. Plans and prices
2.1 Starter: EUR 2,50 per active employee per month - shift swaps, open shifts, approval by the
team lead, push notifications. Pro: EUR 4,00 per active employee per month - Starter plus
skills and certificate rules, rest-time checks, availability requests and telephone support.
Minimum 10 active employees. Prices exclude VAT.
2.2 Not included in any plan: integrations with time clocks or payroll software, custom
reports and single sign-on. These are available in the Enterprise plan on quotation.
2.3 There is no set-up fee. Optionally, we offer an onboarding package at EUR 490,00 one-off:
we import your employees, teams and shift templates from a CSV file or from the employee export
of your social secretariat (SD Worx, Securex, Partena, Acerta), and we give one two-hour online
training session for your planners and team leads.
2.4 We may change our prices once per calendar year. We notify you by e-mail at least 30 days in
advance; the new price applies from your next billing period.

3. Billing and payment
Monthly plans are billed monthly in advance, annual plans yearly in advance, by credit card or
SEPA direct debit. Invoices paid by transfer are payable within 14 days of the invoice date.
The number of active employees is counted on the last day of each month; additional employees
are billed at the end of the month.

4. Term and cancellation
4.1 Monthly plans renew automatically every month; annual plans renew automatically for a new
period of 12 months. You can cancel at any time in the admin settings; the cancellation takes
effect at the end of the current billing period. Fees already paid are not refunded.
4.2 We may terminate your subscription with 30 days' notice, or immediately if you breach these
Terms or do not pay an invoice within 30 days of its due date.

5. Availability and support
5.1 We strive to keep the Service available 99,5 % of the time, but we do not guarantee
uninterrupted or error-free availability. Downtime does not give a right to any refund or
credit.
5.2 Support is available through in-app chat and support@swapsy.be on business days from 9:00
to 17:00 (Belgian time); Pro customers can also call us. We aim to answer within one business
day.
5.3 We continuously improve the Service and release updates without prior notice. We may add,
change or remove features; if we remove a feature you rely on, we inform you 30 days in advance.
5.4 The Service is provided "as is". We do not warrant that the Service is free of bugs or that
it suits your particular needs.

6. Your responsibilities
You are responsible for the accuracy of the employee data you enter, for the rules you set in
the Service, for informing your employees about the processing of their data, and for complying
with labour law, your work regulations and your collective agreements. Swapsy does not check
whether a swap complies with the law. You keep your login credentials secret.

7. Your data
7.1 The data you and your employees enter remain yours. Administrators can export schedules,
swaps and employee lists at any time as CSV from the admin settings.
7.2 After the end of your subscription you have 30 days to export your data; we then delete it
within 60 days, except for invoicing data we must keep by law.
7.3 If an invoice remains unpaid 30 days after its due date, we may suspend your account,
including data export, until the invoice is paid.

8. Personal data
We process the personal data of your employees (name, phone number, team, schedule,
availability) as your processor. The data processing agreement in Annex 1 forms part of these
Terms. Data is hosted on AWS in Frankfurt; our sub-processors are listed on
swapsy.be/subprocessors.

9. Intellectual property
Swapsy retains all rights in the Service and the app. You receive a non-exclusive,
non-transferable right to use the Service for your own organisation during your subscription.
We may use your feedback to improve the Service.

10. Confidentiality
Both parties keep confidential the non-public information they receive from each other and use
it only for the purpose of the Service, during the subscription and for two years after it.

11. Liability
11.1 Our total liability is limited to the fees you paid in the three months before the event.
11.2 We are not liable for indirect damage, loss of profit, loss of data, or for fines or claims
resulting from schedules or swaps that breach labour law, such as rest-time rules under the
working time legislation.

12. Governing law
These Terms are governed by Belgian law. The courts of Antwerp, division Antwerp, have exclusive
jurisdiction.
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "covered",
        "budget.project_cost": "missing",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "missing",
        "timing.delay": "missing",
        "team.named_team": "missing",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "team.quality": "missing",
        "reporting.progress": "missing",
        "reporting.governance": "missing",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "partial",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "missing",
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
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": True,
        "risk.unsigned": True,
    },
    figures={
        "payment_term_days": 14,
        "availability_percent": 99.5,
    },
)


DOCUMENTS = [
    EN_T12I_CHEMICAL_PLANT_CMMS_AGREEMENT,
    EN_T12I_PEPPOL_CONNECTOR_OFFER,
    EN_T12I_MANAGED_POSTGRESQL_SLA,
    EN_T12I_SHIFT_SWAP_SAAS_TERMS,
]
