"""The consultant's brand on a deliverable: firm name, logo, accent colour, a confidentiality
line and a contact line.

The brand is chosen per audit and stored in it (:class:`wizard.audit.branding.Brand`, the logo's
bytes included), so whoever reopens the session exports the same cover and headers. A logo is
untrusted input: :mod:`.image` accepts only PNG and JPEG within size limits, read from their
own headers; :mod:`.svg` says whether an SVG is safe to render (the GUI renders it to PNG, the
core never draws). :mod:`.colour` picks black or white text for the accent colour.
"""
