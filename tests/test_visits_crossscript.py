"""Visit keys of names across scripts: Chinese names, glued roles, initials, case endings, commentators elsewhere."""

from __future__ import annotations

from digest import pipeline, visits
from digest.config import Config
from digest.model import VisitSignals
from digest.speakers import bridge_skeleton


def _signals(text: str) -> VisitSignals:
    sig = pipeline.analyse(text, pipeline.Settings(Config().summary, Config().limits)).signals
    assert sig is not None
    return sig


def test_a_chinese_name_is_its_own_key_in_either_character_set() -> None:
    assert visits.skeletons(["王志刚"]) == ["王志刚"]
    # Traditional characters key as the Simplified ones: one person in Hong Kong and Beijing papers.
    assert visits.skeletons(["鄭志剛"]) == visits.skeletons(["郑志刚"]) != [""]
    # A word of no name's shape keys nothing.
    assert visits.skeletons(["会谈"]) == [""]


CHINESE = (
    "王志刚会见新西兰外长\n\n"
    "新华社北京5月12日电 5月12日，国务委员王志刚在北京会见新西兰外长彼得斯。\n\n"
    "王志刚表示，中方愿同新方加强合作。“双方贸易额去年超过400亿美元，”王志刚说。\n\n"
    "王志刚还介绍了中方的立场。\n\n"
    "外交部发言人赵立新在例行记者会上表示：“中方欢迎新方外长来访。”\n\n"
    "研究员钱晓梅认为，两国合作前景广阔。“农产品贸易仍有很大空间，”她说。\n"
)


def test_a_chinese_article_counts_its_principal_and_leaves_out_the_spokesman_and_the_expert() -> None:
    people = dict(_signals(CHINESE).people)
    assert people.get("王志刚", 0) >= 4
    # A spokesperson and a researcher the text introduces by a role glued to the name take no part in the visit.
    assert "赵立新" not in people and "钱晓梅" not in people


def test_an_instrumental_ending_leaves_the_cross_script_key_of_the_name() -> None:
    keys = visits._uninflected_bridges("Ван Чжиганом", "Чжиганом")
    assert bridge_skeleton("王志刚") in keys
    assert visits._uninflected_bridges("Ван Чжиган", "Чжиган") == ()


def test_a_commentator_placed_in_another_city_by_his_apposition_is_no_participant() -> None:
    text = (
        "Kenyan minister visits Tokyo\n\n"
        "TOKYO, May 12 - Kenyan Foreign Minister Musalia Mudavadi met Japanese Foreign Minister Takeshi Iwaya "
        "in Tokyo on Tuesday.\n\n"
        '"We agreed to expand trade," Mudavadi said. Iwaya said Japan would help. "Kenya is a key partner," Iwaya said.\n\n'
        "British Deputy Prime Minister David Lammy, commenting on the talks in London, welcomed the deal. "
        '"This is good news for the region," Lammy said.\n'
    )
    people = dict(_signals(text).people)
    assert visits.skeleton("Mudavadi") in people
    assert visits.skeleton("Lammy") not in people


def test_a_one_word_name_after_a_glued_initial_is_a_person() -> None:
    text = "Ерөнхий сайд Г.Баттулга Бээжинд айлчилж байна. Эдийн засагч Д.Болд ярив."
    assert visits._initial_at(text, "Баттулга") == text.index("Г.Баттулга")
    words = visits._initialled_words([text, "Visit of A.Abu-Bakr to U.S.Steel"])
    assert visits._initialled(["Баттулга"], words)
    assert not visits._initialled(["Бээжинд"], words)
    # A name whose next character is no word character ("A.Abu-Bakr"), never a word after a second initial ("S."
    # of "U.S."), nor part of a word ("Баттулгаа").
    assert visits._initialled(["Abu-Bakr"], words) and visits._initialled(["Abu"], words)
    assert not visits._initialled(["Steel"], words) and not visits._initialled(["Баттулгаа"], words)


def test_a_japanese_city_before_its_district_takes_the_particle_after_the_district() -> None:
    from digest import places

    text = "外相は10日、東京・永田町で会談した。翌日は大阪を視察する。"
    found = {f.place.name: f.locative for f in places.find(text, [(0, len(text))], "ja")}
    assert found.get("Tokyo") is True
    # A city with no particle after it, nor after a district, stays a bare mention.
    bare = "東京・永田町の会議"
    assert [f.locative for f in places.find(bare, [(0, len(bare))], "ja")] == [False]
