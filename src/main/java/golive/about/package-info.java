/** What this build is: its version and commit, and the libraries it bundles with their licences (both generated at build time). */
package golive.about;
