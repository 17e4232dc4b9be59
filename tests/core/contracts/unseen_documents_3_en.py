"""The English documents of the third held-out batch (see unseen_documents_3.py): a Belgian
software licence and maintenance agreement and a managed hosting service description with SLA
tables. Written and labelled on 2026-12-04 before the analyser was run on them."""

from .unseen_documents import UnseenDocument

EN_LICENCE_MAINTENANCE = UnseenDocument(
    name="en_licence_maintenance",
    text="""SOFTWARE LICENCE AND MAINTENANCE AGREEMENT

This Agreement is made on 22 March 2027

BETWEEN
(1) CORELAB SYSTEMS NV, a company incorporated under Belgian law, with registered office at
    Interleuvenlaan 62, 3001 Leuven, Belgium, enterprise number 0567.889.214 ("Corelab"); and
(2) BIONOVA DIAGNOSTICS SA, a company incorporated under Belgian law, with registered office at
    Rue Auguste Piccard 48, 6041 Gosselies, Belgium, enterprise number 0845.302.776 ("Customer").

1. LICENCE
1.1 Corelab grants Customer a perpetual, non-exclusive, non-transferable licence to use the
LabTrack LIMS software (the "Software") for up to twenty-five (25) named users at Customer's
Gosselies site, for Customer's internal business purposes only.
1.2 Corelab retains all intellectual property rights in the Software and the Documentation.
Customer may make one back-up copy.
1.3 The licence fee is EUR 48.000,00 excluding VAT, payable as to 50% on signature of this
Agreement and 50% on the Acceptance Date.

2. INSTALLATION AND TRAINING
2.1 Corelab shall install and configure the Software on Customer's servers for a fixed fee of
EUR 9.600,00 excluding VAT, invoiced on completion of the installation. Installation shall be
completed within six (6) weeks of signature, provided Customer has made its servers available in
accordance with the technical prerequisites in the Documentation.
2.2 The installation services include two (2) days of key-user training at Customer's site.
2.3 Migration of data from Customer's existing laboratory system is not included in the
installation services and, if requested by Customer, will be quoted separately.
2.4 Corelab's project manager for the installation is Hannelore Peeters. Customer shall appoint a
project manager with authority to take decisions on its behalf.

3. ACCEPTANCE
Within fifteen (15) Business Days after Corelab notifies completion of the installation, Customer
shall run the acceptance tests agreed in writing between the parties. If the Software passes the
tests, or if Customer does not notify a material non-conformity in writing within that period,
the Software is accepted (the "Acceptance Date"). Corelab shall correct any notified material
non-conformity and the tests shall be repeated.

4. WARRANTY
For ninety (90) days from the Acceptance Date, Corelab warrants that the Software will perform
substantially in accordance with the Documentation. Corelab's sole obligation under this warranty
is to correct the non-conformity free of charge or, if it cannot do so within a reasonable time,
to refund the licence fee against return of the Software.

5. MAINTENANCE
5.1 From the Acceptance Date Corelab shall provide Standard Maintenance for an annual fee equal to
eighteen per cent (18%) of the licence fee, i.e. EUR 8.640,00 excluding VAT, invoiced annually in
advance. Corelab may increase the maintenance fee once a year by no more than the increase in
the Belgian health index over the previous twelve months.
5.2 Standard Maintenance comprises: (a) a helpdesk for Customer's key users by telephone and
through Corelab's support portal, Monday to Friday from 9:00 to 17:00 CET, excluding Belgian
public holidays; (b) correction of errors in the Software; (c) all new versions, updates and
security patches of the Software as and when generally released.
5.3 Corelab shall respond to calls within the following times:
    Severity 1 (Software unusable):               four (4) business hours
    Severity 2 (major function unusable):         one (1) Business Day
    Severity 3 (other):                           three (3) Business Days
Corelab will use commercially reasonable efforts to provide a fix or a workaround for Severity 1
errors as soon as possible.

6. TERM OF MAINTENANCE
6.1 Standard Maintenance runs for an initial term of three (3) years from the Acceptance Date and
renews automatically for successive periods of one (1) year, unless either party gives written
notice of non-renewal at least sixty (60) days before the end of the current term.
6.2 Either party may terminate this Agreement with immediate effect by written notice if the
other party commits a material breach which is not remedied within thirty (30) days of a written
request to do so, or if the other party becomes bankrupt.

7. PAYMENT
All invoices are payable within thirty (30) days of the date of invoice. Late payments bear
interest at the rate of the Belgian Act of 2 August 2002 on late payment in commercial
transactions.

8. SOURCE CODE
If Customer so requests, the parties will negotiate in good faith a source code escrow
arrangement with an escrow agent to be agreed; the costs of any such arrangement are borne by
Customer.

9. LIABILITY
9.1 Corelab's total aggregate liability under this Agreement shall not exceed the fees paid by
Customer in the twelve (12) months preceding the event giving rise to the claim.
9.2 Corelab shall not be liable for any indirect or consequential loss, loss of profit, loss of
production or loss or corruption of data.
9.3 Nothing in this Agreement limits liability for fraud or wilful misconduct.

10. CONFIDENTIALITY AND DATA
10.1 Each party shall keep confidential all information received from the other party and use it
only for the purposes of this Agreement, during its term and for five (5) years thereafter.
10.2 Where Corelab processes personal data on Customer's behalf during remote support, the parties
shall agree a data processing agreement where required.

11. GENERAL
11.1 This Agreement constitutes the entire agreement between the parties. Neither party's general
terms and conditions apply.
11.2 The parties shall first try to settle any dispute by referring it to their respective
managing directors, who shall meet within twenty (20) Business Days.
11.3 This Agreement is governed by Belgian law. The courts of Brussels shall have exclusive
jurisdiction.

Signed in two originals in Brussels on 22 March 2027.

For Corelab Systems NV                    For BioNova Diagnostics SA
Dirk Van Hoof, CEO                         Isabelle Marchal, Chief Operating Officer
""",
    items={
        "agreement.signed_both": "covered",
        "budget.startup_cost": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "partial",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.escrow": "partial",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "partial",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 4,
    },
)

