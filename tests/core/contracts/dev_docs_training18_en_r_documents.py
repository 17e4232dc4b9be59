"""Training batch 18 (en, writer r): (1) a formal support and maintenance agreement between a
Mechelen software house and a Limburg logistics company for its label-printing middleware
(LabelBridge), with P1-P3 service levels, service credits, escrow and an exit clause; (2) an
order form by a Utrecht HR analytics SaaS supplier for a Walloon retail group, with key-value
lines, a fee table, an implementation plan and an SLA schedule (availability, severities,
credits), signed by both; (3) the standard terms and conditions of a UK managed-IT provider
(service tiers, target response times on reasonable endeavours, automatic renewal, low liability
cap, retention right), not signed; (4) a statement of work under a framework agreement for the
migration of a Mechelen museum's collection database from Adlib to a hosted collection
management system, signed by the supplier only (client signature lines left blank).

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser.

Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a term given as a date range is
counted in months; a quote accepted by e-mail or an empty client signature line raises
risk.unsigned; a negation, disclaimer, bare cross-reference, placeholder or best-efforts wording
is "partial". Where several similar numbers appear (a price-change notice next to the
non-renewal notice, an acceptance window next to the warranty, a lower priority's response time
next to the highest one's), only the figure with the labelled role is used.
"""

from .unseen_documents import UnseenDocument

