"""The English documents of the second held-out batch (see unseen_documents_2.py): a Belgian
integrator's master services agreement whose schedules are referenced but not attached, and a
support and maintenance order form with placeholders and best-efforts wording. Written and
labelled on 2026-12-04 before the analyser was run on them."""

from .unseen_documents import UnseenDocument

EN_MASTER_SERVICES = UnseenDocument(
    name="en_master_services",
    text="""MASTER SERVICES AGREEMENT

This Master Services Agreement (the "Agreement") is made on 15 January 2027 (the "Effective
Date")

BETWEEN
(1) SCHELDT SYSTEMS INTEGRATION NV, a company incorporated under the laws of Belgium with
registered office at Kattendijkdok-Westkaai 20, 2000 Antwerp, Belgium, enterprise number
0812.456.901 ("Integrator"); and
(2) BROUWERIJ DE VIJF MOLENS BV, a company incorporated under the laws of Belgium with registered
office at Molenstraat 61, 9160 Lokeren, Belgium, enterprise number 0433.870.215 ("Client").

BACKGROUND
(A) Integrator designs, implements and supports ERP, warehouse and production systems.
(B) Client wishes to engage Integrator from time to time for projects described in statements of
work under the terms of this Agreement.

1. DEFINITIONS
1.1 "Business Day" means a day other than a Saturday, Sunday or public holiday in Belgium.
1.2 "Deliverable" means any item to be delivered by Integrator under a SOW.
1.3 "Defect" means a failure of a Deliverable to conform to its specification in the SOW.
1.4 "SOW" means a statement of work agreed under clause 2, substantially in the form of
Schedule 1.

2. STATEMENTS OF WORK AND ORDER OF PRECEDENCE
2.1 Each project will be described in a SOW signed by both parties. Each SOW forms a separate
contract incorporating the terms of this Agreement.
2.2 In case of conflict, the following order of precedence applies: (i) the SOW, (ii) the body of
this Agreement, (iii) the Schedules. No general terms and conditions of either party (including
Integrator's general terms of sale and Client's purchase conditions) apply.

3. FEES AND PAYMENT
3.1 Client shall pay the fees as set out in Schedule 2 (Fees and Rates).
3.2 Integrator's rates may be indexed in accordance with Schedule 2.
3.3 Integrator shall invoice monthly in arrears. Invoices are payable within forty-five (45) days
of receipt.
3.4 Any change to the scope, planning or fees of a SOW shall follow the change control procedure
in Schedule 3.

4. TERM
This Agreement commences on the Effective Date and continues indefinitely unless terminated in
accordance with clause 13. Each SOW states its own duration.

5. PERSONNEL
5.1 Integrator shall assign suitably qualified personnel to each SOW.
5.2 Integrator shall not replace any Key Person named in a SOW without Client's prior written
consent, which shall not be unreasonably withheld, and shall ensure an orderly handover to the
replacement at its own cost.
5.3 Integrator shall maintain professional liability insurance with a reputable insurer
throughout the term of this Agreement.

6. GOVERNANCE
6.1 Each party appoints a contract manager. The contract managers meet at least quarterly to
review the progress of all SOWs, open risks and invoicing.
6.2 Any issue that the contract managers cannot resolve within ten (10) Business Days is
escalated to the managing directors of both parties.

7. ACCEPTANCE
Deliverables are subject to the acceptance procedure in the relevant SOW.

8. WARRANTIES
8.1 Integrator warrants that the Services will be performed in a professional and workmanlike
manner, in accordance with good industry practice and by appropriately skilled staff.
8.2 Client may report any Defect in a Deliverable within thirty (30) working days of its
delivery. Integrator shall correct reported Defects at no additional charge.
8.3 Except as expressly stated in this Agreement, all other warranties are excluded.

9. INTELLECTUAL PROPERTY
9.1 Upon payment in full, all intellectual property rights in Deliverables created specifically
for Client vest in Client.
9.2 Integrator retains ownership of its pre-existing materials and tools and grants Client a
perpetual, non-exclusive, royalty-free licence to use them as part of the Deliverables.

10. CONFIDENTIALITY
Each party shall keep the other party's Confidential Information confidential and use it only
for the purposes of this Agreement, during the term of this Agreement and for five (5) years
after its termination.

11. DATA PROTECTION
Where Integrator processes personal data on behalf of Client, it does so as processor under
Article 28 of the GDPR, and the parties shall sign the data processing agreement in Schedule 4
before any processing starts.

12. LIABILITY
12.1 Neither party shall be liable to the other for any indirect, incidental, special, punitive
or consequential loss or damage, or for any loss of profit, revenue, goodwill or data, however
arising.
12.2 Each party's total aggregate liability arising out of or in connection with this Agreement
in any contract year shall not exceed the total fees paid or payable under all SOWs in that
contract year.
12.3 Nothing in this Agreement limits liability for fraud, wilful misconduct or death or
personal injury caused by negligence.

13. TERMINATION
13.1 This Agreement may be terminated at any time by either party by giving not less than three
(3) months' written notice. Termination of this Agreement does not affect any SOW in progress,
which continues under these terms until completed.
13.2 Either party may terminate this Agreement or any SOW with immediate effect by written notice
if the other party commits a material breach that is not remedied within thirty (30) days of a
written request to do so, or becomes insolvent.

14. EXIT
On termination or expiry of any SOW, Integrator shall provide reasonable exit assistance as set
out in Schedule 5 (Exit Plan) and shall, at Client's choice, return or destroy all Client Data.

15. GOVERNING LAW AND DISPUTES
15.1 The legislation of Belgium applies to this Agreement.
15.2 Any dispute shall first be escalated under clause 6.2. If the managing directors cannot
resolve it within thirty (30) days, the parties shall refer it to mediation under the CEPANI
mediation rules before starting court proceedings.
15.3 The courts of Antwerp, division Antwerp, have exclusive jurisdiction.

16. GENERAL
16.1 This Agreement, its Schedules and the SOWs constitute the entire agreement between the
parties.
16.2 No amendment is effective unless in writing and signed by both parties.
16.3 Clauses 9, 10, 12 and 15 survive termination of this Agreement.

SCHEDULES
Schedule 1 - Form of SOW
Schedule 2 - Fees and Rates
Schedule 3 - Change Control Procedure
Schedule 4 - Data Processing Agreement
Schedule 5 - Exit Plan

Signed in two originals on the Effective Date.

For SCHELDT SYSTEMS INTEGRATION NV
Name: Pieter Van Acker
Title: Chief Executive Officer
Signature: ______________________

For BROUWERIJ DE VIJF MOLENS BV
Name: Griet Hermans
Title: Managing Director
Signature: ______________________
""",
    items={
        "agreement.general_terms": "covered",
        "agreement.signed_both": "covered",
        "budget.rates": "partial",
        "budget.payment_terms": "covered",
        "budget.extra_costs": "partial",
        "team.replacement": "covered",
        "team.quality": "covered",
        "reporting.governance": "covered",
        "rollout.acceptance": "partial",
        "rollout.warranty": "covered",
        "maintenance.availability": "missing",
        "maintenance.response_time": "missing",
        "maintenance.service_credits": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "partial",
        "exit.escrow": "missing",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.liability": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.unsigned": False,
    },
    figures={"payment_term_days": 45, "notice_period_days": 90},
)

