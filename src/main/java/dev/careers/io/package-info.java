/**
 * Writing files safely: {@link dev.careers.io.AtomicFile} writes an output so that it appears
 * complete or not at all. It depends on no other package of careers, so that the engine and the
 * batch runner can both use it.
 */
package dev.careers.io;
