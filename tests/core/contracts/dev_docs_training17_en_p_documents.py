"""Training batch 17 (en, writer p): (1) a formal master services agreement between a Dutch
SAP service provider and a Flemish logistics group for managed SAP basis services (transition-in,
monthly run fee, service levels with credits, exit), signed by both; (2) an order form of a Dutch
legal-tech supplier for an e-discovery SaaS subscription for an Antwerp law firm, under the
supplier's master subscription terms, signed by both; (3) a maintenance and support agreement of
a Ghent software house for the on-premise dock-door scheduling software of a cargo handler at
Brucargo, signed by both; (4) a short e-mail offer by a Bruges IT shop for new PCs driving a
hotel's key-card encoders, accepted by reply e-mail.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser. Conventions: months = 30 days for notice and warranty; response time of
the highest priority in hours (working hours counted as hours; 15 minutes = 0.25); a quote
accepted by e-mail or an empty client signature line raises risk.unsigned; a negation,
disclaimer, bare cross-reference, placeholder or best-efforts wording is "partial".
"""

from .unseen_documents import UnseenDocument

EN_T17P_MANAGED_SAP_BASIS_MSA = UnseenDocument(
    name="en_t17p_managed_sap_basis_msa",
    text="""MASTER SERVICES AGREEMENT - MANAGED SAP BASIS SERVICES
Agreement no. BL-MSA-2026-044

BETWEEN
Basisline B.V., Rijnzathe 14, 3454 PV Utrecht (De Meern), the Netherlands, Chamber of Commerce
no. 61873302, with a branch at Schaliënhoevedreef 20, 2800 Mechelen, represented by Mr Joost
van der Wal, managing director ("Basisline");
AND
Vermeire Logistics Group NV, Sint-Jansweg 9, 9130 Kallo (Beveren), Belgium, enterprise no.
BE 0438.902.115, represented by Ms Katrien Vermeire, CEO, and Mr Stijn Van Hecke, CIO
("Vermeire"; together with Basisline "the Parties").

Article 1 - Contract documents
1.1 This Agreement consists of this master text and: Schedule 1 - service description and
transition acceptance checklist; Schedule 2 - service levels; Schedule 3 - data processing
agreement; Schedule 4 - Basisline's proposal BL-2026-311 of 6 October 2026.
1.2 In case of conflict: this master text prevails, then Schedule 3, Schedule 2, Schedule 1 and
Schedule 4. The general terms of Basisline (including the NLdigital Terms) and the purchase
conditions of Vermeire do not apply.

Article 2 - Scope of the services
2.1 Basisline provides the technical management ("SAP basis") of Vermeire's SAP landscape, which
runs in Vermeire's own Microsoft Azure subscription (region West Europe): S/4HANA 2022 (DEV, QAS,
PRD), BW/4HANA, SAP Process Orchestration, SAP Solution Manager 7.2 and the Fiori front-end
server, on SAP HANA 2.0 databases.
2.2 The services comprise: 24/7 monitoring of systems, interfaces and background jobs; incident
handling; transport management; technical user administration; HANA database administration;
back-up management and a documented restore test every six months; kernel, support package and
security patching (article 8); two system copies PRD to QAS per year; performance and capacity
management; SAP licence measurement (USMM); and up to 40 hours per month of service requests
(small technical changes), unused hours not being carried over.
2.3 Not included: functional SAP support (FI/CO, SD, MM, EWM), ABAP development, authorisation
concept design, Azure consumption costs, SAP licence and maintenance fees, and release upgrades
or other projects. Such work is offered separately in a project order under this Agreement.

Article 3 - Transition-in and acceptance
3.1 Basisline takes over the services from Vermeire's current provider in a transition of ten
weeks: knowledge intake from 4 January 2027, shadowing from 8 February, reverse shadowing from
22 February, and start of steady-state services on 15 March 2027 ("Service Start Date").
3.2 Acceptance: Vermeire checks the 42 criteria of the transition checklist in Schedule 1 and
signs the acceptance report within five working days, or states in writing which criteria are
not met; Basisline then remedies them and the check is repeated. Steady-state fees are due only
from the signed acceptance.
3.3 If Basisline misses the Service Start Date for reasons attributable to it, it completes the
transition at no extra cost and grants a reduction of 5 % of the transition price per started
week of delay, up to 20 %. Delay caused by Vermeire or its current provider leads to a new date
agreed in the steering committee; extra effort is handled under article 4.4.

Article 4 - Fees and payment (EUR, excl. VAT)
4.1 Transition-in (fixed price): EUR 38.600,00, invoiced 50 % on 4 January 2027 and 50 % on
signature of the acceptance report.
4.2 Monthly service fee: EUR 16.450,00, invoiced monthly in advance from the Service Start Date.
4.3 Hourly rates outside the monthly fee: SAP basis consultant EUR 118,00; SAP technical
architect EUR 142,00; work outside office hours at Vermeire's request +50 %. The fee and rates
are indexed on 1 January of each year, for the first time on 1 January 2028, according to the
formula P1 = P0 x (0,2 + 0,8 x S1/S0), S being the Agoria reference salary index, with a maximum
increase of 3 % per year.
4.4 Extra work: for each request outside the scope Basisline first sends an estimate in hours
and a planning; work starts only after written approval by Vermeire's CIO or SAP product owner in
the service portal. Work that was not approved is not invoiced. Hours are invoiced monthly in
arrears with the ticket reference.
4.5 Invoices are payable within 30 days of the invoice date.

Article 5 - Team
5.1 Basisline's service delivery manager is Ms Anouk de Graaf; the lead basis architect is Mr
Pieter-Jan Goossens. The services are provided by a dedicated team of six basis engineers in
Utrecht and Mechelen, at least four of whom have more than five years of SAP basis experience
and hold the SAP certifications C_TADM and C_HANATEC.
5.2 Basisline replaces the service delivery manager or the lead basis architect only with 30
days' notice and Vermeire's prior consent, which is not unreasonably withheld. The successor has
equivalent experience and works alongside the outgoing person for ten working days at
Basisline's cost.

Article 6 - Service levels (summary of Schedule 2)
6.1 Service desk: 24/7 by telephone for priority 1 and 2; portal and e-mail on working days
8:00-18:00 CET for priority 3 and 4.
6.2 Response and restore times:
     P1 (PRD down, no goods movements possible):    response 15 minutes, restore 4 hours
     P2 (serious degradation, WMS/customs link down): response 1 hour, restore 8 hours
     P3 (limited impact):                           response 4 business hours, restore 5 days
     P4 (service requests and questions):           response 2 working days
6.3 Availability of the PRD S/4HANA system: 99,7 % per calendar month, measured at the SAP
application layer by Solution Manager, excluding maintenance in the agreed window (Sunday
02:00-06:00, at most twice a month) and outages of the Azure platform itself.
6.4 Service credits: for each started 0,1 % below 99,7 %, 5 % of the monthly service fee; for
each P1 not restored in time, 2 %; in total at most 25 % of the monthly fee per month, set off
against the next invoice. If availability stays below 99,0 % for three consecutive months,
Vermeire may terminate the Agreement with immediate effect.

Article 7 - Knowledge of the landscape
During the transition Basisline writes a run book and builds a configuration database (CMDB) of
the landscape. Basisline keeps the run book and the CMDB in Vermeire's SharePoint, updates them
within ten working days after each change, and keeps all engineers of the dedicated team trained
on Vermeire's landscape. The run book and the CMDB belong to Vermeire.

Article 8 - Patches and updates
SAP security notes are assessed every month on SAP's patch day; Hot News notes (CVSS 9 or
higher) are applied in PRD within 72 hours after testing in QAS. Support package stacks and
kernel updates are applied twice a year according to a calendar agreed in the steering
committee, first in DEV and QAS.

Article 9 - Quality
Basisline works according to ITIL 4, is ISO/IEC 27001 certified, and submits every change to the
weekly change advisory board. No change goes to PRD without a successful test in QAS.

Article 10 - Reporting and governance
10.1 By the 10th working day of each month Basisline sends a service report: availability,
tickets per priority, SLA performance and service credits, hours used, notes applied and
capacity trends. It is discussed in a monthly service review.
10.2 A steering committee (Vermeire's CIO and SAP product owner, Basisline's delivery director
and service delivery manager) meets every quarter.
10.3 Escalation: service delivery manager - Basisline's delivery director - managing directors
of both Parties.

Article 11 - Obligations of Vermeire
Vermeire appoints an SAP product owner (Mr Koen Verstraete), ensures that its current provider
cooperates in the transition from 4 January 2027, grants Basisline the necessary Azure roles
and VPN access by 18 December 2026, keeps its SAP licences and SAP maintenance in force, and
informs Basisline at least ten working days before functional go-lives that affect system load.

Article 12 - Term and termination
12.1 This Agreement takes effect on signature. The steady-state services run for 36 months from
the Service Start Date and are then tacitly renewed for successive periods of 12 months, unless
either Party terminates them by registered letter at least six months before the end of the
current period.
12.2 Either Party may terminate the Agreement by registered letter if the other Party does not
remedy a material breach within 30 days of a written notice of default.

Article 13 - Exit
13.1 Basisline delivers an exit plan within three months of the Service Start Date. At the end
of the Agreement, for whatever reason, Basisline continues the services at Vermeire's request
for up to six months at the fees then in force, and transfers the services to Vermeire or a new
provider, including up to 15 person-days of knowledge transfer at the rates of article 4.3.
13.2 Basisline hands over the run book, the CMDB, all passwords, certificates, keys, scripts and
monitoring configuration, and returns all Vermeire data in its possession in their original
format; it then deletes its copies within 30 days and confirms this in writing. Basisline has no
right of retention over any data or documents, not even in case of a dispute on invoices.

Article 14 - Liability
The liability of each Party per contract year is limited to the fees paid under this Agreement in
the previous twelve months, with a minimum of EUR 200.000,00. Indirect damage is excluded,
except in case of fraud, wilful misconduct, gross negligence or breach of article 16 or
Schedule 3. Data that is lost through Basisline's fault is restored from the back-ups at its cost.

Article 15 - Intellectual property
Vermeire's systems, data, run book and CMDB belong to Vermeire. Scripts and tools that Basisline
already owned remain Basisline's; Vermeire receives a free, perpetual licence to use those that
are installed in its landscape for its own business.

Article 16 - Confidentiality and personal data
16.1 The Parties keep each other's confidential information secret during the Agreement and for
five years after its end.
16.2 Basisline processes personal data of Vermeire's staff, drivers and customers as processor
under Schedule 3, only in the European Economic Area, and notifies a data breach within 24 hours.

Article 17 - Disputes and governing law
Disputes are first dealt with through the escalation path of article 10.3. If they are not
settled within 30 days, the Parties try mediation under the CEPANI mediation rules before going
to court. This Agreement is governed by Belgian law; the courts of Antwerp, division Antwerp,
have exclusive jurisdiction.

Signed in Kallo on 11 December 2026 in two originals.

For Basisline B.V.                  For Vermeire Logistics Group NV
(signed)                            (signed)                    (signed)
Joost van der Wal                   Katrien Vermeire            Stijn Van Hecke
Managing director                   CEO                         CIO
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
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
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
        "risk.auto_renewal": True,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.25,
        "availability_percent": 99.7,
    },
)

EN_T17P_EDISCOVERY_SAAS_ORDER_FORM = UnseenDocument(
    name="en_t17p_ediscovery_saas_order_form",
    text="""VINDEX LEGAL TECHNOLOGIES B.V. - ORDER FORM
Order Form no. VX-OF-2026-1187                                  Date: 7 December 2026

Supplier:  Vindex Legal Technologies B.V., Zuidplein 126, 1077 XV Amsterdam, the Netherlands
           KvK 72915530 - VAT NL859204117B01
Customer:  Lambrecht Peeters Advocaten BV, Frankrijklei 88, 2000 Antwerpen, Belgium
           BE 0643.771.208
Customer administrator: Mr Tom Claessens, litigation support manager
Vindex customer success manager: Ms Femke Bakker (femke.bakker@vindex.legal)
Vindex onboarding consultant: Mr Daan Visser

1. CONTRACT DOCUMENTS
This Order Form is governed by the Vindex Master Subscription Terms version 2026.1 (the "MST",
attached). The following form part of the agreement: Annex A - Data Processing Agreement;
Annex B - Vindex proposal VX-P-2611 of 12 November 2026. In case of conflict, the MST prevail
over this Order Form and Annex B; Annex A prevails over all other documents as regards personal
data. Vindex may amend the MST from time to time; the amended version applies from the first day
of the month after its publication on vindex.legal/terms.

2. SUBSCRIPTION
Product: Vindex Review Cloud - Professional edition.
Included:
  - ingestion and processing (de-duplication, de-NISTing, OCR, e-mail threading, language
    detection for Dutch, French, English and German);
  - analytics (near-duplicates, concept clustering) and continuous active learning;
  - review, tagging and redaction; productions with Bates numbering and load files;
  - 25 named users, unlimited matters;
  - 500 GB of hosted review data and 200 GB of processing per subscription year.
Not included: forensic collection from devices and mailboxes, managed document review,
translations, external guest reviewers (EUR 95,00 per guest user per month), hosting above
500 GB and processing above 200 GB (see section 3).

3. FEES (EUR, excl. VAT)
  Subscription, 25 users, 500 GB hosting, 200 GB processing       3.950,00 per month
                                                                  = 47.400,00 per year
  One-off onboarding: tenant set-up, SSO with Microsoft Entra ID,
  matter templates, import of two legacy matters (section 4)          5.800,00
  Total for the first subscription year                              53.200,00
Additional volumes: hosting above 500 GB EUR 8,50 per GB per month; processing above 200 GB
EUR 35,00 per GB. Vindex alerts the Customer administrator when the hosted or processed volume
reaches 80 % of the included volume; processing above the included volume only starts after the
Customer administrator has confirmed the job in the platform. Additional volumes are invoiced
monthly in arrears per matter.
Professional services (forensic collection, workflow advice): senior consultant EUR 165,00 per
hour, analyst EUR 120,00 per hour, always on a written estimate approved by the Customer.
The onboarding fee is invoiced on signature; the subscription annually in advance from the
Activation Date. Invoices are payable within 30 days of the invoice date.
Fees are fixed for the Initial Term. At each renewal they are indexed by the Dutch CBS consumer
price index, with a maximum of 5 %.

4. ONBOARDING
Vindex activates the Customer's tenant (Microsoft Azure, region West Europe) within 10 business
days of signature of this Order Form ("Activation Date"). The Customer's IT partner configures
the Entra ID enterprise application within 5 business days of signature, based on Vindex's set-
up sheet, and the Customer delivers the Relativity exports of the two legacy matters (about
180 GB) through Vindex's secure transfer service.
Within 15 business days of receiving the exports, Vindex imports both matters with their
documents, metadata, coding, tags and redactions, checks the document counts against the
exports, and sends the Customer a reconciliation report.
Vindex gives two online training sessions of 2 hours (review for lawyers and paralegals;
administration and productions for the litigation support team) in the first month after the
Activation Date, and gives access to its video library and help centre.

5. SERVICE LEVELS AND SUPPORT
Availability: 99,9 % per calendar month, excluding scheduled maintenance on Saturdays between
22:00 and 04:00 CET announced at least 5 days in advance.
Service credits on the monthly subscription fee: availability below 99,9 %: 10 %; below 99,5 %:
25 %; below 99,0 %: 50 %. Credits are granted on the Customer's request within 30 days after the
month concerned and set off against the next invoice.
Support: Monday 00:00 to Friday 24:00 CET by telephone (+31 20 808 41 90) and the support portal,
in Dutch and English.
Response times:  P1 - platform unavailable, or a production deadline at risk    1 hour (24/7)
                 P2 - a function unavailable, no workaround                    4 hours
                 P3 - other questions                                          1 business day
Vindex deploys updates, new features and security patches continuously; changes that affect
existing workflows are announced 30 days in advance in the release notes.
Vindex is ISO/IEC 27001 certified. Each processing job is quality-checked: file counts are
reconciled with the source and an exceptions report lists every file that could not be
processed.
The customer success manager knows the Customer's matters and set-up, sends a monthly usage
report (hosted GB per matter, processing, active users) and holds a quarterly review with the
Customer administrator and the partner in charge of litigation.

6. TERM
Initial Term: 12 months from the Activation Date. The subscription renews automatically for
successive periods of 12 months unless either party gives notice at least 60 days before the end
of the current term, by e-mail to contracts@vindex.legal or to the Customer administrator.
Either party may terminate the subscription if the other party commits a material breach and
does not remedy it within 30 days of written notice.

7. CUSTOMER DATA AND CONFIDENTIALITY
All documents, metadata and work product (coding, notes, redactions) uploaded or created by the
Customer ("Customer Data") remain the Customer's property. Vindex retains all rights in the
platform; the Customer receives a non-exclusive, non-transferable right to use it during the
subscription for its own legal practice.
Vindex keeps Customer Data strictly confidential, acknowledges that it may be covered by legal
professional privilege, and accesses it only at the Customer's request for support, with every
access logged.
Vindex processes personal data contained in Customer Data as processor under Annex A. Data is
stored in the EU only; sub-processors are listed in Annex A; data breaches are notified within
36 hours.
At the end of the subscription the Customer keeps read-only access for 30 days. On request Vindex
delivers, once and free of charge, a full export of all matters (native files, extracted text,
metadata and coding in DAT/OPT load files, redacted images) by SFTP or on an encrypted disk.
Vindex then deletes all Customer Data, including back-ups, within 60 days and certifies this.

8. LIABILITY
Vindex's total liability is limited to the fees paid by the Customer in the three months before
the event giving rise to the claim. Vindex is not liable for indirect damage, loss or corruption
of data, loss of privilege through documents produced by the Customer, or missed procedural
deadlines.

9. GOVERNING LAW
This Order Form and the MST are governed by Dutch law. The District Court of Amsterdam has
exclusive jurisdiction.

Vindex Legal Technologies B.V.               Lambrecht Peeters Advocaten BV
(signed)                                     (signed)
Ruben Mulder, CEO                            Ms Evelien Peeters, managing partner
Date: 7 December 2026                        Date: 9 December 2026
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
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
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
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.9,
    },
)

