"""Held-out batch 9, English documents: a managed service agreement for a data warehouse
(onboarding/migration project followed by 36 months of managed service) between a Dutch data
engineering firm and a Belgian building-materials wholesaler; an order form with the supplier's
master subscription agreement for a field-service app, sold by a Dutch SaaS company to a Limburg
HVAC installer; and a short penetration-test engagement letter from a Leuven security firm to a
Zeebrugge logistics company, with an empty "agreed for" line for the client.

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches (months = 30 days for notice and warranty; response time of the highest priority
in hours, working hours counted as hours; 15 minutes = 0.25; a quote accepted by e-mail or an
empty client signature line is a partial signature and raises risk.unsigned).
"""

from .unseen_documents import UnseenDocument

EN_DATA_WAREHOUSE_MANAGED_SERVICE_AGREEMENT = UnseenDocument(
    name="en_data_warehouse_managed_service_agreement",
    text="""DATA WAREHOUSE MANAGED SERVICE AGREEMENT
Agreement no. NP-MSA-2026-014

BETWEEN
Noordpunt Data B.V., Stationsplein 8, 5611 AB Eindhoven, the Netherlands, Chamber of Commerce
no. 80412376, VAT NL861204377B01, represented by Mr Bas van Leeuwen, director ("Noordpunt");
AND
Verbeke Bouwmaterialen NV, Industrieweg 14, 2800 Mechelen, Belgium, enterprise no. 0418.552.907,
represented by Mr Dirk Verbeke, CEO, and Ms Sofie Lauwers, CFO (the "Client").

Article 1 - Purpose and contract documents
1.1 The Client runs a reporting data warehouse on an on-premise SQL Server 2016 with 14 SSIS
packages, fed from Microsoft Dynamics NAV, Salesforce and its warehouse management system. The
Client wishes to move it to Snowflake (region Azure West Europe) and to have Noordpunt operate it.
1.2 The Agreement consists of this document and: Annex 1 - Noordpunt's proposal NP-2026-071 of
6 November 2026 (solution design and work breakdown); Annex 2 - Service Level Agreement;
Annex 3 - price list and rates; Annex 4 - data processing agreement. In case of conflict the
following order applies: this document, Annex 4, Annex 2, Annex 3, Annex 1.
1.3 No general terms and conditions of either party apply, including the NLdigital Terms.

Article 2 - Services
2.1 Onboarding: design of the new data model; rebuild of the 14 SSIS packages as ELT pipelines
and dbt models; migration of all history since 1 January 2015 (approx. 1,2 TB); re-pointing of
the 6 certified Power BI datasets to Snowflake; parallel run and cut-over.
2.2 Managed service, from the Go-Live Date: operation and monitoring of the daily loads,
incident handling, up to 16 hours per month of small changes (new fields, new KPIs, extra
source tables), cost monitoring of the Snowflake account and maintenance of the 6 datasets.
2.3 Not included: reports built by the Client's business users; the Snowflake, Azure and Power BI
subscriptions, which the Client contracts and pays directly; changes in the source systems; the
quality of data entered in the source systems; new source systems (handled as a change request).
2.4 The Snowflake account, the Azure DevOps repository and all environments are registered in the
Client's name. Noordpunt works in them with named personal accounts.

Article 3 - Planning and cooperation
3.1 Phase 1 Design: 11 January - 12 February 2027. Phase 2 Build and migration: 15 February -
30 April 2027. Phase 3 Parallel run: 3 May - 28 May 2027. Go-live: Monday 7 June 2027.
3.2 The Client will: give read access to the NAV database and the Salesforce API by 15 January
2027; appoint a product owner (Ms Els Wouters, BI lead) available one day per week; and make
three business testers available during the parallel run.
3.3 If the Client is late with a task under 3.2, the dates shift by the same period; extra days
are only charged after the Client's written approval of an estimate. If the Go-Live Date is
missed for reasons within Noordpunt's control, Noordpunt owes a penalty of EUR 250,00 per business
day of delay, up to 10 % of the onboarding fee.

Article 4 - Acceptance, go-live and warranty
4.1 During the parallel run both warehouses are loaded daily. Noordpunt delivers a weekly
reconciliation report comparing 25 agreed KPIs. The Client accepts the onboarding when the last
two reports show deviations below 0,1 % and no P1 or P2 incident is open; it signs the acceptance
certificate within five business days, and may not withhold it for minor defects.
4.2 The cut-over takes place in the weekend before the Go-Live Date. Noordpunt gives two half-day
training sessions to the Client's BI team (6 people) on the new data model and the dbt
documentation, and provides four weeks of hypercare with a daily 15-minute stand-up.
4.3 For 90 days after the Go-Live Date Noordpunt corrects free of charge any defect in the
onboarding deliverables. This work is not counted in the 16 hours of article 2.2.

Article 5 - Service levels
5.1 Support desk: business days 7:30-18:00 via portal.noordpunt.nl, support@noordpunt.nl and
+31 40 760 22 10. The nightly loads are monitored from 2:00; an on-call engineer starts on any
failure at once.
5.2     Priority                              Response    Resolution or workaround
        P1 - no fresh data or platform down   1 hour      4 hours
        P2 - one subject area or dataset      4 hours     2 business days
        P3 - question, minor defect           1 business day   10 business days
5.3 Fresh data (loads of the previous day complete) is available by 7:30 on at least 98 % of
business days per quarter. The platform and the datasets are available 99,5 % of the time per
calendar month, excluding announced maintenance (Saturday 20:00 - Sunday 8:00).
5.4 The service levels in this article are obligations of result.
5.5 For each started 0,5 % of availability below 99,5 %, the Client receives a credit of 5 % of
the monthly fee; for each late-data day beyond the 2 % allowance, 2 %. Credits are capped at 25 %
of the monthly fee and are set off on the next invoice.
5.6 Noordpunt keeps dbt, the Python runtime and the connectors on supported versions, and applies
security patches to the components it manages within 14 days, critical patches within 72 hours.

Article 6 - Team, quality and knowledge
6.1 Service delivery manager: Mr Ruud Hendriks. Lead data engineer: Ms Fatima Ouali (8 years'
experience, SnowPro Advanced Architect). Two data engineers with at least 3 years' experience.
At least one of the two data engineers stays assigned to the Client for the whole term.
6.2 Noordpunt replaces a team member only with one month's notice and by a person of equivalent
experience; the lead engineer only with the Client's consent. Five days of overlap are provided
at no cost to the Client.
6.3 All code is kept in the Client's repository, reviewed through pull requests by a second
engineer, and every dbt model has automated tests that run in the CI pipeline before deployment.
6.4 Noordpunt keeps a runbook, the dbt documentation and an architecture description up to date
in the repository, so that any engineer can pick up an incident with full knowledge of the
Client's environment.

Article 7 - Reporting and governance
7.1 Noordpunt sends a service report by the fifth business day of each month: service level
figures, incidents, hours used, Snowflake consumption and improvement proposals.
7.2 The report is discussed in a monthly service review. A steering committee (Client: CFO and IT
manager; Noordpunt: director and service delivery manager) meets every quarter.
7.3 Escalation: service delivery manager, then Noordpunt's operations director, then the
steering committee.

Article 8 - Fees and payment (excluding VAT)
8.1 Onboarding, fixed price: EUR 42.800,00, invoiced 30 % on signature, 40 % at the start of the
parallel run and 30 % on acceptance.
8.2 Managed service: EUR 5.950,00 per month from the Go-Live Date, invoiced monthly in advance.
8.3 Change requests: Noordpunt describes the change and estimates it in days; work only starts
after the product owner's written approval and is invoiced monthly on the basis of the days
worked, up to the estimate. Rates: senior data engineer EUR 1.040,00 per day, data engineer
EUR 880,00 per day.
8.4 Fees and rates are indexed every 1 January by the formula P = P0 x (0,2 + 0,8 x S/S0), S being
the Agoria reference salary index, with a maximum of 4 % per year.
8.5 Invoices are payable within 30 days of the invoice date.

Article 9 - Term and termination
9.1 The Agreement starts on signature. The managed service runs for 36 months from the Go-Live
Date and then ends without tacit renewal. The parties discuss a possible extension at least six
months before the end.
9.2 After 18 months from the Go-Live Date the Client may terminate the managed service for
convenience, by registered letter with six months' notice, without compensation.
9.3 Either party may terminate by registered letter if the other party has not remedied a
material breach within 30 days of a written notice of default. The Client may also terminate if
availability is below 98 % in three consecutive months.

Article 10 - Exit
10.1 On the end of the Agreement for any reason, Noordpunt will at the Client's request keep
providing the managed service for up to six months at the same fees and service levels, and give
up to ten days of handover to the Client's new supplier or in-house team at the rates of 8.3.
10.2 All data and code stay in the Client's own Snowflake account and repository (article 2.4). On
request Noordpunt also delivers a full export of the warehouse tables in Parquet format. Within ten
business days after the end, Noordpunt delivers the final documentation, removes its access,
deletes any copies of Client data in its possession and confirms this in writing.
Noordpunt has no right of retention over data, code or documentation, also not in case of a
dispute over invoices.

Article 11 - Intellectual property
All code, models and documentation made for the Client belong to the Client. Noordpunt keeps its
"Stroomlijn" ingestion templates; the Client receives a perpetual, free, non-exclusive licence to
use and modify them within the Client's group.

Article 12 - Confidentiality and personal data
12.1 Each party keeps the other's confidential information secret during the Agreement and for
five years after it.
12.2 The warehouse contains personal data (customer contacts, sales staff). Noordpunt processes
it as processor under Annex 4, within the EEA only.

Article 13 - Liability
Each party's liability per contract year is limited to the fees paid in the preceding 12 months,
with a minimum of EUR 100.000,00. Indirect damage such as lost profit is excluded. The cost of
restoring or reloading data lost or corrupted through Noordpunt's fault is direct damage. The
limits do not apply to wilful misconduct, gross negligence, or breach of articles 12.1 or 12.2.

Article 14 - Disputes and governing law
14.1 A dispute is first escalated under article 7.3. If it is not settled within 20 business days,
the parties will try mediation by a mediator accredited by the Federal Mediation Commission.
14.2 Belgian law applies. The courts of Antwerp, division Mechelen, have exclusive jurisdiction.

Signed in Mechelen on 17 December 2026, in two originals.

For Noordpunt Data B.V.              For Verbeke Bouwmaterialen NV
(signed)                             (signed)                  (signed)
Bas van Leeuwen, director            Dirk Verbeke, CEO         Sofie Lauwers, CFO
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
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.5,
    },
)

EN_FIELD_SERVICE_MASTER_SUBSCRIPTION_AGREEMENT = UnseenDocument(
    name="en_field_service_master_subscription_agreement",
    text="""FIELDLY - ORDER FORM OF-2026-1187

Provider:  Fieldly B.V., Piet Mondriaanplein 21, 3812 GZ Amersfoort, the Netherlands
           KvK 69204518 - VAT NL857930211B01
Customer:  Thermotec Janssens BV, Kempische Steenweg 293, 3500 Hasselt, Belgium
           Enterprise no. BE 0449.812.306
           Contact: Mr Koen Janssens, operations manager - billing: facturatie@thermotec-janssens.be

Subscription Start Date:   1 January 2027
Initial Subscription Term: 12 months
Renewal:                   automatically for successive periods of 12 months, unless either party
                           gives written notice at least 30 days before the end of the current term

SUBSCRIPTIONS                                         Qty   Unit price        Annual amount
Fieldly Pro - Technician (mobile app)                 42    EUR 36,00/month   EUR 18.144,00
Fieldly Pro - Office (planning and back office)        6    EUR 64,00/month   EUR  4.608,00
Add-on: Maintenance contracts and periodic inspections  1   EUR 190,00/month  EUR  2.280,00
Add-on: Exact Online connector                          1   EUR 75,00/month   EUR    900,00
Total annual subscription fees                                                 EUR 25.932,00

ONE-OFF SERVICES
"Launch" onboarding package                                                    EUR  3.950,00
  Included: kick-off meeting; configuration of work order types, price lists and up to 15
  checklists and forms (e.g. F-gas logbook, boiler maintenance certificate); import of customers,
  sites and installed equipment from Fieldly's CSV templates (two import rounds); set-up of the
  Exact Online connector; two remote train-the-trainer sessions of 3 hours for planners and key
  users; one live webinar for technicians; go-live support by chat and phone on the first two
  days after go-live.
  Not included: extracting data from the Customer's current software (the Customer fills in the
  templates), custom integrations, custom report layouts, smartphones and tablets.
