"""Training batch 15 (en, writer l): (1) a formal master subscription agreement by a Dutch
supplier for a fleet-maintenance SaaS (workshop planning, work orders, mechanic app) for a
Belgian coach operator, with onboarding and an SLA; (2) a support and maintenance order by a
Rotterdam software house for a Belgian port authority's on-premise berth-planning tool, under
the supplier's general terms; (3) a statement of work under an MSA for migrating a retailer's
on-premise SQL Server data warehouse to Microsoft Fabric, time and materials with a ceiling;
(4) a short e-mail offer by an Antwerp IT shop for a design studio's NAS and off-site back-up,
accepted by reply e-mail.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser. Conventions: months = 30 days for notice and warranty; response time of
the highest priority in hours (working hours counted as hours; 15 minutes = 0.25); a quote
accepted by e-mail or an empty client signature line raises risk.unsigned; a negation,
disclaimer, bare cross-reference, placeholder or best-efforts wording is "partial".
"""

from .unseen_documents import UnseenDocument

EN_T15L_FLEET_MAINTENANCE_SAAS_MSA = UnseenDocument(
    name="en_t15l_fleet_maintenance_saas_msa",
    text="""MASTER SUBSCRIPTION AGREEMENT
FleetCare Online - workshop and fleet-maintenance platform
Agreement no. FC-MSA-2026-044

BETWEEN
FleetCare Software B.V., Papendorpseweg 100, 3528 BJ Utrecht, the Netherlands, Chamber of
Commerce no. 71820335, represented by Mr Joost van der Linden, managing director ("FleetCare");
AND
Autocars Vanhoutte NV, Kortrijksesteenweg 455, 8530 Harelbeke, Belgium, enterprise no.
BE 0405.617.283, represented by Ms Nathalie Vanhoutte, CEO ("the Customer").

Article 1 - Contract documents and precedence
1.1 This Master Subscription Agreement ("MSA") sets out the terms on which FleetCare provides its
platform to the Customer. Each subscription is ordered through an Order Form signed by both
parties. Order Form no. 1 is attached and incorporates FleetCare's proposal FC-P-26-118 of
12 November 2026.
1.2 Annexes: Annex A - Service Level Agreement; Annex B - Data Processing Agreement.
1.3 In case of conflict: the Order Form prevails over this MSA, this MSA over Annex A, and Annex A
over the proposal. Annex B prevails on all matters of personal data. FleetCare's general terms
and conditions and the Customer's purchasing conditions do not apply.

Article 2 - The service
2.1 FleetCare Online is a hosted platform for planning and registering the maintenance of the
Customer's 86 coaches and 14 minibuses: preventive maintenance schedules, work orders, parts
stock for the Harelbeke workshop, tyre management, reminders for periodic technical inspection
and tachograph calibration, and the FleetCare Mechanic app for Android tablets.
2.2 Included in Order Form no. 1: up to 100 vehicles, 12 named mechanic users and 6 office
users, the interface with the Customer's Webfleet telematics account (mileage and fault codes),
and storage of up to 200 GB of documents and photos.
2.3 Not included: telematics hardware, tablets, integration with parts suppliers' ordering
systems, the accounting interface, and custom reports. FleetCare quotes such work on request.

Article 3 - Fees (EUR, excl. VAT)
3.1 Onboarding (configuration, data import, training) - fixed fee: EUR 6.800,00, invoiced 50 %
on signature and 50 % on go-live.
3.2 Subscription: EUR 1.275,00 per month for the scope in article 2.2, invoiced annually in
advance from the go-live date. Each additional vehicle: EUR 11,50 per month; each additional
mechanic user: EUR 24,00 per month, invoiced quarterly in arrears.
3.3 Professional services outside the scope: EUR 1.050,00 per consultant day. FleetCare performs
such work only on the basis of a written quote (effort, price, planning) countersigned by the
Customer's fleet manager; work without a signed quote is not invoiced.
3.4 Fees and the daily rate are indexed on 1 January of each year, for the first time on
1 January 2028, in line with the Belgian Agoria reference index for labour costs, with a
maximum of 4 % per year. FleetCare announces the indexed fees at least 30 days in advance.
3.5 Invoices are payable within 30 days of the invoice date.

Article 4 - Onboarding and planning
4.1 Kick-off: 11 January 2027. Configuration of maintenance schedules and workshop set-up until
12 February 2027; import of data until 19 February 2027; training in the week of 22 February
2027; go-live on Monday 1 March 2027.
4.2 The Customer: appoints its fleet manager, Mr Koen Deprez, as key user with decision power;
delivers the vehicle list, the maintenance history of the last three years and the parts list
in FleetCare's import templates by 15 January 2027; provides the Webfleet API credentials by
15 January 2027; and makes the workshop foreman and two mechanics available for the training.
4.3 If the Customer delivers its data or credentials late, the go-live is postponed by the same
period; extra effort caused by the delay is invoiced at the daily rate after prior written
notice. If FleetCare misses the go-live date for reasons attributable to it, the subscription
fee starts only at the actual go-live and FleetCare credits one month's subscription fee.

Article 5 - Data import and acceptance
5.1 FleetCare imports the vehicle master data, three years of maintenance history (work orders,
parts used, costs) and the parts list from the templates delivered by the Customer, and sends
an import report with the number of records loaded and rejected.
5.2 The Customer checks the configuration and the imported data in the acceptance environment
during 10 working days and reports defects in the service portal. FleetCare corrects blocking
defects before go-live. Go-live takes place after the Customer's written acceptance.
5.3 Configuration or import errors reported within 60 days after go-live are corrected free of
charge.

Article 6 - Team and quality
6.1 FleetCare's onboarding consultant is Ms Lotte de Wit, who has seven years' experience in
workshop management for bus and coach operators. After go-live the Customer's customer success
manager is Mr Sven Hoekstra, who keeps a record of the Customer's configuration, interfaces and
key users.
6.2 At go-live FleetCare delivers a configuration document and an administrator manual in
English, so that the Customer's key user can maintain schedules and users himself.
6.3 FleetCare is ISO 27001 certified. Each release of the platform passes automated regression
tests and a test on an acceptance environment before it is put into production.

Article 7 - Training
FleetCare gives two on-site training sessions of half a day in Harelbeke for the key user, the
workshop foreman and the office users, and one session of two hours for the mechanics on the
FleetCare Mechanic app. Video tutorials in Dutch and English are available in the help centre.

Article 8 - Support and updates
8.1 The subscription includes hosting, corrective maintenance, the service desk and all new
releases. New features are released monthly; release notes are published at least five working
days in advance. Security patches are applied within 7 days, critical ones within 48 hours.
8.2 Service desk: working days 8:00-18:00 CET by service portal, e-mail
(support@fleetcare.nl) and telephone (+31 30 760 21 40).
8.3 Response and workaround times:
     P1 - platform or Mechanic app unavailable for all users   response 1 hour, workaround 8 hours
     P2 - a module or the Webfleet interface not working      response 4 hours, workaround 3 days
     P3 - other questions and minor defects                   response 1 working day
Hours and days are working hours and working days of the service desk.
8.4 Availability: 99,5 % per calendar month, measured by FleetCare's external monitoring,
excluding planned maintenance on Sundays between 2:00 and 6:00.
8.5 Service credits for missed availability are set out in Annex A.

Article 9 - Reporting and governance
9.1 FleetCare sends a monthly service report: availability, tickets per priority, response times
met, and releases installed.
9.2 The customer success manager and the Customer's fleet manager hold a service review every
quarter. Issues not solved at that level are escalated to FleetCare's head of customer success,
then to the managing directors of both parties.

Article 10 - Term and termination
10.1 The subscription runs for 36 months from go-live. It is then tacitly renewed for successive
periods of 12 months, unless either party terminates it by registered letter at least three
months before the end of the current period.
10.2 Either party may terminate the MSA with immediate effect if the other party fails to remedy
a material breach within 30 days of a written notice of default, or is declared bankrupt.

Article 11 - Exit
11.1 At the Customer's request FleetCare keeps providing the service for up to three months
after the end, at the fees then in force, so that the Customer can move to another system.
11.2 Within 30 days after the end FleetCare delivers, free of charge, an export of all the
Customer's data (vehicles, work orders, history, parts) in CSV and XLSX, and all documents and
photos in a ZIP file with an index. FleetCare deletes the data 60 days after the export and
confirms this in writing.
11.3 FleetCare Online is a shared multi-tenant platform; no source code escrow is provided.

Article 12 - Liability
Each party's liability is limited to the fees paid by the Customer in the twelve months before
the event, with a minimum of EUR 100.000,00. Indirect damage and loss of profit are excluded,
except in case of fraud or wilful misconduct. FleetCare restores lost data from its daily
backups at its own cost.

Article 13 - Intellectual property
FleetCare retains all rights in the platform; the Customer receives a non-exclusive,
non-transferable right to use it during the term. The Customer's data remains the property of
the Customer.

Article 14 - Confidentiality and personal data
14.1 The parties keep each other's confidential information secret during the MSA and for three
years after its end.
14.2 FleetCare processes personal data of the Customer's drivers and mechanics as processor
under Annex B. The data is hosted in Microsoft Azure, region West Europe (Amsterdam).

Article 15 - Disputes and governing law
Disputes are first discussed between the customer success manager and the fleet manager, then
between the managing directors within 20 days. Failing agreement, the courts of Ghent, division
Kortrijk, have exclusive jurisdiction. This MSA is governed by Belgian law.

Signed in Harelbeke on 17 December 2026 in two originals.

For FleetCare Software B.V.                 For Autocars Vanhoutte NV
(signed)                                    (signed)
Joost van der Linden                        Nathalie Vanhoutte
Managing director                           CEO
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
        "maintenance.service_credits": "partial",
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
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 60,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.5,
    },
)

EN_T15L_BERTH_PLANNING_SUPPORT_ORDER = UnseenDocument(
    name="en_t15l_berth_planning_support_order",
    text="""QUAYLINE SOFTWARE B.V.
Wilhelminakade 91, 3072 AP Rotterdam - KvK 24381906 - VAT NL8149.62.017.B01

SUPPORT AND MAINTENANCE ORDER
BerthView 5 berth-planning system - order no. QL-SMO-2027-03

Customer: Havenbedrijf Scheldemond NV ("the Port Authority"), Havenstraat 14, 8380 Zeebrugge
          enterprise no. BE 0467.309.112
Contact Port Authority: Ms Ellen Vandenberghe, head of nautical IT
Purchase order: PO 4500271934

1. Basis of this order
This order renews the support of BerthView 5, licensed to the Port Authority under the perpetual
licence agreement of 9 May 2019. It follows Quayline's offer QL-2026-311 of 28 October 2026,
which forms part of this order. The Quayline General Terms and Conditions 2024 apply; the Port
Authority's purchasing conditions do not apply. In case of conflict between this order and the
Quayline General Terms and Conditions, the General Terms and Conditions prevail.

2. Installation supported
BerthView 5.4 on the Port Authority's own servers in its Zeebrugge data centre (application
server, SQL Server 2022 database, test/acceptance server), with the interfaces to the AIS feed,
the Port Community System and the VTS system, and 34 named planner and harbour-master users.
Quayline gives no commitment on the availability of BerthView, as the servers, operating
systems, database, network and backups are managed by the Port Authority.

