"""English development documents written by Belgian and Dutch IT suppliers (issue 9).

Written for this module in the plain commercial English that Flemish, Brussels and Dutch IT
suppliers use ("we will", "you agree to", tables of prices and service levels): a proposal
letter for a custom web application, an order form with a SaaS service schedule, a managed
workplace service agreement and a framework for time-and-materials consultancy. They are
DEVELOPMENT fixtures, not held out: rules may be generalised to fit how such documents are
written, never to their literal wording.

LABELS hold only clear readings against /work/shared/spec/checklist.md; an item not listed is
not labelled. RISKS lists the risk flags a document raises (True) or must not raise (False).
"""

PROPOSAL_WEBAPP_EN = """\
Pixelwerf BV
Mechelsesteenweg 212, 2018 Antwerpen - VAT BE 0678.432.109

To: Van Hool Logistics NV, attn. Mr Pieter Claes, Operations Director
Antwerp, 14 October 2026
Our reference: PW-2026-118

Subject: Proposal for the development of your transport booking portal

Dear Mr Claes,

Thank you for inviting us to the workshop of 2 October. Based on that session we are pleased to
propose the following approach for your new booking portal, in which your customers book
pallet transport and follow their shipments.

1. What we will build
We will design and develop a responsive web application with the following modules: customer
registration and login, booking of transports, a shipment tracking page, and an administration
module for your planners. The portal will be connected to your TMS through its REST interface.

2. Approach and phases
We work in three phases. Each phase ends with a demo to your team.
Phase 1 - Analysis and design: 3 weeks, starting 9 November 2026
Phase 2 - Development in two-week sprints: 10 weeks
Phase 3 - Testing, go-live and hypercare: 3 weeks, go-live planned for 1 March 2027

3. Price
The work is offered at a fixed price per phase:
| Phase                       | Price (excl. VAT) |
| Analysis and design         | EUR 14.500        |
| Development                 | EUR 58.000        |
| Testing and go-live         | EUR 9.800         |
| Total                       | EUR 82.300        |
We invoice 30% of each phase at its start and 70% when you approve the phase. Invoices are
payable within 30 days.

4. Your team and ours
Our project lead will be Sofie Maes, with two senior developers and a UX designer. You will
appoint a product owner who is available at least one day a week and who has the authority to
take decisions on the scope.

5. Assumptions
- You will provide access to a test environment of your TMS before the start of phase 2.
- You will deliver the texts and translations (Dutch, French, English) by the end of phase 1.
- Hosting is provided by your own IT partner; we will deploy the application on their servers.

6. Exclusions
The price does not include hosting, licences of third-party software, the migration of
historic shipments, or changes to the TMS itself. Extra requests are estimated first and only
carried out after your written approval, at our rate of EUR 95 per hour.

7. Acceptance
At the end of phase 3 you will have ten working days to test the portal against the agreed
user stories. Blocking findings are fixed by us before go-live; the portal is accepted when no
blocking findings remain or when it is taken into production.

8. Warranty
For three months after go-live we fix any defect in our code free of charge.

9. Ownership
Once all invoices are paid, you become the owner of the source code written specifically for
this project. Our reusable components remain ours; you receive a perpetual licence to use them.

10. Other terms
Our general terms and conditions of sale (version 2025) apply to this proposal. Our liability
is limited to the amount of the phase concerned. This proposal is valid for 30 days.

If you agree with this proposal, please sign and return a copy to us.

Kind regards,

Sofie Maes
Project Lead, Pixelwerf BV

For agreement, Van Hool Logistics NV
Name:
Date:
Signature:
"""

