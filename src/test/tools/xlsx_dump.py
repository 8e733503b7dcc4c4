#!/usr/bin/python3
"""Dumps .xlsx workbooks as JSON with openpyxl, an independent reader, for the xlsx tests.

Usage: xlsx_dump.py ORIGINAL [RECALCULATED] [ORIGINAL [RECALCULATED] ...] (pairs; RECALCULATED may be "-")

For each workbook: core properties; per sheet the frozen cell, tables, and every non-empty cell with
its cached value (data_only), type, number format, formula text, quote prefix and hyperlink; with
RECALCULATED (the same workbook saved by LibreOffice after a recalculation), each cell's
recalculated value and type too. Prints one JSON object: {"ORIGINAL": {...}, ...}.
"""
import json
import sys
import warnings

import openpyxl

warnings.simplefilter("ignore")  # "no default style" and similar reader warnings


def plain(value):
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def dump(path, recalculated_path):
    formulas = openpyxl.load_workbook(path, data_only=False)
    cached = openpyxl.load_workbook(path, data_only=True)
    recalculated = None
    if recalculated_path not in (None, "-"):
        recalculated = openpyxl.load_workbook(recalculated_path, data_only=True)
    props = formulas.properties
    result = {
        "properties": {
            "title": props.title, "creator": props.creator, "language": props.language,
            "subject": props.subject, "keywords": props.keywords,
            "created": plain(props.created), "modified": plain(props.modified),
        },
        "sheets": [],
    }
    for sheet in formulas.worksheets:
        values = cached[sheet.title]
        other = recalculated[sheet.title] if recalculated is not None else None
        cells = {}
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                is_formula = cell.data_type == "f"
                entry = {
                    "value": plain(values[cell.coordinate].value),
                    "type": values[cell.coordinate].data_type,
                    "format": cell.number_format,
                    "formula": cell.value if is_formula else None,
                    "quote": bool(cell.quotePrefix),
                    "link": cell.hyperlink.target if cell.hyperlink is not None else None,
                }
                if other is not None:
                    entry["recalculated"] = plain(other[cell.coordinate].value)
                    entry["recalculatedType"] = other[cell.coordinate].data_type
                cells[cell.coordinate] = entry
        result["sheets"].append({
            "name": sheet.title,
            "freeze": sheet.freeze_panes,
            "tables": [
                {"name": t.name, "ref": t.ref,
                 "style": t.tableStyleInfo.name if t.tableStyleInfo is not None else None,
                 "autoFilter": t.autoFilter.ref if t.autoFilter is not None else None}
                for t in sheet.tables.values()
            ],
            "cells": cells,
        })
    return result


def main(args):
    out = {}
    for i in range(0, len(args), 2):
        out[args[i]] = dump(args[i], args[i + 1] if i + 1 < len(args) else None)
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1:])