Additional configuration, imports or training beyond the Launch package are charged at
EUR 125,00 per hour, invoiced monthly in arrears on the basis of the hours spent.

ONBOARDING
Kick-off in the week of 11 January 2027. The Customer returns the completed import templates by
29 January 2027 and appoints a key user (Ms Nele Vos, head of planning) available about four hours
a week during onboarding. Target go-live: 1 March 2027. Target dates are indicative; Fieldly is
not liable for delays in onboarding.
Your onboarding consultant: Ms Iris Bakker. Your Customer Success Manager: Mr Thijs Verhoeven,
who holds a quarterly business review with you on usage, open tickets and the product roadmap.

BILLING
Subscription fees are invoiced annually in advance from the Subscription Start Date; the Launch
package is invoiced on signature. Invoices are payable within 14 days of the invoice date. All
prices exclude VAT. Users can be added at any time in the admin console and are invoiced pro rata
for the rest of the term; the number of users cannot be reduced during a term.

TERMS
This Order Form is governed by the Fieldly Master Subscription Agreement version 5.1 (attached,
also at fieldly.com/legal/msa). If this Order Form and the MSA conflict, this Order Form prevails.
Terms in the Customer's purchase orders or general conditions do not apply.

Signed electronically via DocuSign
Fieldly B.V.: Marloes de Graaf, Chief Revenue Officer - 15/12/2026
Thermotec Janssens BV: Koen Janssens, operations manager and director - 16/12/2026

