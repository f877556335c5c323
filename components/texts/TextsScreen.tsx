// Justification texts and letters built from the case: pick a template, choose the voice, check
// what is missing, then copy, insert into the focused portal box, or open as a printable letter.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { allTemplates } from '../../lib/justify/library';
import { renderTemplate } from '../../lib/justify/render';
import { VOICE_LABELS, type Voice } from '../../lib/justify/template';
import { asJustificationTemplate, isUserTemplateId, type UserTemplate } from '../../lib/justify/userTemplate';
import { plural } from '../../lib/justify/format';
import { fitToLength } from '../../lib/text/truncate';
import { loadBundle } from '../../lib/store/bundle';
import { copyTemplate, listUserTemplates } from '../../lib/store/templates';
import { useDb } from '../app/DbContext';
import { useNavigation } from '../app/Navigation';
import { usePortalTab } from '../app/PortalTabContext';
import { useLiveQuery, useLiveQueryState } from '../hooks/useLiveQuery';
import { focusedFieldInfo, insertIntoFocusedField } from '../../lib/fill/portalClient';
import { RateWorksheet } from '../rates/RateWorksheet';
import type { CaseScreenProps } from '../app/screenTypes';
import { Button, Disclosure, EmptyState, NumberField, RadioGroup, optionsFrom, useToast } from '../ui';
import { MissingFields } from './MissingFields';
import { TemplateEditor } from './TemplateEditor';
import { TemplateList } from './TemplateList';
import { openLetter } from './openLetter';
import './texts.css';

const DEFAULT_TEMPLATE = 'no-specialty';

function cutMessage(boundary: string, limit: number): string {
  const where = boundary === 'sentence' ? 'at a sentence' : boundary === 'word' ? 'at a word' : '';
  return `Cut ${where} to fit ${limit.toLocaleString('en-US')} characters`.replace('  ', ' ');
}

