#!/usr/bin/env python
"""Regenerate docs/samples/: a training child's log as PDF and the consent form in three languages.

Usage: .venv/bin/python scripts/samples.py [--out docs/samples]

Everything comes from the training municipality «Øvingsvik» (fictional people, synthetic
fødselsnummer), built in memory at a fixed moment, so the samples change only when the code does.
The factor diagrams are drawn with Qt, offscreen. With poppler's pdftoppm installed, a page of
each PDF is also saved as PNG (60 dpi) for looking at without a PDF reader.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import create_engine, event  # noqa: E402
from sqlalchemy.orm import sessionmaker  # noqa: E402
from sqlalchemy.pool import StaticPool  # noqa: E402

from desktop.core import training  # noqa: E402
from desktop.core.context import transaction  # noqa: E402
from desktop.core.entities import Base  # noqa: E402
from desktop.reports import logg, samtykke  # noqa: E402
from desktop.reports.logg import EksportValg  # noqa: E402

NOW = dt.datetime(2026, 11, 26, 8, 0, tzinfo=dt.UTC)
HOLDER = "Kari Nilsen"
CHILD = "Ella Fjellstad"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "samples")
    out: Path = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)

    engine = create_engine("sqlite://", poolclass=StaticPool)
    event.listen(engine, "connect", lambda con, _r: con.execute("PRAGMA foreign_keys=ON"))
    Base.metadata.create_all(engine)
    factory = sessionmaker(engine, expire_on_commit=False)
    with factory() as session, session.begin():
        result = training.build_training_municipality(session, now=NOW)
    holder = next(p.ref for p in result.people if p.navn == HOLDER)
    logg_id = result.logs[CHILD]
    with transaction(factory, holder, device="samples", clock=lambda: NOW) as ctx:
        data = logg.gather(ctx, logg_id, EksportValg())
        form = samtykke.for_logg(ctx, logg_id)

    from PySide6.QtWidgets import QApplication

    from desktop.views.diagram.render import render_diagram_png
    from desktop.views.eksport import DIAGRAM_SIZE

    app = QApplication.instance() or QApplication([])
    pictures = {i: render_diagram_png(d, DIAGRAM_SIZE) for i, d in data.diagrammer.items()}
    del app

    written = {"stafettlogg-ella-fjellstad.pdf": logg.build_logg_pdf(data, pictures)}
    for sprak in samtykke.LANGUAGES:
        written[f"samtykkeskjema-{sprak}.pdf"] = samtykke.build_samtykke_pdf(form, sprak, printed=NOW, author=HOLDER)
    written["samtykkeskjema-blankt-nb.pdf"] = samtykke.build_samtykke_pdf(form.blank(), "nb", printed=NOW)
    for name, pdf_bytes in written.items():
        (out / name).write_bytes(pdf_bytes)
        print(f"{out / name}: {len(pdf_bytes) // 1024} kB")

    if shutil.which("pdftoppm"):
        for name, page in (("stafettlogg-ella-fjellstad", 4), ("samtykkeskjema-nn", 1)):
            prefix = out / f"{name}-side-{page}"
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    "60",
                    "-f",
                    str(page),
                    "-l",
                    str(page),
                    "-singlefile",
                    str(out / f"{name}.pdf"),
                    str(prefix),
                ],
                check=True,
            )
            print(f"{prefix}.png")


if __name__ == "__main__":
    main()