EN_T17P_DOCK_DOOR_SCHEDULING_MAINTENANCE = UnseenDocument(
    name="en_t17p_dock_door_scheduling_maintenance",
    text="""MAINTENANCE AND SUPPORT AGREEMENT
Slotwise DockPlanner 5 - contract no. SW-MA-2027-009

Between
Slotwise BV, Technologiepark 19, 9052 Zwijnaarde, enterprise no. BE 0552.610.447, represented by
Mr Dieter Van Hove, COO ("Slotwise"),
and
Skyport Cargo Handling NV, Brucargo building 706, 1830 Machelen, enterprise no.
BE 0476.339.082, represented by Ms Ann Wuyts, general manager, and Mr Marc Lenaerts, IT manager
("the Customer").

Article 1 - Subject
1.1 Slotwise maintains and supports the DockPlanner 5 software that the Customer uses under the
licence agreement of 14 March 2019 (the "Licence Agreement") for the scheduling of its 46 truck
dock doors: planning module (12 planner users), driver check-in kiosks, the carriers' slot
booking portal, and the interfaces with the Customer's warehouse system (Hermes WMS) and with
the Brucargo cargo community system (BRUcloud).
1.2 The Software runs on the Customer's own servers in its data room at Brucargo 706. The
installation is described in Annex 1 (system description and configuration file). Annex 2 is
the data processing agreement.
1.3 This Agreement and its annexes form the whole agreement on maintenance; for maintenance it
prevails over the Licence Agreement. The general terms of Slotwise do not apply.

Article 2 - Services
2.1 Included in the annual fee:
  a) corrective maintenance: analysis and correction of defects in the Software;
  b) adaptive maintenance: compatibility with new versions of Windows Server, SQL Server and the
     supported browsers within six months of their general release;
  c) new releases (two per year, in April and October) with release notes;
  d) adaptation of the BRUcloud interface to one change of message format per year;
  e) remote installation of releases and patches, first in the Customer's acceptance
     environment and, after the Customer's approval, in production on a Tuesday night between
     01:00 and 04:00;
  f) the helpdesk described in article 3;
  g) for each release, a one-hour online session on the changes for the Customer's planners.
2.2 Not included: new functions requested by the Customer, extra dock doors or users, servers,
network, kiosk hardware, and incidents caused by changes the Customer or third parties make to
the database, the WMS or BRUcloud. Slotwise quotes such work in writing first; it is carried out
only after the Customer's IT manager has accepted the quote.

Article 3 - Helpdesk, response and restore times
3.1 The helpdesk is open on working days from 7:00 to 19:00 via the portal support.slotwise.be
and by telephone on +32 9 277 61 40. Priority 1 incidents can be reported 24/7 on the on-call
number +32 9 277 61 49.
3.2 Priorities and times:
  P1 - DockPlanner unavailable, or no slots can be booked or assigned at any door
       response within 1 hour (24/7), workaround or restore within 6 hours
  P2 - kiosks, portal or an interface down, or more than 10 doors affected
       response within 2 business hours, restore within 2 business days
  P3 - other defects: response within 1 business day, correction in the next release
  P4 - questions: response within 3 business days
3.3 As the Software runs on the Customer's infrastructure, Slotwise gives no commitment on the
availability of the system.
3.4 Exceeding the times in 3.2 gives no right to penalties or compensation; repeated exceedings
are discussed in the review meeting of article 6.

Article 4 - Knowledge of the installation and team
Slotwise keeps Annex 1 up to date after every intervention. The Customer's account manager is
Ms Hanne Claes; the support engineers who know the installation are Mr Bram Desmet and Ms Lotte
Verbruggen.

Article 5 - Quality and documentation
Every release is regression-tested by Slotwise on an anonymised copy of the Customer's
configuration before delivery. With each release Slotwise delivers the updated administrator
manual and the updated technical descriptions of the WMS and BRUcloud interfaces.

Article 6 - Reporting and escalation
6.1 Each quarter Slotwise sends a ticket report: tickets per priority, response and restore times
achieved, open issues and planned corrections.
6.2 Twice a year the parties hold a review meeting at Brucargo.
6.3 Escalation: support engineer - account manager - COO of Slotwise, on the Customer's side IT
manager - general manager.

Article 7 - Obligations of the Customer
The Customer keeps a VPN access for Slotwise available 24/7, appoints two key users, keeps the
servers within the system requirements of Annex 1, backs up the database daily, reports
incidents via the portal with a description and screenshots, and tests each release in the
acceptance environment within 10 working days of its installation.

Article 8 - Fees and payment
8.1 Annual maintenance fee 2027: EUR 14.860,00 excl. VAT (18 % of the licence value), invoiced in
January, annually in advance, payable within 30 days of the invoice date.
8.2 Work outside the scope: EUR 110,00 per hour or EUR 880,00 per day; outside helpdesk hours
(except P1 incidents, which are included) +50 %.
8.3 The fee and the rates are indexed on 1 January of each year according to the formula
P1 = P0 x (0,2 + 0,8 x S1/S0), S being the Agoria reference salary index.

Article 9 - Term and termination
9.1 This Agreement runs from 1 January 2027 to 31 December 2027. It is then tacitly renewed for
successive periods of one calendar year, unless either party terminates it by registered letter
at least three months before the end of the current period.
9.2 Either party may terminate this Agreement if the other party does not remedy a serious breach
within 30 days of a written notice of default.
9.3 If the Agreement ends for another reason than a breach by the Customer, Slotwise continues the
maintenance at the Customer's request for up to six months, pro rata of the annual fee, while the
Customer moves to another system. Slotwise then delivers free of charge an export of the booking
and planning history in CSV with a description of the database schema.

Article 10 - Source code
At the Customer's request, the parties will discuss a source code escrow arrangement; its costs
would be borne by the Customer.

Article 11 - Intellectual property
The Customer's right to use the Software and the releases delivered under this Agreement is
governed by the Licence Agreement.

Article 12 - Liability
Slotwise's liability is limited to the maintenance fee paid for the three months before the event.
Indirect damage, such as truck waiting costs, loss of turnover or claims of carriers, is excluded.

Article 13 - Confidentiality and personal data
Both parties keep confidential all information about the other party's business that they
receive under this Agreement, during the Agreement and for three years after. When supporting
the Software Slotwise may access names, telephone numbers and licence plates of drivers; it does
so as processor under Annex 2 and only from within the EU.

Article 14 - Disputes
The parties first try to settle any dispute through the escalation of article 6.3 within 20
working days. Failing that, Belgian law applies and the Dutch-speaking courts of Brussels have
jurisdiction.

Done in Machelen on 4 December 2026, in two copies.

For Slotwise BV                  For Skyport Cargo Handling NV
(signed)                         (signed)                     (signed)
Dieter Van Hove                  Ann Wuyts                    Marc Lenaerts
COO                              General manager              IT manager
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.project_cost": "missing",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "partial",
        "legal.liability": "covered",
        "legal.ip": "partial",
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
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 1,
    },
)

EN_T17P_KEY_CARD_ENCODER_PC_OFFER = UnseenDocument(
    name="en_t17p_key_card_encoder_pc_offer",
    text="""From:    Wouter Vandenbussche <wouter@vdb-ict.be>
To:      Charlotte Verstraete <operations@hoteldezilverenzwaan.be>
Date:    Thu, 3 Dec 2026 16:42
Subject: Offer O-26-2193 - new PCs for the key-card encoders

Hi Charlotte,

As promised after my visit on Tuesday, here is our offer to replace the three old Windows 10
PCs that drive your SALTO key-card encoders (two at reception, one in the back office).

WHAT YOU GET (prices in EUR, excl. VAT)
  3 x Dell OptiPlex 7020 Micro (Intel Core i5, 16 GB, 512 GB SSD, Windows 11 Pro),
      3 years Dell ProSupport on-site next business day             3 x 849,00 =  2.547,00
  3 x VESA mounting bracket to fix the PC under the desk              3 x 24,00 =     72,00
  Installation and configuration, fixed price                                       540,00
  TOTAL                                                                          3.159,00

The fixed price covers:
  - preparing the PCs in our workshop: Windows 11, your Microsoft 365 accounts for reception,
    the SALTO ProAccess SPACE client and the USB drivers of the encoders, the registration-card
    printer at reception;
  - installing them on site and connecting your existing screens, keyboards and encoders;
  - copying the local files and desktop shortcuts from the old PCs to the new ones (your SALTO
    database itself sits on the lock server and is not touched);
  - wiping the disks of the old PCs, with a certificate, and taking them away for recycling.

Not included: SALTO licences and any work by your lock dealer (Lock & Key Service Brugge), your
Mews PMS, new screens or keyboards, and network cabling.

PLANNING
If you confirm by Wednesday 9 December, the PCs are in our workshop by 14 December and we install
on Tuesday 15 December between 10:00 and 14:00, between check-out and check-in. We swap one PC
at a time, so reception always has a working encoder. Jens, our technician, does the
installation; I stay your contact for everything.

WHAT WE NEED FROM YOU
  - Lock & Key Service on standby (remotely) on 15 December to register the new encoder
    stations in SALTO - could you book them?
  - the SALTO operator passwords and the Microsoft 365 passwords of the reception accounts, by
    Friday 11 December.

ON THE DAY
Before Jens leaves, your reception encodes and tests a key card on each of the three PCs and you
sign his work order. He also shows the reception team how to log on and where the encoder
software is. We send you a one-page sheet with the PC names, serial numbers and what is
installed; the local admin passwords go into your Bitwarden vault.

AFTERWARDS
If something we set up doesn't work, we come back free of charge during the first 30 days after
the installation. Hardware faults are covered by Dell on site, next business day, for 3 years.
We set Windows Update to install security updates automatically at 3:00 at night.
No maintenance contract needed: for questions later you can call us on working days between
8:30 and 17:30 on 050 68 21 17 (EUR 85,00 per hour, per quarter of an hour started). If
something comes up on the day that isn't in this offer, we tell you first and only do it after
your OK, at the same rate.

PAYMENT
We invoice after the installation; payment within 15 days. This offer is valid until 18
December 2026. Our general terms and conditions (www.vdb-ict.be/terms) apply.

Just reply to this mail to confirm and we'll order the PCs.

Kind regards,
Wouter Vandenbussche
Vandenbussche ICT BV - Sint-Pieterskaai 12, 8000 Brugge - BE 0711.482.963

----------------------------------------------------------------------------------------------
From:    Charlotte Verstraete <operations@hoteldezilverenzwaan.be>
To:      Wouter Vandenbussche <wouter@vdb-ict.be>
Date:    Mon, 7 Dec 2026 09:05
Subject: RE: Offer O-26-2193 - new PCs for the key-card encoders

Hi Wouter,

OK for offer O-26-2193, please go ahead. 15 December is fine, I have asked Lock & Key to be on
standby that morning. Please send the invoice to accounting@hoteldezilverenzwaan.be with our
PO number 2026-118.

Best regards,
Charlotte Verstraete
Operations manager - Hotel De Zilveren Zwaan, Langestraat 31, 8000 Brugge
""",
    items={
        "agreement.general_terms": "partial",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "missing",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "missing",
        "exit.termination": "missing",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.unsigned": True,
    },
    figures={
        "payment_term_days": 15,
    },
)


DOCUMENTS = [
    EN_T17P_MANAGED_SAP_BASIS_MSA,
    EN_T17P_EDISCOVERY_SAAS_ORDER_FORM,
    EN_T17P_DOCK_DOOR_SCHEDULING_MAINTENANCE,
    EN_T17P_KEY_CARD_ENCODER_PC_OFFER,
]
