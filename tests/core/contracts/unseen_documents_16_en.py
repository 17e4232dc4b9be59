"""Held-out batch 16, English documents: a support and maintenance agreement with numbered
articles between a Mechelen ANPR supplier and the operator of long-stay car parks at Zaventem
airport (number-plate recognition and barrier control); an order form by a Dutch SaaS provider for
a machine-translation platform used by an Antwerp translation agency; a statement of work under a
master services agreement for the implementation of a research-grant management system at a
Flemish university by a Dutch implementer; and an informal e-mail quote by a Hasselt telecom
integrator for a cloud phone system for a group of three dental practices, to be accepted by
replying to the e-mail.

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches: months = 30 days for notice and warranty; response time of the highest priority
in hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an
empty client signature line raises risk.unsigned; partial = mentioned but vague, a bare
cross-reference without content, a placeholder, best-efforts only, or a negation/disclaimer.
"""

from .unseen_documents import UnseenDocument

EN_ANPR_CAR_PARK_SUPPORT_AGREEMENT = UnseenDocument(
    name="en_anpr_car_park_support_agreement",
    text="""PLATEVIEW SYSTEMS NV
Zandvoortstraat 27, 2800 Mechelen - VAT BE 0651.903.274 - RPR Antwerp, Mechelen division

SUPPORT AND MAINTENANCE AGREEMENT
Automatic number-plate recognition (ANPR) and barrier control - P-Long and P-Express car parks
Agreement no. PV-SMA-2027-014

BETWEEN
Plateview Systems NV, represented by Mr Pieter Wouters, CEO ("Plateview"),
AND
AeroPark Zaventem NV, Leuvensesteenweg 610, 1930 Zaventem, VAT BE 0478.220.915, represented by
Ms Sarah Lambrecht, Chief Operating Officer ("AeroPark").

Article 1 - Purpose and order of precedence
1.1 AeroPark operates two car parks for air passengers (P-Long, 2.150 spaces; P-Express, 640
    spaces). Plateview installed the ANPR system in 2024 under a separate supply contract. This
    Agreement covers the support and maintenance of that system from 1 February 2027.
1.2 The documents forming the Agreement are, in order of precedence: (1) this Agreement, (2) Annex
    A (inventory of the covered equipment and software), (3) Annex B (data processing agreement),
    (4) Plateview's General Terms and Conditions of 2025. In case of conflict the higher document
    prevails.

Article 2 - Covered system and services
2.1 Covered are: 22 ANPR cameras at the entry and exit lanes, 18 barrier controllers, 6 payment
    terminals (software only; the card payment modules remain under the contract with AeroPark's
    payment service provider), the on-premise recognition servers (2, in cluster), the
    PlateView Central management software and its interfaces with AeroPark's booking platform and
    with the bank's payment gateway.
2.2 The services comprise:
    a) 24/7 remote monitoring of cameras, servers and interfaces;
    b) corrective maintenance: diagnosis and repair of incidents, remote or on site, including the
       replacement of faulty cameras, controllers and server parts (parts included);
    c) preventive maintenance: two site visits a year (cleaning and re-alignment of cameras,
       check of IR illuminators, test of all lanes), with a visit report;
    d) software maintenance: new releases, patches and security fixes of PlateView Central and of
       the camera firmware, installed after testing on Plateview's reference set-up and in a
       maintenance window agreed with AeroPark;
    e) one refresher training a year (half day) for AeroPark's control-room staff, and training
       of new control-room staff on request within the yearly allowance of Article 2.3.
2.3 Not covered and charged separately: damage caused by vehicles, vandalism or lightning;
    civil works, cabling and barrier arms; new lanes or car parks; changes to the booking platform
    of AeroPark; more than 16 hours a year of training and configuration requests.

Article 3 - Support desk and service levels
3.1 The Plateview support desk can be reached 24 hours a day, 7 days a week, on +32 15 79 44 00
    for Priority 1 incidents, and on business days from 8:00 to 18:00 via the portal
    service.plateview.be or support@plateview.be for all other requests.
3.2 Priorities, response and resolution times:
    Priority 1 - an entry or exit lane blocked, or recognition failing for a whole car park:
                 response within 1 hour, on site within 3 hours if needed, resolution or
                 workaround within 6 hours, 24/7.
    Priority 2 - recognition rate below 95 % on a lane, one payment terminal down:
                 response within 4 hours, resolution within 2 business days.
    Priority 3 - other incidents and questions: response within 1 business day, resolution
                 within 10 business days.
    "Response" means a qualified technician has started the diagnosis and contacted the AeroPark
    control room. Times run from the call or from the monitoring alert, whichever is first.
3.3 Plateview guarantees an availability of the recognition service of 99,5 % per calendar month
    per car park, measured by PlateView Central. Planned maintenance within the agreed windows
    and outages of AeroPark's power supply or network are excluded.
3.4 If the availability falls below 99,5 % in a month, AeroPark is entitled to a credit of 10 %
    of the monthly fee for each started 0,5 % below the target, up to 50 % of the monthly fee. If
    a Priority 1 resolution time is exceeded, a further credit of EUR 250,00 applies per started
    hour of delay. Credits are deducted from the next invoice.
3.5 All technicians assigned to AeroPark are certified by the camera manufacturer and have at
    least three years of experience with PlateView Central.

Article 4 - AeroPark's obligations
4.1 AeroPark keeps the VPN access for Plateview's remote support active at all times, provides a
    contact in the control room 24/7, and reports incidents with the lane and time concerned.
4.2 AeroPark gives Plateview's technicians access to the lanes and the server room within one
    hour of their arrival and arranges for a lane to be closed safely where needed.
4.3 AeroPark informs Plateview at least 20 business days in advance of any change to its booking
    platform or network that may affect the interfaces.

Article 5 - Account management, reporting and meetings
5.1 Plateview's account manager for AeroPark is Mr Dries Van Roey (dries.vanroey@plateview.be,
    +32 15 79 44 12). Plateview keeps an up-to-date site file (lane plans, IP plan, configuration,
    interface descriptions, incident history) in its support system, so that every technician on
    call knows the AeroPark installation.
5.2 By the 7th business day of each month Plateview sends a service report: availability per car
    park, recognition rate per lane, incidents with response and resolution times, credits due,
    updates installed and recommendations.
5.3 The account manager and AeroPark's technical manager meet every quarter to review the
    reports. Escalation: account manager, then Plateview's service director, then the CEOs of
    both parties.
5.4 Plateview keeps the system documentation (as-built files, configuration backups, operating
    manuals) up to date and hands a full copy to AeroPark each year and at the end of the
    Agreement.

Article 6 - Fees and payment
6.1 Annual maintenance fee: EUR 58.800,00 excl. VAT, i.e. EUR 4.900,00 per month, invoiced
    quarterly in advance.
6.2 One-off take-over fee (inventory check, site file, re-certification of all cameras):
    EUR 3.650,00 excl. VAT, invoiced in February 2027.
6.3 Work not covered by Article 2 is charged at EUR 96,00 per hour (business days) or EUR 144,00
    per hour (nights, weekends, public holidays), plus parts at list price. Such work is carried
    out only after AeroPark has approved a written quote, except for urgent safety measures,
    which AeroPark's control room may order by telephone up to EUR 1.500,00 and which Plateview
    confirms by e-mail the same day.
6.4 The fees are indexed on 1 February of each year, from 2028, with the formula
    P = P0 x (0,2 + 0,8 x S/S0), where S is the Agoria reference labour cost index.
6.5 Invoices are payable within 30 days of the invoice date.

Article 7 - Term and termination
7.1 The Agreement runs for three years from 1 February 2027. It is then renewed tacitly for
    successive periods of one year, unless a party terminates it by registered letter at least
    six months before the end of the current period.
7.2 Either party may terminate the Agreement with immediate effect by registered letter if the
    other party fails to remedy a serious breach within 30 days of a written notice. AeroPark may
    also terminate in this way if the monthly availability falls below 98 % in three months of
    any twelve-month period.
7.3 At the end of the Agreement, for whatever reason, Plateview continues to provide the services
    at the then applicable fees for up to three months if AeroPark so requests, and cooperates in
    good faith with the new service provider, including a handover meeting and the transfer of
    the site file and configuration backups.
7.4 Within 30 days after the end, Plateview exports all transaction and access data held in
    PlateView Central (plates, times, lanes, payment references) in CSV format and hands it to
    AeroPark, and then deletes its own copies, which it confirms in writing.

Article 8 - Intellectual property
PlateView Central remains the property of Plateview. AeroPark holds a non-exclusive, non-
transferable right to use it for its car parks at Zaventem for as long as it has a valid support
agreement with Plateview or with a successor for the installed system; the right of use granted
under the 2024 supply contract remains unaffected. Reports and data belong to AeroPark.

Article 9 - Liability
Each party's liability is limited to direct damage, up to twice the annual maintenance fee per
calendar year. This limit does not apply to wilful misconduct, gross negligence, or bodily
injury. Neither party is liable for indirect damage such as loss of profit.

Article 10 - Confidentiality and data protection
10.1 The parties keep each other's confidential information secret during the Agreement and for
     five years after it ends.
10.2 The number plates, images and transaction data processed by the system are personal data of
     which AeroPark is the controller. Plateview processes them only as a processor under Annex
     B, exclusively within the EU, and keeps images no longer than the retention periods set by
     AeroPark (currently 30 days).

Article 11 - Applicable law and disputes
Belgian law applies. Any dispute is first submitted to the escalation of Article 5.3; if it is
not settled within 30 days, either party may bring it before the Dutch-speaking courts of
Brussels, which have exclusive jurisdiction.

Made in Zaventem on 18 December 2026, in two originals.

For Plateview Systems NV                        For AeroPark Zaventem NV
Pieter Wouters, CEO                              Sarah Lambrecht, COO
(signature)                                      (signature)
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
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
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
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.5,
    },
)

EN_MACHINE_TRANSLATION_SAAS_ORDER_FORM = UnseenDocument(
    name="en_machine_translation_saas_order_form",
    text="""LINGUAFLOW
Order Form - Linguaflow MT Studio
Order Form no. LF-OF-26-0913

Supplier:  Linguaflow B.V., Keizersgracht 411, 1016 EK Amsterdam, the Netherlands
           KvK 80214377 - VAT NL861652018B01
Customer:  Polyglot Language Services BV, Frankrijklei 92, 2000 Antwerp, Belgium
           VAT BE 0836.517.240
Customer contact:  Hanne Verbeeck, Operations Manager - hanne.verbeeck@polyglot-ls.be
Billing contact:   accounts@polyglot-ls.be

1. Subscription
   Plan:                 MT Studio - Business
   Subscription term:    12 months from the Start Date
   Start Date:           1 January 2027
   Included:             - 8 named project-manager seats and unlimited translator accounts
                         - 90 million characters of machine translation per subscription year
                         - 4 custom engines (language pairs EN>NL, NL>EN, EN>FR, FR>NL),
                           retrained up to twice a year on the Customer's data
                         - connectors for Trados Studio, memoQ and Phrase, and the REST API
                         - quality estimation scores per segment
                         - Standard Support (section 5)
   Not included:         human post-editing or review, other connectors, on-premise
                         deployment, engines for additional language pairs

2. Fees (EUR, excluding VAT)
   Annual subscription fee                                        16.920,00
   Onboarding package (one-off): tenant set-up, SSO configuration,
     import of translation memories and training of the 4 custom
     engines, two onboarding webinars                              2.750,00
   Additional characters above the yearly volume                  11,00 per million characters
   Additional custom engine (per language pair, per year)          2.400,00

3. Invoicing and payment
   The annual subscription fee and the onboarding package are invoiced on the Start Date.
   Additional characters are invoiced quarterly in arrears based on the usage shown in the
   Customer's dashboard; the Customer receives an e-mail alert when 80 % and 100 % of the yearly
   volume have been used. All invoices are payable within 30 days of the invoice date. Linguaflow
   may suspend access if an invoice remains unpaid 30 days after a written reminder.

4. Onboarding
   4.1 Linguaflow makes the tenant available within 5 business days of the Start Date and
       configures single sign-on with the Customer's Microsoft Entra ID.
   4.2 The Customer delivers, by 15 January 2027, its translation memories in TMX format (at
       least 150.000 segments per language pair) and its termbases in TBX format, cleaned of any
       content the Customer is not entitled to use for training. Linguaflow imports them and
       delivers the 4 custom engines within 20 business days of receiving complete data.
   4.3 Two live onboarding webinars (1,5 hours each) for the Customer's project managers and
       translators, recorded for later use.
   4.4 The Customer's Customer Success Manager is Mr Sem de Groot (sem.degroot@linguaflow.com).
       He is the Customer's fixed contact for onboarding, engine retraining and usage questions,
       and holds a Quarterly Business Review with the Customer (usage, engine quality scores,
       roadmap).

5. Standard Support and service levels
   5.1 Support via the help centre and support@linguaflow.com, Monday to Friday, 9:00 to 17:30
       CET, excluding Dutch public holidays.
   5.2 Linguaflow responds to Severity 1 issues (platform or API unavailable for all users)
       within 4 business hours, and to other issues within 2 business days.
   5.3 Linguaflow aims for an availability of the platform and the API of 99,5 % per month and
       will use commercially reasonable efforts to achieve it. Scheduled maintenance is announced
       at least 48 hours in advance and takes place outside 8:00-20:00 CET where possible.
       No service credits or refunds apply under this Order Form.
   5.4 New features, model improvements and security patches are released continuously at no
       extra charge. Linguaflow may modify or discontinue features of the platform, provided
       the core functionality of the plan is not materially reduced.

6. Renewal and termination
   This subscription renews automatically for successive periods of 12 months unless either
   party gives written notice of non-renewal at least 60 days before the end of the current term.
   Linguaflow may increase the fees for a renewal term by notifying the Customer at least 90 days
   before the renewal date. Either party may terminate the subscription if the other party
   materially breaches this Order Form or the Subscription Terms and does not cure the breach
   within 30 days of written notice. Fees paid are not refunded on termination, except on
   termination for Linguaflow's breach.

7. Customer Data
   7.1 The Customer retains all rights to the texts it uploads, its translation memories and
       termbases and to the machine translation output. Linguaflow retains all rights to the
       platform, its base models and the custom engines as software. Custom engines are used
       exclusively for the Customer and are never offered to other customers.
   7.2 Customer Data is treated as confidential, is not used to train Linguaflow's generic models,
       and is hosted in the EU (Microsoft Azure, West Europe region). Linguaflow processes personal
       data contained in Customer Data as a processor under the Data Processing Addendum at
       linguaflow.com/legal/dpa (version 3.1), which forms part of this Order Form.
   7.3 During the term and for 30 days after it ends, the Customer can export its translation
       memories (TMX), termbases (TBX) and job history (CSV) from the platform. After that period
       Linguaflow deletes all Customer Data within 60 days.

8. Terms
   This Order Form is governed by the Linguaflow Subscription Terms (version 4.2, available at
   linguaflow.com/legal/terms), which are incorporated by reference. In the event of any
   conflict between this Order Form and the Subscription Terms, the Subscription Terms prevail.
   Linguaflow's total liability under this Order Form is limited to the fees paid by the Customer
   in the 12 months preceding the claim; Linguaflow is not liable for indirect or consequential
   damage, loss of data, or the accuracy of machine translation output. This Order Form is
   governed by Dutch law and disputes are subject to the exclusive jurisdiction of the competent
   court in Amsterdam.

Signed on behalf of Linguaflow B.V.             Signed on behalf of Polyglot Language Services BV
Name:  Eva Kuipers                               Name:  Hanne Verbeeck
Title: Head of Sales, Benelux                    Title: Operations Manager
Date:  14 December 2026                          Date:  16 December 2026
Signature: /Eva Kuipers/ (e-signed)              Signature: /H. Verbeeck/ (e-signed)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
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
        "maintenance.availability": "partial",
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
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 4,
        "availability_percent": 99.5,
    },
)

