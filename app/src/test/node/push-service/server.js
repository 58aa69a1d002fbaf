// A push service on 127.0.0.1 for Tribune's tests. It hands out subscriptions whose keys it made
// itself, decrypts every message sent to them with http_ece (the RFC 8291 / RFC 8188 implementation
// that web-push uses) and checks the VAPID token with Node's own crypto, so that nothing of Tribune's
// code takes part in reading what Tribune wrote. Answers can be scripted per subscription: a status
// (with Retry-After) for the next requests, or no answer at all.
'use strict';
const http = require('http');
const crypto = require('crypto');
const ece = require('http_ece');
const webpush = require('web-push');

const subscriptions = new Map(); // id -> { ecdh, auth, script: [] }
const received = [];
let next = 1;

function b64url(buffer) {
  return Buffer.from(buffer).toString('base64url');
}

function verifyVapid(header, endpointOrigin) {
  const result = { present: !!header };
  if (!header) return result;
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(header);
  if (!match) { result.error = 'Authorization is not "vapid t=..., k=..."'; return result; }
  const [token, key] = [match[1], match[2]];
  const parts = token.split('.');
  if (parts.length !== 3) { result.error = 'not a JWT'; return result; }
  const jwtHeader = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
  const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  const point = Buffer.from(key, 'base64url');
  const publicKey = crypto.createPublicKey({
    key: { kty: 'EC', crv: 'P-256', x: b64url(point.subarray(1, 33)), y: b64url(point.subarray(33, 65)) },
    format: 'jwk'
  });
  const valid = crypto.verify('sha256', Buffer.from(parts[0] + '.' + parts[1]),
    { key: publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(parts[2], 'base64url'));
  const now = Math.floor(Date.now() / 1000);
  Object.assign(result, {
    alg: jwtHeader.alg, typ: jwtHeader.typ, claims, publicKey: key, signatureValid: valid,
    audienceMatches: claims.aud === endpointOrigin,
    expiryValid: typeof claims.exp === 'number' && claims.exp > now && claims.exp <= now + 24 * 3600,
    subjectValid: typeof claims.sub === 'string' && /^(mailto:|https:)/.test(claims.sub)
  });
  return result;
}

function json(response, status, body) {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(body));
}

const server = http.createServer((request, response) => {
  const chunks = [];
  request.on('data', c => chunks.push(c));
  request.on('end', () => {
    const body = Buffer.concat(chunks);
    const origin = 'http://' + request.headers.host;
    const url = new URL(request.url, origin);
    if (request.method === 'POST' && url.pathname === '/subscriptions') {
      const ecdh = crypto.createECDH('prime256v1');
      ecdh.generateKeys();
      const auth = crypto.randomBytes(16);
      const id = String(next++);
      subscriptions.set(id, { ecdh, auth, script: [] });
      return json(response, 201, {
        endpoint: origin + '/push/' + id,
        keys: { p256dh: b64url(ecdh.getPublicKey()), auth: b64url(auth) }
      });
    }
    if (request.method === 'POST' && url.pathname.startsWith('/rekey/')) {
      // the browser's keys change while its endpoint stays, as a push service may do on renewal
      const subscription = subscriptions.get(url.pathname.substring('/rekey/'.length));
      if (!subscription) return json(response, 404, {});
      subscription.ecdh = crypto.createECDH('prime256v1');
      subscription.ecdh.generateKeys();
      subscription.auth = crypto.randomBytes(16);
      return json(response, 200, {
        keys: { p256dh: b64url(subscription.ecdh.getPublicKey()), auth: b64url(subscription.auth) }
      });
    }
    if (request.method === 'POST' && url.pathname.startsWith('/script/')) {
      const subscription = subscriptions.get(url.pathname.substring('/script/'.length));
      if (!subscription) return json(response, 404, {});
      subscription.script.push(...JSON.parse(body.toString('utf8')));
      return json(response, 200, {});
    }
    if (request.method === 'GET' && url.pathname === '/received') {
      return json(response, 200, received);
    }
    if (request.method === 'GET' && url.pathname === '/vapid-keys') {
      // web-push's own key generator, to prove Tribune reads the key files it writes
      return json(response, 200, webpush.generateVAPIDKeys());
    }
    if (request.method === 'POST' && url.pathname.startsWith('/push/')) {
      const id = url.pathname.substring('/push/'.length);
      const subscription = subscriptions.get(id);
      const entry = {
        subscription: id, ttl: request.headers['ttl'], urgency: request.headers['urgency'] || null,
        topic: request.headers['topic'] || null, contentEncoding: request.headers['content-encoding'],
        bodyLength: body.length, vapid: verifyVapid(request.headers['authorization'], origin)
      };
      const step = subscription ? subscription.script.shift() : { status: 410 };
      entry.answered = step ? (step.hang ? 'hang' : step.status) : 201;
      if (subscription) {
        try {
          entry.payload = ece.decrypt(body, {
            version: 'aes128gcm', privateKey: subscription.ecdh, authSecret: b64url(subscription.auth)
          }).toString('utf8');
        } catch (e) {
          entry.decryptError = String(e.message || e);
        }
      }
      received.push(entry);
      if (step && step.hang) return; // never answers: the sender's timeout must end the wait
      const headers = { Location: origin + '/message/' + received.length };
      if (step && step.retryAfter !== undefined) headers['Retry-After'] = String(step.retryAfter);
      response.writeHead(step ? step.status : 201, headers);
      return response.end();
    }
    json(response, 404, {});
  });
});

server.listen(0, '127.0.0.1', () => {
  console.log('LISTENING ' + server.address().port);
});
