"""Training batch 15 (en, writer m): (1) an SLA schedule (Schedule 3) to a platform hosting
agreement for a Shopware webshop, by a Dutch e-commerce hosting provider for a Belgian homeware
retailer, signed by both; (2) a formal licence and maintenance agreement with numbered articles
for on-premise sample-scheduling software, by a Belgian software house for a Dutch food testing
laboratory; (3) an engagement letter by a Mechelen consultancy for an ISO/IEC 27001 readiness
project at an Antwerp logistics software company, signed by the consultancy only, with an empty
client signature line; (4) an order form for a speech-analytics SaaS for a Belgian contact centre,
by a Dutch supplier whose master subscription terms prevail, signed electronically by both.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser.

Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an empty
client signature line raises risk.unsigned; a negation, disclaimer, bare cross-reference,
placeholder or best-efforts wording is "partial"; items and risks whose reading is ambiguous are
left out.
"""

from .unseen_documents import UnseenDocument

EN_T15M_ECOMMERCE_HOSTING_SLA_SCHEDULE = UnseenDocument(
    name="en_t15m_ecommerce_hosting_sla_schedule",
    text="""SCHEDULE 3 - SERVICE LEVEL AGREEMENT
to the Platform Hosting Agreement HCH-2025-044 of 14 March 2025 between Havenkade Commerce
Hosting B.V., Waalhaven Zuidzijde 19, 3089 JH Rotterdam, KvK 64120387 ("Havenkade") and
Verhulst Wonen NV, Gentsesteenweg 212, 8500 Kortrijk, BE 0462.318.754 ("the Customer")
Version 2.0 - applicable from 1 January 2027

1. Status of this Schedule
1.1 This Schedule replaces version 1.3 of Schedule 3 and forms part of the Platform Hosting
Agreement (the "Agreement"). The NLdigital Terms 2020 apply as stated in article 2 of the
Agreement. In case of conflict, this Schedule prevails over the NLdigital Terms and over the
main body of the Agreement on all matters concerning service levels and service credits.
1.2 In this Schedule:
"Platform": the production environment of the Customer's webshops www.verhulstwonen.be and
www.verhulstwonen.nl (Shopware 6.5, MySQL cluster, Elasticsearch, Redis and CDN), hosted by
Havenkade in its data centres in Rotterdam and Amsterdam;
"Business Hours": Monday to Friday 8:00-18:00 CET, Dutch and Belgian public holidays excluded;
"Response Time": the time between the reporting of an incident by the Customer (or its detection
by Havenkade's monitoring) and the moment an engineer has started working on it and has informed
the Customer;
"Restore Time": the time until the Platform works again, if necessary by means of a workaround.

2. Services and scope
2.1 The monthly platform fee set out in Schedule 2 includes:
  a) managed hosting of the production, staging and acceptance environments;
  b) 24/7 monitoring of the Platform, including a synthetic checkout transaction every 5 minutes;
  c) management of the operating system, web server, PHP, database, Elasticsearch and Redis;
  d) daily back-ups kept for 30 days and hourly database snapshots kept for 48 hours, with a
     restore test every quarter;
  e) incident management 24/7 for Priority 1 and 2, and during Business Hours for Priority 3
     and 4;
  f) up to 6 hours per month of service requests (DNS and certificate changes, cron jobs, cache
     and CDN configuration). Unused hours are not carried over to the next month.
2.2 Not included: development of or changes to the Shopware theme and plug-ins (which remain
the responsibility of the Customer's web agency), licences for plug-ins, more than one restore
per month of data lost through actions of the Customer or its agency, performance tuning of
custom code, and load tests.
2.3 Work outside article 2.1 is carried out only on the basis of a written quote approved by
the Customer's e-commerce manager. It is invoiced with the next monthly invoice at EUR 118,00
per hour during Business Hours and EUR 177,00 per hour outside Business Hours. These rates are
indexed on 1 January of each year in line with the CBS index of collectively agreed wages.

3. Updates, changes and maintenance
3.1 Havenkade installs security patches for the operating system, web server, PHP and database:
critical patches (CVSS 9.0 or higher) within 48 hours of their release, other patches in the
next maintenance window. Havenkade keeps PHP, MySQL and Elasticsearch on versions supported by
Shopware and by their vendors. Upgrades of Shopware itself are done by the Customer's agency;
Havenkade provides a fresh copy of production on staging for testing them.
3.2 Every change by Havenkade to the Platform is first applied to the staging environment and
tested, including an automated checkout test, before it is applied to production. Havenkade
works under an ISO/IEC 27001-certified information security management system.
3.3 Planned maintenance takes place on Tuesday or Thursday between 00:00 and 05:00 CET and is
announced at least 5 working days in advance, with a maximum of 4 hours per month. No planned
maintenance takes place between 15 November and 31 December, nor during the sales periods the
Customer has notified under article 6.

4. Support and incident handling
4.1 Service desk: portal support.havenkade.nl and e-mail servicedesk@havenkade.nl during Business
Hours. Priority 1 and 2 incidents are reported 24/7 by telephone on +31 10 744 20 90.
4.2 Priorities and service levels:
  Priority  Description                                         Response     Restore
  P1        Webshop unavailable, or checkout or payment         15 minutes   2 hours
            impossible for all visitors                         (24/7)       (24/7)
  P2        Serious degradation: pages slower than 4 seconds    30 minutes   6 hours
            for more than 10 % of requests, search down, or     (24/7)       (24/7)
            one of the two country shops unavailable
  P3        Limited impact: staging down, slow back office      4 Business   3 business
                                                                Hours        days
  P4        Questions and service requests                      1 business   as agreed
                                                                day
4.3 Incidents and service requests are handled by engineers who are Shopware Certified
Developers or Administrators and have at least three years' experience managing e-commerce
platforms.

5. Availability and service credits
5.1 Havenkade guarantees an availability of the Platform of 99,9 % per calendar month.
Availability is measured by Havenkade's external monitoring, which checks the home page, a
product page and the checkout from Frankfurt and London every minute. Planned maintenance under
article 3.3 and unavailability caused by the Customer, its agency, plug-ins not on the supported
list (Appendix 3A) or the Customer's payment service provider do not count as unavailability.
5.2 If the availability in a month is lower than guaranteed, the Customer receives a service
credit on the monthly platform fee:
  availability 99,5 % to less than 99,9 %       5 %
  availability 99,0 % to less than 99,5 %      10 %
  availability 98,0 % to less than 99,0 %      20 %
  availability below 98,0 %                    30 %
In addition, the Customer receives a credit of 5 % for each P1 incident whose Restore Time
exceeds 4 hours. Total service credits are capped at 40 % of the monthly platform fee and are
deducted automatically from the next invoice.
5.3 If the availability is below 99,0 % in three consecutive months, or below 97,0 % in any
single month, the Customer may terminate the Agreement by registered letter with 30 days'
notice, without owing any fees for the remaining term.
5.4 Service credits do not affect the Customer's right to claim damages under article 11 of the
Agreement.

6. Responsibilities of the Customer
The Customer:
  a) names two authorised contacts who may report P1 incidents (at present Ms Lotte Verhulst,
     e-commerce manager, and Mr Bram Desmet, IT coordinator) and keeps this list up to date in
     the portal;
  b) informs Havenkade at least 10 working days in advance of campaigns, TV spots or sales
     periods that are expected to more than double normal traffic, so that Havenkade can scale
     capacity;
  c) ensures that its agency tests every release on staging before it goes to production, and
     only uses plug-ins on the supported list;
  d) reports incidents through the portal or by telephone with the information the portal asks.

7. Service management
7.1 Havenkade's service manager for the Customer is Mr Joost Kuipers (joost.kuipers@havenkade.nl,
+31 10 744 20 15). Havenkade keeps a runbook of the Customer's Platform (architecture,
configuration, contacts, known issues and the agency's release procedure), which every on-call
engineer uses.
7.2 By the 10th working day of each month, Havenkade sends a service report with the measured
availability, the incidents per priority with their Response and Restore Times, the service
credits due, capacity use (CPU, storage, bandwidth), the patches applied and its recommendations.
7.3 The service manager and the Customer's e-commerce manager hold a service review every
quarter. Every September a capacity meeting prepares the peak season.
7.4 Escalation: (1) the service manager; (2) Ms Femke de Wit, Head of Operations; (3) the CEO of
Havenkade. P1 incidents are escalated to level 2 automatically after one hour.
7.5 Disagreements on measurements or service credits are first discussed in the quarterly
service review and, if not settled there, between the CEOs of both parties within 15 working
days, before either party starts proceedings under article 14 of the Agreement.

8. Personal data
Havenkade processes the personal data of the webshop's customers as processor under the data
processing agreement in Schedule 5. All data, including back-ups, is stored in the Netherlands.
Havenkade notifies the Customer of a personal data breach within 24 hours of discovering it.

9. Term of this Schedule
This Schedule applies for the term of the Agreement. Havenkade may propose changes to this
Schedule once a year; a change only applies after the Customer has accepted it in writing.

Agreed as Schedule 3 to the Agreement, Rotterdam / Kortrijk, 27 November 2026.

For Havenkade Commerce Hosting B.V.        For Verhulst Wonen NV
(signed)                                   (signed)
Marco Huisman, CEO                         Lotte Verhulst, e-commerce manager
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.project_cost": "missing",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "partial",
        "budget.rates": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
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
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.open_ended_cost": False,
        "risk.unsigned": False,
    },
    figures={
        "response_time_hours_highest_priority": 0.25,
        "availability_percent": 99.9,
    },
)

EN_T15M_LAB_SAMPLE_SCHEDULING_LICENCE = UnseenDocument(
    name="en_t15m_lab_sample_scheduling_licence",
    text="""SOFTWARE LICENCE AND MAINTENANCE AGREEMENT
Samplr Scheduler 5 - Agreement no. LT-2026-031

BETWEEN
Labtiming BV, Gaston Geenslaan 11 bus B4, 3001 Heverlee (Leuven), Belgium, enterprise no.
BE 0689.447.215, represented by Mr Pieter-Jan Goossens, managing director ("Labtiming");
AND
Kwaliteitslab Oost B.V., Zutphenseweg 51, 7418 AH Deventer, the Netherlands, Chamber of
Commerce no. 08174526, represented by Ms Marloes Kampman, general manager ("the Licensee").

Article 1 - Contract documents
1.1 This Agreement consists of the present document and its annexes: Annex 1 - Labtiming's
offer LT-OF-2026-207 of 3 November 2026; Annex 2 - functional description, technical
requirements and acceptance criteria; Annex 3 - support procedure; Annex 4 - data processing
agreement.
1.2 In case of contradiction, the following order of precedence applies: the present document,
Annex 4, Annex 3, Annex 2, Annex 1. The general terms and conditions of Labtiming and the
purchasing conditions of the Licensee do not apply.

Article 2 - Subject and scope
2.1 Labtiming grants the Licensee a licence on Samplr Scheduler 5 (the "Software"), implements
the Software and provides maintenance and support. The Software contains the modules sample
intake planning, instrument capacity planning (up to 40 instruments), analyst rostering based on
competences, and one interface with the Licensee's LIMS (LabWare 8) as described in Annex 2.
2.2 Not included: server hardware, Windows Server and SQL Server licences (provided by the
Licensee), interfaces with other systems, the execution of the Licensee's own validation, and
customisation of the Software.

Article 3 - Prices and payment
3.1 Licence fee (one-off, perpetual, 30 named users): EUR 46.800,00.
3.2 Implementation at a fixed price of EUR 17.250,00, covering installation, configuration, the
LIMS interface, the data import of article 7.2 and the training of article 7.3.
3.3 Annual maintenance fee: 18 % of the licence fee, i.e. EUR 8.424,00 per year. The maintenance
fee is indexed on 1 January of each year according to the Agoria formula
P1 = P0 x (0,2 + 0,8 x S1/S0).
3.4 Daily rates: application consultant EUR 960,00; software engineer EUR 1.080,00. Additional
services outside Annex 2 are invoiced at these rates; their scope and timing are determined in
mutual consultation.
3.5 Invoicing: licence fee 40 % on signature and 60 % on acceptance; implementation fee on
acceptance; maintenance annually in advance, the first year from the date of acceptance. All
invoices are payable within 30 days of the invoice date. Late payment bears interest in
accordance with the Belgian Act of 2 August 2002.

Article 4 - Planning
4.1 Kick-off in the week of 11 January 2027; installation on the test environment by 5 February
2027; configuration and LIMS interface ready by 12 March 2027; acceptance tests from 15 to 26
March 2027; go-live on 6 April 2027.
4.2 The dates in article 4.1 are indicative target dates. Exceeding them does not entitle the
Licensee to damages, penalties or termination of the Agreement.

Article 5 - Obligations of the Licensee
The Licensee:
  a) makes available by 8 January 2027 a test and a production virtual machine meeting the
     requirements of Annex 2 (Windows Server 2022, SQL Server 2022 Standard, 16 GB RAM), with
     remote access for Labtiming via the Licensee's VPN;
  b) delivers the list of instruments, sample types and the analysts' competence matrix in
     Labtiming's template by 22 January 2027;
  c) provides a LabWare test environment and the cooperation of its LabWare administrator;
  d) makes five key users available for the acceptance tests of article 8.

