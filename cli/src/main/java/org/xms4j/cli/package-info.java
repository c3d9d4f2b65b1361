/**
 * The {@code xms4j} command and its subcommands, parsed with picocli. Not an API: the command line
 * and its output formats are the interface.
 */
@NullMarked
package org.xms4j.cli;

import org.jspecify.annotations.NullMarked;
