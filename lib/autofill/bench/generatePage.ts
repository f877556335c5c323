// A synthetic portal form of n controls for timing collect + classify (npm run bench): sections
// with headings, labelled inputs, selects, radio groups, split dates and CPT row tables, in the
// proportions real request forms have. Deterministic: the same n gives the same page.

const SECTIONS = ['Patient information', 'Subscriber / policyholder', 'Requesting provider', 'Rendering provider', 'Referring provider', 'Facility', 'Contact for this request', 'Service details'];
const LABELS = ['First name', 'Last name', 'Date of birth', 'Member ID', 'Group number', 'Phone', 'Fax', 'Street address', 'City', 'ZIP code', 'NPI', 'Tax ID', 'Specialty', 'License number', 'Email', 'Notes'];

function escape(text: string): string {
  return text.replace(/[&<>"]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** HTML of a form holding about `count` controls (radio groups count once per group). */
export function generatePage(count: number): string {
  const out: string[] = ['<form class="request">'];
  let made = 0;
  let block = 0;
  while (made < count) {
    const section = SECTIONS[block % SECTIONS.length]!;
    out.push(`<section class="card"><h2 class="card-title">${escape(section)} ${block + 1}</h2><div class="grid">`);
    for (let i = 0; i < LABELS.length && made < count; i++, made++) {
      const id = `b${block}f${i}`;
      const label = LABELS[i]!;
      if (i === 2) {
        out.push(`<div class="field"><span>${label}</span><input name="${id}m" placeholder="MM" maxlength="2"> / <input name="${id}d" placeholder="DD" maxlength="2"> / <input name="${id}y" placeholder="YYYY" maxlength="4"></div>`);
        made += 2;
      } else if (i === 15) {
        out.push(`<div class="field"><label for="${id}">${label}</label><textarea id="${id}" name="${id}" maxlength="2000"></textarea></div>`);
      } else if (i === 12) {
        out.push(`<div class="field"><label for="${id}">${label}</label><select id="${id}" name="${id}"><option value="">Select</option><option>ABA</option><option>Speech therapy</option><option>Psychiatry</option></select></div>`);
      } else {
        out.push(`<div class="field"><label for="${id}">${label}<span class="req">*</span></label><input id="${id}" name="${id}" type="text" autocomplete="off"></div>`);
      }
    }
    out.push('</div>');
    if (made < count) {
      out.push(`<fieldset><legend>Is this request urgent?</legend><label><input type="radio" name="urg${block}" value="y"> Yes</label><label><input type="radio" name="urg${block}" value="n"> No</label></fieldset>`);
      made++;
    }
    if (made < count) {
      out.push('<table class="codes"><thead><tr><th>CPT/HCPCS</th><th>Modifier</th><th>Units</th></tr></thead><tbody>');
      for (let r = 0; r < 4 && made < count; r++) {
        out.push(`<tr><td><input name="cpt${block}_${r}"></td><td><input name="mod${block}_${r}"></td><td><input name="units${block}_${r}" inputmode="numeric"></td></tr>`);
        made += 3;
      }
      out.push('</tbody></table><button type="button">+ Add row</button>');
    }
    out.push('</section>');
    block++;
  }
  out.push('</form>');
  return out.join('\n');
}