Article 6 - Project organisation
Labtiming's project lead is Ms Hanne Wouters; the Licensee's project leader is Mr Ruud Hendriks,
QA manager. During the implementation both project leaders hold a project call every week.
Questions that they cannot resolve are submitted to the managing director of Labtiming and the
general manager of the Licensee.

Article 7 - Installation, data and training
7.1 Labtiming installs the Software remotely on the test and production machines and puts it
into production on the go-live date.
7.2 Labtiming imports the master data delivered under article 5 b) and the samples already
planned in the Licensee's current Excel schedules, and delivers an import report.
7.3 Labtiming trains five key users (two days on site in Deventer) and two application
administrators (one day), and delivers a user manual and an administrator manual in English.

Article 8 - Acceptance
The Licensee performs the acceptance tests of Annex 2 within 10 working days after Labtiming has
reported that the Software is ready. Deviations are classified as blocking or non-blocking. The
Software is accepted when no blocking deviations remain; non-blocking deviations are corrected
within 20 working days. If the Licensee does not report within the 10 working days, or uses the
Software in production, the Software is deemed accepted.

Article 9 - Quality and warranty
9.1 Labtiming develops the Software under its ISO 9001-certified quality management system;
every release passes an automated regression test suite. Labtiming delivers an IQ/OQ validation
package for the Licensee's GxP validation.
9.2 During 90 days after acceptance, Labtiming corrects free of charge every reproducible error
by which the Software does not conform to Annex 2. Errors caused by changes made by the
Licensee, by third-party software or by hardware are excluded.

