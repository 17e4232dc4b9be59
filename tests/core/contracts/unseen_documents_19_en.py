"""Held-out batch 19, English documents: an informal e-mail quote from a one-person contractor in
Leuven for a new game-control system in two escape rooms, accepted by reply e-mail; a formal IT
asset disposition and server-room decommissioning agreement between a Dutch ITAD company and a
Belgian insurer; an order form with service schedule from a Dutch provider for onboard 4G/5G and
satellite connectivity on an Antwerp operator's inland barges, on the supplier's terms; and a
statement of work under an existing MSA for migrating a wholesaler's IBM i (AS/400) order
application to Java and PostgreSQL.

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches (months = 30 days for notice and warranty; response time of the highest priority
in hours, working hours counted as hours, 15 minutes = 0.25; a quote accepted by e-mail or an
empty client signature line raises risk.unsigned; a bare cross-reference without content, a
placeholder, best efforts only or a negation/disclaimer is "partial").
"""

from .unseen_documents import UnseenDocument

EN_B19_ESCAPE_ROOM_GAME_CONTROL_QUOTE = UnseenDocument(
    name="en_b19_escape_room_game_control_quote",
    text="""From: Tom Verhaegen <tom@tvtech.be>
To: Sarah Whitfield <sarah@lockedinleuven.be>
Date: Tue, 17 Nov 2026 21:48
Subject: Quote - new game control for "The Alchemist" and "Bunker 61"

Hi Sarah,

Thanks again for the tour on Saturday. As promised, here is my quote for replacing the game
control in both rooms. I've kept it in one mail so you have everything together.

WHAT I'LL DO
- Replace the old Arduino boxes by one Raspberry Pi controller per room (industrial DIN-rail
  model, in a locked cabinet in the control room), with relay boards for the maglocks.
- Rewire all 23 puzzle sensors and 11 maglocks (Alchemist 13/6, Bunker 12/5 - I counted them
  again on my notes), with proper screw terminals and labelled cables.
- A countdown display and hint screen in each room (43" screens, wall-mounted).
- A game-master dashboard in the browser: start/pause/reset, send hints, open any lock manually,
  see which puzzles are solved. Runs on your control-room PC, no cloud.
- I'll take over the hint texts and room timings from your old system - just send me the
  export file or screenshots of every hint.
- A one-hour training for your game masters on the dashboard and on what to do when a puzzle
  gets stuck, plus a printed one-page reset sheet per room.
- A wiring diagram of each room, which stays with you.

NOT INCLUDED: the cameras and intercom (they stay as they are, I don't touch them), props and
decoration, and the extra wall socket in the Bunker - that's for your electrician.

PRICE (excl. VAT)
  Hardware (2 controllers, relay boards, 2 screens, cabinets, cabling)   EUR 2.340,00
  Build, installation and programming, both rooms - fixed               EUR 3.900,00
  Total                                                                  EUR 6.240,00

Anything beyond this list I do at EUR 65,00 per hour, but I always tell you beforehand how
many hours it will take and only start when you've said OK by mail or WhatsApp.

PLANNING
I build and test everything on my bench in January. Installation on Monday 18 January 2027
(Alchemist) and Monday 25 January 2027 (Bunker 61), the days you're closed anyway, from 8:00.
Each room should be ready for bookings again the next day.
What I need from you: the hint texts by 8 January, the rooms empty and accessible on the install
days, and the extra socket in the Bunker done before 25 January.
If parts arrive late or I'm ill, I'll tell you straight away and we move to the next Monday, at
no extra cost for you. If a room isn't ready on the install day because of your side, we pick a
new Monday together and I charge EUR 40,00 for the wasted trip.

QUALITY / SAFETY
Every controller runs on my bench for 48 hours before it goes in. All maglocks stay fail-safe:
they open when power is lost and when the green emergency button is pressed, as your fire
inspection requires. I've built the controls for 11 rooms in Flanders since 2019, so this is
not my first bunker.

TESTING AND HANDOVER
After installing I play three complete test games in each room with one of your game masters.
The room is done when all three run without a fault; if something fails, I fix it and we test
again. Only then I send the final invoice.

PAYMENT
50 % (EUR 3.120,00) when you accept, so I can order the hardware; the other 50 % after the test
games of the second room. Invoices payable within 14 days.

GUARANTEE
Anything I built or programmed that stops working in the first 3 months after the test games, I
fix for free. The hardware itself has the manufacturer's 2-year warranty; I handle the swaps.

SUPPORT PLAN (optional)
EUR 45,00 per room per month, billed every quarter in advance:
- You can reach me every day from 10:00 to 23:00 (also weekends) on 0478 21 66 90, by phone or
  WhatsApp.
- If a room is stuck during opening hours, I call back within 1 hour and connect remotely.
- Software updates and security patches for the controllers and dashboard are included.
- I keep the wiring diagrams and settings of both rooms on file, so I know your set-up when you
  call.
The support plan runs month to month and you can stop it with one month's notice by mail.

OTHER THINGS
- The controller software is my own framework. You can use it in your rooms for as long as you
  like, also if you stop the support plan. Your puzzles and room designs are of course yours.
- I'll put the full source code and a config backup on a USB stick for your safe, so that
  another technician can take over if I'm ever not around.
- Door codes, puzzle solutions and anything else I see of your business stay between us.
- If something goes wrong through my work, my liability is limited to the amount of this quote.

If this looks good, just reply "OK" and I'll order the parts this week.

Cheers,
Tom

Tom Verhaegen - TV Tech
Sole trader, Diestsesteenweg 212, 3010 Kessel-Lo - BE 0712.884.391
0478 21 66 90 - tom@tvtech.be

------------------------------------------------------------------------------------------
From: Sarah Whitfield <sarah@lockedinleuven.be>
To: Tom Verhaegen <tom@tvtech.be>
Date: Wed, 18 Nov 2026 09:12
Subject: RE: Quote - new game control for "The Alchemist" and "Bunker 61"

Hi Tom,

OK for everything, including the support plan for both rooms. Hint texts will follow before
Christmas. Invoice to Locked In Leuven BV, Bondgenotenlaan 88, 3000 Leuven, BE 0779.204.516.

Sarah
""",
    items={
        "agreement.general_terms": "missing",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.availability": "missing",
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
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
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
        "payment_term_days": 14,
        "warranty_days": 90,
        "notice_period_days": 30,
        "response_time_hours_highest_priority": 1,
    },
)


