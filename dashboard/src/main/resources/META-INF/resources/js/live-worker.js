/*
 * Claimline live updates, shared by every open page of the dashboard: one connection to /api/claims/stream for all
 * tabs, so that a browser's few connections per site are not used up by tabs left open all day. Pages connect with
 * a SharedWorker port, receive {kind: 'open' | 'error' | 'closed' | 'claim', data}, and say 'bye' when they go.
 */
'use strict';

var ports = [];
var source = null;

function broadcast(message) {
  ports.forEach(function (port) {
    port.postMessage(message);
  });
}

function open() {
  source = new EventSource('/api/claims/stream');
  source.addEventListener('open', function () {
    broadcast({ kind: 'open' });
  });
  source.addEventListener('error', function () {
    broadcast({ kind: source && source.readyState === EventSource.CLOSED ? 'closed' : 'error' });
  });
  source.addEventListener('claim', function (event) {
    broadcast({ kind: 'claim', data: event.data });
  });
}

self.addEventListener('connect', function (event) {
  var port = event.ports[0];
  ports.push(port);
  port.addEventListener('message', function (message) {
    if (message.data === 'bye') {
      ports = ports.filter(function (other) {
        return other !== port;
      });
      if (ports.length === 0 && source) {
        source.close();
        source = null;
      }
    }
  });
  port.start();
  if (!source) {
    open();
  } else if (source.readyState === EventSource.OPEN) {
    port.postMessage({ kind: 'open' });
  }
});
