// The case editor, organised the way people work: who and which plan, the providers, the service,
// why the network fails, and where the request stands. Every edit autosaves; warnings never block.
import { useEffect, useMemo } from 'preact/hooks';
import { editorLabel } from '../../lib/case/fields';
import { ROLE_LABELS } from '../../lib/case/labels';
import type { CaseScreenProps } from '../app/screenTypes';
import { EmptyState } from '../ui/EmptyState';
import { RadioGroup } from '../ui/RadioGroup';
import { optionsFrom } from '../ui/Select';
import { CaseText } from './CaseFields';
import { CaseFormContext, useCaseField } from './CaseFormContext';
import { ConflictBanner } from './ConflictBanner';
import { NetworkGapSection } from './NetworkGapSection';
import { PatientPlanSection } from './PatientPlanSection';
import { ProviderSection } from './ProviderSection';
import { SaveIndicator } from './SaveIndicator';
import { ServiceSection } from './ServiceSection';
import { StatusSection } from './StatusSection';
import { useCaseEditor } from './useCaseEditor';
import { WarningList } from './WarningList';

export function CaseScreen({ caseId }: CaseScreenProps) {
  const editor = useCaseEditor(caseId);
  const { flush } = editor;

  // Leaving the page (closing the panel, switching tabs away) saves what was typed.
  useEffect(() => {
    const onHide = () => flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [flush]);

  // The fields never depend on the save state: one element, so save-state changes skip re-rendering them.
  const fields = useMemo(() => <CaseFields />, []);

  if (editor.status === 'loading') return <p class="save-state">Loading the case…</p>;
  if (editor.status === 'missing') return <EmptyState title="This case no longer exists" />;

  return (
    <CaseFormContext.Provider value={editor.form}>
      <section aria-labelledby="case-heading" class="case-editor" onFocusOut={flush}>
        <div class="editor-head">
          <h2 id="case-heading">Case details</h2>
          <SaveIndicator state={editor.saveState} />
        </div>
        {editor.saveState.kind === 'error' && (
          <p role="alert" class="banner banner-error">
            {editor.saveState.message}
          </p>
        )}
        {editor.conflict && <ConflictBanner onLoadTheirs={editor.reloadTheirs} onKeepMine={editor.keepMine} />}
        {fields}
      </section>
    </CaseFormContext.Provider>
  );
}

function CaseFields() {
  const role = useCaseField<'provider' | 'patient'>('role');
  return (
    <>
      <CaseText path="title" hint="A short name you will recognise, e.g. “J. Doe ABA - Aetna”" />
      <RadioGroup legend={editorLabel('role')} options={optionsFrom(ROLE_LABELS)} value={role.value} onValue={role.onValue} />
      <WarningList />
      <PatientPlanSection />
      <ProviderSection />
      <ServiceSection />
      <NetworkGapSection />
      <StatusSection />
    </>
  );
}
