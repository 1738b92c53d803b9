import type { Category } from '../core/model';
import { listCategories } from '../storage/categories/categories';
import { getCurrentDigest, listDigests, setCurrentDigest } from '../storage/digests/digests';
import { t } from '../ui/i18n';
import { showCategories, touched } from './dom';
import { defaultCategory } from './form';
import { showItemFields } from './item-fields';
import { remember } from './remembered';

/**
 * With more than one digest, a menu in the popup's header switches which one this clip
 * (and the next) files into; its sections then fill the category menu.
 */
export async function showDigestSwitch(): Promise<void> {
  const [digests, current] = await Promise.all([listDigests(), getCurrentDigest()]);
  const slot = document.getElementById('digest-slot');
  if (!slot || digests.length < 2) return;
  const label = document.createElement('label');
  label.htmlFor = 'popup-digest';
  label.textContent = t('styles_digest');
  const select = document.createElement('select');
  select.id = 'popup-digest';
  select.append(
    ...digests.map((digest) => {
      const option = document.createElement('option');
      option.value = digest.id;
      option.textContent = digest.name;
      return option;
    }),
  );
  select.value = current.id;
  select.addEventListener('change', () => void switchTo(select.value));
  slot.replaceChildren(label, select);
}

async function switchTo(id: string): Promise<void> {
  await setCurrentDigest(id);
  const categories: Category[] = await listCategories();
  touched.delete('categoryId');
  showCategories(categories, defaultCategory(categories, ''));
  remember({ categories });
  // Another digest may write in another style, with fields of its own.
  await showItemFields(undefined);
}
