"""Held-out batch 14, English documents: a short support-renewal letter from a Dutch scientific
software company to a university physics lab in Leuven for its instrument-control software, with
an empty "accepted by" line; a formal supply, installation and maintenance agreement for a
machine-vision inspection system on two packaging lines of a Belgian biscuit factory; and an order
form with an SLA schedule for reserved GPU compute capacity, from an Amsterdam provider to a
Ghent biotech company.

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches (months = 30 days for notice and warranty; response time of the highest priority
in hours, working hours counted as hours, 15 minutes = 0.25; a quote accepted by e-mail or an
empty client signature line is a partial signature and raises risk.unsigned).
"""

from .unseen_documents import UnseenDocument

EN_INSTRUMENT_CONTROL_SUPPORT_RENEWAL = UnseenDocument(
    name="en_instrument_control_support_renewal",
    text="""QUANTIVIEW SCIENTIFIC B.V.
Molengraaffsingel 12, 2629 JD Delft, the Netherlands
KvK 58204417 - VAT NL852997304B01 - www.quantiview.nl

KU Leuven
Department of Physics and Astronomy
Laboratory of Solid-State Physics and Magnetism
Attn. Prof. dr. Hanne Vermeulen
Celestijnenlaan 200D, 3001 Leuven, Belgium

Delft, 3 December 2026
Our ref.: QV-REN-2027-0318 - Your customer no.: 10447

Subject: Renewal of your NanoSweep support for 2027

Dear Professor Vermeulen,

Your support for the NanoSweep instrument-control software on the low-temperature STM in lab
B01.12 ends on 31 January 2027. We would be glad to continue supporting your group, and set out
below what the renewal covers.

Licence
You hold a perpetual licence for NanoSweep 5 (three seats: the instrument PC and two analysis
workstations), purchased in 2023 under order QV-2023-0871. That licence is not affected by this
renewal. Updates you receive under support are covered by the same perpetual licence.

What the support covers
  - all new minor and major versions of NanoSweep released during the support period, including
    the drivers for new controller and lock-in amplifier firmware;
  - corrections of software errors that you report to us;
  - remote help with installing updates, with scan settings and with your Python scripts
    that use the NanoSweep API (questions only; we do not write scripts for you);
  - one online refresher training of two hours each academic year for new PhD students and
    postdocs of the lab, on a date that suits you.
Not included: repair of the microscope, the cryostat or the electronics (covered by your
hardware service contract with the manufacturer), scripts or analysis tools written by your
group, and visits to Leuven.

How to reach us
Our support desk is open Monday to Friday from 9:00 to 17:00 (CET), except Dutch public holidays,
at support@quantiview.nl or +31 15 888 42 10. We reply to every request within one working day.
If the instrument cannot measure because of NanoSweep (for instance the software does not start
or loses the connection to the controller during a measurement), please call us: we then respond
within 4 working hours.

Your set-up (controller serial numbers, lock-in model, detector configuration and the custom
settings we made at installation) is on file with us, and Dr. Wim Bakker, who installed the
system in 2023, remains your contact for all support questions. If a problem is not solved to your
satisfaction, you can escalate to our support manager, Marloes de Wit
(m.dewit@quantiview.nl), and then to me.

To help us help you, please keep the instrument PC on Windows 10 or 11 with the .NET runtime we
support, and allow a remote session (TeamViewer) when you open a ticket. Please send us your
purchase order before 20 January 2027, so that there is no gap in support.

Fee
Support for the period 1 February 2027 to 31 January 2028 (12 months) costs EUR 3.480,00
excluding VAT (2026: EUR 3.340,00). Our support fees follow the CBS consumer price index and are
adjusted at each renewal. We invoice the full amount on receipt of your purchase order; payment
within 30 days of the invoice date.
Should you need work outside the support (for example integrating a new instrument or an on-site
visit), we will send you a separate quote first and only start after your written go-ahead. For
your information, our day rate for such work in 2027 is EUR 1.150,00 excluding VAT plus travel.

The support does not renew automatically. Towards the end of 2027 we will send you a new renewal
proposal.

Our General Conditions for Software Support (NLdigital Terms 2020, attached) apply.

Please send your purchase order quoting our reference, or sign and return a copy of this letter.

Kind regards,

Quantiview Scientific B.V.
Erik van der Linden
Account manager, academic customers

Accepted for KU Leuven:

Name and function: ..........................................

Date: ....................   Signature: ...............................
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "partial",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.quality": "missing",
        "reporting.progress": "missing",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 4,
    },
)

EN_MACHINE_VISION_INSPECTION_AGREEMENT = UnseenDocument(
    name="en_machine_vision_inspection_agreement",
    text="""SUPPLY, INSTALLATION AND MAINTENANCE AGREEMENT
Inline vision inspection system - packaging lines 1 and 2
Agreement no. LV-2026-114

BETWEEN
Lumicam Vision NV, Kennedypark 19, 8500 Kortrijk, enterprise no. BE 0644.871.203, represented by
Mr Pieter Vanneste, managing director (the "Supplier"),
AND
Biscuiterie Vandamme NV, Industrieweg 24, 8800 Roeselare, enterprise no. BE 0402.336.918, a
member of the Nordic Bake Group, represented by Mr Lars Holmberg, plant director, and
Ms Griet Lambert, CFO (the "Customer").
This Agreement is drawn up in English, the working language of the Nordic Bake Group.

Article 1 - Contract documents
1.1 The Agreement consists of this document and: Annex A - technical specification and inspection
criteria; Annex B - the Supplier's offer LV-OF-26-0392 of 28 October 2026; Annex C - planning;
Annex D - data processing terms. In case of conflict, this document prevails over Annex A, Annex A
over Annex C, and Annex C over Annex B.
1.2 The general terms and conditions of the Supplier and the purchasing conditions of the Customer
do not apply.

Article 2 - Scope
2.1 The Supplier supplies, installs and commissions on packaging lines 1 and 2 a vision
inspection system consisting of: six smart cameras with LED lighting for shape, colour and
breakage inspection of the biscuits before the flow-wrapper; two OCR/OCV stations checking the
best-before date and lot code on every pack; two reject units with air blast and confirmation
sensor; one industrial PC per line with the Supplier's LumiInspect software (including the
third-party image-processing runtime licences); and the integration with the line PLCs and with
the Customer's MES via OPC UA.
2.2 Not included: modifications to the conveyors, flow-wrappers and printers; electrical supply to
the cabinets and the network cabling to the MES (by the Customer); the MES configuration on the
Customer's side.
2.3 Line 1 currently runs an inspection system of another make with 64 product recipes. The
Supplier converts those 64 recipes (product dimensions, colour tolerances, date formats) into
LumiInspect and verifies each converted recipe with reference samples before SAT.

