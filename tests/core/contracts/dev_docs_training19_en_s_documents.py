"""Training batch 19 (en, writer s): (1) a formal master services agreement between a UK cloud
data consultancy and a Belgian home-and-garden retailer for an Azure/Databricks data platform,
with a fixed-price first SOW, run support and a renewal clause; (2) a Dutch SaaS supplier's order
form for a field-sales CRM for a Belgian sanitary wholesaler, signed electronically, with an
annexed SLA; (3) a software support agreement between a Belgian integrator and a Dutch hospital
for the interface between the HiX health record and the pharmacy stock robot, signed by both;
(4) an informal e-mail proposal from a freelance IT contractor for the Microsoft 365 clean-up of
a Brussels charity, to be accepted by reply e-mail.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser.

Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an
empty client signature line raises risk.unsigned; a negation, disclaimer, bare
cross-reference, placeholder or best-efforts wording is "partial". Where a document has several
similar numbers, the figure is the one with the labelled role (e.g. the non-renewal notice, not
a price-change notice or a cure period; the warranty, not an acceptance window; the payment
term, not the instalment schedule).
"""

from .unseen_documents import UnseenDocument

EN_T19S_RETAIL_DATA_PLATFORM_MSA = UnseenDocument(
    name="en_t19s_retail_data_platform_msa",
    text="""MASTER SERVICES AGREEMENT
Agreement reference: CFC-MSA-2026-031 - dated 14 December 2026

PARTIES
(1) Cirrus & Fell Consulting Ltd, 41 Clerkenwell Road, London EC1M 5RN, United Kingdom, company
    number 11482093 (the "Supplier"); and
(2) Dujardin Home & Garden NV, Gentsesteenweg 212, 9300 Aalst, Belgium, enterprise number
    BE 0423.561.208 (the "Client"), which operates 64 home and garden stores and a webshop and
    wishes to replace its SQL Server data warehouse with a data platform on Azure and Databricks.

1. DEFINITIONS AND DOCUMENTS
1.1 "Business Hours" means 08:00 to 18:00 CET on a Business Day (a weekday that is not a
    public holiday in Belgium).
1.2 This Agreement consists of these clauses, Schedule 1 (the first statement of work, "SOW 1 -
    Data Platform Foundation"), Schedule 2 (the Supplier's proposal CFC-P-0918 of 6 November
    2026, the "Proposal"), Schedule 3 (Rate Card), Schedule 4 (Data Processing Agreement) and
    Schedule 5 (Run Support). Further statements of work ("SOWs") are signed by both parties.
1.3 Order of precedence: Schedule 4, these clauses, the SOWs, Schedules 3 and 5, the Proposal.
    No other terms apply, including the Supplier's standard terms of business.

2. SERVICES AND SCOPE
2.1 SOW 1 covers: the data landing zone (Azure Data Lake Storage, Databricks workspaces, Unity
    Catalog), ingestion pipelines for the ERP (Dynamics 365 Finance), the till system, the
    webshop (Shopware) and the loyalty programme, a sales and stock data model, and the
    migration of the 38 existing management reports to Power BI.
2.2 Excluded unless agreed in a SOW or Change Note: Azure and Databricks consumption (billed to
    the Client by Microsoft directly), Power BI licences, changes to source systems and data
    science use cases.

3. CHARGES AND PAYMENT
3.1 SOW 1 is performed for a fixed price of EUR 284.500,00 excluding VAT, invoiced per milestone:
    M1 design sign-off 20 %, M2 platform built 30 %, M3 migration complete 30 %, M4 final
    acceptance 20 %.
3.2 A one-off mobilisation fee of EUR 14.200,00 (discovery workshops, access set-up) is
    invoiced on signature.
3.3 Time-and-materials work is charged at the day rates of Schedule 3: Principal EUR 1.450,00;
    Senior Consultant EUR 1.150,00; Data Engineer EUR 960,00; Consultant EUR 880,00. Every T&M
    SOW states a not-to-exceed amount, which the Supplier shall not exceed without a signed
    Change Note. Timesheets are approved weekly by the Client's project lead.
3.4 Rates are fixed until 31 December 2027. Thereafter the Supplier may propose a revision once
    per calendar year by written notice given at least sixty (60) days in advance; a revision
    takes effect only if the Client agrees to it in writing and never exceeds the change in the
    Belgian health index over the previous twelve months.
3.5 Run Support (Schedule 5) is charged at EUR 9.800,00 per month, invoiced monthly in advance
    from the Go-Live Date.
3.6 T&M work is invoiced monthly in arrears. All invoices are payable within forty-five (45)
    days of receipt of a valid invoice.

4. CHANGE CONTROL
Within five (5) Business Days of a change request the Supplier submits a Change Note (impact on
scope, charges and planning). No change is carried out or invoiced before both parties sign it.

5. PLANNING, CLIENT DEPENDENCIES AND DELAY
5.1 SOW 1 planning: kick-off 11 January 2027; M1 design sign-off 26 February 2027; M2 platform
    built 30 April 2027; M3 migration complete 18 June 2027; user acceptance testing from
    21 June to 2 July 2027; go-live on 5 July 2027 (the "Go-Live Date").
5.2 By 11 January 2027 the Client provides Owner rights on a dedicated Azure subscription and
    read access to the source systems. It makes six key users available for testing in the
    weeks of 21 and 28 June 2027 and takes design decisions within five (5) Business Days.
5.3 If the Supplier misses a milestone date through its own fault, it pays liquidated damages
    of 1 % of the SOW 1 price per full week of delay, capped at 8 %. A delay caused by the Client
    moves the planning accordingly; extra effort is handled through a Change Note.

6. PERSONNEL AND QUALITY
6.1 Key personnel: Ms Harriet Cole, Engagement Lead (Principal), and Mr Tomasz Nowak, Lead Data
    Architect. The Client's contact is Mr Bert Van Hoorde, Head of Data.
6.2 The Lead Data Architect has at least eight years of data platform experience and holds the
    Databricks Certified Data Engineer Professional certification. At least 50 % of the days
    on SOW 1 are delivered by Senior Consultants or Principals.
6.3 The Supplier shall not remove key personnel without the Client's prior written consent, save
    for illness or departure from the Supplier. A replacement with equivalent qualifications is
    proposed within ten (10) Business Days and works alongside the outgoing person for at least
    five (5) Business Days at the Supplier's cost.
6.4 All code is kept in the Client's Azure DevOps repository; every pull request is peer
    reviewed; unit and data-quality tests run automatically in the CI pipeline.

7. REPORTING AND GOVERNANCE
7.1 The Supplier sends a written status report every Friday by 12:00: progress against the
    milestones, days consumed, risks, issues and decisions needed.
7.2 A steering committee (the Client's CIO and Head of Data, the Supplier's Engagement Lead)
    meets monthly. Issues are escalated from the project leads to the steering committee, and
    then to the Client's CEO and the Supplier's Managing Director.

8. ACCEPTANCE AND WARRANTY
8.1 Each deliverable is tested against the acceptance criteria in Schedule 1. Within ten (10)
    Business Days of the notice of readiness the Client accepts it in writing or rejects it with
    reasons; the Supplier then corrects and resubmits it within five (5) Business Days.
8.2 For ninety (90) days after acceptance of milestone M4, the Supplier corrects free of charge
    any defect that causes a deliverable not to conform to SOW 1.

9. MIGRATION, GO-LIVE AND TRAINING
9.1 The Supplier migrates six years of sales history and three years of stock history from the
    SQL Server data warehouse. Two trial migrations are run; totals per store per month must
    reconcile within 0,1 %.
9.2 The cut-over takes place on 3-4 July 2027; the old data warehouse stays read-only for three
    months. The Supplier gives two half-day Power BI sessions for 20 business analysts and
    provides hypercare for four weeks after the Go-Live Date.
9.3 The Supplier delivers architecture documentation, data lineage in Unity Catalog and
    runbooks, pair-programs with the Client's four data engineers and runs three days of
    handover workshops for them before the end of hypercare.

10. RUN SUPPORT (SCHEDULE 5)
10.1 For twelve (12) months from the Go-Live Date the Supplier monitors the pipelines, handles
     incidents, applies Databricks runtime upgrades and security patches monthly (first in the
     test environment) and performs minor enhancements of up to four days a month.
10.2 Incidents are logged in the Client's ServiceNow queue or through the support line
     +44 20 3966 1270 during Business Hours. Mr Daniel Okafor is the named Run Lead and keeps
     the environment documentation current.
10.3 Service levels:
     Priority  Example                                      Response          Restore/workaround
     P1        daily sales not loaded by 07:00, or          1 Business Hour   6 Business Hours
               platform unusable
     P2        one source or dashboard failing              4 Business Hours  2 Business Days
     P3        other requests and questions                 1 Business Day    10 Business Days
10.4 For each P1 incident where the response or restore time is missed, the Client receives a
     credit of 5 % of the monthly Run Support fee, up to 25 % per month.
10.5 The platform runs on Microsoft Azure and Databricks services contracted by the Client; the
     Supplier gives no commitment on the availability of those services.

11. TERM AND TERMINATION
11.1 This Agreement starts on the date of the last signature and continues for an initial term
     of three (3) years. It then renews automatically for successive periods of twelve (12)
     months unless either party gives written notice of non-renewal at least ninety (90) days
     before the end of the current term.
11.2 Either party may terminate this Agreement or a SOW if the other party becomes insolvent or
     does not remedy a material breach within thirty (30) days of a written notice.
11.3 On expiry or termination the Supplier, at the Client's request, continues Run Support for up
     to three months and provides up to 20 days of exit assistance to the Client or a successor
     supplier at the Schedule 3 rates, and hands over all code, documentation and credentials.
11.4 All Client data remains in the Client's Azure tenant. Within ten (10) Business Days after
     termination the Supplier returns any Client data held outside that tenant in its original
     format or as Parquet or CSV files, then deletes all copies and confirms this in writing.
     The Supplier has no right of retention over Client data or deliverables.

12. INTELLECTUAL PROPERTY
Deliverables made for the Client become its property on payment. The Supplier keeps its framework
"Fellstream"; the Client has a perpetual, royalty-free licence to use and modify it internally.

13. CONFIDENTIALITY AND DATA PROTECTION
13.1 Each party keeps the other's confidential information secret for five (5) years after the
     end of this Agreement.
13.2 The Supplier processes personal data of about 2,1 million loyalty members as processor
     under Schedule 4 (access from the UK under the EU adequacy decision); personal data
     breaches are notified within 24 hours.

14. LIABILITY
14.1 Each party's total liability per contract year is limited to the charges paid or payable
     under this Agreement in that year, with a minimum of EUR 500.000,00.
14.2 Neither party is liable for indirect loss or loss of profit. These limits do not apply to
     fraud, wilful misconduct or breach of clause 13.

15. DISPUTES AND GOVERNING LAW
15.1 A dispute goes first to the steering committee and then to the Client's CEO and the
     Supplier's Managing Director, who meet within twenty (20) Business Days; failing that, the
     parties attempt mediation under the CEPANI rules before going to court.
15.2 Belgian law applies. The Dutch-speaking enterprise court of Brussels has jurisdiction.

For Cirrus & Fell Consulting Ltd         For Dujardin Home & Garden NV
(signed)                                 (signed)                 (signed)
James Fell                               Els Dujardin             Koen Maes
Managing Director                        CEO                      CFO
Date: 14/12/2026                         Date: 16/12/2026
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
        "maintenance.availability": "partial",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
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
        "payment_term_days": 45,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 1,
    },
)

EN_T19S_FIELD_SALES_CRM_ORDER_FORM = UnseenDocument(
    name="en_t19s_field_sales_crm_order_form",
    text="""VELDWERK SOFTWARE B.V. - ORDER FORM
Order number: VW-2026-1187                                   Date: 9 December 2026

Supplier           Veldwerk Software B.V., Papendorpseweg 100, 3528 BJ Utrecht, NL
                   KvK 71533408
Customer           Sanitec Van Hecke NV, Kachtemsestraat 390, 8800 Roeselare, Belgium
                   BE 0437.905.612
Customer contact   Ms Lies Vandenberghe, sales operations manager
Veldwerk contacts  Mr Joost de Graaf, account executive
                   Ms Fenna Bakker, implementation consultant and, after go-live, your
                   Customer Success Manager

1. PRODUCTS
Veldwerk Field Sales Cloud, Professional edition, for 35 named users (field reps and sales
managers): accounts and contacts, visit planning with route optimisation, visit reports, offline
order capture on iPad, 10 standard dashboards.
Veldwerk Connect for Exact Globe: orders, price lists and stock levels synchronised every 15
minutes.
Not included: changes in Exact Globe, iPads and mobile data, reports beyond the 10 standard
dashboards, integrations with other systems.

2. FEES (EUR, excl. VAT)
Subscription            35 users x 62,00 per user per month            2.170,00 / month
Veldwerk Connect        Exact Globe connector                           190,00 / month
Implementation package  one-off: 2 configuration workshops, data
                        import, connector set-up, training              8.400,00
Total for the Initial Subscription Term (8.400,00 + 24 x 2.360,00)     65.040,00
Extra users are added at the same price per user, pro rata temporis.
Work outside the implementation package is charged at EUR 135,00 per hour, only on the basis of a
written estimate that the Customer approves before the work starts.

3. INVOICING AND PAYMENT
Implementation package: 50 % on signature, 50 % on the Go-Live Date.
Subscription and connector: yearly in advance from the Go-Live Date.
Payment term: 21 days net from the invoice date.
Veldwerk may change the subscription fees with effect from the start of a renewal term by giving
the Customer at least 30 days' written notice.

4. IMPLEMENTATION
Kick-off             week of 11 January 2027
Workshops            13 and 20 January 2027 in Roeselare
Customer delivers    Exact Globe API access and a test administration by 15 January 2027;
                     accounts, contacts and three years of visit history (up to 6.000
                     accounts) in Veldwerk's Excel template by 29 January 2027
Data import          Veldwerk imports the data into the test environment; the Customer checks
                     a sample of 50 accounts and approves the import in writing
Acceptance           the Customer has 10 working days to test the configured environment
                     against the workshop report and reports non-conformities in writing;
                     Veldwerk corrects them before go-live
Go-Live Date         planned 1 March 2027
Training             two half-day classroom sessions for the reps in Roeselare (in Dutch) and
                     one admin training for the Customer's two key users; online academy
If the Customer's data or access arrive late, the Go-Live Date moves accordingly. Subscription
fees nevertheless start on the Go-Live Date or on 1 April 2027, whichever comes first.
The Customer appoints Ms Vandenberghe as project owner and makes the reps available for the
training sessions.

5. TERM
Initial Subscription Term: twenty-four (24) months from the Go-Live Date.
Renewal: automatically for periods of 12 months, unless either party terminates in writing at
least two (2) months before the end of the current term.
Either party may terminate for a material breach not remedied within 30 days of written notice.
Data: the Customer can export all its data at any time as CSV or Excel files or through the API.
For 30 days after the end of the subscription the Customer keeps read-only access to export its
data; Veldwerk then deletes it.

6. SERVICE LEVELS
Annex 1 (Service Level Agreement) forms part of this Order Form.

7. DATA PROTECTION, CONFIDENTIALITY AND IP
Veldwerk processes personal data (contacts at the Customer's clients, the reps' locations during
visits) as processor under the data processing agreement in Annex 2. Data is hosted in Microsoft
Azure West Europe (Amsterdam). Both parties keep the other's non-public information confidential
during the subscription and for three years after. Veldwerk retains all rights in the software;
the Customer receives a non-exclusive, non-transferable right of use during the subscription and
owns its data.

8. LIABILITY
Veldwerk's total liability is limited to the subscription fees paid in the three (3) months
before the event giving rise to the claim. Veldwerk is not liable for indirect damage, lost
orders, or loss or corruption of data.

9. TERMS
The Veldwerk General Terms of Service (version 2026-01, attached) apply. In case of conflict the
General Terms prevail over this Order Form and its annexes. Dutch law applies; disputes are
submitted to the District Court of Midden-Nederland, location Utrecht.

Signed electronically via Validsign:
Veldwerk Software B.V.: Maarten Kok, CEO - 10/12/2026
Sanitec Van Hecke NV: Dirk Van Hecke, managing director - 11/12/2026

ANNEX 1 - SERVICE LEVEL AGREEMENT

1. Availability
The Field Sales Cloud (web application and sync service) is available 99,7 % of the time per
calendar month. Planned maintenance is excluded if announced 5 working days in advance and done
on Sundays between 01:00 and 05:00 CET, with a maximum of 4 hours per month. The iPad app keeps
working offline during an interruption.

2. Support
Service desk Monday to Friday 08:30-17:30 CET, except Dutch and Belgian public holidays, via
support.veldwerk.nl, support@veldwerk.nl or +31 30 799 41 20, in Dutch and English. Tickets are
logged by the Customer's two named key users.

3. Priorities
Priority       Definition                                   Response     Resolution/workaround
1 - Critical   no user can log in or orders do not sync     60 minutes   8 business hours
2 - High       a key function fails for several users       4 business   3 business days
                                                            hours
3 - Normal     other incidents and questions                2 business   next release
                                                            days

4. Service credits
Monthly availability 99,0 % to 99,7 %: 5 % of the monthly fee; 98,0 % to 99,0 %: 10 %; below
98,0 %: 20 %. Credits are set off against the next invoice on the Customer's request made within
30 days after the month concerned.

5. Updates
Veldwerk releases updates every four weeks, included in the subscription, with release notes one
week in advance. Critical security patches are applied within 72 hours. iPad app updates are
distributed through the App Store.

6. Reporting and reviews
An availability and ticket report is published in the portal every month. The Customer Success
Manager holds a service review with the Customer every quarter. Escalation: service desk,
Customer Success Manager, Head of Customer Success (Ms Sanne Visser).
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
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
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.quality": "missing",
        "reporting.progress": "covered",
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
        "maintenance.service_credits": "covered",
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
        "payment_term_days": 21,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.7,
    },
)

