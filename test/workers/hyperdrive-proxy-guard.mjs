/* global process */
// Preloaded into `wrangler dev` by the Workers test (NODE_OPTIONS=--import), never in production.
//
// wrangler dev's local Hyperdrive proxy (miniflare's HyperdriveProxyController) pipes the Worker's
// socket to PostgreSQL with no 'error' listener on either side, so one ECONNRESET from either end
// is an uncaught exception that kills the whole dev server (cloudflare/workers-sdk#11556), and
// every later test fails for no reason of its own. This guard gives exactly those sockets (accepted
// by a net.createServer server, or connected to a port listed in POLICY_QA_GUARD_PORTS) a listener
// that closes the pair and reports the reset on stderr, where the test's logs show it.
import net from 'node:net';

const guardedPorts = new Set(
  (process.env.POLICY_QA_GUARD_PORTS || '').split(',').filter(Boolean).map(Number),
);

function guard(socket, side) {
  socket.on('error', (error) => {
    process.stderr.write(
      `[hyperdrive-proxy-guard] ${side} socket: ${error.code || error.message}\n`,
    );
    socket.destroy();
    // pipe() does not forward errors; close the partner so no PostgreSQL backend is left open.
    if (socket.partner) socket.partner.destroy();
  });
}

const originalPipe = net.Socket.prototype.pipe;
net.Socket.prototype.pipe = function pipe(destination, options) {
  if (destination instanceof net.Socket && (this.guarded || destination.guarded)) {
    this.partner = destination;
    destination.partner = this;
  }
  return originalPipe.call(this, destination, options);
};

const originalConnect = net.connect;
net.connect = net.createConnection = function connect(...args) {
  const socket = originalConnect.apply(this, args);
  const options = args[0];
  const port =
    typeof options === 'object' && options !== null ? Number(options.port) : Number(options);
  if (guardedPorts.has(port)) {
    socket.guarded = true;
    guard(socket, 'database');
  }
  return socket;
};

const originalCreateServer = net.createServer;
net.createServer = function createServer(...args) {
  const server = originalCreateServer.apply(this, args);
  server.on('connection', (socket) => {
    socket.guarded = true;
    guard(socket, 'worker');
  });
  return server;
};
