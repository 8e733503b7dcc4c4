/**
 * The exporter SPI: the {@link dev.careers.export.Exporter} interface that each output format
 * implements, its options, and the {@link dev.careers.export.Exporters} registry that finds the
 * implementations with {@link java.util.ServiceLoader}.
 */
package dev.careers.export;
