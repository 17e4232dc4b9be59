"""Training batch 19 (en, writer t): (1) the general terms and conditions of a Leuven software
house (development, SaaS subscriptions and support) for English-speaking clients, unsigned, with
indexation plus a unilateral list-price change, best-efforts service and a data retention right;
(2) a statement of work under an MSA between a Rotterdam accessibility agency and an Antwerp
insurer for the WCAG remediation of its claims portal, fixed price, sprints, retest acceptance
and a 60-day warranty, signed by both; (3) a hosting and support agreement between a Utrecht
supplier and a Brussels trade-fair organiser for its registration platform, with a migration,
an SLA annex table (availability, response and workaround times, service credits), 36-month
term with tacit renewal and three months' notice, signed by both; (4) an informal subscription
agreement by a Mechelen SaaS company for a property manager's maintenance-ticket platform, signed
by the supplier only (empty client signature line).

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser. Conventions: months = 30 days for notice and warranty; response time of
the highest priority in hours (working hours counted as hours; 15 minutes = 0.25); a quote
accepted by e-mail or an empty client signature line raises risk.unsigned; a negation,
disclaimer, bare cross-reference, placeholder or best-efforts wording is "partial"; where a
document gives several similar numbers (a price-change notice next to the non-renewal notice, an
acceptance window next to the warranty), the figure label is the one of the key's own role.
"""

from .unseen_documents import UnseenDocument

