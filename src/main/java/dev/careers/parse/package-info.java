/**
 * Reads Markdown career pages into the model: decoding the bytes, parsing with commonmark-java,
 * and walking the blocks into a {@link dev.careers.model.CareerDocument} with diagnostics. No
 * commonmark type leaves this package.
 */
package dev.careers.parse;