EN_SUPPORT_ORDER_FORM = UnseenDocument(
    name="en_support_order_form",
    text="""SUPPORT AND MAINTENANCE ORDER FORM

Order number:             SO-2027-0042
Supplier:                 Nordlicht Software BV, Gaston Crommenlaan 8, 9050 Ghent, Belgium
                          ("Nordlicht")
Customer:                 Thermotech Industries NV, Zone Reme 2, 3600 Genk, Belgium
                          ("Customer")
Software:                 NordPlan MES version 7 (on-premises), licensed under the Software
                          Licence Agreement between the parties dated 4 June 2024
Support level:            Gold
Service period:           from 1 March 2027 until 28 February 2030
Annual support fee:       EUR 18,400 excluding VAT
Customer account manager: [TBD]
Customer key users:       [names to be provided by Customer]

1. SERVICES
1.1 The Gold support level includes:
(a) a helpdesk by telephone and e-mail for the Customer's key users;
(b) remote diagnosis and corrective maintenance of NordPlan MES;
(c) new minor and major releases of NordPlan MES, with release notes, at no extra charge;
(d) security patches, made available within ten (10) Business Days after Nordlicht confirms a
vulnerability rated critical.
1.2 Not included in the annual support fee: on-site interventions, installation of new releases
on the Customer's servers, custom reports and interfaces, and support for the Customer's
hardware, operating systems or databases. Such work is performed on request at Nordlicht's
rates in force, currently EUR 125 per hour.

2. SUPPORT HOURS
The helpdesk is available Monday to Friday from 8:00 to 18:00 CET, except on Belgian public
holidays, on +32 9 280 41 00 and at support@nordlicht.be. Only the Customer's registered key
users may log calls.

3. PRIORITIES AND RESPONSE
| Priority | Definition | Target response |
| 1 | production line stopped, no workaround | 2 business hours |
| 2 | major function impaired, workaround available | 1 Business Day |
| 3 | minor issue or question | 3 Business Days |
Nordlicht will use its best efforts to respond to calls within the target response times above.
Nordlicht does not guarantee that every error can be corrected; it will provide a workaround or
a correction as soon as reasonably practicable.

4. SERVICE LEVELS
Service credits: [TBD]
Availability: not applicable (on-premises software).

5. CUSTOMER RESPONSIBILITIES
The Customer shall designate up to three trained key users, keep its servers and databases
within the specifications in the documentation, and give Nordlicht remote access through the
Customer's VPN whenever a call requires it.

6. FEES AND INVOICING
6.1 The annual support fee is invoiced annually in advance on 1 March. Invoices are payable
within thirty (30) days of the invoice date.
6.2 Nordlicht may adjust the annual support fee with effect from each anniversary of the start
of the service period by giving the Customer at least three (3) months' written notice.

7. TERM AND RENEWAL
7.1 After the service period stated above, this Order Form renews for successive periods of one
(1) year unless either party gives written notice of non-renewal at least sixty (60) days
before the end of the then-current period.
7.2 Either party may terminate this Order Form by written notice if the other party materially
breaches it and does not remedy the breach within thirty (30) days of notice.

8. TERMS
8.1 This Order Form is subject to Nordlicht's General Terms and Conditions for Support Services
(version 2025.2), which prevail over this Order Form in case of conflict.
8.2 Nordlicht's liability is limited as set out in the General Terms and Conditions.
8.3 Source code escrow: not included.
8.4 This Order Form is governed by Belgian law. The courts of Ghent have exclusive
jurisdiction.

ACCEPTED AND AGREED

For Nordlicht Software BV
Name: Lien De Smet, Sales Director
Signature: ____________________   Date: ____________

For Thermotech Industries NV
Name: Kristof Lenaerts, Plant IT Manager
Signature: ____________________   Date: ____________
""",
    items={
        "agreement.general_terms": "covered",
        "agreement.signed_both": "covered",
        "budget.project_cost": "missing",
        "budget.scope": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "team.named_team": "partial",
        "rollout.acceptance": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "partial",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "partial",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "legal.liability": "partial",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 2,
    },
)
