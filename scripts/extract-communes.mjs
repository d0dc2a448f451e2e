// Writes the national commune referential (current communes only) as CSV:
// code INSEE; name; département; first postal code; population; EPCI SIREN.
import { readFileSync } from 'node:fs';
const data = p => JSON.parse(readFileSync(`node_modules/@etalab/decoupage-administratif/data/${p}`, 'utf8'));
const epciOf = new Map();
for (const epci of data('epci.json')) for (const m of epci.membres) epciOf.set(m.code, epci.code);
const clean = s => String(s ?? '').replaceAll(';', ',');
const lines = ['code;nom;departement;code_postal;population;epci'];
for (const c of data('communes.json')) {
  if (c.type !== 'commune-actuelle' || !c.departement) continue;
  lines.push([c.code, clean(c.nom), c.departement, (c.codesPostaux ?? [])[0] ?? '', c.population ?? 0, epciOf.get(c.code) ?? ''].join(';'));
}
process.stdout.write(lines.join('\n') + '\n');