Article 3 - Price and payment
3.1 Fixed price, excluding VAT: hardware and software licences EUR 142.600,00; engineering,
installation, recipe conversion, commissioning and training EUR 43.800,00; total
EUR 186.400,00.
3.2 Invoicing: 30 % on signature, 50 % after successful FAT, 20 % after signature of the SAT
report. Invoices are payable within 45 days of the invoice date.
3.3 Maintenance (article 10) costs EUR 9.850,00 per year, excluding VAT, invoiced annually in
advance. The first year is included in the warranty period. The fee is indexed each year on
1 January using the formula P = P0 x (0,2 + 0,8 x S/S0), where S is the Agoria reference salary
for the month before indexation and S0 that of October 2026.
3.4 Work outside the scope is charged at the Supplier's rates applicable at the time of the work
(2027: EUR 1.120,00 per engineer day, travel included within Belgium).

Article 4 - Changes
Either party may request a change in writing. Within ten working days the Supplier sends an
impact analysis (price, planning, risks). No change is carried out or invoiced unless the impact
analysis has been approved in writing by the Customer's project manager.

Article 5 - Planning and delays
5.1 Planning (Annex C): FAT at the Supplier's workshop in Kortrijk in week 14 of 2027, with
biscuits and packaging supplied by the Customer; installation on line 1 during the planned
shutdown of weeks 18 and 19 of 2027; line 2 in week 22 of 2027; SAT on both lines by
25 June 2027.
5.2 The Customer delivers 200 packs per product type for the FAT by 15 March 2027, makes lines 1
and 2 available during the shutdown weeks, and provides the electrical supply, network points
and MES test environment by 19 April 2027.
5.3 If SAT of a line is delayed through the Supplier's fault, the Supplier owes a penalty of 0,5 %
of the total price per full week of delay, up to 5 % of the total price. Delays caused by the
Customer postpone the planning accordingly; waiting time of the Supplier's engineers on site is
then charged at the day rate of article 3.4.