EN_T19T_SOFTWARE_HOUSE_GENERAL_TERMS = UnseenDocument(
    name="en_t19t_software_house_general_terms",
    text="""CODEVELD BV - GENERAL TERMS AND CONDITIONS (version 2026.2, English)
Codeveld BV, Vaartkom 41, 3000 Leuven, Belgium - enterprise no. BE 0712.448.903
These terms are also available in Dutch; in case of discrepancy the English version applies to
clients established outside Belgium.

Article 1 - Scope and order of precedence
1.1 These General Terms and Conditions ("Terms") apply to all offers, quotes, order forms and
agreements of Codeveld BV ("Codeveld") for software development, consultancy, SaaS subscriptions
and support ("Services") to its clients ("Client").
1.2 The agreement between Codeveld and the Client consists of the order form or the quote accepted
by the Client ("Order Form") together with these Terms. If an Order Form conflicts with these
Terms, the Order Form prevails.
1.3 The Client's general or purchasing conditions do not apply, even if they are referred to in a
purchase order or in any other document of the Client, unless Codeveld has accepted them
expressly and in writing.

Article 2 - Offers and formation of the agreement
2.1 Quotes are valid for thirty (30) days from their date.
2.2 The agreement is formed when the Client signs the Order Form, confirms the quote in writing
(e-mail included), or when Codeveld starts performing the Services at the Client's request.

Article 3 - Prices, indexation and invoicing
3.1 Prices are in euro and exclusive of VAT. The scope of the Services and the price are as set
out in the Order Form; anything not expressly described there is excluded.
3.2 Subscription fees are as set out in the Order Form and are invoiced annually in advance.
Project work is invoiced either as a fixed price according to the schedule in the Order Form or
monthly on a time-and-materials basis, on the basis of time sheets.
3.3 Where work is performed on a time-and-materials basis, the Order Form gives an estimate.
Codeveld notifies the Client in writing as soon as 80 % of the estimate has been used and does not
exceed the estimate without the Client's written approval.
3.4 Work outside the agreed scope is extra work. Before starting it, Codeveld informs the Client
in writing of the estimated effort and cost. Extra work is only carried out after written approval
(e-mail suffices) and is invoiced monthly at the rates of the Order Form.
3.5 Fees and rates are indexed every year on 1 January according to the formula
P1 = P0 x (0,2 + 0,8 x S1/S0), where S is the Agoria reference salary index for the digital sector.
3.6 Codeveld may also change its list prices for subscriptions by giving sixty (60) days' written
notice. If the Client does not accept the change, it may terminate the subscription concerned with
effect from the date on which the change takes effect.
3.7 Invoices are payable within thirty (30) days of the invoice date. Late payment gives rise, by
operation of law and without notice, to interest at the rate of the Belgian Act of 2 August 2002
and to a fixed compensation of 10 % of the unpaid amount, with a minimum of EUR 125,00.

Article 4 - Performance, delivery dates and cooperation
4.1 Delivery dates and lead times stated by Codeveld are indicative targets only.
4.2 Exceeding a delivery date does not entitle the Client to damages or to terminate the
agreement, unless Codeveld has failed to deliver within a reasonable additional period of at
least thirty (30) days after a written notice of default.
4.3 The Client provides Codeveld with access to its systems, information, test data and a contact
person with decision authority, within five (5) working days of a request. If the Client is late,
Codeveld may suspend the work, revise the planning and invoice waiting time at the applicable
rates.

Article 5 - Personnel and quality
5.1 Codeveld performs the Services in a professional and workmanlike manner, in accordance with
good industry practice, with staff whose qualifications are appropriate to the assignment.
5.2 Codeveld decides which staff members perform the Services. It may replace a staff member at
any time, provided the replacement has equivalent qualifications. The time a replacement needs
to become familiar with the assignment is not invoiced to the Client.

Article 6 - Acceptance
6.1 For project deliverables, the Client tests each deliverable within ten (10) working days of
Codeveld's notice that it is ready for acceptance, and reports any blocking defects in writing,
with a reproducible description.
6.2 A deliverable is deemed accepted when this period has expired without such a report, or as
soon as the Client uses it in production.

Article 7 - Warranty
7.1 For three (3) months after acceptance, Codeveld corrects free of charge reproducible defects
that make a deliverable deviate from the specifications of the Order Form.
7.2 The warranty does not cover defects caused by changes made by the Client or third parties,
by use contrary to the documentation, or by third-party software and hardware.

Article 8 - SaaS services and support
8.1 Codeveld makes the SaaS services available over the internet. Codeveld endeavours to keep the
SaaS services available but does not guarantee uninterrupted or error-free operation. Planned
maintenance is announced at least 48 hours in advance.
8.2 Support is available on Belgian working days from 8:30 to 17:30 (CET) via the support portal
support.codeveld.be and by telephone on +32 16 39 88 20.
8.3 Codeveld responds to incidents reported via the portal within the following times (business
hours): Priority 1 (production unavailable for all users): 4 business hours; Priority 2 (major
function unavailable): 1 business day; Priority 3 (other): 3 business days. Codeveld will use
reasonable efforts to resolve incidents but does not commit to resolution times.
8.4 Unless the Order Form expressly provides otherwise, no service credits, refunds or penalties
are due if the SaaS services are unavailable or a response time is not met.
8.5 Codeveld may update and modify the SaaS services at any time, including their functionality.
Security patches are applied as soon as reasonably possible. Changes that remove functionality
are announced thirty (30) days in advance.

Article 9 - Term and termination
9.1 Subscriptions have an initial term of twelve (12) months from the start date in the Order
Form. They are then tacitly renewed for successive periods of twelve (12) months, unless either
party terminates them by written notice given at least two (2) months before the end of the
current period.
9.2 Project agreements end when the deliverables have been accepted and paid.
9.3 Either party may terminate the agreement with immediate effect by registered letter if the
other party commits a material breach that it has not remedied within thirty (30) days of a
written notice, or in case of bankruptcy or judicial reorganisation of the other party.

Article 10 - End of the agreement and data
10.1 During thirty (30) days after the end of a subscription, the Client may export its data in CSV
format with the standard export function. On request, Codeveld provides a full database export
at its applicable rates. Sixty (60) days after the end, the Client's data are deleted.
10.2 At the Client's request, Codeveld provides reasonable assistance with the transfer to
another supplier, at its then-current rates.
10.3 Codeveld may suspend access to the SaaS services and withhold the delivery of data, source
code or deliverables for as long as invoices due remain unpaid.

Article 11 - Intellectual property
11.1 Codeveld and its licensors retain all intellectual property rights in the software, the SaaS
services, tools and documentation. The Client receives a non-exclusive, non-transferable right
to use them for the duration of the agreement.
11.2 For software developed specifically for the Client, the Client receives a perpetual,
non-exclusive licence once it has paid the price in full.
11.3 No source code escrow is provided unless agreed separately in the Order Form.

Article 12 - Confidentiality
Each party keeps confidential all information of the other party that is marked as confidential
or should reasonably be regarded as such, uses it only for the performance of the agreement and
discloses it only to staff and subcontractors who need it and are bound by the same obligation.
This obligation continues for three (3) years after the end of the agreement.

Article 13 - Personal data
Where Codeveld processes personal data on behalf of the Client, it acts as processor within the
meaning of the GDPR and the data processing agreement published at codeveld.be/dpa, which forms
part of the agreement, applies.

Article 14 - Liability
14.1 Codeveld's obligations are obligations of means (best efforts), unless the Order Form
expressly describes an obligation as an obligation of result.
14.2 Codeveld's total liability is limited to the amounts invoiced to the Client under the
agreement concerned during the six (6) months preceding the event giving rise to the claim, with
a maximum of EUR 25.000,00 per year.
14.3 Codeveld is never liable for indirect damage, loss of profit, loss of turnover, loss or
corruption of data, or claims of third parties.

Article 15 - Force majeure
Neither party is liable for failure caused by force majeure, including failures of
telecommunication networks, cloud providers and energy supply. If force majeure lasts longer than
sixty (60) days, either party may terminate the agreement without compensation.

Article 16 - Governing law and disputes
16.1 The agreement is governed by Belgian law.
16.2 The parties first try to settle any dispute amicably by escalating it to their respective
managing directors, who meet within fifteen (15) working days of a written request. If no
solution is found within thirty (30) days of that request, the courts of Leuven have exclusive
jurisdiction.
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.startup_cost": "missing",
        "budget.scope": "partial",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "partial",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "partial",
        "timing.client_obligations": "covered",
        "timing.delay": "covered",
        "team.named_team": "missing",
        "team.replacement": "covered",
        "team.seniority": "partial",
        "team.knowledge_transfer": "missing",
        "team.quality": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "missing",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "partial",
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
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 4,
    },
)

EN_T19T_CLAIMS_PORTAL_ACCESSIBILITY_SOW = UnseenDocument(
    name="en_t19t_claims_portal_accessibility_sow",
    text="""STATEMENT OF WORK no. 3 - ACCESSIBILITY REMEDIATION OF THE MYCLAIM PORTAL
under the Master Services Agreement of 14 May 2025

Client:   Scaldis Verzekeringen NV, Frankrijklei 118, 2000 Antwerpen (BE 0405.661.274)
Supplier: Accessa Digital B.V., Wilhelminakade 91, 3072 AP Rotterdam (KvK 71844102)
Version:  1.2 - 27 November 2026

1. Context and documents
1.1 In September 2026 an external audit of the MyClaim claims portal (myclaim.scaldis.be) against
WCAG 2.1 level AA and EN 301 549 found 143 issues (audit report AUD-0926, "the Audit Report").
Scaldis wants the portal to conform before the European Accessibility Act obligations are checked
by its regulator.
1.2 This SOW is governed by the Master Services Agreement of 14 May 2025 between the parties
("MSA"). Accessa's proposal AD-2026-118 of 12 November 2026 is attached as Annex A and forms part
of this SOW. In case of conflict: (1) this SOW, (2) the MSA, (3) Annex A. Accessa's general terms
do not apply.

2. Scope
2.1 Included: remediation of all 143 findings of the Audit Report in the front-end of MyClaim
(React 18 application): claim declaration wizard, document upload, claim status timeline,
messaging with the claims handler, login pages and cookie banner; an accessible error handling
pattern for all forms; updated accessibility statement text.
2.2 Excluded: the back-end claim services, the third-party chat widget, the PDF letters generated
by the policy administration system, the native iOS and Android apps, and new functionality.

3. Price and invoicing (EUR, excl. VAT)
3.1 One-off onboarding (access, environment set-up, code walkthrough): EUR 2.400,00.
3.2 Remediation, fixed price: EUR 68.750,00.
3.3 Independent retest of all findings by Accessa's audit team: EUR 6.900,00.
    Total SOW value: EUR 78.050,00.
3.4 Invoicing schedule: onboarding on signature; fixed price 30 % at the end of sprint 2, 40 % at
the end of sprint 4 and 30 % at final acceptance; retest on delivery of the retest report.
Invoices are payable within forty-five (45) days of receipt by Scaldis' accounts payable.
3.5 Rates for work outside the scope, fixed for the duration of this SOW: senior accessibility
engineer EUR 895,00 per day, front-end developer EUR 720,00 per day.
3.6 Changes: either party may request a change. Accessa sends a change note with effort, price
and impact on the planning within three (3) working days. No extra work is performed or invoiced
without a change note signed by Scaldis' product owner.

4. Term and planning
4.1 This SOW takes effect on 4 January 2027 and ends on 3 May 2027 (four months). It is not
renewed.
4.2 Planning (two-week sprints):
    Onboarding                    4 - 8 January 2027
    Sprint 1 - 2                  11 January - 5 February: wizard and upload
    Sprint 3 - 4                  8 February - 5 March: timeline, messaging, login
    Sprint 5                      8 - 19 March: cookie banner, error patterns, statement
    Retest                        22 March - 2 April 2027
    Fixes after retest            6 - 16 April 2027
    Final acceptance              by 30 April 2027
4.3 Scaldis will: give access to the Git repository and the acceptance environment by
6 January 2027; make its product owner available two days per week; review merge requests within
three (3) working days; deploy to production through its monthly release train.
4.4 If Scaldis is late with these obligations, the planning is moved by the same number of
working days; team stand-by time caused by such delay is invoiced at the rates of 3.5, after
written notice. If Accessa misses the final acceptance date for reasons attributable to it,
it owes a penalty of 1 % of the fixed price per started week of delay, capped at 5 %.

5. Team
5.1 Accessa's team: Noor El Amrani, lead accessibility engineer (IAAP WAS certified, eight years
of experience); Bram Hoekstra, senior front-end developer; Lisa Mertens, medior front-end
developer; Jeroen Smit, expert tester and daily screen-reader user. Scaldis' product owner:
Katrien Wouters.
5.2 Accessa does not replace a team member without ten (10) working days' prior notice and
Scaldis' approval, except in case of illness or departure. A replacement has at least the same
level of experience; the handover is not invoiced.

