/*
 * Claimline live updates. A page whose <main> carries data-live listens to /api/claims/stream; when a stored claim
 * concerns it (any claim for the overview, one between the pair for a pair page, one involving the country for a
 * country page) it fetches itself again and replaces the parts marked data-live-region, so the new claim shows
 * without a reload. Everything here is rendered by the server and escaped there. Without this script every page is
 * complete; it just does not update by itself.
 */
(function () {
  'use strict';

  var main = document.querySelector('main[data-live]');
  if (!main || !('EventSource' in window) || !window.fetch || !window.DOMParser) {
    return;
  }
  var scope = main.getAttribute('data-live');
  var first = main.getAttribute('data-live-a');
  var second = main.getAttribute('data-live-b');
  var status = document.getElementById('live-status');
  var pending = [];
  var timer = null;
  var busy = false;
  var arrived = 0;

  function say(text, state) {
    if (!status) {
      return;
    }
    status.hidden = false;
    status.textContent = text;
    status.setAttribute('data-state', state);
  }

  function others(claim) {
    var codes = (claim.accused || []).map(function (actor) { return actor.code; });
    if (claim.accuser) {
      codes.push(claim.accuser.code);
    }
    return codes;
  }

  function concerns(claim) {
    var claimant = claim.claimant && claim.claimant.code;
    var about = others(claim);
    switch (scope) {
      case 'all':
        return true;
      case 'country':
        return claimant === first || about.indexOf(first) >= 0;
      case 'pair':
        return (claimant === first && about.indexOf(second) >= 0) || (claimant === second && about.indexOf(first) >= 0);
      default:
        return false;
    }
  }

  function describe(claims) {
    if (claims.length === 1) {
      var claim = claims[0];
      var kind = claim.type === 'DENIAL' ? 'denial' : claim.type === 'ALLEGATION' ? 'allegation' : 'statement';
      return 'New ' + kind + ' by ' + claim.claimant.name;
    }
    return claims.length + ' new claims just arrived';
  }

  function schedule() {
    if (timer === null) {
      // Claims of one article arrive together: wait a moment and fetch the page once for all of them.
      timer = window.setTimeout(refresh, 300);
    }
  }

  function refresh() {
    timer = null;
    if (busy) {
      schedule();
      return;
    }
    var claims = pending;
    pending = [];
    busy = true;
    window.fetch(window.location.href, { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        swap(html, claims);
      })
      .catch(function () {
        say('New claims arrived; reload the page to see them', 'offline');
      })
      .then(function () {
        busy = false;
        if (pending.length > 0) {
          schedule();
        }
      });
  }

  function swap(html, claims) {
    var fresh = new DOMParser().parseFromString(html, 'text/html');
    var active = document.activeElement;
    var focusedId = active && active.id;
    var focusedHref = active && active.getAttribute && active.getAttribute('href');
    document.querySelectorAll('[data-live-region]').forEach(function (region) {
      var replacement = fresh.getElementById(region.id);
      if (replacement) {
        region.replaceWith(document.importNode(replacement, true));
      }
    });
    if (active && !document.body.contains(active)) {
      var again = (focusedId && document.getElementById(focusedId))
        || (focusedHref && document.querySelector('main [href="' + focusedHref.replace(/["\\]/g, '\\$&') + '"]'));
      if (again && again.focus) {
        again.focus();
      }
    }
    claims.forEach(function (claim) {
      document.querySelectorAll('[data-claim-id="' + Number(claim.id) + '"]').forEach(function (element) {
        element.classList.add('is-new');
      });
    });
    arrived += claims.length;
    say(describe(claims) + (arrived > claims.length ? ' · ' + arrived + ' since you opened this page' : ''), 'new');
  }

  function opened() {
    say(arrived > 0 ? arrived + ' new since you opened this page' : 'Live: new claims appear as articles arrive',
      arrived > 0 ? 'new' : 'live');
  }

  function failed(closed) {
    say(closed ? 'Live updates stopped; reload to resume' : 'Reconnecting…', 'offline');
  }

  function received(data) {
    var claim;
    try {
      claim = JSON.parse(data);
    } catch (e) {
      return;
    }
    if (claim && concerns(claim)) {
      pending.push(claim);
      schedule();
    }
  }

  // One stream for all open pages through a shared worker where the browser has them; otherwise one per page. Either
  // way the connection is let go when the page is left, and taken up again if it comes back from the history.
  var disconnect = null;

  function connect() {
    if ('SharedWorker' in window) {
      var worker = new SharedWorker('/js/live-worker.js', { name: 'claimline-live' });
      var port = worker.port;
      port.addEventListener('message', function (event) {
        var message = event.data;
        if (message.kind === 'open') {
          opened();
        } else if (message.kind === 'claim') {
          received(message.data);
        } else {
          failed(message.kind === 'closed');
        }
      });
      port.start();
      disconnect = function () {
        port.postMessage('bye');
        port.close();
      };
    } else {
      var source = new EventSource('/api/claims/stream');
      source.addEventListener('open', opened);
      source.addEventListener('error', function () {
        failed(source.readyState === EventSource.CLOSED);
      });
      source.addEventListener('claim', function (event) {
        received(event.data);
      });
      disconnect = function () {
        source.close();
      };
    }
  }

  window.addEventListener('pagehide', function () {
    if (disconnect) {
      disconnect();
      disconnect = null;
    }
  });
  window.addEventListener('pageshow', function (event) {
    if (event.persisted && !disconnect) {
      connect();
    }
  });
  connect();
}());
