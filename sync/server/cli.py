"""``stafettlogg-server``: run the municipal server and do the kommuneadministrator's work.

    stafettlogg-server serve [--database URL] [--host H] [--port P] [--kurs]
    stafettlogg-server admin create-kommune --navn N --nummer 1234 --fornavn F --etternavn E \
        --fodselsnummer 11 --brukernavn U --passord P
    stafettlogg-server admin add-enhet --tjeneste T --navn N
    stafettlogg-server admin add-leder --enhet N --fornavn F --etternavn E --fodselsnummer 11 \
        [--epost E] --brukernavn U --passord P
    stafettlogg-server admin set-password --fodselsnummer 11 --brukernavn U --passord P
    stafettlogg-server admin devices
    stafettlogg-server admin revoke-device DEVICE_ID

The database is SQLite in the data folder unless ``--database`` (or STAFETTLOGG_SERVER_DB)
names another, e.g. ``postgresql+psycopg://user@host/stafettlogg``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import threading
import uuid
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.context import OSLO, Context
from desktop.core.entities import Ansatt, Enhet, Kommune, PersonKind, Tjeneste
from desktop.core.errors import DomainError
from desktop.core.training import build_training_municipality
from desktop.core.usecases import organisation
from sync.protocol import OidcSettings
from sync.server import auth
from sync.server.app import Settings, create_app, create_schema, make_engine
from sync.server.apply import lock
from sync.server.mail import SmtpSettings, send_pending
from sync.server.notify import after_change, evaluations_due
from sync.server.oidc import JwksCache, person_claim
from sync.server.tables import Device

TRAINING_PASSWORD = "kurs"


def default_url() -> str:
    url = os.environ.get("STAFETTLOGG_SERVER_DB")
    if url:
        return url
    home = Path(os.environ.get("STAFETTLOGG_HOME") or Path.home() / ".local/share/stafettlogg")
    folder = home / "server"
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'stafettlogg-server.db'}"


def seed_training(factory: sessionmaker[Session], now: dt.datetime | None = None) -> list[tuple[str, str, str]]:
    """Øvingsvik kommune with a password for each of its employees; (user name, name, role)."""
    with factory() as session, session.begin():
        lock(session)
        if session.scalar(select(func.count()).select_from(Kommune)):
            return []
        result = build_training_municipality(session, device="kursserver", now=now)
        users = []
        for person in result.people:
            if person.ref.kind is PersonKind.ANSATT:
                auth.set_password(session, person.ref.id, person.key, TRAINING_PASSWORD)
                users.append((person.key, person.navn, person.rolle))
        session.info.pop("context", None)
        return users


def admin_context(session: Session) -> Context:
    """The administrator acting in ``session``, holding the server's write lock like a push does.

    Without the lock an administrator's rows could commit after a PC's pull cursor has passed
    their place in the change log (PostgreSQL), and never reach that PC.
    """
    lock(session)
    admin = session.scalar(select(Ansatt).where(Ansatt.er_kommuneadmin, Ansatt.fjernet_at.is_(None)).limit(1))
    if admin is None:
        raise SystemExit("Ingen kommuneadministrator finnes. Kjør først: stafettlogg-server admin create-kommune")
    return Context(session, admin, device="kommuneserver")


def _ansatt(session: Session, fodselsnummer: str) -> Ansatt:
    ansatt = session.scalar(select(Ansatt).where(Ansatt.fodselsnummer == fodselsnummer))
    if ansatt is None:
        raise SystemExit("Ingen ansatt med det fødselsnummeret.")
    return ansatt


def _admin(args: argparse.Namespace, factory: sessionmaker[Session]) -> str:
    now = dt.datetime.now(dt.UTC)
    with factory() as session, session.begin():
        lock(session)
        if args.what == "create-kommune":
            _, admin = organisation.bootstrap_kommune(
                session,
                navn=args.navn,
                nummer=args.nummer,
                admin_fornavn=args.fornavn,
                admin_etternavn=args.etternavn,
                admin_fodselsnummer=args.fodselsnummer,
                device="kommuneserver",
            )
            auth.set_password(session, admin.id, args.brukernavn, args.passord)
            return f"Kommunen {args.navn} er opprettet med {admin.navn} som kommuneadministrator."
        if args.what == "add-enhet":
            ctx = admin_context(session)
            tjeneste = session.scalar(select(Tjeneste).where(Tjeneste.navn == args.tjeneste))
            tjeneste = tjeneste or organisation.create_tjeneste(ctx, args.tjeneste)
            enhet = organisation.create_enhet(ctx, args.navn, tjeneste.id)
            return f"Enheten {enhet.navn} er opprettet ({enhet.id})."
        if args.what == "add-leder":
            ctx = admin_context(session)
            unit = session.scalar(select(Enhet).where(Enhet.navn == args.enhet))
            if unit is None:
                raise SystemExit(f"Ingen enhet heter «{args.enhet}».")
            leder = organisation.add_ansatt(
                ctx,
                enhet_id=unit.id,
                fornavn=args.fornavn,
                etternavn=args.etternavn,
                fodselsnummer_=args.fodselsnummer,
                epost=args.epost,
                stilling="Leder",
                er_leder=True,
                er_stafettholder=True,
                er_aktor=True,
            )
            auth.set_password(session, leder.id, args.brukernavn, args.passord)
            return f"{leder.navn} er leder for {unit.navn}."
        if args.what == "set-password":
            auth.set_password(session, _ansatt(session, args.fodselsnummer).id, args.brukernavn, args.passord)
            return "Passordet er satt."
        if args.what == "devices":
            lines = []
            for device in session.scalars(select(Device).order_by(Device.created_at)):
                owner = session.get(Ansatt, device.ansatt_id)
                state = "sperret" if device.revoked_at else f"sist sett {device.last_seen:%Y-%m-%d %H:%M}"
                lines.append(f"{device.id}  {device.name:<24} {owner.navn if owner else '?':<28} {state}")
            return "\n".join(lines) or "Ingen PC-er er logget inn."
        if args.what == "revoke-device":
            if not auth.revoke_device(session, uuid.UUID(args.device_id), now):
                raise SystemExit("Ingen PC med den id-en.")
            return "PC-en er sperret; alle innlogginger fra den er avsluttet."
    raise SystemExit(f"Ukjent kommando {args.what}")


def _smtp(address: str, sender: str) -> SmtpSettings:
    host, _, port = address.rpartition(":")
    return SmtpSettings(host=host or address, port=int(port or 25), sender=sender)


def settings_for(args: argparse.Namespace) -> Settings:
    oidc = None
    verify = None
    if args.oidc_issuer:
        oidc = OidcSettings(args.oidc_issuer, args.oidc_client_id)
        keys = JwksCache(args.oidc_issuer)

        def verify(id_token: str, nonce: str) -> str:
            return person_claim(keys.verify(id_token, client_id=args.oidc_client_id, nonce=nonce))

    return Settings(password_login=not args.uten_passord, oidc=oidc, verify_id_token=verify, notify=after_change)


def _serve(args: argparse.Namespace, url: str, engine: Engine) -> int:
    import uvicorn

    if args.kurs:
        for username, navn, rolle in seed_training(sessionmaker(engine)):
            print(f"  {username:<10} {navn:<22} {rolle}", flush=True)
        print(f"Kursserver: passordet er «{TRAINING_PASSWORD}» for alle.", flush=True)
    stop = threading.Event()
    if args.smtp:
        settings = _smtp(args.smtp, args.avsender)
        factory = sessionmaker(engine)

        def mail_loop() -> None:
            while not stop.wait(30):
                send_pending(factory, settings, now=dt.datetime.now(dt.UTC))

        threading.Thread(target=mail_loop, name="e-post", daemon=True).start()
    app = create_app(url, settings_for(args), engine=engine)
    print(f"Stafettlogg kommuneserver på http://{args.host}:{args.port}", flush=True)
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    finally:
        stop.set()
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="stafettlogg-server", description="Stafettloggs kommuneserver.")
    top.add_argument("--database", default=None, help="SQLAlchemy-URL (standard: SQLite i datamappen)")
    sub = top.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="start serveren")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8750)
    serve.add_argument("--kurs", action="store_true", help="fyll en tom database med Øvingsvik kommune")
    serve.add_argument("--oidc-issuer", default=None, help="innlogging med OpenID Connect (f.eks. ID-porten)")
    serve.add_argument("--oidc-client-id", default="stafettlogg")
    serve.add_argument("--uten-passord", action="store_true", help="slå av innlogging med passord")
    serve.add_argument("--smtp", default=None, help="vert:port for utgående e-post (sendes hvert halve minutt)")
    serve.add_argument("--avsender", default="stafettlogg@kommune.invalid")
    mail = sub.add_parser("send-mail", help="send e-post som venter (for cron)")
    mail.add_argument("--smtp", required=True, help="vert:port")
    mail.add_argument("--avsender", default="stafettlogg@kommune.invalid")
    sub.add_parser("notify-due", help="legg varsler om evalueringer som nærmer seg i e-postkøen (for cron)")
    admin = sub.add_parser("admin", help="kommuneadministratorens kommandoer").add_subparsers(
        dest="what", required=True
    )
    k = admin.add_parser("create-kommune")
    for name in ("navn", "nummer", "fornavn", "etternavn", "fodselsnummer", "brukernavn", "passord"):
        k.add_argument(f"--{name}", required=True)
    e = admin.add_parser("add-enhet")
    e.add_argument("--tjeneste", required=True)
    e.add_argument("--navn", required=True)
    leder = admin.add_parser("add-leder")
    for name in ("enhet", "fornavn", "etternavn", "fodselsnummer", "brukernavn", "passord"):
        leder.add_argument(f"--{name}", required=True)
    leder.add_argument("--epost", default="")
    pw = admin.add_parser("set-password")
    for name in ("fodselsnummer", "brukernavn", "passord"):
        pw.add_argument(f"--{name}", required=True)
    admin.add_parser("devices")
    revoke = admin.add_parser("revoke-device")
    revoke.add_argument("device_id")
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    url = args.database or default_url()
    engine = make_engine(url)
    try:
        return _run(args, url, engine)
    finally:
        engine.dispose()


def _run(args: argparse.Namespace, url: str, engine: Engine) -> int:
    create_schema(engine)
    factory = sessionmaker(engine)
    if args.command == "serve":
        return _serve(args, url, engine)
    if args.command == "send-mail":
        report = send_pending(factory, _smtp(args.smtp, args.avsender), now=dt.datetime.now(dt.UTC))
        print(f"Sendt: {report.sent}, feilet: {report.failed}")
        return 0 if not report.failed else 1
    if args.command == "notify-due":
        with factory() as session, session.begin():
            print(f"Varsler lagt i kø: {evaluations_due(session, dt.datetime.now(OSLO).date())}")
        return 0
    try:
        print(_admin(args, factory))
    except DomainError as error:
        print(error.message, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
