/** The command line (picocli): one class per command group, exit codes and output in one place each. */
package golive.cli;