EN_B19_ITAD_DECOMMISSIONING_AGREEMENT = UnseenDocument(
    name="en_b19_itad_decommissioning_agreement",
    text="""IT ASSET DISPOSITION AND SERVER-ROOM DECOMMISSIONING AGREEMENT
Agreement no. RC-BE-2026-0219

BETWEEN
ReCircuit B.V., Ringbaan-Oost 318, 5013 CD Tilburg, the Netherlands, Chamber of Commerce no.
62117845, represented by Ms Ilse Verbruggen, commercial director ("ReCircuit"),
AND
Noordkust Verzekeringen NV, Sint-Pietersnieuwstraat 41, 8000 Brugge, enterprise no.
0403.118.772, represented by Mr Pieter Vanhoutte, CIO, and Ms Evi Desmet, CFO ("the Client").

WHEREAS the Client has moved its production servers to a colocation data centre and wants its
own server room at Brugge emptied, and its end-of-life laptops and desktops disposed of securely
for the next two years, and ReCircuit submitted its proposal RC-2026-1187 of 12 November 2026.

1. CONTRACT DOCUMENTS
1.1 This Agreement consists of this document and: Annex A - ReCircuit's proposal RC-2026-1187;
Annex B - asset inventory (draft); Annex C - data processing agreement. In case of conflict this
document prevails over the Annexes, and Annex C prevails over Annex A.
1.2 ReCircuit's general terms and conditions do not apply, nor do the Client's purchase
conditions.

2. SERVICES
2.1 Project A - Decommissioning of the Brugge server room: inventory and tagging of all equipment
in 14 racks (approx. 260 items: servers, SAN arrays, tape library, switches, UPS units per rack);
de-racking, packing and secure transport in sealed, GPS-tracked vehicles; removal of all data
carriers and their destruction on site with a mobile shredder (particle size max. 20 mm), in the
presence of a Client witness; transport of the remaining equipment to ReCircuit's Tilburg
facility for remarketing or recycling.
2.2 Framework B - End-user devices: collection, on request, of laptops, desktops, monitors and
smartphones from the Client's offices in Brugge, Gent and Hasselt; data erasure per device
according to NIST SP 800-88 Purge with certified software; physical destruction of any data
carrier that fails erasure; refurbishment and resale, or recycling under WEEE rules.
2.3 Excluded: removal of the raised floor, cabling under the floor, the room cooling units and
the central UPS batteries; any migration or back-up of data, which the Client must have
completed before handing over equipment.

3. PLANNING
      Inventory and tagging                       1 - 5 February 2027
      De-racking and transport                    8 - 19 February 2027
      On-site shredding of data carriers          22 February 2027
      Reconciliation report and certificates      by 15 March 2027
Collections under Framework B take place within 10 business days of the Client's request via the
ReCircuit portal, for at least 25 devices per collection.

4. OBLIGATIONS OF THE CLIENT
The Client shall (a) deliver the final asset list (Annex B) by 22 January 2027; (b) have its IT
team power down and disconnect the equipment of each rack before the de-racking date of that
rack; (c) give ReCircuit's staff access to the server room and the loading dock between 7:00 and
18:00; (d) provide a witness for the shredding on 22 February 2027.

5. DELAY
5.1 If the Client does not meet an obligation of article 4 in time, the planning is moved by the
length of the delay and waiting time of ReCircuit's crew is charged at EUR 85,00 per technician
hour.
5.2 If ReCircuit does not deliver the reconciliation report and all certificates by 15 March 2027
for reasons within its control, it owes a penalty of EUR 250,00 per business day of delay, up to
EUR 5.000,00.

6. STAFF AND QUALITY
6.1 ReCircuit's project manager is Mr Jeroen Maas (jeroen.maas@recircuit.nl, +31 13 744 20 18).
The Client's contact is Mr Vanhoutte. ReCircuit's account manager for the Client under
Framework B is Ms Nadia El Idrissi.
6.2 All staff entering the Client's premises have been screened (Dutch certificate of conduct
VOG, renewed every year) and have at least two years' experience in data-centre work. ReCircuit
replaces a team member only with an equally screened person and informs the Client in advance.
6.3 ReCircuit is certified to ISO 27001, ISO 14001 and ADISA Asset Recovery Standard 8.0, and
keeps these certifications throughout the Agreement. Every data carrier is tracked by serial
number from the rack to its destruction or erasure; the erasure software is certified.

7. REPORTING AND ACCEPTANCE
7.1 During Project A, ReCircuit sends a written progress report every Friday (items tagged,
moved and destroyed, deviations from the inventory) and holds a short weekly site meeting with
the Client's contact. Escalation: project manager, then ReCircuit's operations director, then
the commercial director.
7.2 For Framework B, ReCircuit sends a quarterly report per collection: devices received,
erased, destroyed, resold and recycled, with the resale proceeds.
7.3 The reconciliation report compares every item of Annex B with what was received and lists a
certificate of destruction or erasure per serial number. The Client has 10 business days to
dispute it in writing; ReCircuit then investigates and issues a corrected report. The report is
accepted when the Client confirms it or the 10 days pass without a written dispute.

8. PRICES AND PAYMENT (excluding VAT)
8.1 Project A is carried out for a fixed price of EUR 38.450,00, invoiced 40 % at the start of
the inventory and 60 % on acceptance of the reconciliation report.
8.2 Framework B: EUR 9,50 per device for erasure and certificate; EUR 14,00 per device for
physical destruction; collection EUR 175,00 per pick-up. 70 % of the net resale proceeds is
credited to the Client on the quarterly invoice.
8.3 Work outside article 2 is only done after the Client has approved ReCircuit's written quote.
8.4 The Framework B prices are fixed until 31 December 2027 and are then adjusted once, on
1 January 2028, by the change in the Belgian consumer price index, with a maximum of 3 %.
8.5 Invoices are payable within 30 days of the invoice date.

9. DURATION AND TERMINATION
9.1 This Agreement enters into force on signature and runs for 24 months. It ends automatically
at the end of that term; any extension requires a written amendment signed by both parties.
9.2 The Client may terminate Framework B at any time with three months' written notice.
9.3 Either party may terminate this Agreement with immediate effect by registered letter if the
other party fails to remedy a material breach within 30 days of a written notice.

10. CONFIDENTIALITY AND DATA PROTECTION
10.1 ReCircuit keeps all information it obtains about the Client, its premises and its
equipment confidential, during the Agreement and for five years after it.
10.2 To the extent data carriers contain personal data, ReCircuit acts as processor of the
Client under Annex C. Processing takes place only in Belgium and the Netherlands, and no data is
accessed other than to verify erasure.

11. LIABILITY
11.1 ReCircuit's obligation to destroy or erase every data carrier received is an obligation
of result. From collection until destruction or erasure, ReCircuit bears the risk of loss or
theft of the equipment.
11.2 ReCircuit's liability for a data breach caused by a data carrier in its custody is limited
to EUR 2.500.000,00 per event, which its insurance covers. For any other damage its liability is
limited to EUR 250.000,00 per year. Neither party is liable for indirect damage, except in case
of fraud or wilful misconduct.

12. DISPUTES AND GOVERNING LAW
Disputes are first discussed between the Client's CIO and ReCircuit's commercial director. If
they have not settled the dispute within 30 days, either party may bring it before the courts
of Brugge. This Agreement is governed by Belgian law.

Signed in Brugge on 7 December 2026 in two originals, each party acknowledging receipt of one.

For ReCircuit B.V.                     For Noordkust Verzekeringen NV

[signature]                            [signature]                [signature]
Ilse Verbruggen                        Pieter Vanhoutte           Evi Desmet
Commercial director                    CIO                        CFO
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
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.acceptance": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
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
        "contract_term_months": 24,
        "notice_period_days": 90,
        "payment_term_days": 30,
    },
)


EN_B19_BARGE_CONNECTIVITY_ORDER_FORM = UnseenDocument(
    name="en_b19_barge_connectivity_order_form",
    text="""RIVERLINK MARITIME B.V.
Merwekade 14, 3311 TE Dordrecht, the Netherlands - KvK 58203316 - VAT NL852977014B01
www.riverlink.nl - noc@riverlink.nl - +31 78 303 55 00 (24/7)

ORDER FORM RLM-OF-2026-0388 - VESSEL CONNECTIVITY SERVICE

Customer:        Scheldevaart NV, Noorderlaan 139, 2030 Antwerpen, BE 0428.661.905
Customer contact: Mr Wim Goossens, fleet manager, +32 3 541 77 20
Account manager: Ms Marloes de Vries, +31 78 303 55 12, m.devries@riverlink.nl

1. SERVICE ORDERED
Riverlink Fleet Connect for 9 inland vessels (list of vessels and ENI numbers in Schedule 1),
per vessel:
- a marine dual-modem 4G/5G router with four-operator multi-SIM (NL, BE, DE, FR);
- a flat-panel satellite terminal as fall-back where there is no mobile coverage;
- two crew Wi-Fi access points (accommodation and wheelhouse) with a separate, isolated network
  for the wheelhouse PCs, the engine-monitoring system and the tank sensors;
- a data pool of 1.000 GB per vessel per month (pooled over the fleet), Riverlink Fleet Portal
  access, 24/7 network operations centre (NOC) and replacement of faulty equipment.
Not included: the navigation equipment (radar, inland AIS, ECDIS) and its certification, the
crew's own devices, electrical work beyond the 230 V feed points shown in Schedule 1, and
satellite data above the pool.

2. FEES (EUR, excluding VAT)
  One-off installation per vessel (hardware configuration, cabling, mounting)     2.150,00
  Total installation, 9 vessels                                                  19.350,00
  Monthly service fee per vessel                                                    389,00
  Data above the pool                                                          4,50 per GB
  On-board work outside the service (per engineer hour, plus travel)               110,00
Installation fees are invoiced on completion of each vessel. Monthly fees are invoiced monthly
in advance and data above the pool monthly in arrears. All invoices are payable within 14 days
of the invoice date by direct debit.
The fleet manager receives an e-mail alert when the fleet has used 80 % and 100 % of its pool.
On-board work outside the service is only carried out after the Customer has accepted
Riverlink's quote for it by e-mail.
Riverlink may adjust its fees once per calendar year by notifying the Customer 30 days in
advance.

3. INSTALLATION
Riverlink installs the equipment during the vessels' scheduled stays at the Customer's yard in
Antwerp between 11 January and 26 February 2027, about 6 hours per vessel. The Customer makes
each vessel available at berth with shore power and a crew member present, and provides the
vessel drawings at least two weeks before the visit. Installation dates are indicative only and
Riverlink is not liable for any delay in installation.
Installations comply with ES-TRIN and the manufacturers' marine installation guidelines. After
installation the engineer tests coverage on board and completes a commissioning sheet which the
skipper signs; the service for that vessel starts on the date of the signed sheet.
The engineer briefs the skipper on board, and Riverlink provides a crew quick-start card in
Dutch, English, Polish and Romanian.

4. SERVICE SCHEDULE
4.1 Support: the NOC is available 24 hours a day, 7 days a week by telephone (+31 78 303 55 00)
and by e-mail (noc@riverlink.nl). The Customer can also log tickets in the Fleet Portal.
4.2 Target response times: Priority 1 (vessel without any connectivity) 1 hour; Priority 2
(reduced service, one modem or access point down) 4 hours; Priority 3 (questions, changes) next
business day. Faulty equipment is shipped to the vessel's next port of call.
4.3 All service levels in this Schedule are targets. Riverlink will use reasonable endeavours to
meet them, but failure to meet a target is not a breach of the Agreement.
4.4 Because mobile and satellite coverage on the waterways depends on third-party networks,
Riverlink does not guarantee any level of availability of the service. No service credits or
other compensation are due for interruptions or for missed targets.
4.5 Riverlink updates the router and access-point firmware remotely and installs security
patches within 30 days of their release by the manufacturer, outside sailing hours where
possible.
4.6 Riverlink keeps a vessel file for each vessel (drawings, equipment, serial numbers,
configuration) so that every NOC engineer can see the set-up of that vessel.
4.7 The Fleet Portal shows usage per vessel and per day; Riverlink sends a monthly service
report with usage, incidents and tickets. Escalation: NOC, then the account manager, then
Riverlink's operations director.

5. EQUIPMENT AND SOFTWARE
All equipment, SIM cards and software remain the property of Riverlink. The Customer receives a
non-transferable right to use them on the listed vessels during the term of the Agreement and
returns the equipment at the end, in good condition apart from normal wear.

6. TERM
The Agreement runs for 36 months from the service start date of the last vessel. It is then
renewed automatically for successive periods of 24 months unless either party terminates it by
registered letter at least six months before the end of the current period. If the Customer
terminates before the end of a period, all monthly fees until the end of that period become
payable at once. Either party may terminate for material breach not remedied within 30 days of
written notice.

7. DATA
Riverlink processes personal data of crew members (Wi-Fi login names, device identifiers and
connection times) as processor on behalf of the Customer, under the data processing agreement at
www.riverlink.nl/dpa; connection logs are kept for 90 days. At the end of the Agreement the
Customer's portal account is closed; Riverlink has no obligation to provide an export of any
data. Riverlink may suspend portal access and withhold any Customer data as long as invoices
remain unpaid.

8. LIABILITY
Riverlink's total liability is limited to the fees paid by the Customer in the three months
before the event giving rise to the claim. Riverlink is not liable for loss of data, loss of
freight or charter income, demurrage, fines, or indirect damage of any kind.

9. TERMS AND CONDITIONS
This Order Form is subject to the Riverlink Terms of Service, version 4.2, which the Customer
declares to have received. In case of conflict between this Order Form and the Terms of Service,
the Terms of Service prevail. Any purchase conditions of the Customer are excluded.
Confidentiality: see article 14 of the Terms of Service.
This Agreement is governed by Dutch law; the District Court of Rotterdam has exclusive
jurisdiction.

Signed for and on behalf of                 Signed for and on behalf of
Riverlink Maritime B.V.                     Scheldevaart NV

[signature]                                 [signature]
Marloes de Vries, account manager           Wim Goossens, fleet manager
Dordrecht, 30 November 2026                 Antwerpen, 2 December 2026

Schedule 1: vessels, ENI numbers and feed points
""",
    items={
        "agreement.signed_both": "covered",
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
        "timing.delay": "partial",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "partial",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "partial",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": True,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 24,
        "notice_period_days": 180,
        "payment_term_days": 14,
        "response_time_hours_highest_priority": 1,
    },
)


EN_B19_IBM_I_MIGRATION_SOW = UnseenDocument(
    name="en_b19_ibm_i_migration_sow",
    text="""STATEMENT OF WORK No. 3
Migration of the VMS-ORDER application from IBM i to Java and PostgreSQL

Under the Master Services Agreement of 4 March 2025 (the "MSA") between
Brightlane Consulting BV, Kortrijksesteenweg 940, 9000 Gent, BE 0667.310.248 ("Brightlane") and
Van Moerkerke Sanitair NV, Pittemsestraat 17, 8700 Tielt, BE 0405.882.163 ("the Client").

1. CONTEXT AND PRECEDENCE
1.1 The Client's order-processing application VMS-ORDER (approx. 410 RPG and CL programs, about
180.000 lines, DB2 for i database of 64 GB, 5250 green screens) runs on an IBM i server whose
hardware maintenance ends on 31 December 2027. The Client wants to run the same functions on its
own VMware platform, in Java with a web interface and a PostgreSQL database.
1.2 This SOW is governed by the MSA. Brightlane's proposal BL-P-2026-071 of 6 November 2026 is
attached as Annex 1. In case of conflict, this SOW prevails over Annex 1 and the MSA prevails over
this SOW, except where this SOW expressly deviates from a named clause of the MSA.

