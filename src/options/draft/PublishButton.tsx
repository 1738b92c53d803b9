import { useState } from 'preact/hooks';
import type { IssueDocument } from '../../core/model';
import { t } from '../../ui/i18n';
import { invalidFields } from '../shared/live-issue';
import { useNotify } from '../shared/notify';
import { PublishDialog } from './lazy-publish-dialog';

interface Props {
  /** The issue as shown, with unsaved field text applied. */
  doc: IssueDocument;
  onPublished?: () => void;
}

/** The draft's Publish button and the dialog it opens. */
export function PublishButton({ doc, onPublished }: Props) {
  const notify = useNotify();
  const [publishing, setPublishing] = useState(false);

  /** A field whose text cannot be saved is not published as whatever was stored before. */
  function startPublish() {
    const [invalid] = invalidFields(doc.issue);
    if (invalid) {
      notify({ text: t('ws_publishInvalid', invalid.label, invalid.reason), kind: 'error' });
      return;
    }
    setPublishing(true);
  }

  return (
    <>
      <button type="button" class="primary" onClick={startPublish}>
        {t('ws_publish')}
      </button>
      {publishing && (
        <PublishDialog
          doc={doc}
          onClose={() => setPublishing(false)}
          onPublished={() => {
            setPublishing(false);
            onPublished?.();
          }}
        />
      )}
    </>
  );
}
