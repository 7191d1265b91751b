// GOV.UK Frontend's template sets these classes with an inline script; this file does it instead, so the pages'
// Content-Security-Policy can refuse every inline script. Loaded at the start of <body>, before anything is drawn.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
