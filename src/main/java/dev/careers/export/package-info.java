/**
 * The exporter contract, all that a plugin or a library user may rely on besides the model: the
 * {@link dev.careers.export.Exporter} interface that each output format implements, the
 * {@link dev.careers.export.ExportOptions} it is given, the {@link dev.careers.export.DiagnosticSink}
 * it reports to, the {@link dev.careers.export.ExportException} it throws, and the
 * {@link dev.careers.export.Exporters} registry that finds the implementations with
 * {@link java.util.ServiceLoader}. Helpers that only the built-in exporters share are in
 * {@code dev.careers.export.internal}, which may change in any release.
 */
package dev.careers.export;
