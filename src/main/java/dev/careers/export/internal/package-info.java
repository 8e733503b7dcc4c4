/**
 * Helpers the built-in exporters share: amounts written the way a language writes them
 * ({@link dev.careers.export.internal.AmountFormat}), salary bands grouped on one scale
 * ({@link dev.careers.export.internal.BandGroup}), the words printed around the content
 * ({@link dev.careers.export.internal.Labels}) and the careers {@link dev.careers.export.internal.Version}.
 *
 * <p><b>Internal: not part of the exporter contract.</b> These types may change or go away in any
 * release; plugins should not depend on them (they need only {@link dev.careers.export} and
 * {@link dev.careers.model}).
 */
package dev.careers.export.internal;