SAAS_ORDER_FORM_EN = """\
ORDER FORM
Order number: OF-26-0417

Supplier: Roosters Cloud BV, Vaartkom 31, 3000 Leuven, VAT BE 0745.118.260 ("Roosters")
Customer: Ziekenhuisnetwerk Kempen VZW, Kasteelstraat 5, 2440 Geel ("the Customer")

Service: Roosters Planner, online staff scheduling software
Start date: 1 January 2027
Initial term: 24 months

1. Subscription
The Customer subscribes to the following plan. Prices are per month, excluding VAT.
| Plan         | Users included | Price per month | Extra user per month |
| Essential    | 50             | EUR 450         | EUR 9                |
| Professional | 150            | EUR 1.150       | EUR 7,50             |
| Enterprise   | 500            | EUR 3.200       | EUR 6                |
Selected plan: Professional, 150 users.
Subscription fees are invoiced quarterly in advance and are payable within 30 days of the
invoice date.

2. Onboarding
A one-off onboarding fee of EUR 4.500 covers the configuration of the Customer's departments
and shift patterns, the import of the employee list from a CSV file supplied by the Customer,
and two remote training sessions for up to 12 key users each.

3. Renewal and price changes
After the initial term this Order Form renews automatically for successive periods of 12
months, unless either party gives notice of non-renewal at least three months before the end of
the current term. Roosters may adjust the prices once a year on 1 January in line with the
Belgian health index (gezondheidsindex), with at least two months' notice.

SERVICE SCHEDULE

A. Support
Our helpdesk is open on Belgian working days from 8:00 to 18:00 CET. You can reach us through
the in-app chat, by e-mail at help@roosters.example or by phone at +32 16 55 01 20. Each ticket
is given a priority by our support team.
| Priority | Example                              | First response | Target fix     |
| Urgent   | nobody can log in                    | 1 hour         | 4 hours        |
| High     | a key function does not work         | 4 hours        | 2 working days |
| Normal   | a question or a minor issue          | 1 working day  | next release   |

B. Uptime
We commit to an uptime of 99.7% per calendar month, measured at our load balancer, excluding
planned maintenance announced five days in advance and carried out outside office hours.

C. Service credits
If the uptime in a month is lower than committed, you are entitled to a credit on the next
invoice: 5% of the monthly fee below 99.7%, 10% below 99.0% and 25% below 97.0%. Credits must
be claimed within 30 days after the end of the month.

D. Releases
New features and fixes are released every two weeks at no extra cost. Security patches are
applied as soon as they are available. We announce major changes in the release notes two weeks
before.

E. Data and exit
The Customer remains the owner of all data entered into the service. Roosters processes
personal data of the Customer's employees as a processor under the data processing agreement in
Annex 2, in line with the GDPR; data is hosted in data centres in the European Union.
At the end of the subscription you can export all schedules, employees and hours in CSV and
Excel format at any time during 60 days. After that period we delete the data, unless you ask
us to keep it for longer.

F. Legal
Roosters' total liability per contract year is limited to the fees paid in the twelve months
before the claim. Neither party is liable for indirect damage. Both parties keep each other's
confidential information secret during the term and for three years after it. This Order Form
is governed by Belgian law; the courts of Leuven have exclusive jurisdiction. The Roosters
Terms of Service apply to everything not settled here; if they conflict with this Order Form,
this Order Form prevails.

Signed for Roosters Cloud BV                      Signed for Ziekenhuisnetwerk Kempen VZW
Name: Wout Peeters, CEO                           Name: Greet Janssens, Financial Director
Date: 2 December 2026                             Date: 4 December 2026
"""

