/**
 * The Excel exporter: writes career documents as an {@code .xlsx} salary-comparison workbook with
 * Apache POI, the only package that imports POI.
 */
package dev.careers.export.xlsx;