Article 6 - Project team and reporting
6.1 The Supplier's project manager is Ms Evelien Maes; lead vision engineer is Mr Thomas
Declercq. Vision engineers assigned to the project have at least five years' experience with
food-industry inspection systems. The Customer's project manager is Mr Kris Dewulf.
6.2 The Supplier may replace its project manager or lead engineer only after giving the Customer
two weeks' written notice and with a person of equivalent qualifications, at no extra cost.
6.3 The Supplier sends a progress report every two weeks (progress against Annex C, open points,
risks). The project managers meet monthly; a steering meeting with the plant director and the
Supplier's managing director takes place after FAT and after SAT. Issues that the project managers
cannot resolve are escalated to that steering meeting.

Article 7 - Quality and acceptance
7.1 The Supplier works under an ISO 9001-certified quality system. The system is delivered with a
CE declaration of conformity and in accordance with Annex A.
7.2 FAT and SAT follow the test protocol in Annex A. A line passes SAT when, over three
consecutive production shifts, the system detects at least 99,5 % of the seeded defective packs
and the false-reject rate stays below 0,3 %. The Customer signs the SAT report within five working
days of a successful SAT or lists the points that fail the criteria; the Supplier then corrects
them and the SAT is repeated for those points.

Article 8 - Training and documentation
8.1 The Supplier trains the operators of all three shifts (one session of three hours per shift)
and gives a two-day course to four technicians of the Customer on recipe creation and first-line
troubleshooting.
8.2 At SAT the Supplier hands over: user and maintenance manuals, electrical drawings, the PLC
interface description, the recipe guide and a spare-parts list, in English and Dutch.

Article 9 - Warranty
For 12 months after signature of the SAT report the Supplier repairs or replaces free of charge
any defective hardware and corrects any software errors, including the travel and labour needed.

Article 10 - Maintenance
10.1 After the warranty period the Supplier provides maintenance for 36 months: one preventive
visit per year (cleaning, calibration, check of reject units), remote support, and all updates and
security patches for LumiInspect and the industrial PCs. Patches are installed only after
approval by the Customer's OT manager, in a window agreed with the plant.
10.2 Helpdesk: Monday to Friday 7:00-19:00 at +32 56 49 70 00 or service@lumicam.be. For a line
stop caused by the system, an on-call engineer can be reached 24/7 at +32 56 49 70 99.
10.3 For a line stop, the Supplier responds remotely within 1 hour and, if the problem cannot be
solved remotely, is on site within 8 hours. Within 4 hours after arrival on site the Supplier
restores inspection or puts the line in a safe bypass mode agreed with the Customer's quality
department. Other incidents: response by the next working day.
10.4 If the on-site time of article 10.3 is exceeded, the Customer receives a credit of EUR 500 per
started period of four hours, up to 20 % of the annual maintenance fee.
10.5 The Supplier keeps an as-built file of the installation and the current recipe back-ups, and
assigns a service coordinator, Mr Jens Verhaeghe, as the Customer's fixed contact.

Article 11 - Term and termination
11.1 After the 36 months of article 10.1, the maintenance continues for successive periods of one
year, unless either party gives notice by registered letter at least two months before the end of
the running period.
11.2 Either party may terminate the Agreement by registered letter if the other party has not
remedied a material breach within 30 days after a written notice of default.
11.3 After the end of the maintenance, the Supplier keeps spare parts available for 5 years and,
at the Customer's request, hands over all configuration files, passwords and documentation to a
new maintenance provider and supports it for up to five days at the day rate of article 3.4.

Article 12 - Intellectual property, data and escrow
12.1 The Customer receives a perpetual, non-transferable licence to use the LumiInspect software
and the runtime licences on the two lines. The recipes, inspection images and statistics belong
to the Customer; at the end of the Agreement, or earlier on request, the Supplier exports them in
an open format (PNG images and CSV files).
12.2 If the Customer so requests, the parties will discuss in good faith a source code escrow
arrangement for LumiInspect.

