"""A logo is untrusted input: PNG and JPEG within limits, read from their own headers; an SVG
only if it is plain drawing; the accent colour's text is black or white by contrast."""

from __future__ import annotations

import struct
import zlib

import pytest
from helpers.images import jpeg_header, png
from pydantic import ValidationError

from wizard.audit.branding import Brand, Logo
from wizard.brand.colour import ColourError, contrast, parse_colour, text_on
from wizard.brand.image import MAX_BYTES, LogoError, inspect_logo
from wizard.brand.svg import SvgError, check_svg, looks_like_svg


def test_png_and_jpeg_are_read_from_their_headers():
    assert inspect_logo(png(300, 100)).media_type == "image/png"
    assert (inspect_logo(png(300, 100)).width, inspect_logo(png(300, 100)).height) == (300, 100)
    found = inspect_logo(jpeg_header(640, 200))
    assert (found.media_type, found.width, found.height) == ("image/jpeg", 640, 200)


def _png_declaring(width: int, height: int) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    body = b"IHDR" + header
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + body + struct.pack(">I", zlib.crc32(body))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"GIF89a" + b"\x00" * 40, "not a PNG, JPEG or SVG"),
        (b"\x89PNG\r\n\x1a\n", "no image header"),
        (_png_declaring(100_000, 100_000), "100000 × 100000 pixels"),
        (_png_declaring(2, 2), "between 8 and 4096"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "no readable frame header"),
        (png() + b"\x00" * MAX_BYTES, "KiB a logo may take"),
    ],
)
def test_bad_or_huge_images_are_refused_saying_why(data, reason):
    with pytest.raises(LogoError, match=reason) as caught:
        inspect_logo(data, "logo.png")
    assert str(caught.value).startswith("logo.png: ")


SAFE_SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" '
    b'xmlns:xlink="http://www.w3.org/1999/xlink" width="120" height="40">'
    b'<defs><linearGradient id="g"><stop offset="0" stop-color="#1f6f8b"/></linearGradient></defs>'
    b'<rect width="120" height="40" fill="url(#g)"/><use xlink:href="#g"/>'
    b"<style>rect { fill: #1f6f8b }</style></svg>"
)


def test_a_plain_svg_drawing_is_accepted():
    assert looks_like_svg(SAFE_SVG)
    check_svg(SAFE_SVG)


@pytest.mark.parametrize(
    ("svg", "reason"),
    [
        (b"<svg><script>alert(1)</script></svg>", "<script>"),
        (b'<svg onload="alert(1)"/>', "event handler"),
        (b"<svg><foreignObject><p>x</p></foreignObject></svg>", "<foreignobject>"),
        (b'<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>', "DOCTYPE"),
        (b'<svg><image href="https://example.com/x.png"/></svg>', "web address"),
        (b'<svg><image href="file:///etc/passwd"/></svg>', "another file"),
        (b'<svg><rect style="fill: url(http://x/y)"/></svg>', "fetches"),
        (b"<svg><style>@import url(x.css);</style></svg>", "fetches"),
        (b"<svg>" + b"<g>" * 100 + b"</g>" * 100 + b"</svg>", "deeply nested"),
        (b"<html/>", "root element"),
        (b"<svg", "not a valid SVG"),
    ],
)
def test_an_unsafe_svg_is_refused_saying_why(svg, reason):
    with pytest.raises(SvgError, match=reason):
        check_svg(svg, "logo.svg")


def test_the_text_on_the_accent_is_the_readable_one():
    assert text_on("#1F6F8B") == "FFFFFF"  # a dark teal: white text
    assert text_on("#FFD54F") == "000000"  # a light yellow: black text
    for grey in range(0, 256, 15):
        colour = f"#{grey:02X}{grey:02X}{grey:02X}"
        assert contrast(colour, "#" + text_on(colour)) >= 4.5


@pytest.mark.parametrize("text", ["red", "#12345", "#GGGGGG", "", "rgb(1,2,3)"])
def test_a_colour_that_is_not_one_is_refused(text):
    with pytest.raises(ColourError, match="#RRGGBB"):
        parse_colour(text)


def test_the_stored_logo_must_be_the_image_it_says():
    logo = Logo.from_bytes(png(300, 100))
    assert logo.image_bytes() == png(300, 100)
    with pytest.raises(ValidationError, match="does not match"):
        Logo(media_type="image/jpeg", width=300, height=100, data=logo.data)
    with pytest.raises(ValidationError):
        Brand(accent="#1f6f8b")  # stored upper case only, as parse_colour gives it
