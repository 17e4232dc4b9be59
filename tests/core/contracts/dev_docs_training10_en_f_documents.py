"""Training batch 10 (en, writer f): (1) a formal SaaS agreement with numbered articles between a
Mechelen supplier and a Dutch refrigerated-transport company for a fleet fuel-card management
portal with a fixed-price accounting integration; (2) a maintenance and support agreement between
a Rotterdam supplier and a terminal in the port of Antwerp-Bruges for its truck gate-automation
software (OCR portals, kiosks, TOS interface); (3) an informal proposal sent by e-mail by a Leuven
agency for an AI chatbot on a telecom reseller's website, to be accepted by reply e-mail; (4) a
short order form by a Dutch provider for the managed backup of Microsoft 365 mailboxes of a Ghent
accountancy firm, signed by both.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser. Conventions: months = 30 days for notice and warranty; response time of
the highest priority in hours (working hours counted as hours; 15 minutes = 0.25); a quote
accepted by e-mail or an empty client signature line raises risk.unsigned; a negation, disclaimer,
bare cross-reference, placeholder or best-efforts wording is "partial"; supplier terms that apply
while the agreement itself prevails do not raise risk.supplier_terms_prevail; indexation on a
published index is not a unilateral change.
"""

from .unseen_documents import UnseenDocument

