#!/usr/bin/python3
"""Converts one face of an OpenType-CFF font (a face of Noto Serif CJK's .ttc) to TrueType outlines.

Chromium embeds fonts with CFF outlines in a PDF only as unnamed Type 3 glyphs; with TrueType (quadratic) outlines
it embeds them as real, subset, named fonts (CIDFontType2). The face keeps its metrics, cmap and OpenType layout
tables; only the outlines change (cubic → quadratic, at most 1 unit off). It is renamed, FAMILY becoming its family
name, so it never stands in for the CFF original. The output does not depend on the time it was made.

usage: cjk-truetype.py SOURCE.ttc "Noto Serif CJK SC" "Noto Serif CJK SC TT" OUT.ttf
Needs Debian's python3-fonttools (no PyPI).
"""
import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable


def face(source: str, family: str) -> TTFont:
    if not source.lower().endswith((".ttc", ".otc")):
        return TTFont(source, lazy=True)
    for font in TTCollection(source, lazy=True).fonts:
        if font["name"].getDebugName(1) == family:
            return font
    sys.exit(f"{source}: no face named {family!r}")


def to_truetype(font: TTFont) -> None:
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        # 1 unit of 1000 per em; CFF contours run counter-clockwise, TrueType's clockwise.
        glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for key in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, key, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType, post.extraNames, post.mapping = 3.0, [], {}
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font: TTFont, family: str) -> None:
    style = font["name"].getDebugName(2) or "Regular"
    postscript = family.replace(" ", "") + "-" + style.replace(" ", "")
    names = font["name"]
    names.names = [n for n in names.names if n.nameID not in (1, 2, 3, 4, 6, 16, 17)]
    for platform, encoding, language in ((3, 1, 0x409), (1, 0, 0)):
        for nid, text in ((1, family), (2, style), (3, postscript), (4, f"{family} {style}"), (6, postscript)):
            names.setName(text, nid, platform, encoding, language)


def main() -> None:
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    source, face_name, family, out = sys.argv[1:]
    font = face(source, face_name)
    to_truetype(font)
    rename(font, family)
    font.recalcTimestamp = False  # head.modified stays the original's: the same input gives the same bytes
    font.save(out)


if __name__ == "__main__":
    main()