EN_T18R_LABEL_PRINTING_MIDDLEWARE_SUPPORT = UnseenDocument(
    name="en_t18r_label_printing_middleware_support",
    text="""SUPPORT AND MAINTENANCE AGREEMENT
LabelBridge label-printing middleware - contract no. LW-SMA-2027-004

BETWEEN
Labelwise BV, Zandvoortstraat 21, 2800 Mechelen, enterprise no. BE 0642.318.907, represented by
Mr Koen Verstraeten, managing director ("Labelwise" or "the Supplier");
AND
Hoeberghs Logistics NV, Europark 1040, 3530 Houthalen-Helchteren, enterprise no.
BE 0437.590.214, represented by Ms Leen Hoeberghs, CEO, and Mr Dirk Wouters, IT manager
("Hoeberghs" or "the Client").

Article 1 - Contract documents
1.1 This Agreement consists of this document and its annexes: Annex A - description of the
installed LabelBridge environment (servers, 142 printers at 38 docks, interfaces with SAP EWM
and the carrier platforms); Annex B - Labelwise's offer LW-2026-118 of 6 November 2026; Annex C -
data processing agreement.
1.2 In case of contradiction this document prevails over Annex C, Annex C over Annex A and Annex A
over Annex B. The general terms and conditions of either party do not apply.

Article 2 - Services
2.1 Labelwise provides the following services for LabelBridge version 6 as installed at the
Client's sites in Houthalen and Genk:
  a) service desk and corrective maintenance (diagnosis and correction of faults in LabelBridge,
     its print queues and its interfaces with SAP EWM);
  b) 24/7 remote monitoring of the print queues and the interface services, with automatic
     ticket creation when a queue is blocked for more than 5 minutes;
  c) new releases of LabelBridge and updated carrier label templates (GS1-128, DPD, PostNL,
     bpost, DHL Freight, GLS) in time for each carrier's mandatory change date;
  d) one preventive health check per half year on site.
2.2 Not included: repair of printer hardware (covered by the Client's printer supplier), changes
to SAP EWM, connecting new carriers or new sites, and faults caused by the Client's network. Such
work can be ordered as additional work under article 4.

Article 3 - Fees (EUR, excl. VAT)
3.1 One-off onboarding fee (intake of the environment, installation of the monitoring agent,
drafting the run book): EUR 3.950,00, invoiced on signature.
3.2 Annual support fee: EUR 28.600,00, invoiced yearly in advance in January.
3.3 The annual fee is indexed on 1 January of each year according to the Agoria reference index
for labour costs, with a maximum of 4 % per year. Labelwise announces the indexed fee in writing
at least two months before it applies.
3.4 All invoices are payable within thirty (30) days of the invoice date. Late payments bear
interest at the statutory rate under the Belgian Act of 2 August 2002.

Article 4 - Additional work
4.1 Additional work is charged at EUR 105,00 per hour (support engineer) and EUR 128,00 per hour
(senior integration engineer), in units of 15 minutes. These rates are indexed as in article 3.3.
4.2 For each request Labelwise first sends an estimate of hours and lead time. Work starts only
after written approval of the estimate by the Client's IT manager. Hours beyond the approved
estimate are only invoiced if the Client approved a revised estimate beforehand.
4.3 Labelwise corrects free of charge any defect in work delivered under this article that is
reported within 60 calendar days after it was put into production.

Article 5 - Support hours and service levels
5.1 The service desk is reachable Monday to Saturday from 6:00 to 22:00 through the portal
support.labelwise.be and by telephone on +32 15 28 90 40. For priority 1 incidents a hotline is
available 24 hours a day, 7 days a week, on +32 15 28 90 49.
5.2 Priorities and service levels:

  Priority | Definition                                   | Response     | Workaround / fix
  P1       | no labels can be printed at one or more      | 60 minutes,  | workaround within
           | docks, or shipping to a carrier is blocked   | 24/7         | 4 hours
  P2       | one printer line, one label type or one      | 4 hours      | workaround within
           | carrier interface disturbed, shipping goes on| (support hrs)| 1 working day
  P3       | questions, cosmetic faults                   | 2 working    | in the next
           |                                              | days         | release

5.3 Response means a qualified engineer has started working on the incident and contacted the
Client's reporter. Times run only during the support hours of 5.1, except for P1.
5.4 If in a calendar quarter the P1 response time or workaround time is exceeded more than twice,
the Client receives a credit of 10 % of the quarterly share of the annual fee, and of 20 % if
exceeded more than four times. The credit is deducted from the next invoice.

Article 6 - Updates
New releases and label templates are first installed in the Client's acceptance environment. The
Client tests them within ten working days; Labelwise installs them in production at a moment
approved by the Client, outside the peak shipping hours. Security patches for LabelBridge and its
runtime components are installed within ten working days of their release, critical ones within
48 hours.

Article 7 - Team and knowledge of the Client
7.1 Labelwise appoints Ms Hanne Claes as service manager and Mr Bram Peeters as dedicated back-up
engineer for the Client. The engineers handling the Client's incidents have at least three years'
experience with LabelBridge and are Zebra Certified Integrators.
7.2 Labelwise informs the Client at least one month in advance if the service manager or the
back-up engineer changes; the successor is introduced to the Client and works through the run book
with the outgoing person, at no cost to the Client.
7.3 Labelwise keeps the run book (configuration, printer list, interface descriptions, contact
persons, known issues) up to date after every change and sends a copy to the Client every six
months.
7.4 Every change is tested in the acceptance environment before it goes into production, and
Labelwise works according to an ITIL-based incident and change process.

Article 8 - Reporting and consultation
8.1 Before the 10th of each month Labelwise sends a service report: tickets per priority, response
and workaround times achieved, print volumes and error rates per site, planned changes.
8.2 Every quarter the service manager and the Client's IT manager hold a service review.
8.3 Escalation: service manager - operations director of Labelwise (Mr Stijn Aerts) - managing
director of Labelwise and CEO of the Client.

Article 9 - Obligations of the Client
The Client provides permanent VPN access for the monitoring, keeps an acceptance environment
available, appoints two key users who report incidents, and informs Labelwise at least ten working
days in advance of any change to SAP EWM, its network or its printers that may affect LabelBridge.

Article 10 - Term and termination
10.1 This Agreement takes effect on 1 January 2027 for an initial period of thirty-six (36)
months. It is then tacitly renewed for successive periods of one year, unless either party
terminates it by registered letter with three months' notice before the end of the current period.
10.2 If the yearly indexation would exceed 4 %, the Client may terminate the Agreement within one
month after receiving the announcement, with effect on the date of the increase.
10.3 Either party may terminate this Agreement with immediate effect by registered letter if the
other party fails to remedy a serious breach within 30 days of a written notice of default.

Article 11 - End of the Agreement
11.1 At the Client's request Labelwise continues the services for up to six months after the end
of the Agreement at the fee then in force, pro rata, and assists the new supplier during up to
three working days at no charge, including a walkthrough of the run book.
11.2 Within 15 days after the end Labelwise hands over the run book, the Client-specific label
templates and configuration files, and exports the print logs of the last 12 months in CSV.
11.3 The source code of LabelBridge 6 is deposited with Escrow Europe (Belgium) and updated at each
major release. It is released to the Client if Labelwise is declared bankrupt or stops supporting
LabelBridge 6 before 31 December 2031.

Article 12 - Liability
Each party's liability under this Agreement is limited per year to the annual support fee, with a
minimum of EUR 100.000,00. Indirect damage such as loss of profit is excluded, except in case of
fraud or wilful misconduct.

Article 13 - Intellectual property, confidentiality and personal data
13.1 Label templates and scripts made specifically for the Client belong to the Client. Labelwise
keeps all rights in LabelBridge; the Client's licence is governed by the licence agreement of 12
May 2021.
13.2 Both parties keep confidential all information received from the other party, during this
Agreement and for three years after its end.
13.3 Labels and print logs contain names and addresses of consignees. Labelwise processes these
data only as processor under Annex C and notifies any personal data breach within 24 hours.

Article 14 - Disputes
The parties first try to settle any dispute through the escalation path of article 8.3. If no
solution is found within 30 days, the dispute is brought before the courts of Antwerp, division
Mechelen. Belgian law applies.

Signed in Houthalen on 14 December 2026, in two originals.

For Labelwise BV                      For Hoeberghs Logistics NV
(signed)                              (signed)                     (signed)
Koen Verstraeten                      Leen Hoeberghs               Dirk Wouters
Managing director                     CEO                          IT manager
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "missing",
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
        "rollout.warranty": "covered",
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
        "response_time_hours_highest_priority": 1,
    },
)

EN_T18R_HR_ANALYTICS_ORDER_FORM = UnseenDocument(
    name="en_t18r_hr_analytics_order_form",
    text="""PEOPLEMETRICS - ORDER FORM
Order Form no. PM-OF-2026-0713                                   Date: 27 November 2026

Supplier:        PeopleMetrics B.V., Catharijnesingel 58, 3511 GD Utrecht, the Netherlands
                 KvK 71220345 - VAT NL858741209B01
Customer:        Maison Delvaux Retail Group NV, Chaussée de Bruxelles 135, 1300 Wavre, Belgium
                 BE 0417.663.028
Customer contact: Ms Aline Dumont, HR director (aline.dumont@delvauxretail.be)
Supplier contact: Mr Ruben de Graaf, customer success manager (ruben@peoplemetrics.nl)

1. SERVICE
Product:              PeopleMetrics Insight - HR analytics platform (SaaS)
Modules:              Headcount & FTE, Turnover & Retention, Absenteeism (Bradford factor),
                      Diversity & Pay Equity, Workforce Planning
Employees in scope:   1.150 (employees of the Customer and its subsidiaries in Belgium)
Users:                up to 40 named users (HR, finance, store management)
Source systems:       SD Worx payroll (Belgian social secretariat) and the Customer's Workday
                      HCM, via the standard PeopleMetrics connectors
Not included:         payroll processing, engagement surveys, connectors to other source
                      systems, custom reports and custom data models (available as
                      Professional Services)

2. SUBSCRIPTION TERM
Start date:           1 March 2027
End date:             28 February 2029
Renewal:              the subscription renews automatically for successive periods of one year,
                      unless either party gives written notice of non-renewal at least 60 days
                      before the end of the then-current term
Price changes:        PeopleMetrics may adjust the Fees with effect from any renewal by informing
                      the Customer in writing at least 90 days before the renewal date

3. FEES (EUR, excl. VAT)
  Item                                                   Basis                      Amount
  Subscription PeopleMetrics Insight                    1.150 employees x 3,10    42.780,00
                                                          per month, per year
  Implementation and connector set-up (fixed fee)       one-off                   14.500,00
  Train-the-trainer package (2 sessions + e-learning)   one-off                    1.800,00
  Professional Services (custom reports, extra          per consultant day         1.050,00
  connectors)

Invoicing:            Implementation: 50 % on signature of this Order Form, 50 % on Go-Live.
                      Training: on delivery of the second session.
                      Subscription: annually in advance, first invoice on the Start date.
Payment term:         45 days from invoice date
Professional Services are only performed on the basis of a written quote signed by the
Customer; the quote states the number of days and the fixed price.

4. IMPLEMENTATION
Kick-off:             week of 11 January 2027
Connectors live:      by 12 February 2027 (SD Worx and Workday, test tenant)
Historical load:      PeopleMetrics loads 36 months of history (payroll, contracts, absences,
                      organisation structure) from both source systems and delivers a
                      reconciliation report comparing headcount per month with the Customer's
                      official social balance figures
Validation:           the Customer checks the reconciliation report within 10 business days;
                      differences above 0,5 % of headcount are corrected and re-delivered;
                      the historical load is accepted when the Customer confirms in writing
                      that all differences are below 0,5 %
Go-Live:              1 March 2027 (production tenant, all users invited)
Customer provides:    API credentials for SD Worx and Workday by 8 January 2027, the
                      organisation chart and cost-centre list by 15 January 2027, and a named
                      HR project lead available one day per week until Go-Live
PeopleMetrics team:   Mr Ruben de Graaf (customer success manager) and Ms Noor Bakker
                      (implementation consultant)
Training:             two train-the-trainer sessions of half a day in Wavre for up to 10 HR
                      business partners; e-learning access for all users

5. DATA AND PRIVACY
The Customer is the controller and PeopleMetrics the processor of the employee data. The Data
Processing Agreement in Schedule 2 applies. Data is hosted in Microsoft Azure, region West Europe
(Amsterdam); the list of sub-processors is in Schedule 2. Dashboards apply a minimum group size of
5 employees so that individual employees cannot be identified. The Customer owns its data and may
export it at any time via CSV export or the reporting API. After the end of the subscription the
Customer has 30 days to export its data; PeopleMetrics then deletes all Customer data within 60
days and confirms the deletion in writing.
On request, PeopleMetrics will provide reasonable assistance for a transfer to another provider at
its Professional Services rate.

6. TERMS
This Order Form is governed by the PeopleMetrics Subscription Agreement version 4.1 (attached). In
case of conflict, this Order Form and its schedules prevail over the Subscription Agreement.
PeopleMetrics retains all intellectual property rights in the platform; the Customer receives a
non-exclusive right to use it during the subscription term. Either party may terminate this Order
Form if the other party commits a material breach and does not remedy it within 30 days of written
notice. Liability: see clause 11 of the Subscription Agreement. Dutch law applies; disputes are
submitted to the competent court in Utrecht.

SCHEDULE 1 - SERVICE LEVELS

1. Availability
PeopleMetrics guarantees an availability of the production platform of 99,7 % per calendar month,
measured by external monitoring every minute. Planned maintenance on Sundays between 02:00 and
06:00 CET, announced at least 5 days in advance, is not counted as unavailability.

2. Support
Support desk: Monday to Friday, 08:00 - 18:00 CET, in English, Dutch and French, via the support
portal, e-mail (support@peoplemetrics.nl) or telephone +31 30 799 12 00. Severity 1 incidents can
also be reported by telephone between 07:00 and 22:00 CET, seven days a week.

   Severity                                          Response time      Workaround / resolution
   1 - platform unavailable, or personal data        30 minutes         4 hours
       visible to unauthorised users
   2 - a module or a connector does not work         2 business hours   1 business day
   3 - other faults                                  1 business day     10 business days
   4 - questions and requests                        3 business days    -

3. Service credits
  Monthly availability        Credit (of the monthly subscription fee)
  below 99,7 %                5 %
  below 99,0 %                10 %
  below 97,0 %                25 %
The Customer claims credits within 30 days after the monthly SLA report. Credits are deducted from
the next invoice.

4. Releases
New releases are deployed monthly without downtime; release notes are published in the portal one
week in advance. Critical security patches are applied within 72 hours.

5. Reporting and reviews
The monthly SLA report (availability, tickets per severity, times achieved) is published in the
admin portal by the 5th business day of the following month. The customer success manager holds a
quarterly business review with the Customer's HR director.

SIGNATURES
For PeopleMetrics B.V.                      For Maison Delvaux Retail Group NV
(signed)                                    (signed)
Femke Jansen, CEO                           Aline Dumont, HR director
Date: 27/11/2026                            Date: 02/12/2026
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
        "exit.transition": "partial",
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
        "payment_term_days": 45,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.7,
    },
)