3. Services included
  - corrective maintenance of BerthView and its three interfaces;
  - helpdesk for the Port Authority's functional and technical administrators;
  - 24/7 on-call service for priority 1 incidents;
  - two releases per year (planned in April and October), installed remotely by Quayline on the
    acceptance server; the Port Authority decides when a release goes to production, and Quayline
    then installs it in a maintenance window agreed with the harbour master's office;
  - security patches of third-party components used by BerthView within 30 days of their
    publication;
  - one refresher training day per year for the planners, in Zeebrugge;
  - updated release notes and administrator manual with each release.
Not included: work on the Port Authority's infrastructure, new interfaces, changes to the AIS or
PCS message formats, extra reports, and interventions caused by changes made by the Port
Authority or third parties. Such work is quoted separately and only carried out after a written
order from the Port Authority.

4. Support hours and service levels
Helpdesk: Monday to Friday 8:00-17:30, via the Quayline portal or +31 10 714 09 60.
Priority 1 (berth planning unavailable, or ship calls cannot be registered or published):
24/7 via the on-call number +31 10 714 09 99.
Response times:
  Priority 1: 30 minutes, 24/7
  Priority 2 (a function or interface disturbed, workaround possible): 2 office hours
  Priority 3 (questions, cosmetic defects): next working day
