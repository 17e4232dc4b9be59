"""Plain commercial English of Belgian and Dutch IT suppliers: extra cues, concrete wording and
exclusions added to the item rules (issue 9).

The rules were tuned mostly on US filings; suppliers in Flanders, Brussels and the Netherlands
write English proposals, order forms and service agreements differently: "you will provide",
"extra requests are estimated first", "a discount of 10% on that month's fee", "documents the
client's environment in a run book". Each entry here is general wording of that style, kept in
one module so that the item modules stay as they are; `detectors/__init__.py` merges them into
the rules before any pattern is compiled.
"""

from __future__ import annotations

import re

from vendorpact.core.contracts.detectors.common import AMOUNT, CLIENT, DURATION
from vendorpact.core.contracts.structure import Structure

# the client as these documents address it: "you", "the Client", "the Customer's manager"
THE_CLIENT = r"(?:\byou|the " + CLIENT + r"|" + CLIENT + r")(?:'s (?:\w+ ){0,2}?)?"
# someone who takes a role: "our project lead will be <name>", "the service manager is <name>"
ROLE_HOLDER = (
    r"(?:project (?:lead|leader|manager)|service manager|account manager|delivery manager|"
    r"point of contact|product owner)"
)
NOT_A_NAME = r"(?!(?:a|an|the|our|your|its|responsible|available|appointed|in|on|to|able)\b)"

EXTRA_CUES: dict[str, tuple[tuple[str, float], ...]] = {
    "budget.project_cost": (
        # the total row of a price table: "| Total | EUR 82.300 |"
        (r"\| total(?: price| amount)? \| (?:eur|€) ?\d", 1.0),
    ),
    "budget.extra_costs": (
        # "extra requests are estimated first and only carried out after your approval"
        (
            r"(?:extra|additional|further|new) (?:requests?|wishes|features)\b[^.\n]{0,80}"
            r"(?:estimat|quot|approv|charg|invoic|rate)",
            1.0,
        ),
        # "shall not exceed the maximum budget of a purchase order without ... approval"
        (
            r"exceed (?:the |a |its )?(?:maximum |agreed |estimated |approved )?(?:budget|"
            r"estimate)",
            1.0,
        ),
    ),
    "timing.client_obligations": (
        # "you will provide access to ...", "you will appoint a product owner ..."
        (
            r"\byou (?:will|shall|must|agree to|undertake to|are responsible for) (?:\w+ )?"
            r"(?:provide|supply|deliver|make available|appoint|ensure|arrange|approve|test)",
            1.0,
        ),
        # "the Client's manager approves the timesheets within five working days"
        (
            CLIENT + r"(?:'s \w+(?: \w+)?)? (?:approves|reviews|validates|signs) (?:the )?"
            r"(?:timesheets?|time sheets?|deliverables?|designs?|specifications?)",
            1.0,
        ),
    ),
    "rollout.acceptance": (
        # "you will have ten working days to test ...", "is accepted when no blocking findings"
        (
            r"\b(?:is|are|will be) (?:deemed |considered )?accepted (?:when|once|if|after|as soon "
            r"as)",
            1.0,
        ),
        (THE_CLIENT + r" (?:will )?ha(?:s|ve) " + DURATION + r" to (?:test|review|check)", 1.0),
    ),
    "rollout.data_migration": (
        # "the import of the employee list from a CSV file supplied by the Customer"
        (
            r"\bimport of (?:the |your |its |existing |historic(?:al)? )?(?:\w+ ){0,2}(?:data|list|"
            r"records|users|employees|customers|products|articles)\b",
            1.0,
        ),
    ),
    "agreement.general_terms": (
        # "the <supplier> Terms of Service apply to everything not settled here"
        (r"terms of (?:service|use|business)\b[^.\n]{0,80}\b(?:apply|applies|prevails?)\b", 1.0),
    ),
    "exit.data_return": (
        # "at the end of the subscription you can export all ... in CSV and Excel format"
        (
            r"(?:end|expiry|termination) of the (?:subscription|agreement|contract|term|"
            r"service)\b[^.\n]{0,60}\bexport|\bexport\b[^.\n]{0,80}\bin (?:csv|xml|json|"
            r"excel|xlsx|sql)\b",
            1.0,
        ),
    ),
    "maintenance.updates": (
        # "new features and fixes are released every two weeks at no extra cost"
        (
            r"(?:new features|new versions|features|fixes|versions|releases)"
            r"(?: and (?:bug )?fixes)? (?:are|will be) (?:released|made available|deployed|"
            r"rolled out)",
            1.0,
        ),
    ),
    "maintenance.service_credits": (
        # "if the supplier misses the target ..., the client receives a discount of 10% on ..."
        (
            r"(?:miss(?:es)?|does not meet|fails to meet|not (?:been )?met|below)\b[^.\n]{0,120}"
            r"\b(?:discount|reduction|rebate) of \d",
            1.0,
        ),
    ),
    "maintenance.customer_knowledge": (
        # a configuration database or run book of the client's environment
        (
            r"configuration management database|\bcmdb\b|\brun ?book|documents? the (?:client|"
            r"customer)'s (?:environment|infrastructure|configuration|installation)",
            1.0,
        ),
    ),
    "reporting.governance": (
        # "every quarter ... hold a service review", "issues ... are escalated to"
        (r"(?:service|quarterly|monthly|account) reviews?\b|\bescalated to\b", 1.0),
    ),
    "legal.confidentiality": (
        # "keep all information about the Client's business confidential"
        (
            r"\bkeeps? (?:all |any )?(?:information|data)\b[^.\n]{0,60}\b(?:confidential|secret)\b",
            1.0,
        ),
    ),
    "legal.dispute_resolution": (
        # "the parties will first try to settle any dispute in a meeting between their directors"
        (r"first (?:try|attempt|seek) to (?:settle|resolve)", 1.0),
    ),
    "team.replacement": (
        # "shall not replace a consultant ... without the Client's consent"
        (
            r"\breplace (?:a|an|the|any) (?:consultant|developer|engineer|team member|key person|"
            r"project (?:lead|leader|manager))\b|\breplacement of (?:equal|equivalent|similar) ",
            1.0,
        ),
    ),
    "team.knowledge_transfer": (
        # "the consultant documents the work done and hands it over to the Client's team"
        (r"\bhands? (?:it |them |this |everything )?over to\b", 1.0),
    ),
}

