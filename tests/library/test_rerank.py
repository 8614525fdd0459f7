from library.rerank import Candidate, DesignWants, colour_fit, layout_fit, rank
from library.wants import read_wants


def candidate(**kw) -> Candidate:
    base = dict(similarity=0.5, niches=["tech"], layout="face_right", energy=8,
                palette=["#101020", "#ffd400", "#ffffff"])
    return Candidate(**{**base, **kw})


def test_no_wishes_means_the_vector_score_alone():
    ranked = rank(candidate(), DesignWants())
    assert ranked.score == 0.5 and ranked.fit is None


def test_a_matching_layout_beats_a_slightly_closer_meaning():
    wants = DesignWants(layout="face_right")
    fits = rank(candidate(similarity=0.45), wants)
    near_miss = rank(candidate(similarity=0.5, layout="versus"), wants)
    assert fits.score > near_miss.score
    assert "as asked" in fits.why


def test_related_layouts_score_partially():
    assert layout_fit("face_left", "face_right") == 0.6
    assert layout_fit("versus", "minimal") == 0.0


def test_colour_fit_is_high_for_near_twins_and_low_for_opposites():
    assert colour_fit(["#ffd000"], ["#ffd400"]) > 0.9
    assert colour_fit(["#0000ff"], ["#ffd400"]) < 0.2


def test_reasons_name_niche_energy_and_elements():
    ranked = rank(candidate(elements=["arrows"]),
                  DesignWants(niches=["tech"], energy=9, elements=["arrows"]))
    assert "tech niche" in ranked.why and "energy 8/10 fits" in ranked.why
    assert "has arrows" in ranked.why


def test_words_become_wishes():
    read = read_wants("finance video, shocked face, big red arrow")
    assert read.niches == ["finance"]
    assert read.wants.energy == 8 and "arrows" in read.wants.elements
    assert read.wants.colours == ["#e53935"] and read.faces == "some"
    assert read_wants("10 Python tricks, my face on the right").wants.layout == "face_right"
    assert read_wants("iPhone vs Android").wants.layout == "versus"
    assert read_wants("calm cozy vlog, no face").faces == "none"