Quayline aims to provide a workaround or fix as soon as reasonably possible; no resolution times
are guaranteed.

5. Support team and knowledge of the installation
Quayline's support engineers for the Port Authority are Mr Dennis Kuipers (primary) and Ms Anouk
Smit (backup), both with more than five years' experience with BerthView. Quayline keeps a system
handbook describing the Port Authority's installation, configuration and interfaces, and updates
it after each intervention. If a named engineer leaves Quayline or is reassigned, Quayline informs
the Port Authority at least one month in advance where possible and assigns a replacement who is
familiarised with the installation at Quayline's cost.
Each release is tested by Quayline on a copy of the Port Authority's configuration before it is
delivered.

6. Obligations of the Port Authority
The Port Authority provides Quayline with VPN access to the test/acceptance and production
servers, maintains the servers, operating systems, database and backups, names two functional
administrators as the only contact points for the helpdesk, and tests each release on the
acceptance server within 15 working days of its installation.

7. Reporting and meetings
Quayline sends a quarterly service report listing all tickets, response times met per priority,
and open issues. Twice a year a service meeting takes place between the Port Authority's head of
nautical IT and Quayline's account director, Mr Martijn Boer. Disagreements on the service are
escalated first to the account director, then to Quayline's managing director.

8. Fees (EUR, excl. VAT)
Annual support fee, including the on-call service: EUR 24.600,00, invoiced in January of each
year, payable within 30 days of receipt of the invoice.
Extra work: EUR 128,00 per hour (consultant), EUR 145,00 per hour (senior consultant);
interventions outside office hours other than priority 1: hourly rate + 50 %.
Quayline may adjust the annual fee and its hourly rates on 1 January of each year by informing
the Port Authority in writing two months in advance.

