// Words that only one kind of pattern names still decide the control: classify first asks one
// alternation of all patterns whether any could match, so each kind must be part of it.
import { describe, expect, it } from 'vitest';
import { classifyFields } from '../../../../lib/fill/classify';
import { collectFields } from '../../../../lib/page/collect';

function classifyOne(html: string) {
  document.body.innerHTML = `<form>${html}</form>`;
  const [only] = classifyFields(collectFields(document).fields);
  return only!;
}

describe('classify: words each kind of pattern alone names', () => {
  it('fills nothing into a box whose name is a marketing name, whatever its label says', () => {
    const c = classifyOne('<label for="a">Member ID</label><input id="a" name="promo_code">');
    expect(c.key).toBeUndefined();
    expect(c.note).toBe('not a case field (name "promo_code")');
  });

  it('fills nothing into a claims lookup box', () => {
    const c = classifyOne('<label for="a">Claim number</label><input id="a" name="q1">');
    expect(c.key).toBeUndefined();
    expect(c.note).toBe('not a case field ("Claim number")');
  });

  it('takes a quantity label as the visits asked for', () => {
    expect(classifyOne('<label for="a">Number of visits requested</label><input id="a" name="q1">').key).toBe('service.visits');
  });

  it('takes an attribute label with its default owner', () => {
    expect(classifyOne('<label for="a">NPI</label><input id="a" name="x7">').key).toBe('providers.rendering.npi');
  });

  it('takes a key label straight', () => {
    expect(classifyOne('<label for="a">Place of service</label><input id="a" name="x7">').key).toBe('service.placeOfService');
  });

  it('leaves a box unclassified when neither its label nor its generated name says anything', () => {
    const c = classifyOne('<label for="b0f3">Favourite colour</label><input id="b0f3" name="b0f3">');
    expect(c.key).toBeUndefined();
    expect(c.note).toBe('no case field fits its words');
  });
});
