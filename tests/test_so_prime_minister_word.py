"""Somali: the prime minister's word after the elided-looking Ra'iisul, and the Horn of Africa as no person."""

from __future__ import annotations

from digest.speakers import People


def test_wasaare_is_the_prime_ministers_role_not_a_name() -> None:
    text = "Madaxweyne Ruto iyo Ra'iisul Wasaare Cali Maxamed Xuseen oo ku kulmay Nairobi."
    roles = People(text, [(0, len(text))], "so").roles()
    assert roles.get("Cali Maxamed Xuseen", "").lower() == "wasaare"
    assert not any(name.startswith("Wasaare") for name in roles)
    text = "Ra'iisul Wasaaraha Kenya Cali Maxamed Xuseen ayaa hoggaaminayay wafdiga."
    assert "Cali Maxamed Xuseen" in People(text, [(0, len(text))], "so").roles()


def test_geeska_afrika_is_no_person() -> None:
    text = "Madaxweyne Ruto ayaa sheegay in Geeska Afrika uu u baahan yahay nabad."
    assert "Geeska Afrika" not in People(text, [(0, len(text))], "so").people()
