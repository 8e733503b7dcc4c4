/** The JSON exporter: the model as written in the JSON model contract, for scripts. */
package dev.careers.export.json;
