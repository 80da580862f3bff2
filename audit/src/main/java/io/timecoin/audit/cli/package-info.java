/** {@code timecoin audit verify} and {@code timecoin audit peers} (picocli), the module's main. */
package io.timecoin.audit.cli;