Article 10 - Maintenance and support
10.1 Maintenance includes corrective maintenance, all new minor and major versions of the
Software, adaptation to new versions of Windows Server and SQL Server within six months of
their general release, and access to the service desk. Labtiming supports the current and the
previous major version; the Licensee installs a new major version within 12 months of its
release, with remote assistance from Labtiming included once a year.
10.2 The service desk is available on Belgian working days from 8:30 to 17:00 CET via the portal
helpdesk.labtiming.be and by telephone on +32 16 39 48 70.
10.3 Priorities:
  - Critical (the Software is unavailable for all users, or planning data is corrupted):
    Labtiming aims to respond within 4 business hours and uses reasonable efforts to provide a
    workaround within 2 business days;
  - Major (a module cannot be used): Labtiming aims to respond within 1 business day;
  - Minor: corrected in a next release.
10.4 The times in article 10.3 are targets. The obligations of Labtiming under this article are
obligations of means (inspanningsverbintenis).
10.5 Labtiming only connects to the Licensee's systems with the Licensee's permission for each
session; all sessions are logged.

Article 11 - Term and termination
11.1 The licence is perpetual, subject to article 11.3.
11.2 Maintenance starts on the date of acceptance for an initial period of 36 months. It is then
tacitly renewed for successive periods of 12 months, unless either party terminates it by
registered letter at least three months before the end of the current period.
11.3 Either party may terminate the Agreement with immediate effect by registered letter if the
other party commits a material breach that is not remedied within 30 days of a notice of
default, or in case of bankruptcy of the other party.
11.4 After the end of the maintenance the Licensee keeps the right to use the last version
installed. The Licensee's data is stored in its own SQL Server database. At the end of the
Agreement Labtiming delivers on request, free of charge and within 15 working days, a documented
export of all planning and sample data in CSV format.
11.5 At the Licensee's request, the parties will discuss a source code escrow arrangement with
an escrow agent; its costs would be borne by the Licensee.

