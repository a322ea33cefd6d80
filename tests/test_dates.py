"""Publication dates read from the page header."""

from __future__ import annotations

from digest import cleaning, dates


def test_the_date_is_found_below_a_long_header() -> None:
    # Masthead, menu, kicker, headline, dek, byline, city, date, update stamp, share buttons:
    # the date sits far down the header, still above the first paragraph.
    text = (
        "EL DIARIO DE LA MAÑANA\n\nPortada | España | Internacional | Economía | Opinión\n\nESPAÑA - MARRUECOS\n\n"
        "El presidente y el rey firman en Madrid una alianza para el Mundial\n\n"
        "El monarca realiza su primera visita de Estado a España en diecisiete años\n\n"
        "Carlos Muñoz Ortega\nMadrid\n9 de junio de 2026 - 20:47 CEST\nActualizado: 10/06/2026 - 08:15\n\n"
        "Compartir en Facebook   Compartir en X   Copiar enlace\n\n"
        "El presidente del Gobierno recibió al rey en el Palacio de la Moncloa, donde ambos firmaron una "
        "declaración conjunta sobre energía, migración e infraestructuras.\n"
    )
    assert dates.publication(text, cleaning.clean(text).blocks, "es") == "2026-06-09"