export function TextsScreen({ caseId, today }: CaseScreenProps & { today?: string }) {
  const db = useDb();
  const toast = useToast();
  const { openCase } = useNavigation();
  const portalTab = usePortalTab();
  const bundleState = useLiveQueryState(() => loadBundle(db, caseId), [db, caseId]);
  const userRows = useLiveQuery(() => listUserTemplates(db), [db]) ?? [];
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState(DEFAULT_TEMPLATE);
  const [voiceChoice, setVoiceChoice] = useState<Voice | undefined>(undefined);
  const [limit, setLimit] = useState<number | undefined>(undefined);
  // Where the limit came from: typed by the user (kept) or read from the portal's focused field (followed).
  const [limitFrom, setLimitFrom] = useState<{ user: true } | { field: string } | undefined>(undefined);
  const [editing, setEditing] = useState<UserTemplate | 'new' | null>(null);
  const [status, setStatus] = useState('');

  /** Follows the focused portal field's maxlength unless the user typed a limit; answers the limit to use. */
  const limitFromField = async (): Promise<number | undefined> => {
    if (limitFrom && 'user' in limitFrom) return limit;
    const field = await focusedFieldInfo(portalTab);
    if (!field?.maxLength) return limit;
    setLimit(field.maxLength);
    setLimitFrom({ field: field.label });
    return field.maxLength;
  };
  useEffect(() => {
    // The user clicked into a portal box and then into the panel: show that box's limit right away.
    const onFocus = () => void limitFromField();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  });

  const bundle = bundleState.value;
  // Built-ins that do not fit the case (an acknowledgement of balance billing where the plan bars it) are not offered.
  const kase = bundle?.case;
  const templates = useMemo(() => allTemplates(userRows.map(asJustificationTemplate), kase), [userRows, kase]);
  const voice: Voice = voiceChoice ?? bundle?.case.role ?? 'provider';
  const template = templates.find((t) => t.id === selectedId) ?? templates[0]!;
  const rendered = useMemo(() => (bundle ? renderTemplate(template, voice, bundle, today) : undefined), [template, voice, bundle, today]);

  if (!bundleState.loaded && !bundle) return <p aria-busy="true">Loading the case…</p>;
  if (!bundle || !rendered) return <EmptyState title="This case no longer exists" />;

  const fitted = limit ? fitToLength(rendered.text, limit) : undefined;
  const outText = fitted?.text ?? rendered.text;
  const userRow = isUserTemplateId(template.id) ? userRows.find((r) => r.id === template.id) : undefined;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(outText);
      const msg = fitted?.cut ? `Copied. ${cutMessage(fitted.boundary, limit!)}.` : 'Copied';
      setStatus(msg);
      toast({ message: msg });
    } catch {
      setStatus('Could not copy: the browser refused clipboard access.');
    }
  };
  const insert = async () => {
    const useLimit = await limitFromField();
    const local = useLimit ? fitToLength(rendered.text, useLimit) : undefined;
    const answer = await insertIntoFocusedField(portalTab, local?.text ?? rendered.text);
    // Cut here (to the limit) or in the page (the box had text already): either way the user is told.
    const cut = answer.ok && (answer.cut || local?.cut) ? (answer.cut ? answer.boundary : local!.boundary) : undefined;
    const msg = answer.ok
      ? cut
        ? `Inserted into ${answer.fieldLabel}. ${cutMessage(cut, answer.maxLength ?? useLimit ?? rendered.text.length)}.`
        : `Inserted into ${answer.fieldLabel}.`
      : answer.error;
    setStatus(msg);
    toast({ message: msg });
  };
  const editAsMine = async () => {
    const row = userRow ?? (await copyTemplate(db, template, voice));
    setSelectedId(row.id);
    setEditing(row);
  };

  return (
    <div class="texts-screen">
      <TemplateList
        templates={templates}
        query={query}
        onQuery={setQuery}
        selectedId={template.id}
        onSelect={(id) => {
          setSelectedId(id);
          setEditing(null);
          setStatus('');
        }}
      />
      <Button size="sm" onClick={() => setEditing('new')}>
        New template
      </Button>

      {editing ? (
        <TemplateEditor
          key={editing === 'new' ? 'new' : editing.id}
          template={editing === 'new' ? undefined : editing}
          defaultVoice={voice}
          onDone={(id) => {
            setEditing(null);
            if (id) setSelectedId(id);
          }}
        />
      ) : (
        <section aria-label="Preview" class="text-preview">
          <h2>{template.title}</h2>
          <p class="field-hint">{template.description}</p>
          <RadioGroup legend="Voice" options={optionsFrom(VOICE_LABELS)} value={voice} onValue={setVoiceChoice} />
          {rendered.voice !== voice && (
            <p class="field-hint">This template is written only as {VOICE_LABELS[rendered.voice].toLowerCase()}.</p>
          )}
          <NumberField
            label="Character limit of the portal box"
            hint={
              limitFrom && 'field' in limitFrom
                ? `From the focused portal box${limitFrom.field ? ` "${limitFrom.field}"` : ''}.`
                : 'Leave empty for no limit.'
            }
            value={limit}
            onValue={(v) => {
              setLimit(v);
              setLimitFrom(v === undefined ? undefined : { user: true });
            }}
            min={1}
            step={1}
          />
          <p class="field-counter" data-over={limit !== undefined && rendered.text.length > limit ? 'true' : undefined} aria-live="polite">
            {limit
              ? `${rendered.text.length.toLocaleString('en-US')} / ${limit.toLocaleString('en-US')} characters`
              : `${rendered.text.length.toLocaleString('en-US')} characters`}
            {fitted?.cut ? ` · ${cutMessage(fitted.boundary, limit!)}` : ''}
          </p>
          <pre class="rendered-text" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'inherit' }}>
            {outText}
          </pre>
          <MissingFields missing={rendered.missing} onFill={() => openCase(caseId, 'case')} />
          {rendered.unknown.length > 0 && <p class="field-warning">Unknown placeholders: {rendered.unknown.join(', ')}</p>}
          <div class="btn-row">
            <Button variant="primary" onClick={copy}>
              Copy
            </Button>
            <Button onClick={insert}>Insert into page</Button>
            <Button
              onClick={() =>
                openLetter(caseId, template.id, rendered.voice).catch((e: Error) => setStatus(`Could not open the letter: ${e.message}`))
              }
            >
              Open as letter
            </Button>
            <Button onClick={editAsMine}>{userRow ? 'Edit my template' : 'Edit as my template'}</Button>
          </div>
          <p role="status" class="field-hint">
            {status}
          </p>
        </section>
      )}

      {bundle.case.role === 'provider' && (
        <Disclosure
          title="Rates"
          summaryExtra={bundle.case.rates.lines.length ? plural(bundle.case.rates.lines.length, 'code') : undefined}
        >
          <RateWorksheet
            caseId={caseId}
            onShowAcknowledgement={() => {
              setEditing(null);
              setSelectedId('patient-acknowledgement');
            }}
          />
        </Disclosure>
      )}
    </div>
  );
}
