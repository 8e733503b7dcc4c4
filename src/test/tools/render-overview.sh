#!/bin/sh
# Renders the Overview sheet (the second sheet) of a workbook to a PNG with LibreOffice, to look
# at its charts: render-overview.sh WORKBOOK.xlsx OUT.png [DPI]
set -eu
in=$1
out=$2
dpi=${3:-70}
work=$(mktemp -d /tmp/render-overview.XXXXXX)
trap 'rm -rf "$work"' EXIT
# One page per sheet, each as large as the sheet's content.
soffice --headless --norestore "-env:UserInstallation=file://$work/profile" \
    --convert-to 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}' \
    --outdir "$work" "$in" >/dev/null 2>&1
pdftoppm -png -r "$dpi" -f 2 -l 2 -singlefile "$work"/*.pdf "$work/overview"
cp "$work/overview.png" "$out"
