"""Training batch 7 (en, writer b): (1) a formal statement of work under an existing services
agreement, by a Kortrijk BI consultancy, for a Power BI management reporting project for a
Belgian building materials wholesaler (time and materials with an estimate), signed by both;
(2) the published support and maintenance terms of a small Hasselt software vendor for its
on-premise quality-management tool, without signatures; (3) an order form of a Dutch
cyber-awareness training platform (e-learning and phishing simulations) for a Bruges accountancy
firm, signed electronically by both; (4) a renewal letter by an Aalst managed-IT supplier to a
notary's office announcing the tacit renewal of a managed-desktop contract with changed prices
and services, with an empty client signature line.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser. Conventions: months = 30 days for notice and warranty; response time
of the highest priority in hours (working hours counted as hours; 15 minutes = 0.25); a quote
accepted by e-mail or an empty client signature line raises risk.unsigned; a negation,
disclaimer, bare cross-reference, placeholder or best-efforts wording is "partial".
"""

from .unseen_documents import UnseenDocument

EN_T7B_POWER_BI_REPORTING_SOW = UnseenDocument(
    name="en_t7b_power_bi_reporting_sow",
    text="""STATEMENT OF WORK SOW-03
Power BI management reporting - "Project Kompas"

under the Services Agreement of 3 March 2025 between
Clearsight Analytics BV, Doorniksesteenweg 220, 8500 Kortrijk, enterprise no. BE 0745.612.903
("Clearsight"), and
Van Hoeck Bouwmaterialen NV, Liersesteenweg 310, 2800 Mechelen, enterprise no. BE 0412.377.158
("the Client").

1. Context and objective
The Client runs nine branches in Flanders and Brussels. Management reporting is currently built
every month from some forty Excel files filled with exports from Microsoft Dynamics 365 Business
Central. The objective of this SOW is one Power BI data model with five report sets, refreshed
automatically, in which each branch manager sees only the figures of his or her own branch.

2. Scope
2.1 Included:
  a) a star-schema semantic model fed from Business Central (API v2.0) and from the budget
     workbook of the finance department;
  b) five report sets: sales and margin; branch P&L against budget; stock rotation and dead
     stock; debtors and DSO; purchasing and supplier performance;
  c) row-level security for the nine branches and for management;
  d) dataflows and a scheduled refresh four times a day on working days;
  e) the initial load of five years of history (see 8.3).
2.2 Not included: Power BI Pro or Premium licences (bought by the Client from its Microsoft
partner), changes to Business Central, correction of data quality issues in the source systems,
report sets other than the five listed, and mobile layouts.

3. Contract documents
Clearsight's proposal CS-P-2026-114 of 20 November 2026 is attached as Annex 1 and forms part of
this SOW. This SOW is governed by the Services Agreement. In case of conflict, this SOW prevails
for scope, planning and fees and the Services Agreement prevails on all other matters; the
proposal applies only where neither of them provides otherwise. General terms and conditions of
either party do not apply.

4. Planning
  Phase 1 - Discovery and KPI definitions      11 January - 22 January 2027
  Phase 2 - Semantic model and initial load    25 January - 12 February 2027
  Phase 3 - Report sets, in two sprints        15 February - 12 March 2027
  Phase 4 - User acceptance testing            15 March - 26 March 2027
  Go-live                                      Monday 29 March 2027
  Warranty period                              until 28 April 2027 (see 9.2)

5. Obligations of the Client
5.1 The Client appoints Ms Ann Wouters, financial controller, as product owner. She decides on
KPI definitions and approves change requests.
5.2 By 8 January 2027 the Client provides: read access to the Business Central API through a
service account (app registration), a development workspace with Pro licences for the two
Clearsight consultants, and the 2027 budget workbook in its final format.
5.3 By 22 January 2027 the Client provides the CSV export of its Navision 2013 archive (sales
2022-2023).
5.4 The Client makes its two finance staff available for the workshops of phase 1 and the key
users of each report set for half a day per sprint review, and performs the acceptance tests of
phase 4.

6. Delay
If the Client delivers an item of 5.2 or 5.3 late, the planning shifts by the same number of
working days; Clearsight does not charge idle time. If the delay exceeds 10 working days, the
parties agree a new planning and Clearsight may charge up to 3 days of remobilisation at the
rates of 12.1. If Clearsight misses the go-live date for reasons attributable to it, the extra
consultant days needed to reach go-live are not invoiced.

7. Team
7.1 Clearsight's team:
  - Ms Hanne Desmet, lead consultant and single point of contact (Microsoft Certified: Power BI
    Data Analyst Associate; nine years of BI experience in wholesale and distribution);
  - Mr Jonas Vercruysse, data engineer (three years' experience with Business Central
    connectors and dataflows);
  - Mr Pieter-Jan Lambrecht, engagement partner, for escalations.
7.2 Clearsight replaces a team member only with the Client's prior written approval, except in
case of illness or departure, and always by a consultant of at least the same level. The
newcomer's familiarisation and an overlap of at least three days are at Clearsight's cost.

8. Way of working
8.1 Every measure and table is peer-reviewed by a second consultant, and the model is checked
with the Best Practice Analyzer of Tabular Editor before each sprint review.
8.2 Before acceptance testing, Clearsight reconciles revenue, margin and debtor balances per
branch and per month with the Business Central general ledger; every difference above EUR 1,00
per branch and month is documented and explained.
8.3 Initial load: Clearsight loads five years of history, 2024-2026 from Business Central and
2022-2023 from the Navision 2013 export, converting the old item and customer codes with the
mapping table agreed in phase 1.
8.4 Go-live: Clearsight publishes the semantic model and the reports to the Client's production
workspace, installs and configures the on-premises data gateway on the Client's server MECH-APP02,
sets up the refresh schedule and publishes the Power BI app for the 40 users.

9. Acceptance and warranty
9.1 During phase 4 the Client tests each report set against the test scenarios of Annex 2.
Findings are logged on the shared Azure DevOps board as blocking or non-blocking. A report set is
accepted when the product owner signs it off in DevOps, or automatically when no blocking finding
has been logged within 5 working days after the end of phase 4.
9.2 For 30 days after go-live Clearsight corrects free of charge any error in the model, the
measures, the security or the refresh that falls within the scope of section 2.

10. Training and documentation
10.1 Clearsight gives two half-day training sessions for four power users (building and adapting
reports on the semantic model) and a recorded one-hour online session for the branch managers
and management.
10.2 At go-live Clearsight delivers a data dictionary (definition of each KPI and measure), the
model documentation and a run book for the refresh and the gateway, and hands over all .pbix
files, the Tabular Editor project and the dataflow definitions in the Client's Azure DevOps
repository.

11. Reporting and governance
11.1 Every Friday the lead consultant e-mails the product owner a status update: work done, work
planned, days used against the estimate, open risks and decisions needed.
11.2 A sprint review with the product owner and the key users closes each sprint. Issues that the
product owner and the lead consultant cannot solve are escalated to the Client's CFO, Mr Koen Van
Hoeck, and the engagement partner, who meet within five working days.

12. Fees and invoicing
12.1 The work is performed on a time-and-materials basis at the following daily rates (excl. VAT,
days of 8 hours): lead consultant EUR 1.080,00; data engineer EUR 890,00. These rates are fixed
until 31 December 2027.
12.2 Estimate: lead consultant 22 days and data engineer 20 days, i.e. EUR 41.560,00 excl. VAT.
Clearsight does not exceed this estimate without the product owner's prior written approval; if
it expects to exceed it, it says so in the weekly status update with the reason and a new
estimate.
12.3 Any work outside section 2 is a change request. Within 3 working days Clearsight describes
the change, the effort in days and the effect on the planning; the work starts only after the
product owner has approved the change request by e-mail, and is invoiced with the other days.
12.4 Clearsight invoices at the end of each month the days actually worked, with a timesheet per
consultant. Invoices are payable within 30 days of the invoice date.

13. Term and termination
This SOW takes effect on signature and ends at the end of the warranty period of 9.2; it is not
renewed. The Client may terminate it at any time by registered letter with 15 days' notice.
Clearsight then invoices only the days worked until the end of the notice period and hands over
the work done so far as described in 10.2.

14. Legal
14.1 The semantic model, the reports, the DAX code, the documentation and all other deliverables
become the property of the Client on payment of the invoices concerned. Clearsight keeps its
generic know-how and its own templates and tools; in so far as these are part of the
deliverables, the Client receives a perpetual, non-exclusive licence to use them.
14.2 The sales data contain names and contact details of the Client's customers and sales staff.
Clearsight processes them as processor under the data processing agreement signed on 3 March
2025 (Annex C to the Services Agreement), only within the Client's Microsoft 365 tenant, and
deletes any local copy within 30 days after the end of this SOW.
14.3 Liability, confidentiality, governing law and competent courts: articles 9 to 12 of the
Services Agreement apply.

Signed in Mechelen on 18 December 2026, in two originals.

For Clearsight Analytics BV               For Van Hoeck Bouwmaterialen NV
(signed)                                  (signed)
Pieter-Jan Lambrecht, partner             Koen Van Hoeck, CFO
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
        "legal.liability": "partial",
        "legal.ip": "covered",
        "legal.confidentiality": "partial",
        "legal.data_protection": "covered",
        "legal.governing_law": "partial",
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

EN_T7B_QMS_SUPPORT_TERMS = UnseenDocument(
    name="en_t7b_qms_support_terms",
    text="""QUALITRACK SUPPORT & MAINTENANCE TERMS
Version 4.0 - valid from 1 January 2027

Qualitrack BV - Kempische Steenweg 303, 3500 Hasselt - BE 0538.904.217 - support.qualitrack.be

These Support & Maintenance Terms ("Support Terms") apply to every customer who has bought a
perpetual licence for Qualitrack QMS (on-premise) and has a maintenance subscription with us.
They form part of the Qualitrack General Terms and Conditions (version 2023). If these Support
Terms and the General Terms and Conditions conflict, the General Terms and Conditions prevail.

1. What maintenance includes
- Corrective maintenance: we correct reproducible errors in the standard modules of Qualitrack
  QMS (Documents, CAPA, Audits, Training, Suppliers, Complaints) in the two most recent major
  versions.
- Updates: all new minor and major versions and all security patches, with release notes and,
  for every major version, a validation pack (test protocol and executed test report) for
  customers working in GxP or ISO 13485 environments. Every version is tested with our automated
  regression suite and developed under our ISO 9001 certified quality system.
- Helpdesk: answers to questions of your key users on the use and configuration of the software.
- One remote upgrade per year: we install a new major version first on your test server and,
  after your approval, on your production server, at a moment agreed with you.
Updates are provided under the licence terms of your original licence. Custom reports we build
for you may be used by you for as long as you use Qualitrack QMS; the rights in them remain ours.

Not included: custom reports and workflows, integrations, on-site visits, support of the
underlying server, database (Microsoft SQL Server) or operating system, and errors caused by
changes you make directly in the database. We can do this work for you at the rates of article
5, always on the basis of a written quote that you have approved beforehand.

2. How to reach us
- Support portal support.qualitrack.be, available 24/7 to log tickets
- E-mail support@qualitrack.be
- Telephone +32 11 49 82 10, on working days from 8:30 to 12:00 and from 13:00 to 17:00
  (Belgian public holidays excepted)
Our helpdesk is staffed by QA engineers with at least three years' experience of ISO 9001 and
ISO 13485 quality systems, so you talk to people who know your processes. Only your registered
key users (at most three per customer) can log tickets.

3. Priorities and response times
Priority 1 - nobody can use Qualitrack QMS, or data is corrupted:   response within 4 working hours
Priority 2 - a module cannot be used or a workflow is blocked:      response within 1 working day
Priority 3 - other errors and questions:                            response within 3 working days
"Response" means that a QA engineer has analysed your ticket and contacted you. Priority 1
tickets must also be reported by telephone.
We make every reasonable effort to provide a fix or a workaround for Priority 1 errors within two
working days, but we cannot guarantee resolution times, as they also depend on your
infrastructure.

4. What we expect from you
- Register your key users and make sure they have followed the Qualitrack key-user training.
- Give us remote access through a TeamViewer session started by your key user, or via your VPN.
- Keep your server in line with our published system requirements.
- Install new major versions within 12 months of their release; we support only the two most
  recent major versions.
- Keep back-ups of your database. We cannot restore data that you have not backed up.

5. Fees
The annual maintenance fee is 20 % of the list price of your licences (for example EUR 3.150,00
a year for a Standard licence with 25 users). It is invoiced each December for the next calendar
year; in the first year it is invoiced pro rata from the date of installation. Invoices are
payable within 30 days of the invoice date. The maintenance fee is indexed every 1 January with
the Agoria digital index.
Work outside maintenance is charged at EUR 115,00 per hour (remote, per started half hour) or
EUR 880,00 per day (on site, travel included).

6. Your installation file
For every customer we keep an installation file in our support portal: version, modules, number
of users, server and database details, custom reports and workflows, and the history of your
tickets. Your account manager is your contact for everything that is not a ticket.

7. Escalation
If you are not satisfied with the way a ticket is handled, contact our support manager, Ms Lotte
Claes (lotte.claes@qualitrack.be). If this does not solve the matter within five working days,
our managing director, Mr Dries Vanhoof, will contact you.

8. Term and termination
Maintenance runs per calendar year and is renewed automatically for one year on each 1 January,
unless you or we terminate it by registered letter at least three months before the end of the
calendar year (i.e. by 30 September). If you end maintenance, you keep the right to use the
version you have, but you no longer receive updates or support. If you later want to resume
maintenance, we charge the maintenance fees of the years missed, with a maximum of three years.

9. Source code
The source code of Qualitrack QMS is not deposited in escrow as standard. Customers who want an
escrow arrangement can ask us for one; the costs of the escrow agent are then for the customer.

10. Confidentiality and personal data
Our support staff treat all information in your QMS, including your procedures, audit findings
and complaints, as confidential, also after the end of maintenance.
When we access your system we may see personal data (names of employees, training records,
details of complaints). We process these data only to provide support, as your processor under
the data processing agreement in Annex 2 to the General Terms and Conditions, and we never copy
your database to our own systems without your written permission.

11. Liability
Our total liability under these Support Terms is limited to the maintenance fee you paid for the
current year. We are not liable for indirect damage, loss of data, loss of a certification, or
findings in an audit by a notified body or an authority.

12. Changes to these Support Terms
We may change these Support Terms. We publish the new version on support.qualitrack.be at least
60 days before it takes effect; it applies from the next maintenance year.

13. Disputes
We first try to settle any disagreement in a meeting between your quality manager and our
managing director. If this fails within 30 days, the dispute is submitted to the courts of
Hasselt. These Support Terms are governed by Belgian law.
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.project_cost": "missing",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "missing",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.quality": "covered",
        "reporting.progress": "missing",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.escrow": "partial",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 4,
    },
)

