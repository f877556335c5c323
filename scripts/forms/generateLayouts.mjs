// Seeded generator of portal form layouts for `npm run eval:fill` (issue 21): the same seed gives
// the same pages and answer keys. Each page draws its sections (shuffled), section headings and
// field wordings from the vocabularies below, and one labelling style per field: label in the
// previous table cell, aria-label only, placeholder only, a wrapping <label>, aria-labelledby a
// nearby span, or bare text above the box. Dates and phones are sometimes split into boxes, names
// sometimes asked as one "Last, First" box, procedures as a grid keyed by pre-printed codes (rows
// for codes the case does not request stay empty) or as free code/units rows. Every page also
// carries fields that must stay empty: a second diagnosis, an office-use-only box, a signature and
// an attestation. Expected values come from public/example-case.json.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** A built-in portal host the hand-written fixtures do not use. */
export const GENERATED_HOST = 'www.navimedix.com';
export const PAGES_PER_SEED = 6;

/** mulberry32: small, fast and the same on every machine. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function exampleCase() {
  const file = JSON.parse(readFileSync(join(ROOT, 'public/example-case.json'), 'utf8'));
  return file.cases[0].case;
}

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const us = (iso) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;

/**
 * Field specs per section. kind: text (one box), date (one box or split), phone (one box or split),
 * pos (select of place-of-service codes). `want` is the case value ('' = must stay empty).
 */
function sections(c) {
  const rendering = c.providers.rendering;
  const requesting = c.providers.requesting;
  return [
    {
      id: 'member',
      headings: ['Patient', 'Member information', 'Enrollee', 'Client details', 'Patient / member'],
      fields: [
        { key: 'member.firstName', words: ['First name', 'Given name', 'Patient first name', 'First'], want: c.member.firstName },
        { key: 'member.lastName', words: ['Last name', 'Surname', 'Patient last name', 'Family name'], want: c.member.lastName },
        { key: 'member.dob', kind: 'date', words: ['Date of birth', 'DOB', 'Birth date', 'Patient birthdate'], want: c.member.dob },
        { key: 'member.memberId', words: ['Member ID', 'Insurance ID #', 'Member number', 'Health plan ID'], want: c.member.memberId },
        { key: 'member.groupNumber', words: ['Group number', 'Group #', 'Employer group number'], want: c.member.groupNumber },
        { key: 'member.phone', kind: 'phone', words: ['Phone', 'Home phone', 'Patient telephone'], want: c.member.phone },
      ],
    },
    {
      id: 'subscriber',
      headings: ['Subscriber', 'Policyholder', 'Insured (if not the patient)', 'Subscriber / policyholder'],
      fields: [
        { key: 'subscriber.firstName', words: ['First name', 'Subscriber first name', 'First'], want: c.subscriber.firstName },
        { key: 'subscriber.lastName', words: ['Last name', 'Subscriber last name', 'Last'], want: c.subscriber.lastName },
        { key: 'subscriber.subscriberId', words: ['Subscriber ID', 'Policyholder ID', 'ID number'], want: c.subscriber.subscriberId },
      ],
    },
    {
      id: 'rendering',
      headings: ['Rendering provider', 'Treating clinician', 'Servicing provider', 'Provider who will see the patient'],
      fields: [
        { key: 'providers.rendering.name', words: ['Provider name', 'Name', 'Clinician name and credentials'], want: rendering.name },
        { key: 'providers.rendering.npi', words: ['NPI', 'Individual NPI', 'NPI number'], want: rendering.npi },
        { key: 'providers.rendering.tin', words: ['Tax ID', 'TIN', 'Taxpayer ID number'], want: rendering.tin },
        { key: 'providers.rendering.phone', kind: 'phone', words: ['Phone', 'Office phone', 'Telephone'], want: rendering.phone },
      ],
    },
    {
      id: 'requesting',
      headings: ['Requesting provider', 'Requesting group', 'Billing practice', 'Requesting agency'],
      fields: [
        {
          key: 'providers.requesting.organization',
          words: ['Practice name', 'Group name', 'Agency name', 'Organization'],
          want: requesting.organization,
        },
        { key: 'providers.requesting.npi', words: ['Group NPI', 'Billing NPI', 'Organization NPI'], want: requesting.npi },
        { key: 'providers.requesting.fax', kind: 'phone', words: ['Fax', 'Fax number', 'Office fax'], want: requesting.fax },
      ],
    },
    {
      id: 'service',
      headings: ['Service requested', 'Services', 'Request details', 'Treatment requested'],
      fields: [
        { key: 'service.startDate', kind: 'date', words: ['Start date', 'Requested start date', 'From'], want: c.service.startDate },
        { key: 'service.endDate', kind: 'date', words: ['End date', 'Requested end date', 'Through'], want: c.service.endDate },
        {
          key: 'service.diagnosis',
          words: ['Primary diagnosis (ICD-10)', 'Diagnosis code 1', 'ICD-10 code'],
          want: c.service.diagnoses[0].code,
        },
        { key: 'service.diagnosis2', words: ['Secondary diagnosis', 'Diagnosis code 2', 'Additional ICD-10 code'], want: '' },
        {
          key: 'service.placeOfService',
          kind: 'pos',
          words: ['Place of service', 'Location of service', 'Setting'],
          want: c.service.placeOfService,
        },
      ],
    },
    {
      id: 'contact',
      headings: ['Contact for this request', 'Office contact', 'Person completing this form', 'Who should we call?'],
      fields: [
        { key: 'contact.name', words: ['Contact name', 'Name', 'Your name'], want: c.contact.name },
        { key: 'contact.phone', kind: 'phone', words: ['Contact phone', 'Phone', 'Callback number'], want: c.contact.phone },
        { key: 'contact.email', words: ['Email', 'Email address', 'Contact email'], want: c.contact.email },
      ],
    },
  ];
}

