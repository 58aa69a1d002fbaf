// Tribune's push service worker: shows each push message as a notification and opens the article
// when the reader clicks it. Messages are JSON: title, body, url (a path of this site), icon, image,
// tag (one notification per article: a message received twice replaces itself), lang, dir.
'use strict';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', event => event.waitUntil(self.clients.claim()));

self.addEventListener('push', event => {
  let message;
  try {
    message = event.data ? event.data.json() : {};
  } catch (e) {
    message = { title: event.data ? event.data.text() : '' };
  }
  const options = {
    body: message.body || '',
    tag: message.tag || undefined,
    data: { url: message.url || '/' },
    lang: message.lang || undefined,
    dir: message.dir || 'auto'
  };
  if (message.icon) options.icon = message.icon;
  if (message.image) options.image = message.image;
  if (message.timestamp) options.timestamp = message.timestamp;
  event.waitUntil(self.registration.showNotification(message.title || self.location.host, options));
});

self.addEventListener('notificationclick', event => {
  event.notification.close();
  // only pages of this site: a message cannot send the reader elsewhere
  const target = new URL((event.notification.data && event.notification.data.url) || '/', self.location.origin);
  if (target.origin !== self.location.origin) return;
  event.waitUntil(self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(windows => {
    for (const client of windows) {
      if (client.url === target.href && 'focus' in client) return client.focus();
    }
    return self.clients.openWindow(target.href);
  }));
});