2. SCOPE
2.1 In scope: inventory of the programs and data; automated conversion of RPG/CL to Java 21 with
Brightlane's conversion tooling, followed by manual remediation; replacement of the 5250 screens
by web screens with the same fields and function keys; conversion of the DB2 for i database to
PostgreSQL 16; the interfaces with the webshop, the Peppol access point and the warehouse
scanners; tests; data migration; cutover; hypercare.
2.2 Out of scope: functional changes or new functions; the payroll and accounting packages,
which stay on their current platform; the VMware platform, the PostgreSQL servers and their
licences, which the Client provides; decommissioning of the IBM i server.

3. PLANNING
      Phase 1  Inventory and conversion plan            1 February - 12 March 2027
      Phase 2  Conversion and remediation               15 March - 9 July 2027
      Phase 3  System and integration tests             12 July - 20 August 2027
      Phase 4  User acceptance tests (UAT)              23 August - 17 September 2027
      Phase 5  Cutover                                  weekend of 2-3 October 2027
      Phase 6  Hypercare                                4 October - 12 November 2027

4. CLIENT RESPONSIBILITIES
The Client shall: (a) give Brightlane remote access to the IBM i development and production
partitions by 25 January 2027; (b) have the VMware virtual machines and PostgreSQL servers
ready, according to Brightlane's sizing, by 30 April 2027; (c) freeze functional changes to
VMS-ORDER from 1 June 2027 until cutover, except for legal or urgent fixes agreed with
Brightlane; (d) make two key users of the order desk available two days a week during Phase 4;
(e) make its IT manager, Mr Stijn Dewaele, available as single point of contact.