------------------------------------------------------------------------------------------------
FIELDLY MASTER SUBSCRIPTION AGREEMENT - version 5.1

1. The Service. Fieldly provides its field-service management platform (web application and iOS
and Android apps) as software-as-a-service, as described in the Documentation at help.fieldly.com.
The Customer may use it for its own internal business during the Subscription Term.

2. Support. Standard support is included in the subscription: business days 8:30-17:30 CET
(Dutch public holidays excepted) via in-app chat and support@fieldly.com; Severity 1 issues may
also be reported by phone on +31 33 808 12 00. Fieldly responds within:
   Severity 1 - Service unavailable or no synchronisation for all users:  2 business hours
   Severity 2 - major function impaired, no workaround:                  4 business hours
   Severity 3 - all other requests:                                      2 business days
Fieldly will use commercially reasonable efforts to resolve issues as quickly as possible.

3. Availability. Fieldly will use commercially reasonable efforts to make the Service available
99,5 % of the time in each calendar month, excluding scheduled maintenance (announced 48 hours in
advance, normally Sunday 0:00-4:00 CET) and events beyond Fieldly's reasonable control. The mobile
app keeps working offline and synchronises when the connection is restored.

4. Updates. Fieldly continuously improves the Service; updates and new versions are included in
the subscription and app updates are distributed through the app stores. Fieldly may modify or
remove features, provided the overall functionality of the Service is not materially reduced.
The Customer keeps its devices on one of the two latest major iOS or Android versions.

