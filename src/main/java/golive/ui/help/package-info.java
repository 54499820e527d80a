/** The Help menu: the in-app "How it works" page, the data and log folders, the About box with the build and its licences. */
package golive.ui.help;
