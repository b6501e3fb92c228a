// What one run of builds shares between its issues (a batch worker thread, a watch session, a
// single build): the caches live here rather than in modules, so a run owns them and a test
// starts from a fresh one. The font cache stays with src/fonts (installed fonts are per process).
import { TemplateCache } from '../templates/load-template';

export class BuildContext {
  /** Compiled templates, recompiled when a file of the template changes. */
  readonly templates = new TemplateCache();
}