MANAGED_WORKPLACE_EN = """\
SERVICE AGREEMENT - MANAGED WORKPLACE
Agreement no. SA-2026-0093

Parties
1. Dijkstra ICT Services B.V., Stationsplein 8, 3511 ED Utrecht, the Netherlands, Chamber of
   Commerce no. 30123456, hereinafter "Dijkstra";
2. Brabantse Bouwgroep N.V., Havenlaan 40, 2030 Antwerpen, Belgium, hereinafter "the Client".

Article 1 - Scope of the services
1.1 Dijkstra manages the Client's workplaces: 85 laptops, Microsoft 365 tenant, mobile device
management, endpoint security and the office network at two sites.
1.2 The services consist of monitoring, patch management, back-up of the Microsoft 365 data,
user administration (joiners, movers, leavers) and a service desk for end users.
1.3 Hardware purchases, projects such as a migration to a new tenant, and on-site work at
construction sites are not part of the monthly fee.

Article 2 - Fees
2.1 The monthly fee is EUR 62,50 per managed device, with a minimum of 80 devices.
2.2 Work outside the scope is carried out only after the Client has approved a written quote,
and is charged at EUR 105 per hour for a system engineer and EUR 85 per hour for a service
desk engineer.
2.3 Dijkstra invoices monthly in advance; the Client pays within 14 days of the invoice date.
2.4 Fees are indexed annually on 1 January by the CBS services price index.

Article 3 - Service desk
3.1 The service desk is available Monday to Friday from 07:30 to 18:00, by phone, by e-mail
and through the self-service portal. Outside these hours a stand-by engineer can be reached for
priority 1 incidents.
3.2 Dijkstra keeps a configuration management database with all devices, licences and network
components of the Client, and documents the Client's environment in a run book.

Article 4 - Service levels
Dijkstra shall meet the following targets, measured per calendar month:
- Priority 1 (site or all users down): response within 30 minutes, restored within 4 hours;
- Priority 2 (one user cannot work): response within 2 hours, restored within 1 working day;
- Priority 3 (request or minor issue): response within 1 working day, resolved within 5
  working days.
If Dijkstra misses the priority 1 target more than twice in a month, the Client receives a
discount of 10% on that month's fee.

Article 5 - Service manager and reporting
5.1 Dijkstra appoints a named service manager, Mrs Ilse de Vries, as the Client's single point
of contact for the agreement. The Client appoints its IT coordinator as counterpart.
5.2 Dijkstra sends a monthly report with the number of tickets per priority, the service
levels achieved, the patch status of the devices and open risks.
5.3 Every quarter the service manager and the Client's management hold a service review to
discuss the report, planned changes and improvements. Issues that cannot be solved there are
escalated to Dijkstra's operations director and the Client's CFO.

Article 6 - Duration and termination
6.1 This agreement starts on 1 February 2027 for a period of three years. It is then renewed
tacitly for periods of one year unless terminated by registered letter with a notice period of
six months.
6.2 Either party may terminate the agreement with immediate effect if the other party is
declared bankrupt or seriously breaches its obligations and does not remedy the breach within
30 days of a written notice.

Article 7 - End of the agreement
At the end of the agreement Dijkstra will cooperate in the transfer of the services to the
Client or a new supplier for up to three months at the hourly rates of article 2, hand over all
passwords, documentation and the run book, and return the back-up data.

Article 8 - Data protection and confidentiality
8.1 Dijkstra processes personal data on behalf of the Client. The parties have concluded a data
processing agreement that forms Annex 3 to this agreement.
8.2 Dijkstra and its staff keep all information about the Client's business confidential.

Article 9 - Liability
Dijkstra's liability is limited to direct damage up to the fees of the last six months. Liability
for loss of data is excluded when the Client has not taken the back-up service.

Article 10 - Applicable law and disputes
This agreement is governed by Dutch law. The parties will first try to settle any dispute in
a meeting between their directors; if that fails within 30 days, the dispute is submitted to
the competent court in Utrecht.

Utrecht / Antwerp, 20 December 2026

Dijkstra ICT Services B.V.                   Brabantse Bouwgroep N.V.
M. Dijkstra, managing director               J. Peeters, CEO
"""