Article 13 - Confidentiality and personal data
13.1 Each party keeps the other party's recipes, product data, prices and know-how confidential
during the Agreement and for five years after its end.
13.2 The inspection images contain no personal data. Operator user accounts (name, badge number)
are stored on the industrial PCs; where the Supplier accesses them during support, it acts as
processor under Annex D.

Article 14 - Liability
The Supplier's total liability is limited to the total price of article 3.1. Neither party is
liable for indirect damage, such as loss of profit. This limitation does not apply to gross
negligence, wilful misconduct or bodily injury.

Article 15 - Law and disputes
Belgian law applies. Disputes are first submitted to the steering meeting of article 6.3; if it
does not reach a solution within 30 days, either party may propose mediation under the CEPANI
rules. Failing agreement, the courts of Ghent, Kortrijk division, have sole jurisdiction.

Done at Roeselare on 14 December 2026, in two originals.

For Lumicam Vision NV                      For Biscuiterie Vandamme NV
(signed)                                   (signed)                (signed)
Pieter Vanneste, managing director         Lars Holmberg           Griet Lambert
                                           Plant director          CFO
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
        "maintenance.availability": "missing",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
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
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 45,
        "warranty_days": 360,
        "response_time_hours_highest_priority": 1,
    },
)

EN_GPU_COMPUTE_RESERVATION_ORDER_FORM = UnseenDocument(
    name="en_gpu_compute_reservation_order_form",
    text="""KESTREL COMPUTE B.V.
Science Park 400, 1098 XH Amsterdam, the Netherlands - KvK 81730215 - VAT NL862210975B01

ORDER FORM - RESERVED GPU CAPACITY
Order Form no. KC-OF-2026-0277

Customer:  Proteyna NV, Technologiepark-Zwijnaarde 82, 9052 Ghent, Belgium
           Enterprise no. BE 0769.155.402
Customer contact:  Dr. Lien De Wilde, Head of Computational Biology
Provider contact:  Sven Mulder, Technical Account Manager (sven.mulder@kestrelcompute.nl)

1. Documents
1.1 This Order Form is governed by the Kestrel Compute Terms of Service v3.2 (the "Terms"), the
Acceptable Use Policy, Schedule 1 (Service Level Agreement) and Schedule 2 (Data Processing
Agreement). The pricing in the Provider's proposal KC-Q-2611 of 20 November 2026 is incorporated in
this Order Form.
1.2 In case of conflict, the Terms prevail over this Order Form, except for the prices in section 3.
1.3 The Provider may update the Terms and the Acceptable Use Policy from time to time by publishing
a new version on its website. Updates apply 30 days after publication.

2. Services
2.1 Reserved capacity: 4 dedicated GPU nodes, each with 8 x NVIDIA H200 GPUs, 2 x 64-core CPUs and
2 TB RAM, connected by 400 Gb/s InfiniBand, in the Provider's data centre in Amsterdam-Zuidoost.
2.2 Included: 250 TB of shared parallel storage, a managed Slurm cluster with login nodes,
single sign-on with the Customer's Entra ID, a private 10 Gb/s connection to the Customer's
network, power, cooling, hardware replacement, monitoring, and 50 TB of data egress per month.
2.3 Not included: software licences of the Customer's applications, back-up of Customer Data
(available as an option), storage above 250 TB and egress above 50 TB per month.
2.4 The Provider applies firmware, GPU driver and operating system security patches in a monthly
maintenance window, announced at least 5 days in advance. Major CUDA driver versions are rolled out
only in agreement with the Customer.
2.5 The Provider's data centre and operations are certified to ISO/IEC 27001 and ISO 9001.

3. Fees (EUR, excluding VAT)
   One-time onboarding fee (cluster build, SSO, private connection)          2.500,00
   Monthly fee, reserved capacity (4 nodes)                                  38.400,00
   Total committed value for the Initial Term (12 x 38.400,00 + 2.500,00)   463.300,00
   Storage above 250 TB                                       18,00 per TB per month
   Egress above 50 TB                                         12,00 per TB
3.1 The monthly fee includes 4 hours of engineering support per month. Where Provider engineers
need to perform additional work to resolve an issue caused by the Customer's workloads or
configuration, that work is billed at EUR 165,00 per hour, monthly in arrears.
3.2 The onboarding fee is invoiced on signature; the monthly fee monthly in advance; usage-based
charges monthly in arrears. Invoices are payable within 14 days of the invoice date.
3.3 If an invoice remains unpaid 30 days after its due date, the Provider may suspend access to
the Services and to Customer Data until payment is received in full.

4. Commencement and onboarding
4.1 The Provider makes the reserved capacity available on 1 March 2027 (the "Commencement Date").
The Customer provides its IP ranges, the SSO configuration details and the names of two cluster
administrators at least 10 business days before the Commencement Date.
4.2 From the Commencement Date the Customer has 5 business days to run burn-in tests (the
Provider's standard benchmark suite). Any node that performs more than 10 % below the reference
results is replaced by the Provider before the monthly fee starts to run for that node.
4.3 If the Provider cannot make the capacity available on the Commencement Date, the monthly fee
runs only from the day it is available. If the delay exceeds 30 days, the Customer may cancel
this Order Form without cost.
4.4 The Customer uploads its datasets itself through the private connection; ingress is free. On
request, the Provider ingests data from encrypted drives shipped by the Customer at EUR 450,00
per drive.
4.5 The Provider holds two online onboarding sessions of 90 minutes for the Customer's
researchers on the use of Slurm, the container registry and the storage tiers.

5. Term
5.1 The Initial Term is 12 months from the Commencement Date. This Order Form then renews
automatically for successive periods of 12 months unless either party gives written notice at
least 90 days before the end of the current term.
5.2 The Order Form cannot be terminated for convenience during a term. Either party may terminate
it if the other party fails to remedy a material breach within 30 days of written notice. The
Provider may suspend Services immediately in case of a breach of the Acceptable Use Policy.
5.3 After the end of the Order Form, the Customer may retrieve its data during 14 days, at the
egress rates of section 3. The Provider then permanently deletes all Customer Data.

6. Intellectual property, confidentiality and data protection
6.1 The Customer keeps all rights in its data, models, code and results. The Provider obtains no
rights in them other than to provide the Services.
6.2 Confidentiality: section 11 of the Terms applies.
6.3 Customer Data may include pseudonymised clinical trial data. The Provider processes it as
processor under Schedule 2, only in its data centres in the Netherlands; the list of
sub-processors is in Schedule 2.

7. Liability
The Provider's aggregate liability under this Order Form is limited to the fees paid by the
Customer in the 3 months preceding the event giving rise to the claim. The Provider is not liable
for loss or corruption of data; the Customer is responsible for its own back-ups.

8. Law
This Order Form is governed by Dutch law. The competent court in Amsterdam has exclusive
jurisdiction.

SCHEDULE 1 - SERVICE LEVEL AGREEMENT
1. Availability: the Provider commits to an availability of 99,5 % per reserved node per calendar
   month, measured by the Provider's monitoring. Announced maintenance windows are excluded.
2. Service credits: availability below 99,5 %: 10 % of the monthly fee for the affected node;
   below 99,0 %: 25 %. Credits are capped at 25 % of the monthly fee and must be claimed within
   30 days after the end of the month. Credits are the Customer's sole remedy for unavailability.
3. Support: 24/7 through the support portal; Severity 1 incidents also by phone on
   +31 20 808 19 19.
4. Response times: Severity 1 (a node or the cluster unusable) 30 minutes, 24/7; Severity 2
   (degraded performance, one GPU failed) 2 hours; Severity 3 (questions) next business day.
   The Provider works continuously on Severity 1 incidents until they are resolved.
5. Reporting: the Provider sends a monthly service report (availability per node, GPU-hours used,
   incidents and maintenance). Your Technical Account Manager keeps the runbook of your cluster
   configuration, holds a quarterly service review with the Customer, and is the first escalation
   point, followed by the Provider's Head of Operations.

Signed:

For Kestrel Compute B.V.                          For Proteyna NV
[signed] Ruben Hoekstra, COO                      [signed] Koen Goossens, CEO
Date: 11/12/2026                                  Date: 15/12/2026
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
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
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": True,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 14,
        "availability_percent": 99.5,
        "response_time_hours_highest_priority": 0.5,
    },
)


EN_DOCUMENTS = [
    EN_INSTRUMENT_CONTROL_SUPPORT_RENEWAL,
    EN_MACHINE_VISION_INSPECTION_AGREEMENT,
    EN_GPU_COMPUTE_RESERVATION_ORDER_FORM,
]
