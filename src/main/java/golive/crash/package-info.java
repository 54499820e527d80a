/** Named points where a crash test stops this process (test-only, off unless a system property names one). */
package golive.crash;
