"""Training batch 16 (en, writer o): (1) the general terms and conditions for SaaS services of a
Dutch vendor of HR tools (onboarding, reviews, absence, learning), unsigned; (2) a signed order
form by a Dutch supplier for wireless IoT sensors and 24/7 monitoring of the fermentation and
bright beer tanks of a Belgian brewery; (3) a signed support and maintenance agreement between an
Antwerp software house and a Belgian shipping company for its custom crew-travel booking tool;
(4) an e-mail offer by a Leuven network integrator for the network refresh (Meraki firewalls,
switches, Wi-Fi) of a dental chain's seven practices, with a monitoring option, accepted by reply
e-mail.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser.

Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an empty
client signature line raises risk.unsigned; a negation, disclaimer, bare cross-reference,
placeholder or best-efforts wording is "partial"; supplier terms that apply but give way to the
agreement itself do not raise risk.supplier_terms_prevail.
"""

from .unseen_documents import UnseenDocument

EN_T16O_HR_SAAS_GENERAL_TERMS = UnseenDocument(
    name="en_t16o_hr_saas_general_terms",
    text="""TALENTWIJS B.V. - GENERAL TERMS AND CONDITIONS FOR SAAS SERVICES
Version 2026.2 - filed with the Chamber of Commerce Utrecht under no. 71048823

Talentwijs B.V., Europalaan 100, 3526 KS Utrecht, the Netherlands ("Talentwijs")

Article 1 - Definitions
1.1 Platform: the Talentwijs HR software (modules Onboarding, Reviews & Goals, Absence and
Learning) made available online as a service.
1.2 Customer: the legal entity that enters into an Agreement with Talentwijs.
1.3 Agreement: the agreement between Talentwijs and the Customer, consisting of the Order Form or
the offer accepted by the Customer, these Terms, the Data Processing Agreement (Annex A) and the
Service Description published on talentwijs.nl/service.
1.4 Customer Data: all data that the Customer or its users enter into the Platform, including
personal data of the Customer's employees and applicants.

Article 2 - Applicability
2.1 These Terms apply to all offers, Order Forms and Agreements of Talentwijs. The applicability
of the Customer's purchasing terms or other general terms is expressly rejected.
2.2 In case of conflict between the documents making up the Agreement, the following order
applies: (a) the Data Processing Agreement, (b) these Terms, (c) the Order Form or accepted offer,
(d) the Service Description.
2.3 Deviations from these Terms are only valid if Talentwijs has expressly accepted them in
writing.

Article 3 - Fees and payment
3.1 The subscription fees, the number of employees covered and any one-off onboarding fee are
stated in the Order Form. Subscription fees are invoiced annually in advance; onboarding fees are
invoiced upon signature of the Order Form.
3.2 Consultancy, configuration beyond the standard onboarding package and training on request
are charged on the basis of time spent, at the hourly rates of the Talentwijs price list in force
at the time the work is performed.
3.3 Invoices are payable within 14 days of the invoice date. If the Customer does not pay on time,
it owes the statutory commercial interest (article 6:119a of the Dutch Civil Code) without notice
of default being required.
3.4 Talentwijs may index its fees and rates on 1 January of each year on the basis of the CBS
index of collectively agreed wages (CAO-lonen, commercial services). Talentwijs may moreover
adjust its fees at any time by notifying the Customer two months in advance; in that case the
Customer may terminate the Agreement as of the date on which the adjustment takes effect.
3.5 If Talentwijs carries out work at the Customer's request that falls outside the agreed
scope, this is additional work charged at the applicable rates. Talentwijs will inform the
Customer beforehand of the financial consequences of additional work where reasonably possible.

Article 4 - Onboarding and delivery
4.1 After signature of the Order Form, Talentwijs creates the Customer's environment, configures
single sign-on (Microsoft Entra ID or Google) and activates the modules ordered. The Platform is
available to all users from the Activation Date agreed in the kick-off meeting.
4.2 The standard onboarding package includes one import of employee master data (names,
functions, departments, managers, contract data) delivered by the Customer in Talentwijs' CSV
template. Historical review forms, absence history and documents are not migrated unless agreed
separately.
4.3 The Customer appoints an administrator and delivers the completed CSV template and the SSO
details at least ten business days before the Activation Date. The Customer is responsible for
the correctness of the data it supplies and for managing its users' access rights.
4.4 Talentwijs will make reasonable efforts to meet the planning agreed in the kick-off meeting.
All delivery dates and terms mentioned by Talentwijs are target dates and never strict deadlines.
4.5 At activation Talentwijs gives one online training session of two hours for the Customer's
administrators. End users are supported by the online help centre (articles and videos in Dutch
and English).

Article 5 - Availability and support
5.1 Talentwijs strives for an availability of the Platform of 99,5 % per calendar month,
excluding planned maintenance announced at least three business days in advance and carried out
between 20:00 and 07:00 CET. Talentwijs will use reasonable efforts to achieve this target.
5.2 The availability target is not a guarantee. Not achieving it does not entitle the Customer to
any compensation, credit or refund.
5.3 Support is provided on Dutch business days from 09:00 to 17:00 CET via the help centre ticket
form and support@talentwijs.nl, in Dutch and English. The subscription includes Standard Support.
5.4 Talentwijs responds to tickets within the following times (business hours):
     Critical - the Platform is unavailable for all users          4 business hours
     High     - a module cannot be used, no workaround               1 business day
     Normal   - other questions and defects                          3 business days
Talentwijs will use reasonable efforts to resolve incidents as quickly as possible.
5.5 Talentwijs continuously develops the Platform. New releases are deployed automatically and
are included in the subscription fee; security patches are applied as soon as they are available.
Talentwijs may change or discontinue functionality, provided that the core functionality of the
modules ordered is not materially reduced.
5.6 Talentwijs does not warrant that the Platform will be free of errors or operate without
interruption.

Article 6 - Quality and security
Talentwijs performs its services with due care and in accordance with good professional practice.
Talentwijs is ISO/IEC 27001 certified; the Platform is hosted in Microsoft Azure data centres in
the Netherlands (West Europe) and is subjected to an external penetration test at least once a
year.

Article 7 - Term and termination
7.1 The Agreement is entered into for the initial term stated in the Order Form or, if no term is
stated, for twelve months from the Activation Date.
7.2 The Agreement is then tacitly renewed for successive periods of twelve months, unless either
party terminates it in writing at least three months before the end of the current period.
7.3 Either party may terminate the Agreement with immediate effect if the other party is declared
bankrupt, or fails to remedy a material breach within 30 days of a written notice of default.
7.4 Fees invoiced for the current period are not refunded upon termination, except in case of
termination by the Customer under article 7.3.

Article 8 - Customer Data and end of the Agreement
8.1 Customer Data remains the property of the Customer.
8.2 During 30 days after the end of the Agreement the Customer can export its Customer Data via
the export function of the Platform (CSV and XLSX; documents as ZIP). After this period
Talentwijs deletes the Customer Data within 60 days, except for back-ups, which are overwritten
within 90 days.
8.3 As long as the Customer has not paid all amounts due, Talentwijs may suspend the performance
of its obligations, including access to the Platform and the export of Customer Data.

Article 9 - Intellectual property
All intellectual property rights in the Platform, the Service Description, training materials and
any configuration templates remain with Talentwijs or its licensors. The Customer receives a
non-exclusive, non-transferable right to use the Platform for its internal HR processes during
the term of the Agreement.

Article 10 - Liability
10.1 Talentwijs' total liability is limited to the subscription fees paid by the Customer in the
six months preceding the event giving rise to the damage, with a maximum of EUR 50.000,00 per
year.
10.2 Talentwijs is never liable for indirect damage, consequential damage, lost profits, lost
savings, damage due to business interruption, or loss or corruption of data.
10.3 These limitations do not apply in case of intent or deliberate recklessness of Talentwijs'
management.

Article 11 - Confidentiality and personal data
11.1 Both parties keep confidential all information received from the other party that is
designated as confidential or whose confidential nature is evident, during the Agreement and for
three years after its end.
11.2 Talentwijs processes personal data in the Customer Data as processor on behalf of the
Customer, in accordance with the GDPR and the Data Processing Agreement in Annex A. Talentwijs
notifies the Customer of a personal data breach without undue delay and in any case within 48
hours after discovery. Sub-processors are listed on talentwijs.nl/subprocessors.

Article 12 - Disputes and applicable law
12.1 Before bringing a dispute before the court, the parties will try to settle it by
consultation between their managing directors within 30 days of a written request by either
party.
12.2 Dutch law applies to the Agreement. Disputes are exclusively submitted to the competent
court of Midden-Nederland, location Utrecht.

Annex A - Data Processing Agreement (available on talentwijs.nl/dpa)
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "missing",
        "budget.startup_cost": "partial",
        "budget.extra_costs": "partial",
        "budget.recurring_cost": "partial",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "partial",
        "timing.client_obligations": "covered",
        "team.named_team": "missing",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "team.quality": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "partial",
        "rollout.user_support": "covered",
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
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.data_lockin": True,
        "risk.unsigned": True,
    },
    figures={
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 14,
        "response_time_hours_highest_priority": 4,
        "availability_percent": 99.5,
    },
)

EN_T16O_BREWERY_TANK_SENSORS_ORDER_FORM = UnseenDocument(
    name="en_t16o_brewery_tank_sensors_order_form",
    text="""TANKSENSE B.V. - ORDER FORM TS-OF-2026-0457
Tank monitoring for fermentation and bright beer tanks

Supplier:  TankSense B.V., Torenallee 45, 5617 BD Eindhoven, the Netherlands - KvK 80221456
Customer:  Brouwerij Het Zwaantje NV, Kasteelstraat 9, 9700 Oudenaarde, Belgium -
           BE 0412.664.018
Customer contact:  Ms Lies Van Hoecke, head brewer (lies@hetzwaantje.be, +32 55 31 22 40)
TankSense contact: Mr Jeroen Hermans, project engineer (jeroen.hermans@tanksense.nl)

This Order Form is based on our quote TS-Q-2026-118 of 12 November 2026, which forms part of it.

1. WHAT IS INCLUDED
- 18 TS-Ferm wireless probes (temperature, pressure, gravity in degrees Plato and level) for the
  12 cylindroconical fermentation tanks and 6 bright beer tanks in the Oudenaarde brewhouse;
- 2 LoRaWAN gateways with 4G back-up connection, so no connection to the brewery network is needed;
- installation, calibration and commissioning on site;
- TankSense Cloud: dashboards per tank and per batch, fermentation curves, alarms by app push,
  SMS and phone call to the brewer on duty, CSV export;
- support, 24/7 alarm monitoring and firmware updates (section 5).
Not included: control of the glycol cooling, valves or CIP installation; electrical work other
than connecting the gateways to the 230 V sockets provided by the Customer; an interface with the
Customer's ERP (Brewman), which we can quote separately.

2. ONE-OFF CHARGES (EUR, excl. VAT)
  18 TS-Ferm probes at 1.240,00                                        22.320,00
  2 LoRaWAN gateways with 4G at 690,00                                   1.380,00
  Installation, calibration and commissioning (2 technicians, 2 days)   2.850,00
  Total one-off                                                        26.550,00
Invoiced 50 % on signature and 50 % on signature of the commissioning report.

3. MONITORING SUBSCRIPTION
EUR 22,00 per probe per month, i.e. EUR 396,00 per month excl. VAT, invoiced quarterly in advance
from the date of the commissioning report. The fee is indexed on 1 January of each year by the
Dutch CBS consumer price index (CPI), with a maximum of 3 % per year.
Additional probes are charged at the unit prices above. Any other work is only done after the
Customer has accepted our written quote for it.
All invoices are payable within 30 days of the invoice date.

4. PLANNING, INSTALLATION AND COMMISSIONING
4.1 Installation takes place on 2 and 3 March 2027, during the brewery's planned cleaning stop.
The Customer makes sure that the tanks concerned are empty and cleaned, that the tank tops are
accessible with the brewery's own scissor lift, and that two 230 V sockets are available at the
gateway positions marked in the quote.
4.2 After installation the probes measure in parallel with the brewery's manual measurements for
two weeks. The system is accepted when the readings deviate by no more than 0,3 degrees C and
0,2 degrees Plato from the reference measurements; the parties then sign the commissioning
report. If the deviation is larger, TankSense recalibrates or replaces the probe and the test is
repeated for that tank.
4.3 If the installation cannot take place on the agreed dates because the tanks are not available,
a new date is agreed and the extra visit is charged at EUR 450,00. If TankSense does not complete
the commissioning by 31 March 2027 for reasons attributable to it, the first three months of the
subscription are free of charge.
4.4 On the second installation day TankSense gives a two-hour training on site for the brewers
(dashboards, alarms, calibration check). The user manual is provided in Dutch and English.
4.5 TankSense delivers an as-built document with the probe positions, serial numbers and the
calibration certificate of each probe.

5. SERVICE
5.1 Helpdesk: working days 8:00-17:30 by phone (+31 40 880 12 12) and e-mail
(support@tanksense.nl). Alarms are monitored 24/7 by our on-call engineer.
5.2 Priority 1 (a gateway is down, or no data is received from a tank that is in fermentation):
response within 2 hours, 24/7. Priority 2 (a single probe gives wrong or no readings in an empty
tank, dashboard questions): response next working day.
5.3 A defective probe is replaced: the replacement probe is shipped the same working day and is
plug and play; if the brewery prefers, a technician installs it within 2 working days.
5.4 TankSense Cloud is available 99,5 % of the time per calendar month. For each full 0,5 % below
this level, the Customer receives a credit of 10 % of the monthly subscription fee on the next
invoice.
5.5 Firmware updates are installed over the air, free of charge, and announced at least five
working days in advance.
5.6 Every month the Customer receives a report per tank with fermentation curves, alarms and data
availability.
5.7 Issues that are not solved through the helpdesk can be escalated to Ms Anouk de Wit,
operations manager of TankSense (anouk.dewit@tanksense.nl).

6. WARRANTY
Probes and gateways are covered by a warranty of 24 months from the commissioning report.
Defective hardware is replaced free of charge, unless the defect is caused by mechanical damage
or by cleaning agents not listed in the user manual.

7. TERM
The subscription runs for 36 months from the date of the commissioning report. It is then renewed
tacitly for periods of 12 months, unless either party terminates it by registered letter at least
two months before the end of the current period. Either party may terminate the subscription if
the other party does not remedy a material breach within 30 days of a written notice.

8. DATA, OWNERSHIP AND PRIVACY
The probes and gateways become the property of the Customer upon full payment. The measurement
data belongs to the Customer and can be exported as CSV at any time; after the end of the
subscription the Customer has 60 days to export it, after which TankSense deletes it. TankSense
keeps all rights in TankSense Cloud and its firmware; the Customer has a right to use them during
the subscription. TankSense processes the names and phone numbers of the brewers on duty as
processor, under the data processing agreement in Annex 2.

9. LIABILITY
TankSense's liability is limited to the amounts paid by the Customer in the 12 months before the
event, with a maximum of EUR 25.000,00. TankSense is not liable for the loss of beer, wort or
batches, or for loss of production, unless caused by its gross negligence or wilful misconduct.

10. GENERAL
The TankSense General Terms 2025 (Annex 1) apply; if they conflict with this Order Form, this
Order Form prevails. This Order Form is governed by Belgian law; the courts of Ghent, division
Oudenaarde, have exclusive jurisdiction.

Signed in Oudenaarde on 14 December 2026, in two copies.

For TankSense B.V.                          For Brouwerij Het Zwaantje NV
(signed)                                    (signed)
Marco Smits, commercial director            Bert Van Hoecke, managing director
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
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "missing",
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
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "warranty_days": 720,
        "response_time_hours_highest_priority": 2,
        "availability_percent": 99.5,
    },
)