9. Term
This order runs from 1 January 2027 to 31 December 2029. The Port Authority has the option to
extend it once by twelve months by written notice before 30 September 2029. There is no tacit
renewal. The Port Authority may terminate the order with effect on 31 December of each year by
registered letter sent at least three months in advance. Either party may terminate the order if
the other party does not remedy a serious breach within 30 days of a written notice.

10. Source code
The source code of BerthView remains deposited with Escrow Alliance B.V. under the tripartite
escrow agreement of 9 May 2019. Quayline deposits the source code of each new release within 30
days of its delivery.

11. Intellectual property
Quayline retains all intellectual property rights in BerthView, its releases and patches. Each
release delivered under this order is covered by the existing perpetual licence.

12. Confidentiality and personal data
Quayline keeps all information on the port's operations, security and infrastructure
confidential, including after the end of this order, and gives access to it only to the engineers
named in article 5. During remote support Quayline may see contact data of shipping agents,
pilots and boatmen; it processes such data only to provide the support, within the EU, as
processor under the processing agreement of 14 March 2022, which remains in force.

13. Liability
Quayline's liability is limited to the support fees for three months. Quayline is not liable for
indirect damage, including loss of port dues, demurrage claims or claims of shipping lines.

14. Law and jurisdiction
Belgian law applies. The courts of Bruges have exclusive jurisdiction.

Rotterdam / Zeebrugge, 14 December 2026

For Quayline Software B.V.               For Havenbedrijf Scheldemond NV
(signed)                                 (signed)
Martijn Boer                             Ellen Vandenberghe
Account director                         Head of nautical IT
                                         (signed)
                                         Tom Goethals, CEO
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
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
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.escrow": "covered",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.5,
    },
)