EN_T18R_UK_MANAGED_IT_TERMS = UnseenDocument(
    name="en_t18r_uk_managed_it_terms",
    text="""HALCYON MANAGED IT LIMITED
STANDARD TERMS AND CONDITIONS FOR MANAGED SERVICES (version 7.2, effective 1 September 2026)

Halcyon Managed IT Limited, company no. 08614227, registered office 3 Forbury Square, Reading
RG1 3EB, United Kingdom ("Halcyon", "we", "us").

1. APPLICATION
1.1 These Terms apply to every Order between Halcyon and the customer named in the Order (the
"Customer") and to the exclusion of any terms the Customer seeks to impose, including terms on a
purchase order, even if Halcyon acknowledges or accepts that purchase order.
1.2 "Order" means a quotation issued by Halcyon and accepted by the Customer in writing, by
e-mail or through our online portal. Each Order incorporates these Terms and the Service Schedule
for the services ordered. In case of conflict, these Terms prevail over the Service Schedule, and
the Service Schedule prevails over the Order.
1.3 We may amend these Terms from time to time by publishing a new version on halcyonit.co.uk/
terms. The new version applies to existing Orders 30 days after publication.

2. SERVICES
2.1 We provide the managed services described in the Order, in one of the following tiers:
  - Essential: service desk, remote monitoring, patch management of Windows devices;
  - Complete: Essential plus on-site support (1 visit per month), Microsoft 365 administration,
    monthly service report;
  - Complete+: Complete plus out-of-hours cover for P1 incidents and a quarterly technology
    business review.
2.2 During onboarding we audit the Customer's environment, deploy our monitoring agents and
record the Customer's assets, licences and configuration in our documentation platform. We keep
this record up to date and assign an account manager to the Customer.
2.3 We will perform the Services with reasonable skill and care.
2.4 We may change the way the Services are provided, including the tools and subcontractors we
use, provided this does not materially reduce the Services.

3. CUSTOMER OBLIGATIONS
The Customer shall: (a) give our engineers remote and, where needed, physical access to its
premises and systems; (b) maintain valid licences for all third-party software; (c) appoint a
main contact authorised to approve changes; (d) report incidents through the portal or by
telephone; (e) give us at least 10 Business Days' notice of office moves or new starters in bulk.

4. SERVICE DESK AND SERVICE LEVELS
4.1 The service desk is available 08:00 to 18:00 UK time, Monday to Friday, excluding bank holidays
in England, via portal, e-mail (help@halcyonit.co.uk) and telephone 0118 496 0700. Out-of-hours
cover for P1 incidents is available to Complete+ customers only.
4.2 We will use reasonable endeavours to respond within the following target times:
     P1 Critical - whole site or critical system down          1 hour
     P2 High     - several users or a key application affected 4 hours
     P3 Medium   - single user affected                        1 Business Day
     P4 Low      - requests and questions                      3 Business Days
Target times run during service desk hours only. Resolution times are not guaranteed.
4.3 For hosted services (Halcyon Cloud backup and hosted servers) we target an availability of
99.9% per calendar month, excluding planned maintenance.
4.4 Service levels are targets only. Failure to meet them does not entitle the Customer to any
service credit, refund or compensation, nor to terminate the Order.
4.5 We deploy Microsoft security updates to managed devices within 14 days of release and
critical security updates within 72 hours, unless the Customer asks us in writing to defer them.
Third-party application updates are deployed monthly.
4.6 Complete and Complete+ customers receive a monthly service report by e-mail (tickets, patch
status, backup status). Complete+ customers have a quarterly technology business review with
their account manager.

5. CHARGES AND PAYMENT
5.1 The Customer shall pay the Monthly Charges set out in the Order, invoiced monthly in advance,
and the Onboarding Fee set out in the Order, invoiced on acceptance of the Order.
5.2 Work outside the scope of the Services, including work caused by the Customer's own actions,
is charged on a time and materials basis at our standard rates in force at the time, in
increments of 15 minutes, and invoiced monthly in arrears.
5.3 We may increase the Charges once in each Contract Year by giving the Customer at least 30
days' written notice.
5.4 Invoices are payable within 14 days of the invoice date. We may charge interest on late
payments under the Late Payment of Commercial Debts (Interest) Act 1998 and suspend the Services
if any invoice is more than 30 days overdue.

6. PROJECTS
6.1 Projects (such as migrations, installations and hardware deployments) are carried out as
described in the relevant Order. Any dates given are estimates only; time is not of the essence
and we shall not be liable for any delay.
6.2 On completion of a project we notify the Customer. The project is deemed accepted 5 Business
Days after that notice unless the Customer notifies us in writing of a material defect within
that period, in which case we correct the defect and notify completion again.
6.3 We correct free of charge any defect in project work notified to us within 30 days after
acceptance. Hardware is covered only by the manufacturer's warranty.

7. TERM AND TERMINATION
7.1 Each Order starts on the Service Commencement Date and continues for a minimum term of 36
months, unless the Order states otherwise (the "Minimum Term").
7.2 After the Minimum Term, the Order renews automatically for successive periods of 12 months
unless either party gives the other at least 90 days' written notice before the end of the
Minimum Term or the then-current renewal period.
7.3 If the Customer terminates an Order before the end of the Minimum Term, other than under 7.4,
it shall pay all Monthly Charges for the remainder of the Minimum Term.
7.4 Either party may terminate an Order by written notice if the other party commits a material
breach which is not remedied within 30 days of written notice requiring it to do so.

8. EXIT
8.1 On termination we will provide reasonable assistance to transfer the Services to the Customer
or a new provider, charged at our standard rates.
8.2 We may retain any Customer equipment, documentation, passwords and Customer Data in our
possession until all sums due to us have been paid in full.
8.3 Customer Data held on our hosted services is deleted 30 days after termination.

9. LIABILITY
9.1 Nothing in these Terms limits liability for death or personal injury caused by negligence, or
for fraud.
9.2 We shall not be liable for loss of profits, revenue or business, loss or corruption of data,
or any indirect or consequential loss. The Customer is responsible for backing up its data unless
it has ordered our backup service.
9.3 Our total liability in each Contract Year shall not exceed the Charges paid by the Customer in
the three months before the event giving rise to the claim.

10. DATA PROTECTION AND CONFIDENTIALITY
10.1 Where we process personal data on the Customer's behalf, we do so as processor under the UK
GDPR and, where applicable, the EU GDPR, in accordance with our Data Processing Schedule at
halcyonit.co.uk/dps, which forms part of each Order.
10.2 Each party shall keep confidential the other party's confidential information and use it
only for the purposes of the Order, during the Order and for three years after its end.

11. INTELLECTUAL PROPERTY
We and our licensors retain all intellectual property rights in our tools, scripts, documentation
templates and software. Customer Data remains the property of the Customer. Deliverables created
specifically for the Customer in a project are licensed to the Customer on a non-exclusive,
perpetual basis once paid for.

12. DISPUTES AND GOVERNING LAW
12.1 Any dispute shall first be referred to the account manager and the Customer's main contact,
then to a director of each party. If not resolved within 20 Business Days, the parties shall
attempt to settle it by mediation under the CEDR Model Mediation Procedure before starting court
proceedings.
12.2 These Terms and each Order are governed by the law of England and Wales. The courts of
England and Wales have exclusive jurisdiction.
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.startup_cost": "partial",
        "budget.extra_costs": "partial",
        "budget.recurring_cost": "partial",
        "budget.payment_terms": "covered",
        "timing.planning": "partial",
        "timing.client_obligations": "covered",
        "timing.delay": "partial",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "partial",
        "exit.escrow": "missing",
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
        "risk.open_ended_cost": True,
        "risk.data_lockin": True,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 14,
        "warranty_days": 30,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.9,
    },
)

EN_T18R_MUSEUM_COLLECTION_MIGRATION_SOW = UnseenDocument(
    name="en_t18r_museum_collection_migration_sow",
    text="""STATEMENT OF WORK no. 3
Migration of the collection database from Adlib Museum to Arca Collections

Framework agreement: "Digital heritage services" between AGB Musea Mechelen and Collectio BV,
awarded after the open procedure 2024/MUS/017 and signed on 14 March 2025 (the "Framework")
SOW reference: COL-SOW-2026-03                                 Version 1.2 - 30 November 2026

Parties
Client:    AGB Musea Mechelen, for Museum Hof van Rivieren, Keizerstraat 14, 2800 Mechelen,
           enterprise no. BE 0862.447.193
Supplier:  Collectio BV, Vaartkom 31, 3000 Leuven, enterprise no. BE 0728.604.551

1. Documents
This SOW is concluded under the Framework; the Framework's terms apply to it. In case of conflict,
the Framework prevails over this SOW, and this SOW prevails over Collectio's proposal CO-26-077 of
20 October 2026, which is attached as Appendix 1 and forms part of this SOW.

2. Objective and scope
Collectio migrates the museum's collection registration from Adlib Museum 7.1 (on-premise, SQL
Server 2014) to Arca Collections, the hosted collection management system that the museum has
licensed directly from its vendor. In scope:
  - 48.200 object records, including the loans and exhibitions history from 1998 to 2026;
  - 12.600 persons and institutions, deduplicated against the VIAF and the Flemish Erfgoedplus
    authority files;
  - the thesauri (object names, materials, techniques) mapped to the AAT where possible;
  - 61.000 digital images (about 3,1 TB) and their links to the object records;
  - a LIDO export profile in Arca for harvesting by the Flemish heritage platform.
