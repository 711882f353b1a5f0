/**
 * Policy QA chat UI: plain ES modules, no build step. This file wires the parts together and
 * switches between the two views (#/ ask, #/targets) on the URL hash.
 */
import { applyLabels, setLang, lang } from './js/i18n.js';
import { createSourcePanel } from './js/source-panel.js';
import { createScopeFilters } from './js/scope-filters.js';
import { createChat } from './js/chat.js';
import { createTargetsPage } from './js/targets-page.js';

const panel = createSourcePanel({ panel: document.getElementById('source-panel'), backdrop: document.getElementById('panel-backdrop') });
const scope = createScopeFilters();
createChat({ scope, openSource: panel.open });
const targetsPage = createTargetsPage({ openSource: panel.open });

document.getElementById('lang-toggle').addEventListener('click', () => setLang(lang() === 'zh' ? 'en' : 'zh'));
applyLabels(document);

function route() {
  const onTargets = window.location.hash.startsWith('#/targets');
  document.getElementById('view-chat').hidden = onTargets;
  document.getElementById('view-targets').hidden = !onTargets;
  for (const [id, active] of [['tab-ask', !onTargets], ['tab-targets', onTargets]]) {
    const tab = document.getElementById(id);
    if (active) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
  panel.close();
  if (onTargets) void targetsPage.show();
}

window.addEventListener('hashchange', route);
route();
