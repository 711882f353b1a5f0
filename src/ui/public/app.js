/**
 * Policy QA chat UI: plain ES modules, no build step. This file wires the parts together and
 * switches between the views (#/ ask, #/targets, #/digest) on the URL hash.
 */
import { applyLabels, setLang, lang } from './js/i18n.js';
import { createSourcePanel } from './js/source-panel.js';
import { createScopeFilters } from './js/scope-filters.js';
import { createChat } from './js/chat.js';
import { createTargetsPage } from './js/targets-page.js';
import { createDigestPage } from './js/digest-page.js';

const panel = createSourcePanel({
  panel: document.getElementById('source-panel'),
  backdrop: document.getElementById('panel-backdrop'),
});
const scope = createScopeFilters();
createChat({ scope, openSource: panel.open });
const targetsPage = createTargetsPage({ openSource: panel.open });
const digestPage = createDigestPage({ openSource: panel.open });

document
  .getElementById('lang-toggle')
  .addEventListener('click', () => setLang(lang() === 'zh' ? 'en' : 'zh'));
applyLabels(document);

function route() {
  const onTargets = window.location.hash.startsWith('#/targets');
  const onDigest = window.location.hash.startsWith('#/digest');
  document.getElementById('view-chat').hidden = onTargets || onDigest;
  document.getElementById('view-targets').hidden = !onTargets;
  document.getElementById('view-digest').hidden = !onDigest;
  for (const [id, active] of [
    ['tab-ask', !onTargets && !onDigest],
    ['tab-targets', onTargets],
    ['tab-digest', onDigest],
  ]) {
    const tab = document.getElementById(id);
    if (active) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
  panel.close();
  if (onTargets) void targetsPage.show();
  if (onDigest) void digestPage.show();
}

window.addEventListener('hashchange', route);
route();
