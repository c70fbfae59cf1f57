"""Environment faults of the local store, each with a message a user can act on.

These are not bugs: the user gets the Norwegian ``message`` and nothing is lost.
Bugs are left to propagate to the crash handler.
"""

from __future__ import annotations


class StoreError(Exception):
    """A fault of the machine or the files, not of the program."""

    message = "Arbeidsområdet kunne ikke brukes."

    def __init__(self, message: str | None = None, *, detail: str = "") -> None:
        if message is not None:
            self.message = message
        self.detail = detail
        super().__init__(self.message if not detail else f"{self.message} ({detail})")


class KeyMissing(StoreError):
    message = (
        "Nøkkelen til arbeidsområdet finnes ikke på denne maskinen. Databasen er ikke endret. "
        "Gjenopprett nøkkelen fra sikkerhetskopi eller kontakt IT-støtte."
    )


class KeyringUnavailable(StoreError):
    message = (
        "Nøkkelringen i operativsystemet er ikke tilgjengelig (låst eller mangler). "
        "Nøkkelen kan i stedet beskyttes med en passordfrase."
    )


class WrongPassphrase(StoreError):
    message = "Passordfrasen er feil. Prøv igjen. Ingenting er endret."


class KeyFileCorrupt(StoreError):
    message = "Nøkkelfilen er skadet og kan ikke leses. Databasen er ikke endret."


class WrongKeyOrCorrupt(StoreError):
    message = (
        "Databasen kan ikke åpnes: nøkkelen passer ikke, eller filen er skadet. "
        "Filen er ikke endret eller overskrevet. Kontakt IT-støtte og ta vare på filen."
    )


class NotOurDatabase(StoreError):
    message = "Filen er ikke en kryptert Stafettlogg-database. Den er ikke endret."


class DatabaseCorrupt(StoreError):
    message = (
        "Databasen er skadet. Den er ikke reparert eller overskrevet. "
        "Ta vare på filen og kontakt IT-støtte; siste endring ble ikke lagret."
    )


class DiskFull(StoreError):
    message = (
        "Disken er full, så endringen ble ikke lagret. Teksten du skrev er tatt vare på. Frigjør plass og prøv igjen."
    )


class ReadOnlyLocation(StoreError):
    message = (
        "Arbeidsområdet ligger i en mappe som ikke kan skrives til, så endringen ble ikke lagret. "
        "Teksten du skrev er tatt vare på. Sjekk tilgangen til mappen og prøv igjen."
    )


class DatabaseLocked(StoreError):
    message = "Databasen er i bruk av et annet program akkurat nå. Endringen ble ikke lagret; prøv igjen om litt."


class NewerSchema(StoreError):
    message = (
        "Arbeidsområdet er laget av en nyere versjon av Stafettlogg. Oppdater programmet; databasen er ikke endret."
    )


class DatabaseMissing(StoreError):
    message = (
        "Databasefilen til arbeidsområdet finnes ikke. Ingenting er endret. "
        "Sjekk om filen er flyttet eller slettet, eller gjenopprett den fra sikkerhetskopi."
    )


class WorkspaceExists(StoreError):
    message = "Det finnes allerede et arbeidsområde i denne mappen. Det er ikke endret."


class WorkspaceFileCorrupt(StoreError):
    message = (
        "Filen som beskriver arbeidsområdet (workspace.json) er skadet eller ukjent. "
        "Databasen er ikke endret. Kontakt IT-støtte."
    )
