/**
 * The career document model: immutable records that every exporter reads, with no dependency on
 * any library.
 *
 * @see <a href="../../../../../../README.md#the-json-model">the JSON model</a>
 */
package dev.careers.model;