6. Quality
All changes go through peer review. Automated checks (axe-core) run in the CI pipeline on every
merge request; every component is tested manually with NVDA and JAWS on Windows and VoiceOver on
iOS, with keyboard only and at 400 % zoom. Accessa uses the Audit Report as the test basis.

7. Reporting and governance
7.1 Every Friday Accessa sends a status report: findings closed and open per page, hours used,
risks and decisions needed.
7.2 A sprint review with demo takes place at the end of each sprint. Issues that the product owner
and the lead engineer cannot solve are escalated to Accessa's delivery manager (Pieter Groen) and
Scaldis' IT manager digital channels (Hans Claessens), who decide within five working days.

8. Deployment, acceptance and handover
8.1 Accessa delivers all changes as merge requests in Scaldis' repository. Scaldis deploys them
to production in its monthly release; Accessa is on call during each release window to fix
blocking problems.
8.2 Scaldis' QA team tests each sprint delivery within ten (10) working days. Final acceptance
takes place when the independent retest shows no open level A or AA finding from the Audit Report
and Scaldis signs the acceptance report.
8.3 Accessa delivers a developer guide with the accessible patterns used and gives two two-hour
knowledge-transfer sessions to Scaldis' front-end team before 30 April 2027.

9. Warranty
9.1 For sixty (60) calendar days after final acceptance Accessa corrects free of charge every
regression or remaining nonconformity in the remediated pages.
9.2 Warranty defects are reported via Accessa's Jira service desk. Accessa responds to blocking
defects within four (4) working hours and to other defects within two (2) working days, and
delivers a fix for blocking defects within three (3) working days.