Out of scope: retro-cataloguing or correcting records beyond the agreed mapping, photographing
objects, the Arca licence and hosting fees, and the conservation records kept in Excel files
(optional module B in Appendix 1, EUR 4.200,00, only if ordered in writing).

3. Price and payment (EUR, excl. VAT)
Fixed price for the scope of section 2: EUR 67.850,00, travel costs included.
  Instalment 1 - 30 % on signature of this SOW                               20.355,00
  Instalment 2 - 30 % on approval of test migration 2                        20.355,00
  Instalment 3 - 40 % on acceptance of the final migration                   27.140,00
Invoices are payable within 30 days of receipt, by transfer to the account stated on the invoice.
Additional work is only carried out after a change request describing the work, the number of
days and the effect on the planning has been signed by the museum's project owner. It is charged
at EUR 890,00 per day (data consultant) or EUR 1.040,00 per day (senior data architect). These
rates are fixed until 31 December 2027.

4. Planning
  Phase                                                  Dates
  Analysis, mapping document and deduplication rules    11 January - 5 February 2027
  Test migration 1 + reconciliation report              by 26 February 2027
  Test migration 2 + reconciliation report              by 26 March 2027
  Cataloguing freeze in Adlib                            from 16 April 2027
  Final migration                                        19 - 23 April 2027
  Go-live in Arca Collections                            26 April 2027
  End of warranty                                        three months after go-live