const STYLES = ['cell', 'aria', 'placeholder', 'wrap', 'labelledby', 'above'];
const POS = [
  ['11', 'Office (11)'],
  ['12', 'Home (12)'],
  ['03', 'School (03)'],
  ['02', 'Telehealth (02)'],
  ['99', 'Other (99)'],
];
const GRID_CODES = ['97151', '97152', '97153', '97154', '97155', '97156', '97158', '0362T'];

/** One page: { html, expected } where expected has the eval answer-key format. */
function page(random, c, index) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  const state = {};
  const fields = {};
  const untouched = [];
  const rows = [];
  let uid = 0;
  const id = () => `g${index}_${++uid}`;

  /** A control carrying state key `k`, labelled `text` in `style`; returns [labelCellHtml, controlHtml]. */
  function control(k, text, style, { tag = 'input', attrs = '', inner = '' } = {}) {
    const cid = id();
    state[k] = '';
    const close = tag === 'input' ? '' : `${inner}</${tag}>`;
    const base = `<${tag} id="${cid}" name="${cid}" data-s="${esc(k)}"${attrs}`;
    switch (style) {
      case 'cell':
        return [`<label for="${cid}">${esc(text)}</label>`, `${base}>${close}`];
      case 'aria':
        return ['', `${base} aria-label="${esc(text)}">${close}`];
      case 'placeholder':
        return tag === 'input' ? ['', `${base} placeholder="${esc(text)}">`] : ['', `${base} aria-label="${esc(text)}">${close}`];
      case 'wrap':
        return ['', `<label>${esc(text)} ${base}>${close}</label>`];
      case 'labelledby':
        return ['', `<span id="${cid}-l">${esc(text)}</span> ${base} aria-labelledby="${cid}-l">${close}`];
      default:
        return ['', `<div class="t">${esc(text)}</div>${base}>${close}`];
    }
  }

  function field(f, sectionHtml) {
    const text = pick(f.words);
    const style = pick(STYLES);
    if (f.kind === 'date' && chance(0.4)) {
      // Split date: three boxes told apart by placeholders, under one visible label.
      const lid = id();
      const parts = [
        [`${f.key}.mm`, 'MM', f.want.slice(5, 7)],
        [`${f.key}.dd`, 'DD', f.want.slice(8, 10)],
        [`${f.key}.yyyy`, 'YYYY', f.want.slice(0, 4)],
      ];
      const boxes = parts.map(([k, ph, want]) => {
        state[k] = '';
        fields[k] = want;
        const cid = id();
        return `<input id="${cid}" name="${cid}" data-s="${k}" size="${ph.length + 1}" maxlength="${ph.length}" placeholder="${ph}" aria-labelledby="${lid}">`;
      });
      sectionHtml.push(row(`<span id="${lid}">${esc(text)}</span>`, boxes.join(' / ')));
      return;
    }
    if (f.kind === 'phone' && chance(0.35)) {
      // Split phone: area code + number.
      const lid = id();
      const digits = f.want.replace(/\D/g, '');
      const a = `${f.key}.area`;
      const n = `${f.key}.number`;
      state[a] = state[n] = '';
      fields[a] = digits.slice(0, 3);
      fields[n] = digits.slice(3);
      const ca = id();
      const cn = id();
      sectionHtml.push(
        row(
          `<span id="${lid}">${esc(text)}</span>`,
          `(<input id="${ca}" name="${ca}" data-s="${a}" size="3" maxlength="3" placeholder="Area" aria-labelledby="${lid}">) <input id="${cn}" name="${cn}" data-s="${n}" size="8" maxlength="8" placeholder="555-5555" aria-labelledby="${lid}">`,
        ),
      );
      return;
    }
    if (f.kind === 'pos') {
      const opts = `<option value=""></option>${POS.map(([v, t]) => `<option value="${v}">${esc(t)}</option>`).join('')}`;
      const [l, ctl] = control(f.key, text, style === 'placeholder' ? 'aria' : style, { tag: 'select', inner: opts });
      fields[f.key] = f.want;
      sectionHtml.push(row(l, ctl));
      return;
    }
    const hint = f.kind === 'date' ? ' (MM/DD/YYYY)' : '';
    const [l, ctl] = control(f.key, text + hint, style);
    if (f.want) fields[f.key] = f.kind === 'date' ? us(f.want) : f.want;
    else untouched.push(f.key);
    sectionHtml.push(row(l, ctl));
  }

  const row = (label, controls) =>
    label ? `<tr><td class="l">${label}</td><td>${controls}</td></tr>` : `<tr><td colspan="2">${controls}</td></tr>`;

  const body = [];
  const all = sections(c);
  // Shuffle the sections (Fisher-Yates with the page's random).
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [all[i], all[j]] = [all[j], all[i]];
  }
  // A "Last, First" single box instead of two member name boxes on some pages.
  const oneNameBox = chance(0.3);
  for (const s of all) {
    const html = [];
    let list = s.fields;
    if (s.id === 'member' && oneNameBox) {
      list = list.filter((f) => f.key !== 'member.firstName' && f.key !== 'member.lastName');
      const [l, ctl] = control(
        'member.fullName',
        pick(['Patient name (Last, First)', 'Member name (last, first)']),
        pick(['cell', 'wrap', 'labelledby']),
      );
      fields['member.fullName'] = `${c.member.lastName}, ${c.member.firstName}`;
      html.push(row(l, ctl));
    }
    for (const f of list) field(f, html);
    body.push(`<table class="sec"><tr><th colspan="2">${esc(pick(s.headings))}</th></tr>${html.join('')}</table>`);
  }

  // Procedures: a grid keyed by pre-printed codes, or free rows of code + units.
  if (chance(0.5)) {
    const units = pick(['Units requested', 'Units', 'Number of units']);
    const trs = GRID_CODES.map((code) => {
      const k = `grid.${code}.units`;
      state[k] = '';
      const line = c.service.procedures.find((p) => p.code === code);
      if (line) fields[k] = String(line.units);
      else untouched.push(k);
      const cid = id();
      return `<tr><th scope="row">${code}</th><td><input id="${cid}" name="${cid}" data-s="${k}" size="6"></td></tr>`;
    });
    body.push(
      `<table class="grid"><thead><tr><th scope="col">CPT code</th><th scope="col">${units}</th></tr></thead><tbody>${trs.join('')}</tbody></table>`,
    );
  } else {
    const trs = c.service.procedures.map((p, i) => {
      const kc = `line[${i}].code`;
      const ku = `line[${i}].units`;
      state[kc] = state[ku] = '';
      fields[kc] = p.code;
      fields[ku] = String(p.units);
      const a = id();
      const b = id();
      return `<tr><td><input id="${a}" name="${a}" data-s="${kc}" aria-label="Procedure code ${i + 1}"></td><td><input id="${b}" name="${b}" data-s="${ku}" aria-label="Units ${i + 1}"></td></tr>`;
    });
    body.push(
      `<table class="grid"><thead><tr><th scope="col">Procedure code</th><th scope="col">Units</th></tr></thead><tbody>${trs.join('')}</tbody></table>`,
    );
  }

  // Fields that must stay empty on every page.
  const traps = [];
  for (const [k, text] of [
    ['internal.reference', 'Office use only: reference #'],
    ['signature', 'Signature of requesting provider'],
  ]) {
    const [l, ctl] = control(k, text, 'cell');
    untouched.push(k);
    traps.push(row(l, ctl));
  }
  state.attestation = false;
  untouched.push('attestation');
  traps.push(row('', '<label><input type="checkbox" data-s="attestation"> I attest that this information is accurate.</label>'));
  body.push(`<table class="sec"><tr><th colspan="2">Attestation</th></tr>${traps.join('')}</table>`);
  untouched.push('__submitted');
  state.__submitted = false;
  rows.push(...body);

  const html = `<!doctype html>
<!-- Generated by scripts/forms/generateLayouts.mjs (issue 21): a layout drawn from a seed, not a real portal. -->
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Authorization request ${index + 1} (generated)</title>
<style>body{font:13px Arial,sans-serif;margin:16px}table{border-collapse:collapse;margin:0 0 10px;min-width:560px}th{background:#eee;text-align:left;padding:3px 6px}td{padding:3px 6px;border-bottom:1px solid #ddd}td.l{width:40%}.t{font-size:12px;color:#555}</style></head>
<body><h1>Authorization request</h1><form id="f" novalidate autocomplete="off">${rows.join('\n')}<button type="submit" id="submit">Submit</button></form>
<script>
(function () {
  var S = (window.__appState = ${JSON.stringify(state)});
  document.querySelectorAll('[data-s]').forEach(function (el) {
    var k = el.getAttribute('data-s');
    // Split phone boxes keep digits only, as such apps do.
    var digits = /\\.(area|number)$/.test(k);
    var set = function () { S[k] = el.type === 'checkbox' ? el.checked : digits ? el.value.replace(/\\D/g, '') : el.value.trim(); };
    el.addEventListener('input', set);
    el.addEventListener('change', set);
  });
  document.getElementById('f').addEventListener('submit', function (e) { e.preventDefault(); S.__submitted = true; });
})();
</script></body></html>
`;
  return { html, expected: { case: 'complete', fields, untouched } };
}

/** The pages of one seed: [{ host, path, html, expected }]. */
export function generateLayouts(seed, count = PAGES_PER_SEED) {
  const random = rng(seed);
  const c = exampleCase();
  return Array.from({ length: count }, (_, i) => ({
    host: GENERATED_HOST,
    path: `/generated/seed-${seed}/layout-${i + 1}.html`,
    ...page(random, c, i),
  }));
}

/** Writes a seed's pages under `dir/<host>/...` (a fresh folder) and returns them. */
export function writeGeneratedLayouts(dir, seed, count = PAGES_PER_SEED) {
  rmSync(dir, { recursive: true, force: true });
  const pages = generateLayouts(seed, count);
  for (const p of pages) {
    const file = join(dir, p.host, p.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, p.html);
  }
  return pages;
}