Article 12 - Liability
Labtiming's total liability under this Agreement is limited to the licence fee of article 3.1.
Labtiming is not liable for indirect damage, including loss of production, loss of profit, lost
or spoiled samples and loss or corruption of data. The Licensee is responsible for the back-ups
of its database.

Article 13 - Intellectual property
Labtiming retains all intellectual property rights in the Software. The Licensee receives a
non-exclusive, non-transferable and perpetual licence to use the Software in object code for
its internal purposes at its Deventer site, for 30 named users. The source code is not
delivered.

Article 14 - Confidentiality
Each party keeps the confidential information of the other party secret during the Agreement and
for five years after its end, and only uses it for the performance of the Agreement.

Article 15 - Personal data
The Software processes the names, rosters and competences of the Licensee's analysts. Labtiming
only has access to these data during support sessions, and then acts as processor under Annex 4.

Article 16 - Governing law and jurisdiction
This Agreement is governed by Belgian law. The courts of Leuven have exclusive jurisdiction.

Done in Heverlee on 2 December 2026, in two originals, each party acknowledging receipt of one.

For Labtiming BV                           For Kwaliteitslab Oost B.V.
(signed)                                   (signed)
Pieter-Jan Goossens                        Marloes Kampman
Managing director                          General manager
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "partial",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "partial",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 4,
    },
)

