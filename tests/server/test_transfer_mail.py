"""The transfer notices: what the sender and the receivers are told by e-mail, and what not."""

from __future__ import annotations

import inspect

import pytest

from desktop.core.language import check
from sync.server.mail import transfer_answered_notice, transfer_withdrawn_notice

from .test_mail import FNR_LIKE


@pytest.mark.parametrize("godtatt", [True, False])
def test_the_answer_names_the_unit_and_no_child(godtatt: bool) -> None:
    subject, body = transfer_answered_notice(mottaker_navn="Kari Nilsen", godtatt=godtatt, av_enhet="Øvingsvik skole")
    assert body.startswith("Hei, Kari Nilsen")
    assert "Øvingsvik skole har " + ("godtatt" if godtatt else "avvist") in body
    assert ("godtatt" if godtatt else "avvist") in subject
    assert ("fortsatt ansvaret" in body) is not godtatt  # a rejected sender still holds the log
    assert "taushetsplikten" in body and not FNR_LIKE.search(body)


def test_a_rejection_says_where_the_reason_is_not_what_it_is() -> None:
    _, body = transfer_answered_notice(mottaker_navn="Kari", godtatt=False, av_enhet="Øvingsvik skole")
    assert "Grunnen står i Stafettlogg." in body


def test_the_withdrawal_tells_the_receiver_nothing_is_needed() -> None:
    subject, body = transfer_withdrawn_notice(mottaker_navn="Hilde Sandvik", fra_enhet="Solsikken barnehage")
    assert subject == "En overføring av en stafettlogg er trukket tilbake"
    assert "Solsikken barnehage har trukket tilbake" in body and "Du trenger ikke å gjøre noe." in body


@pytest.mark.parametrize("notice", [transfer_answered_notice, transfer_withdrawn_notice])
def test_the_notices_cannot_carry_a_child_or_a_reason(notice: object) -> None:
    parameters = set(inspect.signature(notice).parameters)  # type: ignore[arg-type]
    assert not parameters & {"barn", "barn_fornavn", "grunn", "svar_grunn", "logg", "tekst"}


@pytest.mark.parametrize(
    ("notice", "kwargs"),
    [
        (transfer_answered_notice, {"mottaker_navn": "Kari", "godtatt": True, "av_enhet": "Øvingsvik skole"}),
        (transfer_answered_notice, {"mottaker_navn": "Kari", "godtatt": False, "av_enhet": "Øvingsvik skole"}),
        (transfer_withdrawn_notice, {"mottaker_navn": "Hilde", "fra_enhet": "Solsikken barnehage"}),
    ],
)
def test_the_notices_are_plain_language(notice: object, kwargs: dict[str, object]) -> None:
    subject, body = notice(**kwargs)  # type: ignore[operator]
    assert check(subject) == []
    assert check(body) == []