5. DELAYS
5.1 If the Client does not meet a responsibility of article 4 on time, the planning is moved by
at least the same period and Brightlane may charge the idle time of its team at the rates of
article 9.3, after notifying the Client in writing.
5.2 If the cutover does not take place by 31 October 2027 for reasons attributable to
Brightlane, Brightlane owes a penalty of 0,5 % of the fixed price per week of delay, up to 5 % of
the fixed price. This deviates from clause 9.4 of the MSA.

6. TEAM
6.1 Brightlane's team: Ms Hilde Van Acker, engagement lead; Mr Geert Lauwers, solution architect
(IBM i and RPG since 1996); Ms Yasmine Benali, test lead; and four Java developers, at least two
of whom have more than five years' experience with Spring Boot.
6.2 Brightlane will not replace Ms Van Acker or Mr Lauwers without four weeks' notice and the
Client's written approval. A replacement has comparable experience and works alongside the
person leaving for at least two weeks, at no cost to the Client.
6.3 Knowledge transfer: the Client's three in-house developers take part in Phases 2 to 6 and
pair with Brightlane's developers for at least one day a week. At cutover Brightlane delivers
the technical documentation (architecture, data model, build and deployment guide, runbook) in
the Client's wiki.

7. QUALITY, TESTS AND ACCEPTANCE
7.1 All converted code is stored in the Client's Git repository, reviewed by a second developer
and passes the agreed SonarQube quality gate (no blocker or critical issues). For 30 selected
business days, Brightlane replays the production transactions on the new system and compares
the results with the IBM i output; every difference is explained or fixed.
7.2 UAT follows the test scenarios in Annex 2. The application is accepted when all scenarios
have been run, no severity 1 or 2 defects remain open and the Client's IT manager has signed the
acceptance report. The Client signs or lists the open defects within five business days of the
end of Phase 4.