5. Fees. The fees are set out in the Order Form. Fieldly may increase the fees for a renewal term
by notifying the Customer at least 60 days before the start of that term. Late payments bear
interest of 1 % per month.

6. Customer Data. The Customer owns all data it enters in the Service. The Customer can export its
data at any time via the export function (CSV for all records, PDF for work orders and reports,
ZIP for photos). After termination the export function remains available for 30 days; Fieldly then
deletes the Customer Data within 60 days, except for backups, which are overwritten within 35 days.

7. Data protection. Fieldly processes personal data on behalf of the Customer as processor under
the Fieldly Data Processing Agreement (fieldly.com/legal/dpa), which forms part of this MSA. The
Service is hosted by Amazon Web Services in Frankfurt (EU).

8. Intellectual property. Fieldly and its licensors retain all rights in the Service and the
Documentation. The Customer receives a non-exclusive, non-transferable right to use the Service
during the Subscription Term.

9. Confidentiality. Each party keeps the other's confidential information secret and uses it only
for this MSA, during the Subscription Term and for three years after it.

10. Liability. Fieldly's total liability is limited to the fees paid by the Customer in the six
months preceding the event giving rise to the claim. Fieldly is not liable for indirect or
consequential damage, loss of profit, business interruption, or loss or corruption of data. These
limits do not apply to fraud or wilful misconduct.

