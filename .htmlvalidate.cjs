/**
 * html-validate configuration for the built site (tests/html.test.ts validates every page of a
 * seed build with it; `npx html-validate 'dist/**\/*.html'` does the same by hand).
 * Every rule of the recommended preset applies, except those below, each with its reason.
 */
module.exports = {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // A page's <title> is the story's headline or a chart's title, written by editors, followed
    // by the site's name ("Sent to a third country: the US push to make other nations take its
    // deportees · Third-country deportations"). The rule's 70-character limit is a search-engine
    // display heuristic, not a validity rule: search engines shorten long titles themselves.
    // tests/html.test.ts still requires a non-empty <title> on every page.
    'long-title': 'off',
  },
};