EN_T10F_FUEL_CARD_PORTAL_SAAS = UnseenDocument(
    name="en_t10f_fuel_card_portal_saas",
    text="""SAAS AGREEMENT - FUELDESK FLEET CARD MANAGEMENT PORTAL
Agreement no. FD-2026-114

BETWEEN
FuelDesk NV, Generaal de Wittelaan 17, 2800 Mechelen, Belgium, enterprise no. BE 0688.419.207,
represented by Ms Hilde Wouters, CEO ("FuelDesk");
AND
Van den Broek Koeltransport B.V., Kraaivenstraat 21, 5048 AB Tilburg, the Netherlands, Chamber
of Commerce no. 18073552, represented by Mr Jeroen van den Broek, managing director
("the Customer").

Article 1 - Documents and order of precedence
1.1 The Agreement consists of this document and its annexes: Annex 1 - FuelDesk proposal
P-2026-0457 of 6 November 2026; Annex 2 - service levels; Annex 3 - data processing agreement.
1.2 In case of conflict, this document prevails over Annex 3, Annex 3 over Annex 2 and Annex 2
over Annex 1. General terms and conditions of either party do not apply.

Article 2 - The service
2.1 FuelDesk provides the Customer with access to the FuelDesk portal and driver app for the
management of fuel and charging cards: one overview of all cards of DKV, Shell Fleet Solutions
and TotalEnergies, card limits and blocking, transaction checks against vehicle GPS position and
tank capacity, alerts for suspicious transactions, CO2 and cost reporting per vehicle, driver and
cost centre, and monthly recharging of cost per cost centre.
2.2 The subscription covers up to 320 active cards, unlimited users at the Customer, hosting,
support, maintenance and new releases.
2.3 Not included: the fuel card contracts themselves and fees charged by the card issuers,
telematics boxes in the vehicles, and integrations other than the one described in Article 3.

Article 3 - Integration project
FuelDesk builds a fixed-price integration that sends the monthly cost allocation per cost centre
to the Customer's Exact Globe accounting system and reads the vehicle list from the Customer's
Transics telematics platform.

Article 4 - Prices (EUR, excl. VAT)
4.1 One-off onboarding fee (tenant set-up, card issuer mandates, configuration of cost centres
and alert rules): EUR 2.400,00, invoiced on signature.
4.2 Integration project (Article 3): fixed price EUR 12.600,00, invoiced 50 % on signature and
50 % on acceptance.
4.3 Subscription: EUR 3,85 per active card per month, with a minimum of 250 cards
(EUR 962,50 per month), invoiced monthly in arrears on the number of cards active that month.
4.4 Additional work is charged at a daily rate of EUR 960,00 (EUR 130,00 per started hour).
4.5 On 1 January of each year FuelDesk may index the subscription fee and the rates according
to the Agoria reference salary index, with a maximum of 3 % per year. No other price change
is possible during the term without the Customer's written agreement.
4.6 Invoices are payable within 30 days of the invoice date. Late payment interest is due at
the statutory rate for commercial transactions after a written reminder.
4.7 Any request outside the scope of Articles 2 and 3 is handled as a change request: FuelDesk
sends a written estimate of effort, price and planning impact within 5 working days, and starts
only after the Customer's fleet manager has approved the estimate in writing. The approved
amount may not be exceeded without new approval.

Article 5 - Planning
5.1 Kick-off: 11 January 2027. Card issuer mandates signed and data feeds active by
29 January 2027; configuration of cost centres and alert rules by 12 February 2027;
integration ready for acceptance by 5 March 2027; go-live on 15 March 2027.
5.2 The Customer signs the card issuer mandates prepared by FuelDesk within 5 working days of
receiving them, delivers the list of vehicles, drivers and cost centres by 18 January 2027,
gives FuelDesk test access to Exact Globe and Transics by 1 February 2027, and appoints a
fleet manager who is available for the weekly project call.
5.3 If go-live is delayed for reasons attributable to FuelDesk, the subscription fee is not
charged until go-live and FuelDesk grants a credit of EUR 150,00 per working day of delay, up
to EUR 3.000,00. If the delay is caused by the Customer, the parties agree a new planning and
the subscription starts on 15 March 2027 regardless.

Article 6 - Team and contacts
6.1 FuelDesk's project lead for the onboarding is Mr Bram Claes. After go-live the Customer's
customer success manager is Ms Naima Bouzid, who keeps a record of the Customer's card issuers,
cost centres, alert rules and integration settings.
6.2 The Customer's contact person is Ms Linda Smits, fleet manager.

Article 7 - Quality and security
FuelDesk is ISO/IEC 27001 certified. The integration is built and tested in a separate test
environment with anonymised data of the Customer before it is moved to production. FuelDesk
delivers the technical documentation of the integration (data mapping, error handling,
scheduling) to the Customer at acceptance.

Article 8 - Reporting and governance
8.1 During the onboarding FuelDesk sends a written status update every Friday (tasks done,
next steps, open points, risks).
8.2 After go-live FuelDesk sends a monthly service report: availability, tickets per priority
with response and resolution times, and data feed incidents per card issuer.
8.3 Every quarter the customer success manager and the fleet manager hold a service review.
Issues not resolved there are escalated to FuelDesk's head of operations and the Customer's
managing director, who meet within 10 working days.

Article 9 - Data load, go-live and acceptance
9.1 FuelDesk imports the transactions of the last 18 months from the card issuers' files,
so that reports can compare periods from go-live. A reconciliation of totals per card issuer is
sent to the Customer before go-live.
9.2 The Customer tests the portal and the integration during 10 working days using the test
scenarios in Annex 1. Findings are classified as blocking or non-blocking. The integration is
accepted when no blocking findings are open and the Customer has signed the acceptance form.
9.3 FuelDesk gives two three-hour training sessions for up to 12 fleet and finance users, and
provides a short video and a quick reference card in Dutch for drivers using the app.
9.4 For three months after acceptance FuelDesk corrects all defects in the integration free
of charge.

Article 10 - Support and service levels
10.1 The support desk is reachable on working days from 8:00 to 18:00 by portal, e-mail
(support@fueldesk.be) and telephone (+32 15 79 40 00). Priority 1 incidents can also be
reported by telephone on Saturdays from 8:00 to 13:00.
10.2 Response and resolution times:
     Priority 1 - portal or driver app unavailable, or card blocking not working:
                  response within 1 hour, resolution or workaround within 6 hours
     Priority 2 - a card issuer feed or the integration not working:
                  response within 4 hours, resolution within 2 working days
     Priority 3 - other questions: response within 1 working day
10.3 The portal is available 99,7 % of the time per calendar month, excluding maintenance
announced at least 5 working days in advance and performed between 22:00 and 5:00.
10.4 If availability in a month is below 99,7 %, the Customer receives a credit of 10 % of
that month's subscription fee; below 99,0 %, 25 %. Credits are deducted from the next invoice.
10.5 Updates, new releases and security patches are included and installed by FuelDesk.
New releases are made available in a test environment two weeks before they go to production.

Article 11 - Term and termination
11.1 The Agreement starts on signature. The subscription runs for 36 months from go-live and is
then renewed for successive periods of 12 months, unless either party terminates it by
registered letter at least 2 months before the end of the current period.
11.2 Either party may terminate the Agreement with immediate effect if the other party does not
remedy a material breach within 30 days of a written notice of default, or in case of
bankruptcy of the other party.

Article 12 - Exit
12.1 On request of the Customer, FuelDesk continues to provide the service for up to 3 months
after the end of the Agreement at the prices then in force, and answers the questions of the
new supplier for up to 3 days at the daily rate.
12.2 Within 30 days after the end FuelDesk delivers free of charge an export of all
transactions, cards, vehicles, drivers and cost centres in CSV format with a description of the
fields. FuelDesk deletes the Customer's data 60 days after the end and confirms this in writing.

Article 13 - Liability
Each party's liability is limited to the fees paid or payable in the 12 months before the event,
with a minimum of EUR 50.000,00. Indirect damage, such as lost profit, is excluded except in case
of fraud or wilful misconduct. Fraudulent fuel transactions that FuelDesk did not detect remain
at the risk of the Customer, unless the alert rules agreed with the Customer were not applied.

Article 14 - Intellectual property
FuelDesk keeps all rights in the portal and the app; the Customer has a non-exclusive,
non-transferable right of use during the Agreement. The integration code written for the
Customer may be used by the Customer without restriction.

Article 15 - Confidentiality and personal data
15.1 Each party keeps the other party's confidential information secret during the Agreement
and for three years after its end.
15.2 FuelDesk processes personal data of the Customer's drivers (name, card number, vehicle,
location of transactions) as processor under Annex 3. Data is hosted in the EU (Microsoft Azure,
Amsterdam) and data breaches are notified to the Customer within 24 hours.

Article 16 - Disputes and governing law
Disputes are first discussed in the service review and then between the CEO of FuelDesk and the
managing director of the Customer. If they do not reach an agreement within 30 days, either
party may propose mediation by a mediator accredited by the Federal Mediation Commission. This
Agreement is governed by Belgian law. The courts of Antwerp, division Mechelen, have exclusive
jurisdiction.

Signed in two originals on 18 December 2026.

For FuelDesk NV                          For Van den Broek Koeltransport B.V.
(signed)                                 (signed)
Hilde Wouters, CEO                       Jeroen van den Broek, managing director
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
        "team.replacement": "missing",
        "team.seniority": "missing",
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
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.7,
    },
)

EN_T10F_GATE_AUTOMATION_MAINTENANCE = UnseenDocument(
    name="en_t10f_gate_automation_maintenance",
    text="""SOFTWARE MAINTENANCE AND SUPPORT AGREEMENT
GateSense TGS 4 gate automation system - Terminal Deurganck North
Contract reference: GS-MSA-0219

Parties
1. GateSense B.V., Waalhaven Zuidzijde 19, 3089 JH Rotterdam, the Netherlands, registered with
   the Chamber of Commerce under no. 62918334, hereinafter "GateSense";
2. North Sea Deep Terminal NV, Sint-Antoniusweg 1, 9130 Beveren-Kallo, Belgium, enterprise
   no. BE 0866.120.745, hereinafter "the Terminal".

Recitals
The Terminal uses GateSense TGS 4 at its truck gate: 8 OCR portals reading container numbers,
licence plates, seals and damage, 12 self-service kiosks for truck drivers, the pre-gate
parking module and the interface with the Terminal's Navis N4 terminal operating system and with
the Port of Antwerp-Bruges Certified Pick-up platform. TGS 4 was delivered under the supply
agreement of 14 June 2022. The warranty under that agreement has ended, and the parties now
agree the maintenance and support of TGS 4 as follows.

1. Scope of the services
1.1 GateSense provides: corrective maintenance of the TGS 4 software; a 24/7 hotline for
    priority 1 incidents; remote diagnosis through the secured VPN connection provided by the
    Terminal; maintenance of the OCR recognition models; adaptation of the interfaces to new
    versions of Navis N4 and of the Certified Pick-up platform; and one on-site preventive
    maintenance visit per quarter (camera calibration check, log review, database clean-up).
1.2 Not included: hardware of the portals, cameras, kiosks and servers (covered by the
    Terminal's hardware contracts), the Terminal's network and VPN, new functionality, and
    incidents caused by changes made by the Terminal or third parties without notice.

2. Fees
2.1 The annual maintenance fee is EUR 68.400,00 excl. VAT, invoiced quarterly in advance.
2.2 Work outside the scope of clause 1 is charged at EUR 125,00 per hour (engineer) and
    EUR 155,00 per hour (OCR specialist), plus EUR 0,45 per km for travel to Beveren. On-site
    interventions outside working days are charged at 150 %. GateSense sends a written estimate
    for such work; it is only carried out after the Terminal's IT manager has approved the
    estimate in writing.
2.3 The fee and the rates are adjusted on 1 January of each year by the change in the CBS
    index of contractual wages (cao-lonen) over the previous year.
2.4 Invoices are payable within 45 days of receipt.

3. Release planning
3.1 GateSense releases a new minor version of TGS 4 twice a year and security patches as
    needed. Critical security patches are made available within 5 working days.
3.2 The upgrade of TGS 4.6 to 4.8 (required for Navis N4 version 3.10) is planned as follows:
    installation on the Terminal's staging environment in week 10 of 2027, test by the Terminal
    in weeks 11 and 12, production installation in week 14 during the Sunday night window
    (01:00-05:00). GateSense runs the regression test set of 400 recorded gate transactions on
    staging before each production installation.

4. Obligations of the Terminal
4.1 The Terminal keeps a staging environment that mirrors production and maintains the VPN
    access for GateSense.
4.2 The Terminal informs GateSense at least 10 working days in advance of any change to Navis
    N4, the network or the portals that may affect TGS 4.
4.3 The Terminal appoints a 24/7 reachable shift contact in the gate control room for priority
    1 incidents, and a functional key user who performs the tests of clause 3.2.

5. Service levels
5.1 Priorities:
    Priority 1 - more than half of the gate lanes blocked, or no communication with Navis N4;
    Priority 2 - one or two lanes out of service, or kiosks unavailable;
    Priority 3 - degraded OCR accuracy, reporting problems, other questions.
5.2 Support hours: priority 1 - 24 hours a day, 7 days a week by telephone (+31 10 744 18 90);
    priority 2 and 3 - working days 7:00-19:00 by telephone or the GateSense service portal.
5.3 GateSense responds (an engineer working on the incident) within 30 minutes for priority 1,
    within 2 hours for priority 2 and within 1 working day for priority 3.
5.4 GateSense will use reasonable endeavours to restore the service within 4 hours for
    priority 1 and within 1 working day for priority 2. These restoration times are targets
    and constitute an obligation of means only.
5.5 If the priority 1 response time is exceeded more than twice in a calendar quarter, the
    Terminal receives a credit of 5 % of the quarterly fee, set off against the next invoice.

6. Service management
6.1 GateSense's service manager for the Terminal is Ms Evelien Kok. She keeps a configuration
    file of the Terminal's installation (lanes, camera positions, OCR model versions, interface
    settings) and makes it available to every engineer handling an incident.
6.2 Priority 1 incidents are handled only by engineers with at least three years of
    experience with TGS and who hold the GateSense Level 3 certification.
6.3 GateSense sends a monthly service report by the 10th of the following month: incidents per
    priority, response and restoration times, OCR read rates per portal, and patches installed.
6.4 The service manager and the Terminal's IT manager meet every quarter, alternately in
    Rotterdam and Kallo. Escalation: service manager - operations director GateSense - CEO
    GateSense; on the Terminal's side IT manager - COO.

7. Term
7.1 This Agreement starts on 1 January 2027 for a period of three years. It is tacitly renewed
    for successive periods of three years, unless terminated by registered letter at least six
    months before the end of the current period.
7.2 Either party may terminate the Agreement with immediate effect if the other party remains in
    material breach 30 days after a written notice of default.
7.3 At the end of the Agreement GateSense will discuss in good faith with the Terminal the
    assistance it can give to a successor. GateSense then hands over the up-to-date
    configuration file and the installation and operating manuals of TGS 4.

8. Source code
The source code of TGS 4, including the OCR models and the build instructions, is deposited
with Escrow Alliance B.V. under the three-party escrow agreement of 14 June 2022 and updated
after each minor version. The Terminal may obtain the deposit if GateSense is declared bankrupt
or stops maintaining TGS 4. The escrow fees are borne by GateSense.

9. Intellectual property
The new versions, patches and OCR models supplied under this Agreement fall under the perpetual
user licence granted to the Terminal in the supply agreement of 14 June 2022.

10. Liability
The total liability of GateSense under this Agreement is limited to the annual maintenance fee.
GateSense is not liable for indirect damage, including demurrage, vessel delays and waiting
costs of hauliers, except in case of gross negligence or wilful misconduct.

11. Confidentiality and data protection
11.1 GateSense keeps all information about the Terminal's operations, customers and security
     confidential, during the Agreement and for five years after its end.
11.2 When handling incidents GateSense may access licence plates, images of trucks and drivers,
     and driver identification data. It acts as processor under the data processing agreement
     in Annex D, accesses the data only for the incident concerned through the logged VPN, does
     not copy images outside the Terminal's systems, and notifies data breaches within 24 hours.

12. General terms, law and jurisdiction
12.1 GateSense's General Terms of Delivery (Annex C) apply. In case of conflict, this Agreement
     prevails over Annex C.
12.2 This Agreement is governed by Belgian law. The courts of Antwerp have exclusive
     jurisdiction.

Done in Kallo on 9 December 2026 in two copies.

For GateSense B.V.                         For North Sea Deep Terminal NV
(signed)                                   (signed)
Ruud Verhoeven, managing director          An De Smedt, COO
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.startup_cost": "missing",
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
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "partial",
        "exit.data_return": "missing",
        "exit.escrow": "covered",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": True,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 36,
        "notice_period_days": 180,
        "payment_term_days": 45,
        "response_time_hours_highest_priority": 0.5,
    },
)

