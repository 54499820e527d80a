/** Words for people: the shared message bundle that turns engine problem codes into sentences. */
package golive.i18n;
