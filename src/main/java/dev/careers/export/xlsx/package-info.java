/**
 * The Excel exporter: writes career documents as an {@code .xlsx} salary-comparison workbook,
 * its OOXML parts written directly as XML into a zip package (no spreadsheet library at run time).
 */
package dev.careers.export.xlsx;