11. Term and termination. The Subscription Term is set out in the Order Form. Either party may
terminate by written notice if the other party has not cured a material breach within 30 days of
being notified of it, or if the other party becomes insolvent. The Customer cannot terminate a
Subscription Term for convenience; prepaid fees are not refunded except on termination for
Fieldly's breach.

12. Changes. Fieldly may update this MSA from time to time. The updated version applies from the
next renewal term and is announced by e-mail at least 30 days before it applies.

13. Governing law. This MSA and each Order Form are governed by the laws of the Netherlands. The
competent court in Amsterdam has exclusive jurisdiction.
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
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
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.user_support": "covered",
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
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 14,
        "response_time_hours_highest_priority": 2,
        "availability_percent": 99.5,
    },
)

EN_PENTEST_ENGAGEMENT_LETTER = UnseenDocument(
    name="en_pentest_engagement_letter",
    text="""REDKEEP SECURITY BV
Interleuvenlaan 62, 3001 Leuven - BE 0763.290.418 - www.redkeep.be

Ms Hanne Vermeulen
IT & Security Manager
Portiva NV
Ter Doeststraat 4, 8380 Zeebrugge

Leuven, 8 December 2026
Our ref.: RK-EL-26-094

Engagement letter - penetration test of the Portiva customer portal and external perimeter

Dear Hanne,

Thank you for your time on 2 December. As discussed, this letter sets out what we will test, how
we will do it and on what terms.

1. Scope
In scope:
  - external infrastructure test of the 14 public IP addresses and 3 domains listed in Annex 1
    (firewall, VPN gateway, mail, portal);
  - grey-box test of the web application portal.portiva.be (slot booking, container status,
    customs documents) and its REST API, with two roles: haulier user and customer admin.
Out of scope: denial-of-service, phishing and other social engineering, physical access, your
internal network, the port authority's Port Community System and any third-party SaaS.
We follow the OWASP Web Security Testing Guide and the OWASP API Security Top 10 for the portal and
PTES for the perimeter. Every finding is rated with CVSS 3.1 and with its business risk for you.

2. Team
Pieter Goossens (lead tester, OSCP and OSWE, 7 years of offensive testing) and Yasmina El Amrani
(tester, OSCP and BSCP). Wouter Maes, engagement manager, is your single point of contact. If one
of the testers becomes unavailable we will tell you beforehand and replace him or her with a
tester holding at least the same certifications. The names and source IP addresses of everyone
testing are listed in Annex 1.

3. Planning and what we need from you
Kick-off call in the week of 11 January 2027. Testing from 1 to 10 February 2027, on business days
between 8:00 and 19:00. Draft report by 17 February 2027 at the latest, followed by an online
debrief of 1,5 hours with your IT team and your portal developers.
By 25 January 2027 at the latest, please:
  - create two test accounts per role and send us the API documentation;
  - confirm in writing that Portiva owns, or is authorised to have tested, every system in scope,
    and obtain the consent of your hosting provider;
  - whitelist our source IP addresses in the web application firewall for the portal test;
  - name an emergency contact who can be reached during the test hours.
If the accounts or authorisations are not in place on the first test day, we move the test to our
next available slot (usually within four weeks); reserved days we cannot fill are charged at 50 %.
If we have to postpone for reasons on our side, we propose new dates within ten working days at no
extra cost to you.

4. Reporting
During the test you receive a short status e-mail at the end of each test day. Critical findings
(for example remote code execution or access to other customers' data) are reported by phone to
your emergency contact straight away, without waiting for the report. The report contains a
management summary and the technical findings with evidence and remediation advice, and is reviewed
by a second senior tester before we send it. You have five working days to point out factual errors
in the draft; we then issue the final version. One retest of the critical and high findings within
three months after the final report is included.

5. Fee
Fixed fee: EUR 10.800,00 excl. VAT (9 tester days at EUR 1.200,00, including reporting, debrief and
retest). We invoice 50 % on signature of this letter and 50 % on delivery of the final report,
payable within 30 days of the invoice date. Extra days, for example if you want to add systems to
the scope, are only worked after your written approval of our estimate, at EUR 1.200,00 per day.
If you cancel less than ten working days before the start of testing, we charge 50 % of the fee.

6. Terms
  - Our engagement is an obligation of means: a penetration test is a time-boxed sample and can
    never show that no other vulnerabilities exist.
  - We test with care and within the rules of engagement in Annex 1. Even so, testing can now and
    then slow down or interrupt a system. We are not liable for unavailability of systems, or for
    loss or corruption of data, resulting from tests carried out within the agreed scope and test
    window. Otherwise our total liability is limited to the fee of this engagement, except in case
    of fraud or wilful misconduct.
  - Everything we learn about your systems, and the report itself, is confidential. We do not share
    it with anyone without your written consent; each of our testers has signed an individual NDA.
  - Where we come across personal data during testing, we view it only as far as needed to
    demonstrate a finding and do not copy it out of your environment; we act as your processor
    under the processing terms in Annex 2. Test evidence is stored encrypted and deleted 90 days
    after the final report.
  - The report is yours to use and to share with your auditors and customers. Our tools, scripts and
    report templates remain ours.
  - Belgian law applies; the courts of Leuven have jurisdiction.

Please sign and return a copy of this letter and of Annex 1; we will book your test window as soon
as we have it.

Kind regards,

(signed)
Wouter Maes
Engagement manager, Redkeep Security BV

Agreed for Portiva NV

Name: ..................................   Title: ..............................

Date: ..................................   Signature: ..........................

Annex 1 - Rules of engagement, scope list, testers and source IP addresses
Annex 2 - Processing terms
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "missing",
        "budget.project_cost": "covered",
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
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "missing",
        "rollout.data_migration": "missing",
        "rollout.user_support": "missing",
        "maintenance.services": "missing",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "missing",
        "exit.transition": "missing",
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
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "payment_term_days": 30,
    },
)


EN_DOCUMENTS = [
    EN_DATA_WAREHOUSE_MANAGED_SERVICE_AGREEMENT,
    EN_FIELD_SERVICE_MASTER_SUBSCRIPTION_AGREEMENT,
    EN_PENTEST_ENGAGEMENT_LETTER,
]
