from vendorpact.core.search_text import analysis_text, fold, normalise_query, snippet


def test_fold_lowercases_and_drops_accents():
    assert fold("Élodie Ça Noël") == "elodie ca noel"


def test_fold_spells_out_ligatures_and_sharp_s():
    assert fold("Œuvre Straße") == "oeuvre strasse"


def test_query_white_space_is_collapsed():
    assert normalise_query("  Café \t  Noël ") == "cafe noel"


def test_snippet_keeps_the_original_accents_around_the_match():
    text = "Het contract met Café Noël loopt af."
    assert snippet(text, "cafe noel", width=4) == "…met Café Noël loo…"


def test_snippet_after_a_ligature_points_at_the_right_letters():
    # "œ" folds into two letters: the match after it must still start at "Gent".
    assert snippet("Œuvre Gent", "gent", width=0) == "…Gent"


def test_snippet_is_empty_without_a_match():
    assert snippet("Webshop", "boekhouding") == ""


def test_analysis_text_lists_title_and_evidence_once_without_questions():
    result = {
        "title": "Onderhoudsovereenkomst",
        "items": [
            {"id": "a", "evidence": [{"text": "Reactietijd 4 uur."}]},
            {"id": "b", "evidence": [{"text": "Reactietijd 4 uur."}]},
        ],
        "risks": [{"id": "r", "evidence": [{"text": "Stilzwijgende verlenging."}]}],
        "questions": [{"id": "c", "reason": "missing", "text": "Wie bezit de code?"}],
    }
    assert analysis_text(result) == (
        "Onderhoudsovereenkomst\nReactietijd 4 uur.\nStilzwijgende verlenging."
    )