EN_T19S_PHARMACY_ROBOT_INTERFACE_SUPPORT = UnseenDocument(
    name="en_t19s_pharmacy_robot_interface_support",
    text="""SOFTWARE SUPPORT AGREEMENT
Interface "RxBridge" between HiX and the BD Rowa Vmax pharmacy robot
Agreement no. ILQ-SUP-2026-044

PARTIES
1. Stichting Maasdal Ziekenhuis, Tegelseweg 210, 5912 BL Venlo, the Netherlands, Chamber of
   Commerce no. 41064221, represented by Ms A.M. (Anouk) Hendriks, member of the Board of
   Directors (the "Hospital");
2. Interlinq BV, Kempische Steenweg 293, 3500 Hasselt, Belgium, enterprise no. BE 0644.210.973,
   represented by Mr Stijn Claes, managing director ("Interlinq").

BACKGROUND
Interlinq built RxBridge under project agreement ILQ-PRJ-2025-012. RxBridge passes dispensing
orders from the HiX electronic health record to the pharmacy robot and stock and delivery
messages back to HiX. It went live on 6 October 2026; the project warranty ends on
31 December 2026. This Agreement covers support from that date.

Article 1 - Contract documents
1.1 Annexes: Annex 1 - Interlinq's support offer ILQ-OF-2026-310 of 2 November 2026; Annex 2 -
processor agreement; Annex 3 - interface documentation, configuration register and runbook.
1.2 The Hospital's General Purchasing Conditions for IT (version 2024) apply. In case of conflict
the order is: this Agreement, Annex 2, the Purchasing Conditions, Annex 1. Interlinq's general
terms do not apply.

Article 2 - Services
2.1 Corrective maintenance: handling incidents and fixing defects in RxBridge.
2.2 Adaptive maintenance: adapting RxBridge to new versions of HiX, of the robot software and of
the Windows Server platform on which it runs.
2.3 Monitoring: Interlinq monitors the message queues remotely and is alerted when a message has
been waiting for more than 10 minutes.
2.4 Security: Interlinq updates the libraries and .NET runtime of RxBridge at least twice a year
and applies critical security fixes within 5 working days of their publication.
2.5 Not included: the robot and its software (maintained by BD Rowa under the Hospital's own
contract), HiX itself, the Hospital's servers, network, back-ups and VPN, and new functionality
(Article 5).

Article 3 - Support hours and service levels
3.1 Service desk on working days from 8:00 to 17:00 (Dutch public holidays excluded) through the
Hospital's TOPdesk or by telephone. For priority 1 incidents an on-call line is available 24/7:
+32 11 39 77 00, option 9.
3.2 Priorities:
  Priority 1 - the robot receives no dispensing orders from HiX, or stock messages are not
  processed: response within 30 minutes, 24/7; workaround or repair within 4 hours.
  Priority 2 - partial disruption (delays of more than 15 minutes, orders of one ward failing):
  response within 2 office hours; repair within 2 working days.
  Priority 3 - other: response the next working day; solution in the next planned release.
3.3 "Response" means that an Interlinq engineer has started work on the incident and has
contacted the Hospital's service desk.
3.4 For each priority 1 incident in which the response time or the repair time is exceeded, the
Hospital receives a credit of 10 % of the quarterly fee, up to 30 % per quarter.
3.5 RxBridge runs on the Hospital's infrastructure; Interlinq therefore does not commit to an
availability percentage.

Article 4 - Fees and payment
4.1 Support fee: EUR 7.350,00 per quarter (EUR 29.400,00 per year) excl. VAT, invoiced at the
start of each calendar quarter. On-call interventions for priority 1 are included.
4.2 One-off intake (transfer from the project team to the support team, set-up of monitoring):
EUR 1.850,00, invoiced in January 2027.
4.3 Work outside Article 2 is charged at EUR 118,00 per hour.
4.4 The fee and the hourly rate are indexed on 1 January of each year by the CBS index of
collectively agreed hourly wages for the information and communication sector, with a maximum
of 3 %. Interlinq announces the new prices at least two months before 1 January.
4.5 Invoices state the Hospital's order number 4500187723 and are paid within 60 days of receipt.

Article 5 - Changes, acceptance and warranty
5.1 New functionality is requested by the Hospital's application manager. Interlinq sends a
written quote (hours, price, planning) within 10 working days; work starts only after a written
order of the Hospital.
5.2 Every change is first installed in the acceptance environment (HiX acceptance and the robot
in test mode). The hospital pharmacy tests it within 10 working days and signs it off before
Interlinq installs it in production, in a window agreed with the pharmacy (06:00-07:30 or after
20:00).
5.3 For three months after a change goes into production, Interlinq corrects defects in that
change free of charge.

Article 6 - Team and quality
6.1 Interlinq's contact person is Ms Lotte Jacobs, service manager. Support is provided by
Mr Pieter Wouters (lead engineer, nine years of HL7 v2 integration experience) and
Mr Arne Vos (integration engineer).
6.2 Interlinq keeps at least two engineers trained on RxBridge available. If one of them leaves
the team, Interlinq informs the Hospital at least one month in advance and ensures a documented
handover to a replacement with comparable experience, at no cost to the Hospital.
6.3 Every change is reviewed by a second engineer, and a regression test set of 140 HL7 and
WWKS2 message scenarios is run before each release. Interlinq works under an ISO 27001 and
NEN 7510 certified information security management system.
6.4 Interlinq keeps Annex 3 up to date and sends the updated version to the Hospital after each
change.

Article 7 - Reporting and consultation
7.1 Within 15 working days after the end of each quarter Interlinq sends a service report:
incidents per priority, response and repair times achieved, changes delivered, hours spent and
announced HiX or robot upgrades.
7.2 Each quarter the hospital pharmacist (Mr Ruud Janssen), the application manager and
Interlinq's service manager hold a service meeting. Escalation: Interlinq's service manager and
the Hospital's ICT manager; then Interlinq's managing director and the Hospital's director of
care support.

Article 8 - Obligations of the Hospital
The Hospital provides secure remote access (VPN with multi-factor authentication) for the named
Interlinq engineers, maintains the servers, back-ups and operating system patches, announces
planned HiX and robot upgrades at least six weeks in advance with access to the test
environments, and reports incidents through its service desk with the error details.

Article 9 - Term, termination and continuity
9.1 This Agreement runs from 1 January 2027 up to and including 31 December 2029 and then ends
without notice being required. An extension requires a written agreement of both parties.
9.2 The Hospital may terminate this Agreement early, for instance when the robot is replaced, by
registered letter with four (4) months' notice to the end of a calendar quarter.
9.3 Either party may terminate with immediate effect if the other party fails to remedy a
serious breach within 30 days of a notice of default, or is declared bankrupt.
9.4 At the end of the Agreement Interlinq provides the Hospital or its new supplier with up to
5 working days of handover at the hourly rate of Article 4.3 and an up-to-date Annex 3. Interlinq
then removes its remote access and deletes any copies of Hospital data (logs, test messages)
within 30 days, confirming this in writing.
9.5 The complete source code of RxBridge, with build instructions, is kept in the Hospital's own
GitLab repository and updated with every release, so that the Hospital or a third party can
continue maintenance if Interlinq stops supporting RxBridge.

Article 10 - Intellectual property
Interlinq keeps the intellectual property rights in RxBridge. The Hospital has a perpetual,
non-exclusive licence to use, modify and have modified the source code for its own purposes.

Article 11 - Liability
Interlinq's liability is limited to EUR 500.000,00 per event and EUR 1.000.000,00 per year.
Indirect damage is excluded, except in case of intent or deliberate recklessness of Interlinq's
management.

Article 12 - Confidentiality and personal data
12.1 Both parties keep confidential all information they receive from each other; Interlinq
imposes the same obligation on its staff.
12.2 RxBridge processes patient medication orders (patient number, ward, medication), which are
health data. Interlinq acts as processor under Annex 2. Data remains on the Hospital's systems in
the Netherlands; remote access is logged; data breaches are reported within 24 hours.

Article 13 - Disputes and governing law
Disputes are first discussed in the service meeting and then between the managing director of
Interlinq and the Hospital's director of care support within four weeks. If that fails, the
parties first try mediation before a dispute is brought before the District Court of Limburg
(Roermond). Dutch law applies.

Signed in duplicate.

Stichting Maasdal Ziekenhuis               Interlinq BV
(signed)                                   (signed)
A.M. Hendriks                              Stijn Claes
Member of the Board of Directors           Managing director
Venlo, 11 December 2026                    Hasselt, 9 December 2026
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
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
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
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "notice_period_days": 120,
        "payment_term_days": 60,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 0.5,
    },
)

EN_T19S_CHARITY_M365_CLEANUP_PROPOSAL = UnseenDocument(
    name="en_t19s_charity_m365_cleanup_proposal",
    text="""From:    Jeroen Wouters <jeroen@woutersit.be>
To:      Hannah O'Brien <hannah@bridgesforrefugees.be>
Cc:      Marc Dubois <marc.dubois@bridgesforrefugees.be>
Date:    Thu, 3 Dec 2026 16:42
Subject: Proposal - Microsoft 365 clean-up for Bridges for Refugees

Hi Hannah,

Thanks for showing me around on Tuesday. As promised, here's my proposal for cleaning up your
Microsoft 365 tenant. Everything is in this mail, so no PDF to dig through.

What I saw
- 187 user accounts, but only around 60 active staff and volunteers; about 40 accounts of people
  who left between 2023 and 2025 still have a paid licence.
- A mix of Business Standard licences and nonprofit grant licences; you pay your reseller about
  EUR 1.240 a month.
- 94 Teams, many of them empty or duplicates, and lots of files shared with "anyone with the
  link".
- No MFA for most users, and three global admins that are personal accounts of former staff.

What I'll do
1. Inventory and plan (1 day): list of accounts, licences, Teams and sharing links, which we go
   through together.
2. Accounts and licences (2 days): save the mailbox and OneDrive of each leaver to an archive
   site (kept 2 years, as you asked), then remove the accounts; move staff to Business Premium
   under the nonprofit grant and volunteers to Business Basic.
3. Security (2 days): MFA for everyone with the Authenticator app, conditional access (block
   old protocols and sign-ins from outside the EU, except for named travelling staff), two
   break-glass admin accounts, global admins reduced to two.
4. Teams and SharePoint (2,5 days): archive or delete empty Teams once their owners confirm, a
   new structure with one team per programme (Housing, Language Café, Legal Desk, Fundraising),
   and no more anonymous links.
5. Handover (0,5 day): a short admin handbook (who has which role, licence overview, how to
   onboard and offboard a volunteer), a one-hour handover with you, and a 45-minute lunch session
   for all staff on MFA and where to find their files.
Not included: the files on the old Synology NAS, laptops and phones (Intune), the Salesforce
donor database and the website.

Planning
I start on Monday 11 January 2027 and finish by Friday 5 February 2027: on site on Tuesdays and
Thursdays, remote the rest of the time. The licence switch and MFA enforcement happen on
Saturday 23 January, so nobody gets locked out on a working day; I'm on call that weekend.
Every Friday you get a short e-mail from me: what's done, what's next, what I need from you.

What I need from you
- Global admin access for my account by 8 January.
- The list of current staff and volunteers with their role (Excel is fine) by 8 January.
- One owner per programme who confirms which Teams can go, within a week of my asking.
- Someone to send the announcement mails to staff (I'll draft them).

Price
8 days at our charity rate of EUR 560 per day (normally EUR 690) = EUR 4.480 excl. VAT, fixed.
If there turns out to be more than I've seen (say, a second tenant nobody told me about), I'll
tell you first and we agree in writing on any extra days before I start them, at the same rate.
Invoicing: 50 % (EUR 2.240) when we start, 50 % after sign-off, payable within 14 days.
The licences aren't billed by me, but I expect your monthly bill to drop to around EUR 380.

Sign-off and afterwards
At the end we walk through the list above together. You confirm by e-mail that it's all OK, or
tell me what isn't; if I hear nothing within one week, I take it as approved. For 30 days after
sign-off I fix for free anything I configured that doesn't work as agreed.
After that I'm happy to help ad hoc at EUR 75 per hour, billed per half hour, by phone
(0477 21 38 90) or e-mail, working days 9:00-17:30. As I work on my own I can't promise fixed
response times, but I do my best to answer urgent questions the same working day. I keep a copy
of your handbook and my notes on your tenant, so I never start from zero.
If I'm ill or unavailable for more than three days during the project, my colleague Ann Claes
(also Microsoft 365 certified; we back each other up) takes over at the same price after I've
briefed her.

About me: 14 years in IT, the last 8 mostly Microsoft 365 for small businesses and non-profits,
certified Microsoft 365 Administrator Expert (MS-102).

Privacy
I'll be able to see sensitive data about the people you support. I'll sign your data processing
agreement before I start, and I keep everything I see confidential, also after the project. I
only work from my own company laptop with disk encryption and MFA.

If you're happy with this, just reply "OK" to this mail and I'll block the dates. Marc, I
understood you're the one to confirm as director.

Cheers,
Jeroen

Jeroen Wouters
Wouters IT Services - Mechelen - BE 0712.448.931 - www.woutersit.be
""",
    items={
        "agreement.general_terms": "missing",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "missing",
        "reporting.progress": "covered",
        "rollout.deployment": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "missing",
        "exit.termination": "missing",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "payment_term_days": 14,
        "warranty_days": 30,
    },
)

DOCUMENTS = [
    EN_T19S_RETAIL_DATA_PLATFORM_MSA,
    EN_T19S_FIELD_SALES_CRM_ORDER_FORM,
    EN_T19S_PHARMACY_ROBOT_INTERFACE_SUPPORT,
    EN_T19S_CHARITY_M365_CLEANUP_PROPOSAL,
]