EN_T16O_CREW_TRAVEL_TOOL_SUPPORT_AGREEMENT = UnseenDocument(
    name="en_t16o_crew_travel_tool_support_agreement",
    text="""SUPPORT AND MAINTENANCE AGREEMENT - CREWTRAVEL BOOKING TOOL
Reference: SMA-2027-003

Between:
Bitnautic BV, Kattendijkdok-Westkaai 22, 2000 Antwerpen, enterprise no. BE 0689.441.207,
represented by Mr Koen Peeters, managing director ("Bitnautic"),
and
Delmare Shipping NV, Noorderlaan 147, 2030 Antwerpen, enterprise no. BE 0403.915.552,
represented by Ms Hilde Wouters, CFO, and Mr Stefan Jacobs, IT manager ("Delmare").

Background
Bitnautic developed CrewTravel for Delmare in 2024 under development agreement DA-2024-011.
CrewTravel books flights, hotels and transfers for crew changes on Delmare's 34 vessels, using
the Amadeus self-service APIs, and exchanges crew and rotation data with Delmare's crewing system.
Delmare owns the source code; the repository and the production environment are held in
Delmare's own Azure DevOps organisation and Azure subscription.

1. Contract documents
This Agreement consists of this document, Annex 1 (Bitnautic's proposal BN-P-26-087 of 20
November 2026) and Annex 2 (data processing agreement). In case of conflict this document
prevails over the Annexes. No general terms and conditions of either party apply.

2. Services
2.1 Bitnautic provides the following services for CrewTravel:
  a) corrective maintenance: analysis and correction of incidents and defects;
  b) adaptive maintenance: adapting CrewTravel to changes in the Amadeus APIs, airline
     content (NDC) and the interface with the crewing system;
  c) operation of the production environment: monitoring 24/7, back-ups, cost and capacity
     management of the Azure resources;
  d) small changes and improvements requested by Delmare, within the bundle of article 4.2;
  e) one online training session of two hours per quarter for new crewing staff.
2.2 Not included: new modules or functionality beyond the bundle of article 4.2, the Amadeus
and Azure consumption costs (invoiced directly to Delmare), travel agency fees and support for
the crewing system itself.

3. Team
3.1 Bitnautic's service manager is Ms Lotte Claes. Development and support are done by Mr Pieter
Verschueren (senior .NET developer, 9 years' experience, lead developer of CrewTravel) and Mr
Ahmed Benali (.NET developer, Azure Developer Associate certified).
3.2 Bitnautic ensures that at least two developers know CrewTravel at all times. If a team member
leaves or is replaced, Bitnautic informs Delmare one month in advance where possible and provides
a replacement with comparable experience, who works alongside the team for two weeks at no cost
to Delmare.
3.3 Bitnautic keeps the technical documentation, the architecture description and the runbook of
CrewTravel up to date in Delmare's Confluence space, so that the service desk and any third party
can work with them.

4. Fees
4.1 Monthly fee: EUR 4.850,00 excl. VAT, including the services of article 2.1 a) to e) and 16
hours of change work per month. Unused hours are not carried over.
4.2 Change work beyond 16 hours per month is charged at EUR 115,00 per hour. For each change
Bitnautic first sends an estimate in hours; work only starts after Delmare's IT manager has
approved the estimate by e-mail. Hours above the approved estimate are only invoiced if Delmare
has approved them beforehand.
4.3 The monthly fee and the hourly rate are indexed on 1 January of each year according to the
Agoria reference index for labour costs.
4.4 The monthly fee is invoiced at the start of each month; change hours are invoiced monthly in
arrears with a time sheet. Invoices are payable within 30 days of the invoice date.

5. Service levels
5.1 Service desk: Monday to Friday 8:00-18:00 (CET) via the Jira service desk, e-mail
(support@bitnautic.be) and telephone. Priority 1 incidents can be reported 24/7 on the on-call
number +32 3 298 40 40.
5.2 Incidents are only reported by Delmare's crewing key users or IT department.
5.3 Response and resolution times:
  Priority 1 - no bookings possible, or a crew change within 48 hours is at risk:
               response 30 minutes (24/7), workaround within 4 hours
  Priority 2 - a function or supplier connection is not working, bookings still possible:
               response 2 business hours, resolution within 2 business days
  Priority 3 - other defects and questions: response next business day, resolution in the next
               scheduled release
5.4 Availability of CrewTravel: 99,7 % per calendar month, excluding the maintenance window on
Sunday between 02:00 and 06:00 (CET).
5.5 If the availability or the Priority 1 times are not met in a given month, the parties will
discuss an appropriate compensation at the next service review.
5.6 Bitnautic applies security patches to the .NET runtime, libraries and Azure components
monthly, and critical patches within 72 hours of publication. Changes required by new Amadeus API
versions are implemented before the old version is withdrawn.

6. Changes and quality
6.1 Every change is code-reviewed by a second developer, covered by automated tests and deployed
first to the acceptance environment.
6.2 Delmare tests each change in the acceptance environment within five business days. A change
goes to production only after Delmare's written approval; if Delmare finds a blocking defect, it
is corrected and the change is tested again.
6.3 Defects in changes made under this Agreement that appear within three months after their
deployment to production are corrected free of charge and are not counted in the hour bundle.

7. Obligations of Delmare
Delmare appoints two crewing key users and keeps the VPN and Azure access of the Bitnautic team
active. Delmare informs Bitnautic at least four weeks in advance of any change to the crewing
system or its interfaces, and of planned additions to the fleet.

8. Reporting and governance
8.1 Bitnautic sends a monthly service report by the 10th of the following month: tickets per
priority, response and resolution times achieved, availability, hours used and Azure costs.
8.2 Every quarter a service review takes place between Delmare's IT manager and crewing manager
and Bitnautic's service manager. Escalation: service manager, then the managing director of
Bitnautic and the CFO of Delmare.

9. Term and termination
9.1 This Agreement starts on 1 February 2027 for a term of 24 months. It is then tacitly renewed
for periods of 12 months, unless terminated by registered letter at least six months before the
end of the current period.
9.2 Either party may terminate this Agreement with immediate effect if the other party does not
remedy a material breach within 30 days after a written notice of default.

10. End of the Agreement
10.1 At the end of this Agreement, for whatever reason, Bitnautic cooperates in the transfer of
the services to Delmare or to a new supplier: it continues the services at the conditions of this
Agreement for up to three months if Delmare asks, and provides up to ten days of handover to the
new team at the hourly rate of article 4.2.
10.2 Within 14 days after the end, Bitnautic delivers the complete database (bookings, crew travel
history, supplier settings) as an Azure SQL back-up with documentation of the data model, and
removes its access to Delmare's environments. Bitnautic has no right to retain any data or code.

11. Intellectual property
All changes, scripts and documentation made under this Agreement belong to Delmare upon payment.
Bitnautic may reuse general know-how that does not contain Delmare's confidential information.

12. Liability
Each party's liability is limited to the fees paid under this Agreement in the twelve months
before the event. Indirect damage and lost profits are excluded, except in case of fraud or wilful
misconduct.

13. Confidentiality and personal data
13.1 Both parties keep each other's confidential information secret during this Agreement and
for five years after its end.
13.2 CrewTravel processes personal data of crew members, including passport data. Bitnautic
processes these data as processor under Annex 2, only within the EU, and notifies any personal
data breach to Delmare within 24 hours.

14. Disputes
Disputes are first discussed in the service review and then between the managing director of
Bitnautic and the CFO of Delmare. If no solution is found within 30 days, the courts of Antwerp
have exclusive jurisdiction. Belgian law applies.

Signed in Antwerp on 18 January 2027 in two originals.

For Bitnautic BV                      For Delmare Shipping NV
(signed)                              (signed)                    (signed)
Koen Peeters                          Hilde Wouters               Stefan Jacobs
Managing director                     CFO                         IT manager
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "missing",
        "budget.startup_cost": "missing",
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
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
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
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.7,
    },
)

EN_T16O_DENTAL_NETWORK_REFRESH_OFFER = UnseenDocument(
    name="en_t16o_dental_network_refresh_offer",
    text="""From:    Ellen Janssens <ellen.janssens@brightsmile-dental.be>
To:      Tom Vandenbroucke <tom@lanwerk.be>
Date:    Wed, 2 Dec 2026 16:42
Subject: RE: Offer LW-26-1193 - network refresh 7 practices

Hi Tom,

Thanks, this is clear. Approved as proposed, including the monitoring option. Please go ahead
and plan Leuven first. Invoices to accounts@brightsmile-dental.be with our PO 2026-0871.

Best regards,
Ellen Janssens
Operations manager - BrightSmile Dental Group

-----Original message-----
From:    Tom Vandenbroucke <tom@lanwerk.be>
Sent:    Mon, 30 Nov 2026 10:05
To:      Ellen Janssens
Subject: Offer LW-26-1193 - network refresh 7 practices

Hi Ellen,

As promised after our site visits, here is our offer to replace the network in your seven
practices (Leuven, Mechelen, Aalst, Sint-Niklaas, Lier, Brussels-Schuman and Halle).

What we do
- Replace the firewall, switches and access points in every practice with Cisco Meraki:
  per practice one MX68 firewall, one or two MS130 PoE switches and 3 to 5 MR44 access points
  (27 access points in total), with 3-year Meraki Enterprise licences.
- Separate networks (VLANs) for the practice PCs, the imaging devices (intraoral scanners, OPG,
  sensors), VoIP phones, and patient guest Wi-Fi; site-to-site VPN to the Leuven head office.
- We take over your current IP plan and firewall rules, so the dental software, imaging server
  and printers keep working without changes on the PCs.
- Not included: cabling (we checked it; it's fine except in Aalst, see below), the configuration
  of the imaging devices themselves (your imaging vendor does that if needed), and the PCs.

Price (EUR, excl. VAT)
  Meraki hardware and 3-year licences, 7 practices     29.870,00
  Configuration, installation and testing              7.140,00
  Project management and documentation                 1.450,00
  Total, fixed price                                   38.460,00
If we find something else on site (e.g. a faulty cable run or an old device that needs a new
network card), we tell you first and only do it after your OK, at EUR 95,00 per hour.
In Aalst two cable runs to the treatment rooms fail the test; replacing them is EUR 640,00 if
you want us to do it (not included in the total above).
Invoicing: 50 % when you order (we buy the hardware), 50 % after the last practice is done.
Payment within 15 days.

Planning
Meraki lead time is about 3 weeks now, so we'd start mid-January: one practice per Saturday,
starting with Leuven on 16 January 2027 and ending with Halle on 27 February 2027. Work starts
at 8:00 and every practice is up and running the same afternoon, so Monday morning is business
as usual.
From your side we need: access to each practice on the Saturday and someone with the keys and
alarm code, your imaging vendor reachable by phone that day, and the admin passwords of the
current firewalls at least a week before each practice.
At the end of each Saturday we go through a checklist with the practice manager (chairs and
imaging, dental software, phones, printers, guest Wi-Fi) and the practice manager signs it off.
After each practice you get a short e-mail with what was done and any open points.

Team
I'll be your contact and project lead. The on-site work is done by Yannick Maes, our network
engineer (Cisco CCNP and Meraki CMNA certified), together with a second technician.

After the project
You get the as-built documentation: IP plan, VLANs, firewall rules and the admin accounts,
stored in your own password vault. The Meraki dashboard is in your name; we get admin access.
If anything we configured does not work as it should, we fix it free of charge during 3 months
after the last practice. The Meraki hardware is covered by Cisco's lifetime warranty as long as
the licences are active.

Option: monitoring and support - EUR 290,00 per month for all 7 practices
- We monitor the firewalls, switches and access points from our service desk and get alerts
  when something goes down.
- Service desk on weekdays 8:00-18:00 by phone (016 98 33 10) or support@lanwerk.be.
- If a practice is down, we react within 1 hour; for other questions within 4 working hours.
  We aim to fix network problems the same working day.
- Firmware updates are installed by us through the Meraki dashboard on Sunday night.
- We keep your documentation up to date, so whoever picks up the phone knows your setup.
- Runs month to month; you can stop it with one month's notice.

This offer is valid for 30 days. Our general terms of sale (lanwerk.be/terms) apply.

Kind regards,
Tom Vandenbroucke
Lanwerk BV - Vaartkom 31, 3000 Leuven - BE 0742.118.903
""",
    items={
        "agreement.general_terms": "partial",
        "budget.project_cost": "covered",
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
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "rollout.deployment": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "missing",
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
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "notice_period_days": 30,
        "payment_term_days": 15,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 1,
    },
)


DOCUMENTS = [
    EN_T16O_HR_SAAS_GENERAL_TERMS,
    EN_T16O_BREWERY_TANK_SENSORS_ORDER_FORM,
    EN_T16O_CREW_TRAVEL_TOOL_SUPPORT_AGREEMENT,
    EN_T16O_DENTAL_NETWORK_REFRESH_OFFER,
]
