// Preload (node --import) that turns any network use into exit 99: evt must never open a socket,
// resolve a name or fetch, whatever the repo's $refs and $schemas say. Loaded by the hostile tests
// into every process that runs evt.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

const NETWORK_EXIT = 99;
/** @param {string} what @returns {any} a stand-in for any network function */
function refuse(what) {
  return function refused() {
    process.stderr.write(`evt-test: network access attempted: ${what}\n${new Error().stack}\n`);
    process.exit(NETWORK_EXIT);
  };
}

net.Socket.prototype.connect = refuse('net.Socket.prototype.connect');
net.connect = net.createConnection = refuse('net.connect');
tls.connect = refuse('tls.connect');
http.request = http.get = refuse('http.request');
https.request = https.get = refuse('https.request');
dns.lookup = refuse('dns.lookup');
dns.resolve = refuse('dns.resolve');
dns.promises.lookup = refuse('dns.promises.lookup');
dns.promises.resolve = refuse('dns.promises.resolve');
globalThis.fetch = refuse('fetch');
if (globalThis.WebSocket) globalThis.WebSocket = refuse('WebSocket');