5. Obligations of the museum
  - Deliver a full copy of the Adlib database and the image folders by 8 January 2027 and give
    read-only access to the production database until go-live.
  - Make the registrar, Ms Sarah Lemmens, available two days per week from 11 January until
    go-live to validate the mapping and the test migrations.
  - Ensure that the Arca vendor provisions the test and production environments by 1 February
    2027.
  - Stop cataloguing in Adlib from 16 April 2027 until go-live.
If the museum delivers late, the dates of section 4 shift accordingly; Collectio announces any
extra days this causes in a change request before carrying them out. If Collectio misses the
go-live date for reasons of its own, it finishes the work at no extra cost and instalment 3 is
reduced by 2 % per started week of delay, up to 10 %.

6. Team
Collectio: Ms Annelies Wouters, project lead and senior data architect (twelve years of museum
data migrations, Adlib and SPECTRUM 5.1 certified trainer), and Mr Jonas De Ridder, data
consultant. The museum: Dr Pieter Van Hove, head of collections (project owner), and Ms Sarah
Lemmens, registrar.
Collectio does not replace Ms Wouters or Mr De Ridder without the museum's written consent; a
replacement has comparable experience and is briefed at Collectio's cost.

7. Quality, reporting and steering
Each test migration is delivered with a reconciliation report (record counts per record type,
rejected records with reason, image links) and is checked by Collectio on a sample of 200 records
before delivery. Collectio sends a short status e-mail every Friday (progress, issues, next steps).
A steering group (museum director, head of collections, Collectio's managing partner and project
lead) meets every four weeks. Disagreements are first put to the steering group, which meets
within 10 working days; only if it finds no solution do the parties turn to the dispute rules of
the Framework.

