// Web push on the reader's side: the polite prompt of an edition on the reader's first visits (refusing
// is remembered in this browser, per edition), and the preferences panel. Both register the service
// worker from the site root and send the browser's subscription to the site with the topics chosen.
(() => {
  'use strict';
  const WORKER = '/push-worker.js';
  const isSupported = 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window
    && window.isSecureContext;

  const remembered = edition => {
    try { return localStorage.getItem('tribune.push.' + edition); } catch (e) { return null; }
  };
  const remember = (edition, answer) => {
    try { localStorage.setItem('tribune.push.' + edition, answer); } catch (e) { /* private mode: ask again next time */ }
  };

  const keyBytes = text => {
    const base64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - text.length % 4) % 4);
    return Uint8Array.from(atob(base64), c => c.charCodeAt(0));
  };

  const isSameKey = (subscription, key) => {
    const used = subscription.options && subscription.options.applicationServerKey;
    if (!used) return true;
    const a = new Uint8Array(used);
    const b = keyBytes(key);
    return a.length === b.length && a.every((byte, i) => byte === b[i]);
  };

  const registration = () => navigator.serviceWorker.register(WORKER, { scope: '/' })
    .then(() => navigator.serviceWorker.ready);

  // The browser's subscription made with the site's current key (a subscription made with a key the
  // site has since replaced is dropped and made anew).
  const browserSubscription = async key => {
    const worker = await registration();
    let subscription = await worker.pushManager.getSubscription();
    if (subscription && !isSameKey(subscription, key)) {
      await subscription.unsubscribe();
      subscription = null;
    }
    return subscription || worker.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(key) });
  };

  const existingSubscription = async () => {
    const worker = await navigator.serviceWorker.getRegistration('/');
    return worker ? worker.pushManager.getSubscription() : null;
  };

  const post = (url, fields) => fetch(url, {
    method: 'POST', body: new URLSearchParams(fields), headers: { 'HX-Request': 'true' }, credentials: 'same-origin'
  });

  // --- the prompt -------------------------------------------------------------------------------
  const showPrompt = async link => {
    const answer = await fetch(link.dataset.pushPrompt, { credentials: 'same-origin' });
    if (!answer.ok) return;
    const holder = document.createElement('div');
    holder.innerHTML = await answer.text();
    const box = holder.querySelector('[data-push-prompt-box]');
    if (!box) return;
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = '/assets/notifications/push.css';
    document.head.append(style);
    const main = document.querySelector('main') || document.body.firstElementChild;
    main.parentNode.insertBefore(box, main);
    const edition = box.dataset.pushEdition;
    const status = box.querySelector('[data-push-status]');
    const say = text => { status.textContent = text; };
    box.querySelector('[data-push-refuse]').addEventListener('click', () => {
      remember(edition, 'refused');
      box.remove();
    });
    box.querySelector('[data-push-accept]').addEventListener('click', async () => {
      box.querySelectorAll('button').forEach(b => { b.disabled = true; });
      const permission = await Notification.requestPermission();
      if (permission !== 'granted') {
        remember(edition, 'refused');
        say(box.dataset.pushBlocked);
        return;
      }
      let subscription;
      try {
        subscription = await browserSubscription(box.dataset.pushKey);
      } catch (e) {
        say(box.dataset.pushUnreachable);
        box.querySelectorAll('button').forEach(b => { b.disabled = false; });
        return;
      }
      const csrf = box.querySelector('input[type=hidden]');
      const sent = await post(box.dataset.pushSubscribe, {
        [csrf.name]: csrf.value, subscription: JSON.stringify(subscription), topic: 'breaking'
      });
      if (sent.ok) {
        remember(edition, 'subscribed');
        say(box.dataset.pushDone);
      } else {
        say(box.dataset.pushRefused);
      }
    });
  };

  // --- the preferences panel ----------------------------------------------------------------------
  const bindPanel = panel => {
    if (!isSupported) return;
    panel.querySelectorAll('[data-push-needs-script]').forEach(p => { p.hidden = true; });
    const edition = panel.dataset.pushEdition;
    const replace = async answer => {
      const holder = document.createElement('div');
      holder.innerHTML = await answer.text();
      const fresh = holder.querySelector('[data-push-panel]');
      const current = panel.isConnected ? panel : document.querySelector('[data-push-panel]');
      if (fresh && current) {
        fresh.dataset.pushLoaded = 'true';
        current.replaceWith(fresh);
        bindPanel(fresh);
      }
    };
    const subscribe = panel.querySelector('[data-push-subscribe]');
    subscribe.addEventListener('submit', async event => {
      event.preventDefault();
      panel.dataset.pushBusy = 'true';
      const permission = await Notification.requestPermission();
      if (permission !== 'granted') {
        remember(edition, 'refused');
        return replace(await post(subscribe.action, new FormData(subscribe)));
      }
      try {
        const subscription = await browserSubscription(panel.dataset.pushKey);
        subscribe.querySelector('[data-push-subscription]').value = JSON.stringify(subscription);
      } catch (e) {
        subscribe.querySelector('[data-push-subscription]').value = '';
      }
      const answer = await post(subscribe.action, new FormData(subscribe));
      if (answer.ok) remember(edition, 'subscribed');
      await replace(answer);
    });
    const unsubscribe = panel.querySelector('[data-push-unsubscribe]');
    unsubscribe.addEventListener('submit', async event => {
      event.preventDefault();
      panel.dataset.pushBusy = 'true';
      const subscription = await existingSubscription().catch(() => null);
      unsubscribe.querySelector('[data-push-endpoint]').value = subscription ? subscription.endpoint : '';
      remember(edition, 'refused');
      await replace(await post(unsubscribe.action, new FormData(unsubscribe)));
    });
    if (!panel.dataset.pushLoaded) {
      existingSubscription().then(subscription => {
        // the reader may have saved meanwhile: their answer stays
        if (!subscription || panel.dataset.pushBusy) return;
        const csrf = subscribe.querySelector('input[type=hidden]');
        return post(panel.dataset.pushChosen, { [csrf.name]: csrf.value, endpoint: subscription.endpoint })
          .then(answer => answer.ok ? answer.text() : null)
          .then(html => {
            if (!html) return;
            const holder = document.createElement('div');
            holder.innerHTML = html;
            const fresh = holder.querySelector('[data-push-panel]');
            if (fresh && panel.isConnected && !panel.dataset.pushBusy) {
              fresh.dataset.pushLoaded = 'true';
              panel.replaceWith(fresh);
              bindPanel(fresh);
            }
          });
      }).catch(() => { /* no worker yet: the panel stays as drawn */ });
    }
  };

  const start = () => {
    const panel = document.querySelector('[data-push-panel]');
    if (panel) {
      bindPanel(panel);
      return;
    }
    const link = document.querySelector('[data-push-prompt]');
    if (!isSupported || !link || Notification.permission === 'denied') return;
    const edition = link.dataset.pushEdition;
    if (remembered(edition)) return;
    showPrompt(link).catch(() => { /* the page works without it */ });
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
