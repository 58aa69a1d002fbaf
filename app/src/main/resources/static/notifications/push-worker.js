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

// The push service replaced the subscription (it expired, or the service rotated it): subscribe again
// with the same server key where the browser did not already, and tell the site which endpoint the new
// one replaces, so that every edition's topics follow. Without the old subscription there is nothing
// to name; the reader's next visit to the panel subscribes afresh.
self.addEventListener('pushsubscriptionchange', event => {
  const old = event.oldSubscription;
  if (!old) return;
  const renewed = event.newSubscription
    ? Promise.resolve(event.newSubscription)
    : self.registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: old.options && old.options.applicationServerKey
      });
  event.waitUntil(renewed.then(subscription => fetch('/push-worker/renewal', {
    method: 'POST',
    credentials: 'omit',
    body: new URLSearchParams({ old: old.endpoint, subscription: JSON.stringify(subscription) })
  })));
});
