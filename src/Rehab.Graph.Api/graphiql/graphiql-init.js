// Boots GraphiQL against this hub's GraphQL endpoint (relative URL /graphql).
// Kept in its own file (not inline) so a strict Content-Security-Policy with
// script-src 'self' still allows it.
(function () {
  'use strict';

  var ENDPOINT = '/graphql';

  var DEFAULT_QUERY = [
    '# Rehab.Graph demo region (fictional data around Hull). Try:',
    '{',
    '  services(near: {place: "Orchard Park", radiusKm: 3}, where: {needs: ["ACCOMMODATION"]}, first: 5) {',
    '    totalCount',
    '    nodes { name distanceKm organisation { name } needs { code } }',
    '  }',
    '}',
    ''
  ].join('\n');

  // A plain GraphQL-over-HTTP fetcher: POST JSON, ask for the
  // application/graphql-response+json media type first. Non-JSON answers
  // (a proxy's HTML error page, an empty 502 …) are turned into a GraphQL-style
  // error so the result pane shows something useful.
  function fetcher(graphQLParams, opts) {
    var headers = {
      'Accept': 'application/graphql-response+json, application/json',
      'Content-Type': 'application/json'
    };
    var extra = (opts && opts.headers) || {};
    Object.keys(extra).forEach(function (k) { headers[k] = extra[k]; });

    return fetch(ENDPOINT, {
      method: 'POST',
      headers: headers,
      body: JSON.stringify(graphQLParams),
      credentials: 'same-origin'
    }).then(function (res) {
      return res.text().then(function (text) {
        try {
          return JSON.parse(text);
        } catch (e) {
          var type = res.headers.get('content-type') || '';
          var body = /html/i.test(type) ? '' : text.trim().slice(0, 500);
          return {
            errors: [{
              message: 'HTTP ' + res.status + (res.statusText ? ' ' + res.statusText : '') +
                ' from POST ' + ENDPOINT + ': the response was not JSON' +
                (type ? ' (' + type + ')' : '') + (body ? ': ' + body : '')
            }]
          };
        }
      });
    });
  }

  var container = document.getElementById('graphiql');
  var root = ReactDOM.createRoot(container);
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: DEFAULT_QUERY,
      defaultEditorToolsVisibility: false,
      shouldPersistHeaders: false
    })
  );
})();