EN_RESEARCH_GRANT_SYSTEM_SOW = UnseenDocument(
    name="en_research_grant_system_sow",
    text="""STATEMENT OF WORK No. 3
Implementation of GrantDesk for the Research Coordination Office

Under the Master Services Agreement between Scheldt University and Subsidia B.V. dated
3 March 2025 (the "MSA")

Client:    Scheldt University, Research Coordination Office, Prinsstraat 13, 2000 Antwerp
           (the "University"), represented by Prof. dr. Katrien Maes, Vice-Rector for Research
Supplier:  Subsidia B.V., Catharijnesingel 58, 3511 GM Utrecht, the Netherlands
           (the "Supplier"), represented by Mr Ruud Hoekstra, Managing Director
Reference: public procurement procedure SU/2026/RCO-07; Supplier's tender of 12 October 2026

1. Background and documents
1.1 The Research Coordination Office (RCO) manages some 2.300 active research grants (FWO,
    Horizon Europe, BOF/IOF, industry contracts) in spreadsheets, a 2009 Access database and the
    financial module of SAP. The University awarded contract SU/2026/RCO-07 to the Supplier for
    the implementation of the Supplier's GrantDesk platform (SaaS).
1.2 This SOW is governed by the MSA. The following documents apply, in this order of
    precedence: this SOW; the MSA; the tender specifications SU/2026/RCO-07; the Supplier's
    tender of 12 October 2026 (Annex 1). The Supplier's own general terms of sale do not apply.
1.3 The GrantDesk subscription (licences, hosting, support, service levels) is subject to a
    separate subscription order under the MSA and is not part of this SOW.

2. Scope
2.1 In scope:
    a) configuration of GrantDesk for the full grant lifecycle: funding opportunities,
       pre-award (proposal registration, internal approval workflow, budget builder),
       post-award (project set-up, budget follow-up, reporting deadlines, close-out);
    b) integration with SAP S/4HANA (cost centres, WBS elements, actual costs, nightly), with
       the University's identity provider (SAML) and with the research information system
       Pure (projects and outputs, one-way);
    c) migration of the active grants and of closed grants ending after 1 January 2020 from the
       Access database and the spreadsheets (approx. 4.100 grant records, 26.000 documents);
    d) 12 standard reports and 3 management dashboards as listed in Annex 2;
    e) testing, training, go-live and hypercare as described below.
2.2 Out of scope: changes to SAP itself, the migration of grants closed before 1 January 2020,
    integrations with funder portals, and translation of the user interface into French.

3. Deliverables and planning
    Phase                                      Deliverable                         Date
    1 Analysis and design                      Functional design (D1)              26/02/2027
    2 Configuration and integrations           Configured test environment (D2)    14/05/2027
    3 Migration (2 trial runs + final)         Migration report (D3)               11/06/2027
    4 User acceptance testing                  Signed acceptance report (D4)       02/07/2027
    5 Training and go-live                     Production go-live (D5)             06/09/2027
    6 Hypercare                                Hypercare closure report (D6)       18/10/2027
    Go-live is planned after the summer so as not to coincide with the FWO submission deadlines.

4. Acceptance
4.1 The Supplier performs system and integration tests before each test delivery and delivers
    the test results with D2 and D3. Every configuration change and integration script is
    reviewed by a second consultant before delivery.
4.2 The University performs user acceptance tests with its own test scenarios over 15 working
    days from delivery of D3. Findings are classified as blocking, major or minor. The
    University accepts D4 when no blocking or major findings remain open; minor findings are
    listed in the acceptance report with a date for their correction before go-live.
4.3 If the University has not reported findings or signed the acceptance report within 5
    working days after the test period, the Supplier sends a reminder; acceptance is never
    deemed to have been given without a signed report.

5. Roles and team
5.1 Supplier: project manager Ms Marloes Jansen (PRINCE2 Practitioner, 11 years of experience in
    higher-education projects); solution architect Mr Bart Claessens (at least 8 years of
    experience with GrantDesk); two functional consultants; one integration developer (SAP);
    one migration specialist. At least 60 % of the estimated days are performed by consultants
    with more than five years' experience.
5.2 University: project owner Dr Lies Van Gorp (head of the RCO); one key user per faculty (six
    in total), available two days a week during phases 1, 4 and 5; the ICT department for SAP
    and identity provider connections.
5.3 The Supplier will not replace the project manager or the solution architect without the
    University's prior written consent, except in case of illness or departure. Any replacement
    has at least equivalent experience, and the Supplier bears the cost of the handover and of
    at least five days of overlap.

6. University's contributions
6.1 The University provides: the Access database and spreadsheets, cleaned of duplicate
    records, by 19 March 2027; SAP test access and the interface specifications by 1 April 2027;
    test scenarios for UAT by 7 May 2027; meeting rooms and a training room for phase 5.
6.2 If a contribution is more than 10 working days late, the parties replan the affected phases
    in the steering committee; the additional days the Supplier demonstrably incurs are
    handled as a change request under section 9.

7. Governance and reporting
7.1 The project managers of both parties hold a weekly progress meeting. The Supplier sends a
    written status report every two weeks: progress per phase, days spent against budget,
    risks and issues, decisions needed.
7.2 A steering committee (the Vice-Rector for Research or her delegate, the head of the RCO, the
    University's ICT director, the Supplier's managing director and project manager) meets
    monthly and at every milestone. Disputes that the project managers cannot settle are
    escalated to the steering committee; only if the steering committee cannot resolve them
    within 20 working days may a party go to court.

8. Price and payment
8.1 The services in this SOW are performed for a fixed price of EUR 186.400,00 excl. VAT.
8.2 Invoicing: 20 % on acceptance of D1, 30 % on delivery of D2, 30 % on signature of D4, 20 %
    on D6. Invoices are payable within 30 days of receipt, as required by the law on public
    procurement.
8.3 If the Supplier fails to achieve go-live (D5) on the agreed date for reasons attributable to
    it, it owes a penalty of 0,5 % of the fixed price per calendar week of delay, capped at 5 %
    of the fixed price, without prejudice to the University's other rights.

9. Changes
Requests for changes to the scope are made in writing. The Supplier answers within 10 working
days with an impact analysis (days, cost, planning). A change is carried out only after the
project owner has signed the change request. Change requests are priced at the rates of the
MSA: EUR 1.180,00 per day (solution architect, project manager), EUR 980,00 per day (consultant,
developer), fixed for the duration of this SOW.

10. Data migration
The Supplier delivers a mapping document with D1, performs two trial migrations on the test
environment and a final migration during the go-live weekend. The Supplier reconciles the
number of records and the budget totals per grant between source and target and reports on it
in D3. The University validates a sample of 200 grant files before the final migration.

11. Training, go-live and hypercare
11.1 Train-the-trainer sessions for the six key users (3 days), and 4 sessions for the 40
     grant advisers and faculty finance staff; a user manual and an administrator manual in
     English; recorded video tutorials per process.
11.2 Go-live support: two consultants on site at the RCO during the first week after go-live.
11.3 Hypercare of 6 weeks after go-live: the Supplier responds to blocking incidents within 2
     working hours and resolves them, or provides a workaround, within 1 working day.
11.4 Warranty: the Supplier corrects free of charge any defect in its configuration, reports,
     integration scripts or migration that becomes apparent within 90 days after go-live.
11.5 At the end of hypercare the Supplier hands over the configuration documentation, the
     integration specifications and the migration scripts to the University's application
     management team in a handover session.

12. Intellectual property
The GrantDesk platform remains the property of the Supplier. The University receives full
ownership of the reports, dashboards, integration scripts and documentation developed
specifically under this SOW, and a perpetual licence to use the configuration.

13. Liability, confidentiality, personal data
13.1 The Supplier's liability under this SOW is governed by clause 11 of the MSA: capped at the
     fixed price of this SOW per event, with no cap for gross negligence, wilful misconduct or
     breaches of data protection law.
13.2 Clause 12 (confidentiality) of the MSA applies.
13.3 The grant files contain personal data of researchers and staff. The Supplier processes them
     as a processor under the data processing agreement annexed to the MSA. Migration test runs
     use pseudonymised copies; production data stays in the Supplier's EU data centre.

14. Law and jurisdiction
Belgian law applies. After the escalation of section 7.2, the courts of Antwerp have exclusive
jurisdiction.

Signed in Antwerp on 17 December 2026, in two originals.

For Scheldt University                           For Subsidia B.V.
Prof. dr. Katrien Maes                            Ruud Hoekstra
Vice-Rector for Research                          Managing Director
[signature]                                       [signature]
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
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
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "exit.termination": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "partial",
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
        "risk.unsigned": False,
    },
    figures={
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 2,
    },
)

EN_DENTAL_PHONE_SYSTEM_EMAIL_QUOTE = UnseenDocument(
    name="en_dental_phone_system_email_quote",
    text="""From:    Wout Claes <wout@belltec.be>
To:      Rachel Morgan <rachel.morgan@smilepoint-dental.be>
Date:    Fri, 4 Dec 2026 11:17
Subject: RE: new phones for the three practices - our quote Q-26-0487
Attachment: Belltec_general_terms_of_sale.pdf

Hi Rachel,

Thanks for showing me around Genk, Hasselt and Bilzen on Wednesday. As promised, here's our
quote for replacing the old ISDN phone systems with one cloud switchboard for the whole group.

What you get
- One cloud PBX (our Belltec Cloud platform) for the three practices, with a shared welcome
  menu: "press 1 for Genk, 2 for Hasselt, 3 for Bilzen", opening-hours routing per practice,
  and an emergency message with the on-call dentist's number outside opening hours.
- Calls to a practice ring at its reception desks first and move to the other two practices
  after 20 seconds, so patients don't hang up when one front desk is busy.
- 12 Yealink T54W desk phones (receptions and back offices) and 6 Yealink W76P DECT handsets
  for the treatment rooms; 18 user licences incl. voicemail to e-mail and the mobile app.
- Porting of your 3 current practice numbers and the 2 fax numbers (the faxes become
  fax-to-e-mail).
- Caller-ID pop-up in your practice software (we've done this for two other groups with the
  same software, it works with the standard connector).

Not included: network cabling and PoE switches. I had a quick look and the switches in Genk
and Bilzen are fine; Hasselt needs a new PoE switch (about EUR 420 extra) - I'll confirm that
once we've checked the rack. Anything extra we find on site, we tell you first and only do it
after your OK.

Prices (EUR, excl. VAT)
  12 x Yealink T54W                           12 x 189,00  =  2.268,00
  6 x Yealink W76P + 2 DECT base stations                  =  1.234,00
  Installation, configuration, porting, on-site go-live    =  1.380,00
  Total one-off                                            =  4.882,00
  Cloud PBX: 18 user licences x 9,50 per month             =    171,00 per month
  Caller-ID connector for the practice software            =     25,00 per month
  Extra work outside this quote: EUR 85,00 per hour, travel included

Hardware and installation are invoiced on the go-live day, payable within 15 days. The monthly
fees are collected by direct debit at the start of each month. The licence prices are fixed for
the first 12 months; after that we may adjust them once a year, we'll let you know a month
beforehand.

Planning
The phones are in stock with our distributor. After your OK we need about 3 weeks: porting
takes 5 to 10 working days after Proximus accepts the request. We'd do the switch-over on a
Friday after closing time, practice by practice, so you're never unreachable during opening
hours.
What we need from you: a recent invoice of your current telecom provider and a signed porting
form per practice number (I'll send these), the texts for the welcome menu, and someone at each
practice on switch-over day to let us in.

On the go-live day our technician stays for an hour at each practice to show the receptionists
how to transfer, park and pick up calls and how to change the opening-hours message. We also
leave a one-page quick guide at every desk.

Support afterwards
- Our helpdesk is open on weekdays from 8:00 to 17:30 on 011 96 42 00 or support@belltec.be.
- If a whole practice can't make or receive calls, we're on it within 2 hours during helpdesk
  hours.
- Small changes (new user, new opening hours, holiday message) are included in the licence
  price.
- Firmware updates for the phones and the platform updates are pushed automatically, at no
  cost, outside opening hours.
- I stay your account manager and know the set-up, so you don't have to explain things twice.
- The phones come with a 2-year manufacturer warranty; we swap a broken phone the next working
  day.

Term
The licences run for a minimum of 12 months from go-live. After that they continue month by
month and you can stop them with one month's notice. The phones are yours once paid.

Our general terms of sale (attached) apply.

If this is OK for you, just reply to this e-mail with "quote Q-26-0487 accepted" and I'll order
the phones and start the porting.

Kind regards,

Wout Claes
Account manager - Belltec BV
Kuringersteenweg 301, 3500 Hasselt - BE 0694.118.536
www.belltec.be
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
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 1,
        "notice_period_days": 30,
        "payment_term_days": 15,
        "response_time_hours_highest_priority": 2,
    },
)

EN_DOCUMENTS = [
    EN_ANPR_CAR_PARK_SUPPORT_AGREEMENT,
    EN_MACHINE_TRANSLATION_SAAS_ORDER_FORM,
    EN_RESEARCH_GRANT_SYSTEM_SOW,
    EN_DENTAL_PHONE_SYSTEM_EMAIL_QUOTE,
]
