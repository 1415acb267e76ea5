"""Word fields the report needs: the table of contents, page numbers, caption numbers.

A field is ``begin`` / instruction / ``separate`` / shown result / ``end``. The instructions
are fixed strings from this module only (never user text), and each carries a result Word
and LibreOffice show until the field is updated. ``w:updateFields`` in the settings asks
Word to refresh them (the TOC's page numbers) when the document is opened.
"""

from __future__ import annotations

import re
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

TOC = 'TOC \\o "1-3" \\h \\z \\u'
PAGE = "PAGE \\* MERGEFORMAT"
NUMPAGES = "NUMPAGES \\* MERGEFORMAT"
_ALLOWED = {TOC, PAGE, NUMPAGES, "SEQ Figure \\* ARABIC", "SEQ Table \\* ARABIC"}
_PAGEREF = re.compile(r"PAGEREF _Toc\d{6} \\h")
"""Page references to the report's own heading bookmarks (:func:`bookmark_name`)."""


def _char(kind: str, dirty: bool = False) -> Any:
    run = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    if dirty:
        char.set(qn("w:dirty"), "true")
    run.append(char)
    return run


def _instruction(text: str) -> Any:
    run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {text} "
    run.append(instr)
    return run


def add_field(paragraph: Any, instruction: str, result: str, *, dirty: bool = False) -> None:
    """Append a field showing ``result`` until updated. Only the module's instructions."""
    if instruction not in _ALLOWED and not _PAGEREF.fullmatch(instruction):
        raise ValueError(f"not a report field: {instruction!r}")
    p = paragraph._p
    p.append(_char("begin", dirty))
    p.append(_instruction(instruction))
    p.append(_char("separate"))
    shown = paragraph.add_run(result)
    p.append(shown._r)  # keep the result between separate and end
    p.append(_char("end"))


def begin_toc(paragraph: Any) -> None:
    """Open a TOC field whose result spans the following paragraphs (see :func:`end_toc`)."""
    p = paragraph._p
    p.append(_char("begin", dirty=True))
    p.append(_instruction(TOC))
    p.append(_char("separate"))


def end_toc(paragraph: Any) -> None:
    paragraph._p.append(_char("end"))


def update_on_open(document: Any) -> None:
    """Ask Word to update the fields (the TOC page numbers) when the file is opened."""
    settings = document.settings.element
    element = settings.find(qn("w:updateFields"))
    if element is None:
        element = OxmlElement("w:updateFields")
        settings.append(element)
    element.set(qn("w:val"), "true")


def bookmark_name(number: int) -> str:
    """The bookmark of the ``number``-th heading, named like Word's own TOC bookmarks."""
    return f"_Toc{number:06d}"


def add_bookmark(paragraph: Any, number: int) -> str:
    """Wrap the paragraph's content in a bookmark; return its name."""
    name = bookmark_name(number)
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    p = paragraph._p
    properties = p.find(qn("w:pPr"))
    if properties is not None:
        properties.addnext(start)
    else:
        p.insert(0, start)
    p.append(end)
    return name


def toc_entry(paragraph: Any, text: str, bookmark: str) -> None:
    """One TOC line as Word writes it: a link to the heading, a tab, its page number."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), bookmark)
    link.set(qn("w:history"), "1")
    paragraph._p.append(link)
    run = paragraph.add_run(text)
    link.append(run._r)
    tab = paragraph.add_run("\t")
    link.append(tab._r)
    link.append(_char("begin"))
    link.append(_instruction(f"PAGEREF {bookmark} \\h"))
    link.append(_char("separate"))
    shown = paragraph.add_run("")
    link.append(shown._r)
    link.append(_char("end"))


def unwrap_toc(document: Any) -> bool:
    """Remove the TOC field's own markers, keeping its entries (links and ``PAGEREF``s).

    For the PDF only: LibreOffice shows a TOC field's stored result as is, but computes the
    page references of plain paragraphs, so the converted copy gets its page numbers. The
    editable ``.docx`` keeps the real field. Returns False when there is no TOC.
    """
    body = document.element.body
    chars = body.findall(".//" + qn("w:fldChar"))
    instructions = [i for i in body.iter(qn("w:instrText")) if (i.text or "").strip() == TOC]
    if not instructions:
        return False
    instr_run = instructions[0].getparent()
    begin_run, separate_run = instr_run.getprevious(), instr_run.getnext()
    start = chars.index(begin_run.find(qn("w:fldChar")))
    depth, end_run = 0, None
    for char in chars[start:]:
        kind = char.get(qn("w:fldCharType"))
        depth += {"begin": 1, "end": -1}.get(kind, 0)
        if kind == "end" and depth == 0:
            end_run = char.getparent()
            break
    for run in (begin_run, instr_run, separate_run, end_run):
        if run is not None:
            run.getparent().remove(run)
    return True
