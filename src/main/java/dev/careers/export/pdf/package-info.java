/**
 * The PDF brochure exporter: a cover, a table of contents, one section per career with a salary
 * chart, and the sources, written with OpenPDF. The only package that imports OpenPDF.
 */
package dev.careers.export.pdf;
