/**
 * The careers engine: {@link dev.careers.Careers} parses Markdown career pages and exports them
 * through the exporters found on the class path or in plugin jars.
 *
 * <p>The map of the code. A page flows one way: Markdown → {@code parse} → {@code model}
 * ({@link dev.careers.model.CareerDocument}) → the exporters. The packages, each using only
 * packages below it in this list ({@code PackageDependenciesTest} fails on a package cycle):
 *
 * <ul>
 *   <li>{@code dev.careers.cli}: the command line; parses options and calls the engine.
 *   <li>{@code dev.careers.batch}: runs of many inputs, {@code --combine}, standard output, the
 *       {@code --strict} rule and the run summary.
 *   <li>{@code dev.careers}: this package, the engine as a library.
 *   <li>{@code dev.careers.parse}: Markdown to the model, with diagnostics.
 *   <li>{@code dev.careers.export.pdf}, {@code .xlsx}, {@code .json}: the built-in formats.
 *   <li>{@code dev.careers.export}: the exporter contract, what plugins rely on.
 *   <li>{@code dev.careers.export.internal}: helpers the built-in formats share; may change.
 *   <li>{@code dev.careers.io}: atomic file writing.
 *   <li>{@code dev.careers.model}: the records of the model; depends on nothing.
 * </ul>
 *
 * <p>A new format is a package under {@code dev.careers.export} registered in
 * {@code META-INF/services/dev.careers.export.Exporter}; a new section kind starts in
 * {@code parse.SectionKind}; a new language in {@code model.Languages} (see the README, "How the
 * code is laid out").
 */
package dev.careers;