10. Termination
Scaldis may terminate this SOW for convenience by written notice of fifteen (15) days; it then
pays the work performed up to the end date pro rata. Termination for breach is governed by
article 14 of the MSA.

11. Intellectual property and confidentiality
11.1 All code written under this SOW becomes the property of Scaldis on payment. Accessa keeps
its generic component patterns and grants Scaldis a perpetual, royalty-free licence to use them.
11.2 Test accounts, claim data and the Audit Report are confidential. Each team member signs
Scaldis' confidentiality statement before receiving access.

12. Personal data
Accessa works only with anonymised test data in the acceptance environment. If access to
production data is needed for a fix, the data processing agreement of 14 May 2025 between the
parties applies and access is granted per ticket for at most two working days.

13. Liability, law and disputes
13.1 Liability is governed by article 12 of the MSA: each party's liability is capped at the total
SOW value, except for fraud, wilful misconduct and breach of confidentiality.
13.2 Disputes are first discussed by the escalation persons of 7.2; if they are not settled within
twenty (20) working days, article 16 of the MSA applies (Belgian law, courts of Antwerp).

Signed in two originals,

For Scaldis Verzekeringen NV                    For Accessa Digital B.V.
(signed) Hans Claessens                          (signed) Pieter Groen
IT manager digital channels                      Delivery manager
(signed) An De Ridder, COO                       Date: 30 November 2026
Date: 1 December 2026
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
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
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "missing",
        "maintenance.updates": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
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
        "contract_term_months": 4,
        "notice_period_days": 15,
        "payment_term_days": 45,
        "warranty_days": 60,
        "response_time_hours_highest_priority": 4,
    },
)

