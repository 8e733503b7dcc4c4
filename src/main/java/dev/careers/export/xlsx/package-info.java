/**
 * The Excel exporter: writes career documents as an {@code .xlsx} salary-comparison workbook
 * through Apache POI (SXSSF rows, XSSF tables and conditional formats, XDDF charts); the only
 * package that imports POI.
 */
package dev.careers.export.xlsx;