EN_T7B_CYBER_AWARENESS_ORDER_FORM = UnseenDocument(
    name="en_t7b_cyber_awareness_order_form",
    text="""AWARENEST B.V. - ORDER FORM
Order no. AN-2026-1187                                                    Date: 9 December 2026

Supplier:  AwareNest B.V., Stationsplein 45, 3511 ED Utrecht, the Netherlands
           KvK 81234509 - VAT NL862301458B01
Customer:  Verbeke & Partners Accountants BV, Koning Albert I-laan 64, 8200 Brugge, Belgium
           BE 0466.120.384
Customer contact (awareness coordinator): Ms Elke Verbeke, office manager
           (elke.verbeke@verbeke-partners.be)
AwareNest contact: Mr Daan Visser, customer success manager
           (daan.visser@awarenest.com, +31 30 760 12 40)

1. SERVICES ORDERED
AwareNest Business plan for 85 users:
  - e-learning library of more than 250 modules and short videos in Dutch, French and English,
    with a yearly training path assigned automatically to each user;
  - automated phishing simulations, at least one per user per month, with templates adapted to
    accountancy firms (tax authority, Isabel, client portals);
  - "Report phish" button for Outlook (desktop, web and mobile);
  - dashboard for the awareness coordinator and a monthly campaign report by e-mail;
  - quarterly management report: click rate, report rate, training completion and trend per
    team.
Not included: classroom or on-site sessions, SMS and voice phishing simulations, custom modules
and translations into other languages. These can be ordered separately on the basis of a quote
approved by the Customer in writing, and are invoiced after delivery.

2. FEES (EUR, excl. VAT)
  Subscription: 85 users x 29,50 per user per year                      2.507,50 per year
  One-off onboarding fee (single sign-on, user synchronisation,
  branding, import of training history, first campaign)                   950,00
  Total for the initial term of 24 months                                5.965,00
Users added during the term are invoiced pro rata at the same price per user; the number of
users cannot be reduced during a contract year.
The onboarding fee and the first contract year are invoiced on the Start Date; the second
contract year is invoiced on the first anniversary of the Start Date. Invoices are payable
within 30 days of the invoice date.
Prices are fixed for the initial term. For each renewal, AwareNest's list prices at that time
apply; AwareNest communicates them at least 90 days before the renewal date.

3. START AND ONBOARDING
Start Date: 1 February 2027.
  Week 1  kick-off call; single sign-on with Microsoft Entra ID and user synchronisation (SCIM)
          of the 85 users with department and manager
  Week 2  import of the training history from the Customer's previous provider, so that
          completed modules are not repeated; deployment of the Report phish button to all
          mailboxes through the Microsoft 365 admin centre, together with the Customer's IT
          partner
  Week 3  baseline phishing test
  1 March 2027  launch of the training paths and the monthly campaigns
The Customer:
  (a) grants admin consent for the AwareNest application in Entra ID before 1 February 2027;
  (b) has its IT partner allowlist the AwareNest simulation domains and IP addresses in
      Microsoft Defender for Office 365 before the baseline test;
  (c) delivers the CSV export of its training history from its previous provider by
      5 February 2027;
  (d) informs its staff and, where required, consults its employee representatives before the
      first campaign.
Before the launch AwareNest gives a 45-minute live webinar for all staff (recorded for later
viewing). Users can ask questions at any time through the in-platform help and the learner
support desk (learners@awarenest.com).

4. SERVICE LEVELS
Support for the awareness coordinator: working days 8:30-17:30 CET, by e-mail
(support@awarenest.com), chat in the dashboard and telephone.
Response times:
  Priority 1 - platform unavailable, or a simulation sent to recipients outside the agreed
               target group                                                    2 business hours
  Priority 2 - a function of the platform does not work                          1 business day
  Questions                                                                    2 business days
Availability: 99,5 % per calendar month, excluding planned maintenance on Sundays between 6:00
and 10:00 CET. If availability is lower, the Customer receives, on request within 30 days after
the end of the month, a credit of 10 % of the monthly subscription fee for each started 0,5 %
below 99,5 %, up to 50 %.
New modules every month, updated phishing templates, platform updates and security patches are
included in the subscription and are rolled out without downtime.
Mr Visser keeps the Customer's campaign settings and exclusions on file and holds an online
review meeting with the Customer every quarter, based on the quarterly management report.

5. TERM AND TERMINATION
Initial term: 24 months from the Start Date. The subscription then renews automatically for
successive periods of 12 months, unless either party terminates it in writing (an e-mail to the
other party's contact is sufficient) at least 60 days before the end of the current term.
Either party may terminate by written notice if the other party commits a material breach and
does not remedy it within 30 days of that notice. The Customer cannot terminate for convenience
during the initial term; the fees for the initial term remain due.

6. DATA
AwareNest processes the names, e-mail addresses, departments, managers, training results and
simulation results of the Customer's users as processor on behalf of the Customer, under the data
processing agreement in Annex 2, signed together with this Order Form. Data are hosted in
Microsoft Azure, region West Europe (the Netherlands). Individual results are visible only to the
awareness coordinator; managers see results per team of at least five users.
Until 30 days after the end of the subscription the Customer can download all training records
and simulation results as CSV files from the dashboard. AwareNest then deletes all personal data
within 60 days after the end and confirms the deletion in writing.

7. INTELLECTUAL PROPERTY
The platform, the content and the templates remain the property of AwareNest. The Customer may
use the content for the internal training of its own staff during the subscription. Phishing
templates that AwareNest adapts with the Customer's logo and names are not used for other
customers.

8. TERMS
AwareNest's proposal AN-P-2026-0912 of 21 November 2026 forms part of the agreement; this Order
Form prevails over the proposal. This Order Form is subject to the AwareNest Terms of Service,
version 2026.2 (awarenest.com/terms, attached). In case of conflict between this Order Form and
the Terms of Service, the Terms of Service prevail. General or purchasing terms of the Customer
do not apply. Liability: as set out in article 10 of the Terms of Service.
This Order Form is governed by Dutch law; disputes are submitted exclusively to the competent
court in Utrecht.

Signed electronically via Yousign

For AwareNest B.V.                               For Verbeke & Partners Accountants BV
Mark de Groot, sales director                    Filip Verbeke, managing partner
signed on 10/12/2026                             signed on 11/12/2026
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
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
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
        "legal.liability": "partial",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
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

EN_T7B_MANAGED_DESKTOP_RENEWAL_LETTER = UnseenDocument(
    name="en_t7b_managed_desktop_renewal_letter",
    text="""NEXDESK BV
Managed IT for professionals
Hoogstraat 118, 9300 Aalst - BE 0699.318.442 - www.nexdesk.be - +32 53 71 40 00

Notariskantoor De Smedt & Goossens
Attn. Notary Katrien De Smedt
Kerkstraat 27
9200 Dendermonde

Aalst, 16 November 2026
Our ref.: MW-2024-031 / renewal 2027

Subject: renewal of your Managed Workplace agreement on 1 April 2027 - new prices and services

Dear Ms De Smedt,

Your Managed Workplace agreement MW-2024-031 started on 1 April 2024 for an initial term of 36
months. Under its article 12 it renews automatically on 1 April 2027 for a new term of 24 months,
unless either party terminates it by registered letter at least three months before the end of
the term, i.e. by 31 December 2026 at the latest.

We would very much like to keep working for your office, and we are writing to you now so that
you know in good time what changes on renewal.

Why our prices change
Since 2024 our costs have risen considerably: Microsoft raised its licence prices in April 2025,
salaries in our sector were automatically indexed by 6,9 % in total over 2025 and 2026, and we
are adding security tools that we consider necessary for a notary's office. We have kept the
increase as limited as we could.

New prices (EUR per month, excl. VAT)            until 31/03/2027     from 01/04/2027
  Per user, incl. Microsoft 365 licence (14 users)       54,00               61,50
  Per managed laptop or desktop (16 devices)              12,00               13,50
  Server NTDS01 (monitoring, patching, back-up)          145,00              165,00
  Total per month                                      1.093,00            1.242,00
  Hourly rate for work outside the agreement              92,00               98,00
  Travel to Dendermonde, per visit                        35,00               45,00
From 1 April 2028 these prices are indexed every year on 1 April with the Agoria index for
digital services, using the formula of article 8 of the agreement.
Invoicing and payment do not change: quarterly in advance (EUR 3.726,00 per quarter from April
2027), payable within 30 days of the invoice date.

What is new
- Microsoft 365 Business Premium instead of Business Standard for all users, with Intune device
  management and Defender for Business on all laptops and desktops.
- A daily back-up of all mailboxes, OneDrive and SharePoint, kept for one year in Microsoft's EU
  data centre in Amsterdam.
- Monthly patching of Windows, Office and your applications (including the client of your
  notarial software) in a maintenance window on Tuesday evening, and quarterly firmware updates
  of your firewall and switches.
- Longer support hours: from 1 April 2027 our helpdesk is available on working days from 8:00
  to 18:00 (now 8:30 to 17:30), by telephone on 053 71 40 00, through the portal and by e-mail
  at support@nexdesk.be.
- Moving your devices to Intune is a one-off job at EUR 1.150,00 excl. VAT, invoiced in April
  2027. We enrol the 16 devices during two evenings, on 13 and 15 April 2027, so that nobody
  loses working time; each user then needs 15 minutes the next morning to sign in again with
  the Authenticator app. Beforehand we give a 30-minute session at your office on the new way of
  signing in, on 8 April 2027 at 12:30.

What we need from you
- Three of your desktops (reception and archive) still run Windows 10, which no longer receives
  security updates. Please replace them before 1 April 2027; we will gladly send you an offer.
- Please make sure that every user is available for the short sign-in on 14 or 16 April 2027.

What stays the same
- Bram Van der Linden remains your dedicated technician and visits your office on the first
  Thursday of every month for half a day; I remain your account manager. Your environment
  (devices, licences, network plan, passwords) stays documented in our IT Glue platform.
- You keep receiving our monthly report on patch status, back-ups, security alerts and tickets,
  and in March we will plan the yearly review meeting with you.
- The response and resolution times of Annex 2 (Service Level Agreement) to the agreement remain
  unchanged.
- Not included, as before: the purchase of hardware, your printers and copiers (serviced by your
  Canon dealer) and the notarial software itself (supported by its vendor). For work outside the
  agreement we always tell you the expected number of hours first and start only after your OK.
- Our technicians remain bound to strict confidentiality about everything they see in your
  office and systems, including deeds and client files.
- Our data processing agreement of 1 April 2024 remains in force. We have updated its Annex 1
  (processing activities) for the new back-up; the updated annex is enclosed.
- All other provisions of the agreement and our general terms and conditions remain applicable.

If you do not wish to renew on these terms, please let us know by registered letter before
31 December 2026. Without notice from you, the agreement renews on 1 April 2027 for 24 months at
the prices and conditions set out above.

We would appreciate it if you could sign a copy of this letter for agreement and return it to
us for our records.

Kind regards,

(signed)
Sofie Martens
Account manager, Nexdesk BV

Enclosure: updated Annex 1 to the data processing agreement

For agreement, Notariskantoor De Smedt & Goossens
Name: ..............................   Date: ..............   Signature: ..........................
""",
    items={
        "agreement.general_terms": "partial",
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
        "team.quality": "missing",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
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
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.open_ended_cost": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 24,
        "notice_period_days": 90,
        "payment_term_days": 30,
    },
)


DOCUMENTS = [
    EN_T7B_POWER_BI_REPORTING_SOW,
    EN_T7B_QMS_SUPPORT_TERMS,
    EN_T7B_CYBER_AWARENESS_ORDER_FORM,
    EN_T7B_MANAGED_DESKTOP_RENEWAL_LETTER,
]
