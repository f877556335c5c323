import { afterEach, expect, it } from 'vitest';
import { caseFieldId } from '../../../../components/case/casePath';
import { goToFieldWhenShown } from '../../../../components/case/goToField';

afterEach(() => {
  document.body.innerHTML = '';
});

it('waits for a field that is not on screen yet (the Case screen still loading), then opens its sections and focuses it', async () => {
  goToFieldWhenShown('member.memberId');
  expect(document.activeElement).toBe(document.body);
  const outer = document.createElement('details');
  const inner = document.createElement('details');
  const input = document.createElement('input');
  input.id = caseFieldId('member.memberId');
  inner.append(input);
  outer.append(inner);
  document.body.append(outer);
  await new Promise((r) => setTimeout(r, 0));
  expect(document.activeElement).toBe(input);
  expect([outer.open, inner.open]).toEqual([true, true]);
});

it('gives up after the time given, and a field shown later is left alone', async () => {
  goToFieldWhenShown('member.memberId', 10);
  await new Promise((r) => setTimeout(r, 30));
  const input = document.createElement('input');
  input.id = caseFieldId('member.memberId');
  document.body.append(input);
  await new Promise((r) => setTimeout(r, 0));
  expect(document.activeElement).not.toBe(input);
});