8. DATA MIGRATION, CUTOVER AND HYPERCARE
8.1 Brightlane converts the complete DB2 for i database, including 12 years of order history, to
PostgreSQL. Three full dress rehearsals take place before cutover; after each one Brightlane
delivers a reconciliation report (record counts and totals per table, open order amounts).
8.2 Cutover takes place over the weekend of 2-3 October 2027 according to a cutover plan with a
fall-back decision point on Sunday 14:00.
8.3 Brightlane trains four key users of the order desk, who then train the other 25 users
(train-the-trainer), and provides a short user guide for the new screens.
8.4 During hypercare, Brightlane's team is on call on business days from 7:00 to 19:00 by
telephone and via the Client's ticket system. Blocking incidents are picked up within 1 hour and
a fix or workaround is delivered within 8 working hours.
8.5 Application support after hypercare is provided under SOW No. 2 (application management).

9. PRICE AND PAYMENT
9.1 Fixed price for the scope of article 2.1: EUR 286.500,00 excluding VAT, including hypercare.
9.2 Invoicing: 15 % at the end of Phase 1, 40 % at the end of Phase 2, 20 % at acceptance, 15 %
after cutover and 10 % at the end of hypercare. Invoices are payable within 30 days of the
invoice date.
9.3 Changes to the scope follow the change procedure of the MSA: the Client's request, Brightlane's
written impact analysis (effort, price, planning) within five business days, and the Client's
written approval before work starts. Changes are charged at EUR 1.050,00 per day for the
architect and EUR 850,00 per day for other team members; these rates are fixed until
31 December 2027.

