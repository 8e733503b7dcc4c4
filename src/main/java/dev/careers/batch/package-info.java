/**
 * Batch runs: finding the inputs, exporting them in parallel with atomic outputs, and the run's
 * results and summary.
 */
package dev.careers.batch;