EN_MANAGED_HOSTING_SERVICE = UnseenDocument(
    name="en_managed_hosting_service",
    text="""SCALDIS CLOUD - MANAGED HOSTING SERVICE DESCRIPTION
Version 3.2 - effective 1 January 2027

Provider:      Scaldis Cloud BV, Noorderlaan 133, 2030 Antwerp, Belgium
Customer:      Brouwerij Ter Polder NV, Polderdijk 5, 8670 Koksijde, Belgium
Order Form:    SC-OF-2027-0388 of 15 January 2027
Plan:          Silver
Monthly fee:   EUR 2.350,00 excluding VAT (Silver plan, 6 virtual servers, 2 TB storage)

1. PURPOSE
This Service Description describes the Managed Hosting service that Scaldis Cloud provides to
the Customer under the Order Form and the Master Services Agreement between the parties (the
"MSA"). Capitalised terms not defined here have the meaning given in the MSA.

2. THE SERVICE
2.1 Scaldis Cloud provides and operates virtual servers, storage, networking, firewalls and load
balancers in its data centres in Antwerp and Amsterdam, and manages the operating systems of the
virtual servers.
2.2 Operating systems are patched monthly during the maintenance window (Wednesday 22:00 to
02:00 CET). Security patches rated critical by the vendor are installed within 72 hours of
release, if necessary outside the maintenance window after notice to the Customer.
2.3 All virtual servers are backed up daily; backups are kept for 14 days in the other data
centre.
2.4 The Customer remains responsible for its applications, application data and application
licences, and shall name at least two technical contacts who are authorised to log incidents
and approve changes.

3. PLANS
| Plan   | Availability target | Support for P1 incidents     | Monthly price from |
| Bronze | 99.5 %              | business hours               | EUR 950,00         |
| Silver | 99.9 %              | 24 x 7                       | EUR 1.900,00       |
| Gold   | 99.95 %             | 24 x 7, named engineer       | EUR 4.200,00       |
Availability is measured per calendar month on the reachability of the virtual servers from the
internet, excluding the maintenance window and incidents caused by the Customer's applications.

4. SERVICE CREDITS
If monthly availability falls below the target of the Customer's plan, the Customer is entitled
to a service credit on the monthly fee:
| Shortfall below target     | Service credit |
| up to 0.5 percentage point | 5 %            |
| up to 1 percentage point   | 10 %           |
| more than 1 point          | 25 %           |
The Customer must claim service credits within thirty (30) days after the end of the month.
Service credits are the Customer's sole remedy for unavailability and are capped at 30% of the
monthly fee.

5. SUPPORT
5.1 P1 incidents can be reported 24 hours a day, 7 days a week by telephone on +32 3 500 21 21
(Silver and Gold). All other requests are handled on Business Days from 8:00 to 18:00 CET
through the service portal.
5.2 Response times:
| Priority | Description                                    | Response time       |
| P1       | service down for all users                     | 15 minutes          |
| P2       | service degraded or one server down            | 1 hour              |
| P3       | minor issue                                    | 4 business hours    |
| P4       | service request or question                    | 2 Business Days     |
5.3 Scaldis Cloud aims to restore service for P1 incidents within 4 hours. Restoration times are
targets only; no service credits apply to them.
5.4 Scaldis Cloud sends the Customer a monthly service report with the measured availability,
incidents per priority, changes carried out and capacity usage.

6. WORK OUTSIDE THE SERVICE
Work requested by the Customer that is not part of the service, such as application
installations or migrations, is performed on a time and materials basis at EUR 135,00 per hour,
in 15-minute increments, and invoiced monthly in arrears with the monthly fee.

7. FEES
The monthly fee is invoiced monthly in advance. Invoices are payable within thirty (30) days of
the invoice date.

8. END OF SERVICE
On expiry or termination of the Order Form, Scaldis Cloud will make the Customer's data and
server images available for download for thirty (30) days. Assistance with the export beyond
that download is chargeable under section 6.

9. TERM, LIABILITY AND CHANGES
9.1 Term, renewal and termination: as set out in the Order Form and the MSA.
9.2 Liability: see clause 11 of the MSA.
9.3 Scaldis Cloud may update this Service Description from time to time by publishing a new
version on its website. Changes that reduce the service levels of the Customer's plan take effect
at the next renewal of the Order Form.
""",
    items={
        "agreement.signed_both": "missing",
        "budget.recurring_cost": "covered",
        "budget.extra_costs": "partial",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "reporting.progress": "covered",
        "rollout.acceptance": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "partial",
        "exit.termination": "partial",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "partial",
        "legal.confidentiality": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.unilateral_change": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
    },
    figures={
        "availability_percent": 99.9,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.25,
    },
)