EN_T15M_ISO27001_READINESS_ENGAGEMENT_LETTER = UnseenDocument(
    name="en_t15m_iso27001_readiness_engagement_letter",
    text="""VERITRUST ADVISORY BV
Schaliënhoevedreef 20T, 2800 Mechelen - BE 0745.612.908 - www.veritrust.be

Cargolytics NV
Attn. Ms Elke Vandenberghe, CEO
Noorderlaan 139
2030 Antwerpen

Mechelen, 30 November 2026
Our ref.: VT/ENG/2026-061

Engagement letter - ISO/IEC 27001:2022 readiness

Dear Elke,

Thank you for choosing Veritrust to guide Cargolytics towards ISO 27001 certification. This
letter sets out the terms of our engagement. Together with our proposal VT-P-2026-114 of
12 November 2026, which forms part of this engagement, and our General Terms of Engagement
(2025 edition, attached), it makes up our agreement. Where this letter and the General Terms
differ, this letter prevails.

1. Objective and scope
By 30 April 2027 Cargolytics has an information security management system (ISMS) that is ready
for the stage 1 audit by a certification body, for the scope "development, hosting and support
of the Cargolytics TMS platform" at your Antwerp office. Our work covers:
  a) a gap analysis against clauses 4 to 10 of ISO/IEC 27001:2022 and the 93 Annex A controls;
  b) a risk assessment methodology and a first risk assessment together with your team;
  c) the Statement of Applicability and the risk treatment plan;
  d) drafting the ISMS policies and procedures (about 20 documents), building on your existing
     Confluence pages;
  e) one internal audit and the preparation of the first management review;
  f) support during the stage 1 audit (one day).
Not included: the certification audit and the fees of the certification body, the technical
implementation of controls (for example configuring your AWS environment, MDM or logging), and
penetration tests.

2. Planning
  Phase 1 - kick-off and gap analysis: 11 to 29 January 2027 (6 days of interviews on site)
  Phase 2 - risk assessment and Statement of Applicability: February 2027
  Phase 3 - policies and procedures: March 2027
  Phase 4 - internal audit and management review: 6 to 23 April 2027
  Readiness report: 30 April 2027
If input from your side arrives late, we draw up a new planning together; the days budget stays
the same unless extra days are needed, which we then handle as set out in point 4. Interviews or
workshops cancelled less than two working days in advance are charged up to half a day.

3. Team and your contribution
Engagement lead: Ann Claes, PECB-certified ISO/IEC 27001 Lead Auditor and Lead Implementer,
14 years in information security, of which four at a certification body.
Consultant: Jonas Peeters, ISO/IEC 27001 Lead Implementer, five years of experience, who drafts
most of the documents.
Ann reviews every deliverable before it is sent to you. We will not replace Ann or Jonas without
your prior agreement, except in case of long-term illness or departure; we then propose a
replacement with an equivalent certification, and the days needed to hand over the file are not
charged to you.
Cargolytics appoints Mr Dieter Janssens, CTO, as ISMS owner and single point of contact. You make
the interviewees available on the dates fixed at the kick-off, send us the documents we ask for
within five working days, and your management team takes part in the risk assessment workshop
(half a day) and in the management review.

4. Fees and invoicing
Our fees are based on the time spent, at the following daily rates (8 hours, excl. VAT):
  Ann Claes       EUR 1.350,00
  Jonas Peeters   EUR 1.050,00
Travel within Belgium is included. These rates are fixed until 31 December 2027.
Our estimate is 8 days for Ann and 24 days for Jonas, i.e. EUR 36.000,00 excl. VAT. We will not
exceed this amount without your prior written approval: if we expect that more days are needed
(for instance because you extend the scope to your Rotterdam office), we send you a revised
estimate before doing the work.
At the end of each month we invoice the days performed, with a time sheet. Our invoices are
payable within 30 days of the invoice date.

5. Reporting and follow-up
Every Friday Jonas sends you a short e-mail update: work done, days used against the estimate,
and open requests to your team. Every four weeks Elke, Dieter and Ann meet for one hour to review
progress and take decisions. Any issue can be raised with Ann and, if needed, with our managing
partner Koen Maes.

6. Deliverables
All deliverables are delivered in English as editable Word and Excel files. You send us your
comments within 10 working days of receiving a deliverable; we process one round of comments,
after which the deliverable is considered accepted. The deliverables become the property of
Cargolytics upon payment; our own templates and methods remain ours, and you may use them as
included in the deliverables without restriction.
At the end of the engagement we hold a closing workshop of half a day in which we hand over the
ISMS documentation and the yearly ISMS calendar to Dieter and his team.

7. Nature of our commitment
Our engagement is an obligation of means (middelenverbintenis). The decision to certify is taken
by the certification body alone; we cannot guarantee that Cargolytics will obtain the
certificate.

8. Confidentiality and personal data
We keep all information we receive from Cargolytics confidential, during the engagement and for
five years after it; all our staff have signed a confidentiality undertaking. During the
assessment we will see limited personal data (names and roles, and possibly security incident
records); we process these as your processor under the data processing agreement in Annex 2.
At the end of the engagement we return the documents you gave us and delete our copies within
30 days, except our working papers, which we keep for five years.

9. Duration and termination
The engagement starts on 11 January 2027 and ends when the readiness report is delivered and the
stage 1 audit has taken place, at the latest on 31 July 2027. It is not renewed. Either party
may end the engagement at any time by written notice of 14 days; the days performed until then
are invoiced.

10. Liability
Our liability is limited to the total fees invoiced under this engagement; indirect damage is
excluded. This limitation does not apply in case of fraud or wilful misconduct.

11. Law and disputes
This engagement is governed by Belgian law. Any disagreement is first discussed between Koen
Maes and Elke Vandenberghe; if it is not resolved within 30 days, the courts of Antwerp,
division Mechelen, have exclusive jurisdiction.

If you agree with this letter, please sign it and return a copy to us; we will then confirm the
kick-off date.

Kind regards,

(signed)
Koen Maes
Managing partner, Veritrust Advisory BV

For agreement, for Cargolytics NV

Name: ..................................   Date: ....................

Signature: ..............................
""",
    items={
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "missing",
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
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "rollout.warranty": "missing",
        "maintenance.services": "missing",
        "maintenance.support_hours": "missing",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "missing",
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
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "notice_period_days": 14,
        "payment_term_days": 30,
    },
)

