/**
 * The task pane's entry (taskpane.js). In the shared runtime this page also hosts the EDU custom
 * functions (functions.js is loaded before this bundle by taskpane.html). Talking to Office —
 * even waiting for it — is excel-io's job; this file only mounts the pane.
 */
import { officeReady } from './excel-io';
import { langFor } from './i18n';
import { mountTaskpane } from './ui';

function start(): void {
  void officeReady().then(({ io, displayLanguage }) => {
    const root = document.getElementById('app');
    if (root) mountTaskpane(root, io, langFor(displayLanguage));
  });
}

// The bundle is deferred: the document is parsed when it runs, but be safe if loaded otherwise.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