# wording that makes a present sentence concrete (covered), added to the rule's own pattern
EXTRA_CONCRETE: dict[str, str] = {
    "budget.extra_costs": (
        r"(?:your|(?:client|customer)'s) written (?:approval|consent|order)|"
        r"after (?:the )?(?:client|customer|you) (?:has|have) (?:approved|accepted|signed)"
    ),
    "team.named_team": ROLE_HOLDER
    + r"[^.]{0,20}(?:will be|is|shall be) "
    + NOT_A_NAME
    + r"\w+ \w+",
    "team.seniority": r"\b(?:senior|junior|medior) (?:developers?|engineers?|consultants?)",
    "maintenance.customer_knowledge": r"\b(?:keeps?|maintains?) (?:a|an|the)\b|\bdocuments the\b",
    "team.knowledge_transfer": r"\bhands? (?:it |them |this |everything )?over to\b",
    "legal.liability": r"limited to the (?:amount|price|value|fees)\b",
    "legal.confidentiality": r"\bkeeps?\b",
    "maintenance.updates": r"at no (?:extra|additional) (?:cost|charge)|free of charge|"
    r"every (?:\w+ )?(?:weeks?|months?)|patch management",
}

# wording in which a cue has another sense: a sentence matching it does not count
EXTRA_EXCLUDE: dict[str, str] = {
    # an inventory of devices and licences is not a licence on what is delivered
    # the client accepting an offer or an order is no acceptance of what is delivered
    "rollout.acceptance": r"(?:offer|proposal|quote|quotation|order|terms|invoice)s? (?:is|are|"
    r"will be) (?:deemed |considered )?accepted",
    "legal.ip": r"configuration management database|\bcmdb\b|(?:devices|hardware|laptops|"
    r"workstations)[^.\n]{0,40}\blicen[cs]es\b",
}


# risk rules (risks.py): "renewed tacitly" is tacit renewal; an approved quote caps the cost
EXTRA_RISK_CUES: dict[str, tuple[tuple[str, float], ...]] = {
    "risk.auto_renewal": ((r"\brenewed tacitly|\btacitly (?:be )?renewed|\btacit renewal", 1.0),),
}
EXTRA_RISK_EXCLUDE: dict[str, str] = {
    "risk.open_ended_cost": r"after (?:the )?(?:client|customer|you) (?:has|have) (?:approved|"
    r"accepted|signed)|approved (?:a |the )?(?:written )?(?:quote|estimate)",
}


# the header row of a price table whose prices recur: "| Plan | Users | Price per month |"
RECURRING_HEADER = re.compile(
    r"^\|.*(?:(?:price|fee|cost|amount|charge)s? (?:per|/) ?(?:month|year|quarter)|\bmonthly\b|"
    r"\bannual\b|\byearly\b|\bper (?:month|year)\b)"
)
PRICED_ROW = re.compile(r"^\|.*" + AMOUNT)


def recurring_price_rows(_item_id: str, structure: Structure) -> dict[int, list[float]]:
    """The priced rows under a header row that names a recurring period (a subscription table
    with a column "Price per month"): each row states a recurring fee."""
    weights: dict[int, list[float]] = {}
    in_table = False
    for index in range(len(structure.sentences)):
        text = structure.lowered(index)
        if not text.startswith("|"):
            in_table = False
        elif RECURRING_HEADER.search(text) and not PRICED_ROW.search(text):
            in_table = True
        elif in_table and PRICED_ROW.search(text):
            weights[index] = [1.0]
    return weights


def _either(first: str, second: str) -> str:
    return f"(?:{first})|(?:{second})" if first else second


def add_english_wording(rules: dict) -> None:
    """Merge the cues, concrete wording and exclusions above into the item rules (before their
    patterns are compiled: the rules cache them on first use)."""
    for item_id, cues in EXTRA_CUES.items():
        rules[item_id].cues = rules[item_id].cues + cues
    for item_id, pattern in EXTRA_CONCRETE.items():
        if rules[item_id].concrete:  # an empty pattern already makes every sentence concrete
            rules[item_id].concrete = _either(rules[item_id].concrete, pattern)
    for item_id, pattern in EXTRA_EXCLUDE.items():
        rules[item_id].exclude = _either(rules[item_id].exclude, pattern)
    recurring = rules["budget.recurring_cost"]
    recurring.sources = (*recurring.sources, recurring_price_rows)


def add_english_risk_wording(rules: list) -> None:
    """The same for the risk rules (risks.py), given as a list."""
    for rule in rules:
        rule.cues = rule.cues + EXTRA_RISK_CUES.get(rule.id, ())
        if rule.id in EXTRA_RISK_EXCLUDE:
            rule.exclude = _either(rule.exclude, EXTRA_RISK_EXCLUDE[rule.id])