8. Acceptance
The museum checks each test migration and the final migration within 10 working days of delivery
against these criteria: 100 % of the records in scope present, no loss of mandatory SPECTRUM
fields, at least 99,5 % of the image links working, and the LIDO export validating against the
schema. The museum records its findings in an acceptance report signed by the project owner.
Test migration 2 is approved, and the final migration accepted, when all criteria are met.

9. Go-live and training
Collectio carries out the final load in the week of 19 April 2027, checks it with the registrar
and switches the LIDO harvest to Arca on 26 April 2027. Collectio gives two half-day sessions for
the six collection staff on finding and correcting migrated data in Arca, and a one-day workshop
for the registrar on the data model and bulk imports. Collectio hands over the final mapping
document and the migration scripts.

10. Warranty
For three months after go-live Collectio corrects free of charge all errors caused by the
migration (wrong mapping, missing or duplicated records, broken image links). Errors are reported
to support@collectio.be or +32 16 49 72 10, working days 9:00-17:00. Collectio responds to
blocking errors within 4 working hours and to other errors within 2 working days, and corrects
them within 5 working days.

11. Intellectual property and data
The mapping document and the migration scripts written for this SOW become the museum's property
upon payment of instalment 3. Collectio keeps its generic migration toolkit and grants the museum
a free, perpetual licence to use it for the museum's own data. Personal data in the collection
database (lenders, donors, artists' contact details) is processed by Collectio only as processor
under the processing agreement in Annex 4 of the Framework, on Collectio's servers in Belgium.
Collectio deletes all copies of the museum's data within 30 days after the end of the warranty and
confirms this in writing.

12. Other provisions
Liability: Collectio's liability under this SOW is limited as provided in Article 12 of the
Framework, i.e. to the price of this SOW, except for wilful misconduct and gross negligence.
Termination: Article 14 of the Framework applies.
Confidentiality: Article 11 of the Framework applies.

Signed in two originals.

For Collectio BV                             For AGB Musea Mechelen
(signed)                                     Signature: ______________________
Wim Claessens, managing partner              Name:      ______________________
Date: 30/11/2026                             Date:      ______________________
""",
    items={
        "agreement.signed_both": "partial",
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
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "missing",
        "exit.termination": "partial",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "partial",
        "legal.data_protection": "covered",
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
        "risk.unsigned": True,
    },
    figures={
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 4,
    },
)


DOCUMENTS = [
    EN_T18R_LABEL_PRINTING_MIDDLEWARE_SUPPORT,
    EN_T18R_HR_ANALYTICS_ORDER_FORM,
    EN_T18R_UK_MANAGED_IT_TERMS,
    EN_T18R_MUSEUM_COLLECTION_MIGRATION_SOW,
]
