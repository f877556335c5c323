// Editing the user's own template: title, voice, body, and a picker that inserts placeholders at
// the caret. Syntax slips and unknown placeholder names are reported as the user types.
import { useMemo, useRef, useState } from 'preact/hooks';
import { PLACEHOLDER_GROUPS, PLACEHOLDERS, placeholderCatalogue } from '../../lib/justify/placeholders';
import { parseTemplate, placeholderNames } from '../../lib/justify/syntax';
import { VOICE_LABELS, type Voice } from '../../lib/justify/template';
import type { UserTemplate } from '../../lib/justify/userTemplate';
import { createUserTemplate, deleteUserTemplate, restoreUserTemplate, updateUserTemplate } from '../../lib/store/templates';
import { storageErrorMessage } from '../../lib/store/errors';
import { useDb } from '../app/DbContext';
import { Button, RadioGroup, TextArea, TextField, optionsFrom, useToast } from '../ui';

export interface TemplateEditorProps {
  /** The template to edit; undefined for a new one. */
  template?: UserTemplate;
  defaultVoice: Voice;
  onDone: (savedId?: string) => void;
}

export function TemplateEditor({ template, defaultVoice, onDone }: TemplateEditorProps) {
  const db = useDb();
  const toast = useToast();
  const [title, setTitle] = useState(template?.title ?? '');
  const [body, setBody] = useState(template?.body ?? '');
  const [voice, setVoice] = useState<Voice>(template?.voice ?? defaultVoice);
  const [placeholder, setPlaceholder] = useState('memberName');
  const [error, setError] = useState('');
  const caret = useRef<number | null>(null);

  const problems = useMemo(() => {
    const syntax = parseTemplate(body).problems.map((p) => p.message);
    const names = placeholderNames(body);
    const unknown = [...names.required, ...names.optional]
      .filter((n) => !PLACEHOLDERS.has(n))
      .map((n) => `{{${n}}} is not a placeholder this product knows; pick one from the list.`);
    return [...syntax, ...unknown];
  }, [body]);

  const insertPlaceholder = () => {
    const at = caret.current ?? body.length;
    setBody(`${body.slice(0, at)}{{${placeholder}}}${body.slice(at)}`);
    caret.current = at + placeholder.length + 4;
  };
  const trackCaret = (e: Event) => {
    caret.current = (e.currentTarget as HTMLTextAreaElement).selectionStart;
  };

  const save = async () => {
    setError('');
    try {
      const saved = template
        ? await updateUserTemplate(db, template.id, { title, body, voice })
        : await createUserTemplate(db, { title, body, voice });
      toast({ message: 'Template saved' });
      onDone(saved?.id);
    } catch (e) {
      setError(e instanceof Error && e.message.startsWith('The template') ? e.message : storageErrorMessage(e, 'save the template'));
    }
  };
  const remove = async () => {
    if (!template) return;
    const removed = await deleteUserTemplate(db, template.id);
    onDone();
    if (removed)
      toast({ message: `Deleted "${removed.title}"`, action: { label: 'Undo', onAction: () => restoreUserTemplate(db, removed) } });
  };

  const catalogue = placeholderCatalogue();
  return (
    <section aria-label={template ? 'Edit my template' : 'New template'} class="template-editor">
      <h3>{template ? 'Edit my template' : 'New template'}</h3>
      <TextField label="Title" value={title} onValue={setTitle} />
      <RadioGroup legend="Written as" options={optionsFrom(VOICE_LABELS)} value={voice} onValue={setVoice} />
      <div class="field">
        <label for="placeholder-picker">Placeholder</label>
        <div class="btn-row">
          <select id="placeholder-picker" value={placeholder} onChange={(e) => setPlaceholder(e.currentTarget.value)}>
            {PLACEHOLDER_GROUPS.map((g) => (
              <optgroup key={g} label={g}>
                {catalogue
                  .filter((p) => p.group === g)
                  .map((p) => (
                    <option key={p.name} value={p.name}>
                      {`${p.name}: ${p.label}`}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
          <Button size="sm" onClick={insertPlaceholder}>
            Insert placeholder
          </Button>
        </div>
        <span class="field-hint">Text inside [[ and ]] is left out when a placeholder in it has no value.</span>
      </div>
      <TextArea
        label="Text"
        value={body}
        onValue={setBody}
        rows={14}
        textareaProps={{ onKeyUp: trackCaret, onClick: trackCaret, onSelect: trackCaret }}
      />
      {problems.length > 0 && (
        <ul class="field-warning-list" aria-label="Problems in the text">
          {problems.map((p) => (
            <li key={p} class="field-warning">
              {p}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p class="field-warning" role="alert">
          {error}
        </p>
      )}
      <div class="btn-row">
        <Button variant="primary" onClick={save}>
          Save template
        </Button>
        <Button onClick={() => onDone()}>Cancel</Button>
        {template && (
          <Button variant="danger" onClick={remove}>
            Delete
          </Button>
        )}
      </div>
    </section>
  );
}