EN_T15M_SPEECH_ANALYTICS_ORDER_FORM = UnseenDocument(
    name="en_t15m_speech_analytics_order_form",
    text="""KLANKBORD ANALYTICS - ORDER FORM
Order Form no. KB-OF-2026-1147

Supplier:  Klankbord Analytics B.V., Catharijnesingel 53, 3511 GC Utrecht, the Netherlands,
           KvK 71234519 ("Klankbord")
Customer:  CallCare Benelux NV, Kempische Steenweg 293, 3500 Hasselt, Belgium,
           BE 0833.561.702 ("Customer")
Customer contacts: Mr Stijn Op de Beeck, Head of Quality (business);
                   Ms Nadia Boukhari, IT manager (technical)
Klankbord contacts: Mr Daan Vermeer, Account Executive;
                    Ms Lieke Smit, Customer Success Manager (onboarding and after go-live)
Effective Date: date of the last signature below

1. SUBSCRIPTION
Product: Klankbord Insights - Professional edition
  - automatic transcription of 100 % of inbound and outbound calls in Dutch, French and English;
  - automated quality scoring with up to 25 custom scorecards, sentiment and silence detection,
    keyword and topic tracking, complaint detection;
  - supervisor dashboards and agent self-coaching module;
  - integration with Customer's Genesys Cloud CX (recordings and metadata via API);
  - 150 named agent seats; unlimited supervisor and viewer accounts;
  - included audio volume: 180.000 minutes per month, pooled over the contract year;
  - retention of transcripts and analytics for 13 months. Klankbord does not keep audio for more
    than 30 days; the master recordings stay in Customer's Genesys environment.
Not included: integrations with other telephony or CRM systems, custom AI models, languages other
than Dutch, French and English, and retention beyond 13 months (available as an add-on).

2. FEES (EUR, excl. VAT)
  Subscription: EUR 39,00 per agent seat per month
                150 seats = EUR 5.850,00 per month, EUR 70.200,00 per contract year
  Additional audio minutes above the included volume: EUR 0,021 per minute, invoiced quarterly
  in arrears
  Additional seats: at the same price per seat, pro rata for the remainder of the term
  One-off onboarding fee: EUR 7.900,00 (tenant set-up, Genesys integration, configuration of up
  to 10 scorecards, historical import)
  Professional services outside this Order Form: EUR 1.150,00 per day, only on the basis of a
  statement of work signed by both parties
Invoicing: the onboarding fee on the Effective Date; subscription fees annually in advance from
the Go-Live Date. Invoices are payable within 30 days of the invoice date.
Klankbord may increase the fees at each renewal by notifying Customer at least 60 days before the
end of the current term.

3. ONBOARDING
Target go-live: 8 weeks after the Effective Date.
  Week 1     kick-off; Customer provides the Genesys API credentials
  Weeks 2-4  integration and configuration of the scorecards with Customer's quality team
  Week 5     import and analysis of up to 60.000 historical calls of the last 3 months, to set
             a baseline for the quality scores
  Weeks 6-7  pilot with two teams
  Week 8     go-live for all seats
The "Go-Live Date" is the date on which Klankbord confirms in writing that calls of all seats are
being processed.
Customer: (a) provides a Genesys Cloud OAuth client with the required scopes within 5 working
days of the kick-off; (b) appoints a project lead and three quality analysts for the scorecard
workshops (about two half-days a week during weeks 2 to 4); (c) ensures that callers and agents
are informed that calls are recorded and analysed, and that it has a legal basis for this.
Training: two live online train-the-trainer sessions of 3 hours for supervisors and quality
analysts; all users have access to the Klankbord Academy e-learning.

4. SUPPORT AND SERVICE LEVELS
Support: Monday to Friday 8:00-18:00 CET via the support portal and +31 30 799 41 00; Severity 1
incidents 24/7 by telephone.
  Severity 1 - platform unavailable, or no calls processed for more than 2 hours:
               response within 1 hour
  Severity 2 - a major function degraded: response within 4 business hours
  Severity 3 - other: response within 2 business days
Availability: 99,5 % per calendar month, excluding scheduled maintenance announced at least 72
hours in advance (at most 6 hours per month, outside 7:00-21:00 CET) and outages of Genesys Cloud.
Service credits, as a percentage of the monthly subscription fee: availability below 99,5 %: 5 %;
below 99,0 %: 10 %; below 98,0 %: 20 % (maximum). Customer must request credits within 30 days
after the end of the month. Service credits are Customer's sole remedy for availability
shortfalls.
Updates: Klankbord continuously improves the platform; new features of the Professional edition
are included in the subscription. Klankbord may modify or discontinue features, provided the
overall functionality of the edition is not materially reduced.
Reporting and reviews: a monthly report on minutes processed, seats used and availability is
available in the admin console. Ms Smit holds a business review with Customer every quarter.

5. TERM AND TERMINATION
Initial term: 24 months from the Go-Live Date. The subscription then renews automatically for
successive periods of 12 months, unless either party gives written notice of non-renewal at
least three (3) months before the end of the current term. The subscription cannot be terminated
for convenience during a term. Either party may terminate it for material breach that is not
cured within 30 days of written notice.

6. DATA
Customer owns its call data, transcripts and scores. Klankbord processes personal data (voice
recordings, transcripts, agent names) as processor under the data processing agreement in
Annex A, in Microsoft Azure West Europe (the Netherlands); the speech-engine sub-processor is
listed in Annex A. During 30 days after the end of the subscription Customer can export its
transcripts, scores and metadata in JSON or CSV via the API or the admin console; Klankbord then
deletes them within 30 days.

7. TERMS
This Order Form is governed by Klankbord's Master Subscription Terms v4.1 (klankbord.ai/terms),
which form part of it. In case of conflict between the Master Subscription Terms and this Order
Form, the Master Subscription Terms prevail unless this Order Form expressly deviates from a
specific section of them.
Liability: Klankbord's aggregate liability is limited to the fees paid by Customer in the 12
months preceding the claim; indirect and consequential damages are excluded.
Intellectual property: Klankbord retains all rights in the platform and its models; Customer
receives a non-exclusive right to use the platform during the term. Scorecards configured for
Customer and all outputs belong to Customer.
Confidentiality: as set out in section 9 of the Master Subscription Terms.
This Order Form is governed by Dutch law; the court of Midden-Nederland (Utrecht) has exclusive
jurisdiction.

Signed electronically (DocuSign envelope 7F3A-22C1)

For Klankbord Analytics B.V.               For CallCare Benelux NV
Maarten de Graaf, CEO                      Veerle Claesen, COO
03-12-2026                                 04-12-2026
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
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
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
        "risk.auto_renewal": True,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.5,
    },
)


DOCUMENTS = [
    EN_T15M_ECOMMERCE_HOSTING_SLA_SCHEDULE,
    EN_T15M_LAB_SAMPLE_SCHEDULING_LICENCE,
    EN_T15M_ISO27001_READINESS_ENGAGEMENT_LETTER,
    EN_T15M_SPEECH_ANALYTICS_ORDER_FORM,
]
