// @ts-check
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
import { byId } from './js/dom.js';

const panel = createSourcePanel({
  panel: byId('source-panel', HTMLElement),
  backdrop: byId('panel-backdrop', HTMLElement),
});
const scope = createScopeFilters();
createChat({ scope, openSource: panel.open });
const targetsPage = createTargetsPage({ openSource: panel.open });
const digestPage = createDigestPage({ openSource: panel.open });

byId('lang-toggle', HTMLButtonElement).addEventListener('click', () =>
  setLang(lang() === 'zh' ? 'en' : 'zh'),
);
applyLabels(document);

function route() {
  const onTargets = window.location.hash.startsWith('#/targets');
  const onDigest = window.location.hash.startsWith('#/digest');
  byId('view-chat', HTMLElement).hidden = onTargets || onDigest;
  byId('view-targets', HTMLElement).hidden = !onTargets;
  byId('view-digest', HTMLElement).hidden = !onDigest;
  /** @type {[string, boolean][]} */
  const tabs = [
    ['tab-ask', !onTargets && !onDigest],
    ['tab-targets', onTargets],
    ['tab-digest', onDigest],
  ];
  for (const [id, active] of tabs) {
    const tab = byId(id, HTMLAnchorElement);
    if (active) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
  panel.close();
  if (onTargets) void targetsPage.show();
  if (onDigest) void digestPage.show();
}

window.addEventListener('hashchange', route);
route();
