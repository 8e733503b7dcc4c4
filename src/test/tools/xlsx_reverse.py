#!/usr/bin/python3
"""Reverses the data rows of a workbook's first sheet (the Comparison table), as sorting it in a
spreadsheet would move them, for the xlsx sort-robustness test.

Usage: xlsx_reverse.py IN OUT [IN OUT ...]

Each cell's value, formula and style move with its row; a formula is translated to its new row
as a spreadsheet does when it sorts ("=F2+G2" moved from row 2 to row 9 reads "=F9+G9"). The
header row stays. OUT holds no cached formula values: open it with recalculation.
"""
import sys
import warnings

import openpyxl
from openpyxl.formula.translate import Translator

warnings.simplefilter("ignore")


def reverse(src, dst):
    workbook = openpyxl.load_workbook(src)
    sheet = workbook.worksheets[0]
    last = sheet.max_row
    rows = []
    for r in range(2, last + 1):
        rows.append([(c.value, c.data_type, c._style, c.coordinate) for c in sheet[r]])
    for offset, cells in enumerate(reversed(rows)):
        target = 2 + offset
        for column, (value, data_type, style, origin) in enumerate(cells, start=1):
            cell = sheet.cell(row=target, column=column)
            if data_type == "f":
                value = Translator(value, origin=origin).translate_formula(cell.coordinate)
            cell.value = value
            # Text such as "=HYPERLINK(...)" stays text: openpyxl would take it for a formula.
            cell.data_type = data_type
            cell._style = style
    workbook.save(dst)


def main(args):
    for i in range(0, len(args), 2):
        reverse(args[i], args[i + 1])


if __name__ == "__main__":
    main(sys.argv[1:])