CONSULTANCY_FRAMEWORK_EN = """\
FRAMEWORK AGREEMENT FOR CONSULTANCY SERVICES

between
Arcadis Partners Consulting SRL, avenue Louise 287, 1050 Brussels, enterprise number
0811.234.567, represented by its managing partner, ("the Consultancy")
and
Belfius Leasing Services NV, Karel Rogierplein 11, 1210 Brussels ("the Client").

1. Purpose
1.1 This framework agreement sets the terms under which the Consultancy makes IT consultants
available to the Client on a time-and-materials basis for assignments described in separate
purchase orders.
1.2 Each assignment starts only after the Client has issued a purchase order stating the
consultant, the role, the expected number of days, the maximum budget and the period.

2. Day rates
2.1 The following day rates apply (excluding VAT, a day being eight hours of work):
| Profile          | Experience         | Day rate  |
| Junior consultant | 0 - 3 years       | EUR 620   |
| Consultant        | 3 - 7 years       | EUR 780   |
| Senior consultant | 7 - 12 years      | EUR 950   |
| Principal         | more than 12 years | EUR 1.150 |
2.2 The rates are fixed until 31 December 2027 and are then adjusted each year according to the
Agoria salary index, capped at 4%.
2.3 The Consultancy shall not exceed the maximum budget of a purchase order without the Client's
prior written approval of a revised order.

3. Timesheets and invoicing
3.1 Consultants record their hours weekly in the Client's timesheet tool. The Client's manager
approves the timesheets within five working days.
3.2 The Consultancy invoices monthly on the basis of approved timesheets. Invoices are payable
within 45 days of receipt.

4. Consultants
4.1 The Consultancy proposes consultants whose CV matches the profile of the purchase order; the
Client may interview them before the assignment.
4.2 The Consultancy shall not replace a consultant during an assignment without the Client's
consent, except in case of illness, departure or force majeure. A replacement of equal
experience is proposed within ten working days, and the first five days of the replacement's
familiarisation are not charged. The Client may ask for a replacement when a consultant does
not perform adequately.
4.3 At the end of each assignment the consultant documents the work done and hands it over to
the Client's team.

5. Intellectual property
All deliverables created by the consultants for the Client, including code, documents and
designs, become the property of the Client upon payment. The Consultancy keeps its prior know-how
and tools and grants the Client a free licence to use them as part of the deliverables.

6. Confidentiality
The Consultancy and its consultants shall keep confidential all information they learn about the
Client, its customers and its systems, during the agreement and for five years after its end.

7. Personal data
Where consultants process personal data for the Client, they act as processor under the
instructions of the Client, in accordance with the General Data Protection Regulation. The data
processing agreement in Annex B applies.

8. Liability
The liability of the Consultancy for any assignment is limited to the fees invoiced for that
assignment, except in case of fraud or wilful misconduct.

9. Duration
This framework agreement is concluded for an indefinite period. Either party may terminate it
with three months' notice by registered letter; running purchase orders continue until their
end unless the Client decides otherwise.

10. Governing law and jurisdiction
This agreement is governed by Belgian law. Disputes that the parties cannot settle amicably
within thirty days are submitted to the courts of Brussels (French-speaking section).

Done in Brussels on 10 November 2026, in two originals.

For the Consultancy                          For the Client
Signature                                    Signature
Name: Luc Lambert, managing partner          Name: An Vermeulen, Head of IT
"""

DOCUMENTS = {
    "proposal_webapp_en": PROPOSAL_WEBAPP_EN,
    "saas_order_form_en": SAAS_ORDER_FORM_EN,
    "managed_workplace_en": MANAGED_WORKPLACE_EN,
    "consultancy_framework_en": CONSULTANCY_FRAMEWORK_EN,
}

LABELS = {
    "proposal_webapp_en": {
        "budget.project_cost": "covered",
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
        "team.seniority": "covered",
        "team.knowledge_transfer": "missing",
        "rollout.deployment": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "maintenance.response_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "exit.duration_renewal": "missing",
        "exit.termination": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    "saas_order_form_en": {
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "budget.startup_cost": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "rollout.data_migration": "covered",
        "rollout.user_support": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    "managed_workplace_en": {
        "agreement.signed_both": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "team.named_team": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
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
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    "consultancy_framework_en": {
        "agreement.signed_both": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "missing",
        "budget.startup_cost": "missing",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "maintenance.availability": "missing",
        "maintenance.response_time": "missing",
        "maintenance.service_credits": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
}

RISKS = {
    "proposal_webapp_en": {
        "risk.supplier_terms_prevail": True,
        "risk.unsigned": True,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    "saas_order_form_en": {
        "risk.auto_renewal": True,
        "risk.data_lockin": False,
        "risk.unsigned": False,
        "risk.best_efforts_only": False,
        "risk.open_ended_cost": False,
    },
    "managed_workplace_en": {
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.best_efforts_only": False,
        "risk.unsigned": False,
    },
    "consultancy_framework_en": {
        "risk.open_ended_cost": False,
        "risk.auto_renewal": False,
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": False,
        "risk.data_lockin": False,
    },
}
