/**
 * The careers engine: {@link dev.careers.Careers} parses Markdown career pages and exports them
 * through the exporters found on the class path or in plugin jars.
 */
package dev.careers;