EN_T10F_TELECOM_CHATBOT_PROPOSAL = UnseenDocument(
    name="en_t10f_telecom_chatbot_proposal",
    text="""From:    Pieter Goossens <pieter.goossens@brightline.ai>
To:      Youssef Amrani <youssef.amrani@tellink.be>
Date:    Wed, 2 Dec 2026 16:42
Subject: Proposal BC-2026-071 - AI assistant for tellink.be

Hi Youssef,

As promised after our call on Monday, here is our proposal. Questions? Just call me.

PROPOSAL - "ASK TELLY", AN AI ASSISTANT FOR TELLINK.BE
Prepared for: Tellink BV, Mr Youssef Amrani, e-commerce manager
Prepared by: Brightline Conversational BV, Vaartkom 31, 3000 Leuven - BE 0761.502.318
Date: 2 December 2026 - Reference: BC-2026-071 - valid until 31 December 2026

1. Why this proposal
Tellink sells mobile, internet and TV subscriptions of the big Belgian operators, plus
smartphones, through tellink.be and twelve shops. Your customer service team gets about 4.000
questions a month by chat and e-mail, many of them the same: which subscription fits me, when is
my number ported, where is my order, can I keep my number. We propose "Ask Telly", an AI
assistant on tellink.be that answers these questions in Dutch, French and English and hands
over to a human agent when needed.

2. What you get
- A chatbot widget on tellink.be (desktop and mobile), in your house style.
- Answers based on your own content: the FAQ, the tariff sheets of the operators you resell, your
  delivery and return conditions. The bot only answers from this content.
- Order status: the bot looks up the status of an order in your Shopware webshop after the
  customer gives the order number and postcode.
- Hand-over to your agents in Zendesk chat during opening hours, or a ticket outside them.
- A dashboard for your team to edit answers, see conversations and follow the figures.
Not included: number porting or contract changes by the bot itself, integration with the
operators' own systems, voice/telephone, and campaigns on WhatsApp or Facebook Messenger.

3. Price (EUR, excl. VAT)
  Build (analysis, conversation design, integrations, testing) - fixed price   18.750,00
  One-off set-up of the AI platform tenant and the three languages              1.200,00
  Platform subscription, incl. 5.000 conversations per month             390,00 per month
  Extra conversations above 5.000 per month                      0,06 per conversation
Build and set-up: 40 % on order, 60 % at go-live. The subscription is invoiced quarterly in
advance from go-live. Our invoices are payable within 21 days.
Because the platform fee depends largely on the prices of our AI model provider, we may adjust
it if those prices change, with one month's notice by e-mail.
Extra wishes: our rate is EUR 105,00 per hour. We always send you a short estimate first and
only start once you have approved it by e-mail.

4. How we work and planning
We work in weekly sprints, six weeks in total, starting in the week of 11 January 2027:
  Week 1     kick-off workshop in your office in Hasselt, intents and tone of voice
  Weeks 2-3  content import and conversation design, Shopware order-status link
  Week 4     Zendesk hand-over and dashboard
  Week 5     test week on a staging page (see section 6)
  Week 6     go-live on tellink.be, target Monday 22 February 2027
Every Friday you receive a short written update, and every Tuesday we hold a 30-minute demo
with your product owner.

5. What we need from you
- A product owner with half a day a week available during the six weeks.
- The current FAQ, tariff sheets and conditions by the kick-off, and every change to the
  tariffs at least two working days before they take effect.
- An API key for Shopware and an admin account for Zendesk by the end of week 1.

6. Test and go-live
Before go-live we test the bot with 300 real (anonymised) customer questions from your chat
history and share the results with you, including every wrong answer and how we fixed it.
During the test week your team tests the bot on a staging page. We go live when your product
owner confirms by e-mail that the bot is ready. Go-live is a script in your website's tag
manager; we do it together with your web agency.
We give your customer service team a two-hour session on the dashboard on the day of go-live.
During the first month after go-live we fix any bug in the bot for free.

7. Your team at Brightline
Project lead: Pieter Goossens. Conversation design: Lotte Vermeiren, six years of experience
designing customer service bots for telecom and energy companies. Lotte remains your contact
after go-live and knows your set-up and content.

8. After go-live
The subscription includes hosting in the EU, monitoring, updates of the platform and the
language model, and support by e-mail (support@brightline.ai) or phone (+32 16 48 22 10) on
working days from 9:00 to 17:00. If the bot is down, we respond within 2 working hours. We
aim for an uptime of 99,5 % per month, but we depend on our AI model provider and cannot
guarantee it; this is a best-efforts commitment.
Every month you get a short report: number of conversations, share solved without an agent,
top questions and unanswered questions.

9. Term and the end
The subscription runs for 12 months from go-live and then continues month by month; after the
first year you can stop it with one month's notice. At the end we export your knowledge base
and the conversation logs as CSV and JSON files on request. Your content and texts are yours;
the Brightline platform stays ours and you use it during the subscription.

10. The fine print
Privacy: the bot processes the names, order numbers and questions of your customers. We will
work out a processing agreement together before go-live.
Liability: our liability is limited to the amounts you paid us in the three months before the
claim. We are not liable for the content of answers generated by the bot.
Our general terms and conditions (attached) apply to this proposal.

Does this look good? A reply to this e-mail with "agreed" is enough for us to reserve the sprint
slots for January.

Pieter Goossens
Brightline Conversational BV
""",
    items={
        "agreement.signed_both": "missing",
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
        "team.seniority": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
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
        "legal.confidentiality": "missing",
        "legal.data_protection": "partial",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 1,
        "notice_period_days": 30,
        "payment_term_days": 21,
        "warranty_days": 30,
        "response_time_hours_highest_priority": 2,
        "availability_percent": 99.5,
    },
)

