/**
 * Rehearsing the cut-over offline: the sandbox cart playing a scenario, a rehearsal database, and
 * the scripted walk through the six steps with the real engine.
 */
package golive.rehearsal;