EN_T19T_TRADE_FAIR_REGISTRATION_HOSTING = UnseenDocument(
    name="en_t19t_trade_fair_registration_hosting",
    text="""HOSTING AND SUPPORT AGREEMENT - REGIFAIR REGISTRATION PLATFORM
Ref. HSA-2027-004

Between  Eventstack B.V., Europalaan 400, 3526 KS Utrecht, the Netherlands, KvK 63390127,
         represented by Maarten Visser, CEO ("Eventstack")
and      Fairground Events Belgium NV, Tour & Taxis, Havenlaan 86C, 1000 Brussels,
         BE 0466.120.857, represented by Caroline Dumont, CEO ("Fairground")

1. Purpose and documents
1.1 Eventstack built the RegiFair visitor and exhibitor registration platform for Fairground under
the development agreement of 12 March 2024. From 1 February 2027 Eventstack also hosts, operates
and supports it, replacing Fairground's current hosting provider.
1.2 Documents: this agreement; Annex 1 - service levels; Annex 2 - data processing agreement;
Annex 3 - Eventstack's quote Q-2026-311 of 20 October 2026. In case of conflict the order is:
this agreement, Annex 2, Annex 1, Annex 3. The general terms and conditions of either party do not
apply.

2. Services
2.1 Included: managed hosting of RegiFair on AWS (region eu-central-1, Frankfurt) with a
production and a staging environment; 24/7 monitoring; daily back-ups kept for 30 days, with a
restore test every quarter; peak scaling for show periods up to 40.000 registrations per day;
support for the badge-printing API and the on-site scanning app; corrective maintenance of the
platform; operating-system, PHP and Laravel updates.
2.2 Not included: new features (see 4.4), on-site badge printers and their supplies, fees of the
payment provider, and e-mail sending costs above 500.000 messages per year.

3. Transition to Eventstack hosting
3.1 Planning: set-up of the new environments by 8 January 2027; migration of the registrant
database (about 180.000 records and 60 GB of uploaded files) to staging by 15 January; Fairground
tests on staging from 18 to 22 January; cutover in the weekend of 30-31 January 2027.
3.2 Cutover takes place only after Fairground has approved the staging test in writing. Eventstack
carries out the final data migration during the cutover and delivers a reconciliation report
(record counts per table and per show).
3.3 Fairground gives Eventstack access to the current hosting environment and the DNS records by
4 January 2027 and ensures its current provider delivers the database export by 11 January.

4. Fees (EUR, excl. VAT)
    One-off transition fee (3.1 - 3.2)            EUR 4.850,00   invoiced on cutover
    Hosting and support                           EUR 2.180,00   per month
    Show surcharge (peak capacity + on-call)      EUR 1.250,00   per show weekend
    Change requests                               EUR 105,00     per hour
4.1 Monthly fees are invoiced in advance at the beginning of each month; show surcharges after the
show. Payment term: 30 days from the invoice date.
4.2 Fees are indexed on 1 January of each year according to the Agoria reference salary index,
with a maximum of 3 % per year. Eventstack announces the indexed prices at least 60 days in
advance. Any other price change requires a written amendment signed by both parties.
4.3 Fairground sends its show calendar and expected registration volumes at least three months
before each show, and announces marketing mass mailings five working days in advance.
4.4 Changes and new features are carried out only on the basis of a written estimate approved by
Fairground's digital manager before work starts. Hours above the estimate are not invoiced
without a new approval.

5. Term
5.1 This agreement starts on 1 February 2027 and runs for an initial period of thirty-six (36)
months.
5.2 It is then tacitly renewed for periods of one (1) year, unless either party terminates it by
registered letter at least three (3) months before the end of the current period.
5.3 Either party may terminate the agreement if the other commits a material breach that is not
remedied within 30 days of a written notice. Fairground may also terminate without compensation
if availability is below 99,0 % in two consecutive months.

6. Team and governance
6.1 Service manager: Femke de Wit; lead engineer: Daan Kuipers. Eventstack keeps an up-to-date
runbook of RegiFair (architecture, show calendar, contacts, known issues) in its service desk so
that every on-call engineer knows Fairground's environment.
6.2 Eventstack sends a monthly service report: availability, incidents, response times,
registrations processed and capacity used.
6.3 A service review takes place every quarter. Two weeks before each show a go/no-go meeting
checks capacity, badge printing and scanning. Escalation: service manager -> Eventstack COO
(Ilse Bakker) -> CEOs of both parties.
6.4 Eventstack is ISO 27001 certified. Every change goes through staging and peer review before
production.

7. Intellectual property
RegiFair's source code is owned by Fairground under the development agreement of 12 March 2024
and is kept in Fairground's own GitLab repository, together with the infrastructure-as-code
scripts and deployment documentation, so that another supplier can take over operations.
Eventstack's monitoring tools remain its property.

8. Confidentiality and personal data
8.1 Each party keeps the other's confidential information secret during the agreement and for five
years after it.
8.2 Eventstack processes the personal data of visitors and exhibitors as processor under the data
processing agreement of Annex 2 (GDPR). All data stay within the European Economic Area.

9. End of the agreement
9.1 At the end of the agreement, for a period of up to three months, Eventstack continues the
services at the existing fees and assists the new supplier; assistance is invoiced at the change
request rate.
9.2 Within ten (10) working days of Fairground's request, and in any case at the end, Eventstack
delivers a full PostgreSQL dump, a CSV export of all registrations and all uploaded files.
Eventstack deletes all data within 30 days after Fairground has confirmed receipt.

10. Liability
Each party's liability is limited to the fees paid in the twelve months before the event, with a
maximum of EUR 50.000,00. Indirect damage is excluded; loss of data caused by a failure of
Eventstack's back-up obligations is not indirect damage.

11. Law and disputes
Belgian law applies. The parties first try to solve a dispute through the escalation path of
6.3; if that fails within 30 days, they submit it to mediation by a mediator accredited by the
Federal Mediation Commission. Failing agreement within 60 days, the Dutch-speaking courts of
Brussels have jurisdiction.

ANNEX 1 - SERVICE LEVELS
Availability: 99,9 % per calendar month, measured every minute by external monitoring of the
registration front-end. Planned maintenance is excluded, is announced five working days ahead and
never takes place during the 14 days before a show or during a show.
Support hours: Monday to Friday 8:00-18:00 CET via the service portal and +31 30 799 41 00;
priority 1 around the clock via the on-call number.

  Priority                                  Response         Workaround / resolution
  P1  registration, payment or badge        15 minutes       workaround within 2 hours
      scanning unavailable                  (24/7)
  P2  platform degraded or one function     1 hour           within 1 business day
      unavailable                           (support hours)
  P3  other questions and defects           next business    within 5 business days
                                            day

Security patches: critical within 48 hours, others in the monthly maintenance window.
Service credits: for each started 0,1 % below 99,9 %, 5 % of the monthly fee, with a maximum of
30 %; each P1 response exceeded during a show weekend gives a credit of EUR 500,00. Credits are
set off against the next invoice.

Signed in Brussels on 2 December 2026, in two originals.

Eventstack B.V.                                 Fairground Events Belgium NV
(signed) Maarten Visser, CEO                    (signed) Caroline Dumont, CEO
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
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
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
        "response_time_hours_highest_priority": 0.25,
        "availability_percent": 99.9,
    },
)

EN_T19T_MAINTENANCE_TICKET_SUBSCRIPTION = UnseenDocument(
    name="en_t19t_maintenance_ticket_subscription",
    text="""TICKETHUIS - SUBSCRIPTION AGREEMENT
TicketHuis BV, Brusselsesteenweg 12, 2800 Mechelen - BE 0789.302.116 - hello@tickethuis.be

Customer:      Vandersteen Property Management BV, Lange Lozanastraat 221, 2018 Antwerpen
Contact:       Sarah Vandersteen, managing partner
Plan:          TicketHuis Pro - up to 1.500 units
Date:          3 December 2026

Hi Sarah,

Thanks for choosing TicketHuis for your repair and maintenance requests. Below is everything we
agreed during our call of 1 December, so your team can get started in January.

What you get
- The TicketHuis platform for up to 1.500 rental units: tenant reporting app and web form
  (NL/FR/EN), ticket dispatch to your contractors, contractor app with photos and sign-off,
  dashboards per building and per owner.
- 8 staff users; unlimited tenant and contractor logins.
- All new features and updates we release during your subscription, at no extra cost. We release
  every two weeks; bigger changes are announced in the app a week before.
- Not included: SMS notifications (passed on at EUR 0,08 per SMS), integrations with your
  accounting package, and custom reports. For those we send you a written quote first and only
  start once you've approved it.

Price (excl. VAT)
- Subscription: EUR 1,10 per unit per month, for your 1.400 units EUR 1.540,00 per month,
  billed yearly in advance (EUR 18.480,00 per year).
- Onboarding (one-off): EUR 2.950,00, billed on go-live. This covers setting up your account,
  importing your buildings, units, tenants and contractors from our Excel template, and two
  online training sessions of 90 minutes for your staff.
- Payment: within 14 days of the invoice date.
- Price changes: we may adjust our prices once a year. We tell you by e-mail at least two months
  before; if you don't agree, you can cancel with effect from the date of the change.

Getting started
- Kick-off call: 6 January 2027.
- You send us the completed Excel template by 15 January 2027; we import it within 5 working
  days and you check the import.
- Training sessions: week of 25 January 2027.
- Go-live: 1 February 2027.
Lotte Claes is your account manager and will guide you through onboarding; she stays your contact
afterwards.

Support and uptime
- Support by chat and e-mail (support@tickethuis.be), Monday to Friday 9:00-17:00.
- If the platform is down for all your users, we reply within 2 business hours; other questions
  within 1 business day. We don't commit to fixed resolution times, but critical issues get our
  full attention until solved.
- We guarantee 99,5 % availability per calendar month, shown on status.tickethuis.be, excluding
  planned maintenance on Sunday mornings between 6:00 and 9:00.

Duration and cancellation
- Your subscription starts on go-live and runs for 24 months.
- After that it renews automatically for one year at a time, unless you or we cancel by e-mail
  at least one month before the renewal date.
- Either of us can end the subscription early if the other seriously breaches this agreement and
  doesn't fix it within 30 days of a written notice.

Your data
- Your data remain yours. You can export all tickets, photos, units and contractors as Excel or
  CSV at any time, and for 60 days after the end of your subscription. After that we delete them.
- We process the personal data of your tenants as your processor under the GDPR; our data
  processing agreement (Annex B) is signed together with this agreement.

The software
The TicketHuis platform remains ours; you get the right to use it during your subscription.

Liability
Our liability is limited to the fees you paid in the 12 months before the claim. We are not liable
for indirect damage or for the work of contractors you dispatch via the platform.

Other terms
Our general terms (version 3.1, attached) also apply. If they conflict with this agreement, this
agreement prevails. Belgian law applies; the courts of Mechelen have jurisdiction.

If everything is as agreed, please sign below and send a scan back to hello@tickethuis.be.

Cheers,

For TicketHuis BV                          For Vandersteen Property Management BV
(signed) Tom Verlinden, co-founder         Name: .................................
                                           Signature: ............................
                                           Date: .................................
""",
    items={
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
        "team.quality": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.warranty": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "covered",
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
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 14,
        "response_time_hours_highest_priority": 2,
        "availability_percent": 99.5,
    },
)

DOCUMENTS = [
    EN_T19T_SOFTWARE_HOUSE_GENERAL_TERMS,
    EN_T19T_CLAIMS_PORTAL_ACCESSIBILITY_SOW,
    EN_T19T_TRADE_FAIR_REGISTRATION_HOSTING,
    EN_T19T_MAINTENANCE_TICKET_SUBSCRIPTION,
]