EN_T10F_M365_BACKUP_ORDER_FORM = UnseenDocument(
    name="en_t10f_m365_backup_order_form",
    text="""KLUISDATA B.V. - ORDER FORM
Managed Backup for Microsoft 365
Order no. KD-OF-26-0938

Provider:  Kluisdata B.V., Papendorpseweg 100, 3528 BJ Utrecht, the Netherlands
           KvK 71553020 - VAT NL858810223B01
Customer:  Accountantskantoor Verhelst & Partners BV, Kortrijksesteenweg 1090, 9051 Gent,
           Belgium - BE 0447.615.903
Customer contact: Ms Katrien Verhelst, partner (katrien@verhelst-partners.be)

This Order Form is based on quotation KD-Q-26-1187 of 20 November 2026.

1. Service
Kluisdata backs up the Customer's Microsoft 365 tenant (verhelstpartners.onmicrosoft.com):
  - Exchange Online mailboxes, including shared mailboxes, calendars and contacts
  - OneDrive for Business
Backups run 4 times a day. Every backup is kept for 10 years (retention), to cover the legal
retention periods of an accountancy firm. Data is stored encrypted (AES-256) in two data centres
in the Netherlands (Amsterdam and Groningen), separate from Microsoft.
The Customer's administrators can restore single items, folders or complete mailboxes
themselves in the Kluisdata portal, to the original or to another mailbox, or download them
as PST.
Not included: Microsoft Teams chats, SharePoint sites, Microsoft 365 licences, and restores
carried out by Kluisdata on the Customer's behalf (see section 2).

2. Fees (EUR, excl. VAT)
  Managed Backup M365, per protected user per month                  2,40
  Ordered: 85 users - per year                                   2.448,00
  One-off onboarding (connection of the tenant, first full backup,
  configuration of the portal and alerts)                          250,00
  Restore carried out by Kluisdata on request, per request          95,00
Users added during the year are invoiced pro rata. Fees are invoiced annually in advance; the
onboarding fee with the first invoice. Invoices are payable within 14 days.
Kluisdata may change its prices once a year by notifying the Customer by e-mail at least 30
days before the new prices apply.

3. Activation
Within 5 working days after signing, the Customer grants admin consent to the Kluisdata
application in its Microsoft 365 tenant and gives Kluisdata the list of users to be protected.
Kluisdata activates the service within 5 working days after consent. The Customer reports new
and departing users through the portal before the first working day of the month concerned.

4. Support and service levels
Support: portal and e-mail (support@kluisdata.nl), Monday to Friday 8:30-17:30 CET.
Priority 1 (backups failing for the whole tenant, or an urgent restore that fails): response
within 4 business hours. Other requests: response within 2 business days.
Availability of the backup portal: 99,9 % per calendar month.
Service credits: in accordance with the Kluisdata Terms of Service.
The Customer receives a daily backup status e-mail and a monthly report with the number of
protected users, successful and failed backups, and restores.

5. Term
Initial term: 12 months from activation. The Order Form is then automatically renewed for
periods of 12 months, unless terminated in writing at least 90 days before the end of the
current term. Kluisdata may terminate with immediate effect if the Customer fails to pay an
invoice within 30 days after a reminder.

6. End of service and data
After the end of the Order Form the backups remain available in the portal for 30 days, during
which the Customer can download them as PST files; after that they are deleted. If invoices
remain unpaid, Kluisdata may suspend access to the portal and withhold the backups until all
amounts due have been paid.

7. Data protection
Kluisdata processes the personal data contained in the backups as processor on behalf of the
Customer, under the data processing agreement in Annex 1 (signed together with this Order
Form). Data remains in the Netherlands; sub-processors are listed in Annex 1.

8. Liability
Kluisdata's liability is limited to the fees paid by the Customer in the 3 months preceding the
event. Kluisdata is not liable for loss of data, except where the loss is caused by its own
intent or deliberate recklessness.

9. Terms
This Order Form is subject to the Kluisdata Terms of Service (www.kluisdata.nl/terms), which
Kluisdata may amend from time to time; the amended Terms apply 30 days after publication. In
case of conflict, the Terms of Service prevail over this Order Form. Dutch law applies; the
court of Midden-Nederland (Utrecht) has exclusive jurisdiction.

Date: 3 December 2026

For Kluisdata B.V.                         For Accountantskantoor Verhelst & Partners BV
(signed)                                   (signed)
Mark Hoogendoorn, sales manager            Katrien Verhelst, partner
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "reporting.progress": "covered",
        "rollout.acceptance": "missing",
        "rollout.user_support": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "missing",
        "maintenance.updates": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": True,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 14,
        "response_time_hours_highest_priority": 4,
        "availability_percent": 99.9,
    },
)

DOCUMENTS = [
    EN_T10F_FUEL_CARD_PORTAL_SAAS,
    EN_T10F_GATE_AUTOMATION_MAINTENANCE,
    EN_T10F_TELECOM_CHATBOT_PROPOSAL,
    EN_T10F_M365_BACKUP_ORDER_FORM,
]
