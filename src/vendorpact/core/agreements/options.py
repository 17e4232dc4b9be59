"""Options where the market has real alternatives, each choice explained in one sentence for a
non-lawyer (nl, en, fr). The first choice of each option is the default."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Choice:
    value: str
    labels: dict[str, str]
    effects: dict[str, str]


@dataclass(frozen=True)
class Option:
    id: str
    labels: dict[str, str]
    choices: tuple[Choice, ...]

    @property
    def default(self) -> str:
        return self.choices[0].value

    def values(self) -> tuple[str, ...]:
        return tuple(choice.value for choice in self.choices)


OPTIONS: tuple[Option, ...] = (
    Option(
        "obligation",
        {"en": "Type of commitment", "nl": "Soort verbintenis", "fr": "Type d'engagement"},
        (
            Choice(
                "result",
                {
                    "en": "Obligation of result",
                    "nl": "Resultaatsverbintenis",
                    "fr": "Obligation de résultat",
                },
                {
                    "en": "The supplier must deliver what was promised; if it does not, it is in "
                    "breach without you having to prove it did something wrong.",
                    "nl": "De leverancier moet leveren wat beloofd is; lukt dat niet, dan is hij "
                    "in gebreke zonder dat u een fout moet bewijzen.",
                    "fr": "Le fournisseur doit livrer ce qui est promis ; s'il n'y parvient pas, "
                    "il est en défaut sans que vous deviez prouver une faute.",
                },
            ),
            Choice(
                "best_efforts",
                {
                    "en": "Best efforts",
                    "nl": "Inspanningsverbintenis",
                    "fr": "Obligation de moyens",
                },
                {
                    "en": "The supplier only has to try hard; when a target is missed you must "
                    "prove it did not work carefully, which is hard in practice.",
                    "nl": "De leverancier moet enkel zijn best doen; wordt een doel gemist, dan "
                    "moet u bewijzen dat hij niet zorgvuldig werkte, wat in de praktijk moeilijk "
                    "is.",
                    "fr": "Le fournisseur doit seulement faire de son mieux ; si un objectif est "
                    "manqué, vous devez prouver qu'il n'a pas travaillé avec soin, ce qui est "
                    "difficile en pratique.",
                },
            ),
        ),
    ),
    Option(
        "liability_cap",
        {
            "en": "Liability cap",
            "nl": "Plafond van aansprakelijkheid",
            "fr": "Plafond de responsabilité",
        },
        (
            Choice(
                "1x",
                {
                    "en": "Once the annual fees",
                    "nl": "Eén keer de jaarvergoeding",
                    "fr": "Une fois la redevance annuelle",
                },
                {
                    "en": "Damage above one year of fees (or the project price) stays with you; "
                    "usual in the market and easier to get accepted.",
                    "nl": "Schade boven één jaar vergoedingen (of de projectprijs) blijft voor "
                    "uw rekening; gangbaar in de markt en makkelijker aanvaard.",
                    "fr": "Le dommage au-delà d'une année de redevances (ou du prix du projet) "
                    "reste à votre charge ; courant sur le marché et plus facile à faire "
                    "accepter.",
                },
            ),
            Choice(
                "2x",
                {
                    "en": "Twice the annual fees",
                    "nl": "Twee keer de jaarvergoeding",
                    "fr": "Deux fois la redevance annuelle",
                },
                {
                    "en": "The supplier answers for damage up to two years of fees (or twice the "
                    "project price), which protects you better for critical systems.",
                    "nl": "De leverancier staat in voor schade tot twee jaar vergoedingen (of "
                    "twee keer de projectprijs), wat u beter beschermt bij kritieke systemen.",
                    "fr": "Le fournisseur répond des dommages jusqu'à deux années de redevances "
                    "(ou deux fois le prix du projet), ce qui vous protège mieux pour les "
                    "systèmes critiques.",
                },
            ),
        ),
    ),
    Option(
        "acceptance_days",
        {"en": "Acceptance period", "nl": "Aanvaardingstermijn", "fr": "Délai de réception"},
        tuple(
            Choice(
                days,
                {"en": f"{days} days", "nl": f"{days} dagen", "fr": f"{days} jours"},
                effects,
            )
            for days, effects in (
                (
                    "15",
                    {
                        "en": "Fifteen days to test each delivery: enough for most SME projects.",
                        "nl": "Vijftien dagen om elke oplevering te testen: genoeg voor de "
                        "meeste kmo-projecten.",
                        "fr": "Quinze jours pour tester chaque livraison : suffisant pour la "
                        "plupart des projets de PME.",
                    },
                ),
                (
                    "10",
                    {
                        "en": "Ten days to test each delivery: faster payment for the supplier, "
                        "but little time for you to find problems.",
                        "nl": "Tien dagen om elke oplevering te testen: sneller betaald voor de "
                        "leverancier, maar weinig tijd voor u om problemen te vinden.",
                        "fr": "Dix jours pour tester chaque livraison : paiement plus rapide "
                        "pour le fournisseur, mais peu de temps pour trouver les problèmes.",
                    },
                ),
                (
                    "30",
                    {
                        "en": "Thirty days to test each delivery: safer for complex systems, "
                        "but the supplier waits longer for its payment.",
                        "nl": "Dertig dagen om elke oplevering te testen: veiliger voor complexe "
                        "systemen, maar de leverancier wacht langer op zijn betaling.",
                        "fr": "Trente jours pour tester chaque livraison : plus sûr pour les "
                        "systèmes complexes, mais le fournisseur attend plus longtemps son "
                        "paiement.",
                    },
                ),
            )
        ),
    ),
    Option(
        "escrow",
        {"en": "Source code escrow", "nl": "Broncodedepot", "fr": "Dépôt du code source"},
        (
            Choice(
                "yes",
                {
                    "en": "Escrow with an agent",
                    "nl": "Depot bij een derde",
                    "fr": "Dépôt chez un tiers",
                },
                {
                    "en": "An independent agent keeps the source code and releases it to you if "
                    "the supplier stops; it costs a yearly fee.",
                    "nl": "Een onafhankelijke derde bewaart de broncode en geeft ze u als de "
                    "leverancier stopt; dat kost een jaarlijkse vergoeding.",
                    "fr": "Un tiers indépendant conserve le code source et vous le remet si le "
                    "fournisseur cesse ses activités ; cela coûte une redevance annuelle.",
                },
            ),
            Choice(
                "no",
                {
                    "en": "Source code copy to the client",
                    "nl": "Kopie broncode aan de klant",
                    "fr": "Copie du code source au client",
                },
                {
                    "en": "No agent: the supplier hands you the source code with each delivery, "
                    "which is cheaper but you must store it yourself.",
                    "nl": "Geen derde: de leverancier geeft u de broncode bij elke oplevering, "
                    "wat goedkoper is maar u moet ze zelf bewaren.",
                    "fr": "Pas de tiers : le fournisseur vous remet le code source à chaque "
                    "livraison, c'est moins cher mais vous devez le conserver vous-même.",
                },
            ),
        ),
    ),
    Option(
        "ip",
        {
            "en": "Intellectual property",
            "nl": "Intellectuele eigendom",
            "fr": "Propriété intellectuelle",
        },
        (
            Choice(
                "client",
                {
                    "en": "Client owns the deliverables",
                    "nl": "Klant wordt eigenaar",
                    "fr": "Le client devient propriétaire",
                },
                {
                    "en": "You own what is made for you and can have another supplier change it "
                    "later.",
                    "nl": "U wordt eigenaar van wat voor u gemaakt wordt en kan het later door "
                    "een andere leverancier laten aanpassen.",
                    "fr": "Vous devenez propriétaire de ce qui est réalisé pour vous et pouvez "
                    "le faire modifier plus tard par un autre fournisseur.",
                },
            ),
            Choice(
                "licence",
                {
                    "en": "Perpetual licence",
                    "nl": "Eeuwigdurende licentie",
                    "fr": "Licence perpétuelle",
                },
                {
                    "en": "The supplier keeps ownership and you get a permanent right to use and "
                    "adapt the deliverables; often cheaper when the supplier reuses its own "
                    "components.",
                    "nl": "De leverancier blijft eigenaar en u krijgt een blijvend recht om het "
                    "geleverde te gebruiken en aan te passen; vaak goedkoper als de leverancier "
                    "eigen bouwstenen hergebruikt.",
                    "fr": "Le fournisseur reste propriétaire et vous obtenez un droit permanent "
                    "d'utiliser et d'adapter les livrables ; souvent moins cher quand le "
                    "fournisseur réutilise ses propres composants.",
                },
            ),
        ),
    ),
)
OPTIONS_BY_ID: dict[str, Option] = {option.id: option for option in OPTIONS}


def chosen(options: dict[str, str], option_id: str) -> str:
    """The chosen value of an option, or its default."""
    return options.get(option_id) or OPTIONS_BY_ID[option_id].default
