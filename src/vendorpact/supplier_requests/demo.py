"""Demo data for the bakery: the context sheet and two requests to the supplier.

`load(org, user, engagements_by_title)` is idempotent: it adds only what is not there yet.
"""

from __future__ import annotations

from django.db import transaction

from vendorpact.supplier_requests import services
from vendorpact.supplier_requests.models import ContextSheet, ContextSystem, SupplierRequest

WEBSHOP = "Nieuwe webshop met online bestellingen"
MSP = "Beheer en support IT-infrastructuur"

SHEET = {
    "who_we_are": (
        "Bakkerij Verhaegen BV is een familiebakkerij met 6 filialen in Oost-Vlaanderen en 48 "
        "medewerkers. We bakken 's nachts in het centrale atelier in Gent en leveren om 6u aan "
        "de filialen. Sinds 2026 verkopen we ook online met afhaling in het filiaal."
    ),
    "key_processes": (
        "- Nachtproductie (22u-5u): bestellingen van de filialen en de webshop moeten om 21u "
        "binnen zijn.\n- Kassa in de filialen (7u-18u30), ook op zaterdag en zondagvoormiddag.\n"
        "- Click & collect: klant bestelt online en haalt af in het gekozen filiaal.\n"
        "- Boekhouding en lonen: maandafsluiting de eerste werkdag van de maand."
    ),
    "contacts": (
        "Lotte Verhaegen, zaakvoerder: lotte@verhaegen.example, +32 9 555 12 12\n"
        "Koen De Wilde, verantwoordelijke filialen en kassa's: +32 476 12 34 56\n"
        "Boekhouding: Els Martens, els@verhaegen.example"
    ),
    "hours": (
        "Filialen: maandag-zaterdag 7u-18u30, zondag 7u-12u30.\n"
        "Bereikbaar voor IT-vragen: werkdagen 7u-15u (Lotte), in het weekend enkel bij "
        "kassastoring (Koen)."
    ),
}
SYSTEMS = [
    ("Webshop (WooCommerce)", "8.9", "Pixelwerf BV", "Click & collect per filiaal"),
    ("Odoo ERP", "17.0", "Integra ERP Consultancy BV", "Voorraad en bestellingen atelier"),
    ("CloudBooks boekhouding en kassa", "SaaS", "CloudBooks BV", "6 kassa's, 1 per filiaal"),
    ("Microsoft 365 Business Standard", "", "NetCare Solutions NV", "35 gebruikers"),
    ("Firewall FortiGate 60F", "FortiOS 7.4", "NetCare Solutions NV", "Per filiaal + atelier"),
]

WELL_BRIEFED = {
    "kind": "incident",
    "subject": "Betaling met Bancontact mislukt bij afhalen in filiaal Gent",
    "what_happened": (
        "Sinds maandagochtend krijgen klanten die 'afhalen in filiaal Gent' kiezen na het "
        "betalen met Bancontact de melding 'Betaling geweigerd'. Andere filialen werken wel."
    ),
    "system": "Webshop (WooCommerce 8.9)",
    "environment": "productie",
    "url": "https://shop.verhaegen.example/afrekenen",
    "since_when": "maandag 24/11 rond 8u, na de update van de betaalmodule",
    "frequency": "always",
    "business_impact": "Gemiddeld 35 bestellingen per dag voor Gent gaan verloren.",
    "impact": "major",
    "urgency": "today",
    "steps_to_reproduce": (
        "1. Zet een product in het mandje\n2. Kies 'Afhalen in filiaal Gent'\n"
        "3. Betaal met Bancontact (testkaart of echte kaart)"
    ),
    "expected_result": "Bestelling bevestigd en mail naar de klant",
    "actual_result": "'Betaling geweigerd', geen bestelling, soms wel een reservering op de kaart",
    "already_tried": "Andere browser, andere kaart, cache van de webshop gewist",
    "contact_person": "Lotte Verhaegen",
    "contact_details": "+32 9 555 12 12",
    "contact_availability": "werkdagen 7u-15u",
    "attachments": "screenshot-betaling-geweigerd.png\nbestellingen-gent-week48.csv",
    "language": "nl",
}
POORLY_BRIEFED = {
    "kind": "incident",
    "subject": "Printer",
    "what_happened": "De printer doet het weer niet.",
    "language": "nl",
}


@transaction.atomic
def load(org, user, engagements_by_title: dict) -> None:
    _context_sheet(org, user)
    webshop, msp = engagements_by_title.get(WEBSHOP), engagements_by_title.get(MSP)
    if webshop is not None:
        _request(org, user, webshop, WELL_BRIEFED)
    if msp is not None:
        _request(org, user, msp, POORLY_BRIEFED)


def _context_sheet(org, user) -> None:
    if not ContextSheet.objects.filter(organisation=org).exists():
        services.save_context_sheet(org=org, actor=user, data=SHEET)
    for name, version, supported_by, notes in SYSTEMS:
        if not ContextSystem.objects.filter(organisation=org, name=name).exists():
            services.add_system(
                org=org,
                actor=user,
                data={
                    "name": name,
                    "version": version,
                    "supported_by": supported_by,
                    "notes": notes,
                },
            )


def _request(org, user, engagement, data) -> None:
    if not SupplierRequest.objects.filter(engagement=engagement, subject=data["subject"]).exists():
        services.create_request(org=org, actor=user, engagement=engagement, data=data)