EN_T15L_DATA_WAREHOUSE_MIGRATION_SOW = UnseenDocument(
    name="en_t15l_data_warehouse_migration_sow",
    text="""STATEMENT OF WORK no. 3
Migration of the Corilux data warehouse to Microsoft Fabric

Under the Master Services Agreement of 3 March 2025 ("MSA") between
Datastroom BV, Schaliënhoevedreef 20T, 2800 Mechelen, BE 0698.412.557 ("Datastroom"), and
Corilux NV, Nijverheidslaan 31, 9880 Aalter, BE 0432.905.846 ("Corilux").

1. Relationship with the MSA
This SOW is governed by the MSA. Where this SOW explicitly deviates from the MSA, this SOW
prevails for the services described here; otherwise the MSA prevails. Datastroom's proposal
DW-26-044 of 4 November 2026 is attached as Appendix C; this SOW prevails over the proposal.

2. Background and objective
Corilux (garden and pet stores, 58 shops in Belgium and the Netherlands) runs its data warehouse
on an on-premise SQL Server 2016 with about 240 SSIS packages and an SSAS cube that feeds 70
Power BI reports. The server goes out of support and the nightly load no longer finishes before
the shops open. The objective is to move the data warehouse to Microsoft Fabric (lakehouse and
warehouse, pipelines and dbt models) in Corilux's own Azure tenant and to switch off the old
server by 31 July 2027.

3. Scope
In scope:
  - assessment of the current SSIS packages, SSAS cube and Power BI reports;
  - set-up of the Fabric workspaces, Git integration with Corilux's Azure DevOps and the CI/CD
    pipelines for test and production;
  - rebuild of the loads from the sources (LS Central ERP, the webshop, the loyalty platform,
    payroll exports) as Fabric pipelines and dbt models, in three migration waves;
  - migration of ten years of history (sales, stock, loyalty) with reconciliation;
  - repointing of the 70 existing Power BI reports to the new semantic models;
  - decommissioning plan for the SQL Server.
Out of scope: new reports or KPIs, data-quality remediation in the source systems, the Fabric
capacity and Azure consumption (contracted and paid by Corilux directly with Microsoft), and
operational support after the project. Support after go-live can be agreed in a separate SOW.

4. Planning
  Phase 0 - Assessment                               11 Jan 2027 - 29 Jan 2027
  Phase 1 - Foundation (workspaces, CI/CD, security)   1 Feb 2027 - 26 Feb 2027
  Wave 1 - sales and stores                           1 Mar 2027 - 2 Apr 2027
  Wave 2 - stock and purchasing                       5 Apr 2027 - 14 May 2027
  Wave 3 - loyalty, webshop, HR                      17 May 2027 - 18 Jun 2027
  Parallel run and cut-over                          21 Jun 2027 - 9 Jul 2027
  Decommissioning of the SQL Server                      by 31 Jul 2027

5. Corilux's responsibilities
Corilux appoints a product owner (Mr Wouter De Smet, BI manager) who decides on priorities
within two working days. By 8 January 2027 Corilux gives Datastroom's team read access to the
SQL Server and the sources, and an F64 Fabric capacity in its tenant with the roles requested in
the assessment. For each wave Corilux makes two business testers available for five working days
to check the reconciliation and the repointed reports.

6. Team
Engagement lead: Ms Hanne Claes. Lead architect: Mr Bram Willems (Microsoft Certified Fabric
Analytics Engineer, 12 years of data warehousing). Two senior data engineers (at least six years'
experience each), one data engineer and one test analyst, named in the kick-off document.
Datastroom does not replace the engagement lead or the lead architect without Corilux's prior
written approval; a replacement has comparable experience and is introduced with at least ten
working days of overlap, which are not invoiced.

7. Quality and acceptance
7.1 All code is kept in Corilux's Azure DevOps repository and reviewed by a second engineer before
it is merged. Each dbt model has automated tests (unique keys, not null, referential integrity).
7.2 For each wave Datastroom delivers a reconciliation report comparing row counts and key
figures (turnover, margin, stock value) per day and per store between the old and the new data
warehouse. Differences above 0,1 % are explained or corrected.
7.3 Corilux tests each wave during ten working days. The wave is accepted when the
reconciliation report is approved and no blocking defects remain; Corilux confirms acceptance by
e-mail by its product owner. Final acceptance follows a parallel run of three weeks without
blocking defects.
7.4 Defects reported within 30 days after final acceptance are corrected free of charge.

8. Cut-over, training and handover
Each wave goes live in a weekend cut-over prepared by Datastroom with a rollback plan. Datastroom
gives two training sessions of half a day for Corilux's 15 Power BI report builders on the new
semantic models. Before final acceptance Datastroom delivers the documentation (architecture,
data lineage, dbt documentation, runbooks for the nightly loads) and gives four knowledge
transfer sessions to Corilux's two BI developers, who also work alongside the team during wave 3.

9. Reporting and governance
Datastroom sends a status report every Friday: progress per wave, days used against the budget,
risks and open issues. A steering committee (Corilux CFO and BI manager, Datastroom engagement
lead and lead architect) meets every four weeks. Disputes about this SOW are first escalated to
the steering committee and then to the CFO of Corilux and the managing director of Datastroom,
who meet within ten working days, before any procedure under the MSA is started.

10. Fees and invoicing (EUR, excl. VAT)
The work is performed on a time and materials basis at the following daily rates, fixed for the
duration of this SOW:
  lead architect          1.150,00
  senior data engineer      975,00
  data engineer             780,00
  test analyst              720,00
Estimated effort: 142 person-days, i.e. EUR 131.450,00. This amount is a ceiling: Datastroom does
not invoice more than EUR 131.450,00 without a change request signed by Corilux.
Datastroom invoices monthly in arrears on the basis of timesheets approved by the product owner.
Invoices are payable within 30 days of the invoice date.

11. Changes and delay
Any change in scope or ceiling is handled by a change request describing the effort, the cost and
the effect on the planning, signed by both engagement leads before work starts. If Corilux
delivers access, capacity or testers late, Datastroom replans the affected waves; extra days
caused by the delay are handled as a change request. Delay caused by Datastroom does not lead to
any invoicing above the ceiling.

12. Early termination
Corilux may terminate this SOW at any time by written notice of 15 days, paying only the days
performed until the end of the notice. In that case Datastroom hands over all code, work in
progress and documentation and gives up to three days of handover to Corilux or the supplier it
designates, at the daily rates above.

13. Intellectual property
All deliverables made under this SOW (pipelines, dbt models, semantic models, documentation)
become the property of Corilux upon payment. Datastroom keeps its pre-existing migration
accelerator "Shift"; Corilux receives a perpetual, free licence to use the parts of it that are
incorporated in the deliverables.

14. Data and legal terms
Datastroom works only in Corilux's tenant and does not copy production data to its own systems
or laptops. Datastroom processes personal data of Corilux's loyalty-card members and staff as
processor under the data processing agreement annexed to the MSA. Liability, confidentiality and
governing law: as provided in the MSA.

Signed in Aalter on 10 December 2026.

For Datastroom BV                         For Corilux NV
(signed)                                  (signed)
Hanne Claes, engagement lead              Anja Verstraete, CFO
(signed)
Pieter Lammens, managing director
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
        "maintenance.services": "partial",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "legal.liability": "partial",
        "legal.ip": "covered",
        "legal.confidentiality": "partial",
        "legal.data_protection": "covered",
        "legal.governing_law": "partial",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "notice_period_days": 15,
        "payment_term_days": 30,
        "warranty_days": 30,
    },
)

EN_T15L_DESIGN_STUDIO_NAS_BACKUP_OFFER = UnseenDocument(
    name="en_t15l_design_studio_nas_backup_offer",
    text="""From:    Lies Goossens <lies@studiokapok.be>
To:      Jonas Peeters <jonas@bitbaai.be>
Date:    Thu, 3 Dec 2026 16:52
Subject: RE: Offer O-26-217 - new NAS and off-site back-up for Studio Kapok

Hi Jonas,

Looks good, we go for it. OK for offer O-26-217 incl. the 4 TB back-up option.
Thursday 17 December works for us for the installation.

Lies

-----Original message-----
From:    Jonas Peeters <jonas@bitbaai.be>
Sent:    Tue, 1 Dec 2026 10:07
Subject: Offer O-26-217 - new NAS and off-site back-up for Studio Kapok

Hi Lies,

Thanks for showing me around last week. As promised, here's our offer for replacing the old
NAS and getting your files backed up off-site properly.

What we'll do
  - Supply and install a Synology DS1823xs+ with 6 x 8 TB disks (RAID 6, about 30 TB usable)
    and a 10 GbE card, in your server cabinet, on a UPS we also supply (APC 1500 VA).
  - Copy everything from the old QNAP (about 3,1 TB) and the shared Dropbox folders (about
    0,6 TB) to the new NAS, keeping the folder structure and rights per team.
  - Set up hourly snapshots on the NAS (kept 30 days) and a nightly encrypted back-up to our
    storage in the LCL data centre in Antwerp (versions kept 30 days).
  - Give your team a one-hour walk-through on finding files and restoring older versions
    yourselves.
  - Leave you a short document describing the set-up, with the admin passwords in a sealed
    envelope.
Not included: the Mac workstations, your Adobe licences, the internet line and anything on the
old QNAP after the migration (we can wipe and recycle it for you for free if you want).

Prices (EUR, excl. VAT)
  Synology DS1823xs+ with 6 x 8 TB, 10 GbE card          5.890,00
  APC UPS 1500 VA                                          640,00
  Installation, migration and set-up (fixed)             1.480,00
  Total one-off                                          8.010,00
  Off-site back-up incl. monitoring and updates:
    up to 2 TB  ........ 59,00 per month
    up to 4 TB  ........ 95,00 per month
We invoice the hardware on delivery and the installation once everything runs; the back-up is
invoiced monthly. Payment within 14 days. If the migration needs more work than planned
(damaged files, rights to sort out on the old QNAP, ...), and for anything you ask us on top of
this (restoring a deleted project folder from the off-site back-up, help with your Macs, ...),
we bill the extra time at EUR 85,00 per hour, per started quarter of an hour. We may adjust the
back-up prices once a year; we'll let you know a month ahead.

Timing
We can deliver within a week of your OK and do the installation on a Thursday, so the
migration runs overnight and over Friday. On that day nobody should work on the old QNAP, and
please clean up the Dropbox folders beforehand. For the nightly back-up your upload should be
at least 50 Mbps; if it's lower, the first full back-up will take a few days longer.

After the installation
Our back-up service includes: monitoring of the NAS and the back-up jobs, DSM and package
updates once a month in the evening, and a test restore of a random folder every quarter, with a
short mail to you on the result. You also get an automatic weekly e-mail with the status of the
back-ups. If a back-up fails or a disk reports problems, we get an alert and react within one
working day. You can reach us Monday to Friday 8:30-17:30 at +32 3 298 41 70 or
support@bitbaai.be. I'll be your contact; my colleague Ruben does the installation with me.
The Synology hardware has a 5-year manufacturer warranty; if something isn't right in our
installation or migration during the first 30 days, we fix it at no cost.

Contract
The back-up service runs for a minimum of 12 months and then continues per month; you can stop
it with one month's notice. When you stop, you can restore whatever you need to your own NAS
during that month; after that we delete the off-site copies. Your files may contain personal
data of clients and models; we'll send you our standard processing agreement to sign.
Our liability is limited to three months of back-up fees, and we are not liable for lost data.
Our general terms and conditions (www.bitbaai.be/terms) apply.

If this is OK for you, just reply to this mail and we'll order the hardware.

Kind regards,
Jonas Peeters
BitBaai BV - IT for creative studios
Kammenstraat 62, 2000 Antwerpen - BE 0760.893.214 - +32 3 298 41 70
""",
    items={
        "agreement.general_terms": "partial",
        "budget.project_cost": "covered",
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
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
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
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "legal.liability": "covered",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "partial",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 1,
        "notice_period_days": 30,
        "payment_term_days": 14,
        "warranty_days": 30,
    },
)


DOCUMENTS = [
    EN_T15L_FLEET_MAINTENANCE_SAAS_MSA,
    EN_T15L_BERTH_PLANNING_SUPPORT_ORDER,
    EN_T15L_DATA_WAREHOUSE_MIGRATION_SOW,
    EN_T15L_DESIGN_STUDIO_NAS_BACKUP_OFFER,
]