10. WARRANTY
For three months after the end of hypercare, Brightlane fixes free of charge any defect in the
migrated application, i.e. any difference with the behaviour of VMS-ORDER on IBM i or with the
accepted UAT scenarios.

11. INTELLECTUAL PROPERTY
All converted source code, the web screens and the documentation become the property of the
Client upon payment of the relevant invoices. Brightlane's conversion tooling remains its
property; the converted application does not need that tooling, or any other Brightlane
component, to run or to be maintained.

12. GOVERNANCE
Brightlane sends a written status report every two weeks (progress per phase, risks, issues,
decisions needed). A steering committee (Client: CFO and IT manager; Brightlane: engagement lead
and account director) meets every month. Any disagreement on this SOW is first put to the
steering committee, which meets within ten business days; if it cannot resolve it, the dispute
clause of the MSA applies.

13. OTHER TERMS
13.1 Personal data: during data migration Brightlane processes personal data of the Client's
customers and suppliers (names, contact details, delivery addresses) as processor under the data
processing agreement of 4 March 2025 (Annex 4 to the MSA). Test environments use anonymised
copies only.
13.2 Liability: as set out in clause 12 of the MSA.
13.3 Confidentiality: clause 10 of the MSA applies.
13.4 Termination: as set out in clause 15 of the MSA.
13.5 Governing law and jurisdiction: as set out in the MSA.
13.6 This SOW starts on signature and ends at the end of the warranty period of article 10. It
is not renewed.

Signed in Tielt on 14 December 2026.

For Brightlane Consulting BV               For Van Moerkerke Sanitair NV
[signature]                                [signature]
Hilde Van Acker, director                  Katrien Van Moerkerke, CEO
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
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "partial",
        "exit.transition": "missing",
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
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 1,
    },
)


EN_DOCUMENTS = [
    EN_B19_ESCAPE_ROOM_GAME_CONTROL_QUOTE,
    EN_B19_ITAD_DECOMMISSIONING_AGREEMENT,
    EN_B19_BARGE_CONNECTIVITY_ORDER_FORM,
    EN_B19_IBM_I_MIGRATION_SOW,
]
