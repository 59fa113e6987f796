package org.attest.cli;

/**
 * The {@code --format} of commands that print either for people or for programs. Picocli rejects
 * any other value with the list of valid ones.
 */
enum OutputFormat {
  text,
  json
}
